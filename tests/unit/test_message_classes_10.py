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


# ------------------------------------------------------------------ whether we are in it


def test_are_we_in_it_said_with_our_name_asks_our_part(answerer):
    answer = answerer.answer("spring consortium - who r they, and r IU in it?")
    assert about(answer) == "spring_consortium"


# ------------------------------------------------------------------ a follow-up said after the name


@pytest.mark.parametrize(
    "message",
    [
        "When is the Against the Odds follow-up report out?",
        "is the Elevate follow up study published yet?",
    ],
)
def test_a_follow_up_named_after_its_original_is_not_held(answerer, message):
    answer = answerer.answer(message)
    assert parse(message).asked_fact == "follow-up"
    assert answer.outcome is not Outcome.ANSWERED


# ------------------------------------------------------------------ the other one, named


def test_the_other_report_named_in_full_is_the_one_meant(answerer):
    message = (
        "the other report from January 2018, growing innovative models of health, care and support for adults"
        " - what's it about?"
    )
    assert about(answerer.answer(message)) == "growing_innovative_models_adults"


def test_the_other_two_after_one_named_are_still_the_others(answerer):
    answer = answerer.answer("one of the January 2018 reports is Against the Odds - what are the other two?")
    assert "against_the_odds" not in ids(answer)


def test_a_choice_after_the_other_is_still_a_choice(answerer):
    message = "on Against the Odds, was the other org the Health Foundation or the King's Fund?"
    assert about(answerer.answer(message)) in ("health_foundation", "against_the_odds")


# ------------------------------------------------------------------ who asks is not what is asked


def test_a_charity_passing_the_question_on_is_not_the_kind_asked_for(answerer):
    message = "a charity I help out at asked if Innovation Unit does anything on care for elderly people - do we?"
    assert parse(message).intent != "organisation"
    assert about(answerer.answer(message)) in ("my_care_my_way", "integrated_community_team")


def test_which_charity_is_still_asked_for():
    assert parse("which charity is our partner on the Pakistan edtech work?").intent == "organisation"


# ------------------------------------------------------------------ all of them, some already known


def test_all_of_a_topics_work_with_some_already_named_lists_those_too(answerer):
    message = "what's all our children's social care work? I know about the DfE programme and Wigan - anything else?"
    answer = answerer.answer(message)
    assert {"innovation_programme_csc", "asset_based_csc_wigan"} <= set(ids(answer))
    assert ids(answer)[0] in ("innovation_programme_csc", "asset_based_csc_wigan")


def test_who_else_without_all_still_leaves_out_the_ones_known(answerer):
    answer = answerer.answer("children's social care partners - DfE, Spring, who else?")
    assert "department_for_education" not in ids(answer)


# ------------------------------------------------------------------ a name said in full among its neighbours


def test_a_programme_named_in_full_beats_entries_only_about_its_place(answerer):
    message = (
        "Using the west London integrated care service for over-65s as a case study. "
        "Is it _My Care, My Way_ or _My Way Care_?"
    )
    assert about(answerer.answer(message)) == "my_care_my_way"


def test_a_name_in_quotes_is_that_name_not_a_passage_others_quote(answerer):
    """Other entries' summaries mention My Care, My Way; quoting its name asks about it, not who quotes it."""
    message = "A GP raved about 'My Care My Way' as a model you helped build. Could a school borrow it? What is it?"
    assert about(answerer.answer(message)) == "my_care_my_way"


# ------------------------------------------------------------------ who we are, asked of "you"


@pytest.mark.parametrize(
    "message",
    [
        "sorry if this is basic, but who are you as an organisation?",
        "what kind of organisation are you exactly?",
        "what does your organisation actually do?",
        "are you a government body or a charity?",
        "what sort of work do you guys do?",
    ],
)
def test_you_as_an_organisation_is_innovation_unit(answerer, message):
    assert about(answerer.answer(message)) == "innovation_unit"


def test_who_are_you_alone_is_not_taken_for_the_organisation(answerer):
    assert answerer.answer("who are you?").outcome is not Outcome.ANSWERED


