"""The schema says which fields a reply shows, under which label, in which order (bot/knowledge/schema.py)."""

from __future__ import annotations

from typing import Annotated, ClassVar

from bot.formatting import entry_facts
from bot.knowledge import Report
from bot.knowledge.schema import Organisation, Use, shown_fields


def test_a_report_shows_its_own_facts_first_then_places_and_topics():
    assert [label for _, label, _ in shown_fields(Report)] == [
        "Published by",
        "Written by",
        "Published",
        "Published",
        "Places",
        "Topics",
    ]


def test_a_reports_exact_date_is_shown_rather_than_its_year(knowledge):
    against_the_odds = knowledge.get("against_the_odds")
    facts = {fact.label: fact.value for fact in entry_facts(against_the_odds, knowledge)}
    assert facts["Published"] == "Wednesday 25 January 2018"
    assert facts["Published by"] == "The Health Foundation, Innovation Unit"


class _FoundedOrganisation(Organisation):
    """A kind with one more field, as a maintainer would add it: the marker is the only other edit."""

    kind: ClassVar[str] = "organisation"
    founded: Annotated[int | None, Use(show_as="Founded")] = None


def test_a_new_field_is_shown_by_its_schema_marker_alone(knowledge):
    organisation = _FoundedOrganisation(id="acme", name="Acme", summary="A test organisation.", founded=1999)
    assert [(fact.label, fact.value) for fact in entry_facts(organisation, knowledge)] == [("Founded", "1999")]
