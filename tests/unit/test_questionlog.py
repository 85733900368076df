"""The question log's writer: pseudonyms, modes, retention, forget, and a database that is down."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

import pytest
import sqlalchemy as sa
from support.servers import free_port

from bot.answer import Answer, Outcome
from bot.cli import main
from bot.questionlog import (
    Asked,
    Chosen,
    LogSettingsError,
    QuestionLog,
    asked_from,
    asked_text,
    channel_kind,
    delete_older_than,
    log_settings_from_env,
    outcome_of,
    pseudonym,
    utcnow,
)
from bot.search import Match
from bot.store import Database, schema


def rows(database: Database, table: sa.Table) -> list:
    with database.engine.connect() as connection:
        return list(connection.execute(sa.select(table).order_by(table.c.id)))


def asked(knowledge, key: str, user: str = "U0ASKER1", text: str = "what is elevate", **changes) -> Asked:
    answer = Answer(text, Outcome.ANSWERED, (Match(knowledge.entries["elevate"], 88.04),))
    item = asked_from(answer, key=key, surface="mention", user=user, kind="public", knowledge=knowledge)
    return Asked(**{**item.__dict__, **changes})


def started(url: str, **options) -> QuestionLog:
    question_log = QuestionLog(Database(url), **options)
    question_log.prepare()
    return question_log.start()


def test_a_question_is_logged_with_a_pseudonym_never_the_member_id(database_url, knowledge):
    question_log = started(database_url)
    question_log.record(asked(knowledge, "event:Ev1", text="<@UBOT0001> what is  Elevate?"))
    question_log.record(Chosen("button:t1", "event:Ev1", "U0ASKER1", "elevate"))
    assert question_log.flush()
    (row,) = rows(question_log.database, schema.questions)
    assert row.asker == question_log.pseudonym("U0ASKER1") and "U0ASKER1" not in row.asker
    assert row.asker_id is None
    assert (row.question_key, row.surface, row.channel_kind, row.outcome) == (
        "event:Ev1",
        "mention",
        "public",
        "answered",
    )
    assert row.text == "what is Elevate?"  # mentions stripped, spaces folded
    assert row.top_entries == [{"id": "elevate", "score": 88.0}]
    assert len(row.knowledge_version) == 16
    (choice,) = rows(question_log.database, schema.choices)
    assert (choice.entry_id, choice.asker) == ("elevate", row.asker)


def test_full_mode_keeps_member_ids(database_url, knowledge):
    question_log = started(database_url, mode="full")
    question_log.record(asked(knowledge, "event:Ev1"))
    assert question_log.flush()
    assert rows(question_log.database, schema.questions)[0].asker_id == "U0ASKER1"


def test_the_same_key_is_logged_once(database_url, knowledge):
    question_log = started(database_url)
    for _ in range(3):
        question_log.record(asked(knowledge, "event:EvSAME"))
        assert question_log.flush()
    assert len(rows(question_log.database, schema.questions)) == 1


def test_the_running_log_deletes_rows_older_than_the_retention_period(database_url, knowledge):
    database = Database(database_url)
    database.upgrade()
    old, recent = utcnow() - timedelta(days=31), utcnow() - timedelta(days=29)
    seed = QuestionLog(database)  # writes synchronously through the same row builder, no thread
    seed._write([asked(knowledge, "event:old", at=old), asked(knowledge, "event:recent", at=recent)])
    assert len(rows(database, schema.questions)) == 2
    started(database_url, retention_days=30)  # the writer trims as soon as it is idle
    deadline = time.monotonic() + 10
    while [r.question_key for r in rows(database, schema.questions)] != ["event:recent"]:
        assert time.monotonic() < deadline, rows(database, schema.questions)
        time.sleep(0.05)
    assert delete_older_than(database, 1) == 1


def test_forget_deletes_one_askers_rows_and_nothing_else(database_url, knowledge, monkeypatch, capsys):
    question_log = started(database_url)
    for n, user in enumerate(["U0FORGET1", "U0FORGET1", "U0KEEP001"]):
        question_log.record(asked(knowledge, f"event:Ev{n}", user=user))
    question_log.record(Chosen("button:c1", "event:Ev0", "U0FORGET1", None))
    assert question_log.flush()
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SCALEBOT_LOG_KEY", raising=False)

    assert main(["forget", "U0FORGET1"]) == 0
    assert "Deleted 3 row(s) for U0FORGET1: questions 2, choices 1." in capsys.readouterr().out
    kept = rows(question_log.database, schema.questions)
    assert [r.asker for r in kept] == [pseudonym(question_log.database.log_key(), "U0KEEP001")]

    assert main(["forget", "U0NOBODY1"]) == 0
    assert "No rows for U0NOBODY1" in capsys.readouterr().out
    assert rows(question_log.database, schema.questions) == kept
    assert main(["forget", "not-a-member-id"]) == 2


def test_a_database_that_is_down_loses_no_answer_warns_once_and_counts(knowledge, caplog):
    question_log = QuestionLog(Database(f"postgresql://nobody@127.0.0.1:{free_port()}/none"))
    with caplog.at_level(logging.WARNING, logger="scalebot.questionlog"):
        assert question_log.prepare() is False
        question_log.start()
        started_at = time.perf_counter()
        for n in range(5):
            question_log.record(asked(knowledge, f"event:Ev{n}"))
        assert time.perf_counter() - started_at < 0.05  # recording never waits on the database
        assert question_log.flush(timeout=20)
    assert question_log.unlogged == 5
    warnings = [r for r in caplog.records if "unavailable" in r.getMessage()]
    assert len(warnings) == 1 and "nobody@" in warnings[0].getMessage()


def test_a_full_queue_drops_and_counts_rather_than_waits(knowledge, tmp_path):
    question_log = QuestionLog(Database(f"sqlite:///{tmp_path}/q.db"), queue_size=2)  # writer not started
    for n in range(5):
        question_log.record(asked(knowledge, f"event:Ev{n}"))
    assert question_log.unlogged == 3


# ---------------------------------------------------------------------- pure helpers


def test_outcomes_from_answers(knowledge):
    elevate = Match(knowledge.entries["elevate"], 90.0)
    for outcome in Outcome:
        assert outcome_of(Answer("q", outcome, (elevate,))) == outcome.value
    assert outcome_of(Answer("q", Outcome.MISSING_FACT, (elevate,), missing="deadline")) == "missing_fact"


def test_text_as_asked_drops_mentions_and_broadcasts():
    assert asked_text("<@UBOT0001>  who runs <!here> NIA?") == "who runs NIA?"
    assert len(asked_text("x" * 10_000)) == 2000


def test_channel_kinds_never_use_names():
    assert channel_kind("C1", "channel") == "public"
    assert channel_kind("C1", "group") == "private"
    assert channel_kind("D1", "im") == "dm"
    assert channel_kind("C1", None, "privategroup") == "private"
    assert channel_kind("C1", None, "directmessage") == "dm"
    assert channel_kind("G1") == "private"


def test_log_settings():
    settings = log_settings_from_env({})
    assert (settings.mode, settings.retention_days, settings.database_url) == (
        "anonymous",
        180,
        "sqlite:///scalebot.db",
    )
    assert log_settings_from_env({"SCALEBOT_LOG": "off"}).enabled is False
    for bad in ({"SCALEBOT_LOG": "loud"}, {"SCALEBOT_RETENTION_DAYS": "soon"}, {"SCALEBOT_HANDOFF_CHANNEL": "#help"}):
        with pytest.raises(LogSettingsError):
            log_settings_from_env(bad)
