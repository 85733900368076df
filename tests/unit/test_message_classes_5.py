"""Kinds of Slack message the blind sets holdout_slack22–25 showed the engine misreading, each in
conversations written for these tests: the general reading is asserted, not any one line."""

from __future__ import annotations

from support.answers import about, ids

from bot.answer import Answerer, Outcome
from bot.question import excluded, parse, sentences

# ------------------------------------------------------------------ which sentence asks


def test_a_question_reported_as_the_problem_is_context_when_the_message_then_asks_it():
    message = (
        "nobody in finance knows which project to code the invoice to. Which of our programmes is the Australian one?"
    )
    asking = [s.words for s in sentences(message) if s.asks]
    assert asking == [("which", "of", "our", "programmes", "is", "the", "australian", "one")]


def test_a_reported_question_alone_is_still_the_question():
    assert [s.asks for s in sentences("my colleague asked who the commissioner is on My Care, My Way")] == [True]


def test_the_question_after_a_long_problem_statement_finds_its_entry(answerer):
    message = (
        "Hi :money_with_wings: we've had an invoice come in in AUD and nobody in <#C0FIN0001|finance> knows which "
        "project to code it to. Which of our programmes is the Australian one?"
    )
    assert about(answerer.answer(message)) == "elevate"


# ------------------------------------------------------------------ names we hold nothing on


def test_a_programme_of_an_organisation_we_do_not_hold_is_not_answered_by_meaning(answerer_with_meaning):
    # Its words match nothing well; the nearest entry by meaning is about something else entirely.
    answer = answerer_with_meaning.answer(
        "Is Nesta's innovation skills programme still running? a partner asked if we're in it"
    )
    assert not answer.answered


def test_a_two_letter_capital_describes_rather_than_names(answerer_with_meaning):
    answer = answerer_with_meaning.answer(
        "What are we doing with the UN children's agency on scaling tech in classrooms?"
    )
    assert about(answer) == "unicef_akf_edtech"


# ------------------------------------------------------------------ facts we do not hold


def test_jobs_at_an_organisation_are_a_fact_not_held_not_anyones_job_title(answerer):
    answer = answerer.answer("Does the King's Fund have any jobs going at the moment? A friend is thinking of applying")
    assert answer.outcome is Outcome.MISSING_FACT
    assert answer.missing == "vacancies"
    assert ids(answer) == ["kings_fund"]
    assert answerer.answer("is Innovation Unit hiring?").missing == "vacancies"


def test_a_job_title_is_still_a_role(answerer):
    answer = answerer.answer("what's Heather's job title?")
    assert about(answer) == "heather_rollinson"
    assert answer.fact is not None


# ------------------------------------------------------------------ several things set aside


def test_two_things_set_aside_leave_the_third(answerer):
    message = (
        "Not the King's Fund one and not Against the Odds - there was a third report out in January 2018, about "
        "models of health, care and support for adults. A partner asked for it and I've blanked. What's it called?"
    )
    assert parse(message).excluded == (("king", "fund"), ("against", "the", "odds"))
    assert about(answerer.answer(message)) == "growing_innovative_models_adults"


def test_a_kind_noun_set_aside_itself_names_the_one_in_view():
    assert excluded("what reports does the blog mention all of them but not the blog itself") == (("blog",),)
    assert excluded("not sure who runs it") == ()


# ------------------------------------------------------------------ what a document names


def test_the_reports_a_document_mentions_are_those_it_is_the_source_of(answerer):
    for message in (
        "IT is setting up one page per report. Which reports does the scale blog mention? All of them please",
        "What reports on scale are mentioned in the *New solutions, impact at scale* blog? ours and other people's",
    ):
        answer = answerer.answer(message)
        assert answer.outcome is Outcome.LIST
        assert set(ids(answer)) == {
            "against_the_odds",
            "kings_fund_adoption_spread_nhs",
            "growing_innovative_models_adults",
            "student_centred_learning_report",
        }


