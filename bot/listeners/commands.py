"""Slash commands: /programme, /report, /contact (each limited to its kind) and /scaling."""

from __future__ import annotations

from slack_bolt import Ack, App

from ..blocks import build_reply, help_reply, reload_reply
from ..slack_clients import Responder
from ..slash_commands import SLASH_COMMANDS
from .handoff import list_handoffs
from .learning import answered
from .services import Services, hand_over

#: Command → the kind it looks up (None: anything), from the one list of commands.
COMMANDS: dict[str, str | None] = {command.name: command.kind for command in SLASH_COMMANDS}


def register(app: App, services: Services) -> None:
    for command, kind in COMMANDS.items():
        services.replies.define(command, _lookup(services, kind), lane="interactive")
        app.command(command)(_listener(services, command))


def _listener(services: Services, command: str):
    def on_command(ack: Ack, body: dict) -> None:
        trigger = body.get("trigger_id")
        hand_over(services, ack, command, body, f"command:{trigger}" if trigger else None)

    on_command.__name__ = f"on_{command.strip('/')}"
    return on_command


def _lookup(services: Services, kind: str | None):
    def reply_to_command(body: dict) -> None:
        respond = services.responder(body["response_url"])
        text = (body.get("text") or "").strip()
        if kind is None and text.lower() in ("help", "?", ""):
            reply = help_reply()
            respond(text=reply.text, blocks=reply.blocks, response_type="ephemeral")
            return
        if kind is None and text.lower() == "reload":
            _reload(services, body, respond)
            return
        if kind is None and text.lower() == "handoffs":
            list_handoffs(services, body, respond)
            return
        snapshot = services.knowledge.current()
        answerer = snapshot.answerer
        answer = (
            answerer.catalogue(kind) if kind and not text else answerer.answer(text, kinds=(kind,) if kind else None)
        )
        reply = build_reply(answer, snapshot.knowledge, shareable=answer.answered)
        reply = answered(services, body, answer, reply, snapshot, "command")
        respond(text=reply.text, blocks=reply.blocks, response_type="ephemeral")

    return reply_to_command


def _reload(services: Services, body: dict, respond: Responder) -> None:
    if body.get("user_id") not in services.settings.admins:
        respond(
            text="Sorry — reloading the knowledge base is for scalebot's admins."
            " It also reloads by itself within a few seconds of a change.",
            response_type="ephemeral",
        )
        return
    result = services.knowledge.reload(force=True)
    reply = reload_reply(result, services.knowledge.current().knowledge)
    respond(text=reply.text, blocks=reply.blocks, response_type="ephemeral")
