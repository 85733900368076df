"""Quoting a user's words back: never a link, never a bidi trick (bot/formatting.py)."""

from __future__ import annotations

import pytest

from bot.formatting import quote_question, unlinked, without_invisible_controls


@pytest.mark.parametrize(
    "question",
    [
        "https://evil.example/reset your password",
        "HTTPS://EVIL.EXAMPLE/reset",
        "go to evil.example/reset now",
        "www.evil.example",
        "mail admin@evil.example",
        "mailto:admin@evil.example",
        "javascript:alert(1)",
        "<https://evil.example|https://evil.example>",
        "evil.example",
        "ev\u200bil.example",
        "evil\u3002example/reset",  # ideographic full stop, read as "." in host names
        "\uff25\uff36\uff29\uff2c\uff0e\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45/x",  # fullwidth EVIL.example
    ],
)
def test_nothing_quoted_can_become_a_link(question):
    quoted = quote_question(question)
    assert "evil" not in quoted and "://" not in quoted, quoted
    assert "[link]" in quoted


@pytest.mark.parametrize(
    "question", ["what is Elevate?", "e.g. the NHS", "Mr. Smith", "v1.2 of the report", "10:30 meeting", "costs £3.50"]
)
def test_ordinary_questions_are_quoted_as_asked(question):
    assert quote_question(question) == question


def test_bidi_and_invisible_controls_are_dropped_but_emoji_joiners_kept():
    assert without_invisible_controls("abc\u202edcb\u2066x\u2069\u200f\u061c\ufeff") == "abcdcbx"
    assert without_invisible_controls("👩\u200d💻") == "👩\u200d💻"
    assert "\u202e" not in quote_question("report \u202efdp.exe")


def test_unlinked_keeps_the_words_around_a_link():
    assert unlinked("see https://x.example/a?b=c, then ask") == "see [link] then ask"


def test_a_bare_ip_address_is_not_quoted_back_as_a_link():
    assert quote_question("open 192.168.0.1/admin to reset") == "open [link] to reset"
