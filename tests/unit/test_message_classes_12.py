"""Kinds of Slack message the blind sets of the tenth session showed the engine misreading, each in
conversations written for these tests: the general reading is asserted, not any one line."""

from __future__ import annotations

import pytest
from support.answers import about, assert_answered_first, assert_not_held, ids

from bot.answer import Outcome
from bot.question import parse, sentences

# ------------------------------------------------------------------ who is asking, and what of


@pytest.mark.parametrize(
    "message",
    [
        "Company Secretary here. Please confirm the name of the person who heads innovation consultancy.",
        "Governance Officer here - who is the person leading our innovation consultancy work?",
        "Press Office team here. Who heads up innovation consultancy at IU, for a quote?",
    ],
)
def test_an_asker_introducing_their_own_office_is_no_unknown_subject(answerer_with_meaning, message):
    answer = answerer_with_meaning.answer(message)
    assert_answered_first(answer, "heather_rollinson")


def test_a_name_followed_by_here_that_is_asked_about_still_counts_as_unknown(answerer):
    # "Nesta" is what is asked about, not who is asking.
    answer = answerer.answer("Is Nesta's scaling programme still running here in the UK?")
    assert answer.outcome is not Outcome.ANSWERED


# ------------------------------------------------------------------ the sort of body asked for


@pytest.mark.parametrize(
    "message",
    [
        "I need the correct name of the consortium through which we work with the Department for Education.",
        "for the register: name of the consortium we were part of on the DfE children's social care programme?",
    ],
)
def test_the_name_of_a_sort_of_body_asks_for_the_one_of_that_sort(answerer, message):
    assert parse(message).asked_noun == "consortium"
    assert about(answerer.answer(message)) == "spring_consortium"


def test_the_name_of_a_programme_said_with_our_name_is_not_a_sort_of_body(answerer):
    message = (
        "our finance team need the name of the Innovation Unit programme the NSW schools work sits under, plus the "
        "partner organisation on your side out here. Can you confirm?"
    )
    assert parse(message).asked_noun not in ("unit", "programme")
    # (the children's social care programme is no answer for being the one "Programme" in its name)
    assert "innovation_programme_csc" not in ids(answerer.answer(message))


# ------------------------------------------------------------------ two names, one quoted


@pytest.mark.parametrize(
    "message",
    [
        'I keep running into something called the "Spring Consortium". Is that yours? How does it fit with the '
        "Department for Education?",
        "Someone mentioned 'Against the Odds'. Is that ours, and where does the Health Foundation come in?",
    ],
)
def test_the_name_quoted_is_what_is_asked_about_before_one_named_after_it(answerer, message):
    quoted_first = "spring_consortium" if "Spring" in message else "against_the_odds"
    assert ids(answerer.answer(message))[0] == quoted_first


def test_of_two_names_neither_quoted_the_first_said_in_the_question_still_leads(answerer):
    answer = answerer.answer("who are Spring Consortium and what do they do with the DfE?")
    assert ids(answer)[0] == "spring_consortium"


# ------------------------------------------------------------------ results, counts and addresses not held


@pytest.mark.parametrize(
    ("message", "fact", "entry"),
    [
        ("Has My Care, My Way actually reduced hospital admissions for the over-65s?", "figures", "my_care_my_way"),
        ("did Elevate measurably improve attainment in the NSW schools?", "figures", "elevate"),
        ("what's the office adress for the Aga Khan Foundation?", "address", "aga_khan_foundation"),
        ("> Against the Odds looks at ten health innovations that have scaled. Which ten?", None, "against_the_odds"),
    ],
)
def test_results_a_named_list_and_a_misspelt_address_are_not_held(answerer, message, fact, entry):
    answer = answerer.answer(message)
    assert answer.outcome is not Outcome.ANSWERED
    assert answer.missing == fact or (fact is None and answer.missing.startswith("list of"))
    assert ids(answer)[0] == entry


@pytest.mark.parametrize(
    "message",
    [
        "how has Big Picture improved things for young people in Doncaster?",  # asks what the card says it does
        "did the Wigan work actually cut costs, or only promise to?",  # "reduced costs" is on its card
    ],
)
def test_what_a_card_says_a_work_does_is_still_answered(answerer, message):
    assert answerer.answer(message).outcome is Outcome.ANSWERED


