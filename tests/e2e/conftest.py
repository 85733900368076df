"""End-to-end fixtures: the real app under gunicorn (the mock Web API is in tests/conftest.py)."""

from __future__ import annotations

import pytest
from support.paths import KNOWLEDGE_DIR
from support.servers import ADMIN, start_app


@pytest.fixture(scope="module")
def http_app(slack_api):
    """One gunicorn a module (a module may bring its own slack_api); tests use fresh event ids."""
    running = start_app(slack_api, KNOWLEDGE_DIR, SCALEBOT_ADMINS=ADMIN)
    yield running
    running.server.stop()
