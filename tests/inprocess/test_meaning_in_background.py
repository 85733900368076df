"""The app answers by words while its index of meanings is built, and by meaning once it is ready;
a reload keeps meaning answers coming while the edited entries are embedded. ``/healthz``'s
report says which (the model and the knowledge base are real; the build is held by a ``Gate``)."""

from __future__ import annotations

import pytest
from support.inprocess import InProcessApp
from support.semantic_gate import Gate
from support.slack_requests import mention

from bot.live import LiveKnowledge
from bot.semantic import semantic_available
from bot.semantic_live import BackgroundIndex, BackgroundSettings
from bot.wsgi import health_report

pytestmark = pytest.mark.skipif(not semantic_available(), reason="the embedding model is not installed")

#: Words alone decline this (tests/unit/test_chatty_answers.py); its meaning is the UNICEF programme.
DESCRIBED = "What are we doing with the UN children's agency on scaling tech in classrooms?"


def reply_to(app: InProcessApp, text: str, ts: str) -> str:
    app.event(mention(text, ts=ts))
    return next(call for call in app.api.calls_to("chat.postMessage") if call.body.get("thread_ts") == ts).body["text"]


def wait_built(live: LiveKnowledge) -> None:
    semantic = live.current().answerer.semantic
    assert isinstance(semantic, BackgroundIndex) and semantic.wait(60), "the index was never built"


def test_words_answer_before_the_index_is_ready_and_meaning_after(api, knowledge_copy):
    gate = Gate()
    live = LiveKnowledge.from_path(knowledge_copy, meaning=BackgroundSettings(encoder=gate))
    app = InProcessApp(api, live, knowledge_path=knowledge_copy)
    entries = len(live.current().knowledge)
    try:
        assert health_report(live, app.bot)["semantic"] == f"building 0/{entries}"
        assert "UNICEF" not in reply_to(app, DESCRIBED, "1700000100.000100")
        assert "Elevate" in reply_to(app, "what is Elevate?", "1700000100.000200")
    finally:
        gate.open()
    wait_built(live)
    assert health_report(live, app.bot)["semantic"] == "ready"
    assert "UNICEF" in reply_to(app, DESCRIBED, "1700000100.000300")

    programmes = knowledge_copy / "programmes.yaml"
    programmes.write_text(
        programmes.read_text(encoding="utf-8").replace("design new models", "design REBUILT new models"),
        encoding="utf-8",
    )
    gate.close()
    try:
        assert live.reload(force=True).ok
        assert health_report(live, app.bot)["semantic"] == f"building {entries - 1}/{entries}"
        assert "UNICEF" in reply_to(app, DESCRIBED, "1700000100.000400")  # the previous vectors still serve
        assert "REBUILT" in reply_to(app, "what is Elevate?", "1700000100.000500")  # the edit is live for words
    finally:
        gate.open()
    wait_built(live)
    assert health_report(live, app.bot)["semantic"] == "ready"
    live.stop()
