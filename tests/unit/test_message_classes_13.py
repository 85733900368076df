"""Kinds of Slack message the blind sets of the eleventh session showed the engine misreading, each in
conversations written for these tests: the general reading is asserted, not any one line."""

from __future__ import annotations

import pytest
from support.answers import about, assert_answered_first, assert_not_held, ids

from bot.answer import Outcome
from bot.question import parse, sentences

# ------------------------------------------------------------------ what the message asks


@pytest.mark.parametrize(
    "message",
    [
        "Need the name of whoever runs our innovation consultancy - she'd be the approver, wouldn't she?",
        "want the name of the person who leads innovation consultancy. they sign the contracts, right?",
    ],
)
def test_a_name_wanted_without_a_question_mark_still_asks(answerer, message):
    assert sentences(message)[0].asks
    assert_answered_first(answerer.answer(message), "heather_rollinson")


def test_a_name_wanted_for_a_purpose_is_no_second_question(answerer):
    message = "who's our Director of Innovation Consultancy? need the name for the board paper"
    assert [s.asks for s in sentences(message)] == [True, False]
    assert_answered_first(answerer.answer(message), "heather_rollinson")


def test_a_fact_named_before_a_dash_is_what_a_bare_choice_after_it_asks_about(answerer):
    answer = answerer.answer("payment terms on the Elevate contract - 30 days or 60?")
    assert_not_held(answer, "payment terms", "elevate")


def test_a_statement_before_a_dash_is_not_made_a_question_by_a_fact_word(answerer):
    message = "Both cost codes just say Accelerator - one is NHS. For the NHS one, what's the programme called?"
    assert not sentences(message)[0].asks
    assert_answered_first(answerer.answer(message), "nhs_innovation_accelerator")


@pytest.mark.parametrize(
    "message",
    [
        "the CEO is going to ask how many more GP practices My Care, My Way is reaching. Roughly how many?",
        "our chair will ask what the Wigan work is about, can you give me a line?",
    ],
)
def test_someone_going_to_ask_is_no_person_asked_for(message):
    assert parse(message).intent != "contact"


# ------------------------------------------------------------------ names typed oddly


def test_letters_spelled_out_after_called_are_one_name(answerer):
    message = "the invoices name a company called P P L next to the CCG - who are they?"
    assert "ppl" in parse(message).quoted
    assert about(answerer.answer(message)) == "ppl"


@pytest.mark.parametrize("message", ["dept for ed - which programme is theirs?", "which programme is the dept of ed's"])
def test_dept_for_ed_is_the_department_for_education(answerer, message):
    assert {"department", "education"} <= parse(message).focus
    assert about(answerer.answer(message)) in ("department_for_education", "innovation_programme_csc")


def test_dept_alone_still_asks_where_someone_sits(answerer):
    answer = answerer.answer("heather rollinson - wat dept is she in?")
    assert about(answer) == "heather_rollinson"
    assert answer.fact is not None and answer.fact.label == "role"


@pytest.mark.parametrize(
    "message",
    [
        "what's the big picture on our work with schools?",
        "writing the big-picture section of the strategy: what do we do on scale?",
    ],
)
def test_the_big_picture_idiom_names_no_school(answerer, message):
    assert "big_picture_learning_doncaster" not in ids(answerer.answer(message))[:1]


def test_big_picture_learning_is_still_named_in_lower_case(answerer):
    assert about(answerer.answer("big-picture learning doncaster - who's the partner?")) in (
        "big_picture_learning_doncaster",
        "innovation_unit",
    )


# ------------------------------------------------------------------ facts nobody keeps


@pytest.mark.parametrize(
    "message",
    [
        "heading to Doncaster for the school visit - what's the weather like there this week?",
        "meeting PPL in Leigh tomorrow - what's the weather forecast, will it rain?",
    ],
)
def test_the_weather_is_not_held(answerer, message):
    answer = answerer.answer(message)
    assert answer.outcome is not Outcome.ANSWERED
    assert answer.missing == "weather"


def test_someone_on_another_bodys_side_is_a_contact_we_do_not_hold(answerer):
    answer = answerer.answer("who countersigns the grant letter on the UNICEF side of the edtech work?")
    assert_not_held(answer, "contact")
    assert ids(answer)[0] in ("unicef", "unicef_akf_edtech")


# ------------------------------------------------------------------ where a work came from


