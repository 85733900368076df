"""Kinds of Slack message the blind sets of the twelfth session showed the engine misreading, each in
conversations written for these tests: the general reading is asserted, not any one line."""

from __future__ import annotations

import pytest
from support.answers import assert_answered_first, assert_not_held, ids

from bot.answer import Outcome
from bot.question import parse, sentences

# ------------------------------------------------------------------ what the message asks


@pytest.mark.parametrize(
    "message",
    [
        "Which programme do we run in Australia, and who's the lead partner there?",
        "what's our Australian schools programme called and who are the partners out there?",
    ],
)
def test_whom_a_work_is_with_asked_beside_its_name_does_not_dilute_the_work(answerer, message):
    answer = answerer.answer(message)
    assert answer.answered
    assert ids(answer)[0] in {"elevate", "aisnsw"}


def test_the_counted_one_of_several_bodies_is_a_body(answerer):
    message = (
        "Sorting the seating plan for the over-65s care event: the CCG, ourselves and one more partner "
        "organisation, a third partner I can never remember. Who's the third one?"
    )
    assert parse(message).intent == "organisation"
    assert_answered_first(answerer.answer(message), "ppl")


@pytest.mark.parametrize(
    "message",
    [
        "We wrote something on ten health innovations that managed to scale - what's it called, and can partners "
        "get a copy?",
        "I recall a report on ten health innovations that scaled. What is it called, and do funders know it?",
    ],
)
def test_a_body_that_is_a_yes_no_questions_subject_is_not_asked_for(answerer, message):
    assert parse(message).intent != "organisation"
    assert_answered_first(answerer.answer(message), "against_the_odds")


def test_the_name_of_the_named_thing_says_its_kind(answerer):
    message = (
        "The panel needs the formal name of the national DfE programme our children's work belongs to. What is it?"
    )
    assert parse(message).intent == "programme"
    assert_answered_first(answerer.answer(message), "innovation_programme_csc")


@pytest.mark.parametrize(
    "message",
    [
        "Someone said the Wigan approach grew out of a national programme, but which one?",
        "apparently the Wigan practice came from a government programme, but which programme?",
    ],
)
def test_what_a_work_grew_out_of_asked_as_which_one(answerer, message):
    assert parse(message).asks_origin
    assert_answered_first(answerer.answer(message), "innovation_programme_csc")


# ------------------------------------------------------------------ names and places typed differently


def test_outside_england_is_outside_the_uk(answerer):
    answer = answerer.answer("Which countries do we work in outside England?")
    assert answer.answered
    assert {"elevate", "unicef_akf_edtech"} <= set(ids(answer))


def test_a_whitehall_department_is_a_government_one(answerer):
    message = "Which Whitehall department are we working with on children's social care?"
    assert_answered_first(answerer.answer(message), "department_for_education")


def test_a_fellowship_scheme_is_one_of_fellows(answerer):
    message = "is there a fellowship scheme we support for people selling their innovations into the NHS?"
    assert_answered_first(answerer.answer(message), "nhs_innovation_accelerator")


def test_the_english_one_names_no_stranger(answerer):
    message = (
        "We have a schools programme abroad and one at home. The English one is for young people failed by school, "
        "no? What's it called?"
    )
    assert_answered_first(answerer.answer(message), "big_picture_learning_doncaster")


def test_a_small_foreign_word_does_not_find_the_department(answerer):
    message = (
        "A health service in Portugal (Serviço Nacional de Saúde) wants to adopt a proven innovation. "
        "Who should I connect them with?"
    )
    assert_answered_first(answerer.answer(message), "heather_rollinson")


def test_a_name_typed_with_a_slip_in_quotes_is_that_name(answerer):
    assert_answered_first(answerer.answer("whats 'my care my wey' again?"), "my_care_my_way")


# ------------------------------------------------------------------ pasted messages


def test_an_email_that_came_is_not_an_email_address_asked_for(answerer):
    message = (
        "got this email and no idea what it refers to: &gt; see you at the Fellows workshop on selling into "
        "the NHS. What programme is it?"
    )
    answer = answerer.answer(message)
    assert answer.missing is None
    assert_answered_first(answer, "nhs_innovation_accelerator")


def test_a_pasted_subject_line_that_says_report_names_no_report_by_that_word(answerer):
    message = "Subject line reads &gt; HF - report launch anniversary posts. Who is HF and which report is it?"
    answer = answerer.answer(message)
    assert ids(answer)[0] in {"health_foundation", "against_the_odds"}