def test_you_offered_as_one_side_of_a_choice_is_us(answerer):
    answer = answerer.answer("the Australian schools work - who runs it, AISNSW or you lot?")
    assert ids(answer)[:1] in (["elevate"], ["aisnsw"])
    assert "heather_rollinson" not in ids(answer)[:1]


# ------------------------------------------------------------------ the work done together


def test_a_joint_piece_of_work_is_no_attribute(answerer):
    message = "I see you've worked with the Health Foundation. What was the joint piece of work?"
    assert parse(message).asked_fact is None
    assert ids(answerer.answer(message))[0] in ("against_the_odds", "health_foundation")


def test_a_question_quoted_from_someone_else_names_nothing():
    message = (
        "The reviewer wrote _'where is IU's evidence on health?'_ Which report did we do with the Health Foundation?"
    )
    assert "iu" not in parse(message).quoted


# ------------------------------------------------------------------ lists with one set aside


def test_every_programme_of_a_topic_except_one_named(answerer):
    answer = answerer.answer("all our education programmes except Elevate please")
    assert "elevate" not in ids(answer)
    assert {"big_picture_learning_doncaster", "unicef_akf_edtech"} <= set(ids(answer))


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("all our programmes in education please", "all"),
        ("one of our reports mentions ten innovations - which?", "one"),
    ],
)
def test_a_greeting_word_that_opens_a_phrase_is_kept(message, kept):
    assert kept in parse(message).words


def test_hi_all_is_still_a_greeting():
    assert "all" not in parse("hi all, who runs Elevate?").words


def test_a_short_topic_ending_on_the_work_is_the_lists_subject(answerer):
    answer = answerer.answer("west london older people's work - all the orgs involved?")
    assert set(ids(answer)) <= {"west_london_ccg", "ppl", "my_care_my_way", "integrated_community_team"}


# ------------------------------------------------------------------ facts no entry keeps


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("who's on IT support today? the printer is broken", "rota"),
        ("who's on call tonight for the Wigan work?", "rota"),
        ("what reduction in exclusions has the Doncaster school achieved?", "figures"),
    ],
)
def test_rotas_and_measured_changes_are_not_held(answerer, message, fact):
    assert parse(message).asked_fact == fact
    assert answerer.answer(message).outcome is not Outcome.ANSWERED


# ------------------------------------------------------------------ a name in bold


def test_one_word_in_bold_is_a_name(answerer):
    message = "a trustee said you run an *Accelerator* for innovators. Could a school project get onto it? What is it?"
    assert about(answerer.answer(message)) == "nhs_innovation_accelerator"


def test_a_bold_everyday_word_is_emphasis():
    assert not parse("refreshing the *Partners* page - what's our link with Spring Consortium?").quoted


# ------------------------------------------------------------------ what it is called, then where it came from


def test_its_name_asked_before_its_origin_comes_first(answerer):
    answer = answerer.answer("wigan - what's the programme called, and where did its innovations come from?")
    assert ids(answer)[:2] == ["asset_based_csc_wigan", "innovation_programme_csc"]


def test_where_it_came_from_alone_gives_the_origin_first(answerer):
    assert about(answerer.answer("where did the Wigan innovations come from?")) == "innovation_programme_csc"


def test_its_own_programme_or_part_of_another_is_asked_of_the_first(answerer):
    message = "Is the Wigan work its own programme or just part of the DfE one?"
    assert about(answerer.answer(message)) == "asset_based_csc_wigan"


# ------------------------------------------------------------------ a service is a piece of work


def test_an_integrated_care_service_is_the_programme(answerer):
    answer = answerer.answer("what's the integrated care service for over 65s in west london called?")
    assert about(answer) in ("my_care_my_way", "integrated_community_team")


# ------------------------------------------------------------------ a long paste with no question


def test_a_long_paste_that_asks_nothing_is_read_only_as_far_as_it_is_matched():
    filler = "The printer on the third floor is jammed again and the files are still in boxes. " * 20
    early = parse("Elevate's phone line keeps ringing. " + filler)
    late = parse(filler + "Elevate's phone line keeps ringing.")
    assert early.asked_fact == "phone number"
    assert late.asked_fact is None  # past the words the engine reads, as for matching
    assert len(late.words) <= 80


# ------------------------------------------------------------------ the UK, and beyond it


