"""Feedback on answers: 👍/👎 (and why), and "Did you mean" choices, kept in the question log.

The message builders here are pure; the store functions read and write through the
:class:`~bot.questionlog.QuestionLog`'s database. A vote or choice names its question by the
question's key (carried in the button's value or the block's id), so it needs the question
already logged: one that is gone (older than the retention period, or forgotten) is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa

from .blocks import ACTION_SHOW, Reply, button, clip
from .questionlog import QuestionLog, utcnow
from .store import schema

# Action and view ids: the feedback listeners register these, the builders emit them.
ACTION_VOTE = "answer_feedback"
ACTION_NONE_OF_THESE = "none_of_these"
VIEW_DOWNVOTE = "downvote_reason"
#: The block id prefix that marks the "Did you mean" buttons of a logged question.
CHOICE_BLOCK = "dym:"
REASON_BLOCK, REASON_ACTION = "reason", "reason_choice"
COMMENT_BLOCK, COMMENT_ACTION = "comment", "comment_text"

REASONS = {
    "wrong_entry": "Wrong entry",
    "out_of_date": "Out of date",
    "missing": "Missing something",
    "unclear": "Unclear",
}
COMMENT_LIMIT = 2000
MESSAGE_BLOCK_LIMIT = 50

THANKS_UP = "Thanks for the 👍 — glad that helped."
THANKS_DOWN = "Thanks for the 👎 — the maintainers see every one and use them to fix the knowledge base."
THANKS_REASON = "Thanks — your note on that answer will help the maintainers fix it."
GONE_QUESTION = (
    "That answer is no longer in the question log (it may be older than the log keeps), so nothing was "
    "recorded. Ask again for a fresh answer."
)
NONE_OF_THESE_REPLY = "Thanks — noted that none of those was it."


# ---------------------------------------------------------------------- blocks (pure)


def vote_value(vote: str, question_key: str) -> str:
    return f"{vote}:{question_key}"


def parse_vote_value(value: str | None) -> tuple[str, str] | None:
    """("up" | "down", question key) from a button value, or None for anything else."""
    vote, _, key = (value or "").partition(":")
    if vote not in ("up", "down") or not key or len(key) > 255:
        return None
    return vote, key


def feedback_block(question_key: str) -> dict:
    """👍/👎 under an answer: Slack's feedback buttons, in a context_actions block (messages)."""
    return {
        "type": "context_actions",
        "elements": [
            {
                "type": "feedback_buttons",
                "action_id": ACTION_VOTE,
                "positive_button": {
                    "text": {"type": "plain_text", "text": "👍"},
                    "accessibility_label": "This answer helped",
                    "value": vote_value("up", question_key),
                },
                "negative_button": {
                    "text": {"type": "plain_text", "text": "👎"},
                    "accessibility_label": "This answer did not help",
                    "value": vote_value("down", question_key),
                },
            }
        ],
    }


def with_feedback(reply: Reply, question_key: str, outcome: str, extra_buttons: list[dict] | None = None) -> Reply:
    """The reply with 👍/👎, its "Did you mean" buttons tied to the question, and "None of these"."""
    blocks = [dict(block) for block in reply.blocks]
    if outcome == "did_you_mean":
        for block in blocks:
            elements = block.get("elements") or []
            if (
                block.get("type") == "actions"
                and elements
                and str(elements[0].get("action_id", "")).startswith(ACTION_SHOW)
            ):
                block["block_id"] = (CHOICE_BLOCK + question_key)[:255]
                block["elements"] = elements + [button("None of these", ACTION_NONE_OF_THESE, value=question_key)]
                break
    tail = [feedback_block(question_key)]
    if extra_buttons:
        tail.insert(0, {"type": "actions", "elements": extra_buttons})
    blocks = blocks[: MESSAGE_BLOCK_LIMIT - len(tail)] + tail
    return Reply(reply.text, blocks)


