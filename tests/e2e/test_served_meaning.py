"""The embedding model in the app as served: the other gunicorn tests run with SCALEBOT_SEMANTIC=off
(tests/support/servers.py) to spare each worker the model's start-up, so this one proves the path
from a Slack event through matching by meaning works under gunicorn."""

from __future__ import annotations

import pytest
from support.paths import KNOWLEDGE_DIR
from support.servers import start_app
from support.slack_requests import mention

from bot.semantic import semantic_available


def test_a_description_without_the_entrys_words_is_answered_by_meaning(slack_api):
    if not semantic_available():
        pytest.skip("the embedding model is not installed")
    slack_api.reset()
    app = start_app(slack_api, KNOWLEDGE_DIR, SCALEBOT_SEMANTIC="on")
    try:
        # the worker serves (words alone) while its index of meanings is built in the background
        assert app.health()["semantic"].startswith(("building ", "ready"))
        app.wait_for_health("semantic", "ready")
        # by words alone this is "I don't have anything on that" (tests/unit/test_chatty_answers.py)
        question = "What are we doing with the UN children's agency on scaling tech in classrooms?"
        app.event(mention(question, ts="1700009000.000100"), "Ev0MEANING1")
        (reply,) = slack_api.wait_for("chat.postMessage")
        assert "UNICEF" in reply.body["text"], reply.body["text"]
    finally:
        app.server.stop()
