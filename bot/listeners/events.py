"""Events: a mention in a channel (reply in its thread), a direct message, the Home tab."""

from __future__ import annotations

import logging

from slack_bolt import Ack, App

from ..blocks import build_reply
from ..conversations import Conversations, conversation_key, conversations_for
from .gaps import home_view
from .learning import answered
from .services import Services, hand_over

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
    conversations = conversations_for(services.settings.redis_url, services.settings.state_file)
    services.replies.define("app_mention", lambda body: answer_in_place(services, body["event"], conversations, body))
    services.replies.define("message.im", lambda body: answer_in_place(services, body["event"], conversations, body))
    services.replies.define("app_home_opened", lambda body: publish_home(services, body["event"]))

    @app.event("app_mention")
    def on_mention(ack: Ack, body: dict) -> None:
        hand_over(services, ack, "app_mention", body, body.get("event_id"))

    @app.event("message")
    def on_message(ack: Ack, body: dict, event: dict) -> None:
        if not is_a_persons_direct_message(event):
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


def answer_in_place(
    services: Services, event: dict, conversations: Conversations | None = None, body: dict | None = None
) -> None:
    """Answer the question in a mention or a DM where it was asked (and log it, given the request's ``body``)."""
    snapshot, answer = answer_in_conversation(services, event, conversations)
    surface = "mention" if event.get("type") == "app_mention" else "dm"
    reply = answered(services, body or {}, answer, build_reply(answer, snapshot.knowledge), snapshot, surface)
    services.client.chat_postMessage(
        channel=event["channel"],
        thread_ts=reply_thread(event),
        text=reply.text,
        blocks=reply.blocks,
        unfurl_links=False,
        unfurl_media=False,
    )


def publish_home(services: Services, event: dict) -> None:
    services.client.views_publish(user_id=event["user"], view=home_view(services, event["user"]))
