"""The benchmarks' generator: valid knowledge bases in the real schema, questions about real entries."""

from __future__ import annotations

from benchmarks.generate import generate, questions, write
from bot.knowledge import check_knowledge


def test_generated_knowledge_base_is_valid_in_the_real_schema(tmp_path):
    write(generate(300, seed=3), tmp_path, per_file=100)
    result = check_knowledge(tmp_path)
    assert result.problems == []
    counts = result.knowledge.counts()
    assert sum(counts.values()) == 300 and all(counts.values())
    assert len(list(tmp_path.glob("*.yaml"))) >= 4


def test_generated_questions_name_real_entries():
    knowledge = generate(200, seed=3)
    ids = {e["id"] for section in knowledge.values() for e in section}
    asked = questions(knowledge, count=40)
    assert {q["style"] for q in asked} == {"exact", "typo", "partial", "topical"}
    assert all(q["id"] in ids and q["q"] for q in asked)