def test_the_one_we_did_with_a_body_is_the_work_a_fact_is_asked_of(answerer):
    message = "It's the one we did with the Health Foundation, I think. How many innovations did it look at?"
    answer = answerer.answer(message)
    assert_answered_first(answer, "against_the_odds")
    assert answer.fact is not None and "ten" in answer.fact.value


# ------------------------------------------------------------------ ours


def test_someone_at_iu_publishing_a_report_makes_it_ours(answerer):
    message = "I half remember someone at IU publishing a report on student-centred learning. What did it cover?"
    assert parse(message).made_by_us
    assert_answered_first(answerer.answer(message), "student_centred_learning_report")


def test_we_are_writing_something_is_not_something_we_wrote(answerer):
    message = "We're writing the impact section. For Elevate, who is it meant for and what is it trying to change?"
    assert not parse(message).made_by_us
    assert_answered_first(answerer.answer(message), "elevate")


# ------------------------------------------------------------------ facts not held


@pytest.mark.parametrize(
    "message",
    [
        "What's the actual £ saving from the Wigan work so far?",
        "how much has the Wigan programme saved the council?",
        "Can you give me the cashable savings figure for the Wigan programme?",
    ],
)
def test_a_sum_saved_is_not_held(answerer, message):
    assert_not_held(answerer.answer(message), "savings", "asset_based_csc_wigan")


def test_savings_as_a_topic_is_still_a_topic(answerer):
    answer = answerer.answer("which of our programmes are about reducing costs?")
    assert answer.missing is None


# ------------------------------------------------------------------ words and meaning


def test_words_that_find_the_one_work_asked_for_stand_when_meaning_prefers_a_body(answerer_with_meaning):
    message = (
        "the bid asks for examples of helping innovators get their products bought by the NHS. I vaguely remember "
        "us supporting some kind of fellowship scheme on exactly that? what was it"
    )
    answer = answerer_with_meaning.answer(message)
    assert answer.outcome is Outcome.ANSWERED
    assert_answered_first(answer, "nhs_innovation_accelerator")


def test_the_one_body_of_the_sort_asked_stands_when_meaning_prefers_a_work(answerer_with_meaning):
    message = (
        "DfE forwarded this: &gt; Please send a note on where the programme's innovations are now implemented "
        "system-wide. We did a lot on the children's social care innovation programme, but where is that being "
        "rolled out across a whole system now, and with which council?"
    )
    assert_answered_first(answerer_with_meaning.answer(message), "wigan_council")


# ------------------------------------------------------------------ round two: who is asked for


def test_a_partner_body_asked_for_stays_a_body_when_a_second_sentence_asks_whom_to_approach():
    message = (
        "For the Australian schools work, who is our partner organisation on the ground? If we wanted a school "
        "visit, who would we approach?"
    )
    assert parse(message).intent == "organisation"


def test_who_besides_a_partner_is_involved_asks_about_the_work(answerer):
    message = "The older people's service in West London - what's it called, and who besides the CCG is involved?"
    assert ids(answerer.answer(message))[0] in {"my_care_my_way", "ppl"}


def test_who_that_is_after_another_partner_organisation_is_that_body(answerer):
    message = (
        "For the over-65s work in west London I have the CCG already, but there's another partner organisation "
        "developing the service. Who is that, and are they worth interviewing?"
    )
    assert ids(answerer.answer(message))[0] in {"ppl", "west_london_ccg"}
    assert parse(message).intent == "organisation"


def test_the_person_at_your_place_is_someone_here(answerer):
    message = (
        "We'd like to adopt a solution that already works elsewhere. Who's the person at your place I should call?"
    )
    query = parse(message)
    assert query.seeks_person and not query.workplace
    assert_answered_first(answerer.answer(message), "heather_rollinson")


def test_the_asker_approving_something_asks_for_no_approver(answerer):
    message = "Before I sign it off, what actually is Elevate and who are we doing it with?"
    assert parse(message).intent != "contact"
    assert ids(answerer.answer(message))[0] in {"elevate", "aisnsw"}


# ------------------------------------------------------------------ round two: which ones


def test_all_of_them_after_a_kind_said_before_lists_that_kind(answerer):
    message = (
        "A few reports on scaling came out in early 2018, three I think. Can you name them all, and who wrote each?"
    )
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.LIST
    assert {"against_the_odds", "kings_fund_adoption_spread_nhs"} <= set(ids(answer))


