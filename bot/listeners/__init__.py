"""Slack listeners, one module per surface. ``register_listeners`` is the only place that
names an event, a command or an action id, so the manifest test can compare them."""

from __future__ import annotations

from slack_bolt import App

from . import actions, commands, events, feedback, gaps, handoff
from .services import Services

EVENTS = events.EVENTS
#: The Events API ``event.type`` values those subscriptions deliver ("message.im" arrives as "message").
EVENT_TYPES = frozenset(name.split(".")[0] for name in EVENTS)
COMMANDS = commands.COMMANDS


def register_listeners(app: App, services: Services) -> None:
    events.register(app, services)
    commands.register(app, services)
    actions.register(app, services)
    feedback.register(app, services)
    handoff.register(app, services)
    gaps.register(app, services)


__all__ = ["COMMANDS", "EVENTS", "EVENT_TYPES", "Services", "register_listeners"]