@pytest.mark.parametrize(
    "message",
    [
        "wigan asset based csc - which programme did the innovations come from?",
        "The council in Wigan is rolling out new practice. Where did the innovations they are now using come from?",
    ],
)
def test_where_wigans_innovations_came_from_is_the_national_programme(answerer, message):
    assert parse(message).asks_origin
    assert about(answerer.answer(message)) == "innovation_programme_csc"


def test_the_work_asked_about_first_comes_before_where_it_came_from(answerer):
    message = "Is the Wigan work a one-off pilot or borough-wide, and where did its ideas come from?"
    assert ids(answerer.answer(message))[:2] == ["asset_based_csc_wigan", "innovation_programme_csc"]


# ------------------------------------------------------------------ our view, and what we wrote


@pytest.mark.parametrize(
    "message",
    [
        "what's IU's take on why pilots never spread beyond where they start?",
        "new in post - what's our argument on scaling, in a couple of lines?",
        "In short, what's Innovation Unit's line on scale - why do we think good ideas can travel?",
    ],
)
def test_our_view_on_scale_is_what_we_wrote_with_the_blog_first(answerer_with_meaning, message):
    answer = answerer_with_meaning.answer(message)
    assert answer.answered, answer
    assert ids(answer)[0] == "blog_impact_at_scale"


def test_our_view_on_a_body_is_about_the_body(answerer):
    assert about(answerer.answer("what's our view on the DfE?")) == "department_for_education"


def test_a_position_on_something_is_no_job(answerer):
    assert parse("what's Innovation Unit's position on scaling?").asked_fact != "role"
    assert parse("what's Heather's position at IU?").asked_fact == "role"


def test_a_report_by_one_of_our_team_whose_publisher_we_do_not_know_is_that_report(answerer):
    message = "did one of our team ever write a report on student-centred learning spreading between schools?"
    assert about(answerer.answer(message)) == "student_centred_learning_report"


def test_the_one_you_wrote_among_reports_said_before_is_ours(answerer):
    message = (
        "I gather three reports on scale came out in January 2018. Leaving aside the King's Fund one, "
        "which was the one you wrote?"
    )
    answer = answerer.answer(message)
    assert answer.answered, answer
    assert ids(answer)[0] == "against_the_odds"


def test_a_document_described_is_asked_for_not_its_author(answerer_with_meaning):
    message = (
        "A friend sent me a blog of yours from 2018 saying there's no shortage of good ideas in public services, "
        "just the know-how to scale them. What was it called?"
    )
    assert_answered_first(answerer_with_meaning.answer(message), "blog_impact_at_scale")


def test_a_service_described_then_asked_by_name_is_a_work_not_its_commissioner(answerer):
    message = (
        "Someone told me about an integrated care service for over-65s in west London. "
        "What's it called, and is it one of yours?"
    )
    assert parse(message).intent == "programme"
    assert about(answerer.answer(message)) == "my_care_my_way"


def test_another_bodys_programme_pointed_back_at_is_not_ours(answerer):
    message = "Someone says Nesta runs a scaling programme for charities. Is that right, and is it like yours?"
    assert "nesta" in parse(message).proper_names
    assert answerer.answer(message).outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    "message",
    [
        "Which report did we launch on Wednesday 25 January 2018, the one people were debating on LinkedIn?",
        "the one from 25 January that was all over Twitter - which report was that?",
    ],
)
def test_a_platform_named_in_passing_is_no_unknown_subject(answerer, message):
    answer = answerer.answer(message)
    assert answer.outcome is not Outcome.DID_YOU_MEAN, answer
    assert ids(answer)[0] == "against_the_odds"


# ------------------------------------------------------------------ the second round's kinds


def test_a_pay_award_is_not_held(answerer):
    assert_not_held(answerer.answer("has the DfE announced the pay award for social workers yet?"), "pay award")


def test_how_many_it_looked_at_counts_what_the_message_counted(answerer):
    message = "My notes say Against the Odds covers eight health innovations, or was it ten? How many did it look at?"
    assert parse(message).asked_fact == "number of innovations"
    answer = answerer.answer(message)
    assert about(answer) == "against_the_odds"
    assert answer.fact is not None and "ten" in answer.fact.value