# ------------------------------------------------------------------ who takes a part, and whom to pass to


@pytest.mark.parametrize(
    "message",
    [
        "Who actually commissions My Care, My Way - is it the ICB now or still the CCG?",
        "who commissions my care my way these days?",
    ],
)
def test_who_commissions_a_work_is_its_commissioning_body(answerer, message):
    answer = answerer.answer(message)
    assert_answered_first(answer, "west_london_ccg")


def test_who_the_receptionist_should_route_callers_to_is_a_person_for_their_need(answerer_with_meaning):
    message = (
        "reception keeps getting calls from organisations that want help scaling something they've built. "
        "Who should the receptionist route those to?"
    )
    assert about(answerer_with_meaning.answer(message)) == "heather_rollinson"


# ------------------------------------------------------------------ shorthand that names nothing of ours


def test_a_run_of_words_with_an_acronym_in_it_gives_no_shorthand(answerer):
    # "DfE children's social care…" is no "DCS": a DCS is a Director of Children's Services.
    assert "dcs" not in answerer.index._phrase_acronyms
    assert "csc" in answerer.index._phrase_acronyms  # "Children's Social Care" still is


@pytest.mark.parametrize(
    "message",
    [
        "Our DCS came back from a conference raving about a report on ten health innovations that managed to "
        "spread. What's it called?",
        "the DCS wants the report that looked at ten health innovations that actually scaled - title?",
    ],
)
def test_a_director_of_children_s_services_is_not_the_dfe_programme(answerer, message):
    answer = answerer.answer(message)
    assert_answered_first(answer, "against_the_odds")


def test_who_is_the_dcs_somewhere_is_not_held(answerer):
    assert answerer.answer("who's the DCS at Stockport these days?").outcome is not Outcome.ANSWERED


# ------------------------------------------------------------------ one of ours, by what it does


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "Which IU programme supports Wigan to do that, and is it separate from the national one?",
            "asset_based_csc_wigan",
        ),
        ("which IU programme works in Australia?", "elevate"),
    ],
)
def test_which_of_our_programmes_does_something_is_one_programme(answerer, message, entry):
    query = parse(message)
    assert not query.wants_list
    answer = answerer.answer(message)
    assert_answered_first(answer, entry)


def test_which_programme_covers_a_subject_is_still_a_list(answerer):
    assert answerer.answer("which programme covers schools?").outcome is Outcome.LIST


# ------------------------------------------------------------------ a topic before a dash, after a sentence


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "also meant to ask :thinking_face: the Spring Consortium - is that us plus others, or a DfE thing?",
            "spring_consortium",
        ),
        ("Filling in the retention schedule. PPL - are they part of IU or a separate outfit?", "ppl"),
    ],
)
def test_a_name_before_a_dash_after_a_sentence_ends_is_what_the_question_asks_about(answerer, message, entry):
    assert ids(answerer.answer(message))[0] == entry


def test_a_name_before_a_dash_is_no_topic_when_what_follows_asks_nothing():
    found = sentences("The sheet lists SPRING CONS. (w/ DfE) — CSC IP under memberships. What's the Spring one?")
    assert not any(s.topic for s in found)


# ------------------------------------------------------------------ people by their office, or their desk


def test_an_office_at_a_body_need_not_repeat_the_body_s_name(answerer):
    # "Director of Innovation Consultancy" at Innovation Unit: "the consultancy director at IU" says it.
    answer = answerer.answer('our head keeps saying "run it past the consultancy director at IU" - their name?')
    assert ids(answer)[0] == "heather_rollinson"


def test_whose_desk_an_enquiry_lands_on_is_a_person_for_that_need(answerer):
    message = "If an outside organisation wants our help scaling something they've built, whose desk does that land on?"
    assert parse(message).seeks_person
    assert about(answerer.answer(message)) == "heather_rollinson"


# ------------------------------------------------------------------ facts of people, and of what was just said


def test_what_department_someone_is_in_is_answered_by_their_role(answerer):
    answer = answerer.answer("who is heather rollinson n wat dept is she in")
    assert answer.outcome is Outcome.ANSWERED
    assert answer.fact is not None and answer.fact.label == "role"


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Finance need the registered postal address for PPL for an invoice - anyone have it?", "address"),
        ("growin innovative modls for adults report - who publishd it", "publisher"),
        ("Julie Temperley's account shows as inactive - has she left, or is she on leave?", "whereabouts"),
    ],
)
def test_a_fact_asked_in_shorthand_or_by_pointing_back_is_not_held(answerer, message, fact):
    assert_not_held(answerer.answer(message), fact)


