"""What a signed Slack request body must look like before Bolt or a listener reads it.

A correct signature says who sent a body, not that it is well formed. Bolt and the listeners
read Slack's documented shapes (``body["event"]["channel"]``, ``body["actions"][0]``), so an odd
one (``"event": []``, ``"actions": [null]``, a command without ``command``) used to end in a
500 with a logged trace. :func:`check_body` decides, from the body alone and before Bolt sees it:

- **pass**: a shape the app handles, every field it reads of the type Slack documents;
- **ack**: well formed but nothing for this app (an event type or interaction it has no
  listener for, ``app_rate_limited``): a plain 200, as Slack expects, so it is not re-sent;
- **refuse**: anything else, with a fixed reason naming the field (never its value): 400.

The reasons are phrases written here, so they may be logged and answered; nothing from the
body ever is (beyond ``url_verification``'s challenge, which Slack requires echoed and Bolt does).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt.request.internals import parse_body

PASS, ACK, REFUSE = "pass", "ack", "refuse"


@dataclass(frozen=True)
class Verdict:
    action: str
    #: A fixed phrase: why it is refused, or what was acknowledged. Never text from the body.
    reason: str = ""


class _Malformed(Exception):
    """Raised with a fixed reason by the checks below, caught in :func:`check_body`."""


#: A field's expected type: a Python type, a nested spec (an object with these fields), or a
#: one-item list (a list whose items all match the item's spec).
Spec = Any

_TYPE_NAMES = {str: "a string", bool: "true or false", int: "a number", dict: "an object", list: "a list"}

_EVENT_ID = re.compile(r"[A-Za-z0-9._:-]{1,100}")
#: Slack's challenge is an opaque token of letters and digits; Bolt echoes it back as JSON.
_CHALLENGE = re.compile(r"[\x21-\x7e]{1,256}")

#: The Events API wrapper (``type: event_callback``). Null is allowed where Slack sends it (enterprise ids).
_EVENT_CALLBACK: dict[str, Spec] = {
    "event_id": str,
    "team_id": str,
    "api_app_id": str,
    "enterprise_id": str,
    "context_team_id": str,
    "context_enterprise_id": str,
    "event_time": int,
    "is_ext_shared_channel": bool,
    "authorizations": [{"team_id": str, "user_id": str, "enterprise_id": str, "is_bot": bool}],
}
#: The fields of an event that Bolt or a listener reads: present means of this type, and never null.
_EVENT: dict[str, Spec] = {
    "type": str,
    "user": str,
    "text": str,
    "ts": str,
    "thread_ts": str,
    "event_ts": str,
    "channel": str,
    "channel_type": str,
    "subtype": str,
    "bot_id": str,
    "tab": str,
    "team": str,
    "bot_profile": dict,
    "message": dict,
    "previous_message": dict,
    "edited": dict,
    "view": dict,
    "blocks": list,
    "files": list,
}
#: What each event the app listens to must carry to be answered at all.
_EVENT_NEEDS = {"app_mention": ("channel", "ts", "text"), "message": ("channel", "ts"), "app_home_opened": ("user",)}

#: An interactivity payload (the form's ``payload`` field). Slack sends null for some absent objects.
_INTERACTION: dict[str, Spec] = {
    "type": str,
    "trigger_id": str,
    "response_url": str,
    "api_app_id": str,
    "user": {"id": str, "team_id": str, "username": str, "name": str},
    "team": {"id": str, "domain": str},
    "enterprise": {"id": str},
    "channel": {"id": str, "name": str},
    "container": {"type": str, "channel_id": str, "message_ts": str, "is_ephemeral": bool, "view_id": str},
    "message": {"ts": str, "thread_ts": str, "text": str, "blocks": list},
    "view": {
        "id": str,
        "type": str,
        "callback_id": str,
        "private_metadata": str,
        "state": {"values": dict},
    },
    "actions": [
        {"action_id": str, "block_id": str, "value": str, "type": str, "action_ts": str, "selected_option": dict}
    ],
}
#: Interactions the app has listeners for, and what each must carry.
_INTERACTION_NEEDS = {"block_actions": ("user", "actions"), "view_submission": ("user", "view")}
_INTERACTION_NESTED_NEEDS = {"block_actions": ("user", "id"), "view_submission": ("view", "callback_id")}

#: A slash command's form fields that the listeners read (form values are always strings).
_COMMAND_NEEDS = ("command", "user_id", "response_url")


def check_request(raw: bytes, content_type: str | None, event_types: Collection[str]) -> Verdict:
    """The verdict on a signed request's body, read exactly as Bolt will read it (its ``parse_body``).

    ``content_type`` is the request's header; ``event_types`` the Events API types the app listens to.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return Verdict(REFUSE, "the body is not UTF-8")
    media_type = content_type.split(";")[0].strip() if content_type else None
    try:
        if media_type == "application/json" or text.startswith("{"):  # Bolt's rule for a JSON body
            return check_events_api(parse_body(text, media_type), event_types)
        form = dict(parse_qsl(text, keep_blank_values=True))
        if "payload" in form:
            return check_interaction(json.loads(form["payload"]))
        return check_form(form)
    except ValueError:  # json.JSONDecodeError included
        return Verdict(REFUSE, "the body is not valid JSON")
    except _Malformed as problem:
        return Verdict(REFUSE, str(problem))