def test_the_external_organisations_a_document_names_leave_us_out(answerer):
    answer = answerer.answer("Can you list every external organisation named in the 'impact at scale' blog?")
    assert answer.outcome is Outcome.LIST
    assert "innovation_unit" not in ids(answer)
    assert {"health_foundation", "ppl", "unicef", "wigan_council"} <= set(ids(answer))
    assert answer.results[0].via == "named in Impact at scale blog"


def test_a_document_named_among_rivals_is_not_a_source_to_list_from(kb_dir):
    from bot.knowledge import load_knowledge

    kb_dir.write(
        "kb.yaml",
        """
        reports:
          - id: review
            name: "Annual review: what we learned"
            summary: Our yearly review of the programmes.
          - id: plan
            name: "Five year plan"
            summary: Where we go next.
        programmes:
          - id: alpha
            name: Alpha
            summary: A programme.
            source: "Annual review 2025"
          - id: beta
            name: Beta
            summary: Another programme.
            source: "Annual review 2025"
          - id: gamma
            name: Gamma
            summary: A third programme.
            source: "Five year plan"
        """,
    )
    answerer = Answerer(load_knowledge(kb_dir.path))
    assert set(ids(answerer.answer("which programmes does the annual review mention?"))) == {"alpha", "beta"}


# ------------------------------------------------------------------ where we work


def test_every_place_we_work_is_each_programme_with_its_places(answerer):
    for message in (
        "'where in the world' slide for the AGM :earth_africa: - name every place IU has scaling work going on",
        "I'm doing a map of *where* our work happens. Can you give me each place/region and what we're doing there?",
        "which places are we working in?",
    ):
        answer = answerer.answer(message)
        assert answer.outcome is Outcome.LIST, message
        assert {"asset_based_csc_wigan", "big_picture_learning_doncaster", "elevate", "my_care_my_way"} <= set(
            ids(answer)
        )
        wigan = next(m for m in answer.results if m.entry.id == "asset_based_csc_wigan")
        assert wigan.via == "Wigan"


def test_the_places_of_one_named_thing_are_not_a_list_of_our_work(answerer):
    assert answerer.answer("which countries is the UNICEF work in?").outcome is not Outcome.LIST
    message = "There's a partner called `PPL` on the ledger. Who are they, and which region's work is it?"
    assert about(answerer.answer(message)) == "ppl"


# ------------------------------------------------------------------ "who" about the ones named


def test_one_option_we_know_linked_to_the_subject_is_the_answer(answerer):
    message = "CCG or NHS England - who's actually commissioning the My Care My Way work you do in west London?"
    assert ids(answerer.answer(message))[:2] == ["west_london_ccg", "my_care_my_way"]


def test_who_is_the_named_partner_answers_with_the_partners_not_the_subjects_contact(answerer):
    answer = answerer.answer("mcmw west london - whos the ccg n whos ppl")
    assert set(ids(answer)[:2]) == {"west_london_ccg", "ppl"}
    # Nothing linked is named: who runs it is its organisation's contact, as before.
    assert about(answerer.answer("who runs My Care, My Way?")) == "heather_rollinson"


def test_two_people_offered_as_a_choice_for_a_need_is_the_one_whose_work_it_is(answerer_with_meaning):
    message = "Julie Temperley or Heather Rollinson - which one do I send a scaling enquiry to? :thinking_face:"
    assert about(answerer_with_meaning.answer(message)) == "heather_rollinson"


# ------------------------------------------------------------------ facts asked in passing


def test_a_phone_number_abbreviated_is_still_asked_for(answerer):
    message = "<@U0ABC12345> phone no. for our AISNSW contact? need to ring before Sydney closes :telephone_receiver:"
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.MISSING_FACT and answer.missing == "phone number"


def test_a_name_then_email_asks_for_their_email(answerer):
    answer = answerer.answer("Heather Rollinson's email pls, sending her the sponsorship deck :email:")
    assert answer.outcome is Outcome.MISSING_FACT and answer.missing == "email address"
    # An email that arrived, or whom to email, asks for no address.
    assert parse("got an email from a programme officer at the Aga Khan Foundation").asked_fact is None
    assert parse("who do I email about Elevate?").asked_fact is None


