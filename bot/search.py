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

import heapq
import math
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import islice, repeat

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .knowledge import Entry, KnowledgeBase
from .knowledge.schema import field_uses, reference_fields
from .question import Query, parse
from .text import expand_contractions, stem, text_words
from .vocabulary import (
    AWAY_WORDS,
    ENTRY_ASPECTS,
    FUNCTION_WORDS,
    GENERIC_WORDS,
    INTENT_VOCABULARY,
    ORGANISATION_NOUNS,
    STOPWORDS,
    SYNONYMS,
)

#: How much a word found in each field says about the entry.
FIELD_WEIGHTS: dict[str, float] = {
    "name": 1.0,
    "alias": 1.0,
    "acronym": 0.95,
    "place": 0.8,
    "region": 0.6,
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
_VALUE_FIELDS = {"topic": 0.8, "place": 0.75, "region": 0.6, "qualifier": 0.75, "role": 0.8, "published": 0.8}

#: Candidates kept after the cheap pass for the full score.
_SHORTLIST = 50
_SYNONYM_SIMILARITY = 0.85
_SMALL_WORD_SHARE = 0.3
_INTENT_WORD_SHARE = 0.5
_GENERIC_SHARE = 0.15
_UNTYPED_SHARE = 0.5
_PREFIX_SIMILARITY = 0.85
_ACRONYM_SIMILARITY = 0.95
_SKELETON_SIMILARITY = 0.8
#: A shortening that leaves out consonants too ("fdn") is a little less sure than one without vowels only.
_SHORTENED_SHARE = 0.9
_MAX_EXPANSIONS = 50_000
#: Entries whose weighed values are kept between questions (a few hundred are scored again and again).
_MAX_CACHED_ENTRIES = 5_000
#: Words from a message's context sentences (not the ones that ask) count this much as evidence…
_CONTEXT_SHARE = 0.6
#: …and, when the knowledge base has no such word, this little against: "Finance here" or
#: "I'm redoing the logos in reception" frame a question, they don't make it about something else.
_CONTEXT_UNKNOWN_SHARE = 0.12
#: Unknown words of an asking sentence that names nothing we know ("does it ring a bell?").
_REFERRING_UNKNOWN_SHARE = 0.5
#: An asking sentence covering this much of any entry's name names its own subject…
_FOCUS_NAMES = 0.5
#: …else an entry the context names this fully is what it asks about, scoring at least this.
_CONTEXT_NAMES = 0.95
_CONTEXT_NAMED = 0.6
#: How much of a name a quoted part of it covers ("Spring" of Spring Consortium).
_QUOTED_COVER = 0.9
#: Each pair of subject words a message says in an entry's own order adds this much (from _MIN_PAIRS
#: to at most _MAX_PAIRS pairs); the message's pairs may skip one word ("innovations that actually did scale").
_PAIR_SHARE = 0.04
_MAX_PAIRS = 3
_MIN_PAIRS = 2
_PAIR_WINDOW = 2
#: A passage quoted word for word from an entry's summary, or a quoted part of its name, identifies it.
_VERBATIM_SCORE = 0.85


@dataclass(frozen=True)
class Evidence:
    """Why an entry matched: the field, the value in it, and the question words that hit it."""

    field: str
    text: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    entry: Entry
    score: float
    evidence: tuple[Evidence, ...] = ()
    #: Set when this entry was reached through another (e.g. a programme's partner).
    via: str | None = None
    #: The score before the question's intent weighed in: "who runs X?" still finds X.
    raw_score: float | None = None


@dataclass(frozen=True, slots=True, eq=False)
class _Value:
    field: str
    text: str
    words: tuple[str, ...]
    stems: tuple[str, ...]
    #: The stems a question can look up: questions drop stopwords, so the index can too.
    index_stems: tuple[str, ...] = ()


def _make_value(field_name: str, text: str) -> _Value:
    found = text_words(text)
    stems = tuple(map(stem, found))  # map, not a generator: this runs for every word of every entry
    return _Value(
        field_name, text, found, stems, tuple(dict.fromkeys(map(stem, [w for w in found if w not in STOPWORDS])))
    )


@cache
def _searched_fields(model: type[Entry]) -> tuple[tuple[str, str], ...]:
    """(field, label) of the plain fields the schema marks as searched (``Use(search_as=…)``)."""
    return tuple((name, use.search_as) for name, use in field_uses(model).items() if use.search_as)


def said_in_own_words(entry: Entry) -> tuple[str, ...]:
    """The entry's excerpts: fields searched as "excerpt" (lines a document says word for word)."""
    return tuple(
        str(line)
        for name, label in _searched_fields(type(entry))
        if label == "excerpt"
        for line in getattr(entry, name) or ()
    )


@cache
def _reference_labels(model: type[Entry]) -> dict[str, str]:
    """Reference fields whose targets' names are searched on the entry, with their labels."""
    return {name: ref.search_as for name, ref in reference_fields(model).items() if ref.search_as}


def _summary_value(text: str) -> _Value:
    """For the index, a summary needs only its searchable stems (summaries are unique, not cached)."""
    return _Value(
        "summary", text, (), (), tuple(dict.fromkeys(map(stem, [w for w in text_words(text) if w not in STOPWORDS])))
    )


def _field_weight(value: _Value) -> float:
    return FIELD_WEIGHTS[value.field]


_SUBJECT_FIELDS = frozenset({"name", "alias", "acronym", "topic", "place", "region", "qualifier", "role", "published"})


#: Letters a word split in two must make together: "in to" is no name of ours.
_SPLIT_WORD = 6


@dataclass
class _Term:
    """One question word and the indexed stems it may stand for, each with a similarity."""

    word: str
    options: list[tuple[str, float]]
    weight: float
    known: bool = True
    #: From a sentence that asks (not from the context around it).
    focus: bool = True


_QUALIFIER = re.compile(r"^(.*\S)\s*\(([^()]+)\)\s*$")


def split_qualifier(name: str) -> tuple[str, str | None]:
    """ "Integrated Community Team (West London)" → the name, and the qualifier that tells it apart.

    The bracketed part says where or whose, like a place; counting it as part of the name would
    let any question about West London claim the whole name.
    """
    found = _QUALIFIER.match(name)
    return (found.group(1), found.group(2)) if found else (name, None)


#: How many words apart the words of a name of everyday words may be said: "my care, my way" (not "carefully,
#: I've seen it two ways").
_TOGETHER = 3


def _said_together(stems: tuple[str, ...], said: tuple[str, ...]) -> bool:
    """Every word said within a few words of the others, in any order ("My Way, My Care" too); or some word
    not said exactly (a typo: no telling)."""
    if not all(s in said for s in stems):
        return True
    span = _TOGETHER * (len(stems) - 1)
    wanted = set(stems)
    return any(said[start] in wanted and wanted <= set(said[start : start + span + 1]) for start in range(len(said)))


def _in_capitals(word: str) -> bool:
    """ "DfE", "NHS", "PPL": capitals past the first letter (not "Wigan", "care")."""
    return not word.islower() and not word.istitle()


def acronyms_of(text: str) -> set[str]:
    """Initials a person would type for ``text``: "NHS Innovation Accelerator" → "nia".

    Both with and without small words ("Department for Education" → "dfe" and "de").
    Two letters only for a name of exactly two words ("Health Foundation" → "hf"); shorter
    or looser is too ambiguous to be useful.
    """
    tokens = text_words(text)
    content = [t for t in tokens if t not in FUNCTION_WORDS]
    found = {"".join(t[0] for t in tokens), "".join(t[0] for t in content)}
    typed = re.findall(r"\w+", text)
    if len(typed) > 1 and any(len(w) > 1 and w.isupper() for w in typed):
        # "NHSIA" for "NHS Innovation Accelerator": a capitalised short word kept whole among the initials.
        found.add(
            "".join(
                w.lower() if len(w) > 1 and w.isupper() else w[0].lower()
                for w in typed
                if w.lower() not in FUNCTION_WORDS
            )
        )
    return {a for a in found if 3 <= len(a) <= 8 or (len(a) == 2 and len(content) == 2 and a not in _TWO_LETTER_WORDS)}


_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_WORDS | STOPWORDS)
#: A quoted passage this long, and this near (0-100) to a name, is that name typed with a slip.
_NEAR_NAME_LENGTH = 10
_NEAR_NAME_RATIO = 90
_NEAR_NAME_LIMIT = 5
#: Initials that are words people type anyway ("Servicio Andaluz de Salud" is no "DE", Department for Education).
_TWO_LETTER_WORDS = frozenset(
    "de la le el da di du do of to in is it as at an or on be go he me my no so up us we".split()
)