@pytest.mark.parametrize(
    "message",
    [
        "I'm told someone on our staff published a report on student-centred learning. Do we have that one?",
        "A complete list of our programmes please - I want to check nothing has been left out of the draft.",
        "Who's the named person for scaling help, still Heather or has it moved on?",
    ],
)
def test_having_a_thing_or_leaving_it_out_asks_no_such_fact(message):
    assert parse(message).asked_fact not in ("publisher", "author", "whereabouts")


# ------------------------------------------------------------------ someone to pass a need to, however it is put


@pytest.mark.parametrize(
    "message",
    [
        "If an organisation wants help scaling something they've built, who's the named person Priya should "
        "forward them to?",
        "when a prospect has built something promising and needs help scaling it, whose name do we give them?",
        "who owns our scaling offer these days? want them on a panel",
    ],
)
def test_the_person_for_a_need_asked_in_other_words(answerer, message):
    answer = answerer.answer(message)
    assert_answered_first(answer, "heather_rollinson")


# ------------------------------------------------------------------ every partner, however put


@pytest.mark.parametrize(
    "message",
    [
        "can you list every organisation IU names as a partner or collaborator across its scaling work? UK and abroad",
        "I need every external organisation we name as a partner or collaborator in the scaling work. The full set",
        "list every partner org named in our scale material, grouped by programme",
    ],
)
def test_every_partner_of_ours_is_a_list_of_partners_not_us(answerer, message):
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.LIST
    listed = ids(answer)
    assert "innovation_unit" not in listed
    assert {"spring_consortium", "ppl", "aisnsw"} <= set(listed)


def test_every_organisation_named_in_one_document_is_still_those_it_names(answerer):
    answer = answerer.answer("please list every external organisation named in the scale blog")
    assert answer.outcome is Outcome.LIST
    assert all(m.via and m.via.startswith("named in") for m in answer.results)


# ------------------------------------------------------------------ things counted, numbers to ring, people


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("which are the ~20 practices getting My Care, My Way? Is ours on the list?", "list of practices"),
        ("> Against the Odds examines ten health innovations that have scaled. could you list the ten for me?", None),
        ("safeguarding referral to Wigan children's services tonight - does anyone have the number?", "phone number"),
    ],
)
def test_the_things_counted_and_a_number_to_ring_are_not_held(answerer, message, fact):
    answer = answerer.answer(message)
    assert answer.outcome is not Outcome.ANSWERED
    assert answer.missing == fact or (fact is None and answer.missing.startswith("list of"))


def test_what_are_the_three_reports_is_still_a_list_of_entries(answerer):
    assert answerer.answer("what are the three reports from January 2018?").outcome is Outcome.LIST


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("ppl at wrk keep sayin the my care my way thing is goin 2 more surgerys, is that u lot", "my_care_my_way"),
        ("met sum1 frm ppl at a leigh event, who r they", "ppl"),
    ],
)
def test_ppl_at_work_are_colleagues_but_ppl_at_an_event_is_ppl(answerer, message, entry):
    assert about(answerer.answer(message)) == entry


# ------------------------------------------------------------------ a partner remembered by its letters


@pytest.mark.parametrize(
    "message",
    [
        "The draft names the NHS commissioner for the west London over-65s work plus a second party, and my notes "
        "only have three capital letters for that one. Who is our partner organisation on that work?",
        "west London over-65s site: supported by us, the CCG and a partner organisation I only have as three "
        "initials. What are the initials?",
    ],
)
def test_the_partner_remembered_by_its_letters_is_not_the_one_named_beside_it(answerer, message):
    assert ids(answerer.answer(message))[0] == "ppl"


def test_letters_sent_for_someone_are_still_no_hint(answerer):
    from bot.answer import _LETTER_COUNT

    assert _LETTER_COUNT.search("i need to post 3 letters to the partners") is None
    assert _LETTER_COUNT.search("three letters for the DfE programme") is None
    assert _LETTER_COUNT.search("my notes only have three capital letters for that one") is not None


# ------------------------------------------------------------------ a person named, asked of or guessed at


