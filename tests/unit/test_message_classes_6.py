"""Kinds of Slack message the blind sets holdout_slack46–57 showed the engine misreading, each in
conversations written for these tests: the general reading is asserted, not any one line."""

from __future__ import annotations

from support.answers import about, ids

from bot.answer import Outcome
from bot.question import asked_fact, named_in_quotes, parse, sentences

# ------------------------------------------------------------------ words typed short


def test_shortened_report_and_what_read_as_the_words_meant(answerer):
    assert about(answerer.answer("wats the kings fund rpt called")) == "kings_fund_adoption_spread_nhs"


def test_a_word_with_letters_left_out_finds_the_one_word_it_shortens(answerer):
    assert answerer.index.knows("adoptn")  # adoption
    assert not answerer.index.knows("elevtr")  # elevate? elevator? a word we hold does not end so
    assert about(answerer.answer("the adoptn n spread paper - main point?")) == "kings_fund_adoption_spread_nhs"


def test_a_shortened_month_and_year_read_as_a_date():
    assert "february" in parse("julie's blog feb 18 - title?").words
    assert "2018" in parse("julie's blog feb 18 - title?").words
    # A month typed in full is left alone: "February 18" may be a day.
    assert "2018" not in parse("the blog from February 18").words


def test_the_org_chart_names_no_organisation(answerer):
    message = "Dir of Innov Consultancy - name pls, updating the org chart"
    assert parse(message).intent != "organisation"
    assert about(answerer.answer(message)) == "heather_rollinson"


def test_a_director_asked_for_by_what_they_head_up_is_a_person(answerer):
    answer = answerer.answer("which director leads our consultancy side? need to set up an intro")
    assert about(answer) == "heather_rollinson"


# ------------------------------------------------------------------ what a sentence asks


def test_a_staff_meeting_is_not_a_headcount():
    assert asked_fact("can you tell me what we do on elevate before our staff meeting")[0] is None
    assert asked_fact("how many staff does ppl have")[0] == "number of staff"
    assert asked_fact("what are ppl staff numbers")[0] == "number of staff"


def test_a_half_remembered_cue_is_not_a_second_question(answerer):
    message = "covering the wigan work this week. what's it trying to achieve? something about strengths and costs?"
    asking = [s.words for s in sentences(message) if s.asks]
    assert asking == [("what", "it", "trying", "to", "achieve")]
    answer = answerer.answer(message)
    assert about(answer) == "asset_based_csc_wigan"
    assert answer.outcome is not Outcome.MISSING_FACT


def test_whom_a_thing_is_aimed_at_asks_about_the_thing_not_for_a_contact(answerer):
    answer = answerer.answer("the big picture school in doncaster - who is it aimed at?")
    assert about(answer) == "big_picture_learning_doncaster"
    answer = answerer.answer("unicef edtech - what is it and who else is on it?")
    assert about(answer) == "unicef_akf_edtech"


def test_a_quote_of_everyday_words_names_nothing():
    assert named_in_quotes("for our 'from the team' box: what did we write?") == frozenset()
    assert named_in_quotes('I only caught "Big something"') == {"big"}
    assert named_in_quotes("we're part of 'Spring'") == {"spring"}


# ------------------------------------------------------------------ who made a document


def test_who_wrote_a_report_that_names_no_author_is_answered_by_its_publishers(answerer):
    answer = answerer.answer("was Against the Odds just us or a joint thing - who wrote it?")
    assert about(answer) == "against_the_odds"
    assert answer.fact is not None
    assert "Health Foundation" in answer.fact.value and "Innovation Unit" in answer.fact.value


def test_the_report_of_an_organisation_is_the_one_it_published(answerer):
    answer = answerer.answer("who wrote the king's fund report?")
    # It names no author: said to be missing, of that report (not of another whose name says "report").
    assert answer.outcome is Outcome.MISSING_FACT
    assert ids(answer) == ["kings_fund_adoption_spread_nhs"]


