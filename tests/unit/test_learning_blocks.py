"""The pure pieces behind feedback and hand-off: block builders and who gets asked."""

from __future__ import annotations

import json

from bot.answer import Answer, Outcome
from bot.blocks import build_reply
from bot.feedback import parse_vote_value, read_submission, with_feedback
from bot.handoff import handoff_message, target_for
from bot.search import Match


def test_feedback_stays_within_slacks_fifty_blocks(knowledge, answerer):
    catalogue = answerer.catalogue("organisation")
    many = Answer("everything", Outcome.LIST, tuple(Match(e, 50.0) for e in knowledge.entries.values()) * 3)
    for answer in (catalogue, many):
        reply = with_feedback(build_reply(answer, knowledge), "event:Ev1", "list", extra_buttons=None)
        assert len(reply.blocks) <= 50 and reply.blocks[-1]["type"] == "context_actions"


def test_did_you_mean_buttons_name_their_question_and_offer_none_of_these(knowledge, answerer):
    answer = answerer.answer("london children")
    reply = with_feedback(build_reply(answer, knowledge), "command:123.45", "did_you_mean")
    (choices,) = [b for b in reply.blocks if b.get("block_id", "").startswith("dym:")]
    assert choices["block_id"] == "dym:command:123.45"
    assert [e["action_id"] for e in choices["elements"]][-1] == "none_of_these"
    assert "block_id" not in build_reply(answer, knowledge).blocks[1]  # the original is not changed


def test_vote_values_and_forms_that_are_not_ours_are_refused():
    assert parse_vote_value("down:event:Ev1") == ("down", "event:Ev1")
    for bad in (None, "", "up", "maybe:event:Ev1", "up:" + "x" * 256):
        assert parse_vote_value(bad) is None
    assert read_submission({"private_metadata": "not json"}) is None
    assert read_submission({"private_metadata": json.dumps({"key": "k"}), "state": {"values": {}}}) is None


def test_who_is_asked(knowledge):
    elevate = ["elevate"]
    assert target_for(knowledge, elevate, "answered", None) is None  # nobody has a Slack id in the bundled data
    channel = target_for(knowledge, elevate, "answered", "C0HELP001")
    assert channel is not None and channel.asked == "C0HELP001" and channel.entry is None
    assert target_for(knowledge, elevate, "declined", "C0HELP001").channel == "C0HELP001"


def test_the_handoff_message_never_pings_a_channel(knowledge):
    target = target_for(knowledge, [], "declined", "C0HELP001")
    message = handoff_message("U0ASKER1", "<!channel> @here wifi?", "declined", target, None, "handoff:k")
    assert "<!channel>" not in message.text and "@here" not in message.text.replace("@\u200bhere", "")
    assert message.blocks[-1]["elements"][0]["action_id"] == "handoff_answered"