def test_a_second_organisation_beside_one_named_is_the_other_one(answerer):
    message = (
        "The grant letter for the over-65s work in west London mentions the CCG and separately another "
        "organisation. What is that second organisation?"
    )
    assert ids(answerer.answer(message))[0] == "ppl"


def test_the_other_organisation_that_did_it_with_us_said_before_the_question(answerer):
    message = (
        "For Against the Odds I need the other organisation that wrote it with Innovation Unit. "
        "Which organisation was that?"
    )
    assert parse(message).not_us
    assert ids(answerer.answer(message))[0] == "health_foundation"


def test_an_acronym_asked_in_full_is_what_the_letters_stand_for(answerer):
    message = "our finance codes just say MCMW for the west London integrated care work. What's it called in full?"
    assert ids(answerer.answer(message))[0] == "my_care_my_way"


def test_remind_me_what_it_is_and_where_our_role_ends_is_about_the_work(answerer):
    message = (
        "Someone mentioned My Care My Way. Remind me what it is, and where our role ends and the partners' begins?"
    )
    assert parse(message).describes_too
    assert ids(answerer.answer(message))[0] == "my_care_my_way"


def test_a_quoted_title_asks_for_no_one(answerer):
    message = 'My talk is called "who is scaling what in schools". Could you list our work on schools?'
    assert parse(message).intent != "contact"
    assert answerer.answer(message).outcome is Outcome.LIST


def test_the_one_someone_means_points_back(answerer):
    message = "My head of year said we wrote a report on student-centred learning. Do you know the one she means?"
    assert parse(message).refers_back
    assert parse(message).intent == "report"


# ------------------------------------------------------------------ the third round's kinds


@pytest.mark.parametrize(
    "message",
    [
        "who wrote IU's report on student-centred learning? we'd like them on a panel",
        "who's the author of the student-centred learning report the blog mentions?",
    ],
)
def test_the_author_of_a_report_that_names_none_is_not_held(answerer, message):
    assert_not_held(answerer.answer(message), "author", "student_centred_learning_report")


def test_a_stranger_compared_with_us_is_not_answered_with_our_card(answerer):
    answer = answerer.answer("How does Nesta approach scale, compared with Innovation Unit?")
    assert answer.outcome is not Outcome.ANSWERED


def test_calling_yourselves_a_name_is_no_phone_call(answerer):
    message = "for the style guide: do you call yourselves Innovation Unit or the Innovation Unit?"
    assert parse(message).intent != "contact"
    assert ids(answerer.answer(message))[0] == "innovation_unit"


@pytest.mark.parametrize(
    "message",
    [
        "did the King's Fund really put GBP 100k into Against the Odds?",
        "I heard UNICEF paid USD 2m to the edtech work - right?",
    ],
)
def test_a_sum_by_its_currency_code_is_an_amount_not_held(answerer, message):
    assert_not_held(answerer.answer(message), "amount")


def test_a_sum_said_beside_something_else_asks_no_amount(answerer):
    assert parse("I've got a £50 voucher for the Elevate team, who do I give it to?").asked_fact != "amount"


def test_not_after_a_name_sets_it_aside(answerer):
    message = "Not after Elevate, I know that one. What's the other education work outside the UK?"
    assert parse(message).excluded == (("elevate",),)
    assert "elevate" not in ids(answerer.answer(message))[:1]


def test_have_we_written_anything_on_a_subject_asks_for_a_document(answerer):
    message = "the new starters keep asking 'why scale?'. Have we written anything on why scaling matters?"
    assert parse(message).intent == "report"
    assert answerer.answer(message).results[0].entry.kind == "report"


def test_a_name_of_everyday_words_brushed_in_passing_is_no_option(answerer):
    message = (
        "A colleague asked about a January 2018 report on growing models of health, care and support for adults. "
        "Was that one of IU's or someone else's? Either way, what's its full title?"
    )
    assert "my_care_my_way" not in ids(answerer.answer(message))[:1]


# ------------------------------------------------------------------ the fourth round's kinds


@pytest.mark.parametrize(
    "message",
    [
        "Is the NHS Innovation Accelerator open to innovators in Scotland, or is it England-only?",
        "Is My Care, My Way available in Wales, or only in London?",
    ],
)
def test_whether_a_work_is_open_somewhere_is_not_held(answerer, message):
    assert_not_held(answerer.answer(message), "eligibility criteria")


