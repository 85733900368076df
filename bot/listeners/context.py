"""What every listener needs, handed over once at registration."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Settings
from ..live import LiveKnowledge
from ..questionlog import QuestionLog


@dataclass(frozen=True)
class Services:
    knowledge: LiveKnowledge
    settings: Settings
    #: None with SCALEBOT_LOG=off (or in tests that do not log).
    questions: QuestionLog | None = None
