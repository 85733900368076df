"""Requests signed exactly as Slack signs them (v0, HMAC-SHA256 over "v0:timestamp:body")."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import itertools
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

from .slack_api import BOT_USER_ID, TEAM_ID

SIGNING_SECRET = "8f742231b10e8888abcd99111222585a"
BOT_TOKEN = "xoxb-1111111111-2222222222-abcdefghijklmnopqrstuvwx"
APP_TOKEN = "xapp-1-A0APP-3333333333-abcdefabcdefabcdefabcdefabcdefabcdef"


@dataclass
class HttpResult:
    status: int
    body: str
    seconds: float


def signed_headers(
    body: str | bytes,
    secret: str = SIGNING_SECRET,
    timestamp: int | None = None,
    content_type: str = "application/json",
) -> dict:
    timestamp = int(time.time()) if timestamp is None else timestamp
    if isinstance(body, bytes):  # over the raw bytes, as Slack signs them (slack-sdk would decode them first)
        digest = hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()
        signature = f"v0={digest}"
    else:
        signature = SignatureVerifier(secret).generate_signature(timestamp=str(timestamp), body=body)
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": signature, "Content-Type": content_type}


def form_headers(body: str) -> dict:
    """Signed headers for a form-encoded body: slash commands and interactivity payloads."""
    return signed_headers(body, content_type="application/x-www-form-urlencoded")


def post(url: str, body: str | bytes, headers: dict, timeout: float = 10.0) -> HttpResult:
    data = body if isinstance(body, bytes) else body.encode()
    return _send(urllib.request.Request(url, data=data, headers=headers, method="POST"), timeout)


def post_on(connection: http.client.HTTPConnection, path: str, body: str, headers: dict) -> HttpResult:
    """A POST over a kept-alive connection: to the one worker that holds it."""
    started = time.perf_counter()
    connection.request("POST", path, body.encode(), headers)
    response = connection.getresponse()
    return HttpResult(response.status, response.read().decode(), time.perf_counter() - started)


def get(url: str, timeout: float = 5.0) -> HttpResult:
    return _send(urllib.request.Request(url), timeout)


def _send(request: urllib.request.Request, timeout: float) -> HttpResult:
    """Status and body of any answer, errors included, with how long it took."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return HttpResult(response.status, response.read().decode(), time.perf_counter() - started)
    except urllib.error.HTTPError as error:
        return HttpResult(error.code, error.read().decode(), time.perf_counter() - started)


# ---------------------------------------------------------------------- payloads

_triggers = itertools.count(1)


def new_trigger_id() -> str:
    """Slack makes a fresh trigger_id for every command and click; the app answers each one once."""
    return f"{int(time.time())}.{next(_triggers)}.{time.monotonic_ns() % 10**9:09d}"


_event_ids = itertools.count(1)


def fresh_event_id() -> str:
    """An event id no other request in the run uses: no test depends on another's ids."""
    return f"Ev0TEST{next(_event_ids):06d}"


def event_payload(event: dict, event_id: str) -> dict:
    """The Events API wrapper around ``event``: the HTTP body, and a Socket Mode envelope's payload."""
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM_ID,
        "api_app_id": "A0APP",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "event": event,
        "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
    }


def event_body(event: dict, event_id: str) -> str:
    return json.dumps(event_payload(event, event_id))


def socket_envelope(envelope_id: str, event: dict, event_id: str) -> dict:
    """An ``events_api`` envelope as Slack sends it over Socket Mode."""
    return {
        "envelope_id": envelope_id,
        "type": "events_api",
        "accepts_response_payload": False,
        "retry_attempt": 0,
        "retry_reason": "",
        "payload": event_payload(event, event_id),
    }


def mention(
    text: str,
    channel: str = "C0CHAN01",
    ts: str = "1700000000.000100",
    user: str = "U0ASKER1",
    thread_ts: str | None = None,
) -> dict:
    event = {
        "type": "app_mention",
        "user": user,
        "text": f"<@{BOT_USER_ID}> {text}",
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def direct_message(
    text: str, channel: str = "D0DM0001", ts: str = "1700000000.000200", user: str = "U0ASKER1", **extra
) -> dict:
    return {
        "type": "message",
        "channel_type": "im",
        "user": user,
        "text": text,
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
        **extra,
    }


def command_body(
    command: str,
    text: str,
    response_url: str,
    user: str = "U0ASKER1",
    channel: str = "C0CHAN01",
    trigger_id: str | None = None,
) -> str:
    return urlencode(
        {
            "token": "legacy",
            "team_id": TEAM_ID,
            "team_domain": "example",
            "channel_id": channel,
            "channel_name": "general",
            "user_id": user,
            "user_name": "asker",
            "command": command,
            "text": text,
            "api_app_id": "A0APP",
            "response_url": response_url,
            "trigger_id": trigger_id or new_trigger_id(),
        }
    )


def action_body(
    action: dict,
    response_url: str,
    *,
    message: dict | None = None,
    ephemeral: bool = False,
    user: str = "U0ASKER1",
    channel: str = "C0CHAN01",
) -> str:
    payload = {
        "type": "block_actions",
        "team": {"id": TEAM_ID, "domain": "example"},
        "user": {"id": user, "username": "asker"},
        "api_app_id": "A0APP",
        "token": "legacy",
        "trigger_id": new_trigger_id(),
        "response_url": response_url,
        "channel": {"id": channel, "name": "general"},
        "actions": [{"block_id": "b1", "action_ts": str(time.time()), **action}],
        "container": {
            "type": "message",
            "channel_id": channel,
            "is_ephemeral": ephemeral,
            "message_ts": (message or {}).get("ts", "1700000000.000300"),
        },
    }
    if message is not None:
        payload["message"] = message
    return urlencode({"payload": json.dumps(payload)})


# ---------------------------------------------------------------------- sending them


class SignedRequests:
    """Events, slash commands and clicks, signed as Slack signs them; subclasses say how they travel
    (over HTTP to gunicorn, or through ``app.dispatch`` in this process)."""

    def send(self, body: str, headers: dict):
        raise NotImplementedError

    def event(self, event: dict, event_id: str | None = None, **headers: str):
        """``event_id`` defaults to a fresh one; pass one only to deliver the same event again."""
        body = event_body(event, event_id or fresh_event_id())
        return self.send(body, {**signed_headers(body), **headers})

    def command(self, command: str, text: str, response_url: str, user: str = "U0ASKER1"):
        body = command_body(command, text, response_url, user=user)
        return self.send(body, form_headers(body))

    def action(self, body: str):
        return self.send(body, form_headers(body))


# ---------------------------------------------------------------------- reading replies


def buttons(blocks: list[dict]) -> list[dict]:
    """Every button in a message's blocks: in actions blocks and as section accessories, in order."""
    found = []
    for block in blocks:
        if block.get("type") == "actions":
            found += [e for e in block.get("elements", []) if e.get("type") == "button"]
        if (block.get("accessory") or {}).get("type") == "button":
            found.append(block["accessory"])
    return found


def button(blocks: list[dict], action_id: str) -> dict:
    """The one button with this action id (fails the test if there is none)."""
    matching = [b for b in buttons(blocks) if b["action_id"] == action_id]
    assert matching, f"no {action_id} button in {[b['action_id'] for b in buttons(blocks)]}"
    return matching[0]
