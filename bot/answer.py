"""From a question to what the bot should say: which entries, and whether it is sure.

Pure and Slack-free. The search ranks entries; this module decides: answer with one
entry, answer with a list, follow a relation ("who runs X" → X's contact), or decline
and offer the nearest guesses. It never makes anything up: every result is an entry.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property
from typing import Protocol

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .knowledge import Entry, KnowledgeBase
from .knowledge.schema import field_uses
from .question import (
    ITEM_FACTS,
    OWNER_DOES,
    SORTS_OF_BODY,
    WHO_COMMISSIONS,
    Query,
    counted_thing,
    is_open_attribute,
    names_items,
    parse,
)
from .search import Evidence, Match, SearchIndex, acronyms_of, is_subsequence, quotes_from, said_in_own_words
from .text import expand_contractions, stem, text_words, words
from .vocabulary import (
    AWAY_WORDS,
    FUNCTION_WORDS,
    GENERIC_WORDS,
    INTENT_VOCABULARY,
    KIND_NOUNS,
    LIST_SHAPING_WORDS,
    OFFICE_ACRONYMS,
    OFFICE_TITLES,
    ORGANISATION_NOUNS,
    PLATFORMS,
    SOMEONE_THERE,
    STOPWORDS,
    SYNONYMS,
    WORK_NOUNS,
)


class Outcome(StrEnum):
    """What the bot did with a message. A str (StrEnum): f-strings and JSON give the bare value."""

    ANSWERED = "answered"  # one entry (or a relation's target) answers the question
    DID_YOU_MEAN = "did_you_mean"  # not sure: the nearest entries are offered as guesses
    DECLINED = "declined"  # nothing in the knowledge base is about this (or only small talk)
    MISSING_FACT = "missing_fact"  # the entry is known, the fact asked for is not held
    LIST = "list"  # several entries answer: a list question, or a relation followed to many


#: Words that only ask for a list: with nothing else, the answer is the whole catalogue.
LIST_WORDS = frozenset("list show everything every entire catalogue available current all give".split())

#: Below this score the bot does not answer; it offers its nearest guesses instead.
ANSWER_THRESHOLD = 35.0
#: A list question ("which reports…") of the kind its best match is needs less: it names no one entry.
LIST_THRESHOLD = 25.0
#: "Who should I…?" with one person clearly fitting needs less: the rest of it is the asker's situation.
PERSON_THRESHOLD = 18.0
STRONG_INTENT = 0.5
#: A question asking a fact of one clear entry ("the budget for X") may name it less fully.
FACT_THRESHOLD = 30.0
#: The answer must beat an unrelated runner-up by this much, or it is a guess between them.
MARGIN = 8.0
#: Guesses offered when declining must at least reach this.
SUGGESTION_FLOOR = 15.0
#: For list questions, entries within this share of the best score are listed too.
LIST_SHARE = 0.72
#: A list by topic or place ("our London-based programmes") takes every entry about it, down to this share
#: of the best: one entry covering the topic in its name should not hide those holding it as a topic.
SUBJECT_LIST_SHARE = 0.4
MAX_LIST = 8
#: A catalogue shows this many entries at most; a message has room for about 40.
CATALOGUE_SIZE = 40
MAX_SUGGESTIONS = 3
#: A follow-up that names an entry this clearly is a fresh question, whatever came before.
FRESH_SCORE = 60.0
#: Meaning-level matches (see ``SemanticMatcher``) at or above this cosine are answers.
SEMANTIC_FLOOR = 0.45
#: "Who do I hand them to?": the contact whose topics or role the asker's need hits is the answer at this
#: score (the need is told in many words we don't hold)…
REFERRAL_FLOOR = 3.0
#: …when it scores this many times any other contact…
REFERRAL_LEAD = 2.0
#: …and, by meaning, no other contact is nearer the message by more than this cosine.
REFERRAL_MEANING_GAP = 0.08
#: With no person's words fitting, meaning alone names the person at this cosine, ahead of the next by this much.
REFERRAL_MEANING_FLOOR = 0.35
REFERRAL_MEANING_LEAD = 0.08


class SemanticMatcher(Protocol):
    """Nearest entries by meaning (e.g. ``bot.semantic.SemanticIndex``), consulted only when
    lexical matching is not confident: ``nearest(text, k)`` → [(entry id, cosine)], best first."""

    def nearest(self, text: str, k: int, kinds: tuple[str, ...] | None = None) -> list[tuple[str, float]]: ...


@dataclass(frozen=True)
class HeldFact:
    """A fact the question asks for that the entry holds: answered first, before the card."""

    label: str
    value: str


@dataclass(frozen=True)
class Answer:
    question: str
    outcome: Outcome
    #: ANSWERED/LIST: results[0] is the answer (and the rest of a list); MISSING_FACT: the entry
    #: the question named; DID_YOU_MEAN: the guesses.
    results: tuple[Match, ...] = ()
    #: How many entries the list stands for, when it shows only the first of them.
    total: int | None = None
    truncated: bool = False
    #: MISSING_FACT: the fact asked for that the knowledge base does not hold ("deadline").
    missing: str | None = None
    #: ANSWERED: the fact asked for, held by the entry ("published", "25 January 2018").
    fact: HeldFact | None = None
    #: DECLINED because the message was only small talk: "greeting" (help) or "thanks".
    small_talk: str | None = None

    @property
    def answered(self) -> bool:
        return self.outcome in (Outcome.ANSWERED, Outcome.LIST)

    @property
    def is_list(self) -> bool:
        return self.outcome is Outcome.LIST

    @property
    def about(self) -> Entry | None:
        """The entry a follow-up in the same thread would be about, if the answer was about one."""
        if self.outcome in (Outcome.ANSWERED, Outcome.MISSING_FACT) and self.results:
            return self.results[0].entry
        return None


def _answered(question: str, query: Query, matches: list[Match] | tuple[Match, ...], is_list: bool = False) -> Answer:
    """An answer: a LIST when asked for as one and more than one entry is in it."""
    outcome = Outcome.LIST if is_list and len(matches) > 1 else Outcome.ANSWERED
    return Answer(question, outcome, tuple(matches), truncated=query.truncated)


#: Topics that mark a piece of writing as an argument: "what's our line on scale?" is answered by it first.
_OPINION_WORDS = frozenset("blog blogs article opinion essay comment".split())
_OPINION_BONUS = 0.1


def _is_opinion(entry: Entry) -> bool:
    return bool(_OPINION_WORDS.intersection(words(" ".join(entry.topics))))


class Answerer:
    """Holds one knowledge base and its index; build a new one to serve a new knowledge base.

    ``semantic`` (optional) is consulted only where lexical matching is not confident.
    """

    def __init__(self, knowledge: KnowledgeBase, semantic: SemanticMatcher | None = None):
        self.knowledge = knowledge
        self.index = SearchIndex(knowledge)
        self.semantic = semantic

    def answer(self, question: str, kinds: Iterable[str] | None = None, context: str | None = None) -> Answer:
        """``context``: the id of the entry last answered about in this thread or DM, if any."""
        query = parse(question)
        if query.small_talk:
            return Answer(question, Outcome.DECLINED, small_talk=query.small_talk)
        previous = self.knowledge.get(context) if context else None
        fresh = self._published_when_said(query, self._our_partners(query, self._fresh(query, question, kinds)))
        if previous is None or not query.refers_back:
            return fresh
        top = fresh.results[0] if fresh.answered else None
        if top is not None and top.entry.id != previous.id and _names(top) and not query.continues:
            return fresh  # "who runs Elevate?" in a thread about Wigan is about Elevate
        return self._follow_up(query, question, previous, kinds) or fresh

    def _fresh(self, query: Query, question: str, kinds: Iterable[str] | None) -> Answer:
        if not query.words:
            return Answer(question, Outcome.DECLINED, small_talk="greeting")
        allowed = tuple(kinds) if kinds else None
        if query.asks_product:
            # "can anyone recommend a good case management system?": no entry is a product; the nearest
            # entries are offered as guesses, never as the answer.
            _, near = self.index.search(query, kinds=kinds, limit=MAX_SUGGESTIONS)
            return Answer(
                question,
                Outcome.DID_YOU_MEAN,
                tuple(m for m in near if m.score >= SUGGESTION_FLOOR),
                truncated=query.truncated,
            )
        home = self._home_organisation
        if query.asks_who_we_are and home is not None and (allowed is None or "organisation" in allowed):
            # "who actually are you as an organisation, and what sort of work do you do?": our own card.
            _, found = self.index.search(query, kinds=("organisation",), limit=len(self.knowledge.entries))
            us = next((m for m in found if m.entry is home), Match(home, ANSWER_THRESHOLD))
            return self._with_fact(query, _answered(question, query, [us]))
        typed = self._typed_list(query, question) if allowed is None or "organisation" in allowed else None
        if typed is not None:
            return typed
        # "every report or blog *we* wrote": ours, of every one.
        # (Not when a name is quoted: 'did we put out something…? Someone said "Growing something"' names it.)
        ours = (
            self._made_by_us(query, question)
            if query.made_by_us and query.intent == "report" and not self._quotes_a_name(query)
            else None
        )
        if ours is not None and (allowed is None or "report" in allowed):
            return ours
        mentioned_in_a_document = (
            query.every_of_kind in ("organisation", "report")  # ("all the reports mentioned in julies blog pls")
            and bool(_MENTION_WORDS.intersection(query.words))
            and bool(_MENTIONED_BY_DOCUMENT.search(query.text))
        )  # ("every external organisation named in the blog": those the document names, below)
        if query.every_of_kind and (allowed is None or query.every_of_kind in allowed) and not mentioned_in_a_document:
            every = self._every(query, question)
            if every is not None:
                return every
        if (
            query.wants_list
            and query.intent
            and not (set(query.terms) & query.focus - INTENT_VOCABULARY - LIST_WORDS)
            and (allowed is None or query.intent in allowed)
        ):
            # "list all reports", "which programmes do we have?": nothing to match, everything of a kind
            # (unless the context names what is meant: "…January 2018 reports… - which one?").
            context_subject = set(query.terms) - INTENT_VOCABULARY - LIST_WORDS
            query, matches = (
                self.index.search(query, kinds=kinds, limit=MAX_LIST * 2) if context_subject else (query, [])
            )
            if not matches or matches[0].score < LIST_THRESHOLD:
                return replace(self.catalogue(query.intent or "", question), truncated=query.truncated)
        else:
            query, matches = self.index.search(query, kinds=kinds, limit=MAX_LIST * 2)
        rest = self._rest_of_set(query, matches) if query.counts_others else None
        if rest is not None:
            return self._with_fact(query, _answered(question, query, rest))
        naming = self._document_naming(query, matches)
        if naming is not None and (allowed is None or "report" in allowed):
            # "who wrote the IU post that mentions both the Wigan work and the Big Picture school?": that post.
            if query.asked_fact == "author":
                return self._by_author(query, question, naming)
            return self._with_fact(query, _answered(question, query, [naming]))
        mentioned = self._named_in_document(query, question, matches, allowed) or self._where_we_work(
            query, question, matches, allowed
        )
        if mentioned is not None:
            return mentioned
        if mentioned_in_a_document and (allowed is None or "organisation" in allowed):
            every = self._every(query, question)  # "every partner org named in our scale material": no one document
            if every is not None:
                return every
        if query.list_kinds:
            on_subject = self._subject_list(query, question, matches, allowed)
            # ("I know about Elevate, but which other places is IU working in…? Want them all": all the others)
            all_others = bool({"other", "others"}.intersection(query.focus))
            if on_subject is not None and query.wants_others and (all_others or not _asks_for_all(query)):
                # "I've got _Against the Odds_ already, what were the other reports…?": not the one the asker has.
                had = {m.entry.id for m in matches if _names_fully(m) and not _the_other_named(query, m)}
                if all_others and "organisation" in query.list_kinds and _OTHER_PLACES.search(query.text):
                    # (nor the partners on the work the asker has: "I know about Elevate… with which organisations?")
                    had |= {p.id for i in had for p in self.knowledge.linked(self.knowledge.entries[i], "partners")}
                others = tuple(m for m in on_subject.results if m.entry.id not in had)
                if others and len(others) < len(on_subject.results):
                    on_subject = replace(
                        on_subject, results=others, outcome=Outcome.LIST if len(others) > 1 else Outcome.ANSWERED
                    )
            if on_subject is not None:
                return self._with_fact(query, on_subject)
        placing_a_line = (
            query.passage
            and query.intent == "report"
            and query.intent_strength >= STRONG_INTENT
            and query.asked_fact is None
            and not any(_names_fully(m) and m.entry.kind != "organisation" for m in matches[:3])
        )
        if placing_a_line:
            quoted = self._quoted_document(query)
            if quoted is not None and (allowed is None or "report" in allowed):
                # "> we examine ten health innovations that have scaled - which report, ours or the King's Fund's?"
                return _answered(question, query, [Match(quoted, ANSWER_THRESHOLD)])
        if query.passage and query.asked_fact == "author":
            quoted = self._quoted_document(query)
            if quoted is not None and (allowed is None or set(allowed) & {"report", "contact"}):
                # "> <a line from our blog> - who wrote it?": the passage names its document.
                written = Match(quoted, ANSWER_THRESHOLD)
                return self._by_author(query, question, written)
        asked_of = _person_asked_about(query, matches)
        if asked_of is not None and matches[0].score < ANSWER_THRESHOLD:
            # "can I tag Heather in the LinkedIn post? what's her exact job title?": the other sentence dilutes
            # her name, but she is who the fact is asked of.
            return self._with_fact(query, _answered(question, query, [asked_of]))
        faint_origin = self._faint_origin(query, matches)
        if faint_origin is not None:
            return _answered(question, query, faint_origin)
        if not matches or matches[0].score < SUGGESTION_FLOOR:
            # "Is Nesta's innovation skills programme still running?": what is near it in meaning is
            # not about a name we hold nothing on.
            meant = None if self._unknown_name(query) else self._by_meaning(query, question, kinds)
            return (
                self._person_for_need(query, question, kinds)
                or meant
                or Answer(question, Outcome.DECLINED, truncated=query.truncated)
            )

        if (
            query.seeks_person
            and (matches[0].score < ANSWER_THRESHOLD or matches[0].entry.kind != "contact")
            # ("a particular person at IU they should get in touch with": we are where, not what is asked about)
            and not any(
                _names_fully(m)
                and (m.entry is not self._home_organisation or not self._need_said(query))
                and not _is_the_asker(m.entry, query.asker_with)  # ("the AKF regional office have a solution…")
                for m in matches[:_NAMED_LOOKED_AT]
            )
        ):
            # "Who on the leadership side owns our scaling offer?": someone for a need, which no entry named is.
            for_need = self._person_for_need(query, question, kinds)
            if for_need is not None:
                return for_need

        matches = _past_the_asker(query, matches, self._theirs)
        if query.excluded:
            # "the partner that isn't the CCG": the CCG is named to be set aside, not answered.
            # "not the Australian one": where it is counts too.
            kept = [
                m
                for m in matches
                if not _set_aside(m.entry, query, True, self.knowledge.regions) and not self._theirs_set_aside(query, m)
            ]
            if kept and kept[0].score >= SUGGESTION_FLOOR and len(kept) < len(matches):
                matches = kept
            elif query.intent == "organisation" and _set_aside(matches[0].entry, query):
                # "which partner org alongside the CCG?": whoever works with it on the same work.
                co_partners = self._partners_beside(matches[0])
                if co_partners:
                    return _answered(question, query, co_partners)
        on_it = _WHO_ELSE_ON_IT.search(query.text) is not None  # "dfe kids social care innov prog who else is on it"
        if on_it and any(
            _names_fully(m) and _said_in_focus(query, m) and m.entry.kind == "programme"
            for m in matches[:_NAMED_LOOKED_AT]
        ):
            pass  # who else takes part in the work named: its partners, below; the work is no "other" to set aside
        elif query.wants_others and not (query.wants_list and _asks_for_all(query)):
            # ("list all the partners on it - I've got Spring and the DfE, anyone else?" asks for all of them.)
            # "I know one of them is Against the Odds - what are the other two?": not the one named;
            # "…and the King's Fund one - what's the third?": nor the named organisation's own work.
            # ("I know the CCG is on it, so that's covered. Who's the other partner?": "the CCG" names it too.)
            asked = {stem(w) for w in query.focus}
            named_ids = {
                m.entry.id
                for m in matches
                if (_names_fully(m) or self._had_by_its_acronym(asked, m)) and not _the_other_named(query, m)
            }
            theirs = {
                work.id
                for m in matches
                if m.entry.id in named_ids and m.entry.kind == "organisation" and query.counts_others
                for work in self.knowledge.linking(m.entry, "publishers")
            }
            kept = [m for m in matches if m.entry.id not in named_ids | theirs]
            if kept and len(kept) < len(matches) and _clear_enough(kept[0], query):
                matches = kept
            elif query.intent == "organisation" and (
                named_body := next(
                    (
                        m
                        for m in sorted(
                            matches[:_NAMED_LOOKED_AT],
                            # ("…apart from the CCG there was another organisation P P L or something - who are
                            # they?": the body set aside is the one had; the other named is asked about)
                            key=lambda m: not (query.excluded and _set_aside(m.entry, query)),
                        )
                        if m.entry.id in named_ids and m.entry.kind == "organisation"
                    ),
                    None,
                )
            ):
                # "you mentioned the CCG, but wasn't there another partner org developing it with them?" (also when
                # the work is named first: "on My Care, My Way I have the CCG, but there's a second partner org")
                co_partners = self._partners_beside(named_body)
                if co_partners:
                    return _answered(question, query, co_partners)
        if query.policy_document and not self._names_held_document(query.policy_document):
            # "what does the NHS Long Term Plan say about spread?": a document we hold nothing on; what is near in
            # words (the King's Fund report on spread) is offered, not given as what it says.
            return Answer(question, Outcome.DID_YOU_MEAN, tuple(matches[:MAX_SUGGESTIONS]), truncated=query.truncated)
        stranger = self._unknown_name(query)
        if stranger is not None and (
            (matches[0].score < FRESH_SCORE and not any(_names_fully(m) for m in matches[:_NAMED_LOOKED_AT]))
            or _asks_what_it_made(query, stranger)
            or _compared_with(query, stranger)
        ):
            # "Has Nesta put out anything on scaling?": about a name we hold nothing on, whatever else it shares.
            return Answer(question, Outcome.DID_YOU_MEAN, tuple(matches[:MAX_SUGGESTIONS]), truncated=query.truncated)
        # (the one remembered by its letters over the sort said: "the NHS commissioner plus a second party, and my
        # notes only have three capital letters for that one")
        matches = _hinted_first(query, _sort_said_first(query, _spelled_out_first(query, matches)))
        chosen = (
            self._chosen_option(query, matches)
            or self._unnamed_neighbour(query, matches)
            or self._guess_corrected(query, matches)
            or self._person_guess_corrected(query, matches)
        )
        if chosen is not None:
            if query.asked_fact == "publisher" and len(chosen) == 1 and chosen[0].entry.kind == "report":
                # "Who published <report>? Can't tell if it's one of ours or not": its publishers, or none named.
                return self._by_author(query, question, chosen[0], "publisher")
            return self._with_fact(query, _answered(question, query, chosen))
        holder = self._role_holder_at(matches)
        if holder is not None:
            # "what's the name of IU's Director of Innovation Consultancy?": whoever holds the role said, there.
            return self._with_fact(query, _answered(question, query, [holder, matches[0]]))
        ranked = matches = _first_named_first(query, self._work_before_its_maker(query, matches))
        matches = self._past_us(query, self._past_the_qualifier(query, _prefer_kinds_on_ties(ranked, query)))
        matches = self._holder_of_the_count_first(query, _holder_first(query, matches))
        top = matches[0]
        if top.score < FRESH_SCORE and _only_its_sort_said(query, top) and not query.list_kinds:
            # "Are CCGs still a thing, or have integrated care boards replaced them?": CCGs in general, not ours.
            return Answer(question, Outcome.DID_YOU_MEAN, tuple(matches[:MAX_SUGGESTIONS]), truncated=query.truncated)
        origin = self._origin_of(top.entry) if query.asks_origin else None
        if origin is None and query.asks_origin and top.entry.kind == "organisation":
            # "The council in Wigan is rolling out new practice. Where did the innovations come from?": where the
            # body's one work came from.
            grew = {o.id: o for work in self.knowledge.linking(top.entry, "partners") if (o := self._origin_of(work))}
            origin = next(iter(grew.values())) if len(grew) == 1 else None
        if origin is not None:
            # "where did the Wigan innovations originally come from?": the work its own text says it grew out of.
            # ("wigan - what's the programme called, and where did its innovations come from?": its name first.)
            grew_from = Match(origin, top.score)
            named_first = _NAME_ASKED_FIRST.search(query.text) is not None
            return _answered(question, query, [top, grew_from] if named_first else [grew_from, top])
        addressed = top.entry is self._home_organisation and _WHO_ARE_YOU.search(query.text) is not None
        if top.entry.kind == "organisation" and (
            _asks_who_it_is(query, top.entry) or addressed or _asked_what_it_is(query, top)
        ):
            # "who r innovation unit anyway?": who the organisation is, not who to talk to there.
            return self._with_fact(query, _answered(question, query, [top]))
        pointed = _person_pointed_at(query, matches)
        if pointed is not None:
            # "Met a Heather who runs the consultancy side at IU. What's her surname and title?": she is asked about.
            return self._with_fact(query, _answered(question, query, [pointed, top]))
        at_organisation = self._person_at(query, question, matches)
        if at_organisation is not None:
            return at_organisation
        # A fact asked of the entry ("the deadline for X") is not a relation to follow from it.
        source = None
        if query.asked_fact in _RELATION_FACTS or _asks_fact_of_a_related(query, top):
            source = self._relation_source(query, matches)
        if source is not None and query.intent_strength < STRONG_INTENT and _quotes_name(query, top.entry):
            source = None  # "the King's Fund one, _Adoption and spread_": the quoted title is the subject
        if (
            source is not None
            and query.asked_fact is None
            and query.intent_strength < STRONG_INTENT
            and not (query.wants_others or query.named_already or query.asks_name)
        ):
            # "mcmw west london - whos the ccg n whos ppl": "who" asks about the ones it names, which the
            # subject is linked to; they answer, not the subject's contact.
            named = [
                m
                for m in matches[:_NAMED_LOOKED_AT]
                if m is not source
                and m.entry.kind != source.entry.kind
                and _names_fully(m)
                and _said_in_focus(query, m)
                and self._linked(source.entry, m.entry)
                and m.entry is not self._home_organisation
            ]
            if named:
                return _answered(question, query, named[:2] + [source])
        if (
            query.intent == "organisation"
            and top.entry.kind == "report"
            and {"published", "publishes", "publisher"} & set(query.words)
            and not self.knowledge.linked(top.entry, "publishers")
        ):
            # "Which organisation published <a report that names none>?": say it is not held, not show the card.
            return self._by_author(query, question, top, "publisher")
        if query.asked_fact == "publisher" and not (query.wants_list and query.intent == "report"):
            # ("which reports did the King's Fund publish?" asks for its reports, below.)
            # "Who published the adoption paper? A colleague put 'Health Foundation'": the
            # organisation named is a guess; the document's own publishers answer. A report that
            # names none is said to, rather than shown as if its card answered.
            named_first = top.entry.kind in ("contact", "organisation")
            document = self._document_beside(query, top) if named_first else top
            if document is not None and document.entry.kind == "report":
                if named_first or not self.knowledge.linked(document.entry, "publishers"):
                    return self._by_author(query, question, document, "publisher")
        by_person = top.entry.kind == "contact" and (source is None or source.entry.kind != "report")
        if query.asked_fact == "author" and by_person:
            their_works = self.knowledge.linking(top.entry, "authors")
            other_named = any(
                m.entry.kind == "report"
                and m.entry not in their_works
                and any(e.field in ("name", "alias") and set(e.words) - _SMALL_STEMS for e in m.evidence)
                for m in matches[:_NAMED_LOOKED_AT]
            )  # ("who wrote the student centred learning report - was it Julie?": that report is asked about)
            if len(their_works) == 1 and _said_of_sort(query, their_works[0]) and not other_named:
                # "a blog with a title like 'innovation for the many' - who wrote it?": its writer, found by it.
                return _answered(question, query, [top, Match(their_works[0], top.score, via=f"by {top.entry.name}")])
        if query.asked_fact == "author":
            # ("who wrote IU's student-centred learning report?": the report, not the body whose it is)
            reported = source is not None and source.entry.kind == "report"
            document = source if reported else (top if top.entry.kind == "report" else source)
            named_first = top.entry.kind in ("contact", "organisation")
            beside = self._document_beside(query, top) if named_first and document in (None, source) else None
            if beside is not None:
                # "Is Heather the one who wrote the scaling blog?", "who wrote the King's Fund
                # adoption paper?": the person or publisher named is not the document asked about;
                # its own authors answer (or it names none).
                return self._by_author(query, question, beside)
            if (
                document is not None
                and document.entry.kind == "report"
                and not self.knowledge.linked(document.entry, "authors")
            ):
                # "who wrote X?" of a report that names no author: say so, rather than offer a
                # publisher or whoever wrote something else.
                return self._by_author(query, question, document)
        if source is not None:
            followed = self._follow(query, source, matches)
            if query.excluded:
                followed = [m for m in followed if not _set_aside(m.entry, query)]
            if query.not_us and len(followed) > 2:
                followed = [m for m in followed if m.entry is not self._home_organisation]  # "our co-authors on X"
            what_it_is = _said_after_what_is(query, source) or _WHAT_IS_IT.search(query.text) is not None
            about_it = _WHAT_IT_IS_ABOUT.search(query.text) is not None  # "is that one of yours? what's it about?"
            # "'Innovation Programme in Children's Social Care' eats half my tweet. Is there a shorter version of the
            # name, and who do we do it with?": its names are on its card, and so are its partners
            about_it = about_it or _ITS_NAME_ASKED.search(query.text) is not None
            if followed and _names_fully(source) and ((query.describes_too and what_it_is) or about_it):
                # "what is My Care, My Way, and who are we doing it with?": its card says both.
                return _answered(question, query, [source] + [m for m in followed if m is not source][:2])
            if followed and _is_the_asked_noun(query, top) and top.entry.id not in {m.entry.id for m in followed}:
                followed = []  # "which council is it?": the best match is a council, the relation's are not
            if followed and query.asked_fact not in _RELATION_FACTS:
                # "how many … did the report we did with X look at?": the fact is asked of X's report.
                return self._with_fact(query, _answered(question, query, followed[:1]))
            remembered = (
                (_hint_fits(query, followed, linked=True) or _the_one_of_type_asked(query, followed))
                if followed
                else None
            )
            if remembered is not None:
                # "on My Care, My Way there's a three-letter outfit, P-something-L. Who are they?", "who's the
                # commissioner on My Care My Way?": the one partner that fits.
                return _answered(question, query, [remembered, source])
            if followed:
                if query.intent in ("report", "programme"):
                    followed = _of_wanted_kind(query, followed)  # ("which reports does IU point to?": not IU)
                if query.wants_list and len(followed) > 2:
                    # "a list of the education programmes IU is involved in": those of its works on the subject
                    followed = self._on_subject(query, source, followed) or followed
                several = len(followed) > 2 or (query.wants_list and query.intent in ("report", "programme"))
                return _answered(question, query, followed, is_list=several and len(followed) > 1)
        if query.wants_list and query.intent == top.entry.kind and top.score >= LIST_THRESHOLD:
            # "Could someone list the reports on scaling…": several of the kind asked for, none named.
            # A "list" of the one entry the message names ("any chance of a follow-up report to Against the
            # Odds?") is an answer about it: a fact asked of it must be held.
            listed = self._list(query, ranked, LIST_THRESHOLD)
            answer = _answered(question, query, listed, is_list=True)
            return self._with_fact(query, answer) if len(listed) == 1 and _names_fully(listed[0]) else answer
        diluted = query.asked_fact is not None and not is_open_attribute(query.asked_fact)
        if diluted and not query.wants_list and FACT_THRESHOLD <= top.score < ANSWER_THRESHOLD:
            # "what's the budget for the Wigan programme this financial year?": the words about the fact
            # we lack dilute the match; one clear entry is still the one asked about. (An attribute's
            # own words are matched as usual: "the wifi password for the big room" names no entry.)
            rivals = [
                m for m in matches[1:] if top.score - m.score < MARGIN and not self._connected(top.entry, m.entry)
            ]
            if not rivals:
                return self._with_fact(query, _answered(question, query, (top,)))
        if (
            query.intent == "contact"
            and (query.intent_strength >= STRONG_INTENT or _role_matched(top))
            and top.entry.kind == "contact"
            and top.score >= PERSON_THRESHOLD
            and query.asked_fact != "author"
            and not [m for m in matches[1:] if m.entry.kind == "contact" and top.score - m.score < MARGIN]
        ):
            # "Who should I put in touch with a hospital trust that wants help scaling…?": one person
            # fits, and nobody else comes close; the asker's own situation is many words we don't hold.
            return self._with_fact(query, _answered(question, query, (top,)))
        if top.score >= ANSWER_THRESHOLD:
            if query.wants_list:
                # A "list" of one is an answer about that entry: a fact asked of it must be held.
                listed = self._list(query, ranked)
                return self._with_fact(query, _answered(question, query, listed, is_list=True))
            contenders = [m for m in matches[1:] if top.score - m.score < MARGIN]
            group = self._group(top, contenders)
            rivals = [m for m in contenders if m.entry.id not in group]
            if _names_fully(top) and top.entry is not self._home_organisation and _ASKED_BESIDE_US.search(query.text):
                # "Spring Consortium - who are they and how do they fit in with IU?": we are what it is set beside
                rivals = [m for m in rivals if m.entry is not self._home_organisation]
            if not rivals:
                related = tuple(m for m in matches[1:3] if m.entry.id in group or self._connected(top.entry, m.entry))
                return self._with_fact(query, _answered(question, query, (top,) + related))
            if _by_subject(top) and all(_by_subject(m) for m in rivals):
                # Several entries share the topic or place asked about: that is a list answer,
                # of the kind asked for when the question says ("who…" lists people).
                listed = _of_wanted_kind(query, [m for m in ranked if m is top or m in contenders])[:MAX_LIST]
                return self._with_fact(query, _answered(question, query, listed, is_list=True))
        of_ours = self._the_one_of_ours(query, matches)
        if of_ours is not None:
            return self._with_fact(query, _answered(question, query, [of_ours]))
        kin = self._kin_by_meaning(query, top)
        if kin is not None or self._kind_asked_agrees(query, top, matches):
            return self._with_fact(query, _answered(question, query, (top,)))
        meant = self._person_for_need(query, question, kinds) or self._by_meaning(query, question, kinds)
        if meant is not None:
            return meant
        suggestions = tuple(m for m in matches[:MAX_SUGGESTIONS] if m.score >= SUGGESTION_FLOOR)
        return Answer(question, Outcome.DID_YOU_MEAN, suggestions, truncated=query.truncated)

    # ------------------------------------------------------------------ meaning, facts, follow-ups

    def _names_held_document(self, said: str) -> bool:
        """Some report's name or alias holds every word of ``said`` but small ones, or ``said`` names an entry
        ("the Elevate plan"); "the NHS long term plan" does neither."""
        wanted = {stem(w) for w in said.split() if w not in STOPWORDS}
        for entry in self.knowledge.entries.values():
            for name in (entry.name, *entry.aliases):
                held = {stem(w) for w in words(name) if w not in STOPWORDS}
                if held and (held <= wanted or (entry.kind == "report" and wanted <= held)):
                    return True
        return False

    def _unknown_name(self, query: Query) -> str | None:
        """A name the asking sentences give that no entry has, nor anything within a typo of it."""
        said = query.text
        for name in query.proper_names:
            if (
                name in STOPWORDS
                or name in SYNONYMS
                or name in OFFICE_ACRONYMS
                or name in PLATFORMS
                or name in _HOME_NATIONS  # "the English one is for young people…, no?": where, not a name
                or len(name) <= 2
                or self.index.knows(name)
            ):
                continue  # ("American" is read as the US; "the UN children's agency" describes, not names)
            if name in _HOME_COUNTRY and re.search(rf"\b(?:over to|back to|across to|into) {name}\b", said):
                continue  # "you lot helped bring one over to England?": where, as a place ("NHS England" is a body)
            if re.search(rf"\b(?:is it|was it|or|not) (?:the |a |an )?(?:\w+ ){{0,2}}{re.escape(name)}\b", said):
                continue  # "…is it the Nuffield Trust?": a guess offered, not what is asked about
            if re.search(
                rf"\b(?:i think|i believe|i reckon|maybe|probably|possibly) (?:it|that) (?:was|is|s|came)(?: from)?"
                rf" (?:the |a |an )?(?:\w+ ){{0,2}}{re.escape(name)}\b",
                said,
            ):
                continue  # "I think it was from a King's College report??": a guess, hedged
            if re.search(rf"\bour {re.escape(name)} (?:team|office|colleagues|region|network|lot|side)\b", said):
                continue  # "someone on our Pacific team said…": the asker's own people
            if re.search(rf"\b(?:our|my) {re.escape(name)}\b", said) and not self.index.holds(name):
                continue  # "would be useful for our CPD session": the asker's own thing, by its initials
            if re.search(rf"\b{re.escape(name)} something\b", said):
                continue  # "the acronym was AIS-something": part of a name half-remembered
            if re.search(
                rf"\b{re.escape(name)} (?:should|can|could|will|needs to|has to) (?:forward|send|pass|refer|point)",
                said,
            ):
                continue  # "who's the named person Priya should forward them to?": a colleague passing someone on
            if re.search(rf"\b{re.escape(name)} (?:team |office |desk )?here\b", said):
                continue  # "Company Secretary here. …": the asker introducing themself, not what is asked about
            if re.search(rf"\b{re.escape(name)}(?: is| s)? (?:off|away|on leave|leaving)\b", said):
                continue  # "who should I forward them to now Sarah's off?": a colleague away, not the subject
            return name
        return None

    def _published_when_said(self, query: Query, answer: Answer) -> Answer:
        """ "a trio of scaling reports that all came out in January 2018 - could you list them?": the documents
        published that month, whatever else the message matched."""
        if not query.wants_list or answer.outcome in (Outcome.ANSWERED, Outcome.MISSING_FACT):
            return answer
        if answer.outcome is not Outcome.LIST and query.intent != "report":
            return answer
        when = _MONTH_AND_YEAR.search(query.text)
        if when is None:
            return answer
        month, year = when.groups()
        dated = [
            r
            for r in self.knowledge.of_kind("report")
            if r.published and month in r.published.lower() and year in r.published  # type: ignore[attr-defined]
        ]
        if query.wants_others and not _asks_for_all(query):
            # "I've got _Against the Odds_ already - what were the other January 2018 reports?": not that one.
            said = set(query.words)
            dated = [r for r in dated if not {w for w in words(r.name) if w not in FUNCTION_WORDS} <= said]
        if len(dated) < 2:
            return answer
        if answer.results and answer.results[0].entry not in dated and _said_by_name(answer.results[0], _CALLED_BY):
            return answer  # "a report about student centred learning - is it one of the January 2018 reports?"
        home = self._home_organisation
        if query.asks_which_is_ours and home is not None:
            # "…the Kings Fund one, the adults one or ours. Which of the Jan 2018 ones is actually ours?": ours.
            ours = [r for r in dated if home in self._makers(r)]
            if len(ours) == 1:
                return _answered(answer.question, query, [Match(ours[0], ANSWER_THRESHOLD)])
        scores = {m.entry.id: m.score for m in answer.results}
        dated.sort(key=lambda r: -scores.get(r.id, 0.0))
        listed = tuple(Match(r, scores.get(r.id, LIST_THRESHOLD)) for r in dated)
        return replace(answer, outcome=Outcome.LIST, results=listed, total=None)

    def _our_partners(self, query: Query, answer: Answer) -> Answer:
        """A list of the organisations *we* work with is not about us, nor, when it asks about a
        place ("every org we partner with in the UK"), about those whose place says they are beyond it."""
        if answer.outcome is not Outcome.LIST or not query.we_work_with:
            return answer
        home = self._home_organisation
        said = {stem(w) for w in query.words}
        if said & _AWAY_STEMS:
            said = set()  # "…partner with outside the UK": those beyond it are the ones asked for
        kept = tuple(
            m
            for m in answer.results
            if m.entry is not home
            and not (m.entry.kind == "organisation" and _placed_beyond(m.entry, said, self.knowledge.regions))
        )
        if not kept or len(kept) == len(answer.results):
            return answer
        total = answer.total - (len(answer.results) - len(kept)) if answer.total else None
        return replace(answer, results=kept, total=total, outcome=Outcome.LIST if len(kept) > 1 else Outcome.ANSWERED)

    def _past_us(self, query: Query, matches: list[Match]) -> list[Match]:
        """Our own organisation is linked to everything, so beside another entry the message names it
        is context: "where does the Big Picture model come from, and what's IU's bit in it?" is about
        Big Picture; "which outside organisation co-wrote it with us?" is not about us at all."""
        home = self._home_organisation
        if home is None or matches[0].entry is not home or _who_is_the_body(query, home):
            return matches  # ("who are Innovation Unit, in a sentence or two?" is about us)
        if query.asked_fact in _A_BODY_S_OWN_FACTS:
            return matches  # "How many people work at Innovation Unit?", "how do I get a job at IU?": ours
        rest = matches[1:]
        past = rest if rest and rest[0].score >= SUGGESTION_FLOOR else matches
        if query.not_us:
            return past
        # "who do we work with in Wigan?", "who did Innovation Unit spend two years working with on…?": a partner.
        partner_asked = query.intent == "organisation" and (
            query.we_work_with or _WHO_WE_WORKED_WITH.search(query.text) is not None
        )
        # ("PPL keep turning up - who are they and how do they fit in with IU?": we are what they are set beside)
        named_floor = SUGGESTION_FLOOR if _ASKED_BESIDE_US.search(query.text) else ANSWER_THRESHOLD
        for match in rest[:3]:
            named = match.evidence and match.evidence[0].field in ("name", "alias", "acronym")
            if named and match.score >= named_floor:
                return [match, matches[0]] + [m for m in rest if m is not match]
        # "…what Innovation Unit is actually doing with the council there", "is Innovation Unit behind it?":
        # we are who is asked, by name; what the rest of the message asks about, clearly, is the subject.
        ours = {stem(w) for name in (home.name, *home.aliases) for w in words(name)} | {
            a.lower() for a in acronyms_of(home.name)
        }
        said = [t for t in query.terms if stem(t) not in ours and t not in ours]
        if len(said) == len(query.terms) or not any(self.index.holds(t) for t in said if t not in GENERIC_WORDS):
            return past if partner_asked else matches  # "who is Innovation Unit?": nothing else is asked about
        focus = frozenset(w for w in query.focus if stem(w) not in ours and w not in ours)
        # (The kind asked for goes with us: "is Innovation Unit behind it?" asks for no organisation.)
        without_us = replace(query, terms=tuple(said), focus=focus, intent=None, intent_strength=0.0)
        _, again = self.index.search(without_us, limit=len(matches))
        again = [m for m in again if m.entry is not home]
        # What else it names or places ("…with the council there"), not a topic our own work shares
        # ("what does IU do? consultancy?" is still about us).
        placed = bool(again) and (_names_fully(again[0]) or _placed(again[0]))
        # "I gather IU is bringing an American model to South Yorkshire. Which model is it?": we are named only
        # in the sentence the question points back at, as the ones doing what it asks about.
        only_before = not any(stem(w) in ours or w in ours for w in query.focus) and _POINTERS_BACK & query.focus
        # "…a programme where you support Fellows to sell into the NHS. What is it, and what does Innovation Unit
        # do in it?": we are asked about as the ones taking part in what the message describes.
        our_part = not only_before and _OUR_PART_IN_IT.search(query.text) is not None
        if (placed or only_before or our_part) and again and again[0].score >= ANSWER_THRESHOLD:
            return (self._nearest_in_meaning_first(query, again) if our_part and not placed else again) + [matches[0]]
        if query.intent in _NOT_US_KINDS and query.intent_strength >= STRONG_INTENT:
            # "Which IU programmes work with councils?", "what's the name of IU's Director of Innovation
            # Consultancy?": we are whose it is; a programme, a report or a person is asked for.
            of_kind = [m for m in again if m.entry.kind == query.intent]
            if of_kind and of_kind[0].score >= LIST_THRESHOLD:
                return of_kind + [matches[0]] + [m for m in again if m.entry.kind != query.intent]
        if partner_asked:
            return again + [matches[0]] if again and again[0].score >= SUGGESTION_FLOOR else past
        return matches

    def _nearest_in_meaning_first(self, query: Query, matches: list[Match]) -> list[Match]:
        """Of the matches as good as the best (a description shares its words with several), the one nearest
        the message in meaning first."""
        tied = [m for m in matches if matches[0].score - m.score < MARGIN]
        if len(tied) < 2 or self.semantic is None:
            return matches
        cosine = dict(self.semantic.nearest(query.text, len(self.knowledge.entries)))
        nearest = max(tied, key=lambda m: cosine.get(m.entry.id, 0.0))
        return [nearest] + [m for m in matches if m is not nearest]

    def _holder_of_the_count_first(self, query: Query, matches: list[Match]) -> list[Match]:
        """ "our study with the Health Foundation - how many innovations did it look at?": a count the best match
        does not hold, but a work linked to it that the message also points at does, is asked of that work."""
        fact = query.asked_fact
        if fact is None or counted_thing(fact) is None or len(matches) < 2:
            return matches
        top = matches[0]
        if held_fact(top.entry, fact) is not None or not (
            _DOCUMENT_NOUNS & set(query.words) or _POINTERS_BACK & query.focus
        ):
            return matches  # ("how many innovations does the Health Foundation back?" points at no work of theirs)
        for match in matches[1:3]:
            if (
                match.score >= SUGGESTION_FLOOR
                and self._linked(top.entry, match.entry)
                and held_fact(match.entry, fact) not in (None, _NOT_ASKED)
            ):
                return [match, top] + [m for m in matches[1:] if m is not match]
        return matches

    def _partners_beside(self, match: Match) -> list[Match]:
        """The other partners on the work an organisation is a partner in, then that work (none when it is in
        several): "the partner alongside the CCG" is PPL, on My Care, My Way."""
        works = self.knowledge.linking(match.entry, "partners")
        if len(works) != 1:
            return []
        others = [
            Match(partner, match.score, match.evidence, via=f"partner on {works[0].name}")
            for partner in self.knowledge.linked(works[0], "partners")
            if partner is not match.entry and partner is not self._home_organisation
        ]
        return others + [Match(works[0], match.score)] if others else []

    def _past_the_qualifier(self, query: Query, matches: list[Match]) -> list[Match]:
        """ "The Innovation Programme - is that the DfE one?": the DfE only says whose programme is
        meant. When the best match is the entry the qualifier names, the best entry of another kind
        linked to it (its programme, its report) that the message also names comes first."""
        top = matches[0]
        if query.qualifier and "which" in query.focus and not _is_named_by(top.entry, query.qualifier, True):
            # "Which of your projects is the Doncaster school one?": the one the qualifier describes, by its name
            # or where it is.
            regions = self.knowledge.regions
            fits = [
                m
                for m in matches[1:_NAMED_LOOKED_AT]
                if m.entry.kind == top.entry.kind and _is_named_by(m.entry, query.qualifier, True, regions)
            ]
            if len(fits) == 1 and fits[0].score >= SUGGESTION_FLOOR:
                return [fits[0]] + [m for m in matches if m is not fits[0]]
        if not query.qualifier or not _is_named_by(top.entry, query.qualifier):
            return matches
        for match in matches[1:]:
            if match.score < ANSWER_THRESHOLD:
                break
            if match.entry.kind != top.entry.kind and self._connected(top.entry, match.entry):
                return [match, top] + [m for m in matches[1:] if m is not match]
        return matches

    def _chosen_option(self, query: Query, matches: list[Match]) -> list[Match] | None:
        """ "Was Against the Odds with the King's Fund or the Health Foundation?": of the entries the
        message names, one (the subject) is linked to exactly one of the others (the options); that
        option is the answer, shown with the subject. Needs a subject and at least two options."""
        named = [m for m in matches[:_NAMED_LOOKED_AT] if m.raw_score is not None and _names_fully(m)]
        people = [m for m in named if m.entry.kind == "contact"]
        holders = [m for m in matches[:_NAMED_LOOKED_AT] if m.entry.kind == "contact" and _role_said(m)]
        if people and len(holders) == 1 and holders[0].entry.id not in {m.entry.id for m in people}:
            # "Is Julie Temperley our Director of Innovation Consultancy, or someone else?", "> Director of
            # Innovation Consultancy - is that Julie?": whoever holds it, with or without an "or".
            return [holders[0], people[0]]
        if not query.offers_choice:
            return None
        with_role = [m for m in people if any(e.field == "role" for e in m.evidence)]
        if len(people) == 2 and len(with_role) == 1:
            # "is Julie Temperley or Heather Rollinson the director?": the one whose role says it.
            return with_role + [m for m in people if m is not with_role[0]]
        one = query.described_one
        described = sorted(
            (m for m in matches[:_NAMED_LOOKED_AT] if one and _named_word_for_word(m.entry, one)),
            key=lambda m: m.entry.kind not in ("programme", "report"),  # "the Wigan work": the work, not the council
        )
        if described:
            # "is Elevate the Australia one or the UNICEF one?": which it is, its card says.
            subject = described[0]
            linked = [m for m in named if m is not subject and self._linked(subject.entry, m.entry)]
            return [subject] + linked[:1]
        if not people:
            # "Should I send them to Julie since she wrote the scale blog, or someone else?": a first name names too.
            people = [m for m in matches[:_NAMED_LOOKED_AT] if m.entry.kind == "contact" and _names_in_part(m)]
        # (authors: see ``_by_author``; "what's Julie's job title (director or something)?" asks of her)
        if len(people) == 1 and not holders and query.asked_fact not in ("author", "role"):
            # "Is Julie the right person to pitch a scaling engagement to, or someone else?": if the need is
            # what another person is there for (and nothing in it is about the one named), that person.
            named_person = people[0]
            fits = [
                m
                for m in matches[:_NAMED_LOOKED_AT]
                if m.entry.kind == "contact" and m is not named_person and _by_subject(m) and not _names_fully(m)
            ]
            only_named = all(e.field == "name" for e in named_person.evidence)
            # ("…Julie, since she wrote the scale blog, or someone else who owns that?": what she did is said too.)
            if (
                fits
                and fits[0].score >= SUGGESTION_FLOOR
                and (
                    only_named or ("else" in query.words and fits[0].score >= _OTHER_PERSON_SHARE * named_person.score)
                )
            ):
                return [fits[0], named_person]
        if (
            len(people) == 2
            and query.intent == "contact"
            and query.asked_fact is None
            and {m.entry.id for m in people} == {m.entry.id for m in matches[:2]}
        ):
            # "Julie or Heather as the contact on the scale page?": whichever the rest of the message is about more.
            return sorted(people, key=lambda m: -m.score)
        alike = len(named) >= 2 and (named[0].entry.kind == named[1].entry.kind or len(named) == 2)
        if query.compares and alike and named[0].score - named[1].score < MARGIN:
            # "Is the Spring Consortium the same as the DfE?": about the first named, shown with the other.
            # ("…or am I mixing it up with the UNICEF thing?" has already set UNICEF aside: see ``excluded``.)
            pair = named[:2]
            first = min(pair, key=lambda m: _first_said(query, m))
            pointed = [m for m in pair if not _said_in_focus(query, m)]
            if len(pointed) == 1 and _POINTING_WORDS.intersection(query.focus):
                first = pointed[
                    0
                ]  # "…a Jan 2018 report on growing new models. Is that the same as the King's Fund one?"
            return [first] + [m for m in pair if m is not first]
        home = self._home_organisation
        if query.asks_which_is_ours and home is not None:
            # "the King's Fund report and Against the Odds - which one is ours?": ours is linked to us.
            options = [m for m in named if m.entry is not home]
            ours = [m for m in options if self._linked(home, m.entry)]
            if len(options) >= 2 and len(ours) == 1:
                return ours + [m for m in options if m is not ours[0]][:1]
        works = [m for m in named if m.entry.kind in ("report", "programme")]
        quoted = [
            m
            for m in matches[:_NAMED_LOOKED_AT]
            if m.entry.kind in ("report", "programme") and _quotes_name(query, m.entry)
        ]
        if "ours" in query.words and len(quoted) == 1 and quoted[0] is matches[0]:
            # "i know against the odds was us - was the _adoption & spread_ one ours too?": the one quoted
            return quoted
        if (
            "ours" in query.words
            and len(works) == 1
            and all(m.entry.kind == "organisation" for m in named if m not in works)
        ):
            # "is _Against the Odds_ ours or the King's Fund's?": whose the work is, asked of the work; its card says.
            return works + [m for m in named if m not in works][:1]
        # (both said as names, not brushed: "…care and support for adults. Was it IU's? Either way…" names no
        # "My Care, My Way")
        if len(named) == 2 and self._linked(named[0].entry, named[1].entry) and named[1].score >= LIST_THRESHOLD:
            # "CCG or NHS England - who's commissioning My Care, My Way?": one option is ours to know, and it is
            # linked to the subject; the other we hold nothing on. The option is the one beside the "or".
            beside_or = [m for m in named if _beside_or(query, m)]
            if len(beside_or) == 1 and named[0].entry.kind != named[1].entry.kind:
                option = beside_or[0]
                return [option] + [m for m in named if m is not option]
        # "who's behind the _Adoption & Spread_ report - King's Fund or Health Foundation?": a work named by a quoted
        # part of its title is a subject too.
        quoted_works = [
            m
            for m in matches[:_NAMED_LOOKED_AT]
            if m not in named and m.entry.kind in ("report", "programme") and _quotes_name(query, m.entry)
        ]
        if len(named) + len(quoted_works[:1]) < 3:
            return None
        for subject in named + quoted_works[:1]:
            options = [m for m in named if m is not subject]
            linked = [m for m in options if self._linked(subject.entry, m.entry)]
            if len(linked) == 1 and linked[0].entry.kind != subject.entry.kind:
                return [linked[0], subject]
        return None

    def _guess_corrected(self, query: Query, matches: list[Match]) -> list[Match] | None:
        """ "Who was our partner on Against the Odds - was it the King's Fund?", "the co-author field says
        'King's Fund'; which organisation was it really?": the organisation (or person) named is a guess
        about the one work named; when it has nothing to do with that work, the work's own of that kind
        answer (not us: we are on all our work), shown with the work."""
        home = self._home_organisation
        # ("Which organisation did IU do Against the Odds with? … insists it was the King's Fund": past us.)
        guesses = [
            m
            for m in matches[:_NAMED_LOOKED_AT]
            if m.entry is not home and m.entry.kind == query.intent and m.raw_score is not None
        ]
        top = guesses[0] if guesses else None
        if top is None or query.intent not in ("organisation", "contact") or not _names_fully(top):
            return None
        if matches[0] is not top and matches[0].entry is not home:
            return None
        works = [m for m in matches[:_NAMED_LOOKED_AT] if m.entry.kind in ("report", "programme") and _names_fully(m)]
        if len(works) != 1 or self._linked(top.entry, works[0].entry) or self._linked(works[0].entry, top.entry):
            return None
        own = [e for e in dict.fromkeys(self._neighbours(works[0].entry)) if e.kind == query.intent and e is not home]
        if not own:
            return None
        return [Match(e, top.score) for e in own[:2]] + [works[0]]

    def _role_holder_at(self, matches: list[Match]) -> Match | None:
        """The one person whose role the message says in full, when the best match is their organisation."""
        top = matches[0]
        if top.entry.kind != "organisation":
            return None
        # ("the consultancy director at IU": the words the organisation's own name gives need not be said again)
        theirs = frozenset(stem(w) for w in text_words(top.entry.name))
        holders = [m for m in matches[1:_NAMED_LOOKED_AT] if m.entry.kind == "contact" and _role_said(m, theirs)]
        if len(holders) != 1 or top.entry not in self.knowledge.linked(holders[0].entry, "organisation"):
            return None
        return holders[0]

    def _person_guess_corrected(self, query: Query, matches: list[Match]) -> list[Match] | None:
        """ "is Julie still the person for scaling enquiries? a council wants help spreading something": one
        person named as a guess for a need; when the need's own words point clearly at someone else (by
        what people go to them for), that person answers, shown with the one guessed."""
        seeks = query.seeks_person or (query.intent == "contact" and _CONTACT_VERBS & query.focus)
        guessed_at_end = bool(seeks) and _GUESSED_AT_THE_END.search(query.text) is not None
        if not (_PERSON_GUESSED.search(query.text) or guessed_at_end):
            return None
        named = [m for m in matches[:_NAMED_LOOKED_AT] if m.entry.kind == "contact" and _said_by_name(m)]
        if len(named) != 1:
            return None
        guessed = named[0]
        own = {stem(w) for w in text_words(guessed.entry.name)}
        need = tuple(w for w in query.terms if stem(w) not in own)
        if not need:
            return None
        other = self._person_by_words(replace(query, terms=need, words=need, focus=query.focus & frozenset(need)))
        if other is None or other.entry is guessed.entry:
            return None
        return [Match(other.entry, max(other.score, ANSWER_THRESHOLD)), guessed]

    def _origin_of(self, entry: Entry) -> Entry | None:
        """The linked entry the entry's own summary says it grew out of ("…innovations grown out of the DfE's
        Children's Social Care Innovation Programme"), if one."""
        said = " ".join(text_words(entry.summary))
        for other in dict.fromkeys(self._neighbours(entry)):
            for name in (other.name, *other.aliases):
                named = re.escape(" ".join(text_words(name)))
                if re.search(rf"\b(?:grown|grew|came|come|developed|taken) (?:out of|from) (?:the )?{named}\b", said):
                    return other
        return None

    def _document_naming(self, query: Query, matches: list[Match]) -> Match | None:
        """ "the post that mentions both the Wigan work and the Big Picture school": the one document every
        entry the message names (at least two) has as its source."""
        asks_document = query.asked_fact == "author" or query.intent == "report"
        if not asks_document:
            return None
        about = _DOCUMENT_ABOUT.search(query.text)
        called = next((m for m in matches[:3] if m.entry.kind == "report" and _said_by_name(m, _CALLED_BY)), None)
        blog_asked = query.asked_fact == "author" or not _OTHER_SORTS & query.focus
        if about is not None and called is not None and blog_asked:
            # "who wrote that Feb 2018 blog about Against the Odds?": not the report, the blog that introduces it.
            sort = about.group(1)
            subject = called.entry
            if not _is_of_sort(subject, sort):
                about_it = [
                    d
                    for d in self.knowledge.of_kind("report")
                    if d is not subject and _is_of_sort(d, sort) and subject.id in d.related
                ]
                if len(about_it) == 1:
                    return Match(about_it[0], max(called.score, ANSWER_THRESHOLD))
        if about is not None and query.asked_fact == "author":
            # "Whoever wrote our blog about the three January 2018 reports - who was that?": the one blog in view.
            blogs = [
                m
                for m in matches[:_NAMED_LOOKED_AT]
                if m.entry.kind == "report" and _is_of_sort(m.entry, about.group(1))
            ]
            if len(blogs) == 1:
                return blogs[0]
        naming = _DOCUMENT_THAT_NAMES.search(query.text)
        if not naming:
            return None  # ("the blog mentions X - which programme is that?" asks about X)
        if _MENTIONED_REPORT.search(query.text):
            return None  # "who's the author of that student-centred learning report the blog mentions?": the report
        # One name is enough when the document is what is asked about: "who wrote the IU blog that name-checks
        # My Care, My Way?" (not "your blog mentions a report on spread - is that the King's Fund one?").
        one_is_enough = (
            query.asked_fact == "author"
            and set(naming.group(0).split()) <= query.focus
            and _A_NAME_CHECK.search(naming.group(0)) is not None
        )
        named = [
            m.entry
            for m in matches[:_NAMED_LOOKED_AT]
            if m.entry.kind != "report" and m.raw_score is not None and _said_by_name(m, _CALLED_BY)
        ]
        if len(named) < (1 if one_is_enough else 2):
            return None
        documents = [d for d in self.knowledge.of_kind("report") if all(_cites(e.source, d) for e in named)]
        if len(documents) != 1:
            return None
        return Match(documents[0], max(m.score for m in matches[:_NAMED_LOOKED_AT]))

    def _unnamed_neighbour(self, query: Query, matches: list[Match]) -> list[Match] | None:
        """ "IU and the Health Foundation did a two-year collab - what was it called?": the entries
        named in full are not what is asked about; the entry linked to all of them is (of the kind
        asked for, if one is). Our own organisation is linked to everything, so it narrows nothing."""
        # ("I think they mean the one we did with the Health Foundation. How many innovations did it look at?")
        # (and "…'the report we did with the Health Foundation over two years' - which one is that?")
        if not query.asks_name and not ((query.asked_fact or query.refers_back) and _DONE_WITH.search(query.text)):
            return None
        home = self._home_organisation
        named = [m for m in matches[:_NAMED_LOOKED_AT] if m.raw_score is not None and _names_fully(m)]
        named = [m for m in named if m.entry is not home] or named
        if not query.asks_name and any(m.entry.kind != "organisation" for m in named):
            return None  # ("'Against All Odds', the report we did with a health charity": the work is named)
        firm_intent = query.intent if query.intent_strength >= STRONG_INTENT else None
        if not named or any(
            m.entry.kind == firm_intent
            or _full_name(m).field == "alias"  # type: ignore[union-attr]
            or (
                _full_name(m).field == "acronym"  # type: ignore[union-attr]
                and (m.entry.kind == query.intent or "full" in query.focus)
            )
            for m in named
        ):
            # "the blog had 'impact at scale' in the title - what's it called in full?": that blog ("records
            # tagged `MCMW`… what's it called in full?": what the letters stand for).
            return None
        named_ids = {m.entry.id for m in named}
        candidates = None
        for match in named:
            neighbours = {e.id for e in self._neighbours(match.entry)} - named_ids
            candidates = neighbours if candidates is None else candidates & neighbours
        if home is not None:
            (candidates or set()).discard(home.id)
        if not candidates:
            return None
        unnamed = [m for m in matches if m.entry.id not in named_ids and m.entry is not home]
        if (
            unnamed
            and unnamed[0].score >= ANSWER_THRESHOLD
            and unnamed[0].entry.id not in candidates
            and (_by_subject(unnamed[0]) or _names_fully(unnamed[0]) or unnamed[0].score >= FRESH_SCORE)
        ):
            # "…a third report, about adults - what's that one called?": described, not linked. (Words that
            # only brush a name, "working my way through the papers", describe nothing.)
            return None
        scores = {m.entry.id: m.raw_score or m.score for m in matches}
        found = [self.knowledge.entries[i] for i in candidates]
        if query.intent:
            found = [e for e in found if e.kind == query.intent] or found
        best = max(found, key=lambda e: (scores.get(e.id, 0.0), e.id))
        return [Match(best, max(m.score for m in named))] + named[:2]

    def _rest_of_set(self, query: Query, matches: list[Match]) -> list[Match] | None:
        """ "I've got Against the Odds and the King's Fund one - what was the third?": the works named (by
        name, or as an organisation's "one", or as "ours") belong to a set of related works; the one of
        that set left over is the answer, when exactly one is."""
        named = [m for m in matches[:_NAMED_LOOKED_AT] if _names_fully(m)]
        given: dict[str, Entry] = {}
        for match in named:
            if match.entry.kind == "organisation":
                for work in self.knowledge.linking(match.entry, "publishers"):
                    given.setdefault(work.id, work)  # "the Health Foundation one": what it published
            else:
                given.setdefault(match.entry.id, match.entry)
        home = self._home_organisation
        if home is not None and _OURS_NAMED.search(query.text):
            for work in self.knowledge.linking(home, "publishers"):
                given.setdefault(work.id, work)  # "the King's Fund one and ours"
        if given:
            for work in self._described_ones(query.text, {e.kind for e in given.values()}):
                given.setdefault(work.id, work)  # "…and so is the adults' health and care one"
        if not given:
            return None
        kinds = {e.kind for e in given.values()}
        # The set is what the works given are related to: the one related to most of them, if only one is
        # (the blog that is related to Against the Odds alone is not one of the January reports).
        votes: dict[str, int] = {}
        for work in given.values():
            for other in self.knowledge.related(work):
                if other.id in given or other.kind not in kinds or query.intent not in (None, "contact", other.kind):
                    continue
                if query.excluded and _set_aside(other, query):
                    continue  # "not the Wigan one itself, the other one"
                votes[other.id] = votes.get(other.id, 0) + 1
        ranked = sorted(votes.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < min(2, len(given)) or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        left = self.knowledge.get(ranked[0][0])
        if left is None:
            return None
        score = max((m.score for m in matches if m.entry.id == left.id), default=0.0)
        return [Match(left, max(score, ANSWER_THRESHOLD), via="the one not named")]

    def _described_ones(self, said: str, kinds: set[str]) -> list[Entry]:
        """ "the adults' health and care one": the one work of these kinds whose name and topics hold every
        word the phrase describes it by (two words or more)."""
        found = []
        for phrase in _THE_DESCRIBED_ONE.finditer(said):
            described = {stem(w) for w in phrase.group(1).split() if w not in STOPWORDS}
            if len(described) < 2:
                continue
            fitting = [
                e
                for kind in kinds
                for e in self.knowledge.of_kind(kind)
                if described <= {stem(w) for w in text_words(" ".join((e.name, *e.topics)))}
            ]
            if len(fitting) == 1:
                found.append(fitting[0])
        return found

    def _the_one_of_ours(self, query: Query, matches: list[Match]) -> Match | None:
        """ "…the report on ten health innovations that scaled - not the King's Fund one, ours": of the near
        guesses, the one work our organisation made, when only one of them is."""
        home = self._home_organisation
        if home is None or "ours" not in query.words or query.offers_choice:
            return None  # ("is it ours or someone else's?" asks of one report, not for ours)
        near = [
            m
            for m in matches[:MAX_SUGGESTIONS]
            if m.score >= SUGGESTION_FLOOR
            and m.entry.kind in ("report", "programme")
            and not _set_aside(m.entry, query)
        ]
        made = [m for m in near if home in self._makers(m.entry)]
        return made[0] if len(made) == 1 else None

    def _work_before_its_maker(self, query: Query, matches: list[Match]) -> list[Match]:
        """ "kings fund adoption n spread report - whats the main point?": the organisation named is whose the
        work is; the work, named by its own words too, is what is asked about (unless an organisation is)."""
        if len(matches) >= 2 and matches[0].entry.kind == "contact":
            return self._work_before_its_writer(query, matches)
        if len(matches) < 2 or matches[0].entry.kind != "organisation" or query.intent == "organisation":
            return matches
        maker = matches[0]
        for match in matches[1:3]:
            if match.entry.kind == "organisation" or match.score < ANSWER_THRESHOLD:
                continue
            own_words = [
                e for e in match.evidence if e.field in ("name", "alias") and len(set(e.words) - _SMALL_STEMS) >= 2
            ]
            if own_words and maker.entry in self._makers(match.entry):
                return [match, maker] + [m for m in matches[1:] if m is not match]
        # "the King's Fund report - what's the 'ah-ha' bit?", "a 2018 study on ten innovations, I think with the
        # Health Foundation - what did it find?": a document said, by whom, is their one document near the message.
        if (
            _asks_of_a_document(query)
            and query.intent_strength < STRONG_INTENT
            and query.intent != "contact"
            and query.asked_fact not in ("publisher", "author")
        ):
            theirs = [
                m
                for m in matches[1:4]
                if m.entry.kind == "report" and m.score >= SUGGESTION_FLOOR and maker.entry in self._makers(m.entry)
            ]
            if len(theirs) == 1:
                # (named through its maker: as clearly as the maker is)
                work = replace(theirs[0], score=max(theirs[0].score, maker.score))
                return [work, maker] + [m for m in matches[1:] if m is not theirs[0]]
        return matches

    def _work_before_its_writer(self, query: Query, matches: list[Match]) -> list[Match]:
        """ "the Feb 2018 scaling blog (the one Julie wrote) - what's its exact title?": the writer named says
        which document is meant; the document, as close a match, is what is asked about (unless someone is)."""
        writer = matches[0]
        if query.intent == "contact" or query.seeks_person or query.asked_fact in _PERSON_FACTS:
            return matches
        for match in matches[1:3]:
            if (
                match.entry.kind == "report"
                and _said_of_sort(query, match.entry)
                and writer.score - match.score < MARGIN
                and writer.entry in self.knowledge.linked(match.entry, "authors")
            ):
                return [match, writer] + [m for m in matches[1:] if m is not match]
        return matches

    def _theirs_set_aside(self, query: Query, match: Match) -> bool:
        """ "not the King's Fund one": the King's Fund's own work (what it published) is set aside too."""
        if match.entry.kind == "organisation":
            return False
        return any(maker.kind == "organisation" and _set_aside(maker, query) for maker in self._makers(match.entry))

    def _makers(self, work: Entry) -> tuple[Entry, ...]:
        """Who made a work: the organisations that published it, and the one whose work it is."""
        return self.knowledge.linked(work, "publishers") + self.knowledge.linked(work, "organisation")

    def _neighbours(self, entry: Entry) -> tuple[Entry, ...]:
        knowledge = self.knowledge
        forward = tuple(e for found in knowledge.links_from(entry).values() for e in found)
        return forward + knowledge.linking(entry) + knowledge.related(entry)

    def _linked(self, one: Entry, other: Entry) -> bool:
        """One points at the other (a partner, publisher, author, contact, related entry)."""
        return other in self._neighbours(one)

    def _quoted_document(self, query: Query) -> Entry | None:
        """The one document whose text shares most words with a passage the message quotes.

        We hold summaries, not whole texts, so a quote is rarely word for word in them: the
        document sharing at least ``_QUOTE_OVERLAP`` of the passage's subject words, and more
        than any other document does, is where it comes from."""
        reports = self.knowledge.of_kind("report")
        for report in reports:  # its own words, said back: no doubt where the quote is from
            if any(
                quotes_from(query.passage, " ".join(text_words(expand_contractions(line))))
                for line in said_in_own_words(report)
            ):
                return report
        # ("> HF comms – social posts for the report anniversary": "report" says what is quoted, not which one)
        said = {stem(w) for w in query.passage.split() if w in set(query.terms) and w not in INTENT_VOCABULARY}
        overlaps = sorted(
            (
                (len(said & {stem(w) for w in text_words(" ".join((e.name, e.summary, *e.topics)))}), e.id)
                for e in reports
            ),
            reverse=True,
        )
        if not overlaps or overlaps[0][0] < _QUOTE_OVERLAP:
            return None
        if len(overlaps) > 1 and overlaps[1][0] == overlaps[0][0]:
            return None  # two documents share as much: no telling which
        return self.knowledge.get(overlaps[0][1])

    def _document_beside(self, query: Query, person: Match) -> Match | None:
        """The document a question about authorship names beside a person it names: the best report
        on the message's other words, clearly ahead of the next one (else None)."""
        named = {stem(w) for name in (person.entry.name, *person.entry.aliases) for w in words(name)}
        # The document is named where the question is asked: "…wrote the scaling blog? I mix the two up".
        focus = frozenset(w for w in query.focus if stem(w) not in named)
        rest = replace(query, terms=tuple(t for t in query.terms if t in focus), focus=focus)
        _, found = self.index.search(rest, kinds=("report",), limit=2)
        works = self.knowledge.linking(person.entry, "publishers") if person.entry.kind == "organisation" else []
        if found and _names_fully(found[0]) and found[0].entry not in works:
            # "…read Against the Odds and asked who we wrote it with - was it the King's Fund?": the work named.
            return found[0]
        if len(works) == 1 and (not found or found[0].score < ANSWER_THRESHOLD):
            return Match(works[0], person.score)  # "who wrote the King's Fund report?": the one it published
        if not found or found[0].score < SUGGESTION_FLOOR:
            return None
        if len(found) > 1 and found[0].score - found[1].score < MARGIN:
            return None
        return found[0]

    def _by_author(self, query: Query, question: str, written: Match, fact: str = "author") -> Answer:
        """ "Who wrote it?" of a document: its authors, or say the knowledge base names none
        (``fact`` "publisher": who published it)."""
        makers = self.knowledge.linked(written.entry, _MAKERS[fact])
        publishers = self.knowledge.linked(written.entry, "publishers") if fact == "author" else []
        if not makers and publishers and (_WRITTEN_BY_BODIES.intersection(query.words) or query.describes_too):
            # ("agnst the odds rpt - wat is it n who wrote it": what it is is asked too; its card says both.)
            # "Against the Odds - was it just us who wrote it or a joint thing?": asked of organisations, which
            # the knowledge base names; they are who wrote it, said first on its card. ("Who wrote it? would
            # love to quote them" wants a person: that is said to be missing.)
            produced = HeldFact("written and published by", ", ".join(p.name for p in publishers))
            return replace(_answered(question, query, [written]), fact=produced)
        if not makers:
            return Answer(question, Outcome.MISSING_FACT, (written,), truncated=query.truncated, missing=fact)
        via = f"{fact} of {written.entry.name}"
        return _answered(question, query, [Match(a, written.score, via=via) for a in makers[:MAX_LIST]] + [written])

    def _quotes_a_name(self, query: Query) -> bool:
        """The words the message quotes all sit in one entry's name ("Growing something": not a quoted claim)."""
        quoted = {stem(w) for w in query.quoted}
        return bool(quoted) and any(
            quoted <= {stem(w) for w in words(name)}
            for entry in self.knowledge.entries.values()
            for name in (entry.name, *entry.aliases)
        )

    @cached_property
    def _place_stems(self) -> frozenset[str]:
        """Every word of every place our entries name, and of the regions they lie in ("London", "Australia")."""
        regions = self.knowledge.regions
        places = {p for e in self.knowledge.entries.values() for own in e.places for p in (own, *regions(own))}
        return frozenset(stem(w) for place in places for w in words(place) if w not in FUNCTION_WORDS)

    @cached_property
    def _acronym_owners(self) -> dict[str, frozenset[str]]:
        """Each capitalised short word in a name or alias ("CCG" of "West London CCG") and the entries it is in."""
        owners: dict[str, set[str]] = {}
        for entry in self.knowledge.entries.values():
            for name in (entry.name, *entry.aliases):
                for word in re.findall(r"\b[A-Z]{2,5}\b", name):
                    owners.setdefault(stem(word.lower()), set()).add(entry.id)
        return {word: frozenset(ids) for word, ids in owners.items()}

    def _had_by_its_acronym(self, asked: set[str], match: Match) -> bool:
        """ "I know the CCG is on it, so that's covered.": a sentence before the question says the short capitalised
        word only this entry's name has ("…the other party? is it the CCG?" only offers it). ``asked``: the stems of
        the asking sentences."""
        owners = self._acronym_owners
        return any(
            owners.get(w) == {match.entry.id} and w not in asked
            for e in match.evidence
            if e.field in ("name", "alias")
            for w in e.words
        )

    @cached_property
    def _home_organisation(self) -> Entry | None:
        """The organisation whose bot this is ("we", "our"): the one most programmes and people belong to."""
        counts: dict[str, int] = {}
        for entry in self.knowledge.entries.values():
            for organisation in self.knowledge.linked(entry, "organisation"):
                counts[organisation.id] = counts.get(organisation.id, 0) + 1
        if not counts:
            return None
        return self.knowledge.get(max(counts, key=lambda i: (counts[i], i)))

    def _made_by_us(self, query: Query, question: str) -> Answer | None:
        """ "Which reports did *we* write or co-write?": those our organisation published or our people wrote."""
        home = self._home_organisation
        if home is None:
            return None
        people = {c.id for c in self.knowledge.linking(home, "organisation")} | {
            c.id for c in self.knowledge.linked(home, "contacts")
        }
        ours = {e.id: e for e in self.knowledge.linking(home, "publishers")}
        for report in self.knowledge.of_kind("report"):
            if any(a.id in people for a in self.knowledge.linked(report, "authors")):
                ours[report.id] = report
        if not ours:
            return None
        listed = sorted(ours.values(), key=lambda e: e.name.casefold())
        if set(query.terms) - INTENT_VOCABULARY - LIST_WORDS - _AUTHORSHIP_WORDS and not _MENTION_WORDS.intersection(
            query.words
        ):  # ("of the reports the blog mentions, which are ours?": the blog is where they are named, not a subject)
            # "which reports did we write about the NHS?": ours, narrowed to what the subject words match.
            _, matches_found = self.index.search(query, kinds=("report",), limit=CATALOGUE_SIZE)
            strong = {m.entry.id for m in matches_found if m.score >= LIST_THRESHOLD}
            about = set(query.terms) - INTENT_VOCABULARY - LIST_WORDS - _AUTHORSHIP_WORDS - GENERIC_WORDS
            which_way = {w for found in _HOW_IT_IS.finditer(query.text) for w in found.group(1).split()}
            if not strong and about - which_way and not any(self.index.holds(w) for w in about):
                # "have we published anything on space travel?": not all we have written (but "…that a normal
                # person could read?" says which, not what about: all of ours).
                return Answer(question, Outcome.DECLINED, truncated=query.truncated)
            # (a strong match will do when the question itself says what about: "…did one of our team do a report
            # on student centered learning?"; one found by the context's words must be fresh: "three reports came
            # out in January 2018. Not the King's Fund one - which was the one you wrote?")
            set_aside = {w for name in query.excluded for w in name}
            asked_about = (about & query.focus) - set_aside
            floor = LIST_THRESHOLD if asked_about and all(self.index.holds(w) for w in asked_about) else FRESH_SCORE
            unattributed = [
                m for m in matches_found if m.score >= floor and not self.knowledge.linked(m.entry, "publishers")
            ]
            # ("one of our team wrote something about learner-led approaches spreading…": the best match, strong,
            # is a report whose publisher we don't know, though its words are not all ones we hold)
            first = matches_found[0] if matches_found else None
            unattributed_first = (
                not query.our_view  # (a view of ours is in what we wrote, whatever else is about the subject)
                and first is not None
                and first.entry.id in strong
                and not self.knowledge.linked(first.entry, "publishers")
                # (found by what the message is about, not by "reports" alone: "Report on how…" is its name)
                and any(set(e.words) & {stem(w) for w in about} for e in first.evidence)
            )
            if not any(e.id in strong for e in listed) and (unattributed or unattributed_first):
                # "Have we published anything on student-centred learning?": none of what we know to be ours is
                # about it, but a report whose publisher we don't know is: that one is asked about.
                return None
            listed = [e for e in listed if e.id in strong] or listed
        if query.our_view:
            # "what's our line on scale?": the piece whose words say it most nearly, and a view is argued in a
            # blog or an article more than found in a study.
            semantic = self.semantic
            nearness = dict(semantic.nearest(query.text, k=len(self.knowledge.entries))) if semantic else {}
            listed.sort(key=lambda e: -nearness.get(e.id, 0) - _OPINION_BONUS * _is_opinion(e))
        matches = tuple(Match(e, 100.0, via=f"by {home.name}") for e in listed[:CATALOGUE_SIZE])
        outcome = Outcome.LIST if len(matches) > 1 else Outcome.ANSWERED
        return Answer(question, outcome, matches, total=len(listed), truncated=query.truncated)

    def _named_in_document(
        self, query: Query, question: str, matches: list[Match], allowed: tuple[str, ...] | None
    ) -> Answer | None:
        """ "Which reports does the scale blog mention?", "list every external organisation named in the blog":
        the entries of the kinds asked for whose source is that document (the one the message names), not
        the document itself, nor — when the message says "external" or "other" — our own organisation."""
        kinds = query.list_kinds or ((query.every_of_kind or query.intent or "",) if query.wants_list else ())
        kinds = tuple(k for k in kinds if k and (allowed is None or k in allowed))
        if not kinds or not _MENTION_WORDS.intersection(query.words):
            return None
        if not _MENTIONED_BY_DOCUMENT.search(query.text):
            return None  # "the CEO mentioned Julie's blog in SMT - which blog is that?": she mentioned it
        # The document is the report the message points at, clearly ahead of any other.
        # (Scores before the kind asked for weighed in: "every organisation named in the blog" asks for organisations.)
        reports = sorted((m for m in matches if m.entry.kind == "report"), key=lambda m: -(m.raw_score or m.score))
        # "every partner named in the scale *blog*": the document called what the message calls it, if one is.
        # ("which reports does the *post* reference?": a post is a blog)
        called = [
            m
            for m in reports
            if _called(m.entry, query.words, _DOCUMENT_NOUNS)
            or (_POST_WORDS.intersection(query.words) and _is_of_sort(m.entry, "post"))
        ]
        reports = called or reports
        raw = [m.raw_score or m.score for m in reports]
        # (the one document of the sort the message calls it needs no score: "which reports does the post reference?")
        sole = len(called) == 1 and _DOCUMENT_DOES_THE_NAMING.search(query.text) is not None
        if not reports or (raw[0] < SUGGESTION_FLOOR and not sole) or reports[0] not in matches[: 3 + len(called)]:
            return None
        if len(reports) > 1 and raw[0] - raw[1] < MARGIN:
            return None
        document = reports[0].entry
        home = self._home_organisation
        named = [
            e
            for kind in kinds
            for e in self.knowledge.of_kind(kind)
            if e is not document
            and _cites(e.source, document)
            and not ((query.not_us or _PARTNER_WORDS.intersection(query.words)) and e is home)  # not our own partner
        ]
        if len(named) < 2:
            return None
        named.sort(key=lambda e: (kinds.index(e.kind), e.name.casefold()))
        via = f"named in {document.aliases[0] if document.aliases else document.name}"
        if query.passage:
            # "…three reports from January 2018 and one was called something like 'Growing New Models of Care for
            # Adults'?? What's its proper title?": the one of them its half-remembered name is nearest
            nearness = sorted(
                ((fuzz.token_set_ratio(query.passage, " ".join(text_words(e.name))), e) for e in named),
                key=lambda pair: pair[0],
            )
            best, runner_up = nearness[-1], nearness[-2]
            if best[0] >= _HALF_REMEMBERED and best[0] - runner_up[0] >= _HALF_REMEMBERED_LEAD:
                return _answered(question, query, [Match(best[1], ANSWER_THRESHOLD, via=via)])
        results = tuple(Match(e, 100.0, via=via) for e in named[:CATALOGUE_SIZE])
        return Answer(question, Outcome.LIST, results, total=len(named), truncated=query.truncated)

    def _where_we_work(
        self, query: Query, question: str, matches: list[Match], allowed: tuple[str, ...] | None
    ) -> Answer | None:
        """ "Name every place IU has scaling work going on", "give me each place/region and what we're doing there":
        a list of places, which we hold as our programmes' places — so each programme that has one, with them."""
        if allowed is not None and "programme" not in allowed:
            return None
        if not query.lists_places or not _OUR_SIDE.intersection(query.words):
            return None
        if any(
            m.entry is not self._home_organisation and m.score >= ANSWER_THRESHOLD and not _by_subject(m)
            for m in matches[:2]
        ):
            return None  # "which countries is the UNICEF work in?": the places of one thing, named
        # "all the areas where we're applying our know-how" may mean fields as much as places: all our work.
        anywhere = query.lists_places.startswith("area")
        placed = sorted(
            (e for e in self.knowledge.of_kind("programme") if e.places or anywhere), key=lambda e: e.name.casefold()
        )
        beyond = _places_beyond_said(query, self._place_stems)
        if beyond:
            # "which programmes involve work outside the UK, and in which countries?": only those beyond it.
            placed = [e for e in placed if _outside(e, beyond, self.knowledge.regions)]
        if len(placed) < 2:
            return None
        results = tuple(Match(e, 100.0, via=", ".join(e.places) or None) for e in placed[:CATALOGUE_SIZE])
        return Answer(question, Outcome.LIST, results, total=len(placed), truncated=query.truncated)

    def _every(self, query: Query, question: str) -> Answer | None:
        """ "list every report on scaling": when the subject words pick out no clear few (all reports
        are on scaling), the catalogue of that kind narrowed to the entries they match, in catalogue
        order. None when they do pick out a few ("every programme outside the UK"): rank as usual."""
        kind = query.every_of_kind or ""
        catalogue = replace(self.catalogue(kind, question), truncated=query.truncated)
        home = self._home_organisation
        kept = tuple(
            m
            for m in catalogue.results
            if not _set_aside(m.entry, query, True, self.knowledge.regions)  # "(excluding anything international)"
            and not (m.entry is home and _PARTNER_WORDS.intersection(query.words))  # we are not our own partner
        )
        if len(kept) < len(catalogue.results):
            catalogue = replace(catalogue, results=kept, total=len(kept))
        set_aside = {w for name in query.excluded for w in name}
        if kind == "organisation" and _ALL_PARTNERS_SAID & set(query.words) and home is not None:
            # "every organisation IU names as a partner or collaborator across its scaling work": ours, of every
            # sort; our own name and our work in general say whose partners, not which.
            set_aside |= {w for w in words(home.name)} | {a.lower() for a in acronyms_of(home.name)}
            set_aside |= _OUR_WORK_IN_GENERAL
        subject = tuple(w for w in _list_subject(query) if w not in set_aside)
        if KIND_NOUNS.get(kind, frozenset()) & query.focus:
            # "Can you list all our programmes? Need them for the annual report appendix": the request is whole;
            # the sentence after says why, not which.
            subject = tuple(w for w in subject if w in query.focus)
        if not subject:
            return catalogue
        asked_about = _topic_of_kind(query, kind)
        if asked_about and not any(self.index.holds(w) for w in asked_about):
            return None  # "list every programme on space travel": about nothing we hold, not all of them
        about = replace(query, words=subject, terms=subject, focus=frozenset(subject), intent=None, intent_strength=0.0)
        _, matches = self.index.search(about, kinds=(kind,), limit=CATALOGUE_SIZE)
        # A word brushed in passing (0.7 of 100) does not make an entry about the subject.
        floor = matches[0].score * _BRUSHED_SHARE if matches else 0.0
        matched = {m.entry.id for m in matches if m.score > floor}
        shared_by_most = len(matched) >= _MOST * len(catalogue.results)
        if matches and matches[0].score >= LIST_THRESHOLD and not shared_by_most:
            return None
        narrowed = tuple(m for m in catalogue.results if m.entry.id in matched)
        if not narrowed:
            return catalogue
        # Those the subject fits best first ("all the programmes in older people's or adult health and care":
        # the over-65s service before the children's work that shares "care").
        # (When the subject fits every one, "every report on scaling", the catalogue's own order stands; and
        # documents keep it, their subjects being what they mention.)
        if len(narrowed) < len(catalogue.results) and kind != "report":
            rank = {m.entry.id: n for n, m in enumerate(matches)}
            narrowed = tuple(sorted(narrowed, key=lambda m: rank.get(m.entry.id, len(rank))))
        outcome = Outcome.LIST if len(narrowed) > 1 else Outcome.ANSWERED
        return replace(catalogue, outcome=outcome, results=narrowed, total=len(narrowed))

    def _person_at(self, query: Query, question: str, matches: list[Match]) -> Answer | None:
        """ "Who's our contact at PPL for X?" asks for a person who works at PPL: one of PPL's own
        contacts (the usual relation answers), or — when the knowledge base holds none — a missing
        fact; X's contact (who works elsewhere) is not offered as if they were PPL's."""
        # ("who countersigns on the UNICEF side?": someone there too)
        someone_there = query.intent == "contact" and (bool(SOMEONE_THERE & query.focus) or "side" in query.focus)
        if query.office and not query.workplace:
            # "AISNSW call in 10 - what's their CEO's name?": the body the message names is where the office is.
            body = next(
                (m for m in matches[:_NAMED_LOOKED_AT] if m.entry.kind == "organisation" and _names_fully(m)), None
            )
            if body is not None:
                query = replace(query, workplace=tuple(words(body.entry.name)))
        if not query.workplace or not (
            query.office
            or (
                query.intent == "contact"
                and (query.intent_strength >= STRONG_INTENT or someone_there)
                and query.asked_fact != "author"
            )
        ):
            return None
        named = set(map(stem, query.workplace))
        for match in matches:
            entry = match.entry
            placed = entry.kind == "organisation" or (query.office is not None and entry.kind == "programme")
            if not placed or match.raw_score is None or match.raw_score < ANSWER_THRESHOLD:
                continue  # a person works at an organisation; an office may be at a programme (a school)
            names = [set(map(stem, words(n))) - _SMALL_STEMS for n in (entry.name, *entry.aliases)]
            # "at the King's Fund", "of UNICEF UK": the words name it, or its name is among them.
            if not any(named <= n or (n and n <= named) for n in names) and not named & {
                a.lower() for a in acronyms_of(entry.name)
            }:
                continue
            people = {c.id: c for c in self.knowledge.linked(entry, "contacts")}
            people.update((c.id, c) for c in self.knowledge.linking(entry, "organisation") if c.kind == "contact")
            if query.office:
                # "who's the CEO of X?": only someone whose role is that office there answers; X's
                # other people are whom to ask, not the answer.
                office = set(map(stem, words(query.office)))
                holders = [
                    p for p in people.values() if office <= set(map(stem, words(getattr(p, "role", None) or "")))
                ]
                if holders:
                    via = f"{query.office} of {entry.name}"
                    return _answered(question, query, [Match(p, match.raw_score, via=via) for p in holders] + [match])
                return Answer(question, Outcome.MISSING_FACT, (match,), truncated=query.truncated, missing=query.office)
            if people:
                return None  # the relation "X's contact" answers, as for any contact question
            return Answer(question, Outcome.MISSING_FACT, (match,), truncated=query.truncated, missing="contact")
        return None

    def _on_subject(self, query: Query, source: Match, followed: list[Match]) -> list[Match]:
        """The followed entries whose topics say the one subject word said right before the kind's noun
        ("the *education* programmes IU is involved in"); [] when none is said, or none fits."""
        asked = [w for w in query.words if w in query.focus]
        nouns = KIND_NOUNS.get(query.intent or "", frozenset())
        at = next((i for i, w in enumerate(asked) if w in nouns), 0)
        before = asked[at - 1] if at else ""
        if not before or before in STOPWORDS or before in GENERIC_WORDS or before in _NOT_A_SUBJECT:
            return []
        wanted = {stem(before)}
        if wanted & {stem(w) for w in words(source.entry.name)}:
            return []
        return [m for m in followed if wanted & {stem(w) for topic in m.entry.topics for w in words(topic)}]

    def _kind_asked_agrees(self, query: Query, top: Match, matches: list[Match]) -> bool:
        """ "…helping innovators get their products bought by the NHS. I've a vague memory of us supporting some
        kind of fellowship scheme on exactly that?": the words found the one work of the kind asked for, well
        clear of the rest, and meaning ranks it near the top though its nearest is of another kind."""
        if self.semantic is None:
            return False
        if (
            _names_fully(top)
            and top.score >= ANSWER_THRESHOLD - 2 * MARGIN
            and query.asked_fact is None
            and not any(_names_fully(m) or top.score - m.score < 2 * MARGIN for m in matches[1:_NAMED_LOOKED_AT])
        ):
            # "I'm onboarding PPL as a supplier… how do they relate to us - partner, subcontractor, client? What do
            # we actually do together?": the one entry named, far ahead of the rest, and nearest in meaning too.
            nearest = self.semantic.nearest(query.text, 1)
            if nearest and nearest[0][0] == top.entry.id:
                return True
        if query.intent != top.entry.kind or query.intent_strength < STRONG_INTENT:
            return False
        if top.score < ANSWER_THRESHOLD - MARGIN:
            return False
        # "…where is that now being rolled out across a whole system, and with which council?": the one council.
        the_sort_asked = _is_the_asked_noun(query, top) and not any(
            _is_the_asked_noun(query, m) for m in matches[1:_NAMED_LOOKED_AT]
        )
        if not the_sort_asked and any(top.score - m.score < 2 * MARGIN for m in matches[1:]):
            return False
        nearest = self.semantic.nearest(query.text, 3)
        first = self.knowledge.get(nearest[0][0]) if nearest else None
        return first is not None and first.kind != top.entry.kind and top.entry.id in {i for i, _ in nearest}

    def _kin_by_meaning(self, query: Query, top: Match) -> Entry | None:
        """ "…a blog of yours from early 2018 arguing there's no shortage of ideas… What's its title?": nearest in
        meaning is its author, but a document is asked for and the words found it: the author's work."""
        if self.semantic is None or query.intent != "report" or top.entry.kind != "report":
            return None
        if top.score < SUGGESTION_FLOOR or query.asked_fact == "author":
            return None
        nearest = self.semantic.nearest(query.text, 1)
        near = self.knowledge.get(nearest[0][0]) if nearest else None
        if near is None or near not in self.knowledge.linked(top.entry, "authors"):
            return None
        return near

    def _by_meaning(self, query: Query, question: str, kinds: Iterable[str] | None) -> Answer | None:
        """The semantic fallback: the nearest entry by meaning, when one is near enough."""
        if self.semantic is None or not query.terms:
            return None
        allowed = set(kinds) if kinds else None
        for entry_id, cosine in self.semantic.nearest(query.text, 5):
            entry = self.knowledge.get(entry_id)
            if entry is None or (allowed is not None and entry.kind not in allowed):
                continue
            if _is_the_asker(entry, query.asker_with):
                continue  # "G'day from the AISNSW team…": near in meaning to everything they write
            if query.excluded and (
                _set_aside(entry, query, True, self.knowledge.regions) or self._theirs_set_aside(query, Match(entry, 0))
            ):
                continue  # "not the King's Fund one…": set aside, however near in meaning
            if cosine < SEMANTIC_FLOOR:
                return None
            return self._with_fact(query, _answered(question, query, (Match(entry, round(100 * cosine, 1)),)))
        return None

    def _subject_list(
        self, query: Query, question: str, matches: list[Match], allowed: tuple[str, ...] | None
    ) -> Answer | None:
        """ "Which of our programmes are London-based?", "list every health-related programme & report",
        "what've we got going in Wigan?": entries of the kinds asked for, about the topic or place the
        message names. The words that shape the request ("list", "every", "-based", "our work", "just
        names") and the kind's own nouns are not what the entries are about, so only the rest are matched,
        and only against entries of those kinds: otherwise "programmes" finds a programme by its name, and
        "based" finds "Asset-based". None when no entry of those kinds is about the subject, or when the
        message names an entry of another kind ("what programmes do we run with PPL?" follows PPL's links).
        """
        kinds = tuple(k for k in query.list_kinds if allowed is None or k in allowed)
        if query.qualifier and "which" in query.focus and matches:
            # "Which of your projects is the Doncaster school one?": the one thing the words name or place, if one
            # does ("which of your programmes is the education one?" may be several: a list).
            fits = [
                m
                for m in matches[:_NAMED_LOOKED_AT]
                if m.entry.kind in kinds and _is_named_by(m.entry, query.qualifier, True, self.knowledge.regions)
            ]
            qualifying = {stem(w) for w in query.qualifier}
            on_topic = [
                e
                for kind in kinds
                for e in self.knowledge.of_kind(kind)
                if qualifying & {stem(w) for topic in e.topics for w in words(topic)}
            ]
            if len(fits) == 1 and fits[0].score >= SUGGESTION_FLOOR and len(on_topic) < 2:
                return _answered(question, query, fits)
        # ("all our education programmes except Elevate?": the one named is set aside, not followed.)
        regions = self.knowledge.regions
        named = [
            m
            for m in matches
            if not (query.excluded and _set_aside(m.entry, query, True, regions))
            and not (query.excluded and m.entry is self._home_organisation)  # ("…does IU run besides Elevate?")
        ]
        if not kinds or (named and self._names_a_source(query, named[0], kinds)):
            return None
        # A word no entry of these kinds holds cannot pick any of them out: "at the moment" (held in a report's
        # summary) is no subject of a list of programmes. One held nowhere ("vegan") still counts against them all.
        set_aside = {w for name in query.excluded for w in name}  # "…in England outside London": not London
        said = query.words
        set_aside |= {w for n, w in enumerate(said[:-1]) if w in AWAY_WORDS and said[n + 1] in set_aside}
        subject = tuple(
            w
            for w in _list_subject(query)
            if (self.index.holds(w, kinds) or (w not in GENERIC_WORDS and not w.isdigit() and not self.index.holds(w)))
            and w not in set_aside
        )
        single = len(kinds) == 1 and kinds[0] in ("report", "programme")
        others = query.wants_others or query.named_already or _OTHERS_OF_KIND.search(query.text) is not None
        stated = () if not single or others else _stated_topic(query, kinds[0], subject)
        if single and not others and not stated and query.wants_list and not self._unknown_name(query):
            # "Please list our education programmes for the CE's briefing ahead of the select committee session":
            # what they are about, said right before the kind's noun.
            stated = _said_before_kind(query, kinds[0])
        if stated and all(self.index.holds(w, kinds) for w in stated):
            # "What reports on scaling should go in the further reading list for the interview pack?": what the
            # reports are to be about is said right after them; the rest is what the list is for.
            subject = stated
        home = self._home_organisation
        if query.we_work_with and home is not None:
            # "which organisations do we partner with on the scaling work?": what all our work is about
            # picks none of our partners out.
            ours = {stem(w) for said in (*home.topics, home.name, *home.aliases) for w in words(said)}
            # Nor do words no entry holds, unless said as what the work is on ("…on housing?" picks none of our
            # partners out): "…for our due-diligence file", "I'll chase the rest" say why or how it is asked.
            topic = {w for found in _ON_A_TOPIC.finditer(query.text) for w in found.group(1).split()}
            subject = tuple(w for w in subject if stem(w) not in ours and (w in topic or self.index.holds(w)))
        if not subject:
            # "which areas are we working in? list them": a list of our work about nothing in particular
            # (less any set aside: "which programmes do we run besides Elevate?").
            if len(kinds) != 1:
                return None
            catalogue = self.catalogue(kinds[0], question)
            kept = tuple(m for m in catalogue.results if not _set_aside(m.entry, query, True, self.knowledge.regions))
            if query.excluded and kept and len(kept) < len(catalogue.results):
                catalogue = replace(catalogue, results=kept, total=len(kept))
            return replace(catalogue, truncated=query.truncated)
        beyond = _places_beyond_said(query, self._place_stems)
        if (beyond or _HOME_COUNTRY.intersection(subject)) and not any(
            self.index.holds(w, kinds) for w in subject if w not in _HOME_COUNTRY | AWAY_WORDS and stem(w) not in beyond
        ):
            # "list the programmes you're running in the UK": those not placed beyond it (no entry names the UK as
            # its place: nearly all are in it); "which of our programmes are outside the UK?": those beyond it.
            regions = self.knowledge.regions
            placed = [
                Match(e, ANSWER_THRESHOLD, via=", ".join(e.places) or None)
                for kind in kinds
                for e in self.knowledge.of_kind(kind)
                if (_outside(e, beyond, regions) if beyond else not _placed_beyond(e, _HOME_STEMS, regions))
                and not (query.excluded and _set_aside(e, query, True, regions))  # "…not Australia"
            ]
            if placed:
                return _answered(question, query, placed[:MAX_LIST], is_list=len(placed) > 1)
        about = replace(
            query, words=subject, terms=subject, focus=frozenset(subject), intent=None, intent_strength=0.0, excluded=()
        )
        _, found = self.index.search(about, kinds=kinds, limit=CATALOGUE_SIZE)
        if query.excluded:
            found = [
                m
                for m in found
                if not _set_aside(m.entry, query, True, self.knowledge.regions) and not self._theirs_set_aside(query, m)
            ]
        if query.named_already and not _asks_for_all(query):
            # "DfE, Spring, who else?": each of the names the asker already has is left out (but "all the children's
            # social care bits? I've heard of a DfE programme and something in Wigan…" asks for every one).
            found = [m for m in found if not any(_is_named_by(m.entry, (w,)) for w in query.named_already)]
        if not found or found[0].score < LIST_THRESHOLD:
            return None
        # A topic or place asked about is the entries' subject: those holding it as a topic, place or
        # qualifier come before those whose name or alias merely has the word ("london children").
        found.sort(key=lambda m: not _holds_as_subject(m))
        floor = max(SUGGESTION_FLOOR, found[0].score * SUBJECT_LIST_SHARE)
        listed = [m for m in found if m.score >= floor][:MAX_LIST]
        floor_to_lead = found[0].score * LIST_SHARE
        best = matches[0] if matches else None
        if best is not None and best.score >= ANSWER_THRESHOLD and best.entry.kind in kinds:
            # The words set aside to find the subject still say which of the listed entries the whole message
            # points at most ("…reports on health innovations that did scale, and why"): when it is about the
            # subject nearly as much as the first, it leads.
            lead = next((m for m in listed if m.entry.id == best.entry.id and m.score >= floor_to_lead), None)
            if lead is not None and (_holds_as_subject(lead) or not _holds_as_subject(listed[0])):
                listed = [lead] + [m for m in listed if m is not lead]
        return _answered(question, query, listed, is_list=True)

    def _typed_list(self, query: Query, question: str) -> Answer | None:
        """ "List the public bodies we work with - councils, govt depts, CCGs": the organisations of the types
        named. When the rest of the message picks some of them out ("the councils on children's social
        care"), those; when it picks none, it said why it asks ("for the audit committee"), not which.
        None when the message asks for no list of organisations, or names no type any of them is."""
        if "organisation" not in query.list_kinds and query.every_of_kind != "organisation":
            return None
        if not (query.we_work_with or _LIST_ASKED.intersection(query.words)):
            return None  # "have CCGs now all been replaced by ICBs?" asks about the sort, not for ours
        # The kind's own nouns ("councils", "commissioners") are not what the list is about, but may say which sort.
        set_aside = {w for name in query.excluded for w in name} | set(query.named_already)  # "(not the CCG)"
        # "all of Innovation Unit's education programmes", "the Wigan Council work": a sort's noun inside a
        # name said in full is that name, not a sort asked for.
        present = set(query.words)
        for organisation in self.knowledge.of_kind("organisation"):
            name_words = {w for w in words(organisation.name) if w not in FUNCTION_WORDS}
            if name_words and name_words <= present:
                set_aside |= name_words
        said = tuple(w for w in query.terms if w not in set_aside)
        typed = _of_type(self.knowledge.of_kind("organisation"), said)
        if not typed:
            return None
        types = [t for entry in self.knowledge.of_kind("organisation") for t in _types_of(entry)]
        if any(_names_a_sort(w) and not any(_fits_type(w, t) for t in types) for w in said):
            return None  # "…partners, funders, government, the lot": a sort we hold no type for; not only those
        of_type = {entry.id: organisation_type for entry, organisation_type in typed}
        type_words = {stem(w) for t in types for w in words(t)}
        rest = tuple(
            w for w in _list_subject(query) if stem(w) not in type_words and not any(_fits_type(w, t) for t in types)
        )
        chosen = [entry for entry, _ in typed]
        if rest:
            about = replace(
                query, words=rest, terms=rest, focus=frozenset(rest), intent=None, intent_strength=0.0, excluded=()
            )
            _, found = self.index.search(about, kinds=("organisation",), limit=CATALOGUE_SIZE)
            picked = [m for m in found if m.entry.id in {e.id for e in chosen} and m.score >= SUGGESTION_FLOOR]
            if picked:
                chosen = [m.entry for m in picked if m.score >= picked[0].score * SUBJECT_LIST_SHARE]
        chosen = [
            e
            for e in chosen
            if not _set_aside(e, query) and not any(_is_named_by(e, (w,)) for w in query.named_already)
        ]
        if not chosen:
            return None
        listed = [Match(e, 100.0, via=of_type[e.id]) for e in chosen[:MAX_LIST]]
        return _answered(question, query, listed, is_list=True)

    @staticmethod
    def _names_a_source(query: Query, match: Match, kinds: tuple[str, ...]) -> bool:
        """The asking sentences name an entry of another kind: "what programmes do we run with PPL?", "list all
        our Health Foundation work" ask for what is linked to it, a relation, not entries about a topic. (A
        name in the context — "HR here: can you list every programme?" — is who asks, not what about.)"""
        if match.entry.kind in kinds or match.score < ANSWER_THRESHOLD or not match.evidence:
            return False
        named = match.evidence[0]
        return named.field in ("name", "alias", "acronym") and bool({stem(w) for w in query.focus} & set(named.words))

    def _person_for_need(self, query: Query, question: str, kinds: Iterable[str] | None) -> Answer | None:
        """ "Got a social enterprise on the phone who want help taking their service wider - who do I hand
        them to?": the asker describes someone's need in their own words and wants a colleague to pass
        them to. Most of those words we don't hold, so no entry scores as an answer; among the people
        alone, the one whose topics or role the need hits is who to go to — when nobody else comes close
        in words, and meaning (when available) does not clearly point at someone else. When the words
        fit nobody clearly, meaning alone may still (see ``_person_by_meaning``)."""
        if not query.seeks_person or query.asked_fact == "author" or (kinds and "contact" not in set(kinds)):
            return None
        best = self._person_by_words(query)
        if best is None:
            return self._person_by_meaning(query, question)
        if self.semantic is not None:
            nearest = dict(self.semantic.nearest(query.text, 2, kinds=("contact",)))
            if max(nearest.values(), default=0.0) - nearest.get(best.entry.id, 0.0) > REFERRAL_MEANING_GAP:
                return None
        return self._with_fact(query, _answered(question, query, (best,)))

    def _person_by_words(self, query: Query) -> Match | None:
        """The one person whose topics or role (what people go to them for) the need's words hit, well ahead
        of anyone else; a word of their summary ("public services") is no reason to send someone to them."""
        _, people = self.index.search(query, kinds=("contact",), limit=2)
        if not people or not people[0].evidence or people[0].score < REFERRAL_FLOOR:
            return None
        best = people[0]
        if best.evidence[0].field not in ("topic", "role"):
            return None
        close = len(people) > 1 and people[1].score * REFERRAL_LEAD > best.score
        # (A rival matched only on words of their summary is no reason to go to them either, when what people
        # go to the best for is said in so many words: "route a new scaling enquiry".)
        rival_fits = len(people) > 1 and any(e.field in ("topic", "role") for e in people[1].evidence)
        said = {stem(t) for t in query.terms if t not in GENERIC_WORDS} - _SMALL_STEMS
        fits_in_words = any(e.field in ("topic", "role") and said & set(e.words) for e in best.evidence)
        if close and (rival_fits or not fits_in_words):
            return None
        # "help" alone ("who do I ask for help with my laptop?") says nothing of whom to go to: some other
        # word of the need must fit the person too.
        need = replace(query, terms=tuple(w for w in query.terms if w not in GENERIC_WORDS))
        if best.entry.id not in {m.entry.id for m in self.index.search(need, kinds=("contact",), limit=2)[1]}:
            return None
        return best

    def _person_by_meaning(self, query: Query, question: str) -> Answer | None:
        """ "A founder's product is live in two trusts and she wants it in many more - who should she talk
        to?": no word of the need is one a person's topics hold, but its meaning is near one person's, and
        clearly nearer than anyone else's."""
        if self.semantic is None:
            return None
        # (Only people who take enquiries: a blog's author with no role is no one to pass a need to.)
        people = len(self.knowledge.of_kind("contact"))
        nearest = [
            (entry_id, cosine)
            for entry_id, cosine in self.semantic.nearest(query.text, people, kinds=("contact",))
            if self._takes_enquiries(entry_id)
        ][:2]
        if not nearest or nearest[0][1] < REFERRAL_MEANING_FLOOR:
            return None
        if len(nearest) > 1 and nearest[0][1] - nearest[1][1] < REFERRAL_MEANING_LEAD:
            return None
        entry = self.knowledge.get(nearest[0][0])
        if entry is None:
            return None
        return self._with_fact(query, _answered(question, query, (Match(entry, round(100 * nearest[0][1], 1)),)))

    def _need_said(self, query: Query) -> bool:
        """The message says what someone needs, beyond naming us: "a charity would rather adopt a proven model… is
        there a person at IU they should get in touch with?" (not "who should I contact at Innovation Unit?")."""
        home = self._home_organisation
        ours = set(text_words(home.name)) | {a.casefold() for a in acronyms_of(home.name)} if home else set()
        return bool(set(query.terms) - ours - INTENT_VOCABULARY - GENERIC_WORDS)

    def _faint_origin(self, query: Query, matches: list[Match]) -> list[Match] | None:
        """ "…in Wigan and the assistant director asked me where all the innovations they're putting in originally
        came from… which one was it": a long message leaves the work named faint, but its origin is asked, and the
        work its own text says it grew out of is held."""
        if not query.asks_origin or not matches or matches[0].score >= SUGGESTION_FLOOR:
            return None
        top = matches[0]
        if not any(e.field in ("name", "alias", "qualifier", "place") for e in top.evidence):
            return None
        if len(matches) > 1 and matches[1].score * _FAINT_LEAD > top.score:
            return None
        origin = self._origin_of(top.entry)
        return [Match(origin, ANSWER_THRESHOLD), top] if origin is not None else None

    def _theirs(self, match: Match, query: Query) -> bool:
        """A work done with the body of someone the asker speaks for ("someone from UNICEF wants our health
        report…": not the UNICEF edtech work), when nothing the question asks is about that work itself."""
        if match.entry.kind != "programme" or not query.asker_with:
            return False
        if not any(_is_the_asker(p, query.asker_with) for p in self.knowledge.linked(match.entry, "partners")):
            return False
        asked = {stem(w) for w in query.focus if w not in GENERIC_WORDS} - {stem(w) for w in query.asker_with}
        own = {stem(w) for said in (match.entry.name, *match.entry.aliases, *match.entry.topics) for w in words(said)}
        return not asked & own

    def _takes_enquiries(self, entry_id: str) -> bool:
        """A person with a role, or named as someone's contact: someone a need can be passed to."""
        person = self.knowledge.get(entry_id)
        return person is not None and (
            bool(getattr(person, "role", None)) or bool(self.knowledge.linking(person, "contacts"))
        )

    def _with_fact(self, query: Query, answer: Answer) -> Answer:
        """When the question asks for a fact of the entry: the fact first, or say it is not held."""
        if query.asked_fact is None or answer.outcome not in (Outcome.ANSWERED, Outcome.LIST):
            return answer
        if answer.outcome is Outcome.LIST and (names_items(query.asked_fact) or query.asked_fact in _LIST_FACTS):
            return answer  # "which countries…", "list the schools in…": the list is the fact
        if answer.outcome is Outcome.LIST and not query.wants_list and all(_by_subject(m) for m in answer.results):
            # "what's the NHS's total annual budget?": a fact of something no entry is, only what several are
            # about; no list of them answers it.
            return replace(answer, outcome=Outcome.DID_YOU_MEAN, results=answer.results[:MAX_SUGGESTIONS])
        if answer.outcome is Outcome.LIST and any(_says_any(m.entry, query.fact_words) for m in answer.results):
            return answer  # "any work on cutting costs?": the fact's words are what the entries are about
        entry = answer.results[0].entry
        # An attribute's words ("population") are not fact words; they may still be the entry's name.
        said = query.fact_words or (tuple(words(query.asked_fact)) if is_open_attribute(query.asked_fact) else ())
        items = query.asked_fact.removeprefix("list of ") if query.asked_fact.startswith("list of ") else ""
        named = set(map(stem, text_words(entry.name)))
        if set(map(stem, said)) & named or _names_entry(answer.results[0], said) or (items and stem(items) in named):
            return answer  # "what is Funding autism: a framework for action?" names it, asks no fact
        held = held_fact(entry, query.asked_fact)
        if (
            held is None
            and query.list_kinds
            and not names_items(query.asked_fact)
            and query.fact_words
            and _says_any(entry, query.fact_words)
        ):
            return answer  # "any work on cutting costs in children's services?": work about costs, not a price
        # "When did she join, and what's her job title?": a reply that gives the title alone would
        # read as a full answer. If any fact asked is not held, the reply says which, and still
        # states first the one that is held.
        others = {fact: held_fact(entry, fact) for fact in query.also_asked}
        missing = query.asked_fact if held is None else next((f for f, h in others.items() if h is None), None)
        if missing is not None:
            stated = held if held not in (None, _NOT_ASKED) else None
            stated = stated or next((h for h in others.values() if h not in (None, _NOT_ASKED)), None)
            return replace(
                answer, outcome=Outcome.MISSING_FACT, results=answer.results[:1], missing=missing, fact=stated
            )
        if held is _NOT_ASKED:
            return answer
        return replace(answer, fact=held)

    def _follow_up(self, query: Query, question: str, previous: Entry, kinds: Iterable[str] | None) -> Answer | None:
        """ "who runs it?", "any reports on that?", "and in Australia?" about the entry last answered."""
        source = Match(previous, 100.0)
        if query.continues and set(query.terms) - INTENT_VOCABULARY:
            # The same question about something else: an entry of the same kind, not this one.
            wanted = query.intent or previous.kind
            _, matches = self.index.search(query, kinds=(wanted,), limit=MAX_LIST)
            matches = [m for m in matches if m.entry.id != previous.id and m.score >= SUGGESTION_FLOOR]
            if matches:
                return self._with_fact(query, _answered(question, query, matches[:1]))
            return None
        if query.intent and query.intent != previous.kind:
            followed = self._follow(query, source, [])
            if followed:
                return _answered(question, query, followed, is_list=len(followed) > 2)
            return None
        if kinds and previous.kind not in set(kinds):
            return None
        return self._with_fact(query, _answered(question, query, (source,)))

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
            Outcome.LIST if is_list and len(matches) > 1 else Outcome.ANSWERED,
            matches,
            total=total if isinstance(total, int) else None,
        )

    def catalogue(self, kind: str, question: str = "") -> Answer:
        """Entries of one kind by name (the first ``CATALOGUE_SIZE``), for "list all reports" or a bare /report."""
        entries = self.knowledge.of_kind(kind)
        shown = heapq.nsmallest(CATALOGUE_SIZE, entries, key=lambda e: e.name.casefold())
        return Answer(
            question,
            Outcome.LIST if shown else Outcome.DECLINED,
            tuple(Match(e, 100.0) for e in shown),
            total=len(entries),
        )

    # ------------------------------------------------------------------ decisions

    def _connected(self, one: Entry, other: Entry) -> bool:
        """Entries that point at each other are one subject, not rival answers."""
        knowledge = self.knowledge
        if other in knowledge.linking(one) or one in knowledge.linking(other) or other in knowledge.related(one):
            return True
        # Named together by a third entry ("West London CCG and PPL", both partners on My Care, My Way).
        return any(
            set(by_field) & {e.id for e in knowledge.linking(other, name)}
            for name, found in knowledge.backward_fields(one).items()
            if (by_field := {e.id for e in found})
        )

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
        if query.intent == "contact" and top.entry.kind == "contact" and any(e.field == "name" for e in top.evidence):
            return None  # "> …Heather's your person. Who is Heather and what's her role?": the person named
        if top.entry.kind == query.intent and top.evidence and top.evidence[0].field == "qualifier":
            if _said_after_what_is(query, top) or _said_after_call(query, top):
                return None  # "what do you call the Wigan work on your side?": the work called by its place
        if not _names_fully(top):
            # "Who's the NHS side on My Care, My Way?": the entry the question names in full is X, not one that
            # shares more of its words ("NHS", "care") as topics.
            named = [
                m
                for m in matches[1:_NAMED_LOOKED_AT]
                if m.entry.kind in kinds
                and _names_fully(m)
                and _said_in_focus(query, m)
                and max(m.score, m.raw_score or 0.0) >= ANSWER_THRESHOLD
                and not self._linked(top.entry, m.entry)  # "the blog on scale, not 'Innovation Unit'": its maker
            ]
            if named:
                return named[0]
        if top.entry.kind in kinds:
            return top if max(top.score, top.raw_score or 0.0) >= ANSWER_THRESHOLD else None
        candidates = [(m.raw_score, m) for m in matches if m.entry.kind in kinds and m.raw_score is not None]
        home = self._home_organisation
        if any(m.entry is home for _, m in candidates) and self._we_are_behind(query, top):
            candidates = [(raw, m) for raw, m in candidates if m.entry is not home]
        # ("my counterpart at UNICEF asked if we do anything similar": whom the asker speaks for is no source)
        candidates = [(raw, m) for raw, m in candidates if not _is_the_asker(m.entry, query.asker_with)]
        if not candidates:
            return None
        raw, best = max(candidates, key=lambda item: item[0])
        return best if raw >= ANSWER_THRESHOLD and raw > top.score else None

    def _we_are_behind(self, query: Query, top: Match) -> bool:
        """Our own organisation is no source of the one piece of our work asked for, nor of the work we are asked
        about our part in: "I gather IU supports a cohort of fellows on that. Which programme is that?", "…what
        does IU do in it?" (but "all IU progs in children's services" lists ours)."""
        home = self._home_organisation
        if home is None or top.entry is home or not self._linked(top.entry, home):
            return False
        one_of_ours = query.intent in ("programme", "report") and (
            not query.wants_list or _WHICH_ONE_IS_IT.search(query.text) is not None
        )
        return one_of_ours or _OUR_PART_IN_IT.search(query.text) is not None

    def _follow(self, query: Query, top: Match, matches: list[Match]) -> list[Match]:
        """Answer the relation the question asks for: who runs X, who partners on X, what Y published."""
        knowledge, entry = self.knowledge, top.entry
        entry_authors = lambda e: knowledge.linked(e, "authors")  # noqa: E731
        asks_for_a_person = bool(set(query.words) & _ASKS_FOR_A_PERSON - {"who", "whom"})
        asks_who_did = bool(set(query.words) & {"who", "whom"}) and not asks_for_a_person
        if query.intent == "contact" and entry.kind == "report" and asks_who_did and not entry_authors(entry):
            # "who made Against the Odds?" is answered by who published it, not by whom to contact.
            targets = knowledge.linked(entry, "publishers")
            relation = "publisher of"
        elif (
            query.intent == "contact"
            and entry.kind != "contact"
            # ("who are Innovation Unit, in a sentence or two?" asks what the body is, not whom to contact there)
            and not (entry.kind == "organisation" and _who_is_the_body(query, entry))
        ):
            route = knowledge.contacts_for(entry)
            if route.via is not None and not set(query.words) & _ASKS_FOR_A_PERSON:
                route = replace(route, contacts=())  # "what have we written…" is not "who…"
            targets = route.contacts
            if knowledge.linked(entry, "authors"):
                relation = "author of"
            elif route.via is not None:
                relation = f"{route.via.name}'s contact, for"
            else:
                relation = "contact for"
        elif query.intent == "organisation" and entry.kind in ("programme", "report"):
            targets = knowledge.linked(entry, "partners") or knowledge.linked(entry, "publishers")
            relation = "partner on" if knowledge.linked(entry, "partners") else "publisher of"
        elif query.intent == "report" and entry.kind in ("organisation", "contact"):
            targets = knowledge.linking(entry, "publishers") + knowledge.linking(entry, "authors")
            relation = "published"
        elif query.intent == "report" and entry.kind == "programme":
            linked = knowledge.related(entry) + knowledge.linking(entry)
            targets = tuple({e.id: e for e in linked if e.kind == "report"}.values())
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
        noun = stem(query.asked_noun) if query.asked_noun else ""
        named = lambda t: bool(noun) and noun in map(stem, words(t.name))  # noqa: E731 - "which consortium…" → Spring Consortium
        targets = tuple(sorted(targets, key=lambda t: (not named(t), -own_score.get(t.id, 0.0))))
        via = f"{relation} {entry.name}" if relation != "published" and relation != "works on" else f"via {entry.name}"
        score = max(top.score, top.raw_score or 0.0)
        followed = [Match(target, score, top.evidence, via=via) for target in targets[:MAX_LIST]]
        return followed + [top]

    def _list(self, query: Query, matches: list[Match], threshold: float = ANSWER_THRESHOLD) -> list[Match]:
        floor = max(threshold * 0.8, matches[0].score * LIST_SHARE)
        return _of_wanted_kind(query, [m for m in matches if m.score >= floor])[:MAX_LIST]


