"""Reading an ``Answer`` in conversation tests: what it is about, and every entry it shows."""

from __future__ import annotations


def about(answer) -> str:
    """The id of the entry an answer is about; fails when the bot did not answer."""
    assert answer.answered, answer
    return answer.results[0].entry.id


def ids(answer) -> list[str]:
    return [m.entry.id for m in answer.results]


def assert_not_held(answer, fact: str, entry: str | None = None) -> None:
    """Declined as a fact we don't hold, naming it (and, when given, with the entry it was asked of first)."""
    assert answer.outcome.value != "answered", answer
    assert answer.missing == fact, answer
    if entry is not None:
        assert ids(answer)[0] == entry


def assert_answered_first(answer, entry: str) -> None:
    """Answered (one entry, not a list or a guess), about this entry first."""
    assert answer.outcome.value == "answered", answer
    assert ids(answer)[0] == entry