def test_what_it_is_and_whether_it_is_open_asks_what_its_card_says(answerer):
    message = "There's a Big Picture Learning school in Doncaster? What is it and is it open to outside partners?"
    assert_answered_first(answerer.answer(message), "big_picture_learning_doncaster")


def test_a_report_available_to_download_is_no_eligibility_question(answerer):
    assert parse("is Against the Odds available to download?").asked_fact != "eligibility criteria"


def test_the_actual_amount_is_not_held(answerer):
    message = "can I write '[£X] from UNICEF' for the edtech work? what was the actual amount?"
    assert_not_held(answerer.answer(message), "amount")


@pytest.mark.parametrize(
    "message",
    [
        "Whom should I write to at your organisation about help scaling a project?",
        "who should we write to at IU for advice on spreading our service?",
    ],
)
def test_whom_to_write_to_is_a_person(answerer, message):
    assert parse(message).seeks_person
    assert_answered_first(answerer.answer(message), "heather_rollinson")


def test_whoever_wrote_a_blog_said_first_is_who_is_asked_for(answerer):
    message = "Whoever wrote our blog about the January 2018 reports - who was that? We'd like them on a panel."
    answer = answerer.answer(message)
    assert ids(answer)[:2] == ["julie_temperley", "blog_impact_at_scale"]


def test_of_two_people_named_as_options_the_one_whose_role_is_said(answerer):
    answer = answerer.answer("Which of them is the director - Julie Temperley or Heather Rollinson?")
    assert_answered_first(answer, "heather_rollinson")


# ------------------------------------------------------------------ the fifth round's kinds


def test_speaking_at_an_event_is_no_person_asked_for():
    message = "Our director is speaking at a conference on older people. Do we have any work with over-65s?"
    assert parse(message).intent != "contact"


def test_how_we_describe_ourselves_is_our_own_card(answerer):
    answer = answerer.answer("For the induction pack: how does Innovation Unit describe itself and its work?")
    assert_answered_first(answer, "innovation_unit")


def test_the_reports_a_post_references_are_listed(answerer):
    answer = answerer.answer("Which reports does the post reference? I'm building a bibliography.")
    assert answer.outcome is Outcome.LIST
    assert "blog_impact_at_scale" not in ids(answer)
    assert {"against_the_odds", "kings_fund_adoption_spread_nhs"} <= set(ids(answer))


def test_working_with_a_stranger_is_not_answered_with_our_card(answerer):
    answer = answerer.answer("Did Innovation Unit ever work with the Wellcome Trust on mental health?")
    assert answer.outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    "message",
    [
        "Isn't the Wigan thing just the DfE programme with a new name? What do you call the Wigan work?",
        "what is the Wigan programme, and is it the same as the DfE innovation programme?",
    ],
)
def test_the_work_called_by_its_place_is_the_subject_beside_a_body(answerer, message):
    assert ids(answerer.answer(message))[0] == "asset_based_csc_wigan"


def test_a_national_programme_asked_of_a_body_is_still_followed(answerer):
    message = "The Wigan work draws on an earlier DfE programme. What was that national programme called?"
    assert ids(answerer.answer(message))[0] == "innovation_programme_csc"


def test_a_line_described_in_the_askers_words_is_a_passage(answerer):
    message = "I saw a line of yours about not enough decent, affordable care for our elderly. Which piece was it?"
    assert "elderly" in parse(message).passage
    assert ids(answerer.answer(message))[0] == "blog_impact_at_scale"


def test_of_two_works_asked_whose_the_quoted_one_is_asked_about(answerer):
    message = "Against the Odds was ours, I know. Was the _adoption and spread_ one ours as well?"
    assert ids(answerer.answer(message))[0] == "kings_fund_adoption_spread_nhs"


# ------------------------------------------------------------------ the sixth round's kinds


def test_facts_said_before_and_pointed_back_at_with_those(answerer):
    message = "the catalogue form wants the ISBN for Against the Odds - do we have those anywhere?"
    assert_not_held(answerer.answer(message), "ISBN or DOI", "against_the_odds")


def test_a_figure_said_before_and_asked_to_be_confirmed_is_not_held(answerer):
    message = "My draft says UNICEF put £3m into the edtech work - can you confirm that figure?"
    assert_not_held(answerer.answer(message), "amount")


def test_leaving_one_aside_sets_it_aside():
    assert ("council",) in parse("Leaving the council one aside, what's the national programme called?").excluded