#: Words of a list request that say nothing of what the entries are about.
_NOT_A_SUBJECT = (
    INTENT_VOCABULARY
    | LIST_WORDS
    | LIST_SHAPING_WORDS
    | WORK_NOUNS
    | frozenset("apart besides except excluding aside ourselves".split())  # "apart from ourselves"
)


def _list_subject(query: Query) -> tuple[str, ...]:
    """What a list request is about: its asking sentences' subject words, or (when they only point at the
    request: "Can you give me each programme?") the words of the sentences around them."""
    subject = tuple(w for w in query.terms if w not in _NOT_A_SUBJECT and w not in query.named_already)
    in_focus = tuple(w for w in subject if w in query.focus)
    return in_focus if any(w not in GENERIC_WORDS for w in in_focus) else subject


#: Words that introduce what a kind of entry is about: "every programme *on* space travel", "reports *about* X".
_ABOUT = frozenset("on about in regarding covering around re into".split())


#: "what other reports on scaling…", "anything else on…": the rest beside one already named.
_OTHERS_OF_KIND = re.compile(r"\bother (?:\w+ )?(?:reports|programmes|papers|studies|work|projects)\b|\belse\b")


def _said_before_kind(query: Query, kind: str) -> tuple[str, ...]:
    """ "list our *education* programmes": the one word right before the kind's noun, in the asking sentences."""
    said = [w for w in query.words if w in query.focus]
    nouns = KIND_NOUNS.get(kind, frozenset())
    at = next((i for i, w in enumerate(said) if w in nouns), None)
    if not at or said[at - 1] in STOPWORDS or said[at - 1] in GENERIC_WORDS or said[at - 1] in _NOT_A_SUBJECT:
        return ()
    if at < 2 or said[at - 2] not in _WHOSE_ALL:
        return ()  # ("…off the back of the DfE prog?": which one, not what they are about)
    return (said[at - 1],)