def test_a_title_asked_of_the_one_named_is_theirs_even_with_a_guess_beside_it(answerer):
    message = "what's Julie Temperley's actual job title (director or associate or something)? for the byline"
    assert_not_held(answerer.answer(message), "role", "julie_temperley")


def test_a_person_guessed_for_a_need_gives_way_to_the_one_it_is_for(answerer):
    message = (
        "A district council has built something that works and wants help scaling it. I was going to point "
        "them at Julie Temperley since she's our contact for scaling enquiries, right?"
    )
    assert ids(answerer.answer(message))[:2] == ["heather_rollinson", "julie_temperley"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("agaisnt the odds co-auther org?? need it 4 the copyright line", "health_foundation"),
        ("Did Elevate kick off in 2015 or 2016?", None),
    ],
)
def test_a_misspelt_co_author_and_a_start_year_guessed(answerer, message, expected):
    answer = answerer.answer(message)
    if expected is None:
        assert_not_held(answer, "start date", "elevate")
    else:
        assert ids(answer)[0] == expected


def test_a_report_launched_in_a_year_is_still_its_publication_date(answerer):
    assert answerer.answer("did Against the Odds launch in 2018?").outcome is Outcome.ANSWERED


# ------------------------------------------------------------------ lists by what they are about, said first


def test_our_programmes_of_a_subject_ignore_what_the_list_is_for(answerer):
    answer = answerer.answer("Please list our education programmes for the CE's briefing ahead of the select committee")
    assert answer.outcome is Outcome.LIST
    assert set(ids(answer)) >= {"elevate", "big_picture_learning_doncaster", "unicef_akf_edtech"}
    assert "innovation_programme_csc" not in ids(answer)


@pytest.mark.parametrize(
    "message",
    [
        "Can someone list all of Nesta's scaling reports from the last couple of years?",  # not ours at all
        "csc innov prog w dfe wat r we actualy doin on it",  # one programme, asked about
    ],
)
def test_a_word_before_the_kind_is_no_subject_of_a_list_nobody_asked_for(answerer, message):
    answer = answerer.answer(message)
    assert not (answer.outcome is Outcome.LIST and len(answer.results) > 3)


# ------------------------------------------------------------------ half of a comparison we hold nothing on


def test_the_difference_between_a_body_we_hold_and_one_we_do_not_is_not_answered(answerer):
    message = "What's the difference between the *Nuffield Trust* and the *King's Fund* anyway?"
    assert answerer.answer(message).outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("who commisions my care my way, ccg or the council?", "west_london_ccg"),
        ("What were the actual outcomes from My Care, My Way? Need numbers for our case", None),
    ],
)
def test_a_misspelt_commissioner_and_actual_outcomes(answerer, message, expected):
    answer = answerer.answer(message)
    if expected is None:
        assert_not_held(answer, "figures", "my_care_my_way")
    else:
        assert ids(answer)[0] == expected


# ------------------------------------------------------------------ a second reader's cases: what must not misfire


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("What did we do to help Wigan improve its children's social care?", "asset_based_csc_wigan"),
        ("Did the blog post increase interest in Against the Odds?", "against_the_odds"),
        ("Have we cut ties with PPL?", "ppl"),
        ("Did Big Picture Learning start in the US?", "big_picture_learning_doncaster"),
        ("have we left it too late to get on the NHS Innovation Accelerator?", "nhs_innovation_accelerator"),
        ("Has PPL left the My Care My Way partnership?", "ppl"),
        ("Had someone from PPL at work today asking about My Care My Way - who are they exactly?", "ppl"),
    ],
)
def test_ordinary_questions_near_a_new_reading_still_get_their_card(answerer, message, entry):
    answer = answerer.answer(message)
    assert_answered_first(answer, entry)


def test_the_number_a_report_gives_is_no_phone_number(answerer):
    answer = answerer.answer("Does anyone have the number from Against the Odds on how many innovations scaled?")
    assert answer.missing != "phone number"
    assert ids(answer)[0] == "against_the_odds"


@pytest.mark.parametrize(
    "message",
    [
        "The blog says Against the Odds was one of three major reports on scaling published in January 2018. "
        "Which three?",
        "The blog mentions our work with two international partners on edtech. Which two?",
    ],
)
def test_which_of_a_count_of_entries_is_a_list_of_them(answerer, message):
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.LIST
    assert answer.missing is None


