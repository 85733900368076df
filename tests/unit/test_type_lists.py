"""Lists of organisations by what sort of body they are.

"List the public bodies we work with please - councils, government departments, NHS
commissioners": finance and audit ask for a sort of organisation, not by name. Each organisation
may say what it is (``organisation_type``), and the nouns of its name say so too ("Wigan
*Council*"). The answer is the organisations of the sorts named — never our own organisation because
its topics say "public services", and never a guess when the message asks for a sort nobody holds.
"""

from __future__ import annotations

import pytest

from bot.answer import Answerer, Outcome
from bot.knowledge import load_knowledge

PUBLIC_BODIES = {"department_for_education", "west_london_ccg", "wigan_council"}


def listed(answer) -> list[str]:
    assert answer.answered, answer
    return [m.entry.id for m in answer.results]


@pytest.mark.parametrize(
    "message",
    [
        "List the public bodies we work with please - councils, government departments, NHS commissioners. "
        "Doing a public sector exposure check for the audit committee.",
        "Which public bodies or commissioners do we work with? e.g. councils, govt depts, CCGs - list them all please",
        "Finance want a list of every public-sector body we're working with across the scaling portfolio: "
        "• government departments • NHS commissioners • local councils. Can you pull that together?",
        "every public-sector body we work with?",
    ],
)
def test_the_public_bodies_we_work_with_are_the_council_the_department_and_the_ccg(answerer, message):
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.LIST
    assert set(listed(answer)) == PUBLIC_BODIES


def test_each_is_listed_as_the_sort_asked_for(answerer):
    answer = answerer.answer("which public bodies do we work with?")
    assert {m.via for m in answer.results} == {"public sector body"}


def test_one_sort_lists_only_that_sort(answerer):
    assert listed(answerer.answer("which councils do we work with? list them")) == ["wigan_council"]
    assert set(listed(answerer.answer("list all the foundations we work with"))) == {
        "health_foundation",
        "aga_khan_foundation",
    }


def test_the_rest_of_the_message_picks_out_which_of_that_sort(answerer):
    answer = answerer.answer("list the public bodies we work with on children's social care")
    assert set(listed(answer)) == {"department_for_education", "wigan_council"}


def test_sorts_given_as_examples_of_the_whole_list_them_all(answerer):
    answer = answerer.answer(
        "Stakeholder map for the UK children's social care work - can you list all the partner orgs involved? "
        "councils, govt, consortia, the lot"
    )
    assert set(listed(answer)) == {"department_for_education", "spring_consortium", "wigan_council"}


def test_a_sort_set_aside_is_not_what_is_asked_for(answerer):
    answer = answerer.answer(
        "Can you list: • our partner body in Australia • our delivery partner in west London (not the CCG). thanks!"
    )
    assert "west_london_ccg" not in listed(answer)


def test_a_sort_nobody_holds_does_not_narrow_to_the_sorts_we_do(answerer):
    # "funders" is no type any organisation has: answering with the one government body would hide the rest.
    answer = answerer.answer("list every external organisation the blog names - partners, funders, government, the lot")
    assert [m.entry.id for m in answer.results] != ["department_for_education"]


def test_a_name_word_is_not_a_type_word(answerer):
    # "publications" stems to "public", but it names no public body.
    answer = answerer.answer("Which reports did *we* write, not other organisations? For our publications page")
    assert not PUBLIC_BODIES & set(listed(answer))


@pytest.mark.parametrize(
    "message",
    [
        "A local authority wants to cut costs; they heard we're doing something system-wide with a council up north",
        "Which partner should I credit on the Against the Odds citation, King's Fund or Health Foundation?",
    ],
)
def test_a_sort_named_in_passing_asks_for_no_list(answerer, message):
    assert answerer.answer(message).outcome is not Outcome.LIST


def test_a_knowledge_base_says_what_its_organisations_are(kb_dir):
    kb_dir.write(
        "orgs.yaml",
        """
        organisations:
          - id: north_trust
            name: Northern Hospitals
            summary: A hospital group we support with patient flow.
            organisation_type: [NHS trust, public sector body]
          - id: tech_co
            name: Brightwire
            summary: A software company building the patient flow dashboard.
            organisation_type: [private company]
          - id: city
            name: Eastborough
            summary: The local authority for the east of the city.
            organisation_type: [local council, public sector body]
        """,
    )
    answerer = Answerer(load_knowledge(kb_dir.path))
    assert listed(answerer.answer("which NHS trusts do we work with?")) == ["north_trust"]
    assert set(listed(answerer.answer("list all the public bodies we work with"))) == {"north_trust", "city"}
    assert listed(answerer.answer("list the private companies we work with")) == ["tech_co"]
    assert listed(answerer.answer("list the public bodies we work with on patient flow")) == ["north_trust"]
