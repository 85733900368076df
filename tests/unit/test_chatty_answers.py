"""The engine on messages as people post them in Slack: chatty, with facts we may not hold,
and follow-ups in a thread. Plain functions: a message in, what the bot would say out."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.answers import about

from bot.answer import Outcome
from bot.blocks import build_reply, plain_text
from bot.cli import answer_json

# ------------------------------------------------------------------ chatty messages


def test_greeting_context_and_sign_off_do_not_drown_a_partial_name(answerer):
    message = (
        "<@U0ABC12345> hey :wave: I'm pulling together the *board pack* for Thursday and people in "
        'standup keep mentioning "the Odds report". What\'s it actually about, in a nutshell? ta'
    )
    assert about(answerer.answer(message)) == "against_the_odds"


def test_a_name_mentioned_in_passing_does_not_beat_the_one_asked_about(answerer):
    message = 'An ex-colleague at the DfE asked what the "Spring" thing we\'re in actually does - a one-liner?'
    assert about(answerer.answer(message)) == "spring_consortium"


def test_the_subject_can_sit_in_the_context_when_the_question_only_points_at_it(answerer):
    message = (
        "Someone posted a chart showing how little goes on adoption compared with innovation in the NHS. "
        "Which report is it from? I'd like to cite it properly."
    )
    assert about(answerer.answer(message)) == "kings_fund_adoption_spread_nhs"


def test_a_quoted_line_finds_whose_words_they_are(answerer):
    answer = answerer.answer("&gt; Scale is a word on many lips and wish lists. Whose words are these?")
    assert about(answer) == "julie_temperley"


def test_length_does_not_lower_confidence_in_a_named_entry(answerer):
    short = answerer.answer("what is Elevate?")
    chatty = answerer.answer(
        "Morning all :sunny: I've been asked to brief a visiting delegation next week and I'd rather not "
        "get it wrong, so I'm reading up on everything we do abroad. What is Elevate? Cheers!"
    )
    assert about(chatty) == about(short) == "elevate"
    assert chatty.results[0].score >= 0.8 * short.results[0].score


def test_office_chatter_is_still_declined(answerer):
    for message in (
        "<!here> does anyone know how to book the big meeting room on the 3rd floor? :sweat_smile:",
        "Who's organising the Christmas party this year, and are plus-ones allowed? :eyes:",
    ):
        assert answerer.answer(message).outcome in (Outcome.DECLINED, Outcome.DID_YOU_MEAN)


# ------------------------------------------------------------------ facts we hold, facts we don't


def test_a_fact_we_do_not_hold_is_said_plainly_with_who_to_ask(answerer, knowledge):
    answer = answerer.answer(
        "What's the deadline for the next round of NHS Innovation Accelerator Fellow applications?"
    )
    assert answer.outcome is Outcome.MISSING_FACT and not answer.answered
    assert answer.missing == "deadline"
    assert answer.results[0].entry.id == "nhs_innovation_accelerator"
    said = plain_text(answer, knowledge)
    assert said.startswith("I don't have the deadline for NHS Innovation Accelerator")
    assert "Ask Heather Rollinson" in said  # the programme has no contact; its organisation's


def test_the_json_contract_names_the_missing_fact(answerer):
    found = answer_json(answerer.answer("what's the budget for the Wigan programme this financial year?"))
    assert found["answered"] is False and found["missing"] == "budget"
    assert found["results"][0]["id"] == "asset_based_csc_wigan"
    assert "missing" not in answer_json(answerer.answer("what is Elevate?"))


def test_the_missing_fact_reply_shows_the_entry_as_related_not_as_the_answer(answerer, knowledge):
    reply = build_reply(answerer.answer("How many pages is Against the Odds?"), knowledge)
    assert reply.text.startswith("I don't have the page count for Against the Odds")
    assert reply.blocks[0]["text"]["text"].startswith("I don't have the page count")
    assert any("What I do have" in str(block) for block in reply.blocks)


def test_a_number_the_entry_does_give_is_not_missing(answerer):
    answer = answerer.answer("how many innovations does Against the Odds look at?")
    assert about(answer) == "against_the_odds" and answer.missing is None


@pytest.mark.parametrize(
    "message, entry, label, value",
    [
        ("when did Against the Odds launch?", "against_the_odds", "published", "Wednesday 25 January 2018"),
        ("what's Heather Rollinson's job title?", "heather_rollinson", "role", "Director of Innovation Consultancy"),
    ],
)
def test_a_fact_we_hold_comes_first(answerer, knowledge, message, entry, label, value):
    answer = answerer.answer(message)
    assert about(answer) == entry and answer.fact.label == label and value in answer.fact.value
    first_line = plain_text(answer, knowledge).splitlines()[0]
    assert label in first_line and value in first_line


def test_a_role_asked_of_a_programme_is_about_the_programme(answerer):
    answer = answerer.answer("Big Picture school in Doncaster - what's our role?")
    assert about(answer) == "big_picture_learning_doncaster" and answer.missing is None


# ------------------------------------------------------------------ small talk


@pytest.mark.parametrize("message", ["hi", "hey :wave:", "<@U0ABC12345>", ":tada: :tada:", "hello, how do I use this?"])
def test_a_greeting_gets_help_never_a_card(answerer, knowledge, message):
    answer = answerer.answer(message)
    assert answer.small_talk == "greeting" and not answer.results
    assert "Ask me about" in plain_text(answer, knowledge)


@pytest.mark.parametrize("message", ["thanks!", "Thanks a million :pray:", "ta", "cheers"])
def test_thanks_gets_youre_welcome(answerer, knowledge, message):
    answer = answerer.answer(message)
    assert answer.small_talk == "thanks" and not answer.results
    assert build_reply(answer, knowledge).text.startswith("You're welcome")


# ------------------------------------------------------------------ follow-ups in a thread


def test_who_runs_it_follows_the_entry_the_thread_is_about(answerer):
    first = answerer.answer("what is Elevate?")
    follow_up = answerer.answer("who runs it?", context=first.about.id)
    assert about(follow_up) == "heather_rollinson"
    assert "Elevate" in follow_up.results[0].via


def test_any_reports_on_that_lists_the_entry_reports(answerer):
    follow_up = answerer.answer("any reports on that?", context="elevate")
    assert about(follow_up) == "student_centred_learning_report"


def test_and_in_somewhere_else_asks_the_same_about_another_entry_of_the_kind(answerer):
    follow_up = answerer.answer("and in Australia?", context="my_care_my_way")
    assert about(follow_up) == "elevate"


def test_a_held_fact_can_be_asked_as_a_follow_up(answerer):
    follow_up = answerer.answer("when was it published?", context="against_the_odds")
    assert about(follow_up) == "against_the_odds" and follow_up.fact.label == "published"


def test_a_follow_up_that_names_another_entry_is_a_fresh_question(answerer):
    assert about(answerer.answer("what is My Care My Way then?", context="elevate")) == "my_care_my_way"


@pytest.mark.parametrize("context", [None, "an_entry_since_deleted"])
def test_a_follow_up_without_usable_context_is_a_fresh_question(answerer, context):
    assert answerer.answer("who runs it?", context=context).outcome is Outcome.DECLINED


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(max_size=300),
    st.sampled_from([None, "elevate", "against_the_odds", "heather_rollinson", "unicef", "no_such_entry"]),
)
def test_any_message_in_any_thread_gets_a_reply_never_an_exception(answerer, knowledge, message, context):
    answer = answerer.answer(message, context=context)
    assert answer.outcome in set(Outcome)
    for match in answer.results:
        assert knowledge.get(match.entry.id) is match.entry
    assert build_reply(answer, knowledge).text


# ------------------------------------------------------------------ the meaning-level fallback


class NearestByMeaning:
    """Stands in for bot.semantic's index: the interface is ``nearest(text, k)``."""

    def __init__(self, found):
        self.found = found
        self.asked = []

    def nearest(self, text, k):
        self.asked.append(text)
        return self.found[:k]