def test_letters_remembered_of_the_one_named_are_its_own(answerer):
    answer = answerer.answer("what does PPL stand for? it's just three letters on the My Care My Way slides")
    assert ids(answer)[0] == "ppl"


def test_what_department_a_named_person_is_in_is_their_role(answerer):
    answer = answerer.answer("what dept is Heather in?")
    assert answer.fact is not None and answer.fact.label == "role"


# ------------------------------------------------------------------ facts passed on, pointed at, or in a document


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("The CEO wants Heather Rollinson's direct line for a prospect. Have we got a number for her?", "phone number"),
        ("A partner asked me when Elevate finishes - is it a three-year programme?", "end date"),
        ("My director wants PPL's office address for a thank-you hamper :gift: do we have it?", "address"),
        ("my manager asked me to check the Big Picture school's Ofsted rating - do you know it?", "inspection rating"),
    ],
)
def test_a_fact_passed_on_or_pointed_back_at_is_the_one_asked(answerer, message, fact):
    assert_not_held(answerer.answer(message), fact)


@pytest.mark.parametrize(
    "message",
    [
        "what does the NHS long term plan say about spreading innovation? need a quote for a bid",
        "could someone point me to the section of the NHS Long Term Plan on spread and adoption?",
    ],
)
def test_what_a_policy_document_we_do_not_hold_says_is_not_answered(answerer, message):
    assert parse(message).policy_document == "nhs long term plan"
    assert answerer.answer(message).outcome is not Outcome.ANSWERED


def test_what_our_own_report_says_is_still_answered(answerer):
    message = "what does the King's Fund report say about spending on adoption?"
    assert parse(message).policy_document is None
    assert answerer.answer(message).outcome is Outcome.ANSWERED


def test_which_one_is_in_a_place_picks_the_one_there(answerer):
    assert parse("elevate vs big pic whch 1 is doncaster").qualifier == ("doncaster",)
    assert ids(answerer.answer("elevate vs big pic whch 1 is doncaster"))[0] == "big_picture_learning_doncaster"


# ------------------------------------------------------------------ who else is on it, and the one after "but"


@pytest.mark.parametrize(
    "message",
    ["dfe kids social care innov prog who else is on it w us", "dfe childrens soc care innov prog who else is in it"],
)
def test_who_else_is_on_a_work_named_is_about_that_work(answerer, message):
    top = ids(answerer.answer(message))[0]
    assert top in ("innovation_programme_csc", "spring_consortium", "department_for_education")


@pytest.mark.parametrize(
    "message",
    [
        "For the west London over-65s work the CCG is the commissioner, fine, but PPL is what exactly?",
        "we've got the CCG already, but the brief also says PPL and nobody knows who they are. what's their bit?",
    ],
)
def test_of_two_named_the_one_a_but_turns_to_is_asked_about(answerer, message):
    assert ids(answerer.answer(message))[0] == "ppl"


def test_a_job_title_said_is_no_kind_of_entry_asked_for(answerer):
    message = "Julie Temperley is our Head of Research yeah? What's her actual job title for the email signature list"
    assert parse(message).intent != "report"
    assert_not_held(answerer.answer(message), "role", "julie_temperley")


def test_when_exactly_a_contract_ends_is_not_held(answerer):
    assert_not_held(answerer.answer("When exactly does the AISNSW contract end?"), "end date")


# ------------------------------------------------------------------ data protection, results and staff, not held


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("for the DPIA: who's the data controller on My Care, My Way? the CCG or PPL?", "policy"),
        ("What lawful basis does the Health Foundation rely on for processing grant-holders' data?", "policy"),
        ("Do we have the NHS Innovation Accelerator Fellows' consent to be named? Do we have their consent?", "policy"),
        ("How long do we keep participant records from the Children's Social Care Innovation Programme?", "policy"),
        ("what effect sizes did Against the Odds report, with confidence intervals?", "figures"),
        ("Against the Odds has been downloaded loads - do we have the actual download figure?", "figures"),
        ("Is Julie Temperley still with Innovation Unit? We'd love her as a speaker", "whereabouts"),
    ],
)
def test_data_protection_results_and_whether_someone_is_still_here_are_not_held(answerer, message, fact):
    assert_not_held(answerer.answer(message), fact)