@pytest.mark.parametrize(
    "message", ["list our UK programmes", "which programmes are we running in the UK at the moment?"]
)
def test_uk_programmes_are_those_not_placed_beyond_it(answerer, message):
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.LIST
    assert {"my_care_my_way", "asset_based_csc_wigan", "big_picture_learning_doncaster"} <= set(ids(answer))
    assert not {"elevate", "unicef_akf_edtech"} & set(ids(answer))


@pytest.mark.parametrize(
    "message",
    [
        "which of our programmes are outside the UK?",
        "which programmes involve work outside the UK, and in which countries?",
    ],
)
def test_programmes_outside_the_uk_are_every_one_placed_beyond_it(answerer, message):
    assert set(ids(answerer.answer(message))) == {"elevate", "unicef_akf_edtech"}


def test_places_outside_london_are_every_other_place(answerer):
    answer = answerer.answer("which places outside London are we working in? list them")
    assert "my_care_my_way" not in ids(answer)
    assert {"asset_based_csc_wigan", "elevate"} <= set(ids(answer))


def test_plain_english_is_no_place(answerer):
    message = "A data sharing agreement came from Wigan council. In plain English, what are we doing for them?"
    assert about(answerer.answer(message)) in ("asset_based_csc_wigan", "wigan_council")


def test_which_countries_one_thing_is_in_still_asks_its_places():
    assert parse("which countries is Elevate in?").list_kinds == ()


def test_outside_the_uk_but_not_australia_sets_australia_aside(answerer):
    message = "A funder wants international work, not Australia. What else are we doing outside the UK?"
    assert ids(answerer.answer(message))[0] == "unicef_akf_edtech"


# ------------------------------------------------------------------ one of two people, staff or not


def test_of_two_people_named_the_one_the_need_is_about(answerer):
    message = "Julie or Heather as the contact for scaling enquiries? I know Julie wrote the blog."
    assert ids(answerer.answer(message))[:2] == ["heather_rollinson", "julie_temperley"]


def test_one_of_your_staff_or_not_is_asked_of_the_person(answerer):
    message = "Is Julie Temperley one of your staff or a freelance writer?"
    assert parse(message).asked_fact is None
    assert about(answerer.answer(message)) == "julie_temperley"


def test_how_many_of_our_staff_is_still_a_headcount():
    assert parse("how many of our staff work on Elevate?").asked_fact == "number of staff"


@pytest.mark.parametrize(
    "message",
    ["Is there a Welsh translation of Against the Odds?", "can we get the Elevate summary in French?"],
)
def test_translations_are_not_held(answerer, message):
    assert parse(message).asked_fact == "translation"
    assert answerer.answer(message).outcome is not Outcome.ANSWERED


# ------------------------------------------------------------------ a service described, then its name asked


def test_a_name_asked_alone_after_a_service_described_is_the_programme(answerer):
    assert about(answerer.answer("integrated care service for over 65s in west london - name?")) == "my_care_my_way"


def test_what_a_service_we_help_with_is_called_and_our_part_in_it(answerer):
    message = (
        "I read that you help with an integrated care service for people over 65 in London. "
        "What is it called, and what does Innovation Unit do in it?"
    )
    assert about(answerer.answer(message)) == "my_care_my_way"


def test_public_service_innovation_is_no_service_of_ours(answerer):
    message = "I'm writing about public service innovation. In plain English, what does Innovation Unit do on scale?"
    assert about(answerer.answer(message)) == "innovation_unit"


def test_a_name_asked_alone_reads_only_the_sentence_before(answerer):
    message = "A funder asked for our evidence base. I remember a King's Fund paper from 2018. What's the title?"
    assert about(answerer.answer(message)) == "kings_fund_adoption_spread_nhs"


# ------------------------------------------------------------------ our own name as "we" in a list request


@pytest.mark.parametrize(
    ("message", "listed"),
    [
        ("list every organisation Innovation Unit works with on children's social care", "department_for_education"),
        ("which of Innovation Unit's current programmes are about schools?", "big_picture_learning_doncaster"),
    ],
)
def test_our_name_in_a_list_request_asks_for_our_work_not_our_card(answerer, message, listed):
    answer = answerer.answer(message)
    assert "innovation_unit" not in ids(answer)
    assert listed in ids(answer)