#: Words before "<subject> <kind>" that ask for all of that kind: "our education programmes", "all health reports".
_WHOSE_ALL = frozenset("our your all every any list iu".split())


def _stated_topic(query: Query, kind: str, subject: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in _topic_of_kind(query, kind) if w in subject)


def _topic_of_kind(query: Query, kind: str) -> tuple[str, ...]:
    """ "list every programme we run on space travel" → ("space", "travel"): the words introduced as what the
    entries asked for are about, right after the kind's noun; () when the message says no such thing."""
    said = list(query.words)
    nouns = KIND_NOUNS.get(kind, frozenset())
    start = next((i for i, w in enumerate(said) if w in nouns), None)
    if start is None:
        return ()
    after = next((i for i in range(start + 1, min(start + 5, len(said))) if said[i] in _ABOUT), None)
    if after is None:
        return ()
    topic = [w for w in said[after + 1 : after + 5] if w not in STOPWORDS][:3]
    return tuple(w for w in topic if w not in GENERIC_WORDS)


#: Plural nouns for organisations of any sort: they ask for no sort in particular.
_ANY_SORT = frozenset("organisations organizations orgs partners partnerships bodies".split())


def _names_a_sort(word: str) -> bool:
    """ "funders", "charities", "councils": a plural noun for a sort of organisation."""
    return word in KIND_NOUNS["organisation"] and word.endswith(("s", "a")) and word not in _ANY_SORT


