"""Conversations through the real app: a thread remembers what it is about; small talk stays small."""

from __future__ import annotations

from support.slack_requests import direct_message, mention


def test_a_follow_up_in_the_thread_is_about_the_entry_just_answered(http_app, api):
    http_app.event(mention("what is Elevate?", ts="1700000100.000100"), "Ev0FOLLOW1")
    api.wait_for("chat.postMessage")
    http_app.event(mention("who runs it?", ts="1700000100.000200", thread_ts="1700000100.000100"), "Ev0FOLLOW2")
    first, second = api.wait_for("chat.postMessage", 2)
    assert second.body["thread_ts"] == "1700000100.000100"
    assert "Heather Rollinson" in second.body["text"] and "Elevate" in second.body["text"]


def test_the_same_words_in_another_thread_are_a_fresh_question(http_app, api):
    http_app.event(mention("who runs it?", ts="1700000200.000100"), "Ev0FRESH01")
    (call,) = api.wait_for("chat.postMessage")
    assert "Heather Rollinson" not in call.body["text"]


def test_a_dm_follow_up_and_a_thank_you(http_app, api):
    http_app.event(direct_message("when did Against the Odds launch?", channel="D0FOLLOW", ts="1.1"), "Ev0DMFU001")
    (launch,) = api.wait_for("chat.postMessage")
    assert launch.body["text"].startswith("*Against the Odds* — published: Wednesday 25 January 2018")
    http_app.event(direct_message("how many pages is it?", channel="D0FOLLOW", ts="1.2"), "Ev0DMFU002")
    pages = api.wait_for("chat.postMessage", 2)[1]
    assert pages.body["text"].startswith("I don't have the page count for Against the Odds")
    http_app.event(direct_message("thanks!", channel="D0FOLLOW", ts="1.3"), "Ev0DMFU003")
    thanks = api.wait_for("chat.postMessage", 3)[2]
    assert thanks.body["text"].startswith("You're welcome") and len(thanks.body["blocks"]) == 1
