"""Ranking knowledge entries against a question: an inverted index plus rapidfuzz.

Why this shape: a plain rapidfuzz scan over every name is linear in the size of the
knowledge base and knows nothing of fields. Here each entry's words are indexed by field
(names count most, then places, topics, roles and related names, then summary words).
A question's words are looked up exactly, through plain synonyms, as acronyms derived from
names, and — for typos — fuzzily against the *vocabulary*, which grows far slower than the
number of entries. Only entries sharing a word with the question are scored.

Two coverages make the score:
- how much of the question the entry explains (IDF-weighted, by the field that matched);
- how much of one of the entry's names (or a topic, place or role) the question covers.
Their product is high only when the question is about this entry and little else, which is
what lets the bot decline "what's the wifi password in the London office?".
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left
from itertools import islice
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .knowledge import Entry, KnowledgeBase
from .text import normalise_question, stem, strip_slack_markup, words
from .vocabulary import (
        INTENT_VOCABULARY,
    INTENT_WORDS,
    ORGANISATION_NOUNS,
    PURE_QUESTION_WORDS,
    TOGETHER_WORDS,
    LIST_OPENERS,
    FUNCTION_WORDS,
    GENERIC_WORDS,
    STOPWORDS,
    SYNONYMS,
)

#: How much a word found in each field says about the entry.
FIELD_WEIGHTS: dict[str, float] = {
    "name": 1.0,
    "alias": 1.0,
    "acronym": 0.95,
    "place": 0.8,
    "qualifier": 0.8,
    "topic": 0.75,
    "role": 0.75,
    "year": 0.7,
    "partner": 0.6,
    "organisation": 0.6,
    "publisher": 0.6,
    "author": 0.6,
    "contact": 0.5,
    "published": 0.5,
    "summary": 0.55,
}
_FIELDS = tuple(FIELD_WEIGHTS)
_FIELD_CODE = {name: code for code, name in enumerate(_FIELDS)}
_WEIGHT_BY_CODE = tuple(FIELD_WEIGHTS[name] for name in _FIELDS)
_NAME_FIELDS = frozenset({"name", "alias", "acronym"})
#: Fields whose whole value, when a question covers it, says what the question is about.
_VALUE_FIELDS = {"topic": 0.8, "place": 0.75, "qualifier": 0.75, "role": 0.8}
#: Reference fields whose targets' names are indexed on the entry, under this field name.
_REFERENCE_LABELS = {
    "partners": "partner", "organisation": "organisation", "publishers": "publisher",
    "authors": "author", "contacts": "contact",
}

#: Questions are matched on their start; nobody's real question is longer than this.
MAX_QUESTION_CHARS = 500
MAX_QUESTION_WORDS = 60
#: Candidates kept after the cheap pass for the full score.
_SHORTLIST = 200
_SYNONYM_SIMILARITY = 0.85
_SMALL_WORD_SHARE = 0.3
_INTENT_WORD_SHARE = 0.5
_GENERIC_SHARE = 0.15
_PREFIX_SIMILARITY = 0.85
_ACRONYM_SIMILARITY = 0.95


@dataclass(frozen=True)
class Evidence:
    """Why an entry matched: the field, the value in it, and the question words that hit it."""

    field: str
    text: str
    words: tuple[str, ...]

    def describe(self) -> str:
        label = {"acronym": "acronym", "alias": "alias", "name": "name"}.get(self.field, self.field)
        return f'{label} "{self.text}"'


@dataclass(frozen=True)
class Match:
    entry: Entry
    score: float
    evidence: tuple[Evidence, ...] = ()
    #: Set when this entry was reached through another (e.g. a programme's partner).
    via: str | None = None


@dataclass(frozen=True)
class Query:
    """What the engine made of a question."""

    text: str
    words: tuple[str, ...]
    terms: tuple[str, ...]
    intent: str | None
    intent_strength: float
    wants_list: bool
    truncated: bool


@dataclass
class _Value:
    field: str
    text: str
    stems: tuple[str, ...]


@dataclass
class _Term:
    """One question word and the indexed stems it may stand for, each with a similarity."""

    word: str
    options: list[tuple[str, float]]
    weight: float
    known: bool = True


_QUALIFIER = re.compile(r"^(.*\S)\s*\(([^()]+)\)\s*$")


def split_qualifier(name: str) -> tuple[str, str | None]:
    """ "Integrated Community Team (West London)" → the name, and the qualifier that tells it apart.

    The bracketed part says where or whose, like a place; counting it as part of the name would
    let any question about West London claim the whole name.
    """
    found = _QUALIFIER.match(name)
    return (found.group(1), found.group(2)) if found else (name, None)


def acronyms_of(text: str) -> set[str]:
    """Initials a person would type for ``text``: "NHS Innovation Accelerator" → "nia".

    Both with and without small words ("Department for Education" → "dfe" and "de").
    Two letters only for a name of exactly two words ("Health Foundation" → "hf"); shorter
    or looser is too ambiguous to be useful.
    """
    tokens = words(text)
    content = [t for t in tokens if t not in FUNCTION_WORDS]
    found = {"".join(t[0] for t in tokens), "".join(t[0] for t in content)}
    return {a for a in found if 3 <= len(a) <= 8 or (len(a) == 2 and len(content) == 2)}


class SearchIndex:
    """Built once per knowledge base; ``search`` is pure and thread-safe."""

    def __init__(self, knowledge: KnowledgeBase):
        self.knowledge = knowledge
        self.entries: list[Entry] = list(knowledge.entries.values())
        self._values: list[list[_Value]] = []
        postings: dict[str, tuple[list[int], list[int]]] = {}
        surface_words: set[str] = set()
        phrase_acronyms: dict[str, tuple[str, ...]] = {}
        for index, entry in enumerate(self.entries):
            values = list(self._values_of(entry))
            self._values.append(values)
            best_code: dict[str, int] = {}
            for value in values:
                code = _FIELD_CODE[value.field]
                for s in value.stems:
                    previous = best_code.get(s)
                    if previous is None or _WEIGHT_BY_CODE[code] > _WEIGHT_BY_CODE[previous]:
                        best_code[s] = code
                if value.field in ("name", "alias"):
                    self._collect_phrase_acronyms(value.text, phrase_acronyms)
                if value.field != "acronym":
                    surface_words.update(words(value.text))
            for s, code in best_code.items():
                ids, codes = postings.setdefault(s, ([], []))
                ids.append(index)
                codes.append(code)
        self._postings = {s: (array("i", ids), bytes(codes)) for s, (ids, codes) in postings.items()}
        count = max(len(self.entries), 1)
        self._idf = {s: math.log(1 + (count - len(ids) + 0.5) / (len(ids) + 0.5)) for s, (ids, _) in self._postings.items()}
        self._max_idf = max(self._idf.values(), default=1.0)
        #: A word nobody wrote in the knowledge base still counts against coverage, a little less
        #: than the rarest known word: "wifi password" is about something we don't hold.
        self._unknown_weight = 0.7 * self._max_idf
        self._surface = {w for w in surface_words if not w.isdigit()}
        self._sorted_surface = sorted(self._surface)
        self._surface_by_length: dict[int, list[str]] = {}
        for w in sorted(self._surface):
            self._surface_by_length.setdefault(len(w), []).append(w)
        self._phrase_acronyms = {a: p for a, p in phrase_acronyms.items() if a not in self._surface and a not in STOPWORDS}
        #: Per entry, its names, topics, places and role with the weight of each stem, for
        #: measuring how much of a name a question covers. Small words count, but little:
        #: "My Care, My Way" is mostly "care" and "way", yet a question with "my" is closer.
        self._subjects: list[list[tuple[_Value, dict[str, float], float]]] = []
        for values in self._values:
            subjects = []
            for v in values:
                if v.field in _NAME_FIELDS or v.field in _VALUE_FIELDS:
                    weights: dict[str, float] = {}
                    for w, s in zip(words(v.text), v.stems) if v.field != "acronym" else ((v.stems[0], v.stems[0]),):
                        weights[s] = self._idf.get(s, 0.0) * (_SMALL_WORD_SHARE if w in FUNCTION_WORDS else 1.0)
                    total = sum(weights.values())
                    if total:
                        subjects.append((v, weights, total))
            self._subjects.append(subjects)

    # ------------------------------------------------------------------ indexing

    def _values_of(self, entry: Entry) -> Iterable[_Value]:
        def value(field_name: str, text: str) -> _Value:
            return _Value(field_name, text, tuple(stem(w) for w in words(text)))

        name, qualifier = split_qualifier(entry.name)
        yield value("name", name)
        if qualifier:
            yield value("qualifier", qualifier)
        for alias in entry.aliases:
            yield value("alias", alias)
        for text in (name, *entry.aliases):
            for acronym in acronyms_of(text):
                yield _Value("acronym", acronym.upper(), (acronym,))
        for topic in entry.topics:
            yield value("topic", topic)
        for place in entry.places:
            yield value("place", place)
        role = getattr(entry, "role", None)
        if role:
            yield value("role", role)
        year = getattr(entry, "year", None)
        if year:
            yield value("year", str(year))
        published = getattr(entry, "published", None)
        if published:
            yield value("published", published)
        for reference, label in _REFERENCE_LABELS.items():
            if reference in type(entry).model_fields:
                for target in self.knowledge.linked(entry, reference):
                    yield value(label, target.name)
                    for alias in target.aliases:
                        yield value(label, alias)
        yield value("summary", entry.summary)

    @staticmethod
    def _collect_phrase_acronyms(text: str, found: dict[str, tuple[str, ...]]) -> None:
        """Acronyms of runs of two or more words inside a name: "Children's Social Care" → "csc"."""
        tokens = [t for t in words(text) if t not in FUNCTION_WORDS]
        for start in range(len(tokens)):
            for end in range(start + 2, min(len(tokens), start + 6) + 1):
                run = tokens[start:end]
                acronym = "".join(t[0] for t in run)
                if len(acronym) >= 3:
                    found.setdefault(acronym, tuple(stem(t) for t in run))

    # ------------------------------------------------------------------ questions

    def parse(self, question: str) -> Query:
        raw = strip_slack_markup(question or "")
        truncated = len(raw) > MAX_QUESTION_CHARS
        all_words = words(raw[:MAX_QUESTION_CHARS])
        truncated = truncated or len(all_words) > MAX_QUESTION_WORDS
        all_words = all_words[:MAX_QUESTION_WORDS]
        text = " ".join(all_words)
        intent, strength = _intent(all_words, text)
        terms = tuple(dict.fromkeys(w for w in all_words if w not in STOPWORDS and w not in PURE_QUESTION_WORDS))
        wants_list = _wants_list(all_words, text)
        return Query(text, tuple(all_words), terms, intent, strength, wants_list, truncated)

    def _expand(self, word: str) -> list[_Term]:
        s = stem(word)
        if s in self._postings:
            options = [(s, 1.0)]
            for synonym in SYNONYMS.get(word, ()):
                alternative = stem(synonym)
                if alternative in self._postings and alternative != s:
                    options.append((alternative, _SYNONYM_SIMILARITY))
            return [_Term(word, options, self._idf[s])]
        synonyms = [(stem(w), _SYNONYM_SIMILARITY) for w in SYNONYMS.get(word, ()) if stem(w) in self._postings]
        if synonyms:
            return [_Term(word, synonyms, max(self._idf[o] for o, _ in synonyms))]
        phrase = self._phrase_acronyms.get(word)
        if phrase:
            return [_Term(f"{word}:{p}", [(p, _ACRONYM_SIMILARITY)], self._idf.get(p, 0.0)) for p in phrase if p in self._postings]
        fuzzy = self._prefixed(word) or self._fuzzy(word)
        if fuzzy:
            return [_Term(word, fuzzy, max(self._idf[o] for o, _ in fuzzy))]
        # A number we don't hold (a year, "111") is a precise detail: it counts fully against;
        # an everyday word we don't hold ("explaining") says little either way.
        if word.isdigit():
            weight = self._max_idf
        elif word in GENERIC_WORDS:
            weight = self._unknown_weight * _GENERIC_SHARE
        else:
            weight = self._unknown_weight
        return [_Term(word, [], weight, known=False)]

    def _prefixed(self, word: str) -> list[tuple[str, float]]:
        """Words that ``word`` abbreviates by cutting short: "innov" → innovation, "govt" no."""
        if len(word) < 3 or word.isdigit():
            return []
        start = bisect_left(self._sorted_surface, word)
        options: dict[str, float] = {}
        for candidate in islice(self._sorted_surface, start, start + 8):
            if not candidate.startswith(word):
                break
            s = stem(candidate)
            if s in self._postings:
                options.setdefault(s, _PREFIX_SIMILARITY)
        return list(options.items())[:3]

    def _fuzzy(self, word: str) -> list[tuple[str, float]]:
        """Vocabulary words within a typo of ``word``.

        One edit for words of four to seven letters, two for longer ones; a three-letter word
        only by a swapped or missing letter ("wya" → way, "fun" → fund), which rarely turns one
        real word into another.
        """
        if len(word) < 3 or word.isdigit():
            return []
        allowed = 1 if len(word) < 8 else 2
        options: dict[str, float] = {}
        for length in range(len(word) - allowed, len(word) + allowed + 1):
            bucket = self._surface_by_length.get(length)
            if not bucket or (len(word) == 3 and length < 3):
                continue
            for candidate, distance, _ in process.extract_iter(word, bucket, scorer=OSA.distance, score_cutoff=allowed):
                if candidate[0] != word[0] and distance > 1:
                    continue
                if len(word) == 3 and not (len(candidate) == 4 or sorted(candidate) == sorted(word)):
                    continue
                similarity = 1.0 - 0.6 * distance / max(len(word), len(candidate))
                s = stem(candidate)
                if s in self._postings and similarity > options.get(s, 0.0):
                    options[s] = similarity
        return sorted(options.items(), key=lambda item: -item[1])[:3]

    def search(self, question: str | Query, kinds: Iterable[str] | None = None, limit: int = 10) -> tuple[Query, list[Match]]:
        """Entries ranked by how well they answer ``question`` (score 0–100), best first."""
        query = question if isinstance(question, Query) else self.parse(question)
        terms: list[_Term] = []
        for word in query.terms:
            expanded = self._expand(word)
            if word in INTENT_VOCABULARY:
                # "report", "blog", "partner" say what kind of answer is wanted; they may also be
                # in a name or topic. Half weight when they are; no weight when they are not.
                expanded = [t for t in expanded if t.known]
                for term in expanded:
                    term.weight *= _INTENT_WORD_SHARE
            terms.extend(expanded)
        if not terms or all(not t.known for t in terms):
            return query, []
        allowed = set(kinds) if kinds else None

        known_weight = sum(t.weight for t in terms if t.known)
        unknown_weight = sum(t.weight for t in terms if not t.known)
        total_weight = (known_weight + unknown_weight) or 1.0
        explained: dict[int, float] = {}
        for term in terms:
            best: dict[int, float] = {}
            for s, similarity in term.options:
                ids, codes = self._postings[s]
                for index, code in zip(ids, codes):
                    gain = similarity * _WEIGHT_BY_CODE[code]
                    if gain > best.get(index, 0.0):
                        best[index] = gain
            for index, gain in best.items():
                explained[index] = explained.get(index, 0.0) + gain * term.weight
        if allowed is not None:
            explained = {i: v for i, v in explained.items() if self.entries[i].kind in allowed}
        shortlist = sorted(explained, key=explained.__getitem__, reverse=True)[:_SHORTLIST]

        matched_stems = {stem(w): 1.0 for w in query.words}
        for term in terms:
            for s, similarity in term.options:
                matched_stems[s] = max(similarity, matched_stems.get(s, 0.0))
        matches = []
        for index in shortlist:
            entry = self.entries[index]
            query_cover = explained[index] / total_weight
            name_cover, value_cover, evidence = self._subject_cover(index, matched_stems)
            subject_cover = max(name_cover, value_cover)
            score = query_cover * (0.45 + 0.55 * subject_cover)
            # A question that names an entry in full is about it, whatever else it asks
            # ("how many innovations does Against the Odds look at?").
            score = max(score, name_cover ** 2 * (0.6 + 0.4 * query_cover))
            score *= _intent_factor(query.intent, query.intent_strength, entry.kind)
            matches.append(Match(entry, round(min(100.0 * score, 100.0), 1), evidence))
        matches.sort(key=lambda m: (-m.score, m.entry.name))
        return query, matches[:limit]

    def _subject_cover(self, index: int, matched_stems: dict[str, float]) -> tuple[float, float, tuple[Evidence, ...]]:
        """How much of one of the entry's names, and of a topic, place or role, the question covers."""
        name_cover = value_cover = 0.0
        evidence: list[tuple[float, Evidence]] = []
        for value, weights, total in self._subjects[index]:
            covered = sum(weight * matched_stems[s] for s, weight in weights.items() if s in matched_stems)
            if not covered:
                continue
            cover = covered / total
            if value.field in _NAME_FIELDS:
                name_cover = max(name_cover, cover)
            else:
                cover *= _VALUE_FIELDS[value.field]
                value_cover = max(value_cover, cover)
            hit = tuple(s for s in value.stems if s in matched_stems)
            evidence.append((cover, Evidence(value.field, value.text, hit)))
        evidence.sort(key=lambda item: -item[0])
        found = tuple(e for _, e in evidence[:3]) or self._summary_evidence(index, matched_stems)
        return min(name_cover, 1.0), min(value_cover, 1.0), found

    def _summary_evidence(self, index: int, matched_stems: dict[str, float]) -> tuple[Evidence, ...]:
        for value in self._values[index]:
            hit = tuple(dict.fromkeys(s for s in value.stems if s in matched_stems))
            if hit:
                return (Evidence(value.field, value.text, hit),)
        return ()


