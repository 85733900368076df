"""Correctly signed bodies of odd shapes, against the app as the Procfile runs it.

Only a holder of the signing secret can send these, but Bolt and the listeners read Slack's
documented shapes, so each used to end in a 500 (or a 404, or a reply-thread crash) with a
logged trace. Now each gets a 400 that says which field is wrong, or, when it is well formed
but for nothing the app listens to, the plain 200 Slack expects; never a trace, never a Web
API call, and nothing of the body in the log or the answer. Every case carries ``CANARY`` in
the field a log line would quote.
"""

from __future__ import annotations

import json
import time
from urllib.parse import parse_qsl, urlencode

import pytest
from support.slack_requests import action_body, command_body, event_payload, form_headers, mention, signed_headers

CANARY = "ZQXCANARY7"
RESPONSE_URL = "http://127.0.0.1:9/response/never"


def event(**replace) -> str:
    """A correct app_mention delivery with top-level fields replaced."""
    payload = event_payload(mention(f"what is {CANARY}?", channel=f"C{CANARY}"), f"Ev0ODD{time.monotonic_ns()}")
    payload.update(replace)
    return json.dumps(payload)


def mention_with(**fields) -> str:
    """An app_mention whose event has ``fields`` replaced (None removes one)."""
    inner = mention(f"what is {CANARY}?", channel=f"C{CANARY}")
    for name, value in fields.items():
        if value is None:
            inner.pop(name)
        else:
            inner[name] = value
    return event(event=inner)


def click(**replace) -> str:
    """A block_actions payload (a Share click) with top-level fields replaced."""
    form = action_body({"action_id": "share_answer", "value": json.dumps({"q": CANARY})}, RESPONSE_URL)
    payload = json.loads(dict(parse_qsl(form))["payload"])
    payload.update(replace)
    return urlencode({"payload": json.dumps(payload)})


def interaction(payload: object) -> str:
    return urlencode({"payload": json.dumps(payload)})


def command_without(*names: str) -> str:
    fields = dict(parse_qsl(command_body("/scaling", CANARY, RESPONSE_URL)))
    return urlencode({k: v for k, v in fields.items() if k not in names})


JSON, FORM = "application/json", "application/x-www-form-urlencoded"

#: (case, body, content type, the reason the 400 gives)
REFUSED = [
    ("event is a list", event(event=[CANARY]), JSON, "event is missing or not an object"),
    ("event is null", event(event=None), JSON, "event is missing or not an object"),
    ("event is a string", event(event=CANARY), JSON, "event is missing or not an object"),
    ("event type is a number", event(event={"type": 5, "text": CANARY}), JSON, "event.type is missing or not a string"),
    ("event without a type", event(event={"text": CANARY, "channel": "C1"}), JSON, "event.type is missing"),
    ("event_id is a list", event(event_id=[CANARY]), JSON, "event_id is not a string"),
    ("event_id is missing", event(event_id=None), JSON, "event_id is missing"),
    ("type is a list", event(type=[CANARY]), JSON, "type is missing or not a string"),
    ("no type at all", json.dumps({"event": {"type": "app_mention", "text": CANARY}}), JSON, "type is missing"),
    ("team_id is a list", event(team_id=[CANARY]), JSON, "team_id is not a string"),
    ("authorizations hold null", event(authorizations=[None, CANARY]), JSON, "authorizations has a null item"),
    ("mention without a channel", mention_with(channel=None), JSON, "event.channel is missing"),
    ("mention's channel is a list", mention_with(channel=[CANARY]), JSON, "event.channel is not a string"),
    ("mention's text is a number", mention_with(text=5, user=CANARY), JSON, "event.text is not a string"),
    ("mention's thread_ts is an object", mention_with(thread_ts={"x": CANARY}), JSON, "event.thread_ts is not"),
    ("home opened without a user", event(event={"type": "app_home_opened", "tab": CANARY}), JSON, "event.user"),
    ("JSON that is a list", json.dumps([CANARY]), JSON, "the body is not an object"),
    ("JSON that is a string", json.dumps(CANARY), JSON, "the body is not an object"),
    ("JSON null", "null", JSON, "the body is not an object"),
    ("truncated JSON", '{"type": "event_callback", "event": {"text": "' + CANARY, JSON, "not valid JSON"),
    ("invalid UTF-8", b'{"type": "event_callback", "x": "\xff\xfe' + CANARY.encode() + b'"}', JSON, "not UTF-8"),
    (
        "url_verification without challenge",
        json.dumps({"type": "url_verification", "token": CANARY}),
        JSON,
        "challenge",
    ),
    (
        "url_verification challenge is a list",
        json.dumps({"type": "url_verification", "challenge": [CANARY]}),
        JSON,
        "challenge",
    ),
    ("actions hold null", click(actions=[None]), FORM, "payload.actions has a null item"),
    ("actions is a string", click(actions=CANARY), FORM, "payload.actions is not a list"),
    ("actions is empty", click(actions=[]), FORM, "payload.actions is missing"),
    ("action without an action_id", click(actions=[{"value": CANARY}]), FORM, "payload.actions[].action_id"),
    ("action_id is a number", click(actions=[{"action_id": 5, "value": CANARY}]), FORM, "action_id is not a string"),
    ("action value is a list", click(actions=[{"action_id": "share_answer", "value": [CANARY]}]), FORM, "value is not"),
    ("user is a string", click(user=CANARY), FORM, "payload.user is not an object"),
    ("click without a user", click(user=None), FORM, "payload.user is missing"),
    ("message is a string", click(message=CANARY), FORM, "payload.message is not an object"),
    ("container is a list", click(container=[CANARY]), FORM, "payload.container is not an object"),
    (
        "view is a list",
        interaction({"type": "view_submission", "view": [CANARY], "user": {"id": "U1"}}),
        FORM,
        "payload.view is not an object",
    ),
    (
        "view without a callback_id",
        interaction({"type": "view_submission", "view": {"id": CANARY}, "user": {"id": "U1"}}),
        FORM,
        "payload.view.callback_id is missing",
    ),
    (
        "view state is a list",
        interaction({"type": "view_submission", "view": {"callback_id": "x", "state": [CANARY]}, "user": {"id": "U1"}}),
        FORM,
        "payload.view.state is not an object",
    ),
    ("payload is a list", interaction([CANARY]), FORM, "payload is not an object"),
    ("payload is not JSON", urlencode({"payload": "{" + CANARY}), FORM, "not valid JSON"),
    ("payload type is a number", interaction({"type": 5, "user": {"id": CANARY}}), FORM, "payload.type"),
    ("slash command without command", command_without("command"), FORM, "command is missing"),
    ("slash command without response_url", command_without("response_url"), FORM, "response_url is missing"),
    ("command not starting with /", command_body(CANARY, "x", RESPONSE_URL), FORM, "command does not start with /"),
    ("an empty form", "", FORM, "command is missing"),
]

