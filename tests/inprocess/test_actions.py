"""Button clicks: Share in channel, Did you mean / Show, and link buttons."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlencode

from support.slack_requests import action_body, button


def share(app, api, command: str, text: str) -> list:
    """Ask with a slash command, then click the answer's Share button; the response_url posts that follow."""
    app.command(command, text, api.response_url("ask"))
    (answer,) = api.calls_to("response")
    shared = button(answer.body["blocks"], "share_answer")
    click = {"type": "button", "action_id": "share_answer", "value": shared["value"]}
    app.action(action_body(click, api.response_url("share"), ephemeral=True))
    return api.calls_to("response")[1:]


def test_share_in_channel_posts_the_answer_for_everyone(app, api):
    posted, confirmed = share(app, api, "/programme", "elevate")
    assert posted.body["response_type"] == "in_channel" and posted.body["replace_original"] is False
    assert "Elevate" in posted.body["text"]
    assert any("Shared by <@U0ASKER1>" in json.dumps(b) for b in posted.body["blocks"])
    assert "share_answer" not in json.dumps(posted.body["blocks"])
    assert confirmed.body == {"text": "Shared in the channel.", "response_type": "ephemeral", "replace_original": True}


def test_shared_catalogue_keeps_its_heading(app, api):
    posted, _ = share(app, api, "/report", "")
    assert posted.body["response_type"] == "in_channel"
    assert posted.body["text"].startswith("Here is everything I have")


def test_did_you_mean_click_in_a_thread_posts_the_entry_there(app, api):
    message = {"type": "message", "ts": "1700000005.000500", "thread_ts": "1700000005.000100", "text": "I'm not sure"}
    click = {"type": "button", "action_id": "show_entry_1", "value": "aga_khan_foundation"}
    app.action(action_body(click, api.response_url("dym"), message=message))
    (call,) = api.calls_to("chat.postMessage")
    assert call.body["thread_ts"] == "1700000005.000100"
    assert "Aga Khan Foundation" in call.body["text"]
    assert api.calls_to("response") == []


def test_did_you_mean_click_on_an_ephemeral_replaces_it(app, api):
    click = {"type": "button", "action_id": "show_entry_0", "value": "unicef"}
    app.action(action_body(click, api.response_url("eph"), ephemeral=True))
    (response,) = api.calls_to("response")
    assert response.body["replace_original"] is True and "UNICEF" in response.body["text"]
    assert api.calls_to("chat.postMessage") == []


def test_show_click_in_a_channel_the_bot_is_not_in_answers_the_clicker(app, api):
    api.script("chat.postMessage", 200, {"ok": False, "error": "not_in_channel"})
    message = {"type": "message", "ts": "1700000007.000700", "text": "shared answer"}
    click = {"type": "button", "action_id": "show_entry_0", "value": "elevate"}
    app.action(action_body(click, api.response_url("notin"), message=message))
    (response,) = api.calls_to("response")
    assert response.body["response_type"] == "ephemeral" and "Elevate" in response.body["text"]
    assert len(api.calls_to("chat.postMessage")) == 1  # the refused post, not retried


def test_click_without_response_url_or_channel_gets_a_dm(app, api):
    click = {"type": "button", "action_id": "show_entry_0", "value": "elevate"}
    payload = json.loads(parse_qs(action_body(click, "unused"))["payload"][0])
    for key in ("response_url", "channel", "message"):
        payload.pop(key, None)
    payload["container"] = {"type": "view", "view_id": "V0HOME"}
    assert app.action(urlencode({"payload": json.dumps(payload)})).status == 200
    (call,) = api.calls_to("chat.postMessage")
    assert call.body["channel"] == "U0ASKER1" and "Elevate" in call.body["text"]


def test_click_on_an_entry_that_is_gone_says_so(app, api):
    click = {"type": "button", "action_id": "show_entry_0", "value": "no_such_entry"}
    app.action(action_body(click, api.response_url("gone"), ephemeral=True))
    (response,) = api.calls_to("response")
    assert response.body["text"].startswith("That is no longer in the knowledge base")


def test_link_button_click_is_acknowledged_and_nothing_is_sent(app, api):
    click = {"type": "button", "action_id": "open_link_0", "url": "https://example.org"}
    assert app.action(action_body(click, api.response_url("link"))).status == 200
    assert [c.method for c in api.calls if c.method != "auth.test"] == []  # auth.test: Bolt learning who it is