def test_what_innovation_unit_does_is_still_about_us(answerer):
    assert about(answerer.answer("what does Innovation Unit do?")) == "innovation_unit"


# ------------------------------------------------------------------ a name set aside, a name quoted, a person there


def test_a_sort_noun_inside_a_name_set_aside_asks_for_no_kind(answerer):
    message = "what did ATO look at? the ten innovations that scaled, or am I mixing it up with the King's Fund one?"
    assert parse(message).intent != "organisation"
    assert about(answerer.answer(message)) == "against_the_odds"


def test_did_we_put_out_something_with_a_quoted_name_is_that_document(answerer):
    message = 'Did we put out something on care and support for adults in 2018? Someone said "Growing something".'
    assert parse(message).intent == "report"
    assert about(answerer.answer(message)) == "growing_innovative_models_adults"


@pytest.mark.parametrize(
    "message",
    ["what's the name of PPL's lead on My Care, My Way?", "who's the PPL lead on the over-65s work?"],
)
def test_a_person_at_a_partner_we_hold_nobody_for_is_not_held(answerer, message):
    answer = answerer.answer(message)
    assert parse(message).workplace == ("ppl",)
    assert answer.outcome is not Outcome.ANSWERED
    assert answer.missing == "contact"


def test_our_main_contact_at_a_partner_is_asked_at_the_partner():
    assert parse("who's our main contact at AISNSW?").workplace == ("aisnsw",)


def test_is_it_a_person_or_a_company_asks_what_the_name_is(answerer):
    assert about(answerer.answer("ppl - person or company?? it's in the west london notes")) == "ppl"


# ------------------------------------------------------------------ a second reader's cases


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("what does our organisation do in Wigan?", ("wigan_council", "asset_based_csc_wigan")),
        ("what kind of work do you do with schools?", ("elevate", "big_picture_learning_doncaster")),
        ("On Elevate, are you the lead organisation or is AISNSW?", ("aisnsw", "elevate")),
    ],
)
def test_a_question_about_us_that_goes_on_to_a_topic_is_about_the_topic(answerer, message, first):
    assert about(answerer.answer(message)) in first


def test_besides_one_named_lists_the_rest_of_our_programmes(answerer):
    answer = answerer.answer("which programmes does IU run besides Elevate?")
    assert "elevate" not in ids(answer) and "innovation_unit" not in ids(answer)
    assert len(ids(answer)) >= 5


def test_does_iu_work_with_lists_partners_not_us(answerer):
    assert "innovation_unit" not in ids(answerer.answer("which organisations does Innovation Unit work with?"))


@pytest.mark.parametrize(
    "message",
    ["which of our programmes have gone beyond the pilot stage?", "which programmes go beyond the classroom?"],
)
def test_beyond_what_is_no_place_lists_no_places(answerer, message):
    assert answerer.answer(message).outcome is not Outcome.LIST


def test_outside_london_asked_of_programmes_leaves_london_out(answerer):
    answer = answerer.answer("which of our programmes are outside London?")
    assert "my_care_my_way" not in ids(answer) and "elevate" in ids(answer)


def test_hi_all_then_a_question_still_greets_everyone(answerer):
    assert ids(answerer.answer("Hi all, our Australia programme?"))[0] == "elevate"


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("who was the partner that wanted to scale Elevate?", "aisnsw"),
        ("what's the charity mentioned alongside UNICEF on the edtech work?", "unicef"),
    ],
)
def test_the_thing_described_by_a_clause_is_asked_for_not_asking(answerer, message, first):
    assert ids(answerer.answer(message))[0] in (first, "aga_khan_foundation")


@pytest.mark.parametrize(
    "message",
    [
        "How has the Big Picture Learning model translated into a UK school in Doncaster?",
        "Has the Elevate approach been used in Chinese schools?",
        "who is on the Elevate team this week?",
    ],
)
def test_words_near_a_fact_we_lack_do_not_ask_it(answerer, message):
    assert parse(message).asked_fact is None


def test_an_option_is_no_adoption(answerer):
    answer = answerer.answer("what reports have we got? need an option for a reading group")
    assert len(ids(answer)) >= 4


