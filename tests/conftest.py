"""Shared fixtures. Tests never read outside the repository: data they need is in tests/data."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from support.paths import DATA_DIR, KNOWLEDGE_DIR, ROOT  # noqa: F401  (re-exported for tests)

from bot.answer import Answerer
from bot.knowledge import load_knowledge

#: The question log's database fixtures (database_url, module_database_url, logged_app).
pytest_plugins = ["support.databases"]


@pytest.fixture(scope="session")
def knowledge():
    return load_knowledge(KNOWLEDGE_DIR)


@pytest.fixture(scope="session")
def answerer(knowledge):
    return Answerer(knowledge)


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
