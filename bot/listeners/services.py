"""What every listener needs, handed over once at registration, and the one way work leaves a listener."""

from __future__ import annotations

from dataclasses import dataclass

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