def check_events_api(body: object, event_types: Collection[str]) -> Verdict:
    """An Events API body (JSON): url_verification, an event, or a type acknowledged and left alone."""
    try:
        return _check_events_api(_object(body, "the body"), event_types)
    except _Malformed as problem:
        return Verdict(REFUSE, str(problem))


def check_interaction(payload: object) -> Verdict:
    """A click or form submission: the parsed ``payload`` field of an interactivity request."""
    try:
        return _check_interaction(_object(payload, "payload"))
    except _Malformed as problem:
        return Verdict(REFUSE, str(problem))


def check_form(form: dict[str, str]) -> Verdict:
    """A form without a ``payload``: a slash command, or Slack's ``ssl_check`` of its URL."""
    if "ssl_check" in form:
        return Verdict(PASS)  # Bolt answers it
    try:
        _needs(form, _COMMAND_NEEDS, "")
    except _Malformed as problem:
        return Verdict(REFUSE, str(problem))
    if not form["command"].startswith("/"):
        return Verdict(REFUSE, "command does not start with /")
    return Verdict(PASS)


def _object(value: object, what: str) -> dict:
    if not isinstance(value, dict):
        raise _Malformed(f"{what} is not an object")
    return value


def _check_events_api(body: dict, event_types: Collection[str]) -> Verdict:
    kind = body.get("type")
    if not isinstance(kind, str):
        raise _Malformed("type is missing or not a string")
    if kind == "url_verification":
        challenge = body.get("challenge")
        if not isinstance(challenge, str) or not _CHALLENGE.fullmatch(challenge):
            raise _Malformed("url_verification without a usable challenge")
        return Verdict(PASS)
    if kind != "event_callback":
        return Verdict(ACK, "a request type this app does not handle")
    _fields(body, _EVENT_CALLBACK, "", nullable=True)
    event_id = body.get("event_id")
    if not isinstance(event_id, str) or not _EVENT_ID.fullmatch(event_id):
        raise _Malformed("event_id is missing or malformed")
    event = body.get("event")
    if not isinstance(event, dict):
        raise _Malformed("event is missing or not an object")
    event_type = event.get("type")
    if not isinstance(event_type, str):
        raise _Malformed("event.type is missing or not a string")
    if event_type not in event_types:  # its fields are its own business (user_change's user is an object)
        return Verdict(ACK, "an event type this app does not listen to")
    _fields(event, _EVENT, "event.", nullable=False)
    _needs(event, _EVENT_NEEDS.get(event_type, ()), "event.")
    return Verdict(PASS)


def _check_interaction(payload: dict) -> Verdict:
    _fields(payload, _INTERACTION, "payload.", nullable=True)
    kind = payload.get("type")
    if not isinstance(kind, str):
        raise _Malformed("payload.type is missing or not a string")
    if kind not in _INTERACTION_NEEDS:
        return Verdict(ACK, "an interaction type this app does not listen to")
    _needs(payload, _INTERACTION_NEEDS[kind], "payload.")
    outer, inner = _INTERACTION_NESTED_NEEDS[kind]
    _needs(payload[outer], (inner,), f"payload.{outer}.")
    if kind == "block_actions":
        for action in payload["actions"]:
            _needs(action, ("action_id",), "payload.actions[].")
    return Verdict(PASS)


def _needs(obj: dict, names: Collection[str], where: str) -> None:
    for name in names:
        value = obj.get(name)
        if value is None or value == "" or value == []:
            raise _Malformed(f"{where}{name} is missing")


def _fields(obj: dict, spec: dict[str, Spec], where: str, nullable: bool) -> None:
    """Every field of ``spec`` that ``obj`` has is of the spec's type (nested objects and lists too)."""
    for name, expected in spec.items():
        if name not in obj:
            continue
        value = obj[name]
        if value is None:
            if nullable:
                continue
            raise _Malformed(f"{where}{name} is null")
        _value(value, expected, f"{where}{name}", nullable)


def _value(value: object, expected: Spec, where: str, nullable: bool) -> None:
    if isinstance(expected, dict):
        if not isinstance(value, dict):
            raise _Malformed(f"{where} is not an object")
        _fields(value, expected, where + ".", nullable)
    elif isinstance(expected, list):
        if not isinstance(value, list):
            raise _Malformed(f"{where} is not a list")
        for item in value:
            if item is None:
                raise _Malformed(f"{where} has a null item")
            _value(item, expected[0], where + "[]", nullable)
    elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise _Malformed(f"{where} is not {_TYPE_NAMES[expected]}")
