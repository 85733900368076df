"""Kinds of Slack message the blind sets of the eighth session showed the engine misreading, each in
conversations written for these tests: the general reading is asserted, not any one line."""

from __future__ import annotations

import pytest
from support.answers import about, ids

from bot.answer import Outcome
from bot.question import parse

# ------------------------------------------------------------------ dictated and spaced-out names


@pytest.mark.parametrize(
    ("message", "meant"),
    [
        ("a k f - what do they do with us?", "aga_khan_foundation"),
        ("quick one, who are the D F E in all this?", "department_for_education"),
        ("can you tell me what P P L do please", "ppl"),
    ],
)
def test_a_name_spelt_out_letter_by_letter_is_that_name(answerer, message, meant):
    assert about(answerer.answer(message)) == meant


def test_two_single_letters_in_a_row_stay_words():
    said = parse("is it plan a or b for the Wigan work - or plan c d?").words
    assert "ab" not in said and "cd" not in said


@pytest.mark.parametrize(
    ("message", "meant"),
    [
        ("dictating this, what's the school in Don caster called", "big_picture_learning_doncaster"),
        ("voice note sorry - the Wig an children's work, who's the council?", "wigan_council"),
    ],
)
def test_a_name_split_in_two_by_dictation_is_read_whole(answerer, message, meant):
    assert meant in ids(answerer.answer(message))[:2]


def test_ed_tech_keeps_both_of_its_words(answerer):
    """ "ed tech" already reads as education and technology; joining it must not lose either."""
    answer = answerer.answer("anything on ed tech in poorer countries? who's it with?")
    assert "unicef_akf_edtech" in ids(answer)[:2]


# ------------------------------------------------------------------ who passes the question on


def test_the_client_who_asked_is_not_the_kind_asked_for(answerer):
    message = "the client this afternoon asked about our report with the Health Foundation - what does it cover?"
    assert parse(message).intent == "report"
    assert about(answerer.answer(message)) == "against_the_odds"


def test_a_client_asked_for_is_still_asked_for():
    assert parse("who is the client on the Wigan work?").intent == "organisation"


# ------------------------------------------------------------------ whom it is for


def test_who_for_after_a_name_asks_whom_it_serves(answerer):
    assert about(answerer.answer("the doncaster school - who for?")) == "big_picture_learning_doncaster"


# ------------------------------------------------------------------ another body beside the one named


def test_who_the_second_partner_is_when_one_is_already_known(answerer):
    message = (
        "I've got the CCG down for the over-65s work in west London. There's another partner organisation too. "
        "Who's that?"
    )
    assert about(answerer.answer(message)) == "ppl"


def test_a_second_organisation_named_is_the_one_asked_about(answerer):
    message = "The contract lists a second organisation called PPL beside the CCG. Who are they?"
    assert about(answerer.answer(message)) == "ppl"


def test_who_that_is_after_a_person_described_is_still_a_person(answerer):
    message = "A school wants whoever wrote our Feb 2018 blog on scale to come and speak. Who was that?"
    assert about(answerer.answer(message)) == "julie_temperley"


# ------------------------------------------------------------------ a list someone has is no list asked for


def test_the_old_list_is_a_thing_held_not_a_request(answerer):
    message = "my old list just says 'spring something' - is it the Spring Consortium or a Spring Foundation?"
    assert parse(message).wants_list is False or about(answerer.answer(message)) == "spring_consortium"
    assert about(answerer.answer(message)) == "spring_consortium"


def test_the_list_of_our_partners_is_still_a_list(answerer):
    answer = answerer.answer("could you send the list of our partners?")
    assert answer.outcome is Outcome.LIST
    assert len(answer.results) >= 5


# ------------------------------------------------------------------ which of two descriptions it is


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("is Elevate the UNICEF one or the Australian one?", ["elevate"]),
        ("sorry, is the Doncaster school the Spring one or the Big Picture one?", ["big_picture_learning_doncaster"]),
        (
            "was Against the Odds the King's Fund one or the Health Foundation one?",
            ["against_the_odds", "health_foundation"],
        ),
    ],
)
def test_which_of_two_descriptions_fits_is_asked_of_the_thing_named(answerer, message, first):
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.ANSWERED
    assert ids(answer)[: len(first)] == first
