"""One reply per event, rate limits and outages, hostile text and failing listeners, in this process."""

from __future__ import annotations

import json
import logging
import uuid

from support.inprocess import InProcessApp
from support.slack_requests import direct_message, fresh_event_id, mention

from bot.dedupe import RedisHandledIds

# ------------------------------------------------------------------ exactly one reply


def test_slack_retry_of_a_handled_event_gets_no_second_reply(app, api):
    event, event_id = mention("what is Elevate?"), fresh_event_id()
    assert app.event(event, event_id).status == 200
    for attempt in ("1", "2"):
        retried = app.event(event, event_id, **{"X-Slack-Retry-Num": attempt, "X-Slack-Retry-Reason": "http_timeout"})
        assert retried.status == 200
    assert len(api.calls_to("chat.postMessage")) == 1
    app.event(event)  # the same text under a new event id is a new question
    assert len(api.calls_to("chat.postMessage")) == 2


def test_instances_sharing_redis_reply_once_between_them(api, knowledge, redis_url):
    prefix = f"test-{uuid.uuid4().hex}:"  # this test's own keys in the shared Redis
    first, second = (InProcessApp(api, knowledge, handled=RedisHandledIds(redis_url, prefix=prefix)) for _ in "12")
    event, event_id = mention("elevate"), fresh_event_id()
    assert first.event(event, event_id).status == 200
    assert second.event(event, event_id, **{"X-Slack-Retry-Num": "1"}).status == 200
    assert len(api.calls_to("chat.postMessage")) == 1
    second.event(mention("elevate"))  # and a new event is still answered by whichever instance gets it
    assert len(api.calls_to("chat.postMessage")) == 2


# ------------------------------------------------------------------ rate limits and outages


def test_rate_limited_post_is_retried_after_retry_after(app, api):
    api.script("chat.postMessage", 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"})
    app.event(mention("what is Elevate?"))
    first, second = api.calls_to("chat.postMessage")
    assert second.at - first.at >= 0.9
    assert first.body["text"] == second.body["text"] and "Elevate" in second.body["text"]


def test_server_error_is_retried(app, api):
    api.script("chat.postMessage", 503, {"ok": False, "error": "service_unavailable"})
    app.event(direct_message("against the odds"))
    first, second = api.calls_to("chat.postMessage")
    assert first.body["text"] == second.body["text"] and "Against the Odds" in second.body["text"]


def test_response_url_hiccup_is_retried(app, api):
    api.script("response", 502, {"ok": False}, times=2)
    app.command("/programme", "elevate", api.response_url("hiccup"))
    calls = api.calls_to("response")
    assert len(calls) == 3 and "Elevate" in calls[-1].body["text"]


def test_slash_command_failure_apologises_ephemerally(app, api):
    api.script("response", 500, {"ok": False}, times=3)  # the answer can't be delivered…
    app.command("/programme", "elevate", api.response_url("fail"))
    calls = api.calls_to("response")  # …so after it fails, an apology goes to the same place
    assert len(calls) == 4
    assert calls[-1].body["text"].startswith("Sorry") and calls[-1].body["response_type"] == "ephemeral"


def test_listener_failure_apologises_in_the_thread_and_logs_the_event(app, api, caplog):
    api.script("chat.postMessage", 200, {"ok": False, "error": "invalid_blocks"})
    event_id = fresh_event_id()
    with caplog.at_level(logging.ERROR, logger="scalebot"):
        app.event(mention("elevate", ts="1700000600.000100"), event_id)
    failed, apology = api.calls_to("chat.postMessage")
    assert apology.body["thread_ts"] == "1700000600.000100"
    assert apology.body["text"].startswith("Sorry")
    assert f"listener failed for {event_id}" in caplog.text and "invalid_blocks" in caplog.text


def test_failure_in_a_dm_apologises_in_the_dm(app, api):
    api.script("chat.postMessage", 200, {"ok": False, "error": "invalid_blocks"})
    app.event(direct_message("elevate"))
    failed, apology = api.calls_to("chat.postMessage")
    assert apology.body["channel"] == "D0DM0001" and "thread_ts" not in apology.body
    assert apology.body["text"].startswith("Sorry")


# ------------------------------------------------------------------ hostile text


def test_broadcasts_in_the_question_are_never_echoed(app, api):
    app.event(mention("<!channel> <!here> <!everyone> <!subteam^S0123|@devs> wifi password?"))
    (call,) = api.calls_to("chat.postMessage")
    everything = call.body["text"] + json.dumps(call.body["blocks"])
    for forbidden in ("<!channel", "<!here", "<!everyone", "<!subteam"):
        assert forbidden not in everything
    assert "wifi password?" in call.body["text"]


def test_forty_thousand_character_message_is_answered_with_a_note(app, api):
    text = "What is My Care My Way? " + "and also " * 4500
    assert len(text) > 40_000
    assert app.event(mention(text)).status == 200
    (call,) = api.calls_to("chat.postMessage")
    assert "My Care, My Way" in call.body["text"]
    assert "long" in call.body["text"] and len(call.body["text"]) <= 3000
