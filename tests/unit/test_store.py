"""The question log's storage, against SQLite and a real PostgreSQL: migrations, keys, upserts."""

from __future__ import annotations

import sqlalchemy as sa

from bot.questionlog import utcnow
from bot.store import Database, DatabaseURLError, normalise_url, schema


def question_row(key: str, asker: str = "h1") -> dict:
    return {
        "question_key": key,
        "asked_at": utcnow(),
        "surface": "mention",
        "asker": asker,
        "channel_kind": "public",
        "text": "what is elevate",
        "outcome": "answered",
        "top_entries": [{"id": "elevate", "score": 90.0}],
        "knowledge_version": "v1",
    }


def count(database: Database, table: sa.Table) -> int:
    with database.engine.connect() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def test_upgrade_creates_the_schema_and_running_it_again_keeps_every_row(database_url):
    database = Database(database_url)
    assert database.revision() is None
    database.upgrade()
    assert database.revision() == "0001"
    with database.engine.begin() as connection:
        database.insert_ignoring_duplicates(connection, schema.questions, [question_row("event:Ev1")])
    Database(database_url).upgrade()  # a restart, or `scalebot db upgrade`, on a database with rows
    assert count(database, schema.questions) == 1
    with database.engine.connect() as connection:
        stored = connection.execute(sa.select(schema.questions)).one()
    assert stored.top_entries == [{"id": "elevate", "score": 90.0}]
    assert set(sa.inspect(database.engine).get_table_names()) >= {t.name for t in schema.metadata.sorted_tables}


def test_a_retried_question_is_stored_once(database_url):
    database = Database(database_url)
    database.upgrade()
    with database.engine.begin() as connection:
        database.insert_ignoring_duplicates(connection, schema.questions, [question_row("event:Ev1")])
    with database.engine.begin() as connection:
        database.insert_ignoring_duplicates(
            connection, schema.questions, [question_row("event:Ev1"), question_row("event:Ev2")]
        )
    assert count(database, schema.questions) == 2


def test_a_second_vote_replaces_the_first(database_url):
    database = Database(database_url)
    database.upgrade()
    for vote in ("up", "down", "up"):
        with database.engine.begin() as connection:
            row = {"question_key": "event:Ev1", "voter": "h1", "vote": vote, "voted_at": utcnow()}
            database.upsert(connection, schema.votes, row, ("question_key", "voter"))
    with database.engine.connect() as connection:
        assert [r.vote for r in connection.execute(sa.select(schema.votes))] == ["up"]


def test_the_hashing_key_is_made_once_and_shared_by_every_instance(database_url):
    first, second = Database(database_url), Database(database_url)
    first.upgrade()
    assert first.log_key() == second.log_key()
    assert len(first.log_key()) == 64
    assert first.log_key("configured") == b"configured"


def test_database_urls():
    assert normalise_url(None) == "sqlite:///scalebot.db"
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    for bad in ("mysql://u@h/db", "scalebot.db"):
        try:
            normalise_url(bad)
        except DatabaseURLError as error:
            assert "DATABASE_URL" in str(error)
        else:
            raise AssertionError(f"{bad} accepted")
