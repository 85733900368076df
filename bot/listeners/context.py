"""What every listener needs, handed over once at registration."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Settings
from ..live import LiveKnowledge
from ..questionlog import QuestionLog
from ..slack_clients import Responder


@dataclass(frozen=True)
class Services:
    knowledge: LiveKnowledge
    settings: Settings
    #: None with SCALEBOT_LOG=off (or in tests that do not log).
    questions: QuestionLog | None = None

    def responder(self, response_url: str) -> Responder:
        """Posts to ``response_url`` if it is on one of Slack's hosts; raises otherwise."""
        return Responder(response_url, self.settings.response_url_hosts)
