"""Kinds of Slack message a third blind set (holdout_slack6) showed the engine misreading, each in
conversations written for these tests: the general reading is asserted, not any one line."""

from __future__ import annotations

from bot.answer import Outcome
from bot.blocks import plain_text
from bot.question import asked_facts, parse


def about(answer) -> str:
    assert answer.answered, answer
    return answer.results[0].entry.id


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