def downvote_modal(question_key: str, channel: str | None, user: str) -> dict:
    """What went wrong: one reason (required) and an optional note."""
    metadata = json.dumps({"key": question_key, "channel": channel, "user": user})
    return {
        "type": "modal",
        "callback_id": VIEW_DOWNVOTE,
        "private_metadata": metadata[:3000],
        "title": {"type": "plain_text", "text": "What was wrong?"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Skip"},
        "blocks": [
            {
                "type": "input",
                "block_id": REASON_BLOCK,
                "label": {"type": "plain_text", "text": "The answer was…"},
                "element": {
                    "type": "radio_buttons",
                    "action_id": REASON_ACTION,
                    "options": [
                        {"text": {"type": "plain_text", "text": label}, "value": value}
                        for value, label in REASONS.items()
                    ],
                },
            },
            {
                "type": "input",
                "block_id": COMMENT_BLOCK,
                "optional": True,
                "label": {"type": "plain_text", "text": "Anything to add? (optional)"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": COMMENT_ACTION,
                    "multiline": True,
                    "max_length": COMMENT_LIMIT,
                },
            },
        ],
    }


@dataclass(frozen=True)
class Submission:
    question_key: str
    channel: str | None
    user: str | None
    reason: str
    comment: str | None


def read_submission(view: dict) -> Submission | None:
    """The modal's answers, or None when the payload is not one of ours (or not readable)."""
    try:
        metadata = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return None
    key = metadata.get("key") if isinstance(metadata, dict) else None
    if not isinstance(key, str) or not key or len(key) > 255:
        return None
    values = (view.get("state") or {}).get("values") or {}
    chosen = ((values.get(REASON_BLOCK) or {}).get(REASON_ACTION) or {}).get("selected_option") or {}
    reason = chosen.get("value")
    if reason not in REASONS:
        return None
    comment = ((values.get(COMMENT_BLOCK) or {}).get(COMMENT_ACTION) or {}).get("value")
    comment = clip(comment.strip(), COMMENT_LIMIT) if isinstance(comment, str) and comment.strip() else None
    channel = metadata.get("channel") if isinstance(metadata.get("channel"), str) else None
    user = metadata.get("user") if isinstance(metadata.get("user"), str) else None
    return Submission(key, channel, user, reason, comment)


# ---------------------------------------------------------------------- the log (reads and writes)


def logged_question(question_log: QuestionLog, question_key: str):
    """The question's row, or None when it is not (or no longer) in the log."""
    table = schema.questions
    with question_log.database.engine.connect() as connection:
        return connection.execute(sa.select(table).where(table.c.question_key == question_key)).first()


def record_vote(
    question_log: QuestionLog,
    question_key: str,
    user_id: str,
    vote: str,
    reason: str | None = None,
    comment: str | None = None,
) -> bool:
    """One vote per person per answer: a new vote replaces the old one. False if the question is gone."""
    if logged_question(question_log, question_key) is None:
        return False
    person = question_log.personal(user_id)
    row = {
        "question_key": question_key,
        "voter": person["hash"],
        "voter_id": person["id"],
        "vote": vote,
        "reason": reason,
        "comment": comment,
        "voted_at": utcnow(),
    }
    with question_log.database.engine.begin() as connection:
        question_log.database.upsert(connection, schema.votes, row, ("question_key", "voter"))
    return True


def record_choice(
    question_log: QuestionLog, choice_key: str, question_key: str, user_id: str, entry_id: str | None
) -> bool:
    """A "Did you mean" click (``entry_id``) or "None of these" (None) on a logged question.

    Only an entry the question offered counts; anything else (a stale or forged button) is ignored.
    """
    from .questionlog import Chosen

    row = logged_question(question_log, question_key)
    if row is None or row.outcome != "did_you_mean":
        return False
    if entry_id is not None and entry_id not in {t.get("id") for t in row.top_entries or []}:
        return False
    question_log.record(Chosen(choice_key, question_key, user_id, entry_id))
    return True
