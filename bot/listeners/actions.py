"""Button clicks: "Share in channel", "Did you mean" / "Show", and link buttons."""

from __future__ import annotations

import json
import logging
import re

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from ..blocks import ACTION_LINK, ACTION_SHARE, ACTION_SHOW, Reply, build_reply, context
from .feedback import record_did_you_mean
from .learning import answered_click
from .services import Services, interactive

log = logging.getLogger("scalebot.actions")

GONE = "That is no longer in the knowledge base; ask again for the current answer."


def register(app: App, services: Services) -> None:
    interactive(services, app.action, ACTION_SHARE, lambda body: share(services, body))
    interactive(
        services, app.action, ACTION_SHOW, lambda body: show(services, body), re.compile(rf"^{ACTION_SHOW}_\d+$")
    )

    @app.action(re.compile(rf"^{ACTION_LINK}_\d+$"))
    def on_link(ack: Ack) -> None:
        ack()  # the browser opens the URL; Slack still expects the click acknowledged


def _action(body: dict) -> dict:
    return (body.get("actions") or [{}])[0]


def share(services: Services, body: dict) -> None:
    client = services.client
    action = _action(body)
    try:
        shared = json.loads(action.get("value") or "{}")
    except ValueError:
        shared = {}
    snapshot = services.knowledge.current()
    answer = snapshot.answerer.entries_answer(
        shared.get("ids") or [],
        question=shared.get("q") or "",
        is_list=bool(shared.get("list")),
        total=shared.get("total"),
    )
    if answer is None:
        _tell_clicker(services, body, client, Reply(GONE, []))
        return
    reply = build_reply(answer, snapshot.knowledge)
    user = (body.get("user") or {}).get("id")
    shared_reply = Reply(reply.text, reply.blocks + ([context(f"Shared by <@{user}>")] if user else []))
    if body.get("response_url"):
        respond = services.responder(body["response_url"])
        respond(text=shared_reply.text, blocks=shared_reply.blocks, response_type="in_channel", replace_original=False)
        respond(text="Shared in the channel.", response_type="ephemeral", replace_original=True)
    elif (body.get("channel") or {}).get("id"):
        client.chat_postMessage(
            channel=body["channel"]["id"], text=shared_reply.text, blocks=shared_reply.blocks, unfurl_links=False
        )


def show(services: Services, body: dict) -> None:
    client = services.client
    action = _action(body)
    snapshot = services.knowledge.current()
    answer = snapshot.answerer.entries_answer([action.get("value") or ""])
    if answer is None:
        _tell_clicker(services, body, client, Reply(GONE, []))
        return
    record_did_you_mean(services, body, action)
    with_feedback = answered_click(services, body, answer, snapshot)
    container = body.get("container") or {}
    message = body.get("message")
    channel = (body.get("channel") or {}).get("id")
    if message and channel and not container.get("is_ephemeral"):
        # A click on a message everyone sees: show the entry to everyone, in its thread.
        reply = with_feedback(build_reply(answer, snapshot.knowledge))
        try:
            client.chat_postMessage(
                channel=channel,
                thread_ts=message.get("thread_ts") or message.get("ts"),
                text=reply.text,
                blocks=reply.blocks,
                unfurl_links=False,
                unfurl_media=False,
            )
            return
        except SlackApiError as error:
            # e.g. a shared answer in a channel the bot is not in: show it to the clicker instead.
            log.info("could not post in %s (%s); answering the clicker privately", channel, error.response.get("error"))
    _tell_clicker(
        services,
        body,
        client,
        with_feedback(build_reply(answer, snapshot.knowledge, shareable=True)),
        replace=bool(container.get("is_ephemeral")),
    )


def _tell_clicker(services: Services, body: dict, client: WebClient, reply: Reply, replace: bool = False) -> None:
    """Only the person who clicked sees this: through the interaction's response_url, else by DM."""
    if body.get("response_url"):
        services.responder(body["response_url"])(
            text=reply.text, blocks=reply.blocks or None, response_type="ephemeral", replace_original=replace
        )
        return
    user = (body.get("user") or {}).get("id")
    if user:  # e.g. a click on the Home tab, which has no response_url
        client.chat_postMessage(channel=user, text=reply.text, blocks=reply.blocks or None, unfurl_links=False)