def test_whether_we_are_running_a_work_is_asked_of_the_work(answerer):
    message = "About the Doncaster school: is the model from abroad, and is IU running it or helping bring it in?"
    assert ids(answerer.answer(message))[0] == "big_picture_learning_doncaster"


def test_our_role_in_a_work_is_no_persons_role():
    assert parse("what's our role in it?").asked_fact != "role"
    assert parse("what's Heather's role?").asked_fact == "role"


def test_a_person_named_in_the_question_is_asked_about_whatever_the_quote_above_says(answerer):
    message = "&gt; if you want help to scale something, Heather's your person. Who is Heather and what's her role?"
    answer = answerer.answer(message)
    assert_answered_first(answer, "heather_rollinson")
    assert answer.fact is not None and answer.fact.label == "role"


# ------------------------------------------------------------------ the seventh round's kinds


def test_our_basic_take_on_why_things_do_not_spread_is_what_we_wrote(answerer_with_meaning):
    answer = answerer_with_meaning.answer("new here: what's IU's basic take on why good ideas don't spread?")
    assert ids(answer)[0] == "blog_impact_at_scale"


@pytest.mark.parametrize(
    "message",
    [
        "is ther an IU report on student centered learning?",
        "is there an Innovation Unit report about student-centered learning spreading?",
    ],
)
def test_an_iu_report_on_a_subject_is_that_report(answerer, message):
    assert ids(answerer.answer(message))[0] == "student_centred_learning_report"


def test_american_spellings_read_as_our_names_spell_them():
    assert "centred" in parse("the student centered learning report").focus


def test_who_enquiries_should_go_to_is_a_person(answerer):
    message = "Who should enquiries go to from people who need help scaling something that works?"
    assert parse(message).seeks_person
    assert_answered_first(answerer.answer(message), "heather_rollinson")


# ------------------------------------------------------------------ what the second reader found


@pytest.mark.parametrize(
    "message",
    ["Is Julie available to talk about Elevate?", "Are you open to a quick call about Elevate next week?"],
)
def test_whether_someone_is_free_is_no_eligibility_question(message):
    assert parse(message).asked_fact != "eligibility criteria"


def test_under_the_weather_is_no_forecast():
    assert parse("Julie is under the weather today, who else can I talk to about Elevate?").asked_fact != "weather"


def test_a_question_reported_in_quotes_still_asks(answerer):
    assert_not_held(answerer.answer('A funder asked "who wrote Against the Odds" - any idea?'), "author")


def test_someone_who_could_speak_at_our_event_is_a_person_asked_for():
    assert parse("Is someone from IU able to speak at our conference on scaling?").intent == "contact"


def test_a_greeting_question_does_not_put_the_work_before_where_it_came_from(answerer):
    answer = answerer.answer("Is anyone around? Where did the Wigan innovations come from?")
    assert ids(answer)[0] == "innovation_programme_csc"


def test_who_put_money_in_asks_who_not_how_much():
    assert parse("Who put money into Elevate - the Health Foundation or AISNSW?").asked_fact != "amount"


def test_a_bit_about_something_is_no_passage():
    message = "I read a bit about why good ideas in the NHS fail to spread in some report online - which was that?"
    assert parse(message).passage == ""


def test_our_take_on_something_else_is_no_view_on_scale():
    assert not parse("What's our take on how the away day went?").our_view


def test_a_time_said_is_not_what_is_counted():
    assert parse("It ran for two years with twelve schools. How many did it look at?").asked_fact == "number of schools"


# ------------------------------------------------------------------ made after the untouched rounds were scored


def test_the_subject_programmes_a_body_is_involved_in_are_those_on_the_subject(answerer):
    answer = answerer.answer("Could I have a list of the education programmes Innovation Unit is involved in?")
    assert answer.outcome is Outcome.LIST
    assert set(ids(answer)) == {"big_picture_learning_doncaster", "elevate", "unicef_akf_edtech"}


def test_what_a_stranger_recommended_is_not_answered_with_our_work(answerer):
    answer = answerer.answer("What did Nesta recommend in its report on scaling social innovation?")
    assert answer.outcome is not Outcome.ANSWERED


def test_who_the_named_authors_are_is_the_author_fact(answerer):
    assert_not_held(answerer.answer("Who are the named authors of Against the Odds?"), "author", "against_the_odds")
