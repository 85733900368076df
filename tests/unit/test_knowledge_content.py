"""The bundled knowledge base: valid, complete against the source's entity list, and honest about links."""

from __future__ import annotations

import re

import yaml
from support.paths import DATA_DIR, KNOWLEDGE_DIR

from bot.cli import main
from bot.knowledge import check_knowledge

ENTITIES = yaml.safe_load((DATA_DIR / "entities.yaml").read_text(encoding="utf-8"))["entities"]


def test_bundled_knowledge_base_has_no_problems():
    result = check_knowledge(KNOWLEDGE_DIR)
    assert result.problems == []
    assert result.notes == []


def test_every_named_entity_has_an_entry_of_its_kind(knowledge):
    missing = []
    for entity in ENTITIES:
        if entity["kind"] == "topic":
            continue
        entry = knowledge.get(entity["id"])
        if entry is None or entry.kind != entity["kind"]:
            missing.append(entity["id"])
    assert missing == []


def test_every_topic_of_the_source_is_tagged_somewhere(knowledge):
    all_topics = " | ".join(t.lower() for e in knowledge.entries.values() for t in (*e.topics, e.summary))
    for entity in ENTITIES:
        if entity["kind"] == "topic":
            assert any(v.lower() in all_topics for v in entity["variants"]), entity["id"]


def test_entry_names_are_recognisable_as_the_entity(knowledge):
    """The entry's own name contains one of the names people use for it."""
    for entity in ENTITIES:
        entry = knowledge.get(entity["id"])
        if entry is None:
            continue
        name = entry.name.lower().replace("’", "'")
        assert any(v.lower() in name for v in entity["variants"]), (entity["id"], entry.name)


def test_every_link_says_where_it_was_confirmed(knowledge):
    for entry in knowledge.entries.values():
        for link in entry.links:
            assert re.match(r"https?://", link.url)
            assert "confirmed" in link.confirmed or "found" in link.confirmed


def test_every_entry_names_its_source(knowledge):
    assert all(entry.source for entry in knowledge.entries.values())


def test_reports_have_year_or_say_why_not(knowledge):
    for report in knowledge.of_kind("report"):
        assert report.year or "shortly before" in report.summary or "recently" in report.summary, report.id


def test_people_have_organisations_and_a_role_only_where_the_source_gives_a_job_title(knowledge):
    for person in knowledge.of_kind("contact"):
        assert knowledge.linked(person, "organisation")
    # The post names Heather Rollinson's title; Julie Temperley only signs the blog ("Words Julie Temperley").
    assert knowledge.get("heather_rollinson").role.startswith("Director of Innovation Consultancy")
    assert knowledge.get("julie_temperley").role is None


def test_check_command_on_bundled_knowledge(capsys):
    assert main(["check", str(KNOWLEDGE_DIR)]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("OK:") and "8 programmes" in out and "11 organisations" in out
    assert len(out.splitlines()) == 1


def test_check_command_prints_every_problem_and_fails(tmp_path, capsys):
    (tmp_path / "a.yaml").write_text("organisations:\n  - id: a\n    summray: x\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("hi", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.strip().splitlines()
    assert len(lines) == 3  # unknown field, missing name, missing summary
    assert all(re.match(r".*a\.yaml:\d+: a\.\w+: .+", line) for line in lines)
    assert "notes.txt: ignored" in captured.err