def test_all_of_them_with_two_kinds_said_is_no_list_of_one_kind():
    message = "Ignore the reports; the programmes are what I need. Can you name them all?"
    assert parse(message).every_of_kind is None


def test_where_a_work_came_from_said_before_a_question_that_points_at_it(answerer):
    message = (
        "A mailing list is called `dfe-origins`, which I think is about where the innovations rolled out in Wigan "
        "originally came from. What national programme is that?"
    )
    assert parse(message).asks_origin
    assert_answered_first(answerer.answer(message), "innovation_programme_csc")


def test_a_council_asked_for_after_an_origin_is_the_council(answerer):
    message = (
        "The blog says innovations grown out of a DfE programme are rolled out by one council. Which council is that?"
    )
    assert not parse(message).asks_origin
    assert_answered_first(answerer.answer(message), "wigan_council")


def test_a_work_described_as_the_one_about_its_subject_counts_as_given(answerer):
    message = (
        "There were three reports on scale in January 2018. I have the King's Fund one and the adults' health "
        "and care one. What's the third?"
    )
    assert_answered_first(answerer.answer(message), "against_the_odds")


def test_our_board_paper_does_not_make_our_reports_given(answerer):
    message = (
        "Our board paper cites three reports from January 2018. I have the King's Fund one and ours. "
        "Which is the third?"
    )
    assert_answered_first(answerer.answer(message), "growing_innovative_models_adults")


def test_the_rest_of_a_set_leaves_out_what_is_set_aside(answerer):
    message = (
        "Two codes start with CSC. Which is the national programme the Wigan work grew out of? Not the Wigan one, "
        "the other one."
    )
    assert ids(answerer.answer(message))[0] != "asset_based_csc_wigan"


# ------------------------------------------------------------------ round two: facts


def test_a_site_owner_is_not_held(answerer):
    assert_not_held(answerer.answer("Who is the site owner of the Elevate SharePoint site?"), "site owner", "elevate")


@pytest.mark.parametrize(
    "message", ["how many case studies are in Against the Odds?", "agaisnt the odds - how many examples?"]
)
def test_the_items_a_study_examines_are_counted_whatever_they_are_called(answerer, message):
    answer = answerer.answer(message)
    assert_answered_first(answer, "against_the_odds")
    assert answer.fact is not None and "ten" in answer.fact.value


def test_items_of_a_work_that_is_no_study_are_not_counted(answerer):
    assert answerer.answer("how many case studies does Elevate have?").missing is not None


def test_what_a_body_paid_is_a_sum_not_held(answerer):
    answer = answerer.answer("what did the CCG pay for My Care, My Way last year?")
    assert answer.missing == "amount"


# ------------------------------------------------------------------ round two: our view


def test_a_view_of_ours_on_something_we_hold_nothing_on_is_declined(answerer):
    answer = answerer.answer("Does IU have a view on virtual wards for heart failure?")
    assert not answer.answered


def test_a_view_of_ours_on_scale_is_what_we_wrote(answerer):
    answer = answerer.answer("Does Innovation Unit have a position on why good ideas don't spread?")
    assert answer.answered
    assert ids(answer)[0] in {"blog_impact_at_scale", "against_the_odds"}


# ------------------------------------------------------------------ round three: people to pass a need to


def test_a_need_to_spread_a_working_service_goes_to_whoever_takes_such_enquiries(answerer_with_meaning):
    message = (
        "A housing charity messaged us: they've a service that works and can't get other towns to take it up. "
        "Who's the named person I should point them to?"
    )
    assert_answered_first(answerer_with_meaning.answer(message), "heather_rollinson")


def test_a_local_authority_is_no_author(answerer):
    message = (
        "a local authority I'm visiting has a model that works and wants help scaling it - who do I point them to?"
    )
    assert_answered_first(answerer.answer(message), "heather_rollinson")


# ------------------------------------------------------------------ round three: what is asked


def test_how_to_write_a_name_is_not_something_we_wrote(answerer):
    message = "The Australian association we partner with has a name full of capitals. How do we write their name?"
    assert not parse(message).made_by_us
    assert ids(answerer.answer(message))[0] in {"aisnsw", "elevate"}


