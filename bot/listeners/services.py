"""What every listener needs, handed over once at registration."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Settings
from ..live import LiveKnowledge


@dataclass(frozen=True)
class Services:
    knowledge: LiveKnowledge
    settings: Settings
