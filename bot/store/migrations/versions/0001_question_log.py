"""The question log: questions, votes, choices, hand-offs, suggestion decisions, settings.

Revision ID: 0001
Revises:

A migration is a frozen record of one change, so it spells the tables out rather than importing
``bot/store/schema.py``, which describes the newest version and will move on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "scalebot_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "questions",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
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
    op.create_table(
        "votes",
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
    op.create_table(
        "choices",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("choice_key", sa.String(255), nullable=False, unique=True),
        sa.Column("question_key", sa.String(255), nullable=False, index=True),
        sa.Column("asker", sa.String(64), nullable=False, index=True),
        sa.Column("asker_id", sa.String(32)),
        sa.Column("entry_id", sa.String(128)),
        sa.Column("chosen_at", sa.DateTime, nullable=False, index=True),
    )
    op.create_table(
        "handoffs",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("handoff_key", sa.String(255), nullable=False, unique=True),
        sa.Column("question_key", sa.String(255), nullable=False, index=True),
        sa.Column("asker", sa.String(64), nullable=False, index=True),
        sa.Column("asker_id", sa.String(32)),
        sa.Column("asked", sa.String(32), nullable=False),
        sa.Column("entry_id", sa.String(128)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("opened_at", sa.DateTime, nullable=False, index=True),
        sa.Column("answered_at", sa.DateTime),
        sa.Column("answered_by", sa.String(64)),
    )
    op.create_table(
        "suggestions",
        sa.Column("suggestion_id", sa.String(64), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    for table in ("suggestions", "handoffs", "choices", "votes", "questions", "scalebot_meta"):
        op.drop_table(table)
