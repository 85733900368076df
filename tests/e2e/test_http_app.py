"""The real app under gunicorn, driven by requests signed as Slack signs them."""

from __future__ import annotations

import json
import time
from urllib.parse import parse_qs, urlencode

from support.slack_api import BOT_ID, BOT_USER_ID
from support.slack_requests import action_body, direct_message, get, mention, post, signed_headers


def test_healthz_reports_the_knowledge_base(http_app, api):
    result = get(http_app.url + "/healthz")
    assert result.status == 200
    health = json.loads(result.body)
    assert health["status"] == "ok" and health["counts"]["programme"] == 8


def test_url_verification(http_app, api):
    body = json.dumps(
        {"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", "type": "url_verification"}
    )
    result = post(http_app.url + "/slack/events", body, signed_headers(body))
    assert result.status == 200
    assert "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in result.body


def test_mention_gets_one_threaded_reply_naming_the_entry(http_app, api):
    result = http_app.event(mention("what is My Care My Way?", ts="1700000001.000100"), "Ev0MENTION1")
    assert result.status == 200
    (call,) = api.wait_for("chat.postMessage")
    assert call.body["channel"] == "C0CHAN01"
    assert call.body["thread_ts"] == "1700000001.000100"
    assert "My Care, My Way" in call.body["text"]
    assert any("My Care, My Way" in json.dumps(block) for block in call.body["blocks"])
    api.assert_no_more("chat.postMessage", 1)


def test_mention_inside_a_thread_replies_in_that_thread(http_app, api):
    http_app.event(mention("elevate", ts="1700000002.000200", thread_ts="1700000000.000001"), "Ev0MENTION2")
    (call,) = api.wait_for("chat.postMessage")
    assert call.body["thread_ts"] == "1700000000.000001"


def test_direct_message_gets_a_reply_in_the_dm(http_app, api):
    http_app.event(direct_message("who do I talk to about scaling?"), "Ev0DM00001")
    (call,) = api.wait_for("chat.postMessage")
    assert call.body["channel"] == "D0DM0001"
    assert "Heather Rollinson" in call.body["text"]


def test_messages_from_bots_and_edits_get_no_reply(http_app, api):
    http_app.event(direct_message("elevate", bot_id=BOT_ID, user=BOT_USER_ID), "Ev0BOT0001")
    http_app.event(direct_message("elevate", bot_id="B0OTHER1", user="U0OTHERB"), "Ev0BOT0002")
    http_app.event(direct_message("elevate", subtype="message_changed"), "Ev0EDIT001")
    http_app.event(direct_message("elevate", subtype="message_deleted"), "Ev0DEL0001")
    api.assert_no_more("chat.postMessage", 0, settle=1.0)


