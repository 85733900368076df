"""In-process fixtures: a fresh app per test (its own store of handled ids), the module's mock Web API."""

from __future__ import annotations

import pytest
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from support.inprocess import InProcessApp

from bot import slack_clients
from bot.live import LiveKnowledge, Snapshot


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    """Retry a 5xx after 10 ms rather than Slack's back-off of about a second: what is retried, how
    often, and what happens when retries run out stay the same (the gunicorn tier keeps the real wait)."""
    monkeypatch.setattr(slack_clients, "RETRY_INTERVAL", FixedValueRetryIntervalCalculator(0.01))


@pytest.fixture
def app(api, knowledge, answerer):
    """The app as ``create_app`` builds it, on the bundled knowledge base (indexed once a session)."""
    return InProcessApp(api, LiveKnowledge(None, Snapshot(knowledge, answerer)))


@pytest.fixture
def live_app(api, knowledge_copy):
    """The app on an editable copy that reloads when told to (what the watcher does every few seconds)."""
    return InProcessApp(api, LiveKnowledge.from_path(knowledge_copy), knowledge_path=knowledge_copy)