def test_a_report_of_ours_by_subject_when_only_an_unattributed_one_is_about_it(answerer):
    message = (
        "I half remember one of our team wrote something about learner-led approaches spreading beyond the school "
        "where they began. Is that something we published?"
    )
    assert_answered_first(answerer.answer(message), "student_centred_learning_report")


def test_a_shorter_version_of_a_name_asked_beside_its_partners_is_about_the_work(answerer):
    message = (
        "'Innovation Programme in Children's Social Care' is too long for a slide. Is there a shorter version of the "
        "name, and who do we run it with?"
    )
    assert_answered_first(answerer.answer(message), "innovation_programme_csc")


def test_a_blog_that_leans_on_a_report_names_it(answerer):
    message = "Julie's blog draws on a report for the point about spending on adoption. Which report is that?"
    assert ids(answerer.answer(message))[0] == "kings_fund_adoption_spread_nhs"


def test_a_chart_about_how_much_is_no_amount_asked(answerer):
    message = "the chart about how much the NHS spends on adoption versus invention - which report is it from?"
    answer = answerer.answer(message)
    assert answer.missing is None
    assert ids(answer)[0] == "kings_fund_adoption_spread_nhs"


def test_dictated_punctuation_ends_a_sentence():
    found = sentences("is that one of ours question mark what does it do")
    assert len(found) == 2 and found[0].asks


# ------------------------------------------------------------------ round three: facts


def test_who_designed_a_cover_is_not_held(answerer):
    assert_not_held(answerer.answer("who illustrated the Against the Odds cover?"), "designer", "against_the_odds")


@pytest.mark.parametrize(
    "message, held",
    [
        ("my notes say the Big Picture school in Doncaster takes 120 pupils a year - is that right?", False),
        ("Against the Odds looks at ten health innovations, is that right?", True),
    ],
)
def test_a_count_claimed_and_checked_is_answered_only_when_held(answerer, message, held):
    answer = answerer.answer(message)
    assert (answer.fact is not None) is held
    assert (answer.missing is not None) is not held


# ------------------------------------------------------------------ round three: which one


def test_the_one_body_named_far_ahead_stands_when_meaning_agrees(answerer_with_meaning):
    message = (
        "I'm adding PPL to the supplier list and the form asks how they relate to us - partner, subcontractor, "
        "client? What do we actually do together?"
    )
    assert_answered_first(answerer_with_meaning.answer(message), "ppl")


@pytest.mark.parametrize(
    "message",
    [
        "the innovations in Wigan came from some national programme - which one, and whose was it?",
        "someone asked me where all the innovations they are putting in at Wigan originally came from and I said "
        "some national programme but which one was it",
    ],
)
def test_where_a_work_came_from_asked_in_other_words(answerer, message):
    assert parse(message).asks_origin
    assert_answered_first(answerer.answer(message), "innovation_programme_csc")


def test_a_name_half_remembered_with_or_something_offers_no_choice(answerer):
    message = (
        "they know about the over-65s service out west and who's in it with us apart from the CCG - there was "
        "another organisation P P L or something, who are they?"
    )
    assert not parse(message).offers_choice
    assert ids(answerer.answer(message))[0] == "ppl"


def test_bringing_one_over_to_england_names_no_stranger(answerer):
    message = "I gather you lot helped bring a Big Picture school over to England? What's the story there?"
    assert_answered_first(answerer.answer(message), "big_picture_learning_doncaster")


def test_a_long_name_said_nearly_whole_is_the_one_asked_about(answerer):
    message = (
        "Someone asked about a January 2018 report on growing new models of health, care and support for adults. Is "
        "that one IU mentions?"
    )
    assert ids(answerer.answer(message))[0] == "growing_innovative_models_adults"


def test_iu_co_writing_a_study_makes_it_ours(answerer):
    message = (
        "Apparently IU co-wrote a study of ten health innovations that did scale. Which organisation was the partner, "
        "and for how long?"
    )
    assert "we published a study" in parse(message).text
    assert ids(answerer.answer(message))[0] == "health_foundation"


def test_a_body_beside_another_named_is_the_partner_asked_for(answerer):
    message = "I was told the west London work is with a CCG and a partner outfit. Who's the partner organisation?"
    assert parse(message).wants_others
    assert ids(answerer.answer(message))[0] == "ppl"