def test_an_organisation_guessed_as_publisher_does_not_hide_the_report_described(answerer):
    answer = answerer.answer(
        "who put out the adoption and spread paper about spending? someone wrote 'Health Foundation' on the slide"
    )
    assert about(answer) in ("kings_fund", "kings_fund_adoption_spread_nhs")


def test_did_we_write_it_of_a_named_report_asks_about_that_report(answerer):
    answer = answerer.answer("the kings fund adoption report - did we co-write it or just cite it?")
    assert about(answer) == "kings_fund_adoption_spread_nhs"
    assert not parse("did we write it?").made_by_us
    assert parse("which reports did we write?").made_by_us


def test_knowing_who_published_is_not_asking_what_we_published():
    assert not parse("do we know who published it?").made_by_us


# ------------------------------------------------------------------ the rest of a set


def test_the_third_of_a_set_given_two_by_their_publishers(answerer):
    answer = answerer.answer(
        "three scaling reports came out that January. I have the Health Foundation one and the King's Fund one "
        "- which is the third?"
    )
    assert about(answer) == "growing_innovative_models_adults"


def test_the_third_of_a_set_given_as_theirs_and_ours(answerer):
    answer = answerer.answer(
        "for the newsletter I've found the King's Fund one and ours, but the third one is missing. its title?"
    )
    assert about(answer) == "growing_innovative_models_adults"


def test_the_third_of_a_set_given_by_name_and_set_aside(answerer):
    answer = answerer.answer("not Against the Odds and not the King's Fund one - what was the third report called?")
    assert about(answer) == "growing_innovative_models_adults"


def test_a_third_of_something_is_a_share_not_the_rest_of_a_set():
    assert not parse("did a third of the schools join Elevate?").counts_others


# ------------------------------------------------------------------ someone else for the need


def test_is_this_person_the_right_one_answers_whoever_the_need_is_for(answerer):
    answer = answerer.answer(
        "Is Julie Temperley the right person for a council that wants to adopt a solution from elsewhere, or "
        "someone else?"
    )
    assert ids(answer)[:2] == ["heather_rollinson", "julie_temperley"]


def test_is_this_person_the_right_one_stays_with_them_when_the_need_is_theirs(answerer):
    answer = answerer.answer("Is Julie Temperley the one who wrote the scaling blog, or someone else?")
    assert about(answer) == "julie_temperley"


# ------------------------------------------------------------------ relations asked of a named entry


def test_the_nhs_side_of_a_named_programme_is_its_partner_bodies(answerer):
    answer = answerer.answer("Who's the NHS side on My Care, My Way? tagging them in a post")
    assert about(answer) == "west_london_ccg"
    assert "ppl" in ids(answer)


def test_the_entry_named_in_full_is_what_a_relation_is_asked_of(answerer):
    # "NHS" and "care" are topics of a report too; the programme is the one named.
    answer = answerer.answer("Who's the NHS side on My Care, My Way?")
    assert "my_care_my_way" in ids(answer)
    assert "against_the_odds" not in ids(answer)


# ------------------------------------------------------------------ asked about something else


def test_a_question_about_something_we_do_not_hold_is_not_answered_from_its_context(answerer):
    answer = answerer.answer("how do volunteers claim mileage? I drove to the Wigan council offices last week")
    assert not answer.answered


def test_a_request_about_the_context_still_answers_from_it(answerer):
    message = "we're writing up the Doncaster school model from the States. Can you give me the background?"
    assert about(answerer.answer(message)) == "big_picture_learning_doncaster"


def test_costs_the_work_is_about_are_not_a_price_asked_for():
    assert asked_fact("the transformation should mean better outcomes and lower costs, what is it called")[0] is None
    assert asked_fact("i'm mapping cost centres, list the west london programmes")[0] is None
    assert asked_fact("what does the wigan programme cost")[0] == "price"


def test_a_full_list_is_entries_asked_for_not_a_fact(answerer):
    answer = answerer.answer("what's the full list of our schools and education work?")
    assert answer.answered and answer.missing is None
    assert "elevate" in ids(answer)