def test_artwork_asked_for_is_not_held(answerer):
    answer = answerer.answer("can someone resize the IU logo to 1080x1080 for insta pls :pray:")
    assert answer.outcome is Outcome.MISSING_FACT and answer.missing == "logo"
    assert parse("Old decks have a logo for PPL next to the CCG, but who are PPL? Any idea?").asked_fact is None


def test_a_fact_asked_of_a_list_is_still_missing(answerer):
    message = "for Against the Odds I need the start date and how much the Health Foundation put in - the grant value"
    assert answerer.answer(message).outcome is Outcome.MISSING_FACT


def test_work_about_the_fact_words_is_a_list_of_work_not_a_missing_price(answerer):
    assert about(answerer.answer("any work on improving outcomes while cutting costs in children's services?")) == (
        "asset_based_csc_wigan"
    )
    assert answerer.answer("how much does the Wigan programme cost?").missing == "price"


# ------------------------------------------------------------------ topics before a dash, ours, sorts


def test_a_few_words_before_a_dash_are_what_the_question_after_it_is_about(answerer):
    assert about(answerer.answer("big pic learning doncaster - US model or ours?")) == "big_picture_learning_doncaster"
    # …but the names given after the topic are still the ones the asker already has.
    answer = answerer.answer("children's social care partners - DfE, Spring, who else? need the full list")
    assert not {"department_for_education", "spring_consortium"} & set(ids(answer))


def test_a_topic_alone_asks_with_the_question_that_follows_it_in_textspeak(answerer):
    assert "against_the_odds" in ids(answerer.answer("IU + health fdn 2yr collab - wat was it calld"))


def test_which_ones_are_ours_asks_for_what_we_made(answerer):
    assert parse("Of the reports mentioned in the scale blog, which ones are ours?").made_by_us
    assert parse("which reports did WE (IU) put out on scaling?").made_by_us
    answer = answerer.answer("Of the reports mentioned in the scale blog, which ones are ours?")
    assert "against_the_odds" in ids(answer)
    assert "kings_fund_adoption_spread_nhs" not in ids(answer)


def test_a_sort_of_body_in_general_is_not_ours(answerer):
    for message in (
        "Are CCGs still a thing or have integrated care boards replaced them now? for the NHS England meeting",
        "have CCGs now all been replaced by ICBs, and what's the actual difference between the two?",
    ):
        assert not answerer.answer(message).answered, message
    assert about(answerer.answer("which CCGs do we work with?")) == "west_london_ccg"
    assert about(answerer.answer("tell me about the west london ccg")) == "west_london_ccg"


def test_totals_of_money_are_facts_not_held(answerer):
    assert answerer.answer("what was the total grant from the Health Foundation for Against the Odds?").missing == (
        "amount"
    )
    assert not answerer.answer("What's the NHS's total spend on innovation this year?").answered


def test_have_we_published_anything_on_a_subject_finds_the_report_on_it(answerer):
    message = "Have we published anything on getting student centred learning to spread past the first school?"
    assert about(answerer.answer(message)) == "student_centred_learning_report"
    assert not answerer.answer("have we published anything on space travel?").answered
    assert set(ids(answerer.answer("which reports did we write?"))) >= {"against_the_odds", "blog_impact_at_scale"}


def test_which_of_those_reports_was_ours_when_the_question_points_back(answerer):
    for message in (
        "Not the King's Fund one, and not the adults one either - the third of the January 2018 reports, the one "
        "we actually co-wrote. What's it called, and when was the launch?",
        "I'm told three reports came out in January 2018, one of which we were involved in. Which one was ours?",
        "healt foundation - did we do a report w them or was that kings fund",
    ):
        assert about(answerer.answer(message)) == "against_the_odds", message


def test_is_it_ours_or_someone_elses_asks_it_of_the_report_described(answerer):
    message = (
        "Someone mentioned a report with a comparison of spending on innovation vs adoption. Is that one of the "
        "Jan 2018 ones, and is it ours or somebody else's?"
    )
    assert not parse(message).made_by_us
    assert about(answerer.answer(message)) == "kings_fund_adoption_spread_nhs"


