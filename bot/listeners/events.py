"""Events: a mention in a channel (reply in its thread), a direct message, the Home tab."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from ..blocks import build_home_view, build_reply
from .services import Services

EVENTS = ("app_mention", "message.im", "app_home_opened")

log = logging.getLogger("scalebot.events")


def reply_thread(event: dict) -> str | None:
    """Where a reply to ``event`` goes, answer or apology: a mention is answered in a thread (its own,
    or one started on it); a direct message in the conversation, or in the thread it was sent in."""
    return event.get("thread_ts") or (event.get("ts") if event.get("type") == "app_mention" else None)


def is_a_persons_direct_message(event: dict) -> bool:
    """People's own new messages in a DM with the bot (with or without a file attached): never bots
    (ourselves included), never edits, deletions or other subtypes."""
    return (
        event.get("channel_type") == "im"
        and event.get("subtype") in (None, "file_share")
        and not event.get("bot_id")
        and not event.get("bot_profile")
    )


def register(app: App, services: Services) -> None:
    @app.event("app_mention")
    def on_mention(event: dict, client: WebClient) -> None:
        answer_in_place(services, client, event)

    @app.event("message")
    def on_message(event: dict, client: WebClient) -> None:
        if is_a_persons_direct_message(event):
            answer_in_place(services, client, event)

    @app.event("app_home_opened")
    def on_home_opened(event: dict, client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        client.views_publish(user_id=event["user"], view=build_home_view(services.knowledge.current().knowledge))


def answer_in_place(services: Services, client: WebClient, event: dict) -> None:
    """Answer the question in a mention or a DM where it was asked."""
    snapshot = services.knowledge.current()
    answer = snapshot.answerer.answer(event.get("text", ""))
    reply = build_reply(answer, snapshot.knowledge)
    client.chat_postMessage(
        channel=event["channel"],
        thread_ts=reply_thread(event),
        text=reply.text,
        blocks=reply.blocks,
        unfurl_links=False,
        unfurl_media=False,
    )
