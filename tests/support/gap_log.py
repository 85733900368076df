"""A question log seeded with known gaps and choices, for the gap report's tests."""

from __future__ import annotations

from datetime import timedelta

from bot.answer import Answer, Outcome
from bot.questionlog import Asked, Chosen, QuestionLog, asked_from, utcnow
from bot.search import Match
from bot.store import Database

HARMFUL = "big picture?"  # a dev-set question whose answer is Big Picture Learning, not Elevate


def seed(url: str, knowledge) -> None:
    """Askers as member ids; the log stores only their hashes."""
    question_log = QuestionLog(Database(url))
    question_log.prepare()
    items: list = []

    def ask(key, text, user, outcome_ids=(), answered=False, at=None):
        matches = tuple(Match(knowledge.entries[i], 30.0) for i in outcome_ids)
        outcome = Outcome.ANSWERED if answered else (Outcome.DID_YOU_MEAN if matches else Outcome.DECLINED)
        answer = Answer(text, outcome, matches)
        item = asked_from(answer, key=key, surface="mention", user=user, kind="public", knowledge=knowledge)
        items.append(Asked(**{**item.__dict__, "at": at or item.at}))

    # four people ask for the wifi password: the biggest gap, and it matches nothing
    for n, text in enumerate(
        ["what's the wifi password", "wifi password?", "the wifi password please", "wifi password pls"]
    ):
        ask(f"event:wifi{n}", text, f"U0WIFI00{n}")
    ask("event:wifi-old", "wifi password", "U0WIFI009", at=utcnow() - timedelta(days=60))  # outside --since
    # "london children" offered three guesses; three people picked the same one
    guesses = ("innovation_programme_csc", "asset_based_csc_wigan", "west_london_ccg")
    for n in range(3):
        ask(f"event:london{n}", "london children" + ("?" if n else ""), f"U0LONDON{n}", guesses)
        items.append(Chosen(f"choice:london{n}", f"event:london{n}", f"U0LONDON{n}", "innovation_programme_csc"))
    # three people picked Elevate for "big picture": an alias that would steal a dev-set question
    for n in range(3):
        ask(f"event:harm{n}", HARMFUL, f"U0HARM00{n}", ("elevate", "big_picture_learning_doncaster"))
        items.append(Chosen(f"choice:harm{n}", f"event:harm{n}", f"U0HARM00{n}", "elevate"))
    # one person picked it for something else: below the threshold
    ask("event:once", "spreading to schools", "U0ONCE001", ("elevate",))
    items.append(Chosen("choice:once", "event:once", "U0ONCE001", "elevate"))
    question_log._write(items)
