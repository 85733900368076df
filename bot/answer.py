"""From a question to what the bot should say: which entries, and whether it is sure.

Pure and Slack-free. The search ranks entries; this module decides: answer with one
entry, answer with a list, follow a relation ("who runs X" → X's contact), or decline
and offer the nearest guesses. It never makes anything up: every result is an entry.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from .knowledge import Entry, KnowledgeBase
from .search import Match, Query, SearchIndex
from .text import stem, words
from .vocabulary import FUNCTION_WORDS, INTENT_VOCABULARY


class Outcome(StrEnum):
    """What the bot did with a message. A str (StrEnum): f-strings and JSON give the bare value."""

    ANSWERED = "answered"  # one entry (or a relation's target) answers the question
    DID_YOU_MEAN = "did_you_mean"  # not sure: the nearest entries are offered as guesses
    DECLINED = "declined"  # nothing in the knowledge base is about this
    MISSING_FACT = "missing_fact"  # the entry is known, the fact asked for is not held
    LIST = "list"  # the question asks for several entries of a kind


#: A message made only of these asks how to use the bot (or is being polite), not about an entry.
SMALL_TALK = frozenset(
    "help usage commands how to use hi hello hey hiya morning afternoon thanks thank you ta cheers ok okay please".split()
)

#: Words that only ask for a list: with nothing else, the answer is the whole catalogue.
LIST_WORDS = frozenset("list show everything every entire catalogue available current".split())

#: Below this score the bot does not answer; it offers its nearest guesses instead.
ANSWER_THRESHOLD = 35.0
#: The answer must beat an unrelated runner-up by this much, or it is a guess between them.
MARGIN = 8.0
#: Guesses offered when declining must at least reach this.
SUGGESTION_FLOOR = 15.0
#: For list questions, entries within this share of the best score are listed too.
LIST_SHARE = 0.72
MAX_LIST = 8
#: A catalogue shows this many entries at most; a message has room for about 40.
CATALOGUE_SIZE = 40
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Answer:
    question: str
    answered: bool
    #: When answered, results[0] is the answer (and the rest of a list); otherwise suggestions.
    results: tuple[Match, ...] = ()
    #: Several entries answer the question (a list question, or a relation followed to many).
    is_list: bool = False
    #: How many entries the list stands for, when it shows only the first of them.
    total: int | None = None
    #: "answered", "empty", "unknown" (nothing matched) or "unsure" (guesses only).
    status: str = "answered"
    truncated: bool = False


class Answerer:
    """Holds one knowledge base and its index; build a new one to serve a new knowledge base."""

    def __init__(self, knowledge: KnowledgeBase):
        self.knowledge = knowledge
        self.index = SearchIndex(knowledge)

    def answer(self, question: str, kinds: Iterable[str] | None = None) -> Answer:
        query = self.index.parse(question)
        said = set(query.words)
        if not said or (said & SMALL_TALK and said <= SMALL_TALK | FUNCTION_WORDS):
            return Answer(question, False, status="empty")  # nothing to look up: the reply explains how to ask
        allowed = tuple(kinds) if kinds else None
        if (
            query.wants_list
            and query.intent
            and not (set(query.terms) - INTENT_VOCABULARY - LIST_WORDS)
            and (allowed is None or query.intent in allowed)
        ):
            # "list all reports", "which programmes do we have?": nothing to match, everything of a kind.
            return replace(self.catalogue(query.intent, question), truncated=query.truncated)
        query, matches = self.index.search(query, kinds=kinds, limit=MAX_LIST * 2)
        if not matches or matches[0].score < SUGGESTION_FLOOR:
            return Answer(question, False, status="unknown", truncated=query.truncated)

        ranked = matches
        matches = _prefer_kinds_on_ties(ranked, query)
        top = matches[0]
        source = self._relation_source(query, matches)
        if source is not None:
            followed = self._follow(query, source, matches)
            if followed:
                return Answer(question, True, tuple(followed), is_list=len(followed) > 2, truncated=query.truncated)
        if top.score >= ANSWER_THRESHOLD:
            if query.wants_list:
                listed = self._list(query, ranked)
                return Answer(question, True, tuple(listed), is_list=len(listed) > 1, truncated=query.truncated)
            contenders = [m for m in matches[1:] if top.score - m.score < MARGIN]
            group = self._group(top, contenders)
            rivals = [m for m in contenders if m.entry.id not in group]
            if not rivals:
                related = tuple(m for m in matches[1:3] if m.entry.id in group or self._connected(top.entry, m.entry))
                return Answer(question, True, (top,) + related, truncated=query.truncated)
            if _by_subject(top) and all(_by_subject(m) for m in rivals):
                # Several entries share the topic or place asked about: that is a list answer,
                # of the kind asked for when the question says ("who…" lists people).
                listed = _of_wanted_kind(query, [m for m in ranked if m is top or m in contenders])[:MAX_LIST]
                return Answer(question, True, tuple(listed), is_list=len(listed) > 1, truncated=query.truncated)
        suggestions = tuple(m for m in matches[:MAX_SUGGESTIONS] if m.score >= SUGGESTION_FLOOR)
        return Answer(question, False, suggestions, status="unsure", truncated=query.truncated)

    def entries_answer(
        self, entry_ids: list[str], question: str = "", is_list: bool = False, total: int | None = None
    ) -> Answer | None:
        """The answer that shows these entries (a "Did you mean" click, a shared answer), or None if all are gone."""
        entries = [self.knowledge.get(i) for i in entry_ids if isinstance(i, str)]
        matches = tuple(Match(entry, 100.0) for entry in entries if entry is not None)
        if not matches:
            return None
        return Answer(
            question,
            True,
            matches,
            is_list=is_list and len(matches) > 1,
            total=total if isinstance(total, int) else None,
        )

    def catalogue(self, kind: str, question: str = "") -> Answer:
        """Entries of one kind by name (the first ``CATALOGUE_SIZE``), for "list all reports" or a bare /report."""
        entries = self.knowledge.of_kind(kind)
        shown = heapq.nsmallest(CATALOGUE_SIZE, entries, key=lambda e: e.name.casefold())
        return Answer(
            question,
            bool(shown),
            tuple(Match(e, 100.0) for e in shown),
            is_list=True,
            status="answered" if shown else "unknown",
            total=len(entries),
        )

    # ------------------------------------------------------------------ decisions

    def _connected(self, one: Entry, other: Entry) -> bool:
        """Entries that point at each other are one subject, not rival answers."""
        knowledge = self.knowledge
        return other in knowledge.linking(one) or one in knowledge.linking(other) or other in knowledge.related(one)

    def _group(self, top: Match, contenders: list[Match]) -> set[str]:
        """Ids of the contenders linked to the answer directly or through each other."""
        group = {top.entry.id}
        pending = list(contenders)
        grew = True
        while grew:
            grew = False
            for match in list(pending):
                if any(self._connected(match.entry, self.knowledge.entries[i]) for i in group):
                    group.add(match.entry.id)
                    pending.remove(match)
                    grew = True
        return group

    def _relation_source(self, query: Query, matches: list[Match]) -> Match | None:
        """The entry whose relation the question asks about, if it asks about one.

        "Who runs X?" and "which department is behind X?" name X, and ask for a person or an
        organisation. The intent has already lowered X's score, so X is judged on its score
        before that: it is the source when it beats every entry of the kind asked for.
        """
        kinds = _RELATION_SOURCES.get(query.intent or "")
        if not kinds:
            return None
        top = matches[0]
        if top.entry.kind in kinds:
            return top if max(top.score, top.raw_score or 0.0) >= ANSWER_THRESHOLD else None
        candidates = [m for m in matches if m.entry.kind in kinds and m.raw_score is not None]
        if not candidates:
            return None
        best = max(candidates, key=lambda m: m.raw_score)
        if best.raw_score >= ANSWER_THRESHOLD and best.raw_score > top.score:
            return best
        return None

    def _follow(self, query: Query, top: Match, matches: list[Match]) -> list[Match]:
        """Answer the relation the question asks for: who runs X, who partners on X, what Y published."""
        knowledge, entry = self.knowledge, top.entry
        if query.intent == "contact" and entry.kind != "contact":
            targets = knowledge.linked(entry, "contacts") + knowledge.linked(entry, "authors")
            relation = "author of" if knowledge.linked(entry, "authors") else "contact for"
        elif query.intent == "organisation" and entry.kind in ("programme", "report"):
            targets = knowledge.linked(entry, "partners") or knowledge.linked(entry, "publishers")
            relation = "partner on" if knowledge.linked(entry, "partners") else "publisher of"
        elif query.intent == "report" and entry.kind in ("organisation", "contact"):
            targets = knowledge.linking(entry, "publishers") + knowledge.linking(entry, "authors")
            relation = "published"
        elif query.intent == "programme" and entry.kind in ("organisation", "contact"):
            targets = tuple(e for e in knowledge.linking(entry) if e.kind == "programme")
            relation = "works on"
        else:
            return []
        if not targets:
            return []
        # The question may name one of them ("which department…", "which consortium…"): that one first.
        own_score = {m.entry.id: m.score for m in matches}
        noun = stem(query.asked_noun) if query.asked_noun else None
        named = lambda t: bool(noun) and noun in map(stem, words(t.name))  # noqa: E731 - "which consortium…" → Spring Consortium
        targets = sorted(targets, key=lambda t: (not named(t), -own_score.get(t.id, 0.0)))
        via = f"{relation} {entry.name}" if relation != "published" and relation != "works on" else f"via {entry.name}"
        score = max(top.score, top.raw_score or 0.0)
        followed = [Match(target, score, top.evidence, via=via) for target in targets[:MAX_LIST]]
        return followed + [top]

    def _list(self, query: Query, matches: list[Match]) -> list[Match]:
        floor = max(ANSWER_THRESHOLD * 0.8, matches[0].score * LIST_SHARE)
        return _of_wanted_kind(query, [m for m in matches if m.score >= floor])[:MAX_LIST]


def _of_wanted_kind(query: Query, listed: list[Match]) -> list[Match]:
    """Only the kind the question asks for, when the best match is of that kind."""
    if query.intent and listed and listed[0].entry.kind == query.intent:
        return [m for m in listed if m.entry.kind == query.intent]
    return listed


def _by_subject(match: Match) -> bool:
    """Matched on what it is about (a topic or place), not on what it is called."""
    return bool(match.evidence) and match.evidence[0].field not in ("name", "alias", "acronym")


#: For each kind a question may ask for, the kinds of entry whose relations can answer it.
_RELATION_SOURCES = {
    "contact": ("programme", "report", "organisation"),
    "organisation": ("programme", "report"),
    "report": ("organisation", "contact"),
    "programme": ("organisation", "contact"),
}

#: On a tie with no stated kind, the thing we run comes before who publishes or partners on it.
_TIE_ORDER = {"programme": 0, "report": 1, "contact": 2, "organisation": 3}
_TIE = 1.0


def _prefer_kinds_on_ties(matches: list[Match], query: Query) -> list[Match]:
    if query.intent is not None or len(matches) < 2:
        return matches
    top_score = matches[0].score
    tied = [m for m in matches if top_score - m.score < _TIE]
    if len(tied) < 2:
        return matches
    tied.sort(key=lambda m: _TIE_ORDER.get(m.entry.kind, 9))
    return tied + matches[len(tied) :]