#: Words a type shares with most others ("public sector *body*"): they name no type of their own.
_TYPE_GENERIC = frozenset(map(stem, "body bodies sector organisation organisations org orgs other".split()))


def _who_is_the_body(query: Query, entry: Entry) -> bool:
    """ "who are Innovation Unit?", "who is the King's Fund exactly?": what the body is, asked by its name."""
    if "who" not in query.words:
        return False
    for name in (entry.name, *entry.aliases):
        said = " ".join(words(name)).removeprefix("the ")
        asked = rf"\bwho (?:exactly |actually |really )?(?:are|is|r) (?:the )?{re.escape(said)}\b"
        if said and re.search(asked, query.text):
            return True
    return False


def _the_one_of_type_asked(query: Query, linked: list[Match]) -> Match | None:
    """ "who's the commissioner on My Care My Way?": of the bodies linked to the work named, the one of the sort
    asked for, if only one is."""
    if query.intent != "organisation":
        return None
    asked = _TYPE_ASKED.search(" ".join(query.words))
    if asked is not None:
        said = (asked.group(1),)
    elif commissions := WHO_COMMISSIONS.search(query.text):
        said = ("commissioner" if commissions.group(1).startswith("com") else "funder",)  # "who commissions it?"
    elif query.asked_noun in _SORTS_ASKED:
        said = (query.asked_noun,)  # "I need the correct name of the consortium through which we work with the DfE"
    else:
        return None
    typed = _of_type([m.entry for m in linked if m.entry.kind == "organisation"], said)
    if len(typed) != 1:
        return None
    return next(m for m in linked if m.entry is typed[0][0])


