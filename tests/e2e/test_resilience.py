"""How work runs inside the app, end to end under gunicorn: acks never wait for replies, the
app boots while Slack's API is down, a hung Redis neither delays acks nor doubles answers, and
acknowledged work survives a graceful restart and (with Redis) a crash."""

from __future__ import annotations

import json
import os
import signal
import time
from collections import Counter

import pytest
from support.paths import KNOWLEDGE_DIR
from support.redis_server import own_redis_server_or_skip
from support.servers import GunicornApp, RunningApp, app_environment, start_app
from support.slack_api import BOT_USER_ID
from support.slack_requests import direct_message, get, mention


def health(app: RunningApp) -> tuple[dict, float]:
    result = get(app.url + "/healthz", timeout=5)
    assert result.status == 200, result
    return json.loads(result.body), result.seconds


def wait_until(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout}s: {what}")
        time.sleep(0.05)


def delivered_per_thread(api) -> Counter:
    """Replies Slack would have posted (callers that hung up mid-call excluded), by the thread they answer."""
    return Counter(c.body.get("thread_ts") for c in api.calls_to("chat.postMessage", include_abandoned=False))


# ------------------------------------------------------------------ 4: acks never wait behind replies


def test_slash_command_is_acked_and_answered_at_once_while_event_replies_are_slow(slack_api):
    slack_api.reset()
    slack_api.delay("chat.postMessage", 2.5)
    app = start_app(slack_api, KNOWLEDGE_DIR)
    try:
        for n in range(40):  # more than there are threads to post replies
            result = app.event(mention("what is Elevate?", ts=f"1700001000.{n:06d}"), f"Ev0BUSY{n:03d}")
            assert result.status == 200 and result.seconds < 1.0
        command = app.command("/programme", "elevate", slack_api.response_url("busy"))
        assert command.status == 200, command  # Bolt answers 404 when ack() came too late
        assert command.seconds < 1.0  # well within Slack's 3 seconds
        (answer,) = slack_api.wait_for("response", timeout=1.5)  # not queued behind the slow replies
        assert "Elevate" in answer.body["text"]
        wait_until(lambda: sum(delivered_per_thread(slack_api).values()) == 40, 10, "every mention answered")
    finally:
        app.server.stop()


# ------------------------------------------------------------------ 5: boots while Slack's API is down


def test_boots_while_slack_is_unreachable_and_answers_once_it_is_back(slack_api):
    slack_api.reset()
    slack_api.down = True
    app = start_app(slack_api, KNOWLEDGE_DIR)
    try:
        status = wait_until(
            lambda: (
                (s := health(app)[0])["status"] == "degraded" and any("unreachable" in p for p in s["problems"]) and s
            ),
            10,
            "/healthz saying Slack is unreachable",
        )
        assert status["problems"] == ["Slack's Web API is unreachable (RemoteDisconnected)"], status

        # a crashed worker's replacement boots too
        (worker,) = app.server.worker_pids()
        os.kill(worker, signal.SIGKILL)
        wait_until(lambda: app.server.worker_pids() - {worker}, 10, "a replacement worker")
        app.server.wait_ready()
        assert health(app)[0]["status"] == "degraded"

        slack_api.down = False
        wait_until(lambda: health(app)[0]["status"] == "ok", 10, "/healthz ok once Slack is back")
        app.event(mention("what is Elevate?", ts="1700002000.000100"), "Ev0BACK001")
        (reply,) = slack_api.wait_for("chat.postMessage")
        assert "Elevate" in reply.body["text"]

        # the bot user id learnt late still keeps the bot from answering its own messages
        app.event(direct_message("elevate", ts="1700002000.000200", user=BOT_USER_ID), "Ev0SELF001")
        app.event(direct_message("elevate", ts="1700002000.000300"), "Ev0OTHER01")
        slack_api.wait_for("chat.postMessage", 2)
        app.wait_idle()  # both were acknowledged, so a reply to the bot's own message would be queued
        slack_api.assert_no_more("chat.postMessage", 2, settle=0.1)
    finally:
        app.server.stop()


# ------------------------------------------------------------------ 6: a hung Redis


@pytest.fixture
def redis_server():
    yield from own_redis_server_or_skip()