class SearchIndex:
    """Built once per knowledge base; ``search`` is pure and thread-safe."""

    def __init__(self, knowledge: KnowledgeBase):
        self.knowledge = knowledge
        self._has_places = knowledge.has_places
        self._region_cache: dict[str, tuple[str, ...]] = {}
        self._names_said: tuple[list[str], list[int]] | None = None
        self.entries: list[Entry] = list(knowledge.entries.values())
        #: Links in and out of each entry, to order otherwise equal matches.
        self._degree = [
            sum(map(len, knowledge.links_from(e).values())) + len(knowledge.linking(e)) for e in self.entries
        ]
        # A large knowledge base repeats its topics, places and partner names many times:
        # each distinct (field, text) is tokenised and weighed once and shared.
        self._value_cache: dict[tuple[str, str], _Value] = {}
        # One dict per field: stem → ids of the entries where that field is the stem's best.
        buckets: list[dict[str, list[int]]] = [{} for _ in _FIELDS]
        subject_values: list[tuple[_Value, ...]] = []
        #: The stems each kind of entry holds: "is this word anywhere among the programmes?"
        self._kind_stems: dict[str, set[str]] = {}
        for index, entry in enumerate(self.entries):
            values = self._values_of(entry, self._value)
            # Lightest field first, so a word's heaviest field is the one left in the dict.
            values.sort(key=_field_weight)
            best_code: dict[str, int] = {}
            for value in values:
                best_code.update(zip(value.index_stems, repeat(_FIELD_CODE[value.field])))
            subject_values.append(tuple(v for v in values if v.field in _SUBJECT_FIELDS))
            self._kind_stems.setdefault(entry.kind, set()).update(best_code)
            for s, code in best_code.items():
                bucket = buckets[code]
                found = bucket.get(s)
                if found is None:
                    bucket[s] = [index]
                else:
                    found.append(index)
        grouped: dict[str, list[tuple[float, array]]] = {}
        for code, bucket in enumerate(buckets):
            weight = _WEIGHT_BY_CODE[code]
            for s, ids in bucket.items():
                grouped.setdefault(s, []).append((weight, array("i", ids)))
        count = max(len(self.entries), 1)
        self._idf = {}
        #: stem → ((field weight, entry ids), …), lightest field first: scoring a term is then a few
        #: C-level dict updates per field instead of a Python step per entry.
        self._postings: dict[str, tuple[tuple[float, array], ...]] = {}
        for s, groups in grouped.items():
            df = sum(len(ids) for _, ids in groups)
            self._idf[s] = math.log(1 + (count - df + 0.5) / (df + 0.5))
            self._postings[s] = tuple(sorted(groups, key=_first))
        self._max_idf = max(self._idf.values(), default=1.0)
        #: A word nobody wrote in the knowledge base still counts against coverage, a little less
        #: than the rarest known word: "wifi password" is about something we don't hold.
        self._unknown_weight = 0.7 * self._max_idf

        surface_words: set[str] = set()
        phrase_acronyms: dict[str, tuple[str, ...]] = {}
        name_words: set[str] = set()
        place_stems: set[str] = set()
        # ("DfE children's social care…" gives no "dcs": a run with an acronym in it is no one's shorthand, and
        # "DCS" is a Director of Children's Services.)
        acronym_words: set[str] = set()
        names: list[tuple[str, ...]] = []
        for value in self._value_cache.values():
            if value.field != "acronym":
                surface_words.update(value.words)
            if value.field == "acronym" or (len(value.words) == 1 and _in_capitals(value.text)):
                acronym_words.update(value.words)
            if value.field in ("name", "alias"):
                names.append(value.words)
                name_words.update(value.words)
            elif value.field in ("place", "region"):
                place_stems.update(value.index_stems)
        for name in names:
            self._collect_phrase_acronyms(name, phrase_acronyms, acronym_words)
        #: The stems of every place and region an entry is in: "the schools programme out there" is asked there.
        self._place_stems = frozenset(place_stems)
        #: The words of names and aliases, looked up by their sound when a name is not found otherwise.
        self._name_words = frozenset(name_words)
        self._surface = {w for w in surface_words if not w.isdigit()}
        self._sorted_surface = sorted(self._surface)
        self._surface_by_length: dict[int, list[str]] = {}
        for w in self._sorted_surface:
            self._surface_by_length.setdefault(len(w), []).append(w)
        self._phrase_acronyms = {
            a: p for a, p in phrase_acronyms.items() if a not in self._surface and a not in STOPWORDS
        }

        #: Per entry, its names, topics, places and role: what a question can cover. Each is
        #: weighed on first use (see ``_weighed``), as most are never shortlisted.
        self._subjects = subject_values
        self._weights: dict[_Value, tuple[dict[str, float], float, frozenset[str]]] = {}
        self._all_values: dict[int, tuple[_Value, ...]] = {}
        self._subject_weights: dict[int, tuple[tuple[dict[str, float], float, frozenset[str], float | None], ...]] = {}
        self._apart: dict[int, dict[int, tuple[str, ...]]] = {}
        self._value_cache.clear()  # only needed while building
        self._pair_cache: dict[int, frozenset[tuple[str, str]]] = {}
        self._skeletons: dict[str, list[str]] | None = None
        self._expansions: dict[str, tuple[tuple[str, tuple[tuple[str, float], ...], float, bool], ...]] = {}

    def _value(self, field_name: str, text: str) -> _Value:
        key = (field_name, text)
        found = self._value_cache.get(key)
        if found is None:
            found = self._value_cache[key] = _make_value(field_name, text)
        return found

    def _weighed(self, value: _Value) -> tuple[dict[str, float], float, frozenset[str]]:
        """Each stem's share of a name (its IDF; small words count a little), computed once.

        "My Care, My Way" is mostly "care" and "way", yet a question with "my" is closer.
        Deterministic, so two threads racing to fill the cache store the same thing.
        """
        found = self._weights.get(value)
        if found is None:
            weights: dict[str, float] = {}
            for w, s in zip(value.words, value.stems, strict=True):
                weights[s] = self._idf.get(s, 0.0) * (_SMALL_WORD_SHARE if w in FUNCTION_WORDS else 1.0)
            found = self._weights[value] = (weights, sum(weights.values()), frozenset(weights))
        return found

    # ------------------------------------------------------------------ indexing

    def _values_of(self, entry: Entry, value=None) -> list[_Value]:
        """Every indexed (field, text) of an entry, its linked entries' names included."""
        value = value or _make_value
        name, qualifier = split_qualifier(entry.name)
        found = [value("name", name)]
        if qualifier:
            found.append(value("qualifier", qualifier))
        for alias in entry.aliases:
            found.append(value("alias", alias))
        for text in (name, *entry.aliases):
            for acronym in acronyms_of(text):
                if len(acronym) == 2 and entry.kind == "contact":
                    continue  # "HR", "PM", "JT": a person's two initials are far more often something else
                found.append(_Value("acronym", acronym.upper(), (acronym,), (acronym,), (acronym,)))
        found.extend(value("topic", topic) for topic in entry.topics)
        # "Beyond the UK" says the work is not in the UK: a question about the UK must not find it there.
        found.extend(value("place", _place_words(place)) for place in entry.places)
        # "up north", "South Yorkshire", "a school near Sydney": the areas around its places, and inside them.
        if self._has_places:
            found.extend(value("region", region) for place in entry.places for region in self._regions_of(place))
        for field_name, label in _searched_fields(type(entry)):
            held = getattr(entry, field_name)
            if isinstance(held, tuple):
                continue  # excerpts: prose whose words would make any entry a little about everything
            if held:
                found.append(value(label, str(held)))
        labels = _reference_labels(type(entry))
        for reference, targets in self.knowledge.links_from(entry).items():
            link_label = labels.get(reference)
            if link_label is None:
                continue
            for target in targets:
                found.append(value(link_label, target.name))
                found.extend(value(link_label, alias) for alias in target.aliases)
        found.append(
            _summary_value(entry.summary) if value is not _make_value else _make_value("summary", entry.summary)
        )
        return found

    def _regions_of(self, place: str) -> tuple[str, ...]:
        """The areas around a place and inside it, as searched (cached: many entries share a place)."""
        found = self._region_cache.get(place)
        if found is None:
            own = set(text_words(place))
            found = self._region_cache[place] = tuple(
                _place_words(region)
                for region in self.knowledge.regions(place)
                if not set(text_words(region)) <= own  # "London" says no more than "West London"
            )
        return found

    @staticmethod
    def _collect_phrase_acronyms(
        name_words: tuple[str, ...],
        found: dict[str, tuple[str, ...]],
        acronyms: set[str] | frozenset[str] = frozenset(),
    ) -> None:
        """Acronyms of runs of two to four words inside a name: "Children's Social Care" → "csc"."""
        tokens = [t for t in name_words if t not in FUNCTION_WORDS]
        if len(tokens) < 2:
            return
        initials = [t[0] for t in tokens]
        clean = acronyms.isdisjoint(tokens)  # (nearly every name: no run to check)
        for start in range(len(tokens) - 1):
            for end in range(start + 2, min(len(tokens), start + 4) + 1):
                if not clean and acronyms.intersection(tokens[start:end]):
                    break
                acronym = "".join(initials[start:end])
                if len(acronym) >= 3 and acronym not in found:
                    found[acronym] = tuple(map(stem, tokens[start:end]))

    # ------------------------------------------------------------------ questions

    def parse(self, question: str) -> Query:
        return parse(question)

    def _expand(self, word: str) -> list[_Term]:
        """The indexed stems ``word`` may stand for, as fresh terms (callers adjust their weights).

        Cached per index: long messages repeat everyday words, and a typo lookup is the costly part.
        """
        found = self._expansions.get(word)
        if found is None:
            if len(self._expansions) >= _MAX_EXPANSIONS:
                self._expansions.clear()
            found = self._expansions[word] = tuple(
                (t.word, tuple(t.options), t.weight, t.known) for t in self._look_up(word)
            )
        return [_Term(w, list(options), weight, known) for w, options, weight, known in found]

    def _look_up(self, word: str) -> list[_Term]:
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
            return [
                _Term(f"{word}:{p}", [(p, _ACRONYM_SIMILARITY)], self._idf.get(p, 0.0))
                for p in phrase
                if p in self._postings
            ]
        pieces = self._run_together(word)
        if pieces:
            # "mycaremyway", "#againsttheodds": a name typed without its spaces.
            return [_Term(piece, [(stem(piece), 1.0)], self._idf[stem(piece)]) for piece in pieces]
        fuzzy = self._prefixed(word) or self._fuzzy(word) or self._unvowelled(word) or self._contracted(word)
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

    def holds(self, word: str, kinds: Iterable[str] | None = None) -> bool:
        """An entry (of one of ``kinds``) has this word or a plain synonym of it (typos not counted)."""
        stems = {stem(w) for w in (word, *SYNONYMS.get(word, ()))}
        if kinds is None:
            return any(s in self._postings for s in stems)
        return any(stems & self._kind_stems.get(kind, set()) for kind in kinds)

    def knows(self, word: str) -> bool:
        """Some entry has this word, a plain synonym of it, a word within a typo of it, or (a name) one it
        sounds like."""
        if self.holds(word) or any(term.known for term in self._expand(word)):
            return True
        return bool(self._sounds_like(word, exact=True))

    def _run_together(self, word: str) -> list[str]:
        """Known words that ``word`` runs together ("mycaremyway" → my, care, my, way), fewest first;
        [] when it is not all known words. Only long words are tried: short ones are typos."""
        if len(word) < 8 or not word.isalpha():
            return []
        best: list[list[str] | None] = [[]] + [None] * len(word)
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - 20), end):
                before, piece = best[start], word[start:end]
                if before is None or piece not in self._surface or (len(piece) < 2 and piece not in ("a",)):
                    continue
                if best[end] is None or len(before) + 1 < len(best[end]):  # type: ignore[arg-type]
                    best[end] = before + [piece]
        found = best[len(word)]
        if not found or len(found) < 2 or not all(stem(p) in self._postings or p in STOPWORDS for p in found):
            return []
        return [p for p in found if stem(p) in self._postings]

    def _split_apart(self, said: tuple[str, ...]) -> dict[str, str]:
        """Pieces of a word typed or dictated in two ("Don caster"), each with the word they make: only when
        the two together are a word of ours and the second piece stands for none. (Only the whole word is
        looked for: a typo search for every pair of words cost the matching benchmark 0.1 ms a question.)"""
        found: dict[str, str] = {}
        for first, second in zip(said, said[1:], strict=False):
            if second in self._surface or second in STOPWORDS or not (first.isalpha() and second.isalpha()):
                continue
            joined = first + second
            if len(joined) < _SPLIT_WORD or joined not in self._surface:
                continue  # ("in to" is no name; "an option" is no "adoption")
            if any(t.known for t in self._expand(second)):
                continue  # ("ed tech": "tech" is short for technology already)
            found[second] = joined
            if first not in self._surface:
                found[first] = joined
        return found

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

    def _unvowelled(self, word: str) -> list[tuple[str, float]]:
        """Words written without their vowels: "cncl" → council, "mgmt" → management; and, when
        no word has exactly those consonants, shortened further: "fdn" → foundation (the typed
        letters in order, the first and last among them)."""
        if len(word) < 3 or not word.isalpha() or set(word) & _VOWELS:
            return []
        skeletons = self._skeletons
        if skeletons is None:  # built on first use: most knowledge bases are never asked this way
            skeletons = {}
            for candidate in self._sorted_surface:  # every word: the dict serves every later question
                if len(candidate) > 3:
                    skeletons.setdefault(_skeleton(candidate), []).append(candidate)
            self._skeletons = skeletons
        exact = [c for c in skeletons.get(word, ()) if len(c) > len(word)]
        options = {stem(c): _SKELETON_SIMILARITY for c in exact[:3] if stem(c) in self._postings}
        if not options:
            shortened = [
                c
                for skeleton, found in skeletons.items()
                if skeleton[0] == word[0]
                and skeleton[-1] == word[-1]
                and len(skeleton) > len(word)
                and is_subsequence(word, skeleton)
                for c in found
            ]
            stems = {stem(c) for c in shortened if stem(c) in self._postings}
            if len(stems) == 1:  # only when the letters point at one word: "fdn" is foundation, "wld" is no one
                options = dict.fromkeys(stems, _SKELETON_SIMILARITY * _SHORTENED_SHARE)
        return list(options.items())

    def _contracted(self, word: str) -> list[tuple[str, float]]:
        """Words typed with some letters left out: "adoptn" → adoption, "newsltr" → newsletter
        (the first three letters and the last kept, the rest in order); only when one word fits."""
        if len(word) < 5 or not word.isalpha():
            return []
        start = bisect_left(self._sorted_surface, word[:3])
        stems = set()
        for candidate in islice(self._sorted_surface, start, None):
            if not candidate.startswith(word[:3]):
                break
            if (
                candidate[-1] == word[-1]
                and len(word) < len(candidate) <= len(word) + 4
                and is_subsequence(word[3:], candidate[3:])
            ):
                stems.add(stem(candidate))
        stems &= self._postings.keys()
        return [(stems.pop(), _SKELETON_SIMILARITY * _SHORTENED_SHARE)] if len(stems) == 1 else []

    @cached_property
    def _own_words(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """Entries with lines of their own (excerpts), as plain words: few, and searched only for a passage."""
        found = []
        for index, entry in enumerate(self.entries):
            lines = said_in_own_words(entry)
            if lines:
                found.append((index, tuple(" ".join(text_words(expand_contractions(line))) for line in lines)))
        return tuple(found)

    @cached_property
    def _name_sounds(self) -> tuple[dict[str, set[str]], dict[int, list[str]]]:
        """The words of names and aliases by how they sound ("foundashun", "Jooly Tempaly"): key → words, and the
        keys by length. Built the first time a name is looked up by its sound, so loading costs nothing."""
        sounds: dict[str, set[str]] = {}
        for w in self._name_words:
            if len(w) >= _SOUNDED_LENGTH and w.isalpha() and w not in STOPWORDS:
                sounds.setdefault(sound_key(w), set()).add(w)
        by_length: dict[int, list[str]] = {}
        for key in sounds:
            by_length.setdefault(len(key), []).append(key)
        return sounds, by_length

    def _sounds_like(self, word: str, exact: bool = False) -> list[tuple[str, float]]:
        """A word of a name spelt as it sounds: "foundashun" → foundation, "Wiggen" → Wigan, "Tempaly" →
        Temperley. Only for names (a misheard everyday word is too often another word) and only when the
        sound fits one word, or words of one stem; the first letter must agree, as for typos. ``exact``: the
        sound itself, not one consonant off ("LinkedIn" does not sound like London)."""
        if len(word) < _SOUNDED_LENGTH or not word.isalpha():
            return []
        key = sound_key(word)
        if len(key) < 3:
            return []  # "jooly": two consonants fit too many words
        allowed = 0 if len(key) < 4 or exact else 1
        sounds, keys_by_length = self._name_sounds
        found: set[str] = set()
        for length in range(len(key) - allowed, len(key) + allowed + 1):
            for candidate, _, _ in process.extract_iter(
                key, keys_by_length.get(length, ()), scorer=OSA.distance, score_cutoff=allowed
            ):
                if key.endswith("s") and key[:-1] == candidate:
                    continue  # "Wiggins" is not "Wigan" and a final s
                found.update(w for w in sounds[candidate] if w[0] == word[0])
        stems = {stem(w) for w in found} & self._postings.keys()
        return [(stems.pop(), _SOUNDED_SIMILARITY)] if len(stems) == 1 else []

    def _fuzzy(self, word: str) -> list[tuple[str, float]]:
        """Vocabulary words within a typo of ``word``.

        One edit for words of four to seven letters, two for longer ones, never in the first
        letter; a three-letter word only by a swapped or missing letter ("wya" → way, "fun" →
        fund), which rarely turns one real word into another.
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
                if candidate[0] != word[0]:
                    continue  # people rarely mistype a word's first letter; "weather" is not "heather"
                if len(word) == 3 and not (len(candidate) == 4 or sorted(candidate) == sorted(word)):
                    continue
                similarity = 1.0 - 0.6 * distance / max(len(word), len(candidate))
                s = stem(candidate)
                if s in self._postings and similarity > options.get(s, 0.0):
                    options[s] = similarity
        return sorted(options.items(), key=lambda item: -item[1])[:3]

    def search(
        self, question: str | Query, kinds: Iterable[str] | None = None, limit: int = 10
    ) -> tuple[Query, list[Match]]:
        """Entries ranked by how well they answer ``question`` (score 0–100), best first."""
        query = question if isinstance(question, Query) else self.parse(question)
        terms: list[_Term] = []
        split = self._split_apart(query.words)
        rejoined: set[str] = set()
        for word in query.terms + query.fact_words:
            if word in split:
                if split[word] in rejoined:
                    continue  # "Don caster": one word, counted once
                rejoined.add(split[word])
            expanded = self._expand(split.get(word, word))
            if word in query.proper_names and not any(t.known for t in expanded):
                # "the Wiggen work", "Jooly Tempaly": a name written as it sounds (names only: a misheard
                # everyday word is too often another word).
                sounded = self._sounds_like(word)
                if sounded:
                    expanded = [_Term(word, sounded, max(self._idf[o] for o, _ in sounded))]
            if word in query.fact_words and word not in query.terms:
                # "the deadline for X": the fact's words may be in a name ("Funding autism…") but
                # are not held against an entry when nothing is called that.
                expanded = [t for t in expanded if t.known]
            if word in INTENT_VOCABULARY:
                # "report", "blog", "partner" say what kind of answer is wanted; they may also be
                # in a name or topic. Half weight when they are; no weight when they are not.
                expanded = [t for t in expanded if t.known]
                for term in expanded:
                    term.weight *= _INTENT_WORD_SHARE
            # "…joining the Sydney side. What's the schools programme out there called?": the place is asked about.
            in_focus = not query.focus or word in query.focus
            for term in expanded:
                term.focus = in_focus or (query.there and any(s in self._place_stems for s, _ in term.options))
            terms.extend(expanded)
        # Context sentences add evidence and barely count against. When the asking sentence names
        # nothing we know ("Does it ring a bell?", "Which report is it from?"), its subject is in
        # the context: then context evidence counts in full, and the asking words count less.
        subject_in_focus = any(
            t.focus and t.known and t.word not in INTENT_VOCABULARY and t.word not in GENERIC_WORDS for t in terms
        )
        elsewhere = False
        if not subject_in_focus and query.focus and not query.focus & _POINTING:
            # "…a train ticket from the Doncaster visit. How do interns claim expenses?": the asking sentence is
            # about something we hold nothing on, and does not point back at the context; the context is the
            # asker's situation, not the subject.
            # (Two such words at least: "30-sec version of what we're doing there" is still about the context.)
            subject_in_focus = elsewhere = (
                sum(t.focus and not t.known and not t.word.isdigit() and t.word not in _NOT_ELSEWHERE for t in terms)
                >= 2
            )
        for term in terms:
            if not term.focus:
                term.weight *= (
                    (1.0 if not subject_in_focus else _CONTEXT_SHARE) if term.known else _CONTEXT_UNKNOWN_SHARE
                )
            elif not subject_in_focus and not term.known:
                term.weight *= _REFERRING_UNKNOWN_SHARE
        if not terms or all(not t.known for t in terms):
            return query, []
        allowed = set(kinds) if kinds else None

        # When the asking sentence names its subject, the context adds evidence but does not dilute
        # it: a message's length must not lower confidence in an entry it clearly names.
        total_weight = sum(t.weight for t in terms if t.focus or not subject_in_focus) or 1.0
        explained: dict[int, float] = {}
        for term in terms:
            # Gains from the lowest to the highest, so each entry keeps its best for this term.
            gains = sorted(
                ((similarity * weight, ids) for s, similarity in term.options for weight, ids in self._postings[s]),
                key=_first,
            )
            best: dict[int, float] = {}
            for gain, ids in gains:
                best.update(dict.fromkeys(ids, gain * term.weight))
            if not explained:
                explained = best
                continue
            get = explained.get
            for index, gain in best.items():
                explained[index] = get(index, 0.0) + gain
        if allowed is not None:
            explained = {i: v for i, v in explained.items() if self.entries[i].kind in allowed}
        shortlist = heapq.nlargest(_SHORTLIST, explained, key=explained.__getitem__)
        if query.passage:
            # "a line of yours about not enough decent, affordable care for our elderly": whose own words it is,
            # however few of its words the index holds.
            shortlist += [
                i
                for i, lines in self._own_words
                if i not in shortlist
                and (allowed is None or self.entries[i].kind in allowed)
                and any(quotes_from(query.passage, line) for line in lines)
            ]
            for index in shortlist:
                explained.setdefault(index, 0.0)

        # When the asking sentence names something, a name only the context mentions ("an
        # ex-colleague at the DfE asked what "Spring" does") covers that name less.
        aside = _CONTEXT_SHARE if subject_in_focus and query.focus else 1.0
        matched_stems = {stem(w): 1.0 if w in query.focus or not query.focus else aside for w in query.words}
        for term in terms:
            share = 1.0 if term.focus else aside
            for s, similarity in term.options:
                matched_stems[s] = max(similarity * share, matched_stems.get(s, 0.0))
        matched_set = matched_stems.keys()
        # A name in quotes ("the Odds report"): its content words, not the kind it says it is.
        quoted = frozenset(stem(w) for w in query.quoted if w not in INTENT_VOCABULARY)
        # "Which consortium…": when some candidate is called a consortium, the others are not the
        # kind of thing asked for.
        typed = set()
        if query.asked_noun in ORGANISATION_NOUNS:
            noun = stem(query.asked_noun)
            typed = {
                i for i in shortlist if any(noun in v.stems for v in self._subjects[i] if v.field in ("name", "alias"))
            }
        # The one entry whose name holds the quoted words, if only one does ("NHS" is in many).
        quoting = [i for i in shortlist if self._names_quote(i, quoted)] if quoted else []
        quoted_name = quoting[0] if len(quoting) == 1 else None
        # (Not when the asking sentence is about something else: "…the Wigan council offices" is only where they went.)
        named_aside = self._named_in_context(query, shortlist, matched_set) if aside < 1.0 and not elsewhere else set()
        # The message's stems in order, once: its word pairs, and whether a name of everyday words is said together.
        said_stems = tuple(stem(w) for w in query.words)
        pairs = _ordered_pairs(query.words, _PAIR_WINDOW, said_stems)
        # "raved about 'My Care My Way'": a quoted name is that name, not a passage whose author is asked for.
        named_by_passage = self._named_whole(query.passage) if query.passage else None
        passage = query.passage if named_by_passage is None else ""
        if quoted_name is None and named_by_passage in shortlist:
            quoted_name = named_by_passage
        scored = []
        for index in shortlist:
            entry = self.entries[index]
            query_cover = min(explained[index] / total_weight, 1.0)
            name_cover, value_cover = self._subject_cover(index, matched_stems, matched_set, quoted, said_stems)

            subject_cover = max(name_cover, value_cover)
            score = query_cover * (0.45 + 0.55 * subject_cover)
            if pairs:
                # "health innovations that actually did scale" describes "ten health innovations that
                # have scaled": words said in the entry's own order are a description of it, where the
                # same words scattered over a long name are not.
                said_in_order = len(pairs & self._pairs_of(index))
                if said_in_order >= _MIN_PAIRS:  # one pair is two words that happen to meet
                    score += _PAIR_SHARE * min(said_in_order, _MAX_PAIRS)
            # A question that names an entry in full is about it, whatever else it asks
            # ("how many innovations does Against the Odds look at?").
            score = max(score, name_cover**2 * (0.6 + 0.4 * query_cover))
            if index in named_aside:
                # "I'm writing a case study on Elevate. What are the schools trying to achieve?": the
                # asking sentence names nothing, so the entry the context names in full is its subject.
                score = max(score, _CONTEXT_NAMED + (1.0 - _CONTEXT_NAMED) * query_cover)
            if index == quoted_name:
                # The message quotes part of this entry's name ('Spring', "the many not the few"):
                # a verbatim reference, the surest sign of what a message is about.
                score = max(score, _VERBATIM_SCORE)
            if passage and any(
                quotes_from(query.passage, " ".join(text_words(expand_contractions(text))))
                for text in (entry.summary, *said_in_own_words(entry))
            ):
                score = max(score, _VERBATIM_SCORE)  # "> Scale is a word on many lips…": whose words?
            raw = round(min(100.0 * score, 100.0), 1)
            score *= _intent_factor(query.intent, query.intent_strength, entry.kind)
            if typed and index not in typed and entry.kind == "organisation":
                score *= _UNTYPED_SHARE
            scored.append((round(min(100.0 * score, 100.0), 1), -self._degree[index], entry.name, index, raw))
        if quoted_name is not None:
            scored = self._quoted_first(scored, quoted_name)
        # On equal scores, the better-connected entry first: the programme before its offshoot.
        scored.sort()
        scored.sort(key=lambda item: -item[0])
        matches = [
            Match(self.entries[index], score, self._evidence(index, matched_stems), raw_score=raw)
            for score, _, _, index, raw in scored[:limit]
        ]
        return query, matches

    def _quoted_first(self, scored: list, quoted_name: int) -> list:
        """ "The King's Fund one, _Adoption and spread_": the entry whose name the message quotes is
        what it asks about; an entry linked to it (its publisher, partner or author) is named beside
        it only to say which one, so it does not outrank it."""
        entry = self.entries[quoted_name]
        beside = {e.id for e in self.knowledge.linking(entry)}
        beside.update(e.id for targets in self.knowledge.links_from(entry).values() for e in targets)
        rivals = [(score, raw) for score, _, _, index, raw in scored if self.entries[index].id in beside]
        if not rivals:
            return scored
        best_score = max(score for score, _ in rivals)
        best_raw = max(raw for _, raw in rivals)
        adjusted = []
        for score, degree, name, index, raw in scored:
            if index == quoted_name:
                score, raw = max(score, min(best_score + 1.0, 100.0)), max(raw, min(best_raw + 1.0, 100.0))
            adjusted.append((score, degree, name, index, raw))
        return adjusted

    def _pairs_of(self, index: int) -> frozenset[tuple[str, str]]:
        """Subject-word pairs, in order, of the entry's names, topics and summary (computed once)."""
        found = self._pair_cache.get(index)
        if found is None:
            entry = self.entries[index]
            texts = (entry.name, *entry.aliases, *entry.topics, *re.split(r"[.;:,]", entry.summary))
            found = frozenset(p for text in texts for p in _ordered_pairs(text_words(text), 1))
            self._pair_cache[index] = found
        return found

    def _named_in_context(self, query: Query, shortlist: list[int], matched_set) -> set[int]:
        """Entries a context sentence names in full, when no asking sentence names any entry."""
        focus = {stem(w): 1.0 for w in query.focus}
        context = {stem(w): 1.0 for w in query.words if w not in query.focus and w not in STOPWORDS}
        if not context:
            return set()
        named: set[int] = set()
        for index in shortlist:
            if self._subject_cover(index, focus, focus.keys())[0] >= _FOCUS_NAMES:
                return set()  # the question names its own subject
            if self._subject_cover(index, context, context.keys())[0] >= _CONTEXT_NAMES:
                named.add(index)
        return named if len(named) == 1 else set()

    def _subject_cover(
        self,
        index: int,
        matched_stems: dict[str, float],
        matched_set,
        quoted: frozenset[str] = frozenset(),
        said: tuple[str, ...] = (),
    ) -> tuple[float, float]:
        """How much of one of the entry's names, and of a topic, place or role, the question covers.

        Words the message quotes or introduces as a name ("the Odds report", called PPL) that all
        sit in one name refer to it as surely as the full name would.
        """
        name_cover = value_cover = 0.0
        apart = self._everyday_names(index) if said else {}
        for position, (weights, total, stems, share) in enumerate(self._weighed_subjects(index)):
            common = stems & matched_set
            if not common or not total:
                continue
            if position in apart and not _said_together(apart[position], said):
                # "spell the surname *carefully*, I've seen it two *ways*" names no "My Care, My Way": a name of
                # everyday words, its words said far apart.
                continue
            if share is None and common <= _GENERIC_STEMS and not stems <= _GENERIC_STEMS and not quoted:
                # "it's a big deal for us" names no Big Picture Learning: only its everyday word is said
                continue
            cover = sum(weights[s] * matched_stems[s] for s in common) / total
            if quoted and quoted <= stems and any(weights[s] for s in quoted):
                cover = max(cover, _QUOTED_COVER)
            if share is None:
                if cover > name_cover:
                    name_cover = cover
            else:
                cover *= share
                if cover > value_cover:
                    value_cover = cover
        return min(name_cover, 1.0), min(value_cover, 1.0)

    def _weighed_subjects(self, index: int) -> tuple[tuple[dict[str, float], float, frozenset[str], float | None], ...]:
        """The entry's subject values, weighed, with each one's share (None for a name): kept per entry,
        as the same few entries are scored for question after question."""
        found = self._subject_weights.get(index)
        if found is None:
            if len(self._subject_weights) >= _MAX_CACHED_ENTRIES:
                self._subject_weights.clear()
            found = self._subject_weights[index] = tuple(
                (*self._weighed(value), None if value.field in _NAME_FIELDS else _VALUE_FIELDS[value.field])
                for value in self._subjects[index]
            )
        return found

    def _named_whole(self, passage: str) -> int | None:
        """The entry whose name (or an alias) the passage is, word for word."""
        said = tuple(passage.split())
        exact = next(
            (
                index
                for index, entry in enumerate(self.entries)
                if any(text_words(name) == said for name in (entry.name, *entry.aliases))
            ),
            None,
        )
        if exact is not None or len(passage) < _NEAR_NAME_LENGTH:
            return exact
        # "wats 'my care my wy' again": a name typed with a slip is still the name, when it is the only one that near.
        names, owners = self._whole_names()
        near = {
            owners[at]
            for _, _, at in process.extract(
                passage, names, scorer=fuzz.ratio, score_cutoff=_NEAR_NAME_RATIO, limit=_NEAR_NAME_LIMIT
            )
        }
        return near.pop() if len(near) == 1 else None

    def _whole_names(self) -> tuple[list[str], list[int]]:
        """Every name and alias as its words, with the entry each belongs to (built on first use)."""
        if self._names_said is None:
            said = [(" ".join(text_words(n)), i) for i, e in enumerate(self.entries) for n in (e.name, *e.aliases)]
            self._names_said = ([n for n, _ in said], [i for _, i in said])
        return self._names_said

    def _everyday_names(self, index: int) -> dict[int, tuple[str, ...]]:
        """The entry's names made only of everyday words ("My Care, My Way"), by their place among its subjects:
        the stems of their words that are not small ones, in order."""
        found = self._apart.get(index)
        if found is None:
            found = {}
            for position, value in enumerate(self._subjects[index]):
                if value.field not in ("name", "alias"):
                    continue
                content = [(w, s) for w, s in zip(value.words, value.stems, strict=True) if w not in FUNCTION_WORDS]
                if len(content) >= 2 and all(w in GENERIC_WORDS or w in STOPWORDS for w, _ in content):
                    found[position] = tuple(s for _, s in content)
            if len(self._apart) >= _MAX_CACHED_ENTRIES:
                self._apart.clear()
            self._apart[index] = found
        return found

    def _names_quote(self, index: int, quoted: frozenset[str]) -> bool:
        return any(quoted <= set(v.stems) for v in self._subjects[index] if v.field in _NAME_FIELDS)

    def _evidence(self, index: int, matched_stems: dict[str, float]) -> tuple[Evidence, ...]:
        """Why the entry matched, best first: the names, topics or places the question covers."""
        found: list[tuple[float, Evidence]] = []
        matched = matched_stems.keys()
        for value, (weights, total, stems, share) in zip(
            self._subjects[index], self._weighed_subjects(index), strict=True
        ):
            common = stems & matched
            if common and total:
                cover = sum(weights[s] * matched_stems[s] for s in common) / total * (share or 1.0)
                found.append(
                    (cover, Evidence(value.field, value.text, tuple(s for s in value.stems if s in matched_stems)))
                )
        # Rounded: a sum over a set of stems differs in its last bits with Python's hash seed, and equal
        # covers must keep the entry's own order, or which alias is "the" evidence changes between processes.
        found.sort(key=lambda item: -round(item[0], 9))
        return tuple(e for _, e in found[:3]) or self._summary_evidence(index, matched_stems)

    def _summary_evidence(self, index: int, matched_stems: dict[str, float]) -> tuple[Evidence, ...]:
        values = self._all_values.get(index)
        if values is None:
            if len(self._all_values) >= _MAX_CACHED_ENTRIES:
                self._all_values.clear()
            values = self._all_values[index] = tuple(self._values_of(self.entries[index]))
        for value in values:
            hit = tuple(dict.fromkeys(s for s in value.stems if s in matched_stems))
            if hit:
                return (Evidence(value.field, value.text, hit),)
        return ()


def _intent_factor(intent: str | None, strength: float, kind: str) -> float:
    """Entries of another kind than the question asks for lose up to ``strength`` of their score."""
    if intent is None or intent == kind:
        return 1.0
    return 1.0 - strength


_VOWELS = frozenset("aeiouy")


def _ordered_pairs(said: Iterable[str], window: int, stems: Iterable[str] | None = None) -> frozenset[tuple[str, str]]:
    """Stems of subject words, paired with each of the next ``window`` ones, in order (``stems``: the words' own,
    when already taken)."""
    found = (
        [s for w, s in zip(said, stems, strict=True) if w not in STOPWORDS]
        if stems is not None
        else [stem(w) for w in said if w not in STOPWORDS]
    )
    return frozenset(
        (found[i], found[j]) for i in range(len(found)) for j in range(i + 1, min(i + 1 + window, len(found)))
    )


#: Shortest word looked up by its sound, and how like the word it sounds like it counts.
_SOUNDED_LENGTH = 5
_SOUNDED_SIMILARITY = 0.75
#: Spellings that sound alike, each written as the consonants it comes to (in one pass, longest first; applied to
#: the word and to our names alike): "tion" and "shun" are both "sn", "ture" and "tcher" both "kr".
_SOUNDS = {
    "tion": "sn", "sion": "sn", "shun": "sn", "shon": "sn", "tian": "sn", "cian": "sn",
    "ture": "kr", "tch": "k", "ch": "k", "ph": "f", "ck": "k", "q": "k", "x": "ks", "z": "s", "c": "k",
}  # fmt: skip
_SOUND_ALIKE = re.compile(r"(?P<soft>c(?=[eiy]))|tion|sion|shun|shon|tian|cian|ture|tch|ch|ph|ck|q|x|z|c")
_SILENT = str.maketrans("", "", "aeiouyhw")
_DOUBLED = re.compile(r"(.)\1+")


def _sounded(found: re.Match[str]) -> str:
    return "s" if found.lastgroup == "soft" else _SOUNDS[found.group(0)]


def sound_key(word: str) -> str:
    """How a word sounds, roughly: its first letter, then its consonants with sound-alike spellings made one
    and doubled letters single ("foundashun" and "foundation" → "fndsn", "wiggen" and "wigan" → "wgn")."""
    spelt = _SOUND_ALIKE.sub(_sounded, word.lower())
    return _DOUBLED.sub(r"\1", spelt[0] + spelt[1:].translate(_SILENT))


def _place_words(place: str) -> str:
    """The words a place is found by: "Beyond the UK" by "beyond", never by "UK"."""
    first = place.split(maxsplit=1)
    return first[0] if len(first) > 1 and first[0].lower() in AWAY_WORDS else place


def is_subsequence(short: str, long: str) -> bool:
    """Every letter of ``short`` appears in ``long``, in order (``short`` and ``long`` share a first letter)."""
    letters = iter(long)
    return all(letter in letters for letter in short)


#: Words in a row a quoted passage must share with a text to be taken as quoting it.
_QUOTED_RUN = 6


def quotes_from(passage: str, text: str) -> bool:
    """The passage is in the text, or a run of ``_QUOTED_RUN`` of its words is (a quote pasted with
    a word of its own around it)."""
    if passage in text:
        return True
    said = passage.split()
    return any(" ".join(said[i : i + _QUOTED_RUN]) in text for i in range(len(said) - _QUOTED_RUN + 1))


def _skeleton(word: str) -> str:
    return word[0] + "".join(c for c in word[1:] if c not in _VOWELS)


#: Words of an asking sentence that ask about the context rather than about something else: everyday words,
#: aspects of an entry ("can you give me the background?") and requests ("can you summarise?").
_NOT_ELSEWHERE = (
    GENERIC_WORDS
    | ENTRY_ASPECTS
    | frozenset(
        "summarise summarize summarising recap outline clarify confirm elaborate expand remind advise explain "
        "background basics gist lowdown rundown overview details version versions blurb para paragraph sentence "
        "sentences bullet bullets tldr tl dr précis precis synopsis intro introduction elevator words".split()
    )
)
#: Words by which an asking sentence points back at its context: "what's it called?", "who runs that one?".
_POINTING = frozenset("it its that this these those they them their one ones he she him her his".split())


def _first(item: tuple) -> float:
    return item[0]
