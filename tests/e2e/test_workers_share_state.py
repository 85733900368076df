"""Several gunicorn workers and no Redis: the default install still answers each event once, and a
follow-up reaching another worker still knows what its thread is about.

Which worker accepts a connection is the kernel's choice, so the tests hold a kept-alive
connection to each worker (found through /proc) and choose where each delivery goes; one test
also sends bursts on fresh connections, many at once, so that workers race for the same claim.
"""

from __future__ import annotations

import json
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from support.paths import KNOWLEDGE_DIR
from support.servers import GunicornApp, RunningApp, app_environment
from support.slack_requests import event_body, fresh_event_id, mention, post_on, signed_headers

WORKERS = 2
EVENTS = "/slack/events"


@pytest.fixture(scope="module")
def two_workers(slack_api):
    """``WEB_CONCURRENCY=2`` as the Procfile runs it, no ``REDIS_URL``, and no state-file setting:
    the file goes where the default install puts it, beside the question log's SQLite file."""
    env = app_environment(
        slack_api.base_url, KNOWLEDGE_DIR, SCALEBOT_STATE_FILE="", GUNICORN_CMD_ARGS="--keep-alive 120"
    )
    server = GunicornApp(env, workers=WORKERS)
    try:
        server.wait_ready()
        deadline = time.monotonic() + 15
        while len(server.worker_pids()) < WORKERS and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(server.worker_pids()) == WORKERS
    except Exception:
        server.stop()
        raise
    running = RunningApp(server)
    running.state_file = Path(env["DATABASE_URL"].removeprefix("sqlite:///")).parent / "scalebot-state.db"
    running.workers = list(server.connection_to_each_worker().values())
    yield running
    for connection in running.workers:
        connection.close()
    server.stop()


def deliver(app, deliveries: list[tuple[str, dict]]) -> list:
    """Each (body, headers) on its own connection, all at once."""
    with ThreadPoolExecutor(max_workers=len(deliveries)) as pool:
        return list(pool.map(lambda d: app.send(*d), deliveries))


def retries_of(event: dict, event_id: str, times: int) -> list[tuple[str, dict]]:
    """The first delivery and ``times - 1`` retries, as Slack sends them (same body, X-Slack-Retry-Num)."""
    body = event_body(event, event_id)
    first = [(body, signed_headers(body))]
    return first + [
        (body, {**signed_headers(body), "X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": "http_timeout"})
        for n in range(1, times)
    ]


def test_retries_reaching_the_other_worker_are_not_answered_again(two_workers, api):
    """Slack's first delivery goes to one worker, its retries alternate between both."""
    questions = [(f"17000094{n:02d}.000100", fresh_event_id()) for n in range(4)]
    for n, (ts, event_id) in enumerate(questions):
        for attempt, (body, headers) in enumerate(retries_of(mention("what is Elevate?", ts=ts), event_id, 4)):
            worker = two_workers.workers[(n + attempt) % WORKERS]
            result = post_on(worker, EVENTS, body, headers)
            assert result.status == 200 and result.seconds < 2, result
    api.wait_for("chat.postMessage", len(questions))
    api.assert_no_more("chat.postMessage", len(questions), settle=1.0)
    assert sorted(call.body["thread_ts"] for call in api.calls_to("chat.postMessage")) == [ts for ts, _ in questions]


def test_a_burst_of_retries_racing_on_both_workers_is_answered_once(two_workers, api):
    questions = [(f"17000095{n:02d}.000100", fresh_event_id()) for n in range(6)]
    deliveries = [d for ts, event_id in questions for d in retries_of(mention("what is Elevate?", ts=ts), event_id, 8)]
    results = deliver(two_workers, deliveries)
    assert all(r.status == 200 and r.seconds < 2 for r in results), [(r.status, r.seconds) for r in results]
    api.wait_for("chat.postMessage", len(questions))
    api.assert_no_more("chat.postMessage", len(questions), settle=1.0)
    threads = sorted(call.body["thread_ts"] for call in api.calls_to("chat.postMessage"))
    assert threads == sorted(ts for ts, _ in questions)


def test_a_follow_up_reaching_the_other_worker_still_knows_the_thread(two_workers, api):
    """The question goes to one worker, the follow-up in its thread to the other (both ways round)."""
    threads = [f"17000096{n:02d}.000100" for n in range(4)]
    for n, ts in enumerate(threads):
        asked_on, followed_on = two_workers.workers[n % WORKERS], two_workers.workers[(n + 1) % WORKERS]
        assert post_on(asked_on, EVENTS, *_signed(mention("what is Elevate?", ts=ts))).status == 200
        api.wait_for("chat.postMessage", 2 * n + 1)
        follow_up = mention("who runs it?", ts=ts[:-3] + "200", thread_ts=ts)
        assert post_on(followed_on, EVENTS, *_signed(follow_up)).status == 200
        reply = api.wait_for("chat.postMessage", 2 * n + 2)[-1]
        assert reply.body["thread_ts"] == ts
        assert "Heather Rollinson" in reply.body["text"], f"follow-up {n} lost its thread's context"


def test_a_locked_state_file_costs_acks_nothing_and_each_worker_carries_on(two_workers, api):
    """Another process holds the file's write lock: claims give up after the 50 ms busy timeout and
    fall back to each worker's memory, with a warning and a degraded /healthz; acks stay fast and
    every event is still answered (recovery after the lock: tests/unit/test_shared_state_file.py)."""
    holder = sqlite3.connect(two_workers.state_file, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        for n in range(6):
            body, headers = _signed(mention("what is Elevate?", ts=f"17000097{n:02d}.000100"))
            result = post_on(two_workers.workers[n % WORKERS], EVENTS, body, headers)
            assert result.status == 200 and result.seconds < 1, result
        api.wait_for("chat.postMessage", 6)
        for worker in two_workers.workers:
            worker.request("GET", "/healthz")
            health = json.loads(worker.getresponse().read())
            assert health["status"] == "degraded" and "state file" in " ".join(health["problems"]), health
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    logs = two_workers.server.logs()
    assert "the shared state file" in logs and "OperationalError during claim" in logs, logs[-3000:]


def _signed(event: dict, event_id: str | None = None) -> tuple[str, dict]:
    body = event_body(event, event_id or fresh_event_id())
    return body, signed_headers(body)
