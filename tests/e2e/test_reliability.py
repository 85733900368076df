"""Reliability under gunicorn: real retry back-off, live edits picked up by the watcher, secrets kept out
of a full DEBUG log. One reply per event, rate limits, hostile text and failing listeners are tested in
process (tests/inprocess/test_delivery.py)."""

from __future__ import annotations

import time

import pytest
from support.servers import ADMIN, RunningApp, start_app
from support.slack_requests import APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, direct_message, mention

# ------------------------------------------------------------------ outages, with the real back-off


def test_server_error_is_retried(http_app, api):
    api.script("chat.postMessage", 503, {"ok": False, "error": "service_unavailable"})
    http_app.event(direct_message("against the odds", ts="1700000300.000200"))
    first, second = api.wait_for("chat.postMessage", 2, timeout=15)
    assert first.body["text"] == second.body["text"] and "Against the Odds" in second.body["text"]


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
        app.event(direct_message(question, ts=f"17000007{n:02d}.000100"))
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


# ------------------------------------------------------------------ secrets


def test_secrets_never_reach_the_logs(http_app, api):
    """Runs last in this module: by now the app has logged a full run at DEBUG."""
    http_app.event(mention("who do I talk to about scaling?", ts="1700000900.000100"))
    api.wait_for("chat.postMessage")
    logs = http_app.server.logs()
    assert "chat.postMessage" in logs  # the log really is the DEBUG log of a full run
    for secret in (BOT_TOKEN, SIGNING_SECRET, APP_TOKEN):
        assert secret not in logs
    assert BOT_TOKEN.split("-")[-1] not in logs
