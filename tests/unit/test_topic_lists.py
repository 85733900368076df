"""Lists asked for by topic or place, phrased loosely.

"Which of our programmes are London-based?", "can u list all our older ppl work", "what've we got
going in Doncaster?": the answer is a list of entries of the kind asked for (programmes, when the
message says "our work" or "what we've got going"), about the topic or place named — never a
programme found by "programmes" in its name, "Asset-based" found by "-based", or one organisation
that happens to share the topic.
"""

from __future__ import annotations

import pytest

from bot.answer import Answerer, Outcome
from bot.knowledge import load_knowledge
from bot.question import excluded_in_brackets, listed_kinds, named_already, parse
from bot.text import words


def listed(answer) -> list[str]:
    assert answer.answered, answer
    return [m.entry.id for m in answer.results]


# ------------------------------------------------------------------ by place


def test_programmes_based_in_a_place_are_those_held_there_not_one_named_based(answerer):
    answer = answerer.answer("which of our programmes are west London-based? just the names")
    assert answer.outcome is Outcome.LIST
    assert set(listed(answer)) == {"my_care_my_way", "integrated_community_team"}


def test_what_we_have_going_in_a_place_is_our_programme_there(answerer):
    for message in ("what have we got going in Doncaster right now?", "what've we got running in doncaster rn lol"):
        assert listed(answerer.answer(message))[0] == "big_picture_learning_doncaster"


# ------------------------------------------------------------------ by topic


def test_our_work_for_a_group_of_people_lists_programmes_for_them(answerer):
    answer = answerer.answer("can u list all our older ppl work pls")
    assert answer.outcome is Outcome.LIST
    assert set(listed(answer)) == {"my_care_my_way", "integrated_community_team"}


def test_programmes_please_not_reports_lists_only_programmes_on_the_topic(answerer):
    answer = answerer.answer(
        "What education programmes are we running just now? Programmes only, not reports - it's for the tracker"
    )
    assert answer.outcome is Outcome.LIST
    assert {m.entry.kind for m in answer.results} == {"programme"}
    assert {"elevate", "big_picture_learning_doncaster"} <= set(listed(answer))


def test_programme_and_report_asked_together_lists_both_kinds_on_the_topic(answerer):
    answer = answerer.answer("list every school-related programme &amp; report pls, for the schools fair")
    assert answer.outcome is Outcome.LIST
    kinds = {m.entry.kind for m in answer.results}
    assert kinds == {"programme", "report"}
    assert "student_centred_learning_report" in listed(answer)


def test_a_request_that_only_points_back_takes_its_subject_from_the_sentence_before(answerer):
    answer = answerer.answer("Comms want a list of every local council we work with. Can you pull that together?")
    assert listed(answer)[0] == "wigan_council"


def test_names_given_and_who_else_lists_the_rest(answerer):
    answer = answerer.answer("children's social care orgs - DfE, Spring Consortium, anyone else?")
    assert listed(answer)[0] == "wigan_council"
    assert not {"department_for_education", "spring_consortium"} & set(listed(answer))


@pytest.mark.parametrize(
    "message, expected",
    [
        ("what's on in west london at the mo?", {"my_care_my_way", "integrated_community_team"}),
        ("gimme all our health stuff", {"nhs_innovation_accelerator", "my_care_my_way"}),
        ("everything we do on schools pls", {"big_picture_learning_doncaster", "elevate"}),
    ],
)
def test_what_we_do_on_a_subject_asked_in_passing_lists_our_programmes_on_it(answerer, message, expected):
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.LIST
    assert {m.entry.kind for m in answer.results} == {"programme"}
    assert expected <= set(listed(answer))


def test_all_the_people_in_our_material_are_our_contacts(answerer, knowledge):
    answer = answerer.answer("can you give me all the people in our material, with their roles?")
    assert answer.outcome is Outcome.LIST
    assert {m.entry.kind for m in answer.results} == {"contact"}
    assert len(answer.results) == len(knowledge.of_kind("contact"))


def test_the_areas_where_we_apply_our_know_how_are_our_programmes(answerer):
    answer = answerer.answer("list the areas where we're using our scaling expertise pls")
    assert answer.outcome is Outcome.LIST
    assert {m.entry.kind for m in answer.results} == {"programme"}


def test_a_list_of_our_work_about_nothing_in_particular_is_all_of_it(answerer, knowledge):
    for message in ("which areas are we working in? list them", "what've we got going atm?"):
        answer = answerer.answer(message)
        assert answer.outcome is Outcome.LIST
        assert answer.total == len(knowledge.of_kind("programme"))