def test_an_open_ask_after_the_request_leaves_the_request_as_the_question(answerer):
    answer = answerer.answer("For the trustees I need all our education programmes. What have we got?")
    assert {"elevate", "big_picture_learning_doncaster"} <= set(ids(answer))


def test_every_partner_named_in_the_blog_leaves_us_out(answerer):
    answer = answerer.answer("can I get every partner organisation we name in the scale blog? for a logo strip")
    assert "innovation_unit" not in ids(answer)
    assert {"aisnsw", "ppl", "wigan_council"} <= set(ids(answer))


def test_every_report_we_wrote_is_ours_not_every_report(answerer):
    answer = answerer.answer("can you give me every report or blog we wrote on scale? not other people's")
    assert "kings_fund_adoption_spread_nhs" not in ids(answer)
    assert about(answer) in ("against_the_odds", "blog_impact_at_scale")


def test_facts_about_dealings_we_do_not_keep(answerer):
    assert answerer.answer("what currency do we invoice UNICEF in?").missing == "currency"
    assert answerer.answer("what's Heather Rollinson's twitter handle?").missing == "social media handle"


# ------------------------------------------------------------------ guests asking about us


def test_what_we_are_doing_with_a_named_partner_is_about_that_work(answerer):
    message = (
        "Good afternoon :wave: thanks for the welcome into <#C05SHRD1X2|iu-funders-shared>. Our trustees would "
        "love a short summary of what Innovation Unit is actually doing with the council in Wigan. No rush at all!"
    )
    assert about(answerer.answer(message)) in ("asset_based_csc_wigan", "wigan_council")


def test_what_we_do_is_still_about_us(answerer):
    answer = answerer.answer("my mum asked what Innovation Unit actually does. consultancy? what's the one-liner?")
    assert about(answer) == "innovation_unit"


def test_a_channel_name_says_where_it_is_posted_not_what_is_asked():
    query = parse("thanks for adding me to <#C05SHRD1X2|iu-funders-shared>! what's Elevate?")
    assert "funders" not in query.words and query.intent != "organisation"
    assert "healthfoundation" in parse("first time in <#C07X|ext-healthfoundation-innovationunit> - hi").words


def test_no_rush_at_all_asks_for_no_list():
    assert not parse("could you summarise the Wigan work? no rush at all").wants_list
    assert parse("can you list all our programmes?").wants_list


def test_the_one_of_ours_among_near_guesses(answerer):
    answer = answerer.answer("the report on ten health innovations that scaled - not the King's Fund one, ours. title?")
    assert about(answer) == "against_the_odds"


def test_is_it_ours_or_someone_elses_is_asked_of_the_report_described(answerer):
    answer = answerer.answer(
        "is there a report on how little the NHS spends on adoption compared with innovation? is it ours or "
        "someone else's?"
    )
    assert about(answer) == "kings_fund_adoption_spread_nhs"


def test_of_two_entries_named_alike_the_first_named_is_asked_about(answerer):
    assert about(answerer.answer("who r spring consortium n wat do they do w dfe")) == "spring_consortium"


def test_ppl_followed_by_what_people_do_is_people(answerer):
    assert "people" in parse("the ah-ha bit ppl keep quoting").words
    assert "ppl" in parse("PPL are on the guest list - do we work with them?").words


def test_a_fact_of_something_no_entry_is_gets_no_list(answerer):
    answer = answerer.answer("what's the NHS's total annual budget? want a stat for the newsletter")
    assert not answer.answered


def test_a_request_pointing_back_at_a_needed_fact_asks_that_fact(answerer):
    answer = answerer.answer(
        "Our grants team needs Innovation Unit's registered office address. Could someone post it here?"
    )
    assert answer.missing == "address"
    answer = answerer.answer(
        "Writing a job ad for the Wigan work. Can someone give me a one-liner on what that programme does?"
    )
    assert answer.missing is None


def test_a_director_of_something_else_is_not_who_is_asked_for(answerer):
    assert not answerer.answer("who's our director of finance?").answered
    assert about(answerer.answer("who heads up our consultancy side at the moment?")) == "heather_rollinson"


