"""Reliability end to end: one reply per event, rate limits, hostile text, errors, live edits, secrets."""

from __future__ import annotations

import json
import time

import pytest
from support.paths import KNOWLEDGE_DIR
from support.redis_server import redis_url_or_skip
from support.servers import ADMIN, RunningApp, start_app
from support.slack_requests import APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, direct_message, mention

# ------------------------------------------------------------------ exactly one reply


def test_slack_retry_of_a_handled_event_gets_no_second_reply(http_app, api):
    event = mention("what is Elevate?", ts="1700000100.000100")
    assert http_app.event(event, "Ev0RETRY01").status == 200
    api.wait_for("chat.postMessage")
    for attempt in ("1", "2"):
        result = http_app.event(
            event, "Ev0RETRY01", **{"X-Slack-Retry-Num": attempt, "X-Slack-Retry-Reason": "http_timeout"}
        )
        assert result.status == 200
    api.assert_no_more("chat.postMessage", 1, settle=1.0)


@pytest.fixture(scope="module")
def redis_url():
    yield from redis_url_or_skip()


def test_instances_sharing_redis_reply_once_between_them(slack_api, redis_url):
    slack_api.reset()
    first = start_app(slack_api, KNOWLEDGE_DIR, REDIS_URL=redis_url)
    second = start_app(slack_api, KNOWLEDGE_DIR, REDIS_URL=redis_url)
    try:
        event = mention("elevate", ts="1700000200.000100")
        assert first.event(event, "Ev0SHARED1").status == 200
        assert second.event(event, "Ev0SHARED1", **{"X-Slack-Retry-Num": "1"}).status == 200
        slack_api.wait_for("chat.postMessage")
        slack_api.assert_no_more("chat.postMessage", 1, settle=1.0)
        # and a new event is still answered by whichever instance gets it
        second.event(mention("elevate", ts="1700000200.000200"), "Ev0SHARED2")
        slack_api.wait_for("chat.postMessage", 2)
    finally:
        first.server.stop()
        second.server.stop()


# ------------------------------------------------------------------ rate limits