def test_hung_redis_neither_delays_acks_nor_doubles_answers(slack_api, redis_server):
    slack_api.reset()
    app = start_app(slack_api, KNOWLEDGE_DIR, REDIS_URL=redis_server.url)
    try:
        app.event(mention("elevate", ts="1700003000.000001"), "Ev0REDIS000")
        slack_api.wait_for("chat.postMessage")

        redis_server.process.send_signal(signal.SIGSTOP)
        events = [(mention("what is Elevate?", ts=f"1700003000.{n:06d}"), f"Ev0REDIS{n:03d}") for n in range(1, 11)]
        for event, event_id in events:
            result = app.event(event, event_id)
            assert result.status == 200 and result.seconds < 1.0, result
        status, seconds = health(app)
        assert seconds < 1.0 and status["status"] == "degraded"
        assert any("Redis" in problem for problem in status["problems"]), status
        for event, event_id in events:  # Slack re-sends each, as if it had not seen the ack
            result = app.event(event, event_id, **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
            assert result.status == 200 and result.seconds < 1.0, result
        slack_api.wait_for("chat.postMessage", 11)
        app.wait_idle()  # every re-send was acknowledged: a second answer would be queued by now
        slack_api.assert_no_more("chat.postMessage", 11, settle=0.1)

        redis_server.process.send_signal(signal.SIGCONT)
        app.event(mention("elevate", ts="1700003000.000100"), "Ev0REDIS100")
        slack_api.wait_for("chat.postMessage", 12)
        wait_until(lambda: health(app)[0]["status"] == "ok", 5, "/healthz ok once Redis answers")
    finally:
        redis_server.process.send_signal(signal.SIGCONT)
        app.server.stop()


# ------------------------------------------------------------------ 7: acknowledged work survives restarts


def test_graceful_stop_answers_everything_it_acknowledged(slack_api):
    """A backlog deeper than the reply threads (two rounds of 0.8 s), all still queued at SIGTERM, is answered
    before the worker exits. gunicorn's graceful timeout is lowered to 8 s (drain 4 s) so that a stop which
    waited for nothing, or not for the queued round, fails here in seconds; that the drain fits inside
    the production timeout is checked in tests/unit/test_graceful_stop.py."""
    slack_api.reset()
    slack_api.delay("chat.postMessage", 0.8)
    app = start_app(slack_api, KNOWLEDGE_DIR, SCALEBOT_GRACEFUL_SECONDS="8")
    for n in range(40):
        assert app.event(mention("what is Elevate?", ts=f"1700004000.{n:06d}"), f"Ev0DRAIN{n:03d}").status == 200
    app.server.process.send_signal(signal.SIGTERM)  # a deploy
    app.server.process.wait(timeout=35)
    app.server.stop()
    replies = delivered_per_thread(slack_api)
    assert len(replies) == 40 and set(replies.values()) == {1}, f"{len(replies)} of 40 answered"


def worker_with_unanswered_work(redis_url: str, pids: set[int]) -> int:
    """The worker owning the most acknowledged-but-unanswered records in Redis (bot/pending.py keys
    them ``…work:<key>`` with owner ``host:pid:id``): gunicorn need not share 20 events between two
    workers, and on a busy machine one worker's first replies may be done before the last ack."""
    import redis

    client = redis.Redis.from_url(redis_url)
    owners = Counter(
        int(owner.decode().rsplit(":", 2)[1])
        for key in client.scan_iter(match="scalebot:pending:work:*")
        if (owner := client.hget(key, "owner"))
    )
    client.close()
    busy = [pid for pid, _ in owners.most_common() if pid in pids]
    assert busy, f"no worker of {sorted(pids)} has unanswered work: {owners}"
    return busy[0]


def test_work_acknowledged_by_a_killed_worker_is_answered_once_by_another(slack_api, redis_server):
    slack_api.reset()
    slack_api.delay("chat.postMessage", 1.0)
    server = GunicornApp(
        app_environment(
            slack_api.base_url, KNOWLEDGE_DIR, REDIS_URL=redis_server.url, SCALEBOT_RECOVER_AFTER_SECONDS="1"
        ),
        workers=2,
    )
    app = RunningApp(server.wait_ready())
    try:
        wait_until(lambda: len(server.worker_pids()) == 2, 10, "two workers")
        for n in range(20):
            assert app.event(mention("what is Elevate?", ts=f"1700005000.{n:06d}"), f"Ev0CRASH{n:03d}").status == 200
        victim = worker_with_unanswered_work(redis_server.url, server.worker_pids())
        os.kill(victim, signal.SIGKILL)  # mid-reply: its calls to Slack are cut off
        wait_until(lambda: len(delivered_per_thread(slack_api)) == 20, 20, "every acknowledged event answered")
        slack_api.assert_no_more("chat.postMessage", len(slack_api.calls_to("chat.postMessage")), settle=2.0)
        replies = delivered_per_thread(slack_api)
        assert set(replies.values()) == {1}, replies
        assert any(c.abandoned for c in slack_api.calls_to("chat.postMessage")), "the kill interrupted no reply"
    finally:
        server.stop()