def test_list_who_else_leaves_out_those_named(answerer):
    answer = answerer.answer("DfE, Spring - can you list who else is on the children's social care work?")
    assert "department_for_education" not in ids(answer)[:1]


def test_counted_as_a_second_partner_is_the_one_asked_about(answerer):
    message = "Does PPL count as a second partner on My Care My Way, alongside the CCG?"
    assert about(answerer.answer(message)) == "ppl"


@pytest.mark.parametrize("message", ["send me your list pls, programmes", "can you give me your current list? reports"])
def test_your_list_is_a_list_asked_for(answerer, message):
    assert answerer.answer(message).outcome is Outcome.LIST


def test_you_alone_as_an_option_is_not_our_organisation(answerer):
    answer = answerer.answer("who should I ask about Against the Odds, Heather or you?")
    assert about(answer) == "heather_rollinson"


def test_textspeak_letters_are_not_a_name_spelt_out(answerer):
    assert about(answerer.answer("r u a DfE body or a consultancy or what?")) == "innovation_unit"


def test_a_long_message_that_asks_keeps_its_fact():
    filler = "We moved offices last month and the files are still in boxes on the third floor. " * 15
    assert parse("re Against the Odds. " + filler + "So bottom line, who wrote it?").asked_fact == "author"


# ------------------------------------------------------------------ what the asker has, and a report of ours


def test_only_the_sentence_that_says_else_names_what_the_asker_has(answerer):
    message = "Who are all the partners on the over-65s work out west? I've got the CCG, who else?"
    assert parse(message).named_already == ("ccg",)
    assert "ppl" in ids(answerer.answer(message))


def test_a_report_of_ours_is_one_we_made_even_beside_a_quoted_claim(answerer):
    message = (
        'A client wants "proof that scaling works in the NHS". Is there a report of ours on innovations that scaled?'
    )
    assert parse(message).made_by_us
    assert about(answerer.answer(message)) == "against_the_odds"


# ------------------------------------------------------------------ fifth round's kinds


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("how much did the Health Foundation put in for Against the Odds - anyone know the figure?", "figures"),
        ("does Against the Odds have an ISBN or a DOI?", "ISBN or DOI"),
    ],
)
def test_figures_and_catalogue_numbers_are_not_held(answerer, message, fact):
    assert parse(message).asked_fact == fact
    assert answerer.answer(message).outcome is not Outcome.ANSWERED


def test_which_of_the_dated_ones_is_ours_is_the_one_we_made(answerer):
    message = "partners keep asking for 'our scaling report'. Which of the Jan 2018 ones is actually ours?"
    assert ids(answerer.answer(message)) == ["against_the_odds"]


def test_is_a_person_at_another_body_or_ours_is_asked_of_the_person(answerer):
    message = "Is Heather Rollinson at the Health Foundation or one of ours?"
    assert about(answerer.answer(message)) == "heather_rollinson"


def test_is_our_organisation_part_of_it_or_through_a_consortium_is_not_a_person_question(answerer):
    message = "Is Innovation Unit part of the DfE programme directly, or through some consortium?"
    assert about(answerer.answer(message)) != "innovation_unit"


def test_the_aussie_1_or_the_unicef_1(answerer):
    assert about(answerer.answer("is elevate the aussie 1 or the unicef 1??")) == "elevate"


def test_oz_is_australia(answerer):
    assert "aisnsw" in ids(answerer.answer("who's our partner in Oz on the schools work?"))[:2]


def test_the_other_way_round_asks_for_no_others(answerer):
    message = "What's Julie Temperley's job title? Is she more senior than Heather or the other way round?"
    assert not parse(message).wants_others
    assert ids(answerer.answer(message))[0] == "julie_temperley"


def test_a_co_author_organisation_is_a_body_and_not_us(answerer):
    message = "who was the co-author organisation on Against the Odds?"
    assert parse(message).intent == "organisation"
    assert about(answerer.answer(message)) == "health_foundation"


def test_who_wrote_the_blog_that_name_checks_one_of_ours(answerer):
    message = "Who wrote the IU blog that name-checks our My Care, My Way service? Our GP lead wants to thank them."
    assert about(answerer.answer(message)) == "julie_temperley"


