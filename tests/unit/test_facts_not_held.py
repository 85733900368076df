"""Facts asked of a named entry that the knowledge base may or may not hold: a phone line, a sum
of money, the items a report only counts, the countries of a programme, a report's author.
Held or not is decided by the entry's own data, never by its kind alone."""

from __future__ import annotations

import pytest

from bot.answer import Outcome, held_fact
from bot.blocks import plain_text
from bot.cli import answer_json
from bot.knowledge.schema import Contact, Programme
from bot.question import parse


def missing(answer) -> tuple[str | None, str]:
    assert answer.outcome is Outcome.MISSING_FACT and not answer.answered, answer
    return answer.missing, answer.results[0].entry.id


@pytest.mark.parametrize(
    "message, fact, entry",
    [
        (
            "Could I get Julie Temperley's mobile? I want to ring her about the seminar",
            "phone number",
            "julie_temperley",
        ),
        ("what's the extension for Heather Rollinson, anyone?", "phone number", "heather_rollinson"),
        ("how much money has gone into the Wigan programme so far?", "amount", "asset_based_csc_wigan"),
        ("for the board paper: the $ figure behind Elevate?", "amount", "elevate"),
        ("can you name the ten innovations Against the Odds covers?", "list of innovations", "against_the_odds"),
        ("In which countries does the UNICEF edtech work happen? :earth_africa:", "countries", "unicef_akf_edtech"),
        (
            "hey, roughly what are the pupil numbers at the Doncaster Big Picture school?",
            "number of pupils",
            "big_picture_learning_doncaster",
        ),
    ],
)
def test_a_fact_no_field_or_text_holds_is_said_to_be_missing(answerer, message, fact, entry):
    assert missing(answerer.answer(message)) == (fact, entry)


def test_who_wrote_a_report_that_names_no_author_is_missing_not_its_publisher(answerer, knowledge):
    answer = answerer.answer("who wrote the Against the Odds report? would love to quote them")
    assert missing(answer) == ("author", "against_the_odds")
    said = plain_text(answer, knowledge)
    assert said.startswith("I don't have the author for Against the Odds")


def test_the_json_contract_names_the_missing_phone_number(answerer):
    found = answer_json(answerer.answer("Heather Rollinson's direct line please - need to call her today"))
    assert found["answered"] is False and found["missing"] == "phone number"
    assert found["results"][0]["id"] == "heather_rollinson"


def test_who_wrote_a_report_that_names_its_author_is_answered_with_the_person(answerer):
    answer = answerer.answer("who actually wrote the blog post on impact at scale?")
    assert answer.answered and answer.results[0].entry.id == "julie_temperley"


def test_specific_places_answer_which_countries_first(answerer):
    answer = answerer.answer("which countries does Big Picture Learning operate in?")
    assert answer.answered and answer.results[0].entry.id == "big_picture_learning_doncaster"
    assert answer.fact is not None and answer.fact.label == "places" and "US" in answer.fact.value


def test_a_sum_of_money_or_an_email_the_entry_gives_is_held():
    funded = Programme(id="p", name="P", summary="A pilot. It was funded with £2.5m over three years; then it grew.")
    assert held_fact(funded, "amount").value == "It was funded with £2.5m over three years"
    assert held_fact(funded.model_copy(update={"summary": "A pilot that grew."}), "amount") is None
    person = Contact(id="c", name="C", summary="Leads things.", role="Lead", email="c@example.org")
    assert held_fact(person, "email address").value == "c@example.org"
    assert held_fact(person.model_copy(update={"email": None}), "email address") is None


@pytest.mark.parametrize(
    "message",
    [
        "which two programmes do we run in West London?",
        "What were the three big reports on scaling from January 2018?",
        "what did the King's Fund say about spending on innovation?",
        "can you help me figure out who runs Elevate?",
        "I don't need the money side, just what we did with the Health Foundation?",
    ],
)
def test_questions_about_entries_ask_no_fact(message):
    assert parse(message).asked_fact is None


# ------------------------------------------------------------------ sloppy, qualified, indirect, quoted


def test_a_hurried_one_liner_with_a_misspelt_place_finds_the_one_entry_there(answerer):
    answer = answerer.answer("anythin goin on in wigann atm??")
    assert answer.answered and answer.results[0].entry.id in {"asset_based_csc_wigan", "wigan_council"}
    assert answerer.answer("are we doin anythin in doncastr").results[0].entry.id == "big_picture_learning_doncaster"


def test_is_that_the_x_one_asks_about_the_thing_x_is_behind_not_about_x(answerer):
    answer = answerer.answer(
        "People in my new team talk about 'the Innovation Programme' a lot. Is it the Department for Education one?"
    )
    assert answer.answered and answer.results[0].entry.id == "innovation_programme_csc"
    assert parse("is that the King's Fund one?").qualifier == ("king", "fund")


def test_the_org_itself_is_still_the_answer_when_nothing_linked_is_named(answerer):
    answer = answerer.answer("what does the DfE do for us?")
    assert answer.answered and answer.results[0].entry.id == "department_for_education"


def test_someone_to_get_in_touch_with_on_anothers_behalf_is_a_person(answerer):
    answer = answerer.answer(
        "A charity I volunteer with has a befriending service that's working well locally and they'd like help "
        "rolling it out to other towns. Who should they speak to on our side?"
    )
    assert answer.answered and answer.results[0].entry.id == "heather_rollinson"
    assert parse("who on our side handles that?").intent == "contact"


def test_a_quoted_line_and_who_wrote_it_finds_the_document_and_its_author(answerer):
    answer = answerer.answer(
        "&gt; a brilliant new solution nobody adopts is a solution that never works for anyone\n"
        "great line - who wrote it?"
    )
    assert answer.answered and [m.entry.id for m in answer.results[:2]] == ["julie_temperley", "blog_impact_at_scale"]


def test_a_quoted_line_no_document_shares_is_not_credited_to_anyone(answerer):
    answer = answerer.answer("&gt; please remember to empty the dishwasher before you leave\nwho wrote this?")
    assert not answer.answered