def test_a_programme_still_with_its_partner_is_its_card(answerer):
    assert answerer.answer("is Elevate still with AISNSW?").outcome is Outcome.ANSWERED


def test_a_particular_person_to_ring_for_a_need_is_that_person(answerer_with_meaning):
    message = (
        "We've built a reading scheme that works in one school and want help scaling it to all eight. "
        "Is there a particular person we should ring?"
    )
    assert about(answerer_with_meaning.answer(message)) == "heather_rollinson"


def test_an_invoice_reference_that_names_someone_asks_who_they_are(answerer):
    answer = answerer.answer("invoice ref says 'spring consortum' who r they")
    assert_answered_first(answer, "spring_consortium")


# ------------------------------------------------------------------ a body's own facts, asked of it


@pytest.mark.parametrize(
    ("message", "fact", "entry"),
    [
        ("AISNSW call in 10 - what's their CEO's name again?", "ceo", "aisnsw"),
        ("How many people work at Innovation Unit? small or big employer?", "number of staff", "innovation_unit"),
        ("how do I actually get a job at Innovation Unit after my placement? graduate scheme?", "vacancies", None),
        ("Is Innovation Unit on any frameworks we could direct award through?", "commercial terms", "innovation_unit"),
        ("What professional indemnity insurance does Innovation Unit hold?", "commercial terms", "innovation_unit"),
    ],
)
def test_a_body_s_own_staff_jobs_office_and_terms_are_not_held(answerer, message, fact, entry):
    assert_not_held(answerer.answer(message), fact, entry)


def test_how_many_people_work_somewhere_asks_no_list(answerer):
    query = parse("How many people work at Innovation Unit?")
    assert not query.wants_list
    assert query.intent != "programme"


def test_which_of_our_programmes_and_how_many_it_reaches_is_still_about_programmes(answerer):
    message = "Which of our programmes is about care for the over-65s, and roughly how many patients does it reach?"
    assert ids(answerer.answer(message))[0] == "my_care_my_way"


def test_ppl_there_are_the_people_there(answerer):
    assert about(answerer.answer("wat even is innovation unit n wat do ppl there do all day")) == "innovation_unit"


# ------------------------------------------------------------------ arrows, and whom a work is for


def test_a_typed_arrow_is_a_break_not_a_quote_line():
    message = "finance asked me what NIA is on the timesheets -&gt; NHS Innovation Accelerator? what do we do on it"
    assert parse(message).passage == ""
    assert parse("&gt; In Against the Odds we examine ten health innovations that have scaled").passage != ""


def test_what_we_do_on_a_work_and_for_whom_is_its_card(answerer):
    message = (
        "finance asked me what `NIA` is on the timesheets -&gt; NHS Innovation Accelerator? what do we do on it / "
        "for whom?"
    )
    answer = answerer.answer(message)
    assert_answered_first(answer, "nhs_innovation_accelerator")


# ------------------------------------------------------------------ partners asking from their own side


@pytest.mark.parametrize(
    ("message", "with_"),
    [
        ("hi, primary care lead at the CCG here :wave: a question about the new team", ("ccg",)),
        ("At the Health Foundation we want to position our joint report", ("health", "foundation")),
        ("King's Fund comms here. Someone spotted a chart", ("king", "fund")),
        ("Hi :wave: PPL here in the shared channel. We're refreshing", ("ppl",)),
    ],
)
def test_whom_the_asker_is_with_is_read_off_their_first_words(message, with_):
    from bot.question import asker_with

    assert asker_with(message) == with_


def test_the_asker_s_own_body_is_not_what_they_ask_about(answerer):
    message = (
        "At the Health Foundation we want to position our joint report against the other scaling reports that "
        "came out the same month. Which were they?"
    )
    assert ids(answerer.answer(message))[0] != "health_foundation"


def test_open_roles_at_a_body_are_not_held(answerer):
    assert_not_held(answerer.answer("Does UNICEF's education team have any open roles in Nairobi?"), "vacancies")


# ------------------------------------------------------------------ a state's own department is not the DfE


@pytest.mark.parametrize(
    "message",
    [
        "For the NSW schools work, who's on the ground - the state education department or an association of "
        "independent schools?",
        "the partner we work alongside on Elevate is AISNSW, not the NSW state education department, correct?",
        'our Elevate case study says our partner is "the NSW Department of Education". Who is the actual partner?',
    ],
)
def test_a_state_s_education_department_is_not_the_department_for_education(answerer, message):
    assert ids(answerer.answer(message))[0] in ("aisnsw", "elevate")


