"""Events: a mention in a channel (reply in its thread), a direct message, the Home tab."""

from __future__ import annotations

import logging

from slack_bolt import Ack, App

from ..blocks import build_reply
from ..conversations import Conversations, conversation_key, conversations_for
from .context import Services, hand_over
from .gaps import home_view
from .learning import answered

EVENTS = ("app_mention", "message.im", "app_home_opened")

log = logging.getLogger("scalebot.events")


def register(app: App, services: Services) -> None:
    conversations = conversations_for(services.settings.redis_url)
    services.replies.define("app_mention", lambda body: answer_mention(services, body["event"], conversations, body))
    services.replies.define(
        "message.im", lambda body: answer_direct_message(services, body["event"], conversations, body)
    )
    services.replies.define("app_home_opened", lambda body: publish_home(services, body["event"]))

    @app.event("app_mention")
    def on_mention(ack: Ack, body: dict) -> None:
        hand_over(services, ack, "app_mention", body, body.get("event_id"))

    @app.event("message")
    def on_message(ack: Ack, body: dict, event: dict) -> None:
        # Only people's own new messages in a DM with the bot (with or without a file attached):
        # never bots (ourselves included), never edits, deletions or other subtypes.
        if (
            event.get("channel_type") != "im"
            or event.get("subtype") not in (None, "file_share")
            or event.get("bot_id")
            or event.get("bot_profile")
        ):
            ack()
            return
        hand_over(services, ack, "message.im", body, body.get("event_id"))

    @app.event("app_home_opened")
    def on_home_opened(ack: Ack, body: dict, event: dict) -> None:
        if event.get("tab", "home") != "home":
            ack()
            return
        hand_over(services, ack, "app_home_opened", body, None)  # the next visit publishes it anyway


def answer_in_conversation(services: Services, event: dict, conversations: Conversations | None):
    """Answer with what this thread or DM was last about, and remember what this answer is about."""
    snapshot = services.knowledge.current()
    key = conversation_key(event) if conversations is not None else None
    context = conversations.recall(key) if conversations is not None and key else None
    answer = snapshot.answerer.answer(event.get("text", ""), context=context)
    if conversations is not None and key and answer.about is not None:
        conversations.remember(key, answer.about.id)
    return snapshot, answer


def answer_mention(
    services: Services, event: dict, conversations: Conversations | None = None, body: dict | None = None
) -> None:
    snapshot, answer = answer_in_conversation(services, event, conversations)
    reply = answered(services, body or {}, answer, build_reply(answer, snapshot.knowledge), snapshot, "mention")
    services.client.chat_postMessage(
        channel=event["channel"],
        thread_ts=event.get("thread_ts") or event["ts"],
        text=reply.text,
        blocks=reply.blocks,
        unfurl_links=False,
        unfurl_media=False,
    )


def answer_direct_message(
    services: Services, event: dict, conversations: Conversations | None = None, body: dict | None = None
) -> None:
    snapshot, answer = answer_in_conversation(services, event, conversations)
    reply = answered(services, body or {}, answer, build_reply(answer, snapshot.knowledge), snapshot, "dm")
    services.client.chat_postMessage(
        channel=event["channel"],
        thread_ts=event.get("thread_ts"),
        text=reply.text,
        blocks=reply.blocks,
        unfurl_links=False,
        unfurl_media=False,
    )


def publish_home(services: Services, event: dict) -> None:
    services.client.views_publish(user_id=event["user"], view=home_view(services, event["user"]))
