"""Kinds of Slack message a blind set (holdout_slack4) showed the engine misreading, each in
conversations written for these tests: the general reading is asserted, not any one line."""

from __future__ import annotations

from support.answers import about

from bot.answer import Outcome
from bot.question import named_in_quotes, parse

# ------------------------------------------------------------------ an italic title beside its publisher


def test_slack_italics_mark_a_name_like_quotes():
    assert named_in_quotes("is the Health Foundation one, _Against the Odds_, any good?") == {
        "odds"
    }  # "against" is a stopword
    assert named_in_quotes("see snake_case_names in the config") == frozenset()


def test_an_italic_partial_title_beats_the_publisher_named_beside_it(answerer):
    message = (
        "prepping for a panel :microphone: quick one - in the King's Fund one, _Adoption and spread_, "
        "what's the big finding? ta"
    )
    assert about(answerer.answer(message)) == "kings_fund_adoption_spread_nhs"


def test_without_the_title_the_publisher_is_still_found(answerer):
    assert about(answerer.answer("what does the King's Fund do?")) == "kings_fund"


# ------------------------------------------------------------------ "who do we support / work with on X"


def test_whom_we_support_on_a_programme_is_not_a_request_for_its_contact(answerer):
    message = "On Elevate, who do we actually support - the teachers, or the schools themselves?"
    assert parse(message).intent is None
    assert about(answerer.answer(message)) == "elevate"


def test_who_we_work_with_on_a_named_programme_answers_with_the_programme_first(answerer):
    message = (
        "Someone from a trust asked me who our partners are. On the NHS Innovation Accelerator, who are we "
        "working with and what does it do?"
    )
    assert about(answerer.answer(message)) == "nhs_innovation_accelerator"


def test_who_do_we_talk_to_still_asks_for_a_person(answerer):
    assert parse("who do we talk to about the NHS Innovation Accelerator?").intent == "contact"
    assert parse("which organisations are we working with on Elevate?").intent == "organisation"


# ------------------------------------------------------------------ a person at an organisation we hold no one at


def test_a_contact_at_an_organisation_with_no_one_on_file_is_a_missing_fact(answerer):
    answer = answerer.answer("Who's the best person to call at the Aga Khan Foundation about the edtech work?")
    assert answer.outcome is Outcome.MISSING_FACT
    assert answer.missing == "contact"
    assert answer.results[0].entry.id == "aga_khan_foundation"


def test_a_contact_at_an_organisation_we_hold_people_at_is_one_of_them(answerer):
    answer = answerer.answer("who's our main contact at Innovation Unit for scaling? need a name")
    assert about(answer) == "heather_rollinson"


def test_at_names_where_the_person_works():
    assert parse("who's our contact at the King's Fund for the report?").workplace == ("king", "fund")
    assert parse("who runs Elevate?").workplace == ()


# ------------------------------------------------------------------ a quoted question, a fact of a related report


def test_a_nudge_after_a_quoted_question_is_not_the_question():
    query = parse("&gt; which report did we publish with the King's Fund? :eyes: bumping this - anyone? any ideas?")
    assert {"ideas", "anyone"}.isdisjoint(query.focus)
    assert "king" in query.focus


def test_a_fact_asked_of_the_report_we_did_with_an_organisation_is_answered_from_that_report(answerer):
    message = (
        "&gt; how many innovations did the report we did with the Health Foundation examine? "
        ":point_up: nobody picked this up in the other channel - any ideas?"
    )
    answer = answerer.answer(message)
    assert about(answer) == "against_the_odds"
    assert answer.fact is not None and "ten" in answer.fact.value


# ------------------------------------------------------------------ "every <kind>" in a request mid-sentence


def test_a_request_mid_sentence_asks_and_every_names_the_kind():
    query = parse("putting a reading list together :books: could you list *every* report about scaling - ours too?")
    assert "report" in query.focus
    assert query.intent == "report"
    assert query.every_of_kind == "report"
    assert parse("is it for all students or just some?").every_of_kind is None


def test_every_report_on_a_subject_they_all_share_is_the_catalogue(answerer):
    answer = answerer.answer(
        "building a bibliography :memo: can you list *every* report on scaling we've got - ours and others'?"
    )
    assert answer.is_list
    listed = [m.entry.id for m in answer.results]
    assert listed == [m.entry.id for m in answerer.catalogue("report").results]


def test_every_programme_in_a_place_is_still_ranked(answerer):
    answer = answerer.answer("could you list every programme we run in Australia?")
    assert about(answer) == "elevate"


# ------------------------------------------------------------------ the subject named in the context


def test_an_entry_the_context_names_beats_a_topic_match_of_a_generic_question(answerer):
    message = (
        "morning :coffee: I'm writing a blurb about Elevate for the newsletter and missed the kickoff. "
        "What are the schools involved hoping to do for all their students?"
    )
    answer = answerer.answer(message)
    assert about(answer) == "elevate"
    assert answer.results[0].score >= 80  # as sure as if the question had named it


def test_a_question_that_names_its_own_subject_keeps_it_over_the_context(answerer):
    message = "I'm writing a blurb about Elevate for the newsletter. What is the NHS Innovation Accelerator?"
    assert about(answerer.answer(message)) == "nhs_innovation_accelerator"


# ------------------------------------------------------------------ what *we* wrote


def test_reports_we_wrote_are_those_our_organisation_published_or_our_people_wrote(answerer):
    query = parse("for the annual review :bar_chart: which reports have *we* written ourselves?")
    assert query.made_by_us and query.intent == "report"
    answer = answerer.answer("for the annual review :bar_chart: which reports have *we* written ourselves?")
    listed = {m.entry.id for m in answer.results}
    assert answer.answered
    assert {"against_the_odds", "blog_impact_at_scale"} <= listed
    assert "kings_fund_adoption_spread_nhs" not in listed  # the King's Fund wrote that one


def test_reports_we_wrote_on_a_subject_are_narrowed_to_it(answerer):
    answer = answerer.answer("which reports did we publish about the NHS?")
    assert [m.entry.id for m in answer.results] == ["against_the_odds"]


def test_reports_someone_else_wrote_are_not_ours():
    assert not parse("which reports did the King's Fund write?").made_by_us