def test_on_my_phone_is_how_they_type_not_a_number_asked_for(answerer):
    answer = answerer.answer("spring consortium who r they sorry on my phone")
    assert answer.missing is None and about(answer) == "spring_consortium"


def test_whats_missing_sets_aside_what_the_asker_already_has(answerer):
    answer = answerer.answer(
        "mapping the west London over-65s programme. GP practices and the CCG are on it. What's missing is our "
        "partner organisation on the integrated care side - who is that?"
    )
    assert about(answer) == "ppl"


def test_whether_we_co_wrote_anything_with_them_asks_about_their_report(answerer):
    answer = answerer.answer(
        "can you confirm whether we co-wrote anything with the King's Fund, or whether their adoption and spread "
        "paper was entirely their own?"
    )
    assert about(answer) == "kings_fund_adoption_spread_nhs"


def test_is_that_the_same_as_another_asks_about_the_one_described_first(answerer):
    answer = answerer.answer(
        "a colleague cited a Jan 2018 report, Growing innovative models of health, care and support for adults. "
        "Is that the same thing as the King's Fund one or separate?"
    )
    assert about(answer) == "growing_innovative_models_adults"


def test_outcome_numbers_are_figures_we_do_not_hold(answerer):
    answer = answerer.answer(
        "What has My Care, My Way delivered - savings per patient? I need numbers, not a description"
    )
    assert answer.missing == "figures"


def test_in_the_uk_but_outside_london_sets_london_aside():
    assert ("london",) in parse("which programmes are in the UK but outside London?").excluded
    assert parse("a school just outside Sydney asked about us").excluded == ()


def test_an_elevator_pitch_is_not_elevate(answerer):
    answer = answerer.answer("the board want the Wigan asset-based work - what's the elevator pitch?")
    assert about(answer) == "asset_based_csc_wigan"


def test_who_is_the_body_asks_for_an_organisation(answerer):
    answer = answerer.answer("Who's the commissioning body on My Care, My Way - the CCG or the council?")
    assert about(answer) == "west_london_ccg"


def test_the_partner_alongside_a_named_one_is_the_other(answerer):
    answer = answerer.answer("on the west london over-65s work, who's the partner org alongside the CCG?")
    assert about(answer) == "ppl"


def test_which_member_of_our_team_wrote_it_asks_for_an_author(answerer):
    answer = answerer.answer("Which member of our team wrote the report on how student-centred learning scales?")
    assert answer.missing == "author"


def test_a_first_name_checked_against_the_need(answerer):
    answer = answerer.answer(
        "I read Julie's blog on scale - is she the person to contact about your support for scaling a model "
        "another county wants to adopt, or should I be speaking to someone else?"
    )
    assert about(answer) == "heather_rollinson"


def test_a_named_person_to_approach_is_someone_sought():
    assert parse("Is there a named person on your side we should approach about that?").seeks_person


def test_a_sort_noun_inside_a_name_said_in_full_is_no_sort_asked_for(answerer):
    answer = answerer.answer(
        "Could you list all of Innovation Unit's education programmes, both in the UK and overseas?"
    )
    assert "innovation_unit" not in ids(answer)[:1]
    assert {"elevate", "big_picture_learning_doncaster"} <= set(ids(answer))


def test_the_answer_does_not_depend_on_the_process_hash_seed():
    # Two aliases covering a message equally were ordered by a float sum over a set, whose last bits
    # differ with PYTHONHASHSEED; which was "the" evidence decided which of two named entries came first.
    import json
    import os
    import subprocess
    import sys

    message = (
        "Chair's asked re the DfE children's social care innovation prog - are we leading it or part of a consortium?"
    )
    answers = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "SCALEBOT_SEMANTIC": "off"}
        out = subprocess.run(
            [sys.executable, "-m", "bot", "ask", "--json", message], env=env, capture_output=True, text=True, check=True
        ).stdout
        answers.add(json.loads(out)["results"][0]["id"])
    assert answers == {"innovation_programme_csc"}
