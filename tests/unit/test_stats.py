"""scalebot stats on a seeded log, against SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

from bot.answer import Answer, Outcome
from bot.cli import main
from bot.questionlog import QuestionLog, asked_from, utcnow
from bot.search import Match
from bot.store import Database, schema


def seed(url: str, knowledge) -> None:
    question_log = QuestionLog(Database(url))
    question_log.prepare()
    database = question_log.database
    now = utcnow()
    plan = [
        ("mention", "answered", "elevate"),
        ("mention", "answered", "elevate"),
        ("dm", "answered", "against_the_odds"),
        ("command", "list", "elevate"),
        ("command", "did_you_mean", "innovation_programme_csc"),
        ("mention", "declined", None),
        ("dm", "missing_fact", "heather_rollinson"),
    ]
    items = []
    for n, (surface, outcome, entry_id) in enumerate(plan):
        matches = (Match(knowledge.entries[entry_id], 60.0),) if entry_id else ()
        answer = Answer(f"question {n}", Outcome(outcome), matches)
        item = asked_from(answer, key=f"k{n}", surface=surface, user=f"U0STATS0{n}", kind="public", knowledge=knowledge)
        items.append(item)
    old = asked_from(
        Answer("old", Outcome.ANSWERED), key="old", surface="dm", user="U0OLD0001", kind="dm", knowledge=knowledge
    )
    items.append(replace(old, at=now - timedelta(days=30)))
    question_log._write(items)
    with database.engine.begin() as connection:
        for n, vote in enumerate(["up", "up", "up", "down"]):
            connection.execute(
                schema.votes.insert().values(question_key=f"k{n}", voter=f"v{n}", vote=vote, voted_at=now)
            )
        for n, answered_after in enumerate([timedelta(hours=2), timedelta(hours=4), None]):
            connection.execute(
                schema.handoffs.insert().values(
                    handoff_key=f"h{n}",
                    question_key=f"k{n}",
                    asker=f"a{n}",
                    asked="U0HEATHER",
                    status="answered" if answered_after else "open",
                    opened_at=now - timedelta(hours=5),
                    answered_at=(now - timedelta(hours=5) + answered_after) if answered_after else None,
                )
            )


def test_stats_count_what_the_log_holds(database_url, knowledge, monkeypatch, capsys):
    seed(database_url, knowledge)
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert main(["stats", "--since", "7d", "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["questions"] == 7
    assert (stats["answered_rate"], stats["decline_rate"], stats["missing_fact_rate"]) == (0.571, 0.286, 0.143)
    assert stats["votes"] == {"up": 3, "down": 1, "up_rate": 0.75}
    assert stats["handoffs"] == {"opened": 3, "answered": 2, "open_now": 1, "median_hours_to_answer": 3.0}
    assert stats["top_entries"][0] == {"id": "elevate", "name": "Elevate", "questions": 3}
    assert stats["surfaces"]["command"] == {"questions": 2, "answered_rate": 0.5}

    assert main(["stats", "--since", "60d"]) == 0
    text = capsys.readouterr().out
    assert "Questions: 8 — answered 62%" in text and "median time to answer 3.0 h" in text
    assert main(["stats", "--since", "a while"]) == 2
