"""Who the bot is, learnt from the mock Web API in the background: outages wait, rejections say so."""

from __future__ import annotations

import pytest
from slack_sdk import WebClient
from support.slack_api import BOT_ID, BOT_USER_ID, TEAM_ID, MockSlackAPI
from support.slack_requests import BOT_TOKEN

from bot.identity import SlackIdentity


@pytest.fixture
def api():
    mock = MockSlackAPI().start()
    yield mock
    mock.stop()


def test_identity_is_learnt_in_the_background(api):
    identity = SlackIdentity(WebClient(token=BOT_TOKEN, base_url=api.base_url)).start()
    assert identity.wait(timeout=5)
    assert (identity.team_id, identity.bot_user_id, identity.bot_id) == (TEAM_ID, BOT_USER_ID, BOT_ID)
    assert identity.problem is None
    result = identity(context={}, enterprise_id=None, team_id=TEAM_ID, user_id="U0ASKER1")
    assert result.bot_user_id == BOT_USER_ID and result.bot_token == BOT_TOKEN


def test_a_rejected_token_is_named_and_ends_the_wait(api):
    api.script("auth.test", 200, {"ok": False, "error": "invalid_auth"}, times=100)
    identity = SlackIdentity(WebClient(token=BOT_TOKEN, base_url=api.base_url)).start()
    assert identity.wait(timeout=5) is False
    assert identity.rejected and identity.problem == "Slack rejected SLACK_BOT_TOKEN (invalid_auth)"
    identity.stop()
