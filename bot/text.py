"""Turning what people type (and what maintainers write) into comparable tokens.

Questions arrive from Slack with markup (``<@U123>``, ``<#C1|general>``, ``<https://x|label>``),
HTML-escaped ``&amp;``, curly apostrophes and accents; the knowledge base is written by
hand. Both sides go through the same functions here so they meet in the middle.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

_SLACK_LINK = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'"})
_POSSESSIVE = re.compile(r"(?<=\w)'s?\b")
#: "we're", "when's", "I've", "we'll": the word a contraction stands for, so "we're delivering" keeps its
#: "we" (not "were") and "when's the next one?" its "is"; "n't" stays on its word ("isnt", "dont"). The
#: pattern starts at the apostrophe, which the regex engine finds fast in a long message.
_CONTRACTION = re.compile(r"(?<=\w)'(re|ve|ll|m|d|s)\b", re.IGNORECASE)
_CONTRACTION_WORDS = {"re": "are", "ve": "have", "ll": "will", "m": "am", "d": "would"}
#: The words whose "'s" is "is" ("what's", "it's"); after any other it is a possessive ("King's").
_IS_BEFORE = frozenset("what when where who how why that there here it".split())


def expand_contractions(message: str) -> str:
    """A message with its contractions written out. Done once per message, not in :func:`words`:
    a knowledge base's texts have possessives ("children's"), not contractions, and are many."""
    if "'" not in message and "\u2019" not in message:
        return message
    return _CONTRACTION.sub(_expanded, message.replace("\u2019", "'"))


def _expanded(match: re.Match[str]) -> str:
    tail = match.group(1).lower()
    if tail != "s":
        return f" {_CONTRACTION_WORDS[tail]}"
    text, end = match.string, match.start()
    start = end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return " is" if text[start:end].lower() in _IS_BEFORE else match.group(0)


_NON_WORD = re.compile(r"[^a-z0-9]+")
_ORDINAL_OR_PLURAL_NUMBER = re.compile(r"\b(\d+)(?:s|st|nd|rd|th)\b")
_HAS_DIGIT = re.compile(r"\d").search

_stemmer = snowballstemmer.stemmer("english")
_stemmer_lock = threading.Lock()


def strip_slack_markup(text: str) -> str:
    """Keep what a reader sees: a link's label, a channel's name; drop mentions and broadcasts."""

    def visible(match: re.Match) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith(("@", "!")):
            return " "  # user mentions, <!here>, <!channel>, <!subteam^…>: not part of the question
        if target.startswith("#"):
            return f" {label or ''} "
        return f" {label} " if label else " "

    text = _SLACK_LINK.sub(visible, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def fold(text: str) -> str:
    """Lowercase, without accents, with plain apostrophes; punctuation kept."""
    if text.isascii():  # most text: skip the Unicode work
        return text.replace("`", "'").lower()
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold()


def words(text: str) -> list[str]:
    """Surface words of ``text`` (folded, possessives and punctuation gone): "King's Fund" → king, fund."""
    return list(text_words(text))


def text_words(text: str) -> tuple[str, ...]:
    """:func:`words` as a tuple, cached for short texts: a knowledge base repeats its topics,
    places and partner names many times; long texts rarely repeat."""
    return _cached_words(text) if len(text) <= 120 else _words(text)


def _words(text: str) -> tuple[str, ...]:
    folded = fold(text)
    if "'" in folded:
        folded = _POSSESSIVE.sub("", folded)
    if _HAS_DIGIT(folded):
        folded = _ORDINAL_OR_PLURAL_NUMBER.sub(r"\1", folded)  # "over-65s" → 65, "25th" → 25
    return tuple(filter(None, _NON_WORD.split(folded)))


_cached_words = lru_cache(maxsize=200_000)(_words)


#: Words the stemmer folds into another they do not mean: "local authority" is no "author".
_STEMS_KEPT_APART = {"authority": "authoriti", "authorities": "authoriti"}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The word's stem. Snowball stemmers keep state while they work and are not thread-safe
    (listeners, gunicorn threads and the reload watcher all stem), so misses take a lock."""
    if word.isdigit():
        return word
    kept = _STEMS_KEPT_APART.get(word)
    if kept is not None:
        return kept
    with _stemmer_lock:
        return _stemmer.stemWord(word)
