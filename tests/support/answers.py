"""Reading an ``Answer`` in conversation tests: what it is about, and every entry it shows."""

from __future__ import annotations


def about(answer) -> str:
    """The id of the entry an answer is about; fails when the bot did not answer."""
    assert answer.answered, answer
    return answer.results[0].entry.id


def ids(answer) -> list[str]:
    return [m.entry.id for m in answer.results]