#: "who's the commissioner…", "which charity…": the sort of body asked for ("…with the west London
#: commissioners?" says who it is with).
_SORTS_ASKED = (*SORTS_OF_BODY, "commissioners")
_TYPE_ASKED = re.compile(
    rf"\b(?:who(?: is| s| are| was)?|which|what) (?:the |their |its )?(?:\w+ )?({'|'.join(_SORTS_ASKED)})\b"
)


def _of_type(organisations: Iterable[Entry], said: tuple[str, ...]) -> list[tuple[Entry, str]]:
    """Organisations of a type the words name, with that type: "councils" → a "local council" (or "Wigan Council"
    by name), "govt depts" → a "government department", "public bodies" → a "public sector body"."""
    typed = []
    for entry in organisations:
        fitting = next((t for t in _types_of(entry) if any(_fits_type(w, t) for w in said)), None)
        if fitting is not None:
            typed.append((entry, fitting))
    return typed


def _types_of(entry: Entry) -> list[str]:
    """What sort of body it is: its ``organisation_type``, and the nouns of its name and aliases that say so
    ("Wigan *Council*", "… *Foundation*")."""
    named = [w for name in (entry.name, *entry.aliases) for w in words(name) if w in ORGANISATION_NOUNS]
    return [*getattr(entry, "organisation_type", ()), *named]


