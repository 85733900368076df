"""Hand-off to a person: when the bot cannot help, ask the entry's contact (or a team channel).

Who to ask is worked out from the logged question: for an answer someone found wanting, the
answer's contact (their ``slack_user_id``); otherwise ``SCALEBOT_HANDOFF_CHANNEL``. Each
hand-off is a row (open, then answered, with times), one per asker per question, so a second
click does not ask twice. Builders are pure; the store functions go through the log's database.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from .blocks import Reply, button, clip, context, section
from .formatting import escape, quote_question
from .knowledge import Entry, KnowledgeBase
from .questionlog import QuestionLog, utcnow
from .store import schema

ACTION_ASK_PERSON = "ask_person"
ACTION_ANSWERED = "handoff_answered"
#: Outcomes where the bot could not help: the reply offers "Ask a person".
NEEDS_A_PERSON = ("declined", "did_you_mean", "missing_fact")
#: Outcomes where the answer names an entry whose contact can be asked (after a 👎).
HAS_AN_ENTRY = ("answered", "list", "missing_fact")
OPEN_LISTED = 20


@dataclass(frozen=True)
class Target:
    """Who gets the question: a person (``member``) or a channel."""

    member: str | None = None
    channel: str | None = None
    entry: Entry | None = None
    contact: Entry | None = None

    @property
    def asked(self) -> str:
        return self.member or self.channel or ""

    def described(self) -> str:
        if self.member and self.contact is not None:
            role_text = getattr(self.contact, "role", None)
            role = f", {escape(role_text)}" if role_text else ""
            about = f" (contact for {escape(self.entry.name)})" if self.entry and self.entry is not self.contact else ""
            return f"<@{self.member}>{role}{about}"
        return f"<#{self.channel}>"


def target_for(knowledge: KnowledgeBase, entry_ids: list[str], outcome: str, channel: str | None) -> Target | None:
    """The entry's contact with a Slack id, else the hand-off channel, else nobody."""
    if outcome in HAS_AN_ENTRY and entry_ids:
        entry = knowledge.get(entry_ids[0])
        if entry is not None:
            people = (entry,) if entry.kind == "contact" else knowledge.contacts_for(entry).contacts
            for person in people:
                member = getattr(person, "slack_user_id", None)
                if member:
                    return Target(member=member, entry=entry, contact=person)
    if channel:
        return Target(channel=channel)
    return None


def ask_person_button(question_key: str) -> dict:
    return button("Ask a person", ACTION_ASK_PERSON, value=question_key)


def handoff_message(asker: str, question: str, outcome: str, target: Target, link: str | None, key: str) -> Reply:
    """What the person (or channel) asked sees, with the button that closes the hand-off."""
    why = {
        "declined": "I had nothing on it",
        "did_you_mean": "I wasn't sure what they meant",
        "missing_fact": "the knowledge base doesn't have that detail",
    }.get(outcome, "my answer didn't help them")
    about = f" about *{escape(target.entry.name)}*" if target.entry is not None else ""
    text = f"<@{asker}> asked a question{about} that I couldn't answer ({why}):\n> {quote_question(question, 500)}"
    blocks = [section(text)]
    if link:
        blocks.append(context(f"<{link}|Open the conversation>"))
    blocks.append({"type": "actions", "elements": [button("Answered", ACTION_ANSWERED, value=key, style="primary")]})
    return Reply(clip(text), blocks)


def answered_message(original: str, by: str) -> Reply:
    text = f"{original}\n✅ Marked answered by <@{by}>."
    return Reply(clip(text), [section(text)])


def open_handoffs_reply(rows: list, now: datetime | None = None) -> Reply:
    """``/scaling handoffs``: the open ones, oldest first, for an admin."""
    now = now or utcnow()
    if not rows:
        text = "No open hand-offs: every question handed to a person has been answered."
        return Reply(text, [section(text)])
    lines = []
    for row in rows[:OPEN_LISTED]:
        hours = (now - row.opened_at).total_seconds() / 3600
        who = f"<@{row.asked}>" if row.asked.startswith(("U", "W")) else f"<#{row.asked}>"
        lines.append(
            f"• {row.opened_at:%Y-%m-%d %H:%M} UTC → {who}, open {hours:.0f} h: “{quote_question(row.text, 120)}”"
        )
    more = f"\n…and {len(rows) - OPEN_LISTED} more" if len(rows) > OPEN_LISTED else ""
    text = f"*{len(rows)} open hand-off(s)*\n" + "\n".join(lines) + more
    return Reply(clip(text), [section(text)])


# ---------------------------------------------------------------------- the log


def handoff_key(question_key: str, asker_hash: str) -> str:
    return f"handoff:{asker_hash[:16]}:{question_key}"[:255]


def open_handoff(question_log: QuestionLog, question_key: str, asker: str, target: Target, entry_id: str | None):
    """Insert the open hand-off; returns (key, True) when new, (key, False) when this asker already asked."""
    person = question_log.personal(asker)
    key = handoff_key(question_key, person["hash"])
    table = schema.handoffs
    with question_log.database.engine.begin() as connection:
        exists = connection.execute(sa.select(table.c.id).where(table.c.handoff_key == key)).first()
        if exists:
            return key, False
        question_log.database.insert_ignoring_duplicates(
            connection,
            table,
            [
                {
                    "handoff_key": key,
                    "question_key": question_key,
                    "asker": person["hash"],
                    "asker_id": person["id"],
                    "asked": target.asked,
                    "entry_id": entry_id,
                    "status": "open",
                    "opened_at": utcnow(),
                }
            ],
        )
    return key, True


def mark_answered(question_log: QuestionLog, key: str, by: str) -> str:
    """ "answered" when this click closed it, "already" when it was closed, "unknown", or "not_yours"."""
    table = schema.handoffs
    with question_log.database.engine.begin() as connection:
        row = connection.execute(sa.select(table).where(table.c.handoff_key == key)).first()
        if row is None:
            return "unknown"
        if row.asked.startswith(("U", "W")) and row.asked != by:
            return "not_yours"
        changed = connection.execute(
            sa.update(table)
            .where(table.c.handoff_key == key, table.c.status == "open")
            .values(status="answered", answered_at=utcnow(), answered_by=question_log.pseudonym(by))
        ).rowcount
    return "answered" if changed else "already"


def open_handoffs(question_log: QuestionLog) -> list:
    handoffs, questions = schema.handoffs, schema.questions
    query = (
        sa.select(handoffs.c.asked, handoffs.c.opened_at, questions.c.text)
        .join(questions, questions.c.question_key == handoffs.c.question_key)
        .where(handoffs.c.status == "open")
        .order_by(handoffs.c.opened_at)
    )
    with question_log.database.engine.connect() as connection:
        return list(connection.execute(query))


def median_hours_to_answer(rows: list) -> float | None:
    waits = [(r.answered_at - r.opened_at).total_seconds() / 3600 for r in rows if r.answered_at is not None]
    return statistics.median(waits) if waits else None
