"""Where the bundled knowledge base lives."""

from __future__ import annotations

import os
from pathlib import Path

BUNDLED_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


def default_knowledge_path() -> Path:
    """``$SCALEBOT_KNOWLEDGE`` when set, else the ``knowledge/`` folder shipped with the code."""
    configured = os.environ.get("SCALEBOT_KNOWLEDGE")
    return Path(configured) if configured else BUNDLED_KNOWLEDGE