def test_the_poorest_parts_of_the_world_are_the_resource_constrained_ones(answerer):
    message = "Is there something we do in the poorest, toughest parts of the world, with a big charity? What is it?"
    assert ids(answerer.answer(message))[0] in {"unicef_akf_edtech", "unicef", "aga_khan_foundation"}


def test_other_places_than_the_one_known_leave_out_its_partners_too(answerer):
    message = (
        "Elevate I know about already. Which other places outside the UK is Innovation Unit working in, and with "
        "which organisations?"
    )
    answer = answerer.answer(message)
    assert "aisnsw" not in ids(answer)
    assert ids(answer)[0] in {"unicef", "aga_khan_foundation", "unicef_akf_edtech"}


# ------------------------------------------------------------------ round four: facts not held


@pytest.mark.parametrize(
    "message, fact",
    [
        ("Someone wants Heather Rollinson's direct line - what's her number?", "phone number"),
        ("A visitor asked what the address of the new Big Picture school will be. Do we know?", "address"),
        ("A caller asked how many people came to the Against the Odds launch. Do we have a number?", "attendance"),
        ("Who else is in the Spring Consortium apart from us?", "members"),
        ("Spring Consortium - member orgs?", "members"),
        ("I need the sum the Health Foundation put into Against the Odds. Do you hold the figure?", "amount"),
        ("Is the Brook Green surgery one of the practices getting My Care, My Way?", "list of practices"),
        ("student-centred learning report - author name?", "author"),
        ("Is anyone from IU going to the NHS Confed expo? Fancy a coffee", "event attendance"),
        ("does IU have access to journals? I keep hitting paywalls", "journal access"),
        ("What did the Wigan programme actually save the council?", "savings"),
    ],
)
def test_facts_no_entry_holds_asked_in_other_words(answerer, message, fact):
    answer = answerer.answer(message)
    assert not answer.answered
    assert answer.missing == fact


def test_a_count_the_asker_gives_of_their_own_body_is_not_asked(answerer):
    message = "We're a small charity (6 staff). Is My Care, My Way something you run? What does it do?"
    assert parse(message).asked_fact is None


def test_the_asker_saying_what_body_they_are_asks_for_no_body():
    assert (
        parse("We're a tiny befriending charity in Hammersmith. What does My Care, My Way do?").intent != "organisation"
    )


def test_a_code_to_decode_is_its_full_name(answerer):
    answer = answerer.answer("`project_code: MCMW` is all over the timesheets and nobody knows it. decode pls")
    assert_answered_first(answer, "my_care_my_way")
    assert answer.fact is not None and answer.fact.value == "My Care, My Way"


# ------------------------------------------------------------------ round four: which one


def test_a_guess_hedged_with_i_think_names_no_stranger(answerer):
    message = (
        "I think it was from a King's College report? The chart on NHS spending on innovation versus adoption - "
        "what's it called?"
    )
    assert_answered_first(answerer.answer(message), "kings_fund_adoption_spread_nhs")


def test_a_half_remembered_title_among_a_documents_works(answerer):
    message = (
        'Your blog mentioned three reports from January 2018, one called something like "Growing New Models of '
        'Care for Adults". What is its proper title?'
    )
    assert_answered_first(answerer.answer(message), "growing_innovative_models_adults")


def test_a_person_at_iu_for_a_need_is_someone_here(answerer):
    message = (
        "A charity in Wigan would rather adopt a proven model than start from scratch. Is there a particular person "
        "at IU they should get in touch with?"
    )
    assert_answered_first(answerer.answer(message), "heather_rollinson")


def test_a_bare_who_after_a_fragment_asks_of_the_fragment():
    assert parse("owner for inbound scaling enquiries - who?").seeks_person
    assert not parse("The card says Director of Innovation Consultancy. Who is that?").seeks_person


def test_a_short_which_after_a_fragment_asks_of_it(answerer):
    answer = answerer.answer("`commissioner` field for My Care, My Way - which NHS body?")
    assert ids(answer)[0] == "west_london_ccg"


def test_missing_the_other_one_after_one_had_is_the_other(answerer):
    message = "`partner_org` for the west London over-65s programme - have the CCG, missing the other one. who is it?"
    assert ids(answerer.answer(message))[0] == "ppl"


def test_a_named_list_is_no_list_asked_for():
    message = (
        "Visitors from the west London older people's work, the one with the CCG, are coming. What name goes on the "
        "project list?"
    )
    assert parse(message).list_kinds == ()


