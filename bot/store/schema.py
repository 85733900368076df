"""The tables of the question log, one schema for SQLite and PostgreSQL (SQLAlchemy Core).

Migrations in ``migrations/versions`` create and change these tables; this module is what the
code reads and writes through. Times are naive UTC. Askers are keyed hashes (``asker``); the raw
member id (``asker_id``) is kept only with ``SCALEBOT_LOG=full``.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

#: An integer primary key that autoincrements on both SQLite (INTEGER) and PostgreSQL (BIGINT).
Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

meta = sa.Table(
    "scalebot_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

questions = sa.Table(
    "questions",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    #: The Slack event id, or the trigger id of a command or click: a retry cannot log twice.
    sa.Column("question_key", sa.String(255), nullable=False, unique=True),
    sa.Column("asked_at", sa.DateTime, nullable=False, index=True),
    sa.Column("surface", sa.String(16), nullable=False),
    sa.Column("asker", sa.String(64), nullable=False, index=True),
    sa.Column("asker_id", sa.String(32)),
    sa.Column("channel_kind", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("top_entries", sa.JSON, nullable=False),
    sa.Column("knowledge_version", sa.String(64), nullable=False),
)

votes = sa.Table(
    "votes",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("question_key", sa.String(255), nullable=False),
    sa.Column("voter", sa.String(64), nullable=False, index=True),
    sa.Column("voter_id", sa.String(32)),
    sa.Column("vote", sa.String(8), nullable=False),
    sa.Column("reason", sa.String(32)),
    sa.Column("comment", sa.Text),
    sa.Column("voted_at", sa.DateTime, nullable=False, index=True),
    sa.UniqueConstraint("question_key", "voter", name="uq_votes_question_voter"),
)

choices = sa.Table(
    "choices",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("choice_key", sa.String(255), nullable=False, unique=True),
    sa.Column("question_key", sa.String(255), nullable=False, index=True),
    sa.Column("asker", sa.String(64), nullable=False, index=True),
    sa.Column("asker_id", sa.String(32)),
    #: The entry chosen from "Did you mean", or NULL for "None of these".
    sa.Column("entry_id", sa.String(128)),
    sa.Column("chosen_at", sa.DateTime, nullable=False, index=True),
)

handoffs = sa.Table(
    "handoffs",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("handoff_key", sa.String(255), nullable=False, unique=True),
    sa.Column("question_key", sa.String(255), nullable=False, index=True),
    sa.Column("asker", sa.String(64), nullable=False, index=True),
    sa.Column("asker_id", sa.String(32)),
    #: A member id (the entry's contact) or a channel id (SCALEBOT_HANDOFF_CHANNEL).
    sa.Column("asked", sa.String(32), nullable=False),
    sa.Column("entry_id", sa.String(128)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("opened_at", sa.DateTime, nullable=False, index=True),
    sa.Column("answered_at", sa.DateTime),
    sa.Column("answered_by", sa.String(64)),
)

suggestions = sa.Table(
    "suggestions",
    metadata,
    sa.Column("suggestion_id", sa.String(64), primary_key=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("decided_at", sa.DateTime, nullable=False),
    sa.Column("detail", sa.JSON, nullable=False),
)

#: Tables with one person's rows, and the columns that name the person.
PERSONAL = (
    (questions, "asker", "asker_id"),
    (votes, "voter", "voter_id"),
    (choices, "asker", "asker_id"),
    (handoffs, "asker", "asker_id"),
)
#: Tables trimmed by retention, with their time column.
DATED = ((questions, "asked_at"), (votes, "voted_at"), (choices, "chosen_at"), (handoffs, "opened_at"))