# ------------------------------------------------------------------ what is not such a list


def test_programmes_run_with_a_named_partner_follow_the_partner(answerer):
    assert listed(answerer.answer("what programmes do we run with PPL?"))[0] == "my_care_my_way"


def test_a_list_on_a_subject_we_hold_nothing_on_is_not_answered(answerer):
    assert not answerer.answer("which of our programmes are vegan-friendly?").answered
    assert not answerer.answer("what have we got going on deep sea fishing?").answered


@pytest.mark.parametrize(
    "message, kinds",
    [
        ("which of our programmes are London-based?", ("programme",)),
        ("list every health-related programme &amp; report", ("programme", "report")),
        ("can u list all our kids stuff", ("programme",)),
        ("what've we got going in Wigan atm?", ("programme",)),
        ("Finance want a list of every public-sector body. Can you pull that together?", ("organisation",)),
        ("I need all our health work listed. Can you give me each programme?", ("programme",)),
        ("list all our Health Foundation work", ("programme",)),
    ],
)
def test_the_kinds_a_list_request_asks_for(message, kinds):
    assert parse(message).list_kinds == kinds


@pytest.mark.parametrize(
    "message",
    [
        "which consortium are we part of for the DfE children's work?",
        "who wrote the blog about scale being on everyone's wish list?",
        "which countries is the edtech work running in?",
        "are they two different organisations, and which one is the NHS one?",
        "what is Elevate?",
        "what have we got on scaling innovation?",
        "who runs all the NHS Innovation Accelerator stuff?",
    ],
)
def test_asking_for_one_entry_or_one_entrys_facts_or_what_we_hold_is_no_list_of_kinds(message):
    assert parse(message).list_kinds == ()


def test_the_names_before_who_else_are_the_ones_already_known():
    assert named_already("dfe spring who else") == ("dfe", "spring")
    assert named_already("who runs elevate") == ()
    assert listed_kinds(words("who else"), words("our partners on children's care"), more_of=True) == ("organisation",)


def test_young_ppl_are_people_but_ppl_alone_may_be_a_name():
    assert "people" in parse("list all our young ppl work").words
    assert "ppl" in parse("what do we do with PPL?").words


def test_a_bracketed_not_sets_an_entry_aside(answerer):
    assert listed(answerer.answer("list the partner orgs in west London (not the CCG) pls")) == ["ppl"]
    message = "which org do we work with on the west London over-65s service (not the CCG)?"
    assert listed(answerer.answer(message))[0] == "ppl"
    assert excluded_in_brackets("our partner there (not the CCG). thanks!") == (("ccg",),)
    assert excluded_in_brackets("the CCG (West London) one") == ()


def test_every_programme_asked_for_whole_is_not_narrowed_by_why_it_is_wanted(answerer, knowledge):
    for message in (
        "Could you list all our programmes? Need them for the trustees' induction appendix",
        "Can you list all our programmes? Need them for the schools and health section of the annual review",
    ):
        answer = answerer.answer(message)
        assert answer.outcome is Outcome.LIST
        assert answer.total == len(knowledge.of_kind("programme"))


def test_every_programme_on_something_we_hold_nothing_on_is_not_the_whole_catalogue(answerer):
    assert not answerer.answer("list every programme we run on space travel").answered
    assert not answerer.answer("can you list all the reports about deep sea fishing?").answered
    # …while words we don't hold that only say why the list is wanted do not turn it down
    message = "can you list every organisation we work with, I'm putting together the board pack for thursday"
    assert answerer.answer(message).outcome is Outcome.LIST


def test_a_place_held_as_a_place_comes_before_the_same_word_in_a_name(kb_dir):
    kb_dir.write(
        "programmes.yaml",
        """
programmes:
  - id: london_children
    name: Children First
    aliases: [London children's project]
    summary: Support for children in care.
    topics: [children in care]
    source: test
  - id: care_at_home
    name: Care at Home
    summary: Integrated care for older people.
    topics: [older people]
    places: [West London]
    source: test
  - id: schools_north
    name: Schools North
    summary: New models of school.
    topics: [schools]
    places: [Leeds]
    source: test
""",
    )
    answerer = Answerer(load_knowledge(kb_dir.path))
    assert listed(answerer.answer("which of our programmes are London-based?"))[0] == "care_at_home"