_STRONG_INTENT = 0.5
_WEAK_INTENT = 0.25


def _intent(all_words: list[str], text: str) -> tuple[str | None, float]:
    """The kind of entry the question asks for, and how firmly (the share others lose)."""
    present = set(all_words)
    asked_for = _asked_kind(all_words)
    if asked_for:
        return asked_for, _STRONG_INTENT
    strong = {kind for kind, (firm, _) in INTENT_WORDS.items() if present & firm}
    weak = {kind for kind, (_, loose) in INTENT_WORDS.items() if present & loose}
    asks_who = bool(present & PURE_QUESTION_WORDS)
    if "organisation" in strong and "contact" not in strong:
        return "organisation", _STRONG_INTENT  # "which partner orgs…", even with a "who"
    if asks_who and present & {"wrote", "written", "authored"}:
        return "contact", _STRONG_INTENT  # "who wrote…" wants the person, not the paper
    if asks_who and "contact" not in strong and present & TOGETHER_WORDS:
        return "organisation", _WEAK_INTENT  # "who are we working with?"
    for kind in ("contact", "report", "programme"):
        if kind in strong:
            return kind, _STRONG_INTENT
    if present & ORGANISATION_NOUNS and present & {"which", "what"}:
        return "organisation", _WEAK_INTENT  # "which government department…"
    for kind in ("contact", "report", "programme", "organisation"):
        if kind in weak:
            return kind, _WEAK_INTENT
    return None, 0.0


def _asked_kind(all_words: list[str]) -> str | None:
    """The kind named right after "which"/"what": "which government department sits behind X?"."""
    for position, word in enumerate(all_words):
        if word not in ("which", "what"):
            continue
        for following in all_words[position + 1 : position + 3]:
            if following in ORGANISATION_NOUNS:
                return "organisation"
            for kind, (firm, _) in INTENT_WORDS.items():
                if following in firm:
                    return kind
    return None


def _wants_list(all_words: list[str], text: str) -> bool:
    plural_kinds = {"programmes", "programs", "projects", "reports", "papers", "organisations", "organizations", "orgs", "partners", "contacts", "people"}
    return bool(set(all_words) & plural_kinds) or text.startswith(LIST_OPENERS)


def _intent_factor(intent: str | None, strength: float, kind: str) -> float:
    """Entries of another kind than the question asks for lose up to ``strength`` of their score."""
    if intent is None or intent == kind:
        return 1.0
    return 1.0 - strength
