"""👍/👎, the 👎 form and "Did you mean" choices, end to end through gunicorn, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

from support.databases import wait_for_rows
from support.interactions import click, command, reason_values, view_submission, vote
from support.slack_api import TEAM_ID
from support.slack_requests import mention

from bot.store import schema


def feedback_values(blocks: list[dict]) -> tuple[str, str]:
    (block,) = [b for b in blocks if b["type"] == "context_actions"]
    (element,) = block["elements"]
    assert element["type"] == "feedback_buttons"
    return element["positive_button"]["value"], element["negative_button"]["value"]


def asked(app, api, database, text: str, event_id: str, ts: str) -> tuple[str, str]:
    """Mention the bot; the (👍, 👎) values of its reply, once the question is in the log."""
    app.wait_idle()  # a previous test's last replies land before the reset, not as this question's reply
    api.reset()
    app.event(mention(text, ts=ts), event_id)
    (reply,) = api.wait_for("chat.postMessage")
    wait_for_rows(database, schema.questions, 1, question_key=f"event:{event_id}")
    return feedback_values(reply.body["blocks"])


def test_every_answer_carries_feedback_buttons_and_a_thumbs_down_asks_why(logged_app, api):
    app, database = logged_app
    up, down = asked(app, api, database, "what is Elevate?", "Ev0FB00001", "1700002000.000100")
    assert (up, down) == ("up:event:Ev0FB00001", "down:event:Ev0FB00001")

    assert app.action(vote(down, api.response_url("fb1"), user="U0VOTER01")).status == 200
    (opened,) = api.wait_for("views.open")
    view = opened.body["view"]
    assert view["callback_id"] == "downvote_reason"
    options = [o["value"] for o in view["blocks"][0]["element"]["options"]]
    assert options == ["wrong_entry", "out_of_date", "missing", "unclear"]
    (thanks,) = api.wait_for("response")
    assert "👎" in thanks.body["text"] and thanks.body["response_type"] == "ephemeral"
    (row,) = wait_for_rows(database, schema.votes, 1, question_key="event:Ev0FB00001")
    assert (row.vote, row.reason) == ("down", None)

    submitted = view_submission(view, reason_values("out_of_date", "The contact left in 2024."), user="U0VOTER01")
    assert app.action(submitted).status == 200
    (ephemeral,) = api.wait_for("chat.postEphemeral")
    assert ephemeral.body["user"] == "U0VOTER01" and "Thanks" in ephemeral.body["text"]
    (row,) = wait_for_rows(database, schema.votes, 1, question_key="event:Ev0FB00001", reason="out_of_date")
    assert (row.vote, row.comment) == ("down", "The contact left in 2024.")
    assert "U0VOTER01" not in row.voter

    # the same submission delivered again is a replay: nothing more happens
    assert app.action(submitted).status == 200
    # the form submitted a second time (a new interaction) replaces the reason, still one row
    again = view_submission(view, reason_values("wrong_entry"), user="U0VOTER01")
    assert app.action(again).status == 200
    api.wait_for("chat.postEphemeral", 2)
    (row,) = wait_for_rows(database, schema.votes, 1, question_key="event:Ev0FB00001", reason="wrong_entry")
    assert row.comment is None
    api.assert_no_more("chat.postEphemeral", 2, settle=0.3)


def test_a_vote_changed_twice_keeps_only_the_last(logged_app, api):
    app, database = logged_app
    up, down = asked(app, api, database, "who runs NIA?", "Ev0FB00002", "1700002000.000200")
    for n, value in enumerate((up, down, up), start=1):
        app.action(vote(value, api.response_url(f"v{n}"), user="U0VOTER02"))
        api.wait_for("response", n)
    app.action(vote(down, api.response_url("v4"), user="U0VOTER03"))  # someone else's vote is theirs
    api.wait_for("response", 4)
    rows = wait_for_rows(database, schema.votes, 2, question_key="event:Ev0FB00002")
    assert sorted(r.vote for r in rows) == ["down", "up"]
    (mine,) = [r for r in rows if r.reason is None and r.vote == "up"]
    assert mine.voter != [r for r in rows if r is not mine][0].voter


def test_did_you_mean_and_none_of_these_are_recorded_as_choices(logged_app, api):
    app, database = logged_app
    api.reset()
    body, trigger = command("/scaling", "london children", api.response_url("dym"))
    assert app.action(body).status == 200  # a form post to /slack/events, same as any command
    (reply,) = api.wait_for("response")
    (choices,) = [b for b in reply.body["blocks"] if b.get("block_id", "").startswith("dym:")]
    assert choices["block_id"] == f"dym:command:{trigger}"
    offered = [e for e in choices["elements"] if e["action_id"].startswith("show_entry_")]
    assert len(offered) == 3 and choices["elements"][-1]["action_id"] == "none_of_these"
    wait_for_rows(database, schema.questions, 1, question_key=f"command:{trigger}")

    chosen = offered[1]
    assert "elevate" not in {e["value"] for e in offered}
    forged = {**chosen, "value": "elevate", "block_id": choices["block_id"]}  # a real entry it did not offer
    app.action(click(forged, api.response_url("c0"), ephemeral=True))
    real = click({**chosen, "block_id": choices["block_id"]}, api.response_url("c1"), ephemeral=True)
    app.action(real)
    app.action(real)  # the same click delivered twice is one choice
    (row,) = wait_for_rows(database, schema.choices, 1, question_key=f"command:{trigger}")
    assert row.entry_id == chosen["value"]

    app.action(click({**choices["elements"][-1], "block_id": choices["block_id"]}, api.response_url("c2")))
    rows = wait_for_rows(database, schema.choices, 2, question_key=f"command:{trigger}")
    assert sorted(r.entry_id or "" for r in rows) == ["", chosen["value"]]


# ---------------------------------------------------------------------- bad input


def test_votes_and_choices_that_cannot_be_verified_change_nothing(logged_app, api):
    app, database = logged_app
    up, _ = asked(app, api, database, "elevate", "Ev0FB00003", "1700002000.000300")
    api.reset()
    # a vote for an answer that is not (or no longer) in the log: told so, nothing stored
    app.action(vote("up:event:Ev0NOSUCH1", api.response_url("gone")))
    (told,) = api.wait_for("response")
    assert "no longer in the question log" in told.body["text"]
    # a payload from another workspace, and values that are not ours
    app.action(vote(up, api.response_url("other"), team="T0OTHER01"))
    app.action(vote("sideways:event:Ev0FB00003", api.response_url("odd")))
    app.action(vote("up:" + "x" * 300, api.response_url("long")))
    # a modal for a question that is gone, with a 10,000-character note
    gone = view_submission(
        {"callback_id": "downvote_reason", "private_metadata": json.dumps({"key": "event:Ev0NOSUCH1"})},
        reason_values("unclear", "x" * 10_000),
    )
    assert app.action(gone).status == 200
    # a choice of an entry the question never offered, and of one that no longer exists
    dym = {"action_id": "show_entry_0", "block_id": "dym:event:Ev0FB00003", "value": "aisnsw"}
    app.action(click(dym, api.response_url("forged")))
    app.action(click({**dym, "value": "no_such_entry"}, api.response_url("missing")))
    api.wait_for("response", 3, timeout=10)
    wait_for_rows(database, schema.votes, 0, question_key="event:Ev0FB00003", timeout=0.5)
    wait_for_rows(database, schema.votes, 0, question_key="event:Ev0NOSUCH1", timeout=0)
    wait_for_rows(database, schema.choices, 0, question_key="event:Ev0FB00003", timeout=0)
    assert "Traceback" not in app.server.logs()


def test_a_ten_thousand_character_note_is_kept_to_its_limit(logged_app, api):
    app, database = logged_app
    _, down = asked(app, api, database, "reports about the NHS", "Ev0FB00004", "1700002000.000400")
    app.action(vote(down, api.response_url("long1"), user="U0VOTER04"))
    (opened,) = api.wait_for("views.open")
    app.action(view_submission(opened.body["view"], reason_values("missing", "y" * 10_000), user="U0VOTER04"))
    (row,) = wait_for_rows(database, schema.votes, 1, question_key="event:Ev0FB00004", reason="missing")
    assert len(row.comment) == 2000 and TEAM_ID not in row.comment