def test_the_thing_we_did_with_a_body_years_long(answerer):
    message = "Voicemail says: the two year thing you did with the Health Foundation - when did it launch?"
    answer = answerer.answer(message)
    assert_answered_first(answer, "against_the_odds")
    assert answer.fact is not None and "2018" in answer.fact.value


def test_a_transcript_that_says_something_is_no_research_material():
    assert (
        parse("transcript says: hi, when did Against the Odds launch? Do we know?").asked_fact != "research materials"
    )


def test_who_actually_published_it_after_a_claim_it_is_ours(answerer):
    message = (
        'A caller says we produced "the chart on NHS spending on innovation vs adoption". Who actually published it?'
    )
    assert not parse(message).made_by_us
    assert ids(answerer.answer(message))[0] in {"kings_fund_adoption_spread_nhs", "kings_fund"}


def test_kind_nouns_typed_with_letters_swapped(answerer):
    assert parse("kings fund reprot on spending").intent == "report"
    assert ids(answerer.answer("kings fund adoption reprot - what does it say?"))[0] == "kings_fund_adoption_spread_nhs"


# ------------------------------------------------------------------ round five


def test_the_askers_own_initialism_names_no_stranger(answerer):
    message = (
        "someone at IU published a report on student-led learning spreading between schools? useful for our CPD session"
    )
    assert_answered_first(answerer.answer(message), "student_centred_learning_report")


def test_how_a_body_fits_in_with_us_leaves_us_out_of_the_rivals(answerer):
    assert_answered_first(
        answerer.answer("saw *Spring Consortium* on a slide. Who are they and how do they fit in with IU?"),
        "spring_consortium",
    )


def test_has_anyone_at_iu_written_anything_is_have_we_written(answerer):
    message = "Has anyone at IU written anything on how student-centred schools spread beyond where they started?"
    assert_answered_first(answerer.answer(message), "student_centred_learning_report")


def test_not_us_alone_sets_us_aside():
    assert parse("Who was the partner on Against the Odds, since it wasn't IU alone?").not_us


def test_the_askers_own_deadline_is_not_asked(answerer):
    message = (
        "Lit review for a bid (the deadline is horrible, don't ask): what was the January 2018 report on adults called?"
    )
    assert parse(message).asked_fact is None


def test_an_age_group_is_no_body(answerer):
    message = "My Care, My Way is a service for which age group? (a) under-18s (b) over-65s"
    assert parse(message).intent != "organisation"
    assert_answered_first(answerer.answer(message), "my_care_my_way")


def test_an_everyday_word_of_a_name_alone_names_nothing(answerer):
    answer = answerer.answer("Does IU have any work on alcohol pricing? It's a big deal for us")
    assert not answer.answered


# ------------------------------------------------------------------ the second reader's cases: no false alarms


@pytest.mark.parametrize(
    "message",
    [
        "Can Innovation Unit write a case study about our school for the Elevate newsletter?",
        "Is Innovation Unit writing a bid with AISNSW for the next phase of Elevate?",
        "Could Innovation Unit put out a joint statement with Wigan Council on the results?",
    ],
)
def test_a_request_that_iu_write_something_is_no_question_about_what_we_wrote(message):
    assert not parse(message).made_by_us


@pytest.mark.parametrize(
    "message, fact",
    [
        ("Who designed Elevate?", None),
        ("Is AISNSW one of the partners working with schools in New South Wales?", None),
        ("What did the Health Foundation pay for in the Against the Odds collaboration?", None),
        ("Do you know about how much the CCG spends on My Care, My Way?", "amount"),
        ("Any idea of how much the Health Foundation put into Against the Odds?", "amount"),
        ("Is anyone at IU going to be able to help us scale our app?", None),
        ("Is Against the Odds behind a paywall or can I just download it?", None),
        ("What does IU recommend to save time when scaling?", None),
    ],
)
def test_facts_read_only_where_they_are_asked(message, fact):
    assert parse(message).asked_fact == fact


def test_our_contact_at_a_body_is_a_person():
    assert parse("Who's our funder contact at the Health Foundation for Against the Odds?").intent == "contact"


def test_other_bodies_besides_one_keep_the_works_other_partners(answerer):
    message = (
        "Besides the DfE, what other organisations are involved in the Innovation Programme in Children's Social Care?"
    )
    assert "spring_consortium" in ids(answerer.answer(message))


