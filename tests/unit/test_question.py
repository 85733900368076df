"""Reading a message before any knowledge base is looked at: what it asks, and what is filler."""

from __future__ import annotations

import pytest

from bot.question import asked_fact, named_in_quotes, parse, quoted_passage, sentences, small_talk


def test_greeting_context_and_thanks_leave_the_question_as_the_focus():
    query = parse(
        "<@U0ABC12345> hey :wave: I'm pulling together the *board pack* for Thursday. What's Elevate actually about? ta"
    )
    assert "elevate" in query.focus
    assert not {"board", "pack", "thursday"} & query.focus
    assert {"board", "pack", "elevate"} <= set(query.terms)
    assert not {"hey", "wave", "ta"} & set(query.words)


def test_a_purpose_clause_is_context_not_the_question():
    found = sentences("what's the proper name so I order the right logo?")
    assert [s.asks for s in found] == [True, False]
    assert "logo" in found[1].words


def test_a_sentence_that_only_says_why_does_not_ask():
    found = sentences("Does it ring a bell? would love to read it :pray:")
    assert [s.asks for s in found] == [True, False]


def test_a_few_words_before_a_dash_are_the_topic():
    assert "nia" in parse("NIA - what's IU's role?").focus


def test_slack_escapes_and_emoji_are_not_words():
    query = parse("Which org put out the _Adoption &amp; spread_ analysis? :thinking_face:")
    assert "amp" not in query.words and "thinking" not in query.words


@pytest.mark.parametrize(
    "message, kind",
    [
        ("hi", "greeting"),
        ("hello, how do I use this?", "greeting"),
        ("<@U0ABC12345>", "greeting"),
        (":wave: :tada:", "greeting"),
        ("🎉🚀", "greeting"),
        ("thanks!", "thanks"),
        ("Thanks a million :pray:", "thanks"),
        ("cheers, that's great", "thanks"),
        ("what is Elevate?", None),
        ("thanks - who runs Elevate?", None),
    ],
)
def test_small_talk_is_recognised(message, kind):
    assert small_talk(message) == kind


@pytest.mark.parametrize(
    "asking, fact",
    [
        ("what's the deadline for the next round of nhs innovation accelerator applications", "deadline"),
        ("what's the budget for the wigan programme this financial year", "budget"),
        ("how much funding did elevate get from aisnsw", "funding"),
        ("how many staff are on the integrated community team", "number of staff"),
        ("how many pages is against the odds", "page count"),
        ("when does the big picture learning school actually open", "opening date"),
        ("when did against the odds launch", "date"),
        ("what's heather rollinson's job title", "role"),
        ("what's the email address for julie temperley", "email address"),
        ("how many children has the wigan programme helped", "number of children"),
        ("what is elevate", None),
        ("who runs my care my way", None),
        ("why does the nhs spend so little on adoption", None),
    ],
)
def test_the_fact_a_question_asks_for(asking, fact):
    assert asked_fact(asking)[0] == fact


def test_fact_words_are_not_matched_as_the_subject():
    query = parse("What's the deadline for NHS Innovation Accelerator applications?")
    assert query.asked_fact == "deadline" and "deadline" not in query.terms


def test_quotes_and_called_mark_a_name():
    assert named_in_quotes('people keep mentioning "the Odds report"') == {"odds", "report"}
    assert named_in_quotes("a second organisation alongside us called PPL. Who are they?") == {"ppl"}
    assert named_in_quotes("no names here") == frozenset()


def test_a_quote_line_is_a_passage_to_find():
    assert quoted_passage("&gt; Scale is a word on many lips. Whose words?") == "scale is a word on many lips"
    assert quoted_passage('"short one"') == ""


@pytest.mark.parametrize(
    "message, refers_back, continues",
    [
        ("who runs it?", True, False),
        ("any reports on that?", True, False),
        ("and in Australia?", True, True),
        ("what about Doncaster?", True, True),
        ("what is Elevate?", False, False),
    ],
)
def test_follow_ups_are_recognised(message, refers_back, continues):
    query = parse(message)
    assert (query.refers_back, query.continues) == (refers_back, continues)


def test_a_very_long_message_is_read_to_a_limit_and_says_so():
    query = parse("What is My Care My Way? " + "blah " * 10_000)
    assert query.truncated and "care" in query.focus


def test_a_contraction_is_read_as_typed():
    assert [s.asks for s in sentences("We're refreshing our theory of scale. Which report was that?")] == [False, True]
    assert [s.asks for s in sentences("what's the deadline")] == [True]