#: Well formed, but for nothing this app listens to: Slack expects a 200 (an event would be re-sent otherwise).
ACKNOWLEDGED = [
    ("an event type the app has no listener for", event(event={"type": "reaction_added", "user": CANARY}), JSON),
    (
        "an event whose fields differ from a message's",
        event(event={"type": "user_change", "user": {"id": CANARY}}),
        JSON,
    ),
    ("an app_rate_limited notice", json.dumps({"type": "app_rate_limited", "api_app_id": CANARY}), JSON),
    ("a global shortcut", interaction({"type": "shortcut", "callback_id": CANARY, "user": {"id": "U1"}}), FORM),
    (
        "a view closed",
        interaction({"type": "view_closed", "view": {"callback_id": CANARY}, "user": {"id": "U1"}}),
        FORM,
    ),
    ("a block_suggestion", interaction({"type": "block_suggestion", "action_id": CANARY, "value": CANARY}), FORM),
]


def send(app, body: str | bytes, content_type: str):
    return app.send(body, signed_headers(body, content_type=content_type))


def assert_quiet(app, api, logs_before: int) -> None:
    """No trace and nothing of the body in the log; no Web API call or response_url post."""
    app.wait_idle()
    written = app.server.logs()[logs_before:]
    assert "Traceback" not in written, written[-3000:]
    assert CANARY not in written, written[-3000:]
    assert [call.method for call in api.calls if call.method != "auth.test"] == []


@pytest.mark.parametrize(("body", "content_type", "reason"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_a_signed_malformed_body_gets_a_400_that_names_the_field(http_app, api, body, content_type, reason):
    before = len(http_app.server.logs())
    result = send(http_app, body, content_type)
    assert result.status == 400, result
    assert result.body.startswith("Bad request: ") and reason in result.body, result.body
    assert CANARY not in result.body
    assert_quiet(http_app, api, before)


@pytest.mark.parametrize(("body", "content_type"), [c[1:] for c in ACKNOWLEDGED], ids=[c[0] for c in ACKNOWLEDGED])
def test_a_signed_body_for_nothing_the_app_handles_gets_a_plain_200(http_app, api, body, content_type):
    before = len(http_app.server.logs())
    result = send(http_app, body, content_type)
    assert (result.status, result.body) == (200, ""), result
    assert_quiet(http_app, api, before)


def test_a_click_no_listener_takes_is_a_404_that_quotes_nothing(http_app, api):
    """Well formed, but an action id the app never registered: Bolt's 404 stands, but Bolt's own
    warning quoted the action and block ids from the body."""
    before = len(http_app.server.logs())
    body = action_body({"action_id": f"nothing_{CANARY}", "block_id": CANARY, "value": "x"}, RESPONSE_URL)
    result = http_app.send(body, form_headers(body))
    assert result.status == 404, result
    assert CANARY not in result.body
    assert_quiet(http_app, api, before)


def test_a_well_formed_mention_is_still_answered(http_app, api):
    """The checks stand in front of Bolt, not instead of it: an ordinary mention still gets its reply."""
    result = http_app.event(mention("what is Elevate?", ts="1700009100.000100"))
    assert result.status == 200, result
    (call,) = api.wait_for("chat.postMessage")
    assert call.body["thread_ts"] == "1700009100.000100" and "Elevate" in call.body["text"]