def test_declined_question_offers_did_you_mean_buttons(http_app, api):
    http_app.event(mention("london children"), "Ev0UNSURE1")
    (call,) = api.wait_for("chat.postMessage")
    buttons = [e for b in call.body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert call.body["text"].startswith("I'm not sure")
    shown = [b for b in buttons if b["action_id"].startswith("show_entry_")]
    assert 1 <= len(shown) <= 3
    # the question log adds "None of these" and "Ask a person" (tests/e2e/test_feedback.py)
    assert {b["action_id"] for b in buttons if b not in shown} <= {"none_of_these", "ask_person"}


def test_each_slash_command_acks_fast_and_answers_ephemerally(http_app, api):
    cases = [
        ("/programme", "elevate", "Elevate"),
        ("/report", "NHS", "Adoption and spread"),
        ("/contact", "scaling", "Heather Rollinson"),
        ("/scaling", "who wrote the blog?", "Julie Temperley"),
    ]
    for n, (command, text, expected) in enumerate(cases):
        result = http_app.command(command, text, api.response_url(f"cmd{n}"))
        assert result.status == 200 and result.seconds < 1.5, (command, result)
        response = [c for c in api.wait_for("response", n + 1) if c.path.endswith(f"cmd{n}")][0]
        assert response.body["response_type"] == "ephemeral"
        assert expected in response.body["text"], (command, response.body["text"])
        actions = [e["action_id"] for b in response.body["blocks"] if b["type"] == "actions" for e in b["elements"]]
        assert "share_answer" in actions


def test_kind_command_with_no_text_lists_all_of_that_kind(http_app, api):
    http_app.command("/report", "", api.response_url("list"))
    (response,) = api.wait_for("response")
    for name in ["Against the Odds", "Adoption and spread of innovation in the NHS", "Growing innovative models"]:
        assert name in response.body["text"]
    assert "Elevate" not in response.body["text"]


def test_kind_command_stays_within_its_kind(http_app, api):
    http_app.command("/contact", "elevate", api.response_url("kind"))
    (response,) = api.wait_for("response")
    assert "Elevate (Programme)" not in response.body["text"]


def test_scaling_help(http_app, api):
    http_app.command("/scaling", "help", api.response_url("help"))
    (response,) = api.wait_for("response")
    assert "/programme" in response.body["text"] and response.body["response_type"] == "ephemeral"


def test_share_in_channel_posts_the_answer_for_everyone(http_app, api):
    http_app.command("/programme", "elevate", api.response_url("ask"))
    (answer,) = api.wait_for("response")
    share = next(
        e
        for b in answer.body["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "share_answer"
    )
    http_app.action(
        action_body(
            {"type": "button", "action_id": "share_answer", "value": share["value"]},
            api.response_url("share"),
            ephemeral=True,
        )
    )
    responses = api.wait_for("response", 3)
    shared = [c for c in responses if c.path.endswith("/share") and c.body.get("response_type") == "in_channel"]
    assert len(shared) == 1
    assert "Elevate" in shared[0].body["text"]
    assert any("Shared by <@U0ASKER1>" in json.dumps(b) for b in shared[0].body["blocks"])
    assert not any(
        e.get("action_id") == "share_answer"
        for b in shared[0].body["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
    )


def test_did_you_mean_click_in_a_thread_posts_the_entry_there(http_app, api):
    message = {"type": "message", "ts": "1700000005.000500", "thread_ts": "1700000005.000100", "text": "I'm not sure"}
    http_app.action(
        action_body(
            {"type": "button", "action_id": "show_entry_1", "value": "aga_khan_foundation"},
            api.response_url("dym"),
            message=message,
        )
    )
    (call,) = api.wait_for("chat.postMessage")
    assert call.body["thread_ts"] == "1700000005.000100"
    assert "Aga Khan Foundation" in call.body["text"]


def test_did_you_mean_click_on_an_ephemeral_replaces_it(http_app, api):
    http_app.action(
        action_body(
            {"type": "button", "action_id": "show_entry_0", "value": "unicef"}, api.response_url("eph"), ephemeral=True
        )
    )
    (response,) = api.wait_for("response")
    assert response.body["replace_original"] is True and "UNICEF" in response.body["text"]


def test_link_button_click_is_acknowledged(http_app, api):
    result = http_app.action(
        action_body(
            {"type": "button", "action_id": "open_link_0", "url": "https://example.org"}, api.response_url("link")
        )
    )
    assert result.status == 200
    api.assert_no_more("response", 0, settle=0.3)


def test_app_home_opened_publishes_the_catalogue(http_app, api):
    http_app.event(
        {
            "type": "app_home_opened",
            "user": "U0ASKER1",
            "channel": "D0DM0001",
            "tab": "home",
            "event_ts": "1700000000.1",
        },
        "Ev0HOME001",
    )
    (call,) = api.wait_for("views.publish")
    assert call.body["user_id"] == "U0ASKER1"
    view = call.body["view"] if isinstance(call.body["view"], dict) else json.loads(call.body["view"])
    text = json.dumps(view)
    assert view["type"] == "home" and "Elevate" in text and "/programme" in text and "Heather Rollinson" in text


def test_bad_signature_is_401_and_calls_nothing(http_app, api):
    body = json.dumps({"type": "event_callback", "event_id": "Ev0FORGED1", "event": mention("elevate")})
    headers = signed_headers(body, secret="0" * 32)
    result = post(http_app.url + "/slack/events", body, headers)
    assert result.status == 401
    assert "Traceback" not in result.body
    api.assert_no_more("chat.postMessage", 0, settle=0.5)


def test_stale_timestamp_is_401_and_calls_nothing(http_app, api):
    body = json.dumps({"type": "event_callback", "event_id": "Ev0STALE01", "event": mention("elevate")})
    result = post(http_app.url + "/slack/events", body, signed_headers(body, timestamp=int(time.time()) - 60 * 10))
    assert result.status == 401
    api.assert_no_more("chat.postMessage", 0, settle=0.5)


def test_unparseable_body_is_a_client_error_not_a_trace(http_app, api):
    body = "payload=%7Bnot-json"
    result = post(
        http_app.url + "/slack/events", body, signed_headers(body, content_type="application/x-www-form-urlencoded")
    )
    assert 400 <= result.status < 500
    assert "Traceback" not in result.body


def test_unknown_path_is_404(http_app, api):
    assert get(http_app.url + "/nope").status == 404


def test_show_click_in_a_channel_the_bot_is_not_in_answers_the_clicker(http_app, api):
    api.script("chat.postMessage", 200, {"ok": False, "error": "not_in_channel"})
    message = {"type": "message", "ts": "1700000007.000700", "text": "shared answer"}
    http_app.action(
        action_body(
            {"type": "button", "action_id": "show_entry_0", "value": "elevate"},
            api.response_url("notin"),
            message=message,
        )
    )
    (response,) = api.wait_for("response")
    assert response.body["response_type"] == "ephemeral" and "Elevate" in response.body["text"]
    api.assert_no_more("chat.postMessage", 1, settle=0.5)


def test_click_without_response_url_or_channel_gets_a_dm(http_app, api):
    payload = json.loads(
        parse_qs(action_body({"type": "button", "action_id": "show_entry_0", "value": "elevate"}, "unused"))["payload"][
            0
        ]
    )
    for key in ("response_url", "channel", "message"):
        payload.pop(key, None)
    payload["container"] = {"type": "view", "view_id": "V0HOME"}
    result = http_app.action(urlencode({"payload": json.dumps(payload)}))
    assert result.status == 200
    (call,) = api.wait_for("chat.postMessage")
    assert call.body["channel"] == "U0ASKER1" and "Elevate" in call.body["text"]


def test_shared_catalogue_keeps_its_heading(http_app, api):
    http_app.command("/report", "", api.response_url("cat"))
    (answer,) = api.wait_for("response")
    share = next(
        e
        for b in answer.body["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "share_answer"
    )
    http_app.action(
        action_body(
            {"type": "button", "action_id": "share_answer", "value": share["value"]},
            api.response_url("catshare"),
            ephemeral=True,
        )
    )
    shared = [c for c in api.wait_for("response", 3) if c.body.get("response_type") == "in_channel"]
    assert shared and shared[0].body["text"].startswith("Here is everything I have")