def test_rate_limited_post_is_retried_after_retry_after(http_app, api):
    api.script("chat.postMessage", 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"})
    http_app.event(mention("what is Elevate?", ts="1700000300.000100"), "Ev0RATE001")
    first, second = api.wait_for("chat.postMessage", 2, timeout=15)
    assert second.at - first.at >= 0.9
    assert first.body["text"] == second.body["text"] and "Elevate" in second.body["text"]
    api.assert_no_more("chat.postMessage", 2, settle=1.0)


def test_server_error_is_retried(http_app, api):
    api.script("chat.postMessage", 503, {"ok": False, "error": "service_unavailable"})
    http_app.event(direct_message("against the odds", ts="1700000300.000200"), "Ev0RETRY5X")
    api.wait_for("chat.postMessage", 2, timeout=15)
    api.assert_no_more("chat.postMessage", 2, settle=1.0)


# ------------------------------------------------------------------ hostile text and errors


def test_broadcasts_in_the_question_are_never_echoed(http_app, api):
    http_app.event(
        mention("<!channel> <!here> <!everyone> <!subteam^S0123|@devs> wifi password?", ts="1700000400.000100"),
        "Ev0HOSTILE",
    )
    (call,) = api.wait_for("chat.postMessage")
    everything = call.body["text"] + json.dumps(call.body["blocks"])
    for forbidden in ("<!channel", "<!here", "<!everyone", "<!subteam"):
        assert forbidden not in everything


def test_forty_thousand_character_message_is_answered_with_a_note(http_app, api):
    text = "What is My Care My Way? " + "and also " * 4500
    assert len(text) > 40_000
    result = http_app.event(mention(text, ts="1700000500.000100"), "Ev0LONG001")
    assert result.status == 200
    (call,) = api.wait_for("chat.postMessage")
    assert "My Care, My Way" in call.body["text"]
    assert "long" in call.body["text"] and len(call.body["text"]) <= 3000


def test_listener_failure_apologises_in_the_thread_and_logs_the_event(http_app, api):
    api.script("chat.postMessage", 200, {"ok": False, "error": "invalid_blocks"})
    http_app.event(mention("elevate", ts="1700000600.000100"), "Ev0FAILS01")
    failed, apology = api.wait_for("chat.postMessage", 2)
    assert apology.body["thread_ts"] == "1700000600.000100"
    assert apology.body["text"].startswith("Sorry")
    deadline = time.monotonic() + 5
    while "Ev0FAILS01" not in http_app.server.logs() and time.monotonic() < deadline:
        time.sleep(0.05)
    logs = http_app.server.logs()
    assert "listener failed for Ev0FAILS01" in logs and "invalid_blocks" in logs


def test_response_url_hiccup_is_retried(http_app, api):
    api.script("response", 502, {"ok": False}, times=2)
    http_app.command("/programme", "elevate", api.response_url("hiccup"))
    calls = api.wait_for("response", 3, timeout=15)
    assert "Elevate" in calls[-1].body["text"]
    api.assert_no_more("response", 3, settle=0.5)


def test_slash_command_failure_apologises_ephemerally(http_app, api):
    api.script("response", 500, {"ok": False}, times=3)  # the answer can't be delivered…
    http_app.command("/programme", "elevate", api.response_url("fail"))
    calls = api.wait_for("response", 4, timeout=15)  # …so after it fails, an apology goes to the same place
    assert calls[-1].body["text"].startswith("Sorry") and calls[-1].body["response_type"] == "ephemeral"


# ------------------------------------------------------------------ live knowledge edits


@pytest.fixture
def live_app(slack_api, knowledge_copy):
    slack_api.reset()
    running = start_app(slack_api, knowledge_copy, SCALEBOT_ADMINS=ADMIN, SCALEBOT_RELOAD_SECONDS="0.2")
    running.knowledge = knowledge_copy
    yield running
    running.server.stop()


def ask_until(app: RunningApp, api, question: str, expected: str, timeout: float = 10.0) -> str:
    """Ask again (a new event each time) until the reply contains ``expected``."""
    deadline = time.monotonic() + timeout
    n = 0
    while True:
        n += 1
        before = len(api.calls_to("chat.postMessage"))
        app.event(direct_message(question, ts=f"17000007{n:02d}.000100"), f"Ev0ASK{time.monotonic_ns()}")
        reply = api.wait_for("chat.postMessage", before + 1)[-1].body["text"]
        if expected in reply or time.monotonic() > deadline:
            return reply
        time.sleep(0.1)


def test_edit_goes_live_and_a_broken_edit_keeps_the_last_good_version(live_app, slack_api):
    programmes = live_app.knowledge / "programmes.yaml"
    original = programmes.read_text(encoding="utf-8")
    edited = original.replace("design new models of learning", "design EDITED-LIVE new models of learning")
    programmes.write_text(edited, encoding="utf-8")
    assert "EDITED-LIVE" in ask_until(live_app, slack_api, "what is Elevate?", "EDITED-LIVE")

    # Break it: a typo in a field name. The bot keeps answering from the last good version…
    programmes.write_text(
        edited.replace("    summary: >-\n      In Australia", "    summray: >-\n      In Australia"), encoding="utf-8"
    )
    dms = slack_api.wait_for("chat.postMessage", len(slack_api.calls_to("chat.postMessage")) + 1, timeout=10)
    admin_dm = [c for c in dms if c.body.get("channel") == ADMIN]
    assert admin_dm and "summray" in admin_dm[-1].body["text"] and "programmes.yaml" in admin_dm[-1].body["text"]
    reply = ask_until(live_app, slack_api, "what is Elevate?", "EDITED-LIVE", timeout=1)
    assert "EDITED-LIVE" in reply
    logs = live_app.server.logs()
    assert "knowledge reload failed" in logs and "unknown field 'summray'" in logs

    # …and picks the fix up by itself.
    programmes.write_text(original, encoding="utf-8")
    assert "EDITED-LIVE" not in ask_until(live_app, slack_api, "what is Elevate?", "design new models of learning")


def test_reload_command_is_for_admins(live_app, slack_api):
    live_app.command("/scaling", "reload", slack_api.response_url("nonadmin"), user="U0SOMEONE")
    (refusal,) = slack_api.wait_for("response")
    assert "admin" in refusal.body["text"] and refusal.body["response_type"] == "ephemeral"

    (live_app.knowledge / "contacts.yaml").write_text("contacts:\n  - id: broken\n", encoding="utf-8")
    live_app.command("/scaling", "reload", slack_api.response_url("admin"), user=ADMIN)
    responses = slack_api.wait_for("response", 2)
    assert "Reload failed" in responses[-1].body["text"] and "contacts.yaml:2" in responses[-1].body["text"]


# ------------------------------------------------------------------ secrets


def test_secrets_never_reach_the_logs(http_app, api):
    """Runs last in this module: by now the app has logged a full run at DEBUG."""
    http_app.event(mention("who do I talk to about scaling?", ts="1700000900.000100"), "Ev0SECRETS")
    api.wait_for("chat.postMessage")
    logs = http_app.server.logs()
    assert "chat.postMessage" in logs  # the log really is the DEBUG log of a full run
    for secret in (BOT_TOKEN, SIGNING_SECRET, APP_TOKEN):
        assert secret not in logs
    assert BOT_TOKEN.split("-")[-1] not in logs
