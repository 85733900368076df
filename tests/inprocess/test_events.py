"""Mentions, direct messages and the Home tab, through Bolt's real dispatch in this process."""

from __future__ import annotations

import json

from support.slack_api import BOT_ID, BOT_USER_ID
from support.slack_requests import buttons, direct_message, mention


def test_dispatch_returns_after_the_reply(app, api):
    """What the rest of this tier relies on: when dispatch returns, the reply has been sent."""
    assert app.event(mention("elevate")).status == 200
    assert len(api.calls_to("chat.postMessage")) == 1


def test_mention_gets_one_threaded_reply_naming_the_entry(app, api):
    assert app.event(mention("what is My Care My Way?", ts="1700000001.000100")).status == 200
    (call,) = api.calls_to("chat.postMessage")
    assert call.body["channel"] == "C0CHAN01"
    assert call.body["thread_ts"] == "1700000001.000100"
    assert "My Care, My Way" in call.body["text"]
    assert any("My Care, My Way" in json.dumps(block) for block in call.body["blocks"])


def test_mention_inside_a_thread_replies_in_that_thread(app, api):
    app.event(mention("elevate", ts="1700000002.000200", thread_ts="1700000000.000001"))
    (call,) = api.calls_to("chat.postMessage")
    assert call.body["thread_ts"] == "1700000000.000001"


def test_direct_message_gets_a_reply_in_the_dm(app, api):
    app.event(direct_message("who do I talk to about scaling?"))
    (call,) = api.calls_to("chat.postMessage")
    assert call.body["channel"] == "D0DM0001"
    assert "thread_ts" not in call.body  # a DM is answered in the conversation, not in a thread
    assert "Heather Rollinson" in call.body["text"]


def test_direct_message_in_a_thread_is_answered_in_that_thread(app, api):
    app.event(direct_message("elevate", ts="1700000003.000300", thread_ts="1700000003.000100"))
    (call,) = api.calls_to("chat.postMessage")
    assert call.body["channel"] == "D0DM0001" and call.body["thread_ts"] == "1700000003.000100"


def test_direct_message_with_a_file_is_answered(app, api):
    app.event(direct_message("elevate", subtype="file_share"))
    (call,) = api.calls_to("chat.postMessage")
    assert "Elevate" in call.body["text"]


def test_messages_from_bots_and_edits_get_no_reply(app, api):
    for ignored in (
        direct_message("elevate", bot_id=BOT_ID, user=BOT_USER_ID),
        direct_message("elevate", bot_id="B0OTHER1", user="U0OTHERB"),
        direct_message("elevate", subtype="message_changed"),
        direct_message("elevate", subtype="message_deleted"),
        {**direct_message("elevate"), "channel_type": "channel"},
    ):
        assert app.event(ignored).status == 200
    assert api.calls_to("chat.postMessage") == []
    app.event(direct_message("elevate"))  # …while a person's own DM in the same app is answered
    assert len(api.calls_to("chat.postMessage")) == 1


def test_declined_question_offers_did_you_mean_buttons(app, api):
    app.event(mention("london children"))
    (call,) = api.calls_to("chat.postMessage")
    offered = buttons(call.body["blocks"])
    assert call.body["text"].startswith("I'm not sure")
    assert 1 <= len(offered) <= 3 and all(b["action_id"].startswith("show_entry_") for b in offered)


def test_app_home_opened_publishes_the_catalogue(app, api):
    home = {"type": "app_home_opened", "user": "U0ASKER1", "channel": "D0DM0001", "tab": "home", "event_ts": "1.1"}
    app.event(home)
    (call,) = api.calls_to("views.publish")
    assert call.body["user_id"] == "U0ASKER1"
    view = call.body["view"] if isinstance(call.body["view"], dict) else json.loads(call.body["view"])
    text = json.dumps(view)
    assert view["type"] == "home" and "Elevate" in text and "/programme" in text and "Heather Rollinson" in text


def test_the_messages_tab_publishes_nothing(app, api):
    app.event({"type": "app_home_opened", "user": "U0ASKER1", "channel": "D0DM0001", "tab": "messages"})
    assert api.calls_to("views.publish") == []