def _fits_type(word: str, organisation_type: str) -> bool:
    """The word names the type: it is the type's head noun, or all of what is distinctive in it ("public" of
    "public sector body"), or a shortening of one of those ("govt", "depts")."""
    distinctive = [w for w in words(organisation_type) if stem(w) not in _TYPE_GENERIC]
    if not distinctive:
        return False
    fits = [w for w in distinctive if _same_noun(word, w) or _shortens(word, w)]
    return bool(fits) and (fits[-1] == distinctive[-1] or len(distinctive) == 1)


def _same_noun(said: str, noun: str) -> bool:
    """ "councils" of "council", "bodies" of "body" — but not "publications" of "public", as a stem would."""
    noun = noun.lower()
    return said in (noun, noun + "s", noun + "es", noun[:-1] + "ies", noun.removesuffix("um") + "a")


def _shortens(short: str, word: str) -> bool:
    """ "govt" of "government", "depts" of "departments": a contraction, with the word's first and last letters
    and the rest of its letters in order ("comms" is not "commissioners")."""
    short = short.removesuffix("s") if len(short) > 4 else short
    return 4 <= len(short) < len(word) and short[0] == word[0] and short[-1] == word[-1] and is_subsequence(short, word)


def _holds_as_subject(match: Match) -> bool:
    """Matched on a topic, place or qualifier it holds (not on a word of its name, alias or summary)."""
    return any(e.field in ("topic", "place", "qualifier") for e in match.evidence)


def _places_beyond_said(query: Query, places: frozenset[str]) -> set[str]:
    """ "…outside the UK", "beyond London": the stems of the place said to be beyond (one of ``places``, the
    stems of every place and region we hold, or the UK); none for "beyond the pilot stage"."""
    said = query.words
    return {
        stem(w)
        for n, away in enumerate(said)
        if away in AWAY_WORDS and away != "except"
        for w in said[n + 1 : n + 3]
        if w not in FUNCTION_WORDS and (stem(w) in places or stem(w) in _HOME_STEMS)
    }


def _outside(entry: Entry, beyond: set[str], regions: Regions) -> bool:
    """Placed outside the place said: beyond the UK by its own words ("Beyond the UK", Australia), beyond
    anywhere else by not lying in it ("outside London": Wigan, Doncaster, Australia)."""
    if beyond & _HOME_STEMS:
        return _placed_beyond(entry, beyond, regions)
    names = {stem(w) for own in entry.places for place in (own, *regions(own)) for w in words(place)}
    return bool(entry.places) and not names & beyond


def _placed_beyond(entry: Entry, said: set[str], regions: Regions) -> bool:
    """The entry's place, or another name for it, says it is beyond a place the message names: "Beyond
    the UK" and "…in the UK"; Australia, also called "outside the UK"."""
    for place in (p for own in entry.places for p in (own, *regions(own))):
        folded = words(place)
        if folded and folded[0] in AWAY_WORDS and said & {stem(w) for w in folded[1:] if w not in FUNCTION_WORDS}:
            return True
    return False


def _holder_first(query: Query, matches: list[Match]) -> list[Match]:
    """ "…what's the thing rolling the over-65s service out to more GP practices, and how many?": of
    entries scoring alike, the one that holds the fact asked is the one asked about."""
    if not query.asked_fact or query.also_asked or len(matches) < 2:
        return matches
    top = matches[0]
    if held_fact(top.entry, query.asked_fact) is not None:
        return matches
    for match in matches[1:3]:
        if top.score - match.score >= MARGIN:
            break
        if held_fact(match.entry, query.asked_fact) not in (None, _NOT_ASKED):
            return [match] + [m for m in matches if m is not match]
    return matches


def _of_wanted_kind(query: Query, listed: list[Match]) -> list[Match]:
    """Only the kind the question asks for, when the best match is of that kind."""
    if query.intent and listed and listed[0].entry.kind == query.intent:
        return [m for m in listed if m.entry.kind == query.intent]
    of_kind = [m for m in listed if m.entry.kind == query.intent]
    if query.intent in ("report", "programme") and query.intent_strength >= STRONG_INTENT and len(of_kind) >= 2:
        return of_kind  # "which reports does IU point to on scaling?": reports, not the organisation that points
    return listed


def _compared_with(query: Query, name: str) -> bool:
    """ "What's the difference between the Nuffield Trust and the King's Fund?", "How does Nesta define scaling,
    compared with IU?": half of it is a name we hold nothing on, so the card of the other half does not answer."""
    said = re.escape(name)
    return (
        re.search(
            rf"\bdifference between (?:the )?(?:\w+ ){{0,3}}?{said}\b|\bdifference between .{{1,60}} and "
            rf"(?:the )?(?:\w+ ){{0,3}}?{said}\b"
            rf"|\b(?:how|what) (?:does|do|did|is|are) (?:the )?{said}\b(?: \w+){{1,6}}"
            r" (?:compared? (?:with|to)|versus|vs)\b",
            query.text,
        )
        is not None
    )


def _asks_what_it_made(query: Query, name: str) -> bool:
    """ "Has Nesta published anything comparable to Against the Odds?": what the stranger made is asked
    about; the work of ours it is compared with is not the answer."""
    return (
        re.search(
            rf"\b(?:has|have|did|does|do) {re.escape(name)} (?:\w+ )?(?:published|publish|put out|written|write"
            r"|produced|produce|done|got|have) (?:anything|any|something|a|an)\b"
            # "what's Nesta's latest report on scaling called?", "what did Nesta recommend in its work on…?": theirs
            rf"|\b{re.escape(name)} s (?:latest |newest |new |recent |own |main )?(?:report|paper|study|framework"
            r"|programme|work|research|book|guide)\b"
            rf"|\b(?:did|does|do) {re.escape(name)} (?:recommend|say|find|argue|propose|suggest|conclude)\b"
            # "Has Innovation Unit ever worked with the Gates Foundation on vaccines?": the stranger is the subject
            rf"|\b(?:work|worked|working|partner|partnered|partnering|collaborate|collaborated) with (?:the )?"
            rf"{re.escape(name)}\b"
            # "Someone says Nesta runs a scaling programme for charities. Is that right?": its own work, said
            rf"|(?<!\bour )(?<!\bmy )\b{re.escape(name)} {OWNER_DOES}",
            query.text,
        )
        is not None
    )


def _asks_who_it_is(query: Query, organisation: Entry) -> bool:
    """ "who are Innovation Unit?", "who's PPL?": the organisation's name right after "who is/are"."""
    said = query.text
    if "who" not in query.words:
        return False
    for name in (organisation.name, *organisation.aliases):
        named = [w for w in words(name) if w != "the"]
        found = re.search(
            rf"\bwho (?:actually |exactly |really )?(?:is|are) (?:the )?{re.escape(' '.join(named))}\b(?: (\w+))?", said
        )
        # ("who is Innovation Unit's chief executive?", "who is IU working with?" ask for others; the words of the
        # next sentence may follow: "who actually are Innovation Unit? One paragraph please")
        if found and (found.group(1) is None or found.group(1) not in _AFTER_WHO_IT_IS_SOMEONE_ELSE):
            return True
    return False


#: "…adding you to the supplier list. Who are you, basically, and what do you do?": us, named in the message.
_WHO_ARE_YOU = re.compile(r"\bwho (?:are|r) (?:you|u|ya)(?: guys| lot| all)?\b(?! (?:working|partnering|with)\b)")
#: Words after "who is <name>" that go on to ask about someone else: "who is IU's CEO?", "who is IU working with?"
_AFTER_WHO_IT_IS_SOMEONE_ELSE = frozenset(
    "s working partnering partnered partners partner contact contacts lead leads person people team staff"
    " director head boss funding funded supporting helping doing".split()
) | {w for title in OFFICE_TITLES for w in title.split()}


#: Words that point at a person: "what's her surname?", "is he still there?".
_PERSON_POINTERS = frozenset("her hers she he him his".split())


def _person_pointed_at(query: Query, matches: list[Match]) -> Match | None:
    """The one person the message names (in full or in part) when the question points at a person
    ("her", "his") and the best match is not a person."""
    if not matches or matches[0].entry.kind == "contact" or not _PERSON_POINTERS & query.focus:
        return None
    return _the_one_person_named(matches, SUGGESTION_FLOOR)


def _the_one_person_named(matches: list[Match], floor: float = 0.0) -> Match | None:
    """The only person among the first few matches the message names, in full or in part."""
    people = [
        m for m in matches[:_NAMED_LOOKED_AT] if m.entry.kind == "contact" and m.score >= floor and _said_by_name(m)
    ]
    return people[0] if len(people) == 1 else None


#: Facts of a person the knowledge base may hold (asked with "her", "his"): their role, email, phone.
_PERSON_FACTS = frozenset({"role", "email address", "phone number"})


def _person_asked_about(query: Query, matches: list[Match]) -> Match | None:
    """The one person named (in full or in part) when a fact of a person is asked of "her" or "him"."""
    if query.asked_fact not in _PERSON_FACTS or not _PERSON_POINTERS & query.focus:
        return None
    return _the_one_person_named(matches)


_STANDS_FOR = re.compile(r"\b(\w+) (?:stand|stands|stood) for\b|\bwhat (?:is|s) (\w+) short for\b")


def _spelled_out_first(query: Query, matches: list[Match]) -> list[Match]:
    """ "an invite called 'PPL / MCMW check-in' - what does MCMW stand for?": the one spelled out comes first."""
    if query.asked_fact != "full name":
        return matches
    said = _STANDS_FOR.search(query.text)
    if said is None:
        return matches
    short = said.group(1) or said.group(2)

    def spells(entry: Entry) -> bool:
        return _is_named_by(entry, (short,)) or short in _short_names(entry)

    if not matches or spells(matches[0].entry):
        return matches  # ("what does DfE stand for?": the DfE, not a programme whose alias says "DfE")
    for match in matches[1:_NAMED_LOOKED_AT]:
        if spells(match.entry):
            return [match] + [m for m in matches if m is not match]
    return matches


