"""Which knowledge folder the bot reads: the variable, else ./knowledge, else the bundled one."""

from __future__ import annotations

from pathlib import Path

from support.paths import KNOWLEDGE_DIR
from support.slack_requests import BOT_TOKEN

from bot import paths
from bot.config import load_settings


def test_the_variable_wins_over_everything(tmp_path):
    (tmp_path / "knowledge").mkdir()
    chosen = paths.default_knowledge_path({"SCALEBOT_KNOWLEDGE": "/srv/kb"}, cwd=tmp_path)
    assert chosen == Path("/srv/kb")


def test_a_knowledge_folder_in_the_working_directory_is_used(tmp_path):
    (tmp_path / "knowledge").mkdir()
    assert paths.default_knowledge_path({}, cwd=tmp_path) == tmp_path / "knowledge"


def test_elsewhere_the_bundled_knowledge_is_used(tmp_path):
    assert paths.default_knowledge_path({"SCALEBOT_KNOWLEDGE": "  "}, cwd=tmp_path) == paths.bundled_knowledge_path()


def test_a_checkout_bundles_the_repositorys_own_folder():
    """No second copy: outside a wheel the bundled knowledge base is knowledge/ itself."""
    assert paths.bundled_knowledge_path() == KNOWLEDGE_DIR


def test_a_wheel_layout_reads_the_packaged_copy(tmp_path, monkeypatch):
    packaged = tmp_path / "bot" / "bundled_knowledge"
    packaged.mkdir(parents=True)
    monkeypatch.setattr(paths, "PACKAGED_KNOWLEDGE", packaged)
    assert paths.bundled_knowledge_path() == packaged


def test_settings_take_the_same_rule(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "knowledge").mkdir()
    settings = load_settings("cli", {"SLACK_BOT_TOKEN": BOT_TOKEN})
    assert settings.knowledge_path == tmp_path / "knowledge"
    settings = load_settings("cli", {"SLACK_BOT_TOKEN": BOT_TOKEN, "SCALEBOT_KNOWLEDGE": "/srv/kb"})
    assert settings.knowledge_path == Path("/srv/kb")
