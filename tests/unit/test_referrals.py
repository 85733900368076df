"""Someone on the line needs help, and the asker wants the colleague to pass them to.

"Who do I hand them to?", "who's the right person for that?": the need is told in the asker's own
words (a founder, two trusts, a borough, "taking it wider"), most of which the knowledge base does
not hold, so no entry scores as an answer. Among the people alone, the one whose topics fit the need
is who to go to; a need nobody's topics fit (expenses, minutes, the website) is still declined.
"""

from __future__ import annotations

import pytest

from bot.answer import Answerer, Outcome
from bot.question import parse
from bot.semantic import SemanticIndex
from bot.semantic_live import BackgroundIndex


@pytest.mark.parametrize(
    "message",
    [
        "a tenants' group built a repairs app that's loved on their estate and want to widen it across the borough; "
        "who do I send them to?",
        "got a youth worker on the phone, her mentoring scheme is working in one ward n she wants help taking it "
        "wider. who do i pass her to?",
        "A clinician I met at a conference has a triage tool that's live in two practices and wants help scaling it "
        "beyond them. I'd rather not just give him the info@ address. Who here is the right person for that chat?",
        "a parish council emailed - their befriending service works brilliantly in the village and they want support "
        "to scale it county-wide. who should they be referred to?",
        "someone from a housing charity is in reception: their tenancy-sustainment model works in one city and they "
        "want help expanding it. who's best placed to see them?",
        "a trust has built a new discharge pathway that works and they want help spreading it - who can help them?",
        "who'd be the best contact for a council wanting help to scale a new service?",
    ],
)
def test_a_need_told_in_own_words_goes_to_the_person_whose_topics_fit_it(answerer, message):
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.ANSWERED, answer
    assert answer.results[0].entry.id == "heather_rollinson"


@pytest.mark.parametrize(
    "message",
    [
        "who do I hand my expense claims to?",
        "who should I send the minutes of the board meeting to?",
        "who do I forward a complaint about the website to?",
        "who's the right person for press enquiries?",
    ],
)
def test_a_need_no_ones_topics_fit_is_declined(answerer, message):
    assert not answerer.answer(message).answered


@pytest.mark.parametrize(
    "message",
    [
        "who do i hand them to?",
        "Who should she be sent to?",
        "they want help growing it - who here is the right person for that conversation?",
        "who's best placed to take this on?",
        "who could I point a housing association to?",
        "they've got something that works - who can help them?",
        "who's our go-to for that kind of thing?",
        "who should I connect them with?",
    ],
)
def test_asking_whom_to_pass_someone_to_is_read_as_such(message):
    assert parse(message).seeks_person


@pytest.mark.parametrize(
    "message",
    ["who runs Elevate?", "who wrote the impact at scale blog?", "who is the person behind the blog?", "who else?"],
)
def test_asking_about_a_person_is_not_asking_whom_to_pass_someone_to(message):
    assert not parse(message).seeks_person


def test_someone_on_the_phone_is_not_asking_for_a_phone_number():
    assert parse("got a charity on the phone about Wigan, what do we do there?").asked_fact != "phone number"
    assert parse("a founder rang me over the phone earlier - who can help them?").asked_fact != "phone number"
    assert parse("what's Heather Rollinson's phone number?").asked_fact == "phone number"


#: A need told with no word a person's topics hold ("scale", "help"…): only its meaning points at someone.
FOUNDER_IN_OWN_WORDS = (
    "A founder's product is live in two trusts and she wants to get it into many more. Who should she talk to?"
)


def test_a_need_whose_words_fit_no_ones_topics_goes_to_the_person_it_means(knowledge, answerer_with_meaning):
    message = FOUNDER_IN_OWN_WORDS
    assert not Answerer(knowledge).answer(message).answered  # no word of it is one a person's topics hold
    answer = answerer_with_meaning.answer(message)
    assert answer.answered and answer.results[0].entry.id == "heather_rollinson"


def test_the_running_bots_background_meaning_index_finds_the_person_too(knowledge):
    background = BackgroundIndex(knowledge, serving=SemanticIndex.build(knowledge))
    answer = Answerer(knowledge, semantic=background).answer(FOUNDER_IN_OWN_WORDS)
    assert answer.answered and answer.results[0].entry.id == "heather_rollinson"


@pytest.mark.parametrize(
    "message",
    [
        "who do I hand a journalist to?",
        "who should I talk to about our office lease?",
        "who do I send my timesheet to?",
    ],
)
def test_meaning_near_no_one_sends_no_one(answerer_with_meaning, message):
    assert not answerer_with_meaning.answer(message).answered


def test_a_word_of_someones_summary_is_no_reason_to_send_someone_to_them(answerer):
    # "services" is only in the blog author's summary ("…innovation in public services").
    message = (
        "a charity's befriending service works in their town and they want it in every town. who do I send them to?"
    )
    answer = answerer.answer(message)
    assert not (answer.answered and answer.results[0].entry.id == "julie_temperley")
