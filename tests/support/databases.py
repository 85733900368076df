"""The question log's databases for tests: a SQLite file, and a fresh database on a real PostgreSQL."""

from __future__ import annotations

import pytest

from .postgres_server import fresh_database, postgres_url_or_skip

DIALECTS = ("sqlite", "postgresql")


def database_for(dialect: str, folder) -> str:
    if dialect == "sqlite":
        return f"sqlite:///{folder}/scalebot-test.db"
    return fresh_database(postgres_url_or_skip())


@pytest.fixture(params=DIALECTS)
def database_url(request, tmp_path) -> str:
    """Each test that takes this runs twice: against SQLite and against PostgreSQL."""
    return database_for(request.param, tmp_path)
