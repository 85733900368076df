"""Kinds of Slack message the blind sets holdout_slack66–69 showed the engine misreading, each in
conversations written for these tests: the general reading is asserted, not any one line."""

from __future__ import annotations

from support.answers import about, ids

from bot.answer import Outcome
from bot.question import excluded, parse
from bot.text import expand_contractions, words

# ------------------------------------------------------------------ contractions


def test_a_contraction_in_a_message_keeps_the_word_it_stands_for():
    assert parse("we're running it").words == ("we", "are", "running", "it")
    assert words(expand_contractions("When\u2019s the launch? I've no idea, we'll see")) == [
        "when", "is", "the", "launch", "i", "have", "no", "idea", "we", "will", "see",
    ]  # fmt: skip
    # A possessive is not a contraction; "n't" stays on its word.
    assert words(expand_contractions("the King's Fund isn't ours")) == ["the", "king", "fund", "isnt", "ours"]


def test_every_place_we_are_delivering_in_is_a_list_of_our_work(answerer):
    answer = answerer.answer("for the insurance renewal: which towns and countries are we're working in at the moment?")
    assert answer.outcome is Outcome.LIST
    assert {"elevate", "big_picture_learning_doncaster"} <= set(ids(answer))


def test_a_who_that_says_which_people_asks_for_no_person(answerer):
    message = "is there anything for young people who've been let down by school?"
    assert parse(message).intent != "contact"
    assert about(answerer.answer(message)) == "big_picture_learning_doncaster"


def test_what_i_am_missing_is_what_the_asker_lacks_not_the_others(answerer):
    message = "Onboarding doc. What I'm missing is a short line on the over-65s service in west London - what is it?"
    assert not parse(message).wants_others
    assert about(answerer.answer(message)) == "my_care_my_way"
    assert parse("Spring and the DfE - anyone I'm missing?").wants_others


def test_what_it_is_not_said_of_it_sets_nothing_aside(answerer):
    assert excluded("i am guessing that is not it") == ()
    answer = answerer.answer("the board pack keeps saying \"ICT\" - I'm guessing that's not IT? what is it?")
    assert about(answer) == "integrated_community_team"


def test_the_consortium_asked_for_by_its_sort_in_full_words(answerer):
    message = "Our work with the DfE goes through a consortium, I was told. What is the consortium called?"
    assert parse(message).intent == "organisation"
    assert about(answerer.answer(message)) == "spring_consortium"


def test_a_blog_asked_for_by_what_it_covers_is_one_blog_not_a_list(answerer):
    message = "is there a blog post that explains what we're doing on scaling and why? for a newsletter"
    assert parse(message).list_kinds == ()
    assert about(answerer.answer(message)) == "blog_impact_at_scale"


def test_which_council_and_what_is_it_called_asks_no_description(answerer):
    message = "A local authority took our innovations system-wide. Which council is that, and what's the work called?"
    assert not parse(message).describes_too


# ------------------------------------------------------------------ our partners


def test_partners_outside_the_uk_are_the_ones_beyond_it(answerer):
    answer = answerer.answer("which organisations do we work with outside the UK?")
    assert {"unicef", "aga_khan_foundation"} <= set(ids(answer))


def test_partners_in_the_uk_leave_out_those_placed_abroad(answerer):
    answer = answerer.answer("list every organisation we partner with in the UK")
    assert "aisnsw" not in ids(answer)
    assert "unicef" not in ids(answer)
    assert "wigan_council" in ids(answer)


def test_partners_asked_of_you_on_the_scaling_work_are_all_our_partners(answerer):
    answer = answerer.answer("Which organisations do you partner with on your scaling work? A full list please")
    assert answer.outcome is Outcome.LIST
    assert "innovation_unit" not in ids(answer)
    assert {"spring_consortium", "wigan_council", "ppl"} <= set(ids(answer))


# ------------------------------------------------------------------ people


def test_a_need_fitting_one_person_in_words_is_not_overruled_by_a_small_lean_in_meaning(answerer):
    message = (
        "a charity rang - they've made something that works in one town n want help scaling it. who do i send them to?"
    )
    assert about(answerer.answer(message)) == "heather_rollinson"


def test_who_at_our_organisation_asks_for_a_person_there(answerer):
    message = (
        "a trust wants to adopt a model that already works elsewhere - who at Innovation Unit should they speak to?"
    )
    assert parse(message).intent == "contact"
    assert about(answerer.answer(message)) == "heather_rollinson"