def test_a_blog_that_name_checks_the_report_asked_about_does_not_replace_it(answerer):
    message = (
        "Was there a report in early 2018 on growing new models of care and support for adults? "
        "I think your blog name-checks it."
    )
    assert about(answerer.answer(message)) == "growing_innovative_models_adults"


def test_on_the_phone_is_how_not_whom(answerer):
    message = "funder on the phone asked if we've got anything on care for over 65s. do we? what is it?"
    assert about(answerer.answer(message)) in ("my_care_my_way", "integrated_community_team")


def test_which_of_our_projects_is_the_place_one(answerer):
    answer = answerer.answer("Which of your projects is the Doncaster school one?")
    assert ids(answer) == ["big_picture_learning_doncaster"]


# ------------------------------------------------------------------ sixth round's kinds


def test_what_is_our_name_with_a_guess_after_it_is_about_us(answerer):
    assert ids(answerer.answer("wat even is innovation unit r u nhs")) == ["innovation_unit"]


def test_who_are_you_and_what_do_you_do_is_about_us(answerer):
    message = "Who are you actually and what do you do? I can't tell if you're part of the NHS or the council"
    assert about(answerer.answer(message)) == "innovation_unit"


def test_reports_you_have_published_are_ours(answerer):
    answer = answerer.answer("Which reports have you published that a normal person could read? A list please")
    assert parse("Which reports have you published?").made_by_us
    assert "kings_fund_adoption_spread_nhs" not in ids(answer) and "against_the_odds" in ids(answer)


def test_payment_terms_are_not_held(answerer):
    message = "What are the payment terms on the UNICEF agreement - 30 days or 60?"
    assert parse(message).asked_fact == "payment terms"
    assert answerer.answer(message).outcome is not Outcome.ANSWERED


# ------------------------------------------------------------------ a second reader's cases, second pass


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("what is the King's Fund report on adoption called?", "kings_fund_adoption_spread_nhs"),
        ("what is the Health Foundation report with IU called?", "against_the_odds"),
        ("what is UNICEF's part in the edtech work?", "unicef_akf_edtech"),
    ],
)
def test_what_is_a_name_followed_by_more_asks_about_the_more(answerer, message, first):
    assert about(answerer.answer(message)) == first


def test_a_paper_that_covers_a_topic_is_the_paper_not_the_blog(answerer):
    answer = answerer.answer("who wrote the paper that covered student centred learning?")
    assert ids(answer)[0] == "student_centred_learning_report"


def test_a_choice_of_funders_is_not_a_name_described(answerer):
    assert parse("Was the funding from DfE or Wigan Council for the Wigan work?").asked_fact == "funding"
    assert "kings_fund" not in ids(answerer.answer("Was the funding from DfE or Wigan Council for the Wigan work?"))[:1]


def test_which_is_the_topic_one_may_be_several(answerer):
    answer = answerer.answer("which of your programmes is the education one?")
    assert {"elevate", "big_picture_learning_doncaster"} <= set(ids(answer))


def test_you_asked_of_a_person_is_not_us(answerer):
    answer = answerer.answer("Heather did you write the Elevate case study or was it AISNSW?")
    assert "against_the_odds" not in ids(answer)


@pytest.mark.parametrize(
    "message", ["have we published any research into blockchain?", "have you published anything for dentists?"]
)
def test_our_work_on_a_topic_we_hold_nothing_on_is_declined(answerer, message):
    assert answerer.answer(message).outcome is not Outcome.LIST


def test_i_know_the_figures_is_no_figure_asked():
    assert parse("I know the key figures at the King's Fund, but who did the adoption report?").asked_fact != "figures"


def test_who_else_after_a_sentence_saying_what_i_have(answerer):
    message = "Which orgs are on My Care My Way? I've got the CCG. Who else?"
    assert parse(message).named_already == ("ccg",)
    assert about(answerer.answer(message)) == "ppl"


def test_is_anyone_else_involved_after_a_claim_keeps_the_claimed_work(answerer):
    message = "Saw somewhere that IU works with UNICEF - is that right, and is anyone else involved in that work?"
    assert ids(answerer.answer(message))[0] in ("unicef_akf_edtech", "aga_khan_foundation", "unicef")
