"""Events: a mention in a channel (reply in its thread), a direct message, the Home tab."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from ..blocks import build_reply
from .context import Services
from .gaps import home_view
from .learning import answered

EVENTS = ("app_mention", "message.im", "app_home_opened")

log = logging.getLogger("scalebot.events")


def register(app: App, services: Services) -> None:
    @app.event("app_mention")
    def on_mention(event: dict, body: dict, client: WebClient) -> None:
        snapshot = services.knowledge.current()
        answer = snapshot.answerer.answer(event.get("text", ""))
        reply = answered(services, body, answer, build_reply(answer, snapshot.knowledge), snapshot, "mention")
        client.chat_postMessage(
            channel=event["channel"],
            thread_ts=event.get("thread_ts") or event["ts"],
            text=reply.text,
            blocks=reply.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )

    @app.event("message")
    def on_message(event: dict, body: dict, client: WebClient) -> None:
        # Only people's own new messages in a DM with the bot (with or without a file attached):
        # never bots (ourselves included), never edits, deletions or other subtypes.
        if (
            event.get("channel_type") != "im"
            or event.get("subtype") not in (None, "file_share")
            or event.get("bot_id")
            or event.get("bot_profile")
        ):
            return
        snapshot = services.knowledge.current()
        answer = snapshot.answerer.answer(event.get("text", ""))
        reply = answered(services, body, answer, build_reply(answer, snapshot.knowledge), snapshot, "dm")
        client.chat_postMessage(
            channel=event["channel"],
            thread_ts=event.get("thread_ts"),
            text=reply.text,
            blocks=reply.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )

    @app.event("app_home_opened")
    def on_home_opened(event: dict, client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        client.views_publish(user_id=event["user"], view=home_view(services, event["user"]))