def test_the_department_for_education_is_still_named_as_itself(answerer):
    answer = answerer.answer("which government department is behind the children's social care programme?")
    assert ids(answer)[0] == "department_for_education"


def test_a_consortium_asked_beside_the_department_is_the_consortium(answerer):
    message = (
        "For the children's social care work I've got the DfE down. Was there a consortium involved too, and "
        "what's its exact name?"
    )
    assert ids(answerer.answer(message))[0] == "spring_consortium"


# ------------------------------------------------------------------ the things counted, named first


def test_which_things_are_the_count_are_not_held(answerer):
    message = "Which GP practices exactly are the ~20 that My Care, My Way is spreading to?"
    assert_not_held(answerer.answer(message), "list of gp practices", "my_care_my_way")


def test_which_entries_are_the_count_is_still_a_list(answerer):
    assert answerer.answer("which reports are the three from January 2018?").outcome is Outcome.LIST


def test_the_actual_number_of_something_is_a_count(answerer):
    assert parse("does anyone have the actual number of beds lost since 2010?").asked_fact == "number of beds"


# ------------------------------------------------------------------ a second reader's cases, later rules


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("what did the King's Fund paper say about spending on adoption?", "kings_fund_adoption_spread_nhs"),
        ("what does the Elevate plan say about year two?", "elevate"),
        (
            "a funder asked me how much the Elevate programme costs - who should I talk to about that?",
            "heather_rollinson",
        ),
        (
            "Someone mentioned a King's Fund report about the costs of adopting innovation in the NHS. Do we have it?",
            "kings_fund_adoption_spread_nhs",
        ),
        ("can you send me the Against the Odds link when the meeting finishes?", "against_the_odds"),
        ("Are AISNSW still working with us on Elevate?", "elevate"),
        ("Is Elevate built on a framework for student-centred learning?", "elevate"),
        ("does Big Picture Learning help students get a job in Doncaster?", "big_picture_learning_doncaster"),
        ("how long do we keep working with AISNSW on Elevate?", "elevate"),
        ("Where can I download figures from the Against the Odds report for my slides?", "against_the_odds"),
        ("I'm meeting PPL there on Tuesday - what do they do again?", "ppl"),
    ],
)
def test_ordinary_questions_near_the_later_readings_still_get_their_card(answerer_with_meaning, message, entry):
    answer = answerer_with_meaning.answer(message)
    assert_answered_first(answer, entry)


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("does anyone have the number for PPL?", "phone number"),
        ("Has Julie left?", "whereabouts"),
        ("Has the Wigan programme actually improved outcomes for children?", "figures"),
    ],
)
def test_facts_the_later_readings_must_keep_as_not_held(answerer, message, fact):
    assert_not_held(answerer.answer(message), fact)


def test_its_office_is_not_bound_to_a_partner_of_the_programme_named(answerer):
    answer = answerer.answer("Elevate is our programme with AISNSW in Australia - who's its director?")
    assert answer.missing != "director" or ids(answer)[0] != "aisnsw"


def test_the_state_department_rewrite_keeps_the_place(answerer):
    answer = answerer.answer("Do we work with the NSW Department of Education?")
    assert ids(answer)[0] in ("elevate", "aisnsw")


# ------------------------------------------------------------------ a name of everyday words, said together


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "I need the full name and job title of the person who heads our innovation consultancy. Please spell "
            "the surname carefully, I've seen it two ways",
            "heather_rollinson",
        ),
        (
            "Our DCS mentioned we work with the DfE on new ways to keep children safe and find loving homes for "
            "young people in care. What's that programme called?",
            "innovation_programme_csc",
        ),
    ],
)
def test_the_words_of_an_everyday_name_said_far_apart_name_nothing(answerer_with_meaning, message, entry):
    assert ids(answerer_with_meaning.answer(message))[0] == entry


@pytest.mark.parametrize(
    "message", ["what is my care my way?", "is it My Way, My Care or the other way round?", "mycaremyway partners?"]
)
def test_an_everyday_name_said_together_still_names_it(answerer, message):
    assert "my_care_my_way" in ids(answerer.answer(message))[:3]
