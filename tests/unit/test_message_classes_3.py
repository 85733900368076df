"""Kinds of Slack message a third blind set (holdout_slack6) showed the engine misreading, each in
conversations written for these tests: the general reading is asserted, not any one line."""

from __future__ import annotations

from support.answers import about

from bot.answer import Outcome
from bot.blocks import plain_text
from bot.question import asked_facts, parse

# ------------------------------------------------------------------ facts we do not hold


def test_a_reports_recommendations_are_not_held_only_its_summary(answerer):
    message = "Quick one for a board paper :memo: what were the key conclusions of Against the Odds?"
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.MISSING_FACT
    assert answer.missing == "conclusions"
    assert answer.results[0].entry.id == "against_the_odds"


def test_findings_asked_of_a_described_report_name_the_fact(answerer):
    answer = answerer.answer("what were the main findings in the King's Fund report on adoption and spread?")
    assert answer.outcome is Outcome.MISSING_FACT
    assert answer.missing == "findings"


def test_when_someone_joined_asks_for_a_start_date(answerer):
    assert parse("when did Heather Rollinson join the team?").asked_fact == "start date"
    answer = answerer.answer("when did Heather Rollinson join the team?")
    assert answer.outcome is Outcome.MISSING_FACT
    assert (answer.missing, answer.results[0].entry.id) == ("start date", "heather_rollinson")


def test_two_facts_asked_one_not_held_declines_naming_it_and_states_the_held_one(answerer, knowledge):
    message = "When did Heather Rollinson join us, and what's her job title? Updating the org chart"
    assert asked_facts(parse(message).text) == ("start date", "role")
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.MISSING_FACT and not answer.answered
    assert answer.missing == "start date"
    assert answer.fact is not None and answer.fact.label == "role"
    said = plain_text(answer, knowledge)
    assert said.index("Director of Innovation Consultancy") < said.index("I don't have the start date")


def test_two_facts_both_held_answer_the_first(answerer):
    answer = answerer.answer("What's Heather Rollinson's job title?")
    assert answer.answered and answer.fact is not None and answer.fact.label == "role"


def test_email_or_direct_line_of_a_contact_with_neither_is_missing(answerer):
    message = "Can you send me Heather Rollinson's email or direct line? A client wants to call her"
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.MISSING_FACT
    assert answer.missing == "email address"
    assert answer.results[0].entry.id == "heather_rollinson"


def test_joining_in_passing_asks_no_date():
    assert parse("Apparently we did something with them before I joined. What was it?").asked_fact is None


# ------------------------------------------------------------------ "the partner that isn't X"


def test_the_excluded_name_is_read_off_the_question():
    assert parse("which partner on My Care, My Way is it, other than the West London CCG?").excluded == (
        ("west", "london", "ccg"),
    )
    assert parse("who else works on it besides PPL?").excluded == (("ppl",),)
    assert parse("who runs My Care, My Way?").excluded == ()


def test_a_partner_that_isnt_the_named_one_is_the_other_partner(answerer):
    message = (
        "Writing up the over-65s work in west London :older_adult: who's the other partner org on it, "
        "the one that isn't the CCG? Their name escapes me"
    )
    assert about(answerer.answer(message)) == "ppl"


def test_besides_one_partner_answers_the_other(answerer):
    answer = answerer.answer("Who are we partnering with on My Care, My Way, other than PPL?")
    assert about(answer) == "west_london_ccg"
    assert "ppl" not in {m.entry.id for m in answer.results[:1]}


# ------------------------------------------------------------------ "who is it meant to help?", "who's involved?"


def test_whom_a_programme_is_for_is_asked_of_the_programme_not_its_contact(answerer):
    message = "Briefing a new trustee on the Wigan programme. Who is it actually meant to help? :thinking_face:"
    assert parse(message).intent is None
    assert about(answerer.answer(message)) == "asset_based_csc_wigan"


def test_whos_involved_in_a_described_strand_answers_the_strand(answerer):
    message = "Putting together a slide on our international work. The edtech strand overseas - who's involved?"
    assert about(answerer.answer(message)) == "unicef_akf_edtech"


def test_who_to_talk_to_about_a_programme_still_asks_for_a_person():
    assert parse("who should I talk to about the Wigan programme?").intent == "contact"


# ------------------------------------------------------------------ a report described in its own words


def test_words_said_in_a_reports_own_order_describe_it():
    from bot.search import _ordered_pairs

    said = _ordered_pairs(("health", "innovations", "that", "really", "did", "scale"), 2)
    assert ("health", "innov") in said and ("innov", "scale") in said  # "really" skipped
    assert ("scale", "innov") not in said  # order counts: "scaling innovation" is another phrase


def test_a_described_study_beats_a_long_name_sharing_its_common_words(answerer):
    message = (
        "Writing a seminar on health innovation :hospital: We did a study that looked at health innovations "
        "that really did scale and why - how many did it look at?"
    )
    assert about(answerer.answer(message)) == "against_the_odds"


def test_a_long_name_said_in_full_still_wins(answerer):
    message = "What's Growing innovative models of health, care and support for adults about?"
    assert about(answerer.answer(message)) == "growing_innovative_models_adults"
