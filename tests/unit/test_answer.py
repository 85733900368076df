"""The answer engine on the bundled knowledge base and on small purpose-built ones."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer import Answerer, Outcome
from bot.knowledge import load_knowledge
from bot.search import acronyms_of, split_qualifier


def top_id(answer):
    assert answer.answered, answer
    return answer.results[0].entry.id


# ------------------------------------------------------------------ matching


@pytest.mark.parametrize(
    "question, expected",
    [
        ("what is My Care My Way?", "my_care_my_way"),
        ("my care, my way", "my_care_my_way"),
        ("MY CARE MY WAY", "my_care_my_way"),
        ("elevate", "elevate"),
        ("Against the Odds", "against_the_odds"),
        ("against odds", "against_the_odds"),
        ("Heather Rollinson", "heather_rollinson"),
        ("spring consortium", "spring_consortium"),
    ],
)
def test_names_find_their_entry(answerer, question, expected):
    assert top_id(answerer.answer(question)) == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        ("elevat programme", "elevate"),
        ("heather rollison", "heather_rollinson"),
        ("aga kahn", "aga_khan_foundation"),
        ("spring consortum", "spring_consortium"),
    ],
)
def test_typos_are_tolerated(answerer, question, expected):
    assert top_id(answerer.answer(question)) == expected


def test_acronyms_are_derived_from_names():
    assert "nia" in acronyms_of("NHS Innovation Accelerator")
    assert "dfe" in acronyms_of("Department for Education")
    # ("de" is a word people type: "Servicio Andaluz de Salud" names no Department for Education)
    assert "de" not in acronyms_of("Department for Education")
    assert "hf" in acronyms_of("The Health Foundation")
    assert acronyms_of("Elevate") == set()


def test_acronym_answer_says_why(answerer):
    answer = answerer.answer("NIA")
    assert top_id(answer) == "nhs_innovation_accelerator"
    assert answer.results[0].evidence[0].field == "acronym"
    assert answer.results[0].evidence[0].text == "NIA"


def test_acronym_of_a_phrase_inside_a_name(answerer):
    answer = answerer.answer("the ICT in west london")
    assert top_id(answer) == "integrated_community_team"


def test_qualifier_in_brackets_is_not_part_of_the_name():
    assert split_qualifier("Integrated Community Team (West London)") == ("Integrated Community Team", "West London")
    assert split_qualifier("Elevate") == ("Elevate", None)


def test_slack_markup_does_not_disturb_matching(answerer):
    answer = answerer.answer("<@U0BOT> <!here> what is <https://example.org|Elevate>?")
    assert top_id(answer) == "elevate"


# ------------------------------------------------------------------ intent and relations


def test_who_question_favours_people(answerer):
    assert top_id(answerer.answer("who do I talk to about help scaling my innovation?")) == "heather_rollinson"


def test_report_intent_favours_reports(answerer):
    assert answerer.answer("what did the King's Fund publish?").results[0].entry.kind == "report"


def test_partner_question_follows_the_relation(answerer):
    answer = answerer.answer("Elevate - which partner organisations are we working with?")
    assert top_id(answer) == "aisnsw"
    assert "Elevate" in answer.results[0].via


def test_which_noun_decides_the_kind(answerer):
    assert (
        top_id(answerer.answer("which organisation published Adoption and spread of innovation in the NHS?"))
        == "kings_fund"
    )


@pytest.fixture(scope="module")
def staffed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kb")
    (folder / "kb.yaml").write_text(
        """
organisations:
  - id: acme
    name: Acme Trust
    summary: A charitable trust funding school projects.
contacts:
  - id: sam_lee
    name: Sam Lee
    role: Programme lead
    summary: Leads the reading pilot.
    organisation: acme
    slack_user_id: U0SAM
programmes:
  - id: reading_pilot
    name: Reading Recovery Pilot
    summary: Helps children catch up on reading in primary schools.
    topics: [literacy, primary schools]
    places: [Leeds]
    partners: [acme]
    contacts: [sam_lee]
  - id: maths_hubs
    name: Maths Hubs
    summary: Maths teaching networks for secondary schools.
    topics: [numeracy, secondary schools]
    places: [Leeds]
reports:
  - id: recovery_review
    name: Recovery Review
    summary: A review of hospital discharge.
    year: 2020
