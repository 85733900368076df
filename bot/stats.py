"""How the bot is doing, from the question log: what ``scalebot stats`` prints and the admins'
App Home shows. One function computes the numbers; two render them."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import datetime, timedelta

import sqlalchemy as sa

from .knowledge import KnowledgeBase
from .questionlog import utcnow
from .store import Database, schema

ANSWERED = ("answered", "list")
DECLINED = ("declined", "did_you_mean")
TOP_ENTRIES = 5


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def collect(database: Database, since: timedelta, knowledge: KnowledgeBase | None = None, now=None) -> dict:
    """Every number, as plain data (JSON-ready)."""
    now = now or utcnow()
    start: datetime = now - since
    q, v, h = schema.questions, schema.votes, schema.handoffs
    with database.engine.connect() as connection:
        asked = list(
            connection.execute(sa.select(q.c.surface, q.c.outcome, q.c.top_entries).where(q.c.asked_at >= start))
        )
        votes: dict[str, int] = dict(
            connection.execute(
                sa.select(v.c.vote, sa.func.count()).where(v.c.voted_at >= start).group_by(v.c.vote)
            ).all()
        )
        handoffs = list(
            connection.execute(sa.select(h.c.status, h.c.opened_at, h.c.answered_at).where(h.c.opened_at >= start))
        )
        open_now = connection.execute(
            sa.select(sa.func.count()).select_from(h).where(h.c.status == "open")
        ).scalar_one()
    outcomes = Counter(row.outcome for row in asked)
    total = len(asked)
    by_surface: dict[str, Counter] = defaultdict(Counter)
    for row in asked:
        by_surface[row.surface][row.outcome] += 1
    top = Counter(
        (row.top_entries or [{}])[0].get("id") for row in asked if row.outcome in ANSWERED + ("missing_fact",)
    )
    top.pop(None, None)
    waits = [(r.answered_at - r.opened_at).total_seconds() / 3600 for r in handoffs if r.answered_at is not None]
    up, down = int(votes.get("up", 0)), int(votes.get("down", 0))
    return {
        "since": start.isoformat(timespec="seconds") + "Z",
        "questions": total,
        "outcomes": dict(outcomes),
        "answered_rate": _rate(sum(outcomes[o] for o in ANSWERED), total),
        "decline_rate": _rate(sum(outcomes[o] for o in DECLINED), total),
        "missing_fact_rate": _rate(outcomes["missing_fact"], total),
        "votes": {"up": up, "down": down, "up_rate": _rate(up, up + down)},
        "handoffs": {
            "opened": len(handoffs),
            "answered": sum(1 for r in handoffs if r.status == "answered"),
            "open_now": int(open_now),
            "median_hours_to_answer": round(statistics.median(waits), 2) if waits else None,
        },
        "top_entries": [
            {
                "id": entry_id,
                "name": knowledge.entries[entry_id].name if knowledge and entry_id in knowledge.entries else entry_id,
                "questions": n,
            }
            for entry_id, n in top.most_common(TOP_ENTRIES)
        ],
        "surfaces": {
            surface: {
                "questions": sum(c.values()),
                "answered_rate": _rate(sum(c[o] for o in ANSWERED), sum(c.values())),
            }
            for surface, c in sorted(by_surface.items())
        },
    }


def _percent(rate: float | None) -> str:
    return "–" if rate is None else f"{100 * rate:.0f}%"


def to_lines(stats: dict) -> list[str]:
    """The numbers as short lines (the command line prints them; the App Home shows them)."""
    votes, handoffs = stats["votes"], stats["handoffs"]
    median = handoffs["median_hours_to_answer"]
    lines = [
        f"Questions: {stats['questions']} — answered {_percent(stats['answered_rate'])}, "
        f"declined or unsure {_percent(stats['decline_rate'])}, missing a fact {_percent(stats['missing_fact_rate'])}",
        f"Votes: 👍 {votes['up']}  👎 {votes['down']} ({_percent(votes['up_rate'])} 👍)",
        f"Hand-offs: {handoffs['opened']} opened, {handoffs['answered']} answered, {handoffs['open_now']} open now"
        + (f"; median time to answer {median:.1f} h" if median is not None else ""),
    ]
    if stats["top_entries"]:
        lines.append("Top entries: " + ", ".join(f"{e['name']} ({e['questions']})" for e in stats["top_entries"]))
    if stats["surfaces"]:
        lines.append(
            "By surface: "
            + ", ".join(
                f"{name} {s['questions']} ({_percent(s['answered_rate'])} answered)"
                for name, s in stats["surfaces"].items()
            )
        )
    return lines


def to_text(stats: dict) -> str:
    return "\n".join([f"Since {stats['since']}:"] + to_lines(stats))