def test_a_role_quoted_and_checked_against_a_name_answers_whoever_holds_it(answerer):
    answer = answerer.answer(
        "&gt; Director of Innovation Consultancy   that's Julie Temperley, right? fixing the org chart"
    )
    assert ids(answer)[:2] == ["heather_rollinson", "julie_temperley"]


# ------------------------------------------------------------------ what is meant


def test_the_latter_of_two_things_described_is_the_one_asked_about(answerer):
    message = (
        "Two strands of our children's work keep coming up: one is the national programme run with a government"
        " department; the other is a whole-system transformation with a single council. Tell me about the latter?"
    )
    assert about(answerer.answer(message)) == "asset_based_csc_wigan"
    former = message.replace("the latter", "the former")
    assert ids(answerer.answer(former))[0] == "innovation_programme_csc"  # its words are fewer: offered, first


def test_through_whom_asks_for_the_body_we_take_part_through(answerer):
    message = "the dfe children's social care innovation programme - are we on it, and through whom?"
    assert parse(message).intent == "organisation"
    assert about(answerer.answer(message)) in {"spring_consortium", "department_for_education"}


def test_a_member_of_staff_is_no_headcount_asked_for():
    assert parse("a member of staff wrote a report on student-centred learning, where is it?").asked_fact is None
    assert parse("how many staff does PPL have?").asked_fact == "number of staff"


def test_the_date_of_the_next_one_is_not_the_date_of_the_last(answerer):
    answer = answerer.answer("when's the next Against the Odds launch event? keen to go")
    assert answer.outcome is Outcome.MISSING_FACT
    assert answer.missing == "date of the next one"
    assert answerer.answer("when was Against the Odds published?").fact is not None


def test_words_that_only_brush_a_name_do_not_stop_naming_the_work_two_bodies_share(answerer):
    message = (
        "I've been working my way through old papers and keep seeing a two-year piece of work done jointly with"
        " the Health Foundation. What was it called?"
    )
    assert about(answerer.answer(message)) == "against_the_odds"


def test_what_a_stranger_published_is_not_answered_by_the_work_it_is_compared_with(answerer):
    answer = answerer.answer("Has Nesta put out anything similar to Against the Odds? curious how we compare")
    assert not answer.answered
    # A body we hold is still answered: what the King's Fund published is ours to know.
    assert "kings_fund_adoption_spread_nhs" in ids(answerer.answer("Did the King's Fund publish anything on adoption?"))


def test_a_strong_stat_asked_for_is_a_figure_we_do_not_hold(answerer):
    answer = answerer.answer("Elevate impact - anything with a number? need one strong stat for the report")
    assert answer.outcome is Outcome.MISSING_FACT


# ------------------------------------------------------------------ facts and phrases


def test_the_vehicle_for_a_roll_out_is_what_does_it_not_a_fact_we_lack(answerer):
    message = (
        "heard you're rolling an older people's service out to more GP practices in west London - what's the vehicle?"
    )
    answer = answerer.answer(message)
    assert answer.answered
    assert {"my_care_my_way", "integrated_community_team"} <= set(ids(answer))


def test_a_quoted_phrase_of_small_words_is_part_of_a_name(answerer):
    assert {"many", "few"} <= parse('the blog with "for the many not the few" in its title?').quoted
    assert about(answerer.answer("need the full title of the 'for the many not the few' post")) == (
        "blog_impact_at_scale"
    )


def test_typing_on_a_phone_asks_no_phone_number():
    assert parse("sorry typing on phone - is spring the same as the dfe programme?").asked_fact is None
    assert parse("julie temperley mob no? running late").asked_fact == "phone number"


def test_a_contract_value_is_a_sum_we_do_not_hold(answerer):
    answer = answerer.answer("elevate contract value? need it for the forecast")
    assert answer.outcome is Outcome.MISSING_FACT
    assert answer.missing == "amount"


# ------------------------------------------------------------------ guesses, pointers and records


def test_an_organisation_guessed_for_a_work_it_has_nothing_to_do_with_is_corrected(answerer):
    answer = answerer.answer("which organisation was our partner on Against the Odds - the King's Fund, wasn't it?")
    assert ids(answer)[:2] == ["health_foundation", "against_the_odds"]
    # A right guess stays: the Health Foundation is on it.
    assert "health_foundation" in ids(answerer.answer("was our partner on Against the Odds the Health Foundation?"))