#: "an outfit with a three-letter name", "initials P-something", "the acronym was AIS-something": how the
#: name is remembered.
_LETTER_COUNT = re.compile(
    r"\b(two|three|four|five|2|3|4|5)[- ]letter (?:name|acronym|one|outfit|organisation|org|abbreviation|thing)"
    # "a third name on the slides, three letters, starts with P" (not "I need to post 3 letters")
    # ("my notes only have three capital letters for that one", "a partner I only have as three initials")
    r"|\b(two|three|four|five|2|3|4|5) (?:capital |initial |upper ?case )?(?:letters|initials)\b"
    r"(?! to\b| for (?!that|this|it|them)\b)"
)
_NAME_BEGINS = re.compile(
    r"\b(?:initials|acronym|called|named|name|was|is|the) ([a-z]{1,4}) something\b"
    # "P-something-L", "starts with P"
    r"|(?:^|\s)(?![ai]\s)([a-z]) something(?: ([a-z]))?\b"
    r"|\b(?:starts|starting|begins|beginning) with (?:the letter )?(?![ai]\b)([a-z])\b"  # (not "starts with a pilot")
)
_COUNTS_SAID = {"two": 2, "three": 3, "four": 4, "five": 5}
#: Words one of the two patterns above needs.
_HINT_WORDS = frozenset("letter letters initials something starts starting begins beginning".split())
_BODY_WORDS = frozenset("partner partners outfit organisation organisations org orgs body charity company".split())


#: "who else is on it w us?", "who else is involved in it besides u": others taking part in the work named.
_WHO_ELSE_ON_IT = re.compile(r"\bwho else (?:is |s |are )?(?:on|in|involved in|working on|part of) (?:it|that|this)\b")
#: Facts of a body itself, asked of us by name: not about any work of ours the other words brush.
_A_BODY_S_OWN_FACTS = frozenset(
    {"number of staff", "vacancies", "commercial terms", "address", "phone number", "registration number", "vat number"}
)
#: Words that say the one remembered is another than one said: "a second party", "a partner organisation".
_ANOTHER_ONE = frozenset("second other another partner party".split())
#: "…a CCG and an outfit with a three-letter name": a body described, beside the one named.
_A_BODY_DESCRIBED = re.compile(
    r"\b(?:a|an) (?:\w+ )?(?:outfit|organisation|org|body|company|charity) (?:with|called)\b"
)


def _capitals_in_name(entry: Entry) -> set[str]:
    """The words in capitals in its name: "West London CCG" → {"ccg"} (said as "the CCG")."""
    return {w.lower() for w in entry.name.split() if len(w) >= 2 and w.isupper()}


def _short_names(entry: Entry) -> set[str]:
    """What an entry is called in one word: its acronyms ("mcmw"), and any one-word name or alias ("ppl")."""
    one_word = {" ".join(words(name)) for name in (entry.name, *entry.aliases)}
    return {a.lower() for a in acronyms_of(entry.name)} | {w for w in one_word if w and " " not in w}


def _hinted_first(query: Query, matches: list[Match]) -> list[Match]:
    """The one entry (of the first few) whose short name fits what the message remembers of it comes first."""
    fitting = _hint_fits(query, matches)
    if fitting is None or fitting is matches[0]:
        return matches
    # Its name fits what is remembered of it: as sure as a name half-said.
    # (ahead of the rest, not tied with them: "…the CCG and a partner organisation I only have as three initials")
    chosen = replace(fitting, score=min(100.0, max(fitting.score, ANSWER_THRESHOLD, matches[0].score + _TIE)))
    return [chosen] + [m for m in matches if m is not fitting]


def _hint_fits(query: Query, matches: list[Match], linked: bool = False) -> Match | None:
    """The one entry of the first few whose short name fits what the message remembers of it ("three letters,
    starts with P", "P-something-L"), if only one does. ``linked``: the matches are entries linked to the one
    the message names (they carry its evidence and score), so neither is asked of them."""
    if not _HINT_WORDS.intersection(query.words):
        return None  # most messages remember no letters (a plain look first, then the patterns)
    count = _LETTER_COUNT.search(query.text)
    begins = _NAME_BEGINS.search(query.text)
    if count is None and begins is None:
        return None

    said_count = count.group(1) or count.group(2) if count is not None else None
    first = (begins.group(1) or begins.group(2) or begins.group(4) or "") if begins is not None else ""
    last = (begins.group(3) or "") if begins is not None else ""

    def fits(entry: Entry, only: set[str] | None = None) -> bool:
        return any(
            (said_count is None or len(short) == (_COUNTS_SAID.get(said_count) or int(said_count)))
            and short.startswith(first)
            and short.endswith(last)
            for short in _short_names(entry)
            if only is None or short in only
        )

    bodies = _BODY_WORDS & set(query.words)  # "an outfit with a three-letter name": an organisation
    another = bool(_ANOTHER_ONE & set(query.words)) or _A_BODY_DESCRIBED.search(query.text) is not None
    said_words = set(query.words)
    if not linked and not another and any(fits(m.entry, said_words) for m in matches[:_NAMED_LOOKED_AT]):
        return None  # "what does PPL stand for? it's just three letters on the slides": the letters are PPL's
    fitting = [
        m
        for m in matches[:_NAMED_LOOKED_AT]
        if (linked or (m.score >= SUGGESTION_FLOOR and not _said_by_name(m)))
        and fits(m.entry)
        and (not bodies or m.entry.kind == "organisation")
    ]
    if len(fitting) > 1 and another:
        # "…supported by us, the CCG and a partner organisation I only have as three initials": not the one said
        # (but "what does PPL stand for? it's three letters on the slides" remembers the one it names).
        said = set(query.words)
        fitting = [m for m in fitting if not (_short_names(m.entry) | _capitals_in_name(m.entry)) & said]
    return fitting[0] if len(fitting) == 1 else None


#: "which NHS body…", "the council partner", "the government side": the sort of organisation asked for.
_SORT_OF_BODY = re.compile(
    r"\b(nhs|council|government|charity|university|public sector)"
    r" (?:body|bodies|organisation|organisations|org|orgs|partner|partners|side|commissioner)\b"
)


def _sort_said_first(query: Query, matches: list[Match]) -> list[Match]:
    """Of organisations close at the top, the one of the sort the message asks for comes first."""
    said = _SORT_OF_BODY.search(query.text)
    if said is None or not matches:
        return matches
    sort = said.group(1)
    close = [m for m in matches[:_NAMED_LOOKED_AT] if m.score >= matches[0].score - MARGIN]
    of_sort = [
        m
        for m in close
        if m.entry.kind == "organisation"
        and any(sort in " ".join(words(t)) for t in getattr(m.entry, "organisation_type", ()))
    ]
    if len(of_sort) != 1 or of_sort[0] is matches[0]:
        return matches
    return of_sort + [m for m in matches if m is not of_sort[0]]


def _clear_enough(match: Match, query: Query) -> bool:
    """An answer's score; one of the very kind asked for needs only a list's ("who is that other partner?")."""
    if match.score >= ANSWER_THRESHOLD:
        return True
    return query.intent_strength >= STRONG_INTENT and match.entry.kind == query.intent and match.score >= LIST_THRESHOLD


def _said_by_name(match: Match, fields: frozenset[str] = frozenset({"name"})) -> bool:
    """Some evidence is a word of the entry's own name (not a small one): "a Heather", "the Wigan work"."""
    return any(e.field in fields and set(e.words) - _SMALL_STEMS for e in match.evidence)


def _by_subject(match: Match) -> bool:
    """Matched on what it is about (a topic or place), not on what it is called."""
    return bool(match.evidence) and match.evidence[0].field not in ("name", "alias", "acronym")


#: Words that say the places asked for are where *we* work: "…IU has scaling work going on", "…we're doing there".
_OUR_SIDE = WORK_NOUNS | frozenset("we our us iu".split())
#: Facts a list of entries answers by being one.
_LIST_FACTS = ITEM_FACTS | {"date", "role", "author", "publisher"}
#: Words that ask what a document names: "which reports does the blog *mention*", "every organisation *named* in it".
_MENTION_WORDS = frozenset(
    "mention mentions mentioned name names named cite cites cited citing reference references referenced "
    "feature features featured".split()
)


_CALLED_BY = frozenset({"name", "alias", "acronym", "qualifier"})
_AWAY_STEMS = frozenset(stem(w) for w in AWAY_WORDS)
_HOME_COUNTRY = frozenset("uk britain england".split())  # ("plain English" is no place)
_HOME_STEMS = {stem(w) for w in _HOME_COUNTRY}
#: "who did Innovation Unit spend two years working with…?", "which org did we do it with?": a partner of ours.
_WHO_WE_WORKED_WITH = re.compile(
    r"\b(?:who|whom|which \w+) (?:did|do|does|has|have) (?:innovation unit|iu|we|you) "
    r"(?:\w+ ){0,5}?(?:with|alongside)\b"
)
#: "the post that mentions both…", "a blog which names Wigan and Doncaster side by side".
#: A post that names something in passing (not a report that covers a topic): "the blog that name-checks X".
_A_NAME_CHECK = re.compile(
    r"\b(?:blog|post|article|piece) (?:that |which )?(?:\w+ )?(?:mentions|mentioned|names|named|name checks|namechecks"
    r"|name checked|cites|cited|refers to)\b"
)
#: "that … report the blog mentions": the report is asked about; the blog is where it is mentioned.
_MENTIONED_REPORT = re.compile(
    r"\b(?:report|paper|study) (?:that |which )?(?:the|our|your|julie s|iu s) (?:blog|post|article)"
    r" (?:mentions|mentioned|names|cites|cited|refers to)\b"
)
_DOCUMENT_THAT_NAMES = re.compile(
    r"\b(?:blog|post|article|piece|report|paper|document) (?:that |which )?(?:\w+ )?"
    r"(?:mentions|mentioned|names|named|covers|covered|features|featured|talks about|refers to|lists"
    r"|name checks|namechecks|name checked|cites|cited)\b"
)
#: "came out in January 2018", "the Jan 2018 reports": a month of publication.
_MONTH_AND_YEAR = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december) ((?:19|20)\d\d)\b"
)
#: "…who are they meant to contact? The blog sign-off names someone - was it Julie?": a name guessed last.
_GUESSED_AT_THE_END = re.compile(r"\b(?:was|is) (?:it|that) (?!the\b|a\b|an\b)\w+\b")
_CONTACT_VERBS = frozenset("contact approach email call ring speak talk".split())
#: Kinds of entry that are never our organisation itself.
_NOT_US_KINDS = frozenset({"programme", "report", "contact"})
#: Words a question points back with: "which model is *it*?", "who are *they*?".
_POINTERS_BACK = frozenset("it its that this they them".split())
#: "…work with on housing?", "…around climate change": what the work asked about is on.
_ON_A_TOPIC = re.compile(r"\b(?:on|around|about|regarding|re|in|across|within) (?:the )?((?:\w+ ){0,2}\w+)")
#: "which programme is that?": one thing asked for, though "which" may ask for several.
_WHICH_ONE_IS_IT = re.compile(
    r"\b(?:which|what) (?:programme|project|report|paper|one|work) (?:is|was) (?:that|it|this)\b"
)
#: "what's our part in it?", "what does IU do on that?": the part someone plays in a thing pointed back at.
_OUR_PART_IN_IT = re.compile(
    r"\b(?:do|doing|does|did|role|part|bit|involvement|involved) (?:in|on|inside|inside of|with|within|for)"
    r" (?:it|that|this)\b"
)
#: "is Julie (still) the person for…", "is Heather the right contact on…": a person offered as a guess for a need.
_PERSON_GUESSED = re.compile(
    r"\b(?:is|isn t|isnt|was) (?:\w+ ){1,2}(?:still |really |definitely )?(?:the|our|your) "
    r"(?:right |best |main |usual )?(?:person|contact|go to|one|lead|point of contact) (?:for|to|on|about)\b"
    # "I was going to point them at Julie since she's our contact for scaling enquiries, right?"
    r"|\b(?:since|as|because) (?:she|he)(?: is| s)? (?:our|the) (?:\w+ )?(?:person|contact|lead|go to) (?:for|on)\b"
)
#: "that blog about Against the Odds", "the post on the Wigan work": a document of one sort, about another entry.
_DOCUMENT_ABOUT = re.compile(r"\b(blog|blogpost|post|article) (?:post )?(?:about|on|introducing|that introduced|re)\b")


#: Sorts of document a message may ask for instead: "I read a blog on X, what did the report find?" asks for X.
_OTHER_SORTS = frozenset("report reports paper papers study studies research".split())


def _is_of_sort(document: Entry, sort: str) -> bool:
    """The document is a blog (or post…) by its name, aliases or topics."""
    said = {stem(w) for text in (document.name, *document.aliases, *document.topics) for w in words(text)}
    return stem(sort) in said or (sort in ("post", "blogpost") and stem("blog") in said)


#: A document doing the naming: "named in the blog", "which reports does the blog mention?", "the post cites…".
_MENTIONED_BY_DOCUMENT = re.compile(
    r"\b(?:name|named|mention|mentioned|cite|cited|reference|referenced|feature|featured|listed) (?:\w+ ){0,3}?in\b"
    r"|\bwe (?:name|names|mention|cite|reference|feature)\b"
    r"|\b(?:blog|post|report|paper|article|document|piece|it|its) (?:\w+ )?(?:mention|mentions|mentioned|name|names"
    r"|named|cite|cites|cited|reference|references|referenced|feature|features|featured)\b"
    r"|\bdoes (?:\w+ ){0,4}?(?:mention|name|cite|reference|feature)\b"
)
_OTHER_PERSON_SHARE = 0.5
_POINTING_WORDS = frozenset("that it this".split())
_PARTNER_WORDS = frozenset("partner partners partnering partnered".split())
_ALL_PARTNERS_SAID = _PARTNER_WORDS | frozenset("collaborator collaborators".split())
#: What all our work is: "…across its scaling work", "…in the scaling work" narrows no partner down.
_OUR_WORK_IN_GENERAL = frozenset("scaling scale work collaborator collaborators external".split())
#: What people call a document: "the blog", "the post", "the paper".
#: How near (0-100) a half-remembered name must be to one of a document's works, and ahead of the next.
_HALF_REMEMBERED = 70
_HALF_REMEMBERED_LEAD = 10
_OTHER_PLACES = re.compile(r"\b(?:which|what|any) other (?:places|countries)\b")
_ASKED_BESIDE_US = re.compile(
    r"\bhow (?:do|does|did) (?:they|it|\w+) (?:fit|relate|connect|link) (?:in )?(?:with|to|into) "
    r"(?:iu|innovation unit|us)\b"
)
#: How far ahead of the next a faintly matched work must be for its origin to be answered.
_FAINT_LEAD = 1.5
_THE_DESCRIBED_ONE = re.compile(r"\bthe ((?:\w+ ){2,5})one\b")
#: "the one we did with the Health Foundation": a work by what it was made with.
_DONE_WITH = re.compile(
    r"\bthe (?:\w+ ){0,2}?(?:one|report|study|paper|piece|work|programme|project|thing|collaboration|collab)"
    r" (?:that )?(?:we|iu|you) "
    r"(?:did|wrote|produced|published|ran|made|co wrote|cowrote|worked on) (?:together )?with\b"
)
#: The UK's own nationalities: nearly all our work is here, so "the English one" names no stranger.
_HOME_NATIONS = frozenset("english british scottish welsh brit brits".split())
_DOCUMENT_NOUNS = frozenset("blog post article paper report study".split())
_POST_WORDS = frozenset("post blogpost".split())
#: "which reports does the post reference?": the document is who names (not "did we cite something in a blog?").
_DOCUMENT_DOES_THE_NAMING = re.compile(
    r"\b(?:blog|post|blogpost|article) (?:\w+ )?(?:mention|mentions|cite|cites|reference|references|name|names"
    r"|feature|features)\b"
)


def _called(entry: Entry, said: Iterable[str], nouns: frozenset[str]) -> bool:
    """The entry's name, aliases or topics use a noun of ``nouns`` the message uses too."""
    wanted = nouns.intersection(said)
    return bool(wanted) and bool(
        wanted & {w for text in (entry.name, *entry.aliases, *entry.topics) for w in words(text)}
    )


def _cites(source: str | None, document: Entry) -> bool:
    """The entry's ``source`` is the document: it gives the document's name or an alias (its title up to a colon)."""
    if not source:
        return False
    held = " ".join(words(source))
    titles = (document.name.split(":")[0], *document.aliases)
    return any(len(words(t)) >= 2 and " ".join(words(t)) in held for t in titles)


#: Subject words a quoted passage must share with a document's text to be taken as quoting it.
_QUOTE_OVERLAP = 2

#: "Facts" a relation answers rather than a field: no fact, a person's role, a report's author.
_RELATION_FACTS = (None, "role", "author")
#: Words that say who made something, not what it is about.
_AUTHORSHIP_WORDS = frozenset(
    "write wrote written co publish published author authored produce produced own opposed organisations".split()
)

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


def who_to_ask(entry: Entry, knowledge: KnowledgeBase) -> tuple[Entry, ...]:
    """Who can tell you what the knowledge base does not: the entry's contacts, else its
    organisation's (for a person, a colleague at their organisation)."""
    route = knowledge.contacts_for(entry)
    if route.contacts:
        return route.contacts
    for organisation in knowledge.linked(entry, "organisation"):
        others = tuple(c for c in knowledge.linked(organisation, "contacts") if c.id != entry.id)
        if others:
            return others
    return ()


#: Words that ask for a person, not just lean that way: an organisation's contact answers them.
_ASKS_FOR_A_PERSON = frozenset("who whom contact contacts talk speak ask email phone".split())


def _asks_fact_of_a_related(query: Query, top: Match) -> bool:
    """ "How many innovations did the report we did with X look at?": a fact asked of an entry the
    message describes by its relation to the one it names (a report or programme, named by kind)."""
    return (
        query.intent in ("report", "programme")
        and query.intent_strength >= STRONG_INTENT
        and top.entry.kind in ("organisation", "contact")
    )


_SMALL_STEMS = frozenset(map(stem, FUNCTION_WORDS))


def _set_aside(entry: Entry, query: Query, places: bool = False, regions: Regions | None = None) -> bool:
    """The message sets the entry aside: "the partner that isn't the CCG", "not the Australian one"
    (with ``regions``, also "excluding anything international": all its places lie there)."""
    return any(
        _is_named_by(entry, name, places, regions)
        # "not the foundation": a sort of organisation sets aside organisations of that sort, not a work
        # whose title names one ("…with UNICEF and the Aga Khan Foundation").
        and (entry.kind == "organisation" or not set(name) <= ORGANISATION_NOUNS)
        for name in query.excluded
    )


def _named_word_for_word(entry: Entry, named: tuple[str, ...]) -> bool:
    """These very words are in one of the entry's names ("Heather Rollinson", "Wigan"; "funding" is no "Fund")."""
    return any(set(named) <= set(words(name)) for name in (entry.name, *entry.aliases))


def _is_named_by(entry: Entry, named: tuple[str, ...], places: bool = False, regions: Regions | None = None) -> bool:
    """These words are (part of) the entry's own name, an alias or its acronym: "DfE", "King's Fund"
    (or, with ``places``, one of its places: "the Australian one")."""
    said = set(map(stem, named))
    if any(said <= set(map(stem, words(name))) for name in (entry.name, *entry.aliases)):
        return True
    if places:
        said_places = said | {stem(s) for w in named for s in SYNONYMS.get(w, ())}
        if any(said_places & set(map(stem, words(place))) for place in entry.places):
            return True
        if (
            regions is not None
            and entry.places
            and all(
                words(place)[:1] != []
                and words(place)[0] not in AWAY_WORDS  # "Beyond the UK" is not in the UK
                and any(
                    said_places & set(map(stem, words(area)))
                    for area in regions(place)
                    if words(area)[:1] and words(area)[0] not in AWAY_WORDS  # (Australia is "outside the UK": no UK)
                )
                for place in entry.places
            )
        ):
            return True  # "excluding anything international", "England outside London": every place of it lies there
    return len(named) == 1 and named[0] in {a.lower() for a in acronyms_of(entry.name)}


#: The areas around a place and inside it (:meth:`KnowledgeBase.regions`).
Regions = Callable[[str], tuple[str, ...]]


def _names_entry(match: Match, said: tuple[str, ...]) -> bool:
    """One of these words matched the entry's name, an alias or its initials: "what's the ICT in
    W London?" asks what the ICT is, not for an attribute called "ICT"."""
    stems = set(map(stem, said))
    return any(e.field in ("name", "alias", "acronym") and stems & set(e.words) for e in match.evidence)


def _quotes_name(query: Query, entry: Entry) -> bool:
    """The message quotes (part of) this entry's name: 'Spring', _Adoption and spread_."""
    quoted = {stem(w) for w in query.quoted if w not in INTENT_VOCABULARY}
    if not quoted:
        return False
    return any(quoted <= set(map(stem, words(name))) for name in (entry.name, *entry.aliases))


def _is_the_asked_noun(query: Query, match: Match) -> bool:
    """ "Which council…" and the entry is called a council (and is of the kind asked for)."""
    noun = stem(query.asked_noun) if query.asked_noun else ""
    return bool(noun) and match.entry.kind == query.intent and noun in map(stem, words(match.entry.name))


#: "Every report on scaling": a subject this share of the kind's entries has is no narrowing at all.
_MOST = 0.6
_BRUSHED_SHARE = 0.1
#: Of the ranked matches, how many are looked at for entries the message names.
_NAMED_LOOKED_AT = 6
#: Words that ask who wrote something of organisations: "was it just us or a joint thing?", "did we co-write it?".
_WRITTEN_BY_BODIES = frozenset("us we ours joint jointly together co organisation organisations orgs".split())
#: Words that say "what we made": "the King's Fund one and ours".
_OURS_NAMED = re.compile(
    r"\bours\b|\bour (?:own )?(?:one|report|paper|study|publication|piece)\b"
    r"|\bwe (?:\w+ )?(?:wrote|did|published|produced|authored|co wrote|cowrote|were involved)\b"
    r"|\b(?:one|ones|that) (?:by|from|with) us\b"
)


def _names_fully(match: Match) -> bool:
    """The message says this entry's whole name (small words aside), an alias or its acronym."""
    return _full_name(match) is not None


def _full_name(match: Match) -> Evidence | None:
    """The name, alias or acronym of the entry the message says in full (wherever it says it), if any."""
    for evidence in match.evidence:
        if evidence.field == "acronym":
            return evidence
        if evidence.field in ("name", "alias"):
            wanted = {stem(w) for w in text_words(evidence.text) if w not in FUNCTION_WORDS}
            if wanted and wanted <= set(evidence.words):
                return evidence
    return None


