"""manifest.yaml is valid against Slack's schema and matches what the app registers."""

from __future__ import annotations

import json

import jsonschema
import yaml
from slack_sdk import WebClient
from support.paths import DATA_DIR, ROOT

from bot.app import create_app
from bot.config import Settings
from bot.listeners import COMMANDS, EVENTS

MANIFEST = yaml.safe_load((ROOT / "manifest.yaml").read_text(encoding="utf-8"))


def test_manifest_is_valid_against_the_schema():
    schema = json.loads((DATA_DIR / "slack-app-manifest.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(MANIFEST, schema)


def test_manifest_commands_are_exactly_the_apps():
    assert {c["command"] for c in MANIFEST["features"]["slash_commands"]} == set(COMMANDS)


def test_manifest_events_are_exactly_the_apps():
    assert set(MANIFEST["settings"]["event_subscriptions"]["bot_events"]) == set(EVENTS)


def test_registered_listeners_match_the_manifest(knowledge, monkeypatch):
    """What create_app really registers with Bolt, caught on the way in."""
    from slack_bolt import App

    registered = {"event": set(), "command": set()}
    original_event, original_command = App.event, App.command
    monkeypatch.setattr(
        App,
        "event",
        lambda self, event, *a, **k: registered["event"].add(event) or original_event(self, event, *a, **k),
    )
    monkeypatch.setattr(
        App,
        "command",
        lambda self, name, *a, **k: registered["command"].add(name) or original_command(self, name, *a, **k),
    )
    client = WebClient(token="xoxb-test", base_url="http://127.0.0.1:9/api/")
    create_app(Settings(bot_token="xoxb-test", signing_secret="0" * 32), knowledge, client=client, verify_token=False)

    assert registered["command"] == {c["command"] for c in MANIFEST["features"]["slash_commands"]}
    # Bolt sees message.im as a "message" event (the listener keeps only channel_type im)
    events = {"message.im" if e == "message" else e for e in registered["event"]}
    assert events == set(MANIFEST["settings"]["event_subscriptions"]["bot_events"])


def test_manifest_scopes_cover_what_the_app_uses():
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "commands", "im:history"} <= scopes


def test_home_tab_and_interactivity_are_on():
    assert MANIFEST["features"]["app_home"]["home_tab_enabled"] is True
    assert MANIFEST["settings"]["interactivity"]["is_enabled"] is True
