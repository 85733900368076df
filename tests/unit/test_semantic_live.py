"""Matching by meaning built in the background: words answer at once, meaning once the index is ready,
a reload serves the previous vectors while it embeds only what changed, a failure leaves words alone.

The build is held at the model's loading (``Gate``) so each state can be seen; the model and the
knowledge base are the real ones.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest
from support.semantic_gate import Gate

from bot import semantic
from bot.answer import Answerer
from bot.knowledge import KnowledgeBase
from bot.semantic import Encoder, SemanticIndex, SemanticUnavailable, semantic_available
from bot.semantic_live import BackgroundIndex, BackgroundSettings, semantic_state

pytestmark = pytest.mark.skipif(not semantic_available(), reason="the embedding model is not installed")

#: By words alone "I don't have anything on that" (tests/unit/test_chatty_answers.py); by meaning, UNICEF.
DESCRIBED = "What are we doing with the UN children's agency on scaling tech in classrooms?"
MEANT = ("unicef_akf_edtech", "unicef")


def about(answer) -> str | None:
    return answer.results[0].entry.id if answer.answered else None


def edited(knowledge: KnowledgeBase, changes: dict[str, str], without: str | None = None) -> KnowledgeBase:
    """``knowledge`` with new summaries (entry id → summary) and one entry left out."""
    entries = [
        entry.model_copy(update={"summary": changes[entry.id]}) if entry.id in changes else entry
        for entry in knowledge.entries.values()
        if entry.id != without
    ]
    return KnowledgeBase.build(entries, dict(knowledge.origins))


def unreferenced(knowledge: KnowledgeBase) -> str:
    """An entry nothing links to, so a knowledge base without it is still whole."""
    return next(entry.id for entry in knowledge.entries.values() if not knowledge.linking(entry))


def ready(knowledge: KnowledgeBase) -> BackgroundIndex:
    build = BackgroundIndex.start(knowledge, BackgroundSettings(encoder=Gate(opened=True)))
    assert build.wait(60) and build.state == "ready", build.state
    return build


def test_words_answer_while_the_index_builds_and_meaning_once_it_is_ready(knowledge):
    gate = Gate()
    build = BackgroundIndex.start(knowledge, BackgroundSettings(encoder=gate))
    answerer = Answerer(knowledge, semantic=build)
    try:
        assert build.state == f"building 0/{len(knowledge)}"
        assert semantic_state(answerer) == build.state
        assert build.nearest(DESCRIBED, 3) == []
        assert not answerer.answer(DESCRIBED).answered
        assert about(answerer.answer("what is Elevate?")) == "elevate"  # words are not held up
    finally:
        gate.open()
    assert build.wait(60)
    assert semantic_state(answerer) == "ready"
    assert about(answerer.answer(DESCRIBED)) in MEANT


def test_a_reload_serves_the_previous_vectors_and_embeds_only_what_changed(knowledge):
    first = ready(knowledge)
    gone = unreferenced(knowledge)
    summary = "A programme teaching allotment gardening to retired beekeepers in the Outer Hebrides."
    reloaded = edited(knowledge, {"elevate": summary}, without=gone)
    gate = Gate()
    second = BackgroundIndex.start(reloaded, BackgroundSettings(encoder=gate), previous=first)
    try:
        # Everything but the edited entry already has its vector; the removed entry is not served.
        assert second.state == f"building {len(reloaded) - 1}/{len(reloaded)}"
        assert second.serving is not None
        assert gone not in second.serving.ids and set(second.serving.ids) == set(reloaded.entries)
        assert "elevate" in second.serving.ids  # by its old vector, until the new one is made
        assert second.nearest("beekeepers growing vegetables on an island", 1)[0][0] != "elevate"
        assert second.nearest(DESCRIBED, 1)[0][0] in MEANT  # the previous index keeps answering
    finally:
        gate.open()
    assert second.wait(60) and second.state == "ready"
    assert second.serving.embedded == 1
    assert second.nearest("beekeepers growing vegetables on an island", 1)[0][0] == "elevate"
    assert first.serving is not None  # requests that read the old snapshot keep their index


def test_a_newer_reload_stops_the_build_it_replaces(knowledge):
    first = ready(knowledge)
    held = Gate()
    second = BackgroundIndex.start(
        edited(knowledge, {"elevate": "Chess clubs for lighthouse keepers."}),
        BackgroundSettings(encoder=held),
        previous=first,
    )
    third = BackgroundIndex.start(knowledge, BackgroundSettings(encoder=Gate(opened=True)), previous=second)
    held.open()
    assert second.wait(60) and second.state == "stopped"
    assert third.wait(60) and third.state == "ready"
    assert third.serving.embedded == 0  # every vector was remembered from the first build


def test_a_failed_build_leaves_words_alone_with_one_warning(knowledge, caplog):
    def broken() -> Encoder:
        raise SemanticUnavailable("the model file is missing")

    first = ready(knowledge)
    with caplog.at_level(logging.DEBUG, logger="scalebot.semantic"):
        build = BackgroundIndex.start(knowledge, BackgroundSettings(encoder=broken), previous=first)
        assert build.wait(30)
    answerer = Answerer(knowledge, semantic=build)
    assert semantic_state(answerer) == "failed"
    assert not answerer.answer(DESCRIBED).answered
    assert about(answerer.answer("what is Elevate?")) == "elevate"
    warnings = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "the model file is missing" in warnings[0].getMessage()
    assert warnings[0].exc_info is None  # no traceback at warning level


def test_a_restart_reads_the_vectors_from_the_disk_cache(knowledge, tmp_path, monkeypatch):
    build = BackgroundIndex.start(knowledge, BackgroundSettings(cache_dir=tmp_path, encoder=Gate(opened=True)))
    assert build.wait(60) and build.state == "ready"
    monkeypatch.setattr(semantic, "_MEMORY_CACHE", {})  # as a new process starts
    again = BackgroundIndex.start(knowledge, BackgroundSettings(cache_dir=tmp_path, encoder=Gate(opened=True)))
    assert again.wait(60) and again.state == "ready"
    assert again.serving.embedded == 0
    assert np.array_equal(again.serving.vectors, build.serving.vectors)


def test_a_corrupt_or_unwritable_disk_cache_costs_time_not_answers(knowledge, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(semantic, "_MEMORY_CACHE", {})
    first = SemanticIndex.build(knowledge, cache_dir=tmp_path, encoder=semantic.shared_encoder())
    (cached,) = tmp_path.glob("semantic-*.npz")
    cached.write_bytes(cached.read_bytes()[: cached.stat().st_size // 2])  # a write cut short by a crash
    monkeypatch.setattr(semantic, "_MEMORY_CACHE", {})
    with caplog.at_level(logging.WARNING, logger="scalebot.semantic"):
        rebuilt = SemanticIndex.build(knowledge, cache_dir=tmp_path, encoder=semantic.shared_encoder())
    assert rebuilt.embedded == len(knowledge) and np.allclose(rebuilt.vectors, first.vectors, atol=1e-6)
    assert any("unreadable vector cache" in record.getMessage() for record in caplog.records)

    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setattr(semantic, "_MEMORY_CACHE", {})
    with caplog.at_level(logging.WARNING, logger="scalebot.semantic"):
        unsaved = SemanticIndex.build(knowledge, cache_dir=blocked, encoder=semantic.shared_encoder())
    assert unsaved.embedded == len(knowledge)
    assert any("could not save the vector cache" in record.getMessage() for record in caplog.records)


def test_the_cache_folder_and_switch_come_from_the_environment(tmp_path):
    assert BackgroundSettings.from_env({"SCALEBOT_SEMANTIC": "off"}) is None
    assert BackgroundSettings.from_env({}).cache_dir == Path("scalebot-vectors")  # beside ./scalebot.db
    beside_the_log = BackgroundSettings.from_env({"DATABASE_URL": "sqlite:////srv/data/log.db"})
    assert beside_the_log.cache_dir == Path("/srv/data/scalebot-vectors")
    assert BackgroundSettings.from_env({"SCALEBOT_VECTOR_CACHE": str(tmp_path)}).cache_dir == tmp_path
    assert BackgroundSettings.from_env({"SCALEBOT_VECTOR_CACHE": "off"}).cache_dir is None


def test_words_alone_report_off(knowledge):
    assert semantic_state(Answerer(knowledge)) == "off"


def test_the_app_and_scalebot_ask_embed_entries_the_same(knowledge, monkeypatch):
    """The int8 kernels scale each batch as a whole: built in chunks, the batches (so the vectors) must
    be the ones a one-off build makes, or the app and ``scalebot ask`` could answer differently."""
    monkeypatch.setattr(semantic, "BUILD_CHUNK", 16)  # the bundled 26 entries in two chunks
    monkeypatch.setattr(semantic, "_MEMORY_CACHE", {})
    one_off = SemanticIndex.build(knowledge, encoder=semantic.shared_encoder())
    monkeypatch.setattr(semantic, "_MEMORY_CACHE", {})
    build = BackgroundIndex.start(knowledge, BackgroundSettings(encoder=Gate(opened=True)))
    assert build.wait(60) and build.serving is not None and build.serving.embedded == len(knowledge)
    assert np.array_equal(build.serving.vectors, one_off.vectors)
