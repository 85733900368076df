"""The admins' weekly digest: claimed once a week across instances, DMed to each admin with the gaps."""

from __future__ import annotations

from datetime import timedelta

import pytest
from slack_sdk import WebClient
from support.gap_log import seed
from support.slack_api import MockSlackAPI

from bot.config import Settings
from bot.listeners.gaps import claim_digest, send_digest
from bot.listeners.services import Services
from bot.live import LiveKnowledge
from bot.questionlog import QuestionLog, utcnow
from bot.replies import ReplyWorkers
from bot.store import Database


def test_one_digest_a_week_whichever_instance_asks(database_url):
    database, other_instance = Database(database_url), Database(database_url)
    database.upgrade()
    now = utcnow()
    assert claim_digest(database, now) is False  # the first start sets the clock
    assert claim_digest(database, now + timedelta(days=1)) is False
    assert claim_digest(database, now + timedelta(days=8)) is True
    assert claim_digest(other_instance, now + timedelta(days=8)) is False
    assert claim_digest(other_instance, now + timedelta(days=16)) is True


@pytest.fixture
def api():
    mock = MockSlackAPI().start()
    yield mock
    mock.stop()


def test_each_admin_gets_the_numbers_the_gaps_and_accept_buttons(database_url, knowledge, api):
    seed(database_url, knowledge)
    question_log = QuestionLog(Database(database_url))
    question_log.prepare()
    admins = frozenset({"U0ADMIN01", "U0ADMIN02"})
    client = WebClient(token="xoxb-1", base_url=api.base_url)
    settings = Settings(bot_token="xoxb-1", admins=admins)
    replies = ReplyWorkers(on_error=lambda error, body: None)
    services = Services(LiveKnowledge.fixed(knowledge), settings, client, replies, question_log)
    assert send_digest(services, client) == 2
    calls = api.wait_for("chat.postMessage", 2)
    assert {c.body["channel"] for c in calls} == admins
    blocks = calls[0].body["blocks"]
    assert "Questions: 11" in calls[0].body["text"]
    assert "wifi password" in str(blocks)
    accept = [
        e for b in blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"].startswith("gap_accept")
    ]
    assert len(accept) == 2
