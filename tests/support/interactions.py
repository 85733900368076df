"""Interaction payloads beyond the basic ones: unique trigger ids, feedback buttons, modal submissions."""

from __future__ import annotations

import itertools
import json
from urllib.parse import parse_qsl, urlencode

from .slack_api import TEAM_ID
from .slack_requests import action_body, command_body

_triggers = itertools.count(1)


def new_trigger() -> str:
    return f"{next(_triggers)}.42.{id(_triggers):x}"


def with_trigger(form_body: str, trigger: str | None = None, team: str | None = None) -> str:
    """The same form body with a fresh trigger id (Slack makes one per interaction), or another team."""
    form = dict(parse_qsl(form_body, keep_blank_values=True))
    trigger = trigger or new_trigger()
    if "payload" in form:
        payload = json.loads(form["payload"])
        payload["trigger_id"] = trigger
        if team:
            payload["team"] = {"id": team, "domain": "elsewhere"}
        form["payload"] = json.dumps(payload)
    else:
        form["trigger_id"] = trigger
        if team:
            form["team_id"] = team
    return urlencode(form)


def command(name: str, text: str, response_url: str, user: str = "U0ASKER1", **kwargs) -> tuple[str, str]:
    """A slash command body and its trigger id (the question's key is ``command:<trigger>``)."""
    trigger = new_trigger()
    return with_trigger(command_body(name, text, response_url, user=user, **kwargs), trigger), trigger


def click(action: dict, response_url: str, user: str = "U0ASKER1", team: str | None = None, **kwargs) -> str:
    return with_trigger(action_body(action, response_url, user=user, **kwargs), team=team)


def vote(value: str, response_url: str, user: str = "U0ASKER1", team: str | None = None) -> str:
    return click({"type": "feedback_buttons", "action_id": "answer_feedback", "value": value}, response_url, user, team)


def view_submission(view: dict, values: dict, user: str = "U0ASKER1", team: str = TEAM_ID) -> str:
    payload = {
        "type": "view_submission",
        "team": {"id": team, "domain": "example"},
        "user": {"id": user, "username": "asker", "team_id": team},
        "api_app_id": "A0APP",
        "token": "legacy",
        "trigger_id": new_trigger(),
        "view": {"type": "modal", **view, "id": "V0VIEW01", "team_id": team, "state": {"values": values}},
    }
    return urlencode({"payload": json.dumps(payload)})


def reason_values(reason: str, comment: str | None = None) -> dict:
    return {
        "reason": {"reason_choice": {"type": "radio_buttons", "selected_option": {"value": reason}}},
        "comment": {"comment_text": {"type": "plain_text_input", "value": comment}},
    }


def home_click(action: dict, user: str, team: str = TEAM_ID) -> str:
    """A button on the App Home: no response_url, no channel; the view says where it came from."""
    payload = {
        "type": "block_actions",
        "team": {"id": team, "domain": "example"},
        "user": {"id": user, "username": "admin", "team_id": team},
        "api_app_id": "A0APP",
        "token": "legacy",
        "trigger_id": new_trigger(),
        "container": {"type": "view", "view_id": "V0HOME01"},
        "view": {"id": "V0HOME01", "type": "home", "team_id": team, "blocks": []},
        "actions": [{"block_id": "b1", "action_ts": "1700000000.1", "type": "button", **action}],
    }
    return urlencode({"payload": json.dumps(payload)})