def test_each_of_them_asks_for_no_list_of_every_body():
    assert parse("The partners on Elevate were great. Who do I thank at each of them?").every_of_kind is None


# ------------------------------------------------------------------ round six: whom the asker speaks for


def test_the_body_of_someone_the_asker_speaks_for_is_no_subject(answerer):
    message = (
        "Someone from the UNICEF country office wants our report on ten health innovations that scaled. "
        "What's it called?"
    )
    assert parse(message).asker_with == ("unicef",)
    assert ids(answerer.answer(message))[0] == "against_the_odds"


def test_a_need_passed_on_from_a_partners_office_goes_to_our_contact(answerer):
    message = (
        "The AKF country office have a model they've piloted and need help to scale it. Who at IU should I point them "
        "to?"
    )
    assert_answered_first(answerer.answer(message), "heather_rollinson")


def test_what_we_do_together_with_the_go_betweens_body_is_about_them():
    message = "We met someone from PPL at a conference. What's the connection between us?"
    assert parse(message).asker_with == ()


def test_a_person_or_an_organisation_asks_what_it_is(answerer):
    message = "Is Aga Khan a person or an organisation in our world?"
    assert parse(message).intent is None
    assert ids(answerer.answer(message))[0] in {"aga_khan_foundation", "unicef_akf_edtech"}


def test_who_it_is_actually_for_is_whom_it_serves(answerer):
    assert_answered_first(answerer.answer("My Care, My Way - who is it actually for, and where?"), "my_care_my_way")


# ------------------------------------------------------------------ round seven


def test_who_a_named_work_is_aimed_at_is_on_its_card(answerer):
    message = "What's IU's involvement in the Big Picture school in Doncaster, and who is the school aimed at?"
    assert_answered_first(answerer.answer(message), "big_picture_learning_doncaster")


def test_whom_to_copy_in_is_a_person_asked_for():
    assert parse("A trust has a pathway they want to scale. Who internally should I copy in on the intro?").seeks_person


def test_whom_we_spent_years_working_with_is_not_us(answerer):
    message = "Which organisation did IU spend two years working with to produce Against the Odds?"
    assert ids(answerer.answer(message))[0] == "health_foundation"


def test_every_report_a_blog_mentions(answerer):
    answer = answerer.answer("all the reports mentioned in julies blog pls")
    assert answer.outcome is Outcome.LIST
    assert "blog_impact_at_scale" not in ids(answer)


def test_work_that_touches_on_a_subject_asks_for_no_one(answerer):
    message = "does any of IU's work touch on kids in care?"
    assert parse(message).intent != "contact"


def test_whichever_of_our_reports_is_ours(answerer):
    message = "Attach whichever of our reports looks at why some health innovations do scale. Which one is that?"
    assert_answered_first(answerer.answer(message), "against_the_odds")


def test_a_third_organisation_alongside_one_named_is_another(answerer):
    message = (
        "On the West London case I have the CCG as commissioner and IU as support partner, but there's a third "
        "organisation developing the new approaches alongside the CCG. Who is that?"
    )
    assert ids(answerer.answer(message))[0] == "ppl"


# ------------------------------------------------------------------ the second reader's cases, again


@pytest.mark.parametrize(
    "message, first",
    [
        ("Someone from the Aga Khan Foundation emailed. Who at IU leads the edtech scaling work?", "heather_rollinson"),
        (
            "Someone from social care asked me. Which programme is about keeping children safe and finding young "
            "people in care loving homes?",
            "innovation_programme_csc",
        ),
        (
            "A colleague from Big Picture Learning emailed me. How is the new school going?",
            "big_picture_learning_doncaster",
        ),
        ("Someone at Elevate pinged me. Which schools are taking part in the programme?", "elevate"),
        ("Who is the Elevate programme aimed at?", "elevate"),
        ("Which person or organisation should I approach at IU about scaling support?", "heather_rollinson"),
    ],
)
def test_the_go_between_and_whom_it_serves_keep_the_subject(answerer, message, first):
    assert ids(answerer.answer(message))[0] == first


def test_a_relation_to_us_asked_of_reports_keeps_the_reports(answerer):
    assert ids(answerer.answer("Which of the reports relate to Innovation Unit?"))[0] != "department_for_education"


def test_whom_iu_did_a_study_with_is_not_us(answerer):
    message = "Which organisation did IU do the two-year study on scaling in the NHS with?"
    assert ids(answerer.answer(message))[0] == "health_foundation"