def _role_said(match: Match, implied: frozenset[str] = frozenset()) -> bool:
    """The message says this person's role in full (up to its first comma: "Director of Innovation Consultancy"),
    but for the ``implied`` stems."""
    for evidence in match.evidence:
        if evidence.field == "role":
            wanted = {stem(w) for w in text_words(evidence.text.split(",")[0]) if w not in FUNCTION_WORDS}
            return bool(wanted - implied) and wanted - implied <= set(evidence.words)
    return False


def _role_matched(match: Match) -> bool:
    """ "who heads up our consultancy side?": the words matched this person's role, not just a topic."""
    return any(e.field == "role" and set(e.words) - _SMALL_STEMS - _TITLE_STEMS for e in match.evidence)


def _names_in_part(match: Match) -> bool:
    """The message says a word of this entry's own name (a person's first name)."""
    return (
        bool(match.evidence) and match.evidence[0].field == "name" and bool(set(match.evidence[0].words) - _SMALL_STEMS)
    )


def _placed(match: Match) -> bool:
    """Matched first on where it is (its qualifier, places or the areas around them)."""
    return bool(match.evidence) and match.evidence[0].field in ("qualifier", "place", "region")


#: Words of any job title: "director of finance" matches a director of something else only by these.
_TITLE_STEMS = frozenset(
    map(stem, "director head manager lead officer chief executive deputy senior assistant principal".split())
)


#: "My Care My Way came up at the board. What actually is it and who's running it?": it, named before.
_WHAT_IS_IT = re.compile(
    r"\bwhat (?:actually |exactly |really )?(?:is|s) (?:it|that|this)(?: actually| exactly)?(?= and\b|$)"
    r"|\b(?:remind me|tell me|explain) what (?:it|that|this) is(?= and\b|$)"  # "remind me what it is, and where…"
)


_ITS_NAME_ASKED = re.compile(
    r"\b(?:short|shorter|shortened|abbreviated|official|proper) (?:official )?(?:version|form) of (?:the|its) name\b"
)
_WHAT_IT_IS_ABOUT = re.compile(r"\bwhat (?:is|s|was) (?:it|that|this) (?:actually |really |all )?about\b")


def _said_next(query: Query, match: Match, start: int, skipped: frozenset[str]) -> bool:
    """The message's word at ``start`` (one of ``skipped`` aside) is one of the words the entry was found by."""
    said = set(match.evidence[0].words) if match.evidence else set()
    following = [w for w in query.words[start : start + 2] if w not in skipped]
    return bool(following) and stem(following[0]) in said


def _said_after_call(query: Query, match: Match) -> bool:
    """ "what do you call the Wigan work?": the entry's words come straight after "call" (a "the" aside)."""
    at = next((n for n, w in enumerate(query.words[:-1]) if w == "call"), None)
    return at is not None and _said_next(query, match, at + 1, frozenset({"the", "your", "our"}))


def _said_after_what_is(query: Query, match: Match) -> bool:
    """ "what is My Care, My Way…": the entry's name comes straight after "what is" (a "the" aside)."""
    said = query.words
    at = next((n for n in range(len(said) - 2) if said[n] == "what" and said[n + 1] in ("is", "s", "are")), None)
    if at is None:
        # "what actually is My Care, My Way…": a word of stress between them
        at = next(
            (
                n + 1
                for n in range(len(said) - 3)
                if said[n] == "what" and said[n + 1] in _STRESS_WORDS and said[n + 2] in ("is", "s", "are")
            ),
            None,
        )
    return at is not None and _said_next(query, match, at + 2, frozenset({"the"}))


_STRESS_WORDS = frozenset("actually exactly really even".split())


#: Words that ask for a list outright.
_LIST_ASKED = frozenset("list lists every each which".split())
_SORT_STEMS = frozenset(map(stem, ORGANISATION_NOUNS))


def _only_its_sort_said(query: Query, match: Match) -> bool:
    """The only word of the entry's name the message says is the sort of body it is, in the plural ("CCGs" of
    "West London CCG"): the message is about that sort of body in general."""
    named = [e for e in match.evidence if e.field in ("name", "alias", "acronym")]
    if not named or any(set(e.words) - _SORT_STEMS for e in named):
        return False
    sorts = {w for e in named for w in e.words}
    said = [w for w in query.words if stem(w) in sorts or stem(w.removesuffix("s")) in sorts]
    return bool(said) and all(w.endswith("s") and stem(w.removesuffix("s")) in sorts for w in said)


def _is_the_asker(entry: Entry, asker_with: tuple[str, ...]) -> bool:
    """The organisation the asker said they are with: its whole name ("Wigan Council"), an alias or its
    acronym ("AISNSW") — not a word it shares with a team ("HR here", "new here")."""
    if not asker_with or entry.kind != "organisation":
        return False
    said = set(map(stem, asker_with))
    for name in (entry.name, *entry.aliases):
        wanted = {stem(w) for w in words(name) if w not in FUNCTION_WORDS}
        if wanted and wanted <= said:
            return True
    return len(asker_with) == 1 and asker_with[0] in {a.lower() for a in acronyms_of(entry.name)}


def _past_the_asker(
    query: Query, matches: list[Match], theirs: Callable[[Match, Query], bool] = lambda m, q: False
) -> list[Match]:
    """ "G'day from the AISNSW team: someone said a person on your team wrote a report about that?": the
    organisation the asker is with is who asks, not what they ask about — unless the question names it."""
    if not query.asker_with or len(matches) < 2:
        return matches
    set_aside: list[Match] = []
    # (and a work named after them: "someone from UNICEF wants our health report on ten innovations" is not
    # about the UNICEF edtech work)
    while (
        len(matches) > 1
        and (_is_the_asker(matches[0].entry, query.asker_with) or theirs(matches[0], query))
        and not _said_in_focus(query, matches[0])
    ):
        if matches[1].score < SUGGESTION_FLOOR:
            break
        set_aside.append(matches[0])
        matches = matches[1:]
    return matches + set_aside


def _says_any(entry: Entry, said: tuple[str, ...]) -> bool:
    """The entry's summary or topics have one of these words ("reduced costs" for "cutting costs")."""
    held = {stem(w) for text in (entry.summary, *entry.topics) for w in words(text)}
    return any(stem(w) in held for w in said)


def _said_of_sort(query: Query, work: Entry) -> bool:
    """A document is asked about, by a noun its own name or topics use ("the scaling blog" of a blog; "the adults
    report" is not Julie's blog)."""
    own = {w for said in (work.name, *work.aliases, *work.topics) for w in words(said)}
    return bool(_DOCUMENT_NOUNS & set(query.words) & own) and _asks_of_a_document(query)


def _asks_of_a_document(query: Query) -> bool:
    """The message speaks of a document and the question is about it: it names the document's sort, points back
    at it, or asks what documents are asked ("its title", "the short version") — not "is Julie still at IU?
    loved her blog", where the blog is only context."""
    if not _DOCUMENT_NOUNS & set(query.words):
        return False
    return bool(_DOCUMENT_NOUNS & query.focus or _POINTERS_BACK & query.focus or _ASKED_OF_DOCUMENTS & query.focus)


#: What is asked of a document: "what's the title?", "give me the short version", "what does it argue?"
_ASKED_OF_DOCUMENTS = frozenset(
    "title summary version gist argue argues argued find found findings about quote quoting quoted point".split()
)


def _asked_what_it_is(query: Query, match: Match) -> bool:
    """ "wat even is innovation unit r u nhs": what the entry named right after "what is" is (the rest guesses)."""
    name = " ".join(text_words(match.entry.name))
    # (The name ends the clause: "what is the King's Fund report on adoption called?" asks for the report.)
    asked = rf"\bwhat (?:\w+ )?(?:is|are) {re.escape(name)}(?=$| (?:and|or|but|are|r|is|so)\b)"
    return bool(name) and re.search(asked, query.text) is not None


def _named_in_full_in_focus(query: Query, match: Match) -> bool:
    """The asking sentences themselves say the entry's whole name (or its acronym)."""
    named = _full_name(match)
    if named is None:
        return False
    wanted = {stem(w) for w in text_words(named.text) if w not in FUNCTION_WORDS}
    return wanted <= {stem(w) for w in query.focus} | set(named.words) & {stem(w) for w in query.focus}


def _said_in_focus(query: Query, match: Match) -> bool:
    """The asking sentences say the entry's name (not only the context around them)."""
    named = _full_name(match)
    return named is not None and bool({stem(w) for w in query.focus} & set(named.words))


def _beside_or(query: Query, match: Match) -> bool:
    """The entry's name is said right before or after an "or": "CCG or NHS England", "X or the CCG"."""
    said = set(match.evidence[0].words) if match.evidence else set()
    said_words = query.words
    ors = [i for i, w in enumerate(said_words) if w == "or"]
    for i in ors:
        # ("is it the ICB now or still the CCG?": the words between say when, not which.)
        before = next((j for j in range(i - 1, max(i - 3, -1), -1) if said_words[j] not in _BESIDE_OR_FILLER), i - 1)
        after = [j for j in range(i + 1, min(i + 4, len(said_words))) if said_words[j] not in _BESIDE_OR_FILLER][:1]
        if any(0 <= j < len(said_words) and stem(said_words[j]) in said for j in (before, i + 1, i + 2, *after)):
            return True
    return False


#: Words between an "or" and the option it offers: "…or still the CCG", "the ICB now or…".
_BESIDE_OR_FILLER = frozenset("the a an still now then maybe perhaps just actually really rather even".split())


def _nearly_named(query: Query, match: Match) -> bool:
    """The entry's name of five or more words is said in order, nearly all its words there (one of seven may be
    swapped), in a run
    no longer than the name and one word more ("growing new models of health, care and support for adults")."""
    named = [stem(w) for w in text_words(match.entry.name) if w not in STOPWORDS]
    if len(named) < _NEARLY_NAMED_WORDS:
        return False
    said = [stem(w) for w in query.words if w not in STOPWORDS]
    needed = _NEARLY_NAMED_SHARE * len(named)
    for start in range(len(said)):
        window = said[start : start + len(named) + 1]
        at = 0
        found = 0
        for word in window:  # the name's words met in order
            ahead = named.index(word, at) if word in named[at:] else -1
            if ahead >= 0:
                found += 1
                at = ahead + 1
        if found >= needed:
            return True
    return False


_NEARLY_NAMED_WORDS = 5
_NEARLY_NAMED_SHARE = 0.85


def _first_named_first(query: Query, matches: list[Match]) -> list[Match]:
    """ "who are Spring Consortium and what do they do with DfE?": of two entries named in full and scored
    alike, the one the message names first is what it asks about."""
    if len(matches) < 2:
        return matches
    first, second = matches[0], matches[1]
    if (
        first.score - second.score < MARGIN / 2
        and _names_fully(first)
        and _names_fully(second)
        and _first_said(query, second) < _first_said(query, first)
        and not (_quotes_name(query, first.entry) and not _quotes_name(query, second.entry))
    ):  # ('something called the "Spring Consortium". Is that ours? How does it fit with the DfE?': the one quoted)
        return [second, first, *matches[2:]]
    if _names_fully(first) and _names_fully(second) and _said_after_but(query, first, second):
        # "…the CCG is the commissioner, fine, but PPL is what exactly?": the one the "but" turns to.
        return [second, first, *matches[2:]]
    if any(e.field in ("name", "alias", "acronym") for e in first.evidence):
        return matches
    # "…a Jan 2018 report on growing new models of health, care and support for adults": a long name said nearly
    # whole (a word swapped) is the entry asked about, before those that only share its topics.
    nearly = (
        next(
            (m for m in matches[1:_NAMED_LOOKED_AT] if first.score - m.score < MARGIN and _nearly_named(query, m)), None
        )
        if not any(e.field in ("qualifier", "place") for e in first.evidence)  # ("…with a council up north - Wigan?")
        else None
    )
    if nearly is not None:
        return [nearly, *(m for m in matches if m is not nearly)]
    # "wigan asset based csc - wat is it", "…the west London integrated care service… Is it _My Care My Way_ or
    # _My Way Care_?": the entry named in full, not those only about its topic or place.
    named = next(
        (
            m
            for m in matches[1:_NAMED_LOOKED_AT]
            if (first.score - m.score < MARGIN / 2 or _asked_what_it_is(query, m)) and _named_in_full_in_focus(query, m)
        ),
        None,
    )
    return [named, *(m for m in matches if m is not named)] if named is not None else matches


def _said_after_but(query: Query, first: Match, second: Match) -> bool:
    """ "we've got the CCG already, but the brief also says PPL": the first named before a "but", the second
    within a few words after it (and not before it)."""
    said = query.words
    buts = [i for i, w in enumerate(said) if w == "but"]
    if len(buts) != 1:
        return False
    but = buts[0]
    first_at, second_at = _first_said(query, first), _first_said(query, second)
    return first_at < but < second_at <= but + _AFTER_BUT


#: How near after a "but" the name it turns to is said.
_AFTER_BUT = 6


def _the_other_named(query: Query, match: Match) -> bool:
    """ "the other report from January 2018, Growing innovative models…": named after "other", as the kind
    asked for, it is the other one meant (not one of those already known)."""
    other_at = next((i for i, w in enumerate(query.words) if w in _OTHER_WORDS), None)
    return (
        other_at is not None
        and not query.offers_choice  # ("was the other org the Health Foundation or the King's Fund?")
        and match.entry.kind == query.intent
        and _named_in_full_in_focus(query, match)
        and _first_said(query, match) > other_at
    )


_NAME_ASKED_FIRST = re.compile(
    r"\b(?:called|name|named|what is it|what s it)\b(?: \w+){0,3} and (?:where|which|what)\b"
    # "is the work there a whole-system change or a single pilot, and where did the ideas come from?": it, first
    r"|^(?:\w+ ){0,3}?(?:is|are|was|what|who)\b(?: \w+){1,12} and (?:where|which)\b"
    # ("what are we helping them deliver, where do the innovations come from…?": a "what" asked first)
    r"|^(?:\w+ ){0,3}?what\b(?: \w+){2,12} (?:where|which)\b"
)
_ALL_ASKED = frozenset("all every".split())
#: "…that a normal person could read": which of them, by how they are (not what they are about).
_HOW_IT_IS = re.compile(r"\b(?:that|which) (?:a |an |the )?((?:\w+ ){0,4}(?:could|can|would|might) \w+)")


def _asks_for_all(query: Query) -> bool:
    """ "all the children's social care bits - I know the DfE one and Wigan, anything else?", "list ur children's
    social care work - the DfE programme, Wigan, anything else?" ask for every one (not "list who else is on it")."""
    return bool(_ALL_ASKED & query.focus) or ("list" in query.focus and "who" not in query.focus)


_OTHER_WORDS = frozenset("other another else rest remaining".split())


def _first_said(query: Query, match: Match) -> int:
    """Where in the message (asking sentences first) the entry's name is first said (by any of its names:
    "the DfE children's social care innovation prog" says the programme where it says "DfE")."""
    named = [e for e in match.evidence if e.field in ("name", "alias", "acronym")]
    said = {w for e in (named or match.evidence[:1]) for w in e.words}
    return next((i for i, w in enumerate(query.words) if stem(w) in said and w not in FUNCTION_WORDS), len(query.words))


def _names(match: Match) -> bool:
    """The message names this entry clearly (not just shares a topic with it)."""
    return (
        match.score >= FRESH_SCORE and bool(match.evidence) and match.evidence[0].field in ("name", "alias", "acronym")
    )


# ---------------------------------------------------------------------- facts an entry holds

#: Returned by :func:`held_fact` when the "fact" is not one this kind of entry is asked for
#: ("what's our role in X?" asks about X, not for a person's role): answer as usual.
_NOT_ASKED = HeldFact("", "")
#: Facts that, asked of a kind with no field for them, ask about the entry itself ("what's our role in X?").
_ABOUT_THE_ENTRY = frozenset({"role", "author", "publisher"})
#: The field naming who made a document, for each fact that asks it.
_MAKERS = {"author": "authors", "publisher": "publishers"}


def held_fact(entry: Entry, fact: str) -> HeldFact | None:
    """The fact as the entry holds it, None when it does not, ``_NOT_ASKED`` when it is no fact of this kind.

    Fields first: the schema says which facts each field answers (a report's ``published``
    answers "date", a person's ``role`` answers "role"). Then, for "how many X", a number the
    entry's own text puts right before X ("around 20 other GP practices").
    """
    answering = [name for name, use in field_uses(type(entry)).items() if fact in use.answers]
    held = [(name, str(value)) for name in answering if (value := getattr(entry, name))]
    if held:  # the finest of them: "Wednesday 25 January 2018" rather than 2018
        return HeldFact(*max(held, key=lambda item: len(item[1])))
    if not answering and fact in _ABOUT_THE_ENTRY:
        return _NOT_ASKED
    thing = counted_thing(fact) or ("staff" if fact == "number of staff" else None)
    if thing is not None:
        return _counted_in(entry.summary, thing)
    if fact in MONEY_FACTS:
        return _money_in(entry.summary, fact)
    if fact == "countries":
        specific = [place for place in entry.places if not set(words(place)) & VAGUE_PLACE_WORDS]
        return HeldFact("places", ", ".join(specific)) if specific else None
    if fact == "full name":
        # "what does X stand for?": a name or alias in more than one word writes it out; "PPL" alone does not.
        longest = max((entry.name, *entry.aliases), key=lambda name: len(text_words(name)))
        return HeldFact("full name", longest) if len(text_words(longest)) > 1 else None
    if fact == "duration":
        return _duration_in(entry.summary)
    if fact in _SPOKEN_OF_BY:
        # "who funds Elevate?": its card answers when its text speaks of funding; else it is not held.
        written = set(text_words(" ".join((entry.summary, *entry.topics))))
        return _NOT_ASKED if written & _SPOKEN_OF_BY[fact] else None
    if is_open_attribute(fact):
        # "what's the population of X?": no field holds it; the entry's own text may speak of it,
        # and then its card is the answer. Otherwise it is not held.
        head = stem(fact.split()[-1])
        said = " ".join((entry.summary, *entry.topics, *entry.places, str(getattr(entry, "role", "") or "")))
        # "the fellowship" of an entry whose text speaks of its Fellows: one word grown from the other.
        spoken = any(_same_root(head, stem(w)) for w in text_words(said))
        return _NOT_ASKED if spoken else None
    return None


#: Facts held only where the entry's own text speaks of them, by these words.
_SPOKEN_OF_BY = {
    "funder": frozenset("fund funds funded funder funders funding sponsor sponsors sponsored grant grants".split()),
    "founder": frozenset("founded founder founders cofounded established".split()),
}


def _same_root(one: str, other: str) -> bool:
    """Stems equal, or one starts the other and is five letters or more ("fellow", "fellowship")."""
    short, long = sorted((one, other), key=len)
    return short == long or (len(short) >= 5 and long.startswith(short))


_DURATION = re.compile(r"\b(?:\d+|\w+)[- ](?:years?|months?|weeks?)\b(?:[- ]long)?")


def _duration_in(summary: str) -> HeldFact | None:
    """The clause of ``summary`` that gives a length of time ("a two-year collaboration"), if one does."""
    for clause in re.split(r"(?<=[.;,])\s+", summary):
        found = _DURATION.search(clause)
        if found and (found.group(0).split("-")[0].split()[0] in _NUMBER_WORDS or found.group(0)[0].isdigit()):
            return HeldFact("duration", clause.strip(" ,;."))
    return None


#: Facts that are a sum of money: held only where the entry's own text gives a figure.
MONEY_FACTS = frozenset({"amount", "budget", "price", "funding", "turnover", "salary"})
#: Places that say *that* work is abroad, not where: "Beyond the UK" does not answer "which countries?".
VAGUE_PLACE_WORDS = frozenset("beyond international global worldwide overseas abroad elsewhere various".split())
_MONEY = re.compile(r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:m|bn|k|million|billion|thousand)?\s?(?:pounds|euros|dollars)\b")


def _money_in(summary: str, fact: str) -> HeldFact | None:
    """The clause of ``summary`` that gives a sum of money, if one does."""
    for clause in re.split(r"(?<=[.;])\s+", summary):
        if _MONEY.search(clause):
            return HeldFact(fact, clause.strip(" ,;."))
    return None


_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
    thousand thousands million millions dozen dozens""".split()
)


def _is_number(word: str) -> bool:
    return word.isdigit() or word in _NUMBER_WORDS


def _same_word(held: str, asked: str) -> bool:
    """The same stem, or the asked one within a typo of it ("innovatons" for innovations)."""
    if held == asked:
        return True
    return (
        len(asked) >= 6
        and held[:1] == asked[:1]
        and OSA.distance(held, asked, score_cutoff=2) <= (1 if len(asked) < 9 else 2)
    )


def _counted_in(summary: str, thing: str) -> HeldFact | None:
    """The clause of ``summary`` where a number comes within a few words before ``thing``."""
    wanted = stem(thing)
    for clause in re.split(r"(?<=[.;,])\s+", summary):
        found = list(text_words(clause))
        for position, word in enumerate(found):
            if (stem(word) == wanted or _same_word(word, thing)) and any(
                _is_number(w) for w in found[max(0, position - 4) : position]
            ):
                return HeldFact(f"number of {word}", clause.strip(" ,;."))  # as the entry spells it
    if thing in _STUDIED_ITEMS:
        # "how many case studies does Against the Odds cover?": the things a study examines, whatever it calls them
        for clause in re.split(r"(?<=[.;,])\s+", summary):
            found = list(text_words(clause))
            counted = next((at for at, w in enumerate(found[:-1]) if _is_number(w)), None)
            if counted is not None and _EXAMINES & set(found[:counted]):
                after = found[counted + 1 : counted + 4]
                items = next((w for w in after if w.endswith("s")), after[0])  # "ten health innovations"
                return HeldFact(f"number of {items}", clause.strip(" ,;."))
    return None


#: What a study is said to look at, however the asker names its items.
_STUDIED_ITEMS = frozenset("case cases examples example studies study studys stories items".split())
_EXAMINES = frozenset("examines examined examine looks studies studied covers reviews reviewed explores".split())
