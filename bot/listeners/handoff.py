"""Hand-off listeners: "Ask a person", "Answered", and ``/scaling handoffs`` for admins."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from ..blocks import Reply, section
from ..feedback import GONE_QUESTION, logged_question
from ..handoff import (
    ACTION_ANSWERED,
    ACTION_ASK_PERSON,
    answered_message,
    ask_person_button,
    handoff_message,
    mark_answered,
    open_handoff,
    open_handoffs,
    open_handoffs_reply,
    target_for,
)
from ..questionlog import QuestionLog
from ..slack_clients import Responder
from .feedback import UNAVAILABLE, tell, verified_click
from .services import Services, interactive

log = logging.getLogger("scalebot.handoff")

NO_ONE = (
    "Sorry — there is no one I can hand this to: the entry has no contact with a Slack id, and no "
    "hand-off channel is set up (SCALEBOT_HANDOFF_CHANNEL). Try the people in the answer, or your team channel."
)
ADMINS_ONLY = "Sorry — the list of open hand-offs is for scalebot's admins."
LOG_OFF = "The question log is off (SCALEBOT_LOG=off), so there are no hand-offs to list."


def ask_person_blocks(services: Services, question_key: str, text: str) -> list[dict] | None:
    """``text`` with an "Ask a person" button, when someone could be asked about the question."""
    question_log = services.questions
    if question_log is None:
        return None
    row = logged_question(question_log, question_key)
    if row is None:
        return None
    ids = [t.get("id") for t in row.top_entries or []]
    if target_for(services.knowledge.current().knowledge, ids, row.outcome, question_log.handoff_channel) is None:
        return None
    return [section(text), {"type": "actions", "elements": [ask_person_button(question_key)]}]


def _permalink(client: WebClient, body: dict) -> str | None:
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    ts = container.get("message_ts") or (body.get("message") or {}).get("ts")
    if container.get("is_ephemeral") or not channel or not ts:
        return None  # an ephemeral reply has no link
    try:
        link = client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
    except Exception:
        return None
    return link if isinstance(link, str) and link.startswith("https://") else None


def register(app: App, services: Services) -> None:
    interactive(services, app.action, ACTION_ASK_PERSON, lambda body: ask_person(services, body))
    interactive(services, app.action, ACTION_ANSWERED, lambda body: answered(services, body))


def ask_person(services: Services, body: dict) -> None:
    click = verified_click(services, body)
    if click is None:
        return
    try:
        _hand_off(click.log, services, body, services.client, click.user, click.value, click.channel)
    except Exception:
        log.warning("could not hand a question off", exc_info=True)
        tell(services, body, services.client, UNAVAILABLE, click.channel, click.user)


def answered(services: Services, body: dict) -> None:
    click = verified_click(services, body)
    if click is None:
        return
    user, channel, client = click.user, click.channel, services.client
    try:
        result = mark_answered(click.log, click.value, user)
    except Exception:
        log.warning("could not mark a hand-off answered", exc_info=True)
        tell(services, body, client, UNAVAILABLE, channel, user)
        return
    if result == "answered" and body.get("response_url"):
        original = (body.get("message") or {}).get("text") or "A question handed to you"
        reply = answered_message(original, user)
        services.responder(body["response_url"])(text=reply.text, blocks=reply.blocks, replace_original=True)
        return
    replies = {
        "answered": "Marked answered — thank you.",
        "already": "That hand-off was already marked answered.",
        "not_yours": "Only the person it was handed to can mark it answered.",
        "unknown": "That hand-off is no longer in the question log.",
    }
    tell(services, body, client, replies[result], channel, user)


def _hand_off(
    question_log: QuestionLog,
    services: Services,
    body: dict,
    client: WebClient,
    user: str,
    key: str,
    channel: str | None,
) -> None:
    row = logged_question(question_log, key)
    if row is None:
        tell(services, body, client, GONE_QUESTION, channel, user)
        return
    ids = [t.get("id") for t in row.top_entries or []]
    target = target_for(services.knowledge.current().knowledge, ids, row.outcome, question_log.handoff_channel)
    if target is None:
        tell(services, body, client, NO_ONE, channel, user)
        return
    hkey, new = open_handoff(question_log, key, user, target, target.entry.id if target.entry else None)
    if not new:
        tell(
            services,
            body,
            client,
            f"You've already asked {target.described()} about this; they'll get back to you.",
            channel,
            user,
        )
        return
    message = handoff_message(user, row.text, row.outcome, target, _permalink(client, body), hkey)
    client.chat_postMessage(channel=target.asked, text=message.text, blocks=message.blocks, unfurl_links=False)
    tell(services, body, client, f"I've asked {target.described()}; they'll get back to you.", channel, user)


def list_handoffs(services: Services, body: dict, respond: Responder) -> None:
    """``/scaling handoffs``: the open hand-offs, for admins only."""
    if body.get("user_id") not in services.settings.admins:
        respond(text=ADMINS_ONLY, response_type="ephemeral")
        return
    if services.questions is None:
        respond(text=LOG_OFF, response_type="ephemeral")
        return
    reply: Reply = open_handoffs_reply(open_handoffs(services.questions))
    respond(text=reply.text, blocks=reply.blocks, response_type="ephemeral")
