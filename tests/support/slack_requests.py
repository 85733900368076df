"""Requests signed exactly as Slack signs them (v0, HMAC-SHA256 over "v0:timestamp:body")."""

from __future__ import annotations

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
    body: str, secret: str = SIGNING_SECRET, timestamp: int | None = None, content_type: str = "application/json"
) -> dict:
    timestamp = int(time.time()) if timestamp is None else timestamp
    signature = SignatureVerifier(secret).generate_signature(timestamp=str(timestamp), body=body)
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": signature, "Content-Type": content_type}


def post(url: str, body: str, headers: dict, timeout: float = 10.0) -> HttpResult:
    return _send(urllib.request.Request(url, data=body.encode(), headers=headers, method="POST"), timeout)


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


def event_body(event: dict, event_id: str) -> str:
    return json.dumps(
        {
            "token": "legacy-verification-token",
            "team_id": TEAM_ID,
            "api_app_id": "A0APP",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": event,
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
        }
    )


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
