"""Hand-off to a person, end to end through gunicorn, on SQLite and PostgreSQL: "Ask a person" DMs
the entry's contact (or posts in the hand-off channel), tells the asker, and "Answered" closes it."""

from __future__ import annotations

import shutil

import pytest
from support.databases import wait_for_rows
from support.interactions import click, command, vote
from support.paths import KNOWLEDGE_DIR
from support.servers import ADMIN, start_app
from support.slack_requests import direct_message, mention

from bot.store import Database, schema

CONTACT = "U0HEATHER"
CHANNEL = "C0HANDOFF"


@pytest.fixture(scope="module")
def handoff_app(slack_api, module_database_url, tmp_path_factory):
    knowledge = tmp_path_factory.mktemp("kb") / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, knowledge)
    contacts = knowledge / "contacts.yaml"
    text = contacts.read_text(encoding="utf-8")
    anchor = "    role: Director of Innovation Consultancy, Innovation Unit\n"
    contacts.write_text(text.replace(anchor, anchor + f"    slack_user_id: {CONTACT}\n", 1), encoding="utf-8")
    running = start_app(
        slack_api,
        knowledge,
        DATABASE_URL=module_database_url,
        SCALEBOT_ADMINS=ADMIN,
        SCALEBOT_HANDOFF_CHANNEL=CHANNEL,
    )
    database = Database(module_database_url)
    yield running, database
    running.server.stop()
    database.dispose()


def buttons(blocks: list[dict]) -> dict[str, dict]:
    return {e["action_id"]: e for b in blocks if b.get("type") == "actions" for e in b["elements"]}


def test_a_thumbs_down_hands_the_question_to_the_entrys_contact(handoff_app, api):
    app, database = handoff_app
    app.event(mention("what is Elevate?", ts="1700003000.000100", user="U0ASKER10"), "Ev0HO00001")
    (reply,) = api.wait_for("chat.postMessage")
    assert "ask_person" not in buttons(reply.body["blocks"])  # an answer offers it only after a 👎
    wait_for_rows(database, schema.questions, 1, question_key="event:Ev0HO00001")
    app.action(vote("down:event:Ev0HO00001", api.response_url("ho1"), user="U0ASKER10"))
    (thanks,) = api.wait_for("response")
    ask = buttons(thanks.body["blocks"])["ask_person"]
    assert ask["value"] == "event:Ev0HO00001"

    api.reset()
    api.script("chat.getPermalink", 200, {"ok": True, "permalink": "https://example.slack.com/archives/C0CHAN01/p1"})
    app.action(click(ask, api.response_url("ho2"), user="U0ASKER10"))
    (handed,) = api.wait_for("chat.postMessage")
    assert handed.body["channel"] == CONTACT
    assert "<https://example.slack.com/archives/C0CHAN01/p1|Open the conversation>" in str(handed.body["blocks"])
    assert "<@U0ASKER10> asked a question about *Elevate*" in handed.body["text"]
    assert "what is Elevate?" in handed.body["text"]
    answered_button = buttons(handed.body["blocks"])["handoff_answered"]
    (told,) = api.wait_for("response")
    assert f"I've asked <@{CONTACT}>" in told.body["text"]
    (row,) = wait_for_rows(database, schema.handoffs, 1, question_key="event:Ev0HO00001")
    assert (row.status, row.asked, row.entry_id, row.answered_at) == ("open", CONTACT, "elevate", None)

    # a second click does not ask twice
    app.action(click(ask, api.response_url("ho3"), user="U0ASKER10"))
    api.wait_for("response", 2)
    assert "already asked" in api.calls_to("response")[-1].body["text"]
    api.assert_no_more("chat.postMessage", 1, settle=0.3)

    # only the person asked closes it, once
    message = {"ts": "1700003000.000900", "text": handed.body["text"]}
    app.action(click(answered_button, api.response_url("ho4"), user="U0SOMEONE", message=message, channel=CONTACT))
    api.wait_for("response", 3)
    assert "Only the person" in api.calls_to("response")[-1].body["text"]
    app.action(click(answered_button, api.response_url("ho5"), user=CONTACT, message=message, channel=CONTACT))
    api.wait_for("response", 4)
    closed = api.calls_to("response")[-1].body
    assert closed["replace_original"] is True and f"Marked answered by <@{CONTACT}>" in closed["text"]
    (row,) = wait_for_rows(database, schema.handoffs, 1, question_key="event:Ev0HO00001", status="answered")
    assert row.answered_at >= row.opened_at and row.answered_by and CONTACT not in row.answered_by
    app.action(click(answered_button, api.response_url("ho6"), user=CONTACT, message=message, channel=CONTACT))
    api.wait_for("response", 5)
    assert "already marked answered" in api.calls_to("response")[-1].body["text"]


def test_a_decline_goes_to_the_handoff_channel_and_admins_see_it_open(handoff_app, api):
    app, database = handoff_app
    app.event(direct_message("what's the wifi password?", ts="1700003100.000100", user="U0ASKER11"), "Ev0HO00002")
    (reply,) = api.wait_for("chat.postMessage")
    ask = buttons(reply.body["blocks"])["ask_person"]
    wait_for_rows(database, schema.questions, 1, question_key="event:Ev0HO00002")
    api.reset()
    app.action(click(ask, api.response_url("ho7"), user="U0ASKER11", channel="D0DM0001"))
    (handed,) = api.wait_for("chat.postMessage")
    assert handed.body["channel"] == CHANNEL and "wifi password" in handed.body["text"]
    assert f"I've asked <#{CHANNEL}>" in api.wait_for("response")[0].body["text"]
    wait_for_rows(database, schema.handoffs, 1, question_key="event:Ev0HO00002", status="open", asked=CHANNEL)

    body, _ = command("/scaling", "handoffs", api.response_url("list1"), user=ADMIN)
    app.action(body)
    listed = [c for c in api.wait_for("response", 2) if c.path.endswith("list1")][0].body["text"]
    assert "wifi password" in listed and f"<#{CHANNEL}>" in listed and "Elevate" not in listed

    body, _ = command("/scaling", "handoffs", api.response_url("list2"), user="U0ASKER11")
    app.action(body)
    refused = [c for c in api.wait_for("response", 3) if c.path.endswith("list2")][0].body["text"]
    assert "for scalebot's admins" in refused


def test_hand_offs_that_cannot_be_verified_change_nothing(handoff_app, api):
    app, database = handoff_app
    ask = {"action_id": "ask_person", "value": "event:Ev0NOSUCH9"}
    app.action(click(ask, api.response_url("bad1")))
    assert "no longer in the question log" in api.wait_for("response")[0].body["text"]
    app.action(click({**ask, "value": "event:Ev0HO00002"}, api.response_url("bad2"), team="T0OTHER01"))
    app.action(click({"action_id": "handoff_answered", "value": "handoff:nope"}, api.response_url("bad3")))
    assert "no longer in the question log" in api.wait_for("response", 2)[1].body["text"]
    api.assert_no_more("chat.postMessage", 0, settle=0.3)
    wait_for_rows(database, schema.handoffs, 0, question_key="event:Ev0NOSUCH9", timeout=0)
    wait_for_rows(database, schema.handoffs, 1, question_key="event:Ev0HO00002")