def test_who_an_organisation_is_asks_about_it_not_for_its_contact(answerer):
    assert ids(answerer.answer("who are PPL anyway? keep seeing them in papers")) == ["ppl"]
    # …but a person there is still a person.
    assert about(answerer.answer("who is Innovation Unit's director of innovation consultancy?")) == (
        "heather_rollinson"
    )


def test_her_and_his_point_at_the_person_the_message_names_in_part(answerer):
    message = "Spoke to a Julie at an event who writes for Innovation Unit. What's her surname?"
    assert about(answerer.answer(message)) == "julie_temperley"


def test_who_signs_off_asks_for_a_person_whatever_organisation_is_named():
    assert parse("who signs off the SOW from that org?").intent == "contact"


def test_office_shorthand_is_no_stranger(answerer):
    message = "got a draft SOW from a council that wants to adopt a solution from elsewhere - who do I send it to?"
    assert about(answerer.answer(message)) == "heather_rollinson"


def test_records_we_do_not_keep_are_facts_not_held():
    assert parse("is the Health Foundation a registered charity?").asked_fact == "registration number"
    assert parse("PO number for the Elevate work?").asked_fact == "purchase order"
    assert parse("is the NIA open to teachers? eligibility rules?").asked_fact == "eligibility criteria"
    assert parse("which team member wrote the student-centred report?").asked_fact == "author"


def test_how_is_called_asks_for_a_name():
    query = parse("Please, how is called the report which you made together with the Health Foundation?")
    assert query.asks_name
    assert query.intent == "report"


def test_another_partner_beside_the_one_named_is_the_other_one(answerer):
    message = "In West London you work with the CCG and also with another partner. How is called this partner?"
    assert parse(message).wants_others
    assert about(answerer.answer(message)) == "ppl"


def test_non_uk_partners_are_those_outside_it(answerer):
    answer = answerer.answer("all our non-UK partners? for the intl slide")
    assert {"unicef", "aga_khan_foundation"} <= set(ids(answer))
    assert "ppl" not in ids(answer)


def test_an_inspection_rating_is_a_fact_we_do_not_hold(answerer):
    answer = answerer.answer("doncaster school ofsted rating?")
    assert answer.outcome is Outcome.MISSING_FACT


def test_a_product_asked_for_is_offered_nothing_as_an_answer(answerer):
    answer = answerer.answer("can anyone recommend a good case management system for our children's social workers?")
    assert not answer.answered
    # A report or a person recommended is still ours to answer.
    assert answerer.answer("can you recommend a report on scaling in the NHS?").answered


def test_where_a_work_came_from_is_what_its_own_text_says_it_grew_out_of(answerer):
    answer = answerer.answer("the Wigan innovations - where did they originally come from?")
    assert ids(answer)[:2] == ["innovation_programme_csc", "asset_based_csc_wigan"]
    # A work whose text says it grew out of nothing linked is its own answer.
    assert about(answerer.answer("where did My Care, My Way come from?")) == "my_care_my_way"


def test_a_document_mentioned_by_someone_is_not_one_doing_the_mentioning(answerer):
    message = 'The director mentioned "Julie\'s blog on scale" at the all-hands. Which blog is that?'
    assert about(answerer.answer(message)) == "blog_impact_at_scale"
    # The blog doing the naming still lists what it names.
    assert answerer.answer("which reports does the scale blog mention?").outcome is Outcome.LIST


def test_a_guess_beside_our_own_name_is_corrected_too(answerer):
    message = "Which organisation did IU do Against the Odds with? My manager insists it was the King's Fund."
    assert ids(answerer.answer(message))[:2] == ["health_foundation", "against_the_odds"]


def test_the_post_that_mentions_two_things_is_the_document_that_is_both_their_source(answerer):
    answer = answerer.answer("who wrote the post that mentions both Elevate and the Wigan work?")
    assert ids(answer)[:2] == ["julie_temperley", "blog_impact_at_scale"]


def test_the_asker_describing_themselves_asks_for_no_person():
    assert parse("I'm the link person in our council - what is My Care, My Way?").intent != "contact"


def test_what_a_document_mentions_is_asked_about_when_the_question_asks_for_it(answerer):
    message = "Your blog mentions work with the Department for Education on children in care. Which programme is that?"
    assert about(answerer.answer(message)) == "innovation_programme_csc"


def test_who_we_work_with_in_a_place_is_the_partner_there(answerer):
    for message in ("who does IU work with in Wigan?", "who do we work with in Wigan?"):
        answer = answerer.answer(message)
        assert "wigan_council" in ids(answer)[:2], message
        assert answer.answered
