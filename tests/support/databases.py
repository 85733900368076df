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


def wait_for_rows(database, table, count: int, timeout: float = 10.0, **equal) -> list:
    """Poll until ``count`` rows of ``table`` match ``equal`` (the writer is asynchronous)."""
    import time

    import sqlalchemy as sa

    query = sa.select(table).where(*(table.c[name] == value for name, value in equal.items()))
    deadline = time.monotonic() + timeout
    while True:
        with database.engine.connect() as connection:
            found = list(connection.execute(query))
        if len(found) >= count or time.monotonic() > deadline:
            assert len(found) == count, f"expected {count} row(s) of {table.name} with {equal}, found {found}"
            return found
        time.sleep(0.05)


@pytest.fixture(scope="module", params=DIALECTS)
def module_database_url(request, tmp_path_factory) -> str:
    """One database per test module and dialect, for tests that share a running app."""
    return database_for(request.param, tmp_path_factory.mktemp("db"))


@pytest.fixture(scope="module")
def logged_app(slack_api, module_database_url):
    """The app under gunicorn logging to the module's database: (running app, Database)."""
    from bot.store import Database

    from .paths import KNOWLEDGE_DIR
    from .servers import ADMIN, start_app

    running = start_app(slack_api, KNOWLEDGE_DIR, DATABASE_URL=module_database_url, SCALEBOT_ADMINS=ADMIN)
    database = Database(module_database_url)
    yield running, database
    running.server.stop()
    database.dispose()
