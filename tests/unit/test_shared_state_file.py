"""The SQLite file gunicorn's workers share without Redis: claims, conversation context, and what
happens when the file is locked or unusable (each worker falls back to its memory, quickly)."""

from __future__ import annotations

import logging
import multiprocessing
import sqlite3
import time
from pathlib import Path

from bot.conversations import FileConversations
from bot.dedupe import FileHandledIds, handled_ids_for
from bot.shared_file import BACKOFF_SECONDS, FILE_NAME, SharedStateFile, prune_expired, state_file_path


def _claim_all(path: str, ids: list[str], results) -> None:
    handled = FileHandledIds(Path(path))
    results.put(sum(handled.claim(event_id) for event_id in ids))


def test_processes_racing_for_the_same_ids_claim_each_once(tmp_path):
    """Four processes (as four gunicorn workers) claim the same 300 ids at once: 300 wins in all."""
    path = tmp_path / FILE_NAME
    FileHandledIds(path)  # the tables exist before the race, as after any worker's start-up
    ids = [f"Ev{n:05d}" for n in range(300)]
    results: multiprocessing.Queue = multiprocessing.Queue()
    racers = [multiprocessing.Process(target=_claim_all, args=(str(path), ids, results)) for _ in range(4)]
    for racer in racers:
        racer.start()
    wins = [results.get(timeout=30) for _ in racers]
    for racer in racers:
        racer.join(timeout=10)
    assert sum(wins) == len(ids), wins


def test_a_claim_expires_after_the_ttl_and_can_be_taken_again(tmp_path):
    now = [1_000_000.0]
    one = FileHandledIds(tmp_path / FILE_NAME, ttl=60, clock=lambda: now[0])
    other = FileHandledIds(tmp_path / FILE_NAME, ttl=60, clock=lambda: now[0])
    assert one.claim("Ev1") is True
    assert other.claim("Ev1") is False
    now[0] += 61
    assert FileHandledIds(tmp_path / FILE_NAME, ttl=60, clock=lambda: now[0]).claim("Ev1") is True


def test_expired_rows_are_pruned(tmp_path):
    now = [1_000_000.0]
    handled = FileHandledIds(tmp_path / FILE_NAME, ttl=60, clock=lambda: now[0])
    context = FileConversations(tmp_path / FILE_NAME, ttl=60, clock=lambda: now[0])
    for n in range(50):
        handled.claim(f"Ev{n}")
        context.remember(f"C1:{n}", "elevate")
    now[0] += 3600
    handled.claim("EvLater")
    context.remember("C1:later", "elevate")
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        prune_expired(db, now[0])
        assert db.execute("SELECT id FROM handled").fetchall() == [("EvLater",)]
        assert db.execute("SELECT key FROM about").fetchall() == [("C1:later",)]


def test_a_locked_file_fails_fast_and_falls_back_to_memory_until_it_is_back(tmp_path, caplog):
    path = tmp_path / FILE_NAME
    now = [100.0]
    handled = FileHandledIds(path)
    handled.file = SharedStateFile(path, clock=lambda: now[0]).prepare()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    caplog.set_level(logging.WARNING, "scalebot.shared_file")
    started = time.perf_counter()
    assert handled.claim("Ev1") is True  # the file is locked: this worker's memory decides
    assert handled.claim("Ev1") is False
    assert handled.claim("Ev2") is True  # skipped the file altogether (backing off)
    assert time.perf_counter() - started < 0.5
    assert "each worker de-duplicates events alone" in handled.problem()
    assert [r.getMessage() for r in caplog.records].count(
        f"the shared state file {path} failed (OperationalError during claim); "
        "each worker carries on with its own memory"
    ) == 1
    holder.execute("ROLLBACK")
    holder.close()
    now[0] += BACKOFF_SECONDS + 0.1
    assert handled.claim("Ev3") is True
    assert FileHandledIds(path).claim("Ev3") is False  # shared again
    assert handled.problem() is None


def test_an_unusable_location_leaves_claims_to_memory(tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    caplog.set_level(logging.WARNING, "scalebot.shared_file")
    handled = FileHandledIds(blocker / FILE_NAME)
    assert handled.claim("Ev1") is True
    assert handled.claim("Ev1") is False
    assert handled.problem() is not None
    assert any("failed" in r.getMessage() for r in caplog.records)


def test_conversation_context_is_shared_and_expires(tmp_path):
    now = [1_000_000.0]
    one = FileConversations(tmp_path / FILE_NAME, ttl=60, clock=lambda: now[0])
    other = FileConversations(tmp_path / FILE_NAME, ttl=60, clock=lambda: now[0])
    one.remember("C1:1.1", "elevate")
    assert other.recall("C1:1.1") == "elevate"
    other.remember("C1:1.1", "my-care-my-way")
    assert one.recall("C1:1.1") == "my-care-my-way"
    now[0] += 61
    assert one.recall("C1:1.1") is None


def test_the_file_lives_beside_the_sqlite_question_log_by_default():
    assert state_file_path({}) == Path(FILE_NAME)
    assert state_file_path({"DATABASE_URL": "sqlite:///var/scalebot.db"}) == Path("var") / FILE_NAME
    assert state_file_path({"DATABASE_URL": "sqlite:////srv/data/log.db"}) == Path("/srv/data") / FILE_NAME
    assert state_file_path({"DATABASE_URL": "postgresql://u:p@db/scalebot"}) == Path(FILE_NAME)
    assert state_file_path({"SCALEBOT_STATE_FILE": "/run/sb.db", "DATABASE_URL": "sqlite:///x.db"}) == Path(
        "/run/sb.db"
    )


def test_without_redis_the_state_file_is_used_when_given(tmp_path):
    assert isinstance(handled_ids_for(None, tmp_path / FILE_NAME), FileHandledIds)