def test_meaning_is_consulted_only_when_words_are_not_enough(knowledge):
    from bot.answer import Answerer

    semantic = NearestByMeaning([("unicef_akf_edtech", 0.61), ("unicef", 0.55)])
    answerer = Answerer(knowledge, semantic=semantic)
    assert about(answerer.answer("what is Elevate?")) == "elevate"
    assert semantic.asked == []
    unsure = answerer.answer("What are we doing with the UN children's agency on tech in classrooms?")
    assert about(unsure) == "unicef_akf_edtech" and semantic.asked


def test_a_distant_meaning_is_no_answer(knowledge):
    from bot.answer import Answerer

    answerer = Answerer(knowledge, semantic=NearestByMeaning([("elevate", 0.2)]))
    assert not answerer.answer("what's the wifi password on the 2nd floor?").answered


def test_which_council_is_answered_by_the_council_not_a_relation(answerer):
    message = (
        "We're helping a council in the north west transform its whole system in children's social care. "
        "Which council is it, and what's the programme?"
    )
    assert about(answerer.answer(message)) == "wigan_council"


def test_who_made_a_report_is_who_published_it(answerer):
    answer = answerer.answer("againts the odds who made it")
    assert about(answer) in ("health_foundation", "innovation_unit")
    assert answer.results[0].via == "publisher of Against the Odds"


def test_the_app_answers_by_words_alone_when_meaning_is_switched_off(knowledge, monkeypatch):
    from bot.live import build_answerer

    monkeypatch.setenv("SCALEBOT_SEMANTIC", "off")
    assert build_answerer(knowledge).semantic is None


def test_with_the_model_a_description_finds_its_entry(knowledge, monkeypatch):
    from bot.live import build_answerer
    from bot.semantic import semantic_available

    if not semantic_available():
        pytest.skip("the embedding model is not installed")
    monkeypatch.delenv("SCALEBOT_SEMANTIC", raising=False)
    answerer = build_answerer(knowledge)
    assert answerer.semantic is not None
    described = answerer.answer("What are we doing with the UN children's agency on scaling tech in classrooms?")
    assert about(described) in ("unicef_akf_edtech", "unicef")
    assert not answerer.answer("who's on the rota for the front desk this week?").answered
