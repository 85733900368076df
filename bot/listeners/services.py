"""What every listener needs, handed over once at registration, and the one way work leaves a listener."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from re import Pattern

from slack_bolt import Ack
from slack_sdk import WebClient

from ..config import Settings
from ..live import LiveKnowledge
from ..questionlog import QuestionLog
from ..replies import ReplyWorkers
from ..slack_clients import Responder

BUSY = "Sorry — I'm answering a lot of questions right now. Please try again in a minute."


@dataclass(frozen=True)
class Services:
    knowledge: LiveKnowledge
    settings: Settings
    client: WebClient
    replies: ReplyWorkers
    #: None with SCALEBOT_LOG=off (or in tests that do not log).
    questions: QuestionLog | None = None

    def responder(self, response_url: str) -> Responder:
        """Posts to ``response_url`` if it is on one of Slack's hosts; raises otherwise."""
        return Responder(response_url, self.settings.response_url_hosts)


def hand_over(services: Services, ack: Ack, kind: str, body: dict, key: str | None) -> None:
    """Queue the reply and acknowledge: listeners run in the request's thread and must return at once.

    ``key`` names the work in Redis (when set) so a crash before the reply does not lose it.
    """
    if not services.replies.has_room():
        if body.get("response_url"):
            ack(text=BUSY)  # a person is waiting: tell them; an event is simply dropped
        else:
            ack()
        return
    services.replies.submit(kind, body, key)
    ack()


def interaction_key(body: dict) -> str | None:
    """Names a click's or form's work in Redis (when set), as the other listeners do."""
    return f"action:{body['trigger_id']}" if body.get("trigger_id") else None


def interactive(
    services: Services,
    listen: Callable,
    kind: str,
    work: Callable[[dict], None],
    matching: str | Pattern | None = None,
) -> None:
    """A button or form: its work runs in the interactive reply lane, and its listener only acks and queues it.

    ``listen`` is ``app.action`` or ``app.view``; ``matching`` the id or pattern Slack sends, when not ``kind``.
    """
    services.replies.define(kind, work, lane="interactive")

    def listener(ack: Ack, body: dict) -> None:
        hand_over(services, ack, kind, body, interaction_key(body))

    listener.__name__ = f"on_{kind}"
    listen(matching or kind)(listener)