""",
        encoding="utf-8",
    )
    return Answerer(load_knowledge(folder))


def test_who_runs_x_answers_with_xs_contact(staffed):
    answer = staffed.answer("who runs the reading recovery pilot?")
    assert top_id(answer) == "sam_lee"
    assert answer.results[0].via == "contact for Reading Recovery Pilot"
    assert [m.entry.id for m in answer.results] == ["sam_lee", "reading_pilot"]


def test_list_question_lists_every_match(staffed):
    answer = staffed.answer("which programmes are in Leeds?")
    assert answer.answered and answer.is_list
    assert {m.entry.id for m in answer.results} == {"reading_pilot", "maths_hubs"}


def test_organisation_question_surfaces_the_programme_it_partners(staffed):
    answer = staffed.answer("what programmes does Acme Trust work on?")
    assert top_id(answer) == "reading_pilot"


# ------------------------------------------------------------------ confidence


@pytest.mark.parametrize(
    "question",
    ["what's the wifi password", "lunch order friday", "how do I file expenses", "who won the league last season?"],
)
def test_out_of_scope_questions_are_declined(answerer, question):
    answer = answerer.answer(question)
    assert not answer.answered


def test_unsure_answer_offers_nearest_guesses(staffed):
    answer = staffed.answer("recovery")
    assert answer.outcome is Outcome.DID_YOU_MEAN
    assert {m.entry.id for m in answer.results} == {"reading_pilot", "recovery_review"}


def test_shared_topic_is_a_list_not_a_guess(staffed):
    answer = staffed.answer("leeds schools")
    assert answer.answered and answer.is_list
    assert {m.entry.id for m in answer.results} == {"reading_pilot", "maths_hubs"}


def test_declines_never_invent(answerer):
    answer = answerer.answer("tell me about the Zanzibar quantum widget programme")
    assert not answer.answered
    assert all(m.entry.id in answerer.knowledge.entries for m in answer.results)


# ------------------------------------------------------------------ bad input


BAD_INPUTS = [
    "",
    "   \n\t  ",
    "<@U0123ABC>",
    "🎉🚀🙏",
    "x" * 40_000,
    "what is\x00 my \x07care\x1b[31m my way",
    "ما هو برنامج التوسع؟ \u202eElevate",
    "programmes:\n  - id: x\n    name: y",
    '{"question": "elevate", "answered": true}',
    "<!channel> <!here> <!everyone>",
]


@pytest.mark.parametrize("question", BAD_INPUTS)
def test_bad_input_always_gets_an_answer_object(answerer, question):
    answer = answerer.answer(question)
    assert answer.outcome in set(Outcome)


def test_empty_question_is_empty_not_unknown(answerer):
    assert answerer.answer("   ").small_talk == "greeting"
    assert answerer.answer("<@U0123ABC>").small_talk == "greeting"


def test_long_question_is_matched_on_its_start(answerer):
    answer = answerer.answer("What is My Care My Way? " + "blah " * 10_000)
    assert answer.truncated
    assert top_id(answer) == "my_care_my_way"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=600))
def test_any_text_gives_an_answer_with_real_entries(answerer, question):
    answer = answerer.answer(question)
    assert isinstance(answer.answered, bool)
    for match in answer.results:
        assert answerer.knowledge.get(match.entry.id) is match.entry
        assert 0 <= match.score <= 100
    if answer.answered:
        assert answer.results


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(
            ["elevate", "NHS", "care", "who", "report", "<@U1>", "<!here>", "wigan", "??", "é", "\u202e", "{", "-", ":"]
        ),
        max_size=12,
    )
)
def test_any_mix_of_known_words_gives_an_answer(answerer, words):
    answer = answerer.answer(" ".join(words))
    assert answer.outcome in set(Outcome)


@pytest.mark.parametrize(
    "question, kind",
    [
        ("list all reports", "report"),
        ("which programmes do we have?", "programme"),
        ("show me all the contacts", "contact"),
    ],
)
def test_list_of_a_kind_with_no_subject_is_the_catalogue(answerer, question, kind):
    answer = answerer.answer(question)
    assert answer.answered and answer.is_list
    assert {m.entry.id for m in answer.results} == {e.id for e in answerer.knowledge.of_kind(kind)}


@pytest.mark.parametrize(
    "question, expected, via",
    [
        (
            "which government department sits behind the children's social care innovation programme?",
            "department_for_education",
            "partner on",
        ),
        ("who wrote the blog post on scale?", "julie_temperley", None),
        ("which org published Against the Odds?", "health_foundation", "publisher of Against the Odds"),
        ("who should I contact at Innovation Unit?", "heather_rollinson", "contact for Innovation Unit"),
    ],
)
def test_relation_is_followed_from_the_entry_the_question_names(answerer, question, expected, via):
    answer = answerer.answer(question)
    assert top_id(answer) == expected
    if via:
        assert answer.results[0].via.startswith(via)


def test_equal_scores_go_to_the_better_connected_entry(answerer):
    # The programme and its offshoot match this equally; the programme has more links.
    assert top_id(answerer.answer("what's the thing we're doing in west London for the over-65s?")) == "my_care_my_way"


def test_kind_limited_lookup_never_lists_another_kind(answerer):
    answer = answerer.answer("list all reports", kinds=("contact",))
    assert all(m.entry.kind == "contact" for m in answer.results)


def test_typo_tolerance_keeps_the_first_letter(answerer):
    assert not answerer.answer("what's the weather today").answered  # not Heather
    assert top_id(answerer.answer("hether")) == "heather_rollinson"


@pytest.mark.parametrize("message", ["help", "hi", "thanks!", "hello, how do I use this?"])
def test_greetings_and_help_get_the_help_reply(answerer, message):
    assert answerer.answer(message).small_talk


def test_what_an_organisation_published(answerer):
    answer = answerer.answer("what did innovation unit publish")
    assert {m.entry.id for m in answer.results[:2]} == {"against_the_odds", "blog_impact_at_scale"}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("A partner wants help scaling a new solution they built, who should I point them to?", "heather_rollinson"),
        ("which of our reports launched on Wednesday 25 January?", "against_the_odds"),
        ("which consortium are we part of for the DfE's work on children in care?", "spring_consortium"),
        ("do we have any projects outside the UK?", "unicef_akf_edtech"),
    ],
)
def test_question_shapes(answerer, question, expected):
    assert top_id(answerer.answer(question)) == expected