# ------------------------------------------------------------------ who is asking


def test_the_organisation_the_asker_is_with_is_read_off_their_greeting():
    from bot.question import asker_with

    assert asker_with("G'day from the AISNSW team :koala: a few of our principals") == ("aisnsw",)
    assert asker_with("Hi :wave: PPL here in the shared channel. We're refreshing") == ("ppl",)
    assert asker_with("Officer at Wigan Council here :wave: which of our buildings") == ("wigan", "council")
    assert asker_with("hey team, quick q about Elevate") == ()


def test_the_askers_own_organisation_is_not_what_they_ask_about(answerer_with_meaning):
    message = (
        "G'day from the AISNSW team :koala: a few of our principals loved the idea of student-centred learning "
        "spreading beyond the one school where it started. Someone mentioned a person on your team wrote a report "
        "about exactly that? Would love a pointer, cheers"
    )
    assert about(answerer_with_meaning.answer(message)) == "student_centred_learning_report"
    # A team is no organisation: "HR here" does not set Heather Rollinson (HR) aside.
    message = "HR here updating the org chart - whoever leads our innovation consultancy side, what's their name?"
    assert about(answerer_with_meaning.answer(message)) == "heather_rollinson"


def test_facts_of_documents_and_people_not_held(answerer):
    assert answerer.answer("Is Against the Odds longer than the King's Fund report? page counts?").missing == (
        "page count"
    )
    assert answerer.answer("what's Heather Rollinson's email? the website just says contact her").missing == (
        "email address"
    )
    message = "&gt; too many young people beating a path from care to custody  do we have the actual stats on this?"
    assert answerer.answer(message).missing == "statistics"


def test_a_document_named_in_a_long_request_for_organisations_is_still_the_source(answerer):
    message = (
        "Consent check before the annual report goes out: please list every external organisation named in the "
        "scale blog (not us!) so I can email each one. Ta"
    )
    answer = answerer.answer(message)
    assert answer.outcome is Outcome.LIST
    assert "innovation_unit" not in ids(answer) and {"ppl", "unicef", "kings_fund"} <= set(ids(answer))


def test_not_the_organisations_one_sets_aside_what_it_published(answerer):
    for message in (
        "Not the King's Fund one, and not the adults one - the one that looked at ten health innovations that did "
        "manage to scale. Which is that?",
        "not the adults one and not the King's Fund one - the third report from Jan 2018 about scaling in the NHS, "
        "who did we do it with?",
    ):
        answer = answerer.answer(message)
        assert "kings_fund_adoption_spread_nhs" not in ids(answer), message
        assert ids(answer)[0] in {"against_the_odds", "health_foundation"}, message


def test_is_the_work_ours_or_theirs_is_asked_of_the_work(answerer):
    message = "quick sanity check before I email a funder - is _Against the Odds_ ours or the King's Fund's?"
    assert ids(answerer.answer(message))[:2] == ["against_the_odds", "kings_fund"]


def test_facts_of_places_and_events_not_held(answerer):
    assert answerer.answer("Does UNICEF have a UK office we could visit, and who runs it?").missing == "office"


def test_a_work_named_with_its_maker_is_the_work(answerer):
    message = "kings fund adoption n spread report - whats the main point again, need it for slide 4"
    assert about(answerer.answer(message)) == "kings_fund_adoption_spread_nhs"
    assert about(answerer.answer("what does the King's Fund do?")) == "kings_fund"


def test_what_is_set_aside_is_not_offered_by_meaning_either(answerer_with_meaning):
    message = (
        "Not the King's Fund one and not Against the Odds - there was a third report on scaling out in Jan 2018. "
        "What was it called and what was it about?"
    )
    answer = answerer_with_meaning.answer(message)
    assert not {"kings_fund", "kings_fund_adoption_spread_nhs", "against_the_odds"} & set(ids(answer)[:1])
