"""Button clicks: "Share in channel", "Did you mean" / "Show", and link buttons."""

from __future__ import annotations

import json
import re

from slack_bolt import Ack, App
from slack_sdk import WebClient

from ..blocks import ACTION_LINK, ACTION_SHARE, ACTION_SHOW, build_reply, context
from ..slack_clients import Responder
from .context import Services


def register(app: App, services: Services) -> None:
    @app.action(ACTION_SHARE)
    def on_share(ack: Ack, body: dict, action: dict) -> None:
        ack()
        respond = Responder(body["response_url"])
        try:
            shared = json.loads(action.get("value") or "{}")
        except ValueError:
            shared = {}
        snapshot = services.knowledge.current()
        answer = snapshot.answerer.entries_answer(shared.get("ids") or [], question=shared.get("q") or "", is_list=bool(shared.get("list")))
        if answer is None:
            respond(text="That answer is no longer in the knowledge base; ask again for the current one.", response_type="ephemeral", replace_original=False)
            return
        reply = build_reply(answer, snapshot.knowledge)
        blocks = reply.blocks + [context(f"Shared by <@{body['user']['id']}>")]
        respond(text=reply.text, blocks=blocks, response_type="in_channel", replace_original=False)
        respond(text="Shared in the channel.", response_type="ephemeral", replace_original=True)

    @app.action(re.compile(rf"^{ACTION_SHOW}_\d+$"))
    def on_show(ack: Ack, body: dict, action: dict, client: WebClient) -> None:
        ack()
        respond = Responder(body["response_url"])
        snapshot = services.knowledge.current()
        answer = snapshot.answerer.entries_answer([action.get("value") or ""])
        if answer is None:
            respond(text="That entry is no longer in the knowledge base.", response_type="ephemeral", replace_original=False)
            return
        container = body.get("container") or {}
        if container.get("is_ephemeral") or "message" not in body:
            reply = build_reply(answer, snapshot.knowledge, shareable=True)
            respond(text=reply.text, blocks=reply.blocks, response_type="ephemeral", replace_original=True)
            return
        reply = build_reply(answer, snapshot.knowledge)
        message = body["message"]
        client.chat_postMessage(
            channel=body["channel"]["id"], thread_ts=message.get("thread_ts") or message["ts"],
            text=reply.text, blocks=reply.blocks, unfurl_links=False, unfurl_media=False,
        )

    @app.action(re.compile(rf"^{ACTION_LINK}_\d+$"))
    def on_link(ack: Ack) -> None:
        ack()  # the browser opens the URL; Slack still expects the click acknowledged
