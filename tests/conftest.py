"""Shared fixtures. Tests never read outside the repository: data they need is in tests/data."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest
from support.paths import DATA_DIR, KNOWLEDGE_DIR, ROOT  # noqa: F401  (re-exported for tests)
from support.redis_server import redis_url_or_skip
from support.slack_api import MockSlackAPI

from bot.answer import Answerer
from bot.knowledge import load_knowledge

#: The question log's database fixtures (database_url, module_database_url, logged_app).
pytest_plugins = ["support.databases"]


@pytest.fixture(scope="session", autouse=True)
def vector_cache_outside_the_repository(tmp_path_factory):
    """An app built here keeps embedding vectors in a temporary folder, not ./scalebot-vectors in the repository."""
    os.environ.setdefault("SCALEBOT_VECTOR_CACHE", str(tmp_path_factory.mktemp("vectors")))


@pytest.fixture(scope="session")
def knowledge():
    return load_knowledge(KNOWLEDGE_DIR)


@pytest.fixture(scope="session")
def answerer(knowledge):
    return Answerer(knowledge)


@pytest.fixture(scope="session")
def answerer_with_meaning(knowledge):
    """The answerer as served by default: words first, then the embedding model (built once a process)."""
    from bot.semantic import SemanticIndex

    return Answerer(knowledge, semantic=SemanticIndex.build(knowledge))


@pytest.fixture
def kb_dir(tmp_path):
    """A folder to write knowledge files into: ``kb_dir.write("a.yaml", text)``."""

    class Folder:
        path = tmp_path

        def write(self, name: str, text: str | bytes) -> Path:
            target = tmp_path / name
            if isinstance(text, bytes):
                target.write_bytes(text)
            else:
                target.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
            return target

    return Folder()


@pytest.fixture(scope="module")
def slack_api():
    """The local stand-in for Slack's Web API (port 0); each test resets it through ``api``."""
    api = MockSlackAPI().start()
    yield api
    api.stop()


@pytest.fixture
def api(slack_api):
    """The mock Web API, with no calls recorded and nothing scripted yet."""
    slack_api.reset()
    return slack_api


@pytest.fixture
def knowledge_copy(tmp_path):
    """An editable copy of the bundled knowledge base."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, target)
    return target


@pytest.fixture(scope="session")
def redis_url():
    """A real redis-server: the one CI started, else one started for this run (skips without one)."""
    yield from redis_url_or_skip()


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, unknown when it is not installed or is disabled
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile``: the slowest files first, a file's two dialects apart (support/scheduling.py)."""
    if config.getvalue("dist") != "loadfile":
        return None
    from support.scheduling import SlowFilesFirst

    return SlowFilesFirst(config, log)
