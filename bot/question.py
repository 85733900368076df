"""What a message asks, and what it is about — before any knowledge base is looked at.

People write to the bot as they write to colleagues: a mention, a greeting, a sentence or two
of context, the real question, an emoji, "thanks!". Matching every word of that against the
knowledge base lets the filler outweigh the one sentence that matters. So a message is split
into sentences first; pleasantries are dropped, the sentences that ask are the *focus*, and the
rest is *context* whose words may add evidence but barely count against an entry.

Pure and index-free: nothing here knows any programme, report or person. It also says when a
message is only small talk, which fact it asks for ("deadline", "budget"…), and whether it
refers back to something said before ("who runs it?").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .text import expand_contractions, fold, stem, strip_slack_markup, words
from .vocabulary import (
    ENTRY_ASPECTS,
    FUNCTION_WORDS,
    GENERIC_WORDS,
    INTENT_VOCABULARY,
    INTENT_WORDS,
    KIND_NOUNS,
    LIST_OPENERS,
    LIST_SHAPING_WORDS,
    OFFICE_TITLES,
    ORGANISATION_NOUNS,
    PURE_QUESTION_WORDS,
    SOMEONE_THERE,
    STOPWORDS,
    TEXTSPEAK,
    TOGETHER_WORDS,
    WORK_NOUNS,
)

#: A message is read up to here; a real question is never longer (the rest is pasted text).
MAX_MESSAGE_CHARS = 4000
#: Words matched, focus first: enough for any question, few enough to stay fast.
MAX_QUESTION_WORDS = 80
_MAX_FOCUS_WORDS = 2 * MAX_QUESTION_WORDS

#: A sentence made only of these is a pleasantry: a greeting, thanks or a sign-off.
GREETING_WORDS = frozenset(
    "hi hello hey hiya heya howdy yo morning afternoon evening good gday day g all team folks everyone "
    "there guys people friends again quick question q one".split()
)
THANKS_WORDS = frozenset(
    "thanks thank thx ty ta cheers much very lot lots you so in advance million many appreciated "
    "appreciate great brilliant perfect lovely awesome ok okay cool nice".split()
)
_SMALL_TALK_WORDS = 12
_THANKING = frozenset("thanks thank thx ty ta cheers appreciated".split())
_THANKS_FILLER = frozenset("a for that the info help again x is was".split())
HELP_WORDS = frozenset("help usage commands how to use do i can you what are is am this work works does".split())
_PLEASANTRY = GREETING_WORDS | THANKS_WORDS

#: Words that open a sentence that asks something.
_ASKING_OPENERS = frozenset(
    """what whats which who whos whom whose where when why how is are was were do does did can could
    will should any anything anyone got tell give show list remind explain describe""".split()
)
#: After "don't"/"didn't": a statement of the asker's own mind, not a question.
_STATING_VERBS = frozenset("want wanna need know think mind worry forget care".split())
#: Words that ask for something particular: the clause holding one is the one that asks.
_WH_WORDS = frozenset("which what who whom whose where when how".split())
#: "isn't", "don't", "can't"…: the part before the apostrophe.
_NEGATED_OPENERS = frozenset("isn aren wasn weren don doesn didn couldn wouldn shouldn won haven hasn".split())
#: Words that open a clause saying why the asker asks: "so I can…", "because…", "for my…".
#: (None: the word alone opens one; else the words that must follow it.)
_PURPOSE_OPENERS: dict[str, tuple[list[str], ...] | None] = {
    "so": (["i"], ["we"], ["that"], ["they"]),
    "because": None,
    "as": (["i"],),
    "need": None,
}
_CURRENCY = re.compile(r"[£$€]")
#: "put GBP 250k into it", "USD 2m": a sum, by its currency's code.
_CURRENCY_CODE = re.compile(r"\b(?:GBP|USD|AUD|EUR|NZD|CAD)(?=\s?\d)", re.IGNORECASE)
_REQUEST = re.compile(
    r"\b(?:can|could|would|will) (?:you|someone|somebody|anyone) (?:please )?(?:list|give|tell|show)\b"
)
#: Words the two patterns below need: most sentences have none, and skip them (long pasted messages).
_REQUEST_MODALS = frozenset("can could would will".split())
#: "2-liner on who Spring are", "a quick para on what we do with them": a short text asked for, on a question.
_BRIEF_NOUNS = frozenset(
    "liner line note notes summary brief briefing blurb background bg para paragraph overview".split()
)
_BRIEF_ON = re.compile(r"\b(?:" + "|".join(_BRIEF_NOUNS) + r") (?:on|about|re) (?:who|what|which|how|where|why)\b")
_REPORTING_VERBS = frozenset("asked asking asks wondering wondered know knows check checking".split())
#: "I wonder which countries it covers.": a question put politely, by the asker.
_I_WONDER = re.compile(r"\bi (?:do |just )?wonder (?:whether|if|which|what|who|when|where|how|why)\b")
_ASKING_VERBS = frozenset("asked asking asks wondering wondered".split())
#: "Need the name of whoever heads up our consultancy - they'd be the one…, right?": a name asked for, without a "?".
_NAME_WANTED = re.compile(
    r"^(?:i |we )?(?:just |really )?(?:need|needs|want|wanted|after|looking for) (?:the |a )?names? "
    # (not "need the name for the org chart": what it is for)
    r"(?:of (?:whoever|who|the person|the people|the one|our|their|your)|for (?:whoever|who))\b"
)
_REPORTED_QUESTION = re.compile(
    r"\b(?:asked|asking|asks|wondering|wondered|know|knows|check|checking) (?:me |us |you )?"
    r"(?:who|which)\b"
    # "our board would like to know how many schools…": a question put on someone's behalf.
    r"|\b(?:like|love|want|wants|wanted|need|needs|keen) to know (?:how many|how much|when|whether|if|what|where|who"
    r"|which)\b"
)
_EMOJI = re.compile(r":[a-z0-9_+'-]{1,40}:")
_NUMBER_ABBREVIATION = re.compile(
    r"\b(phone|tel|telephone|mobile|contact|fax|ref|reference|account|invoice|company|charity|registration|vat|po)"
    r" no\.",
    re.I,
)
_EMOJI_BETWEEN = re.compile(r"(?<=\w)\s+(?::[a-z0-9_+'-]{1,40}:\s*)+(?=\w)")
#: Sentence ends; a "?" closing a quote ("says 'outcomes & costs?'") ends only the quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+|\s+[-–—]\s+|(?<=\?)(?=[^\s'\"”’])")
_FIRST_WORD = re.compile(r"\W*([\w']+)")
_DASH = re.compile(r"\s+[-–—]\s+")
#: A name in double or single quotes, or in Slack italics ("the King's Fund one, _Adoption and spread_").
_QUOTED = re.compile(r'"([^"]{1,80})"|“([^”]{1,80})”|(?<!\w)\'([^\']{1,60})\'(?!\w)|(?<![\w_])_([^_]{1,80})_(?![\w_])')
#: Words that point back at what the conversation was about.
_BACK_REFERENCES = frozenset("it its that this them they their there those these he she him her his".split())
_NORTHERN_LINE = re.compile(r"\bnorthern line\b", re.IGNORECASE)
_A_WORK_ASKED = frozenset("which anything something".split())
#: "our big-picture argument on scale", "what's the big picture here?": the idiom, not Big Picture Learning
#: (typed in lower case, and not followed by what the school is).
_BIG_PICTURE_IDIOM = re.compile(
    r"\bbig-picture\b(?! (?:learning|school|schools|doncaster|academy|model|approach|network|team|people|folks))"
    r"|\bthe big picture\b(?=\s*(?:[?.!,;:]|$|on\b|of\b|here\b|for\b|is\b|behind\b))"
)
#: ("what research is out there on X?" asks what exists, not about a place.)
_THERE = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bs )\b(?:out|over|down|up) (?:there|here)\b")
_FOLLOW_UP_OPENERS = ("and ", "what about ", "how about ", "also ", "same for ", "and what about ")

#: A sentence made only of these asks for an answer to a question put elsewhere: "any ideas?", "anyone?".
_NUDGE_WORDS = _PLEASANTRY | frozenset(
    "any ideas idea anyone anybody someone somebody know knows thoughts help pls please plz ta "
    "can could would you confirm check correct right sure is that this it am i advise let me".split()
)

#: "Caller asking what the address of the new school will be. Do we know?": a nudge, which asks nothing of its own.
_NUDGE_PHRASES = frozenset({("do", "we", "know"), ("do", "we"), ("does", "anyone", "know"), ("do", "you", "know")})
#: "…the registered postal address for PPL for an invoice - anyone have it?": who has what was just said.
_HAS_IT = frozenset("have has got know".split())
_ANYONE = frozenset("anyone anybody someone somebody we you".split())  # ("…do we have it?", "do you know it?")
_A_THING = frozenset("one anything something".split())
_DOCUMENT_WORDS = frozenset("report reports paper papers blog article study publication".split())
#: Facts a card may answer itself ("her manager asked me what IU's part in it is"): no fact passed on.
_CARD_SAYS = frozenset({"role", "author", "publisher"})
_PLURAL_POINTERS = frozenset("those these".split())
#: Words a request pointing back at a fact may use besides: "confirm that figure before it goes out", "anywhere".
_POINTED_FACT_WORDS = frozenset("here post up anywhere figure figures number numbers goes out before".split())
#: "…the sum the Health Foundation put into it. Do you hold the figure?": the fact said before is asked.
_HOLD_THE_FIGURE = re.compile(
    r"\b(?:do|does|would) (?:you|we|anyone|iu) (?:hold|have|know|keep|got) (?:the|that|this|a) (?:figure|number|sum"
    r"|amount|date|detail|details|info)\b"
)
#: "a partner asked me when Elevate finishes": a question passed on, which says the fact asked.
# ("a caller asked how many people came to the launch - do we have a number?": asked, with no "me")
_ASKED_OF_ME = re.compile(
    r"\b(?:asked|asking|asks|wants to know|wanted to know) (?:me |us )?(when|what|how much|how many|where|for)\b"
)
_REQUEST_WORDS = frozenset("post send share give confirm tell find dig pass forward drop dm pm ping message".split())
_CHANNEL_LINK = re.compile(r"<#[A-Z0-9]+(?:\|([^<>]*))?>")


def _channel_words(link: re.Match) -> str:
    """ "<#C05…|ext-healthfoundation-innovationunit>": the names a channel's name holds, not the kind of
    channel it is ("iu-funders-shared" asks for no funders)."""
    said = words(link.group(1) or "")
    return " " + " ".join(w for w in said if w not in _CHANNEL_NOISE and len(w) > 2) + " "  # "iu-…": ours, no subject


_CHANNEL_NOISE = (
    INTENT_VOCABULARY | GENERIC_WORDS | frozenset("ext external shared internal general random all".split())
)
_OPEN_ASKS = _PLEASANTRY | frozenset("what have we got do there s anything".split())

_STRONG_INTENT = 0.5
_WEAK_INTENT = 0.25


@dataclass(frozen=True)
class Query:
    """What the engine made of a message."""

    text: str
    words: tuple[str, ...]
    #: Words to match, focus first; ``focus`` says which of them come from the asking sentences.
    terms: tuple[str, ...]
    intent: str | None
    intent_strength: float
    wants_list: bool
    #: The noun after "which"/"what" ("department" in "which department…"), if any.
    asked_noun: str | None
    truncated: bool
    focus: frozenset[str] = frozenset()
    #: Words the message marks as a name: in quotes, or after "called"/"named".
    quoted: frozenset[str] = frozenset()
    #: Words of a passage the message quotes ("> Scale is a word…"), four words or more, joined.
    passage: str = ""
    #: The words that ask for that fact ("deadline"): matched only where the knowledge base has them.
    fact_words: tuple[str, ...] = ()
    #: The fact asked for ("deadline", "date", "number of staff"), when the message asks for one.
    asked_fact: str | None = None
    #: Further facts the same message asks for: "…join, and what's her job title?" → ("role",).
    also_asked: tuple[str, ...] = ()
    #: "greeting" or "thanks" when the message is only that (or only emoji or a mention: "greeting").
    small_talk: str | None = None
    #: The message points back at what was said before: "who runs it?", "and in Australia?".
    refers_back: bool = False
    #: "what's the schools programme out there?": a place said before the question is where it asks about.
    there: bool = False
    #: It starts "and…"/"what about…": the same question about something else.
    continues: bool = False
    #: "name every place we have work going on", "each place/region and what we're doing there": the noun
    #: for the places asked for ("place", "areas"), when the message asks for a list of them.
    lists_places: str | None = None
    #: "which reports did *we* write?": the asker's own organisation made what is asked for.
    made_by_us: bool = False
    #: "what's IU's line on why good stuff doesn't spread?": our view, asked of what we wrote.
    our_view: bool = False
    #: "every report…", "all the programmes…": the kind of which every entry is asked for.
    every_of_kind: str | None = None
    #: The words after "at" in the asking sentences ("our contact at PPL" → ("ppl",)): where a person works.
    workplace: tuple[str, ...] = ()
    #: "…is that the DfE one?": words naming who is behind the thing asked about, not the thing.
    qualifier: tuple[str, ...] = ()
    #: "is Elevate the Australia one or the UNICEF one?": the thing whose description is asked (its card says).
    described_one: tuple[str, ...] = ()
    #: "the partner that isn't the CCG", "other than PPL", "not the King's Fund one and not Against the Odds":
    #: the names (each its words) of entries the answer is not.
    excluded: tuple[tuple[str, ...], ...] = ()
    #: "who do I hand them to?", "who's the right person for that?": a colleague to pass someone to.
    seeks_person: bool = False
    #: "what does the NHS Long Term Plan say about spread?": a policy document asked what it says ("nhs long term
    #: plan"), which only an entry of that name could answer.
    policy_document: str | None = None
    #: "list every health-related programme &amp; report", "what've we got going in Wigan?": the kinds of entry
    #: a message asks for a list of (programmes when it asks for "our work"), empty when it asks for no list.
    list_kinds: tuple[str, ...] = ()
    #: "DfE, Spring, who else?": names the asker already has, each left out of the list asked for.
    named_already: tuple[str, ...] = ()
    #: "I know one of them is X - what are the other two?", "DfE, Spring, who else?": not the ones named.
    wants_others: bool = False
    #: Words the asking sentences capitalise mid-sentence ("Nesta", "ICB"): names, of whatever they are.
    proper_names: tuple[str, ...] = ()
    #: "every org we partner with", "the bodies we work with": whom we work with, so not us.
    we_work_with: bool = False
    #: "which outside organisation worked with us?": the answer is not the asker's own organisation.
    not_us: bool = False
    #: "can anyone recommend a good case management system?": a product or supplier asked for, which no
    #: entry is (programmes, reports, organisations and people are).
    asks_product: bool = False
    #: "who are you as an organisation?", "what sort of outfit are you?": we, the organisation, are asked about.
    asks_who_we_are: bool = False
    #: "where did the Wigan innovations originally come from?": what the work grew out of.
    asks_origin: bool = False
    #: "what's the third?", "what are the other two?": the rest of a set the message has begun to count.
    counts_others: bool = False
    #: "what was it called?", "what's that one called?": the thing asked about is not named.
    asks_name: bool = False
    #: "was it X or Y?", "which of those three…", "is X the same as Y?": the answer is one of the named.
    offers_choice: bool = False
    #: "X or Y - which one is ours?": the option linked to our own organisation is the answer.
    asks_which_is_ours: bool = False
    #: "what is X, and who are we doing it with?": what the thing is is asked too, not only its relation.
    describes_too: bool = False
    #: "is X the same as Y?", "is X different from Y?": about the first named, shown with the other.
    compares: bool = False
    #: "G'day from the AISNSW team", "PPL here in the shared channel": the words naming whom the asker is with.
    asker_with: tuple[str, ...] = ()
    #: "who's the CEO of UNICEF?": the office asked for ("chief executive"); ``workplace`` names where.
    office: str | None = None


#: Words that make a few words before a dash a clause of their own, not the name of a topic.
_NOT_A_TOPIC = frozenset("i we you he she they it is are was were has have had do does did got get".split())


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]
    asks: bool
    #: A few words before a dash that name what the question after it is about: "big pic learning doncaster - …".
    topic: bool = False


#: Punctuation dictated as words by voice typing.
_STOPS_SPOKEN = {"question mark": "?", "full stop": ".", "exclamation mark": "!"}
_SPOKEN_STOP = re.compile(r"\s*\b(question mark|full stop|exclamation mark)\b", re.IGNORECASE)


def sentences(message: str) -> list[Sentence]:
    """The message's sentences without pleasantries, each marked if it asks something.

    An emoji between words ends a sentence: "…to the Doncaster folks :envelope: remind me what…"."""
    # "welcome into <#C05…|iu-funders-shared>": where it is posted, not what it asks about.
    message = message or ""
    if "<#" in message:
        message = _CHANNEL_LINK.sub(_channel_words, message)
    text = _EMOJI_BETWEEN.sub("\n", strip_slack_markup(message)[:MAX_MESSAGE_CHARS])
    if '"' in text or "“" in text:
        text = _QUOTED_TITLE.sub(_title_asks_nothing, text)
    text = _EMOJI.sub(" ", text)
    text = _NUMBER_ABBREVIATION.sub(r"\1 number", text)  # "phone no. for our AISNSW contact?" is one sentence
    folded = text.lower()
    if "mark" in folded or "full stop" in folded:
        # dictated: "is that one of ours question mark what does it do", "who do I point them to full stop they…"
        text = _SPOKEN_STOP.sub(lambda m: _STOPS_SPOKEN[m.group(1).lower()], text)
        folded = text.lower()
    if any(w in folded for w in _ABROAD_WORDS):
        text = _HOME_AND_ABROAD.sub(" all ", text)  # "our schools work, UK *and* abroad": all of it, no one place
    if "non" in folded:
        text = _NON_UK.sub("outside the UK", text)  # "all our non-UK partners?": those beyond it
    if "england" in folded:
        text = _PART_OF_ENGLAND.sub(r"\1", text)  # "the north of England" is the north ("NHS England" is no place)
    if "big" in folded and "picture" in folded:
        text = _BIG_PICTURE_IDIOM.sub("overall", text)
    if "northern line" in folded:
        text = _NORTHERN_LINE.sub("tube line", text)  # "is the Northern line still down?": a Tube line, not the North
    if _CURRENCY.search(text) or _CURRENCY_CODE.search(text):
        text = _CURRENCY_CODE.sub(
            " money ", _CURRENCY.sub(" money ", text)
        )  # "the £ figure": the sign is the only word that says money
    found: list[Sentence] = []
    reported_at: list[int] = []
    briefs: list[int] = []
    parts = _SENTENCE_END.split(text)
    # Where each part ends, and whether a dash came before it: "…meant to ask :thinking: the Spring Consortium - is
    # that us?" names its topic after a sentence's end, as a message's first words do.
    ends: list[int] = []
    after_dash: list[bool] = [False]
    for separator in _SENTENCE_END.finditer(text):
        ends.append(separator.start())
        after_dash.append(_DASH.fullmatch(separator.group(0)) is not None)
    ends.append(len(text))
    for number, part in enumerate(parts):
        said = _read_textspeak(words(part))
        greeted = False
        while said and said[0] in GREETING_WORDS and said[0] not in _ASKING_OPENERS:
            if not greeted and _opens_a_phrase(said):
                break  # "all our education programmes" (but "hi all, our Australia programme?" greets all)
            greeted = greeted or said[0] in _HELLO
            said.pop(0)  # "hey team I'm writing a bid…": the greeting is not the subject
        if not said or set(said) <= _PLEASANTRY | {"i", "a", "and", "for", "the", "it", "this"}:
            continue
        # The opener as typed: "we're" is not "were", "its" is not "it's".
        typed = _FIRST_WORD.match(fold(part))
        opener = typed.group(1) if typed else said[0]
        base = opener.split("'")[0]
        # "Isn't it the DfE one?" asks; "Don't want to get it wrong in the email" says why.
        negated_ask = base in _NEGATED_OPENERS and not (len(said) > 1 and said[1] in _STATING_VERBS)
        asks = part.rstrip().endswith("?") or respelled(base) in _ASKING_OPENERS or negated_ask
        said_set = set(said)
        # "name every place IU has work going on": naming several is asked for ("Name's Sam" asks nothing).
        asks = asks or (said[0] == "name" and said[1:2] in (["every"], ["each"], ["all"], ["the"], ["our"]))
        # "doing a lit review :books: can you list every report…": a request mid-sentence asks too.
        asks = asks or (bool(said_set & _REQUEST_MODALS) and _REQUEST.search(" ".join(said)) is not None)
        asks = asks or ("wonder" in said_set and _I_WONDER.search(" ".join(said)) is not None)
        asks = asks or (bool(said_set & {"name", "names"}) and _NAME_WANTED.match(" ".join(said)) is not None)
        # "Whoever wrote our blog about the January reports - who was that?": the one asked for, said first.
        asks = asks or (said[0] == "whoever" and said[1:2] in (["wrote"], ["authored"], ["runs"], ["leads"]))
        # "my colleague asked who the commissioner is on X": a question reported is the question (unless
        # the message goes on to ask it: "nobody knows which project to code it to. Which is the Australian one?").
        reported = (
            not asks and bool(said_set & _REPORTING_VERBS) and _REPORTED_QUESTION.search(" ".join(said)) is not None
        )
        asks = asks or reported
        # "my director asked me who runs X" is a question put; "nobody knows which project…" is the problem.
        reported = reported and not said_set & _ASKING_VERBS
        # "NIA - what's IU's role?", "big pic learning doncaster - US model or ours?", "CCG or NHS England - who's…?":
        # a few words before a dash name the topic of the question.
        named = said[1:] if said[0] in _DETERMINERS else said  # "the kings fund adoption report - …": four words
        topic = (
            not asks
            # (after a sentence's end only when what follows the dash asks: "…lists `SPRING CONS. (w/ DfE) — CSC IP`")
            and (number == 0 or (not after_dash[number] and _asks_after_dash(parts[number + 1 : number + 2])))
            # ("west london over-65s work - all the orgs?": five words that end on the work they name)
            and (
                len(named) <= 4
                or (len(named) <= 5 and ("or" in said or said[-1] in _WORK_SAID_LAST))
                # ("payment terms on the UNICEF agreement - net 30 or net 60?": a fact, and what it is asked of)
                or (
                    len(named) <= _FACT_TOPIC_WORDS
                    and number + 1 < len(parts)
                    and parts[number + 1].rstrip().endswith("?")
                    and not _WH_WORDS.intersection(words(parts[number + 1]))
                    and any(_fact_hits_once(" ".join(said)))
                )
            )
            # "a parish council emailed - …" is what happened ("wigan asset based csc - …" names a topic)
            and not any((w.endswith("ed") and w != "based") or w in _NOT_A_TOPIC for w in said)
            and len(parts) > 1
            and _DASH.match(text[ends[number] :]) is not None
        )
        asks = asks or topic
        # "Remind me what it's trying to do? something about assets, and costs?": a half-remembered
        # cue is what the thing is about, not a second question (nor a fact asked for).
        asks = asks and not (len(said) > 2 and said[0] == "something" and said[1] in _CUE_WORDS)
        # "…what's the proper name so I order the right logo?": the purpose clause is context. But
        # "I only need one answer: which of those did we…?" asks in the clause after "need".
        clauses = _split_purpose(said)
        asking_clause = 0
        if len(clauses) > 1 and not _WH_WORDS.intersection(clauses[0]):
            asking_clause = next((n for n, c in enumerate(clauses) if _WH_WORDS.intersection(c)), 0)
        if not asks and said_set & _BRIEF_NOUNS and _BRIEF_ON.search(" ".join(said)):
            briefs.append(len(found))
        for position, clause in enumerate(clauses):
            found.append(Sentence(tuple(clause), asks and position == asking_clause, topic))
            if reported and asks and position == asking_clause:
                reported_at.append(len(found) - 1)
    # ("…would like to know how many schools… Could you advise, please?": the nudge asks nothing of its own.)
    if reported_at and len(reported_at) < sum(s.asks and not set(s.words) <= _NUDGE_WORDS for s in found):
        found = [Sentence(s.words, False) if n in reported_at else s for n, s in enumerate(found)]
    if briefs and not any(s.asks for s in found):
        # "…bump into Spring people. 2-liner on who Spring are + what we do w/ them pls": when nothing else asks,
        # a short text asked for on a question is the question ("the host wants a line on how we help. Do we…?"
        # is why someone asks).
        found = [Sentence(s.words, True, s.topic) if n in briefs else s for n, s in enumerate(found)]
    return found


#: A phrase of several words in quotes, with no question mark: a title or a slogan, quoted.
_QUOTED_TITLE = re.compile(r'"([^"]*)"|“([^”]*)”')
#: Words before a quote that make it a question reported ('a funder asked "who wrote it"'), not a title.
_REPORTED_BEFORE = re.compile(r"\b(?:asked|asks|asking|ask|said|says|wondering|wonders|know|question)\W*$", re.I)
_QUESTION_WORD = re.compile(r"\b(?:who|what|which|whom|whose|where|when|how)\b", re.IGNORECASE)


def _title_asks_nothing(quoted: re.Match) -> str:
    """'a slide on "who else is rethinking school"': the title's "who" asks for no one."""
    said = quoted.group(0)
    inside = quoted.group(1) or quoted.group(2) or ""
    if len(inside) < 8 or "?" in inside or len(inside.split()) < 3:
        return said
    if _REPORTED_BEFORE.search(quoted.string[max(0, quoted.start() - 30) : quoted.start()]):
        return said
    return _QUESTION_WORD.sub("", said)


def _asks_after_dash(following: list[str]) -> bool:
    """The part after a dash is a question: "is that us plus other orgs?", "who are they"."""
    said = words(following[0]) if following else []
    return bool(said) and (following[0].rstrip().endswith("?") or respelled(said[0]) in _ASKING_OPENERS)


#: Nouns that end a few words naming a piece of work ("west london over-65s work", "the Doncaster one").
_FACT_TOPIC_WORDS = 8
_WORK_SAID_LAST = frozenset("work programme project stuff thing one report".split())
_HELLO = frozenset("hi hello hey hiya heya howdy yo morning afternoon evening gday".split())
#: Greeting words that open a phrase when these follow: "all our education programmes", "one of ours".
_PHRASE_AFTER = {
    "all": frozenset("our the your their of these those my its current past".split()),
    "one": frozenset("of".split()),
    "people": frozenset("at from who in on working".split()),
}


def _opens_a_phrase(said: list[str]) -> bool:
    after = _PHRASE_AFTER.get(said[0])
    return after is not None and len(said) > 1 and said[1] in after


#: "young ppl", "older ppl": after words that describe people, "ppl" is people (elsewhere it may be a name).
_DESCRIBE_PEOPLE = frozenset(
    "young old older elderly local vulnerable disabled homeless many some most more few".split()
    # "reports we can point ppl to", "IU helps ppl scale": people as whom something is done for ("help PPL with X"
    # may be the organisation)
    + "point refer direct signpost helps helping".split()
)


def _read_textspeak(said: list[str]) -> list[str]:
    read = [respelled(w) for w in _letters_spelled_out(said)]
    for position in range(1, len(read)):
        before, word = read[position - 1], read[position]
        if word == "ppl" and before in _DESCRIBE_PEOPLE:
            read[position] = "people"
        elif before == "ppl" and (
            word in _PEOPLE_DO or (word == "there" and read[position - 2 : position - 1] in (["do"], ["did"], ["all"]))
        ):  # "wat do ppl there do all day" (but "meeting PPL there on Tuesday", "PPL here in the channel": PPL)
            read[position - 1] = "people"  # "the ah-ha bit ppl keep quoting": people, not PPL
        elif (
            before == "ppl"
            and word == "at"
            and read[position + 1 : position + 2] in (["work"], ["wrk"], ["office"])
            and read[position - 2 : position - 1] != ["from"]  # ("someone from PPL at work today": PPL)
        ):
            read[position - 1] = "people"  # "ppl at wrk keep sayin…": colleagues ("sum1 frm ppl at a leigh event": PPL)
        elif word == "1" and (before == "which" or (before.isalpha() and read[position + 1 : position + 2] in _1_END)):
            read[position] = "one"  # "which 1", "is elevate the aussie 1 or the unicef 1?"
        elif word == "pitch" and before == "elevator":
            read[position - 1] = ""  # "the elevator pitch" is a short summary, not Elevate
        elif word == "chart" and before == "organisation":
            read[position - 1 : position + 1] = ["", ""]  # "updating the org chart": no organisation, no subject
        elif word in ("list", "lists") and before in _A_LIST_HELD and read[position + 1 : position + 2] != ["of"]:
            read[position] = "listing"  # "the old list just says…": a list someone has, not one asked for
        elif word == "london" and said[position - 1 : position] in (["w"], ["e"]):
            read[position - 1] = "west" if said[position - 1] == "w" else "east"  # "W London" is no "with London"
        elif before == "dept" and word in ("for", "of"):
            read[position - 1] = "department"  # "dept for ed" (but "wat dept is she in?" asks where she sits)
            if read[position + 1 : position + 2] == ["ed"]:
                read[position + 1] = "education"  # the Department for Education (Ed is a name elsewhere)
        elif word == "ed" and before in ("for", "of") and read[position - 2 : position - 1] == ["department"]:
            read[position] = "education"  # "dept for ed": the Department for Education (Ed is a name elsewhere)
        elif word == "and" and before == "total":
            read[position] = "number"  # "total n of schools", "sample n": a count (textspeak's "n" is "and")
        elif before in _MONTHS and len(word) == 2 and word.isdigit() and said[position - 1] != before:
            read[position] = "20" + word  # "julie's blog feb 18": a shortened month, then a shortened year
    return [w for w in read if w]


_WHO_IS_THE_BODY = re.compile(
    # "who is our partner organisation on the ground?" (not "who is our client contact at the CCG?", a person)
    r"\bwho(?: is| s| are)? our (?:\w+ )?partner (?:organisation|organisations|org|orgs|body|bodies)\b"
    r"|\bwho(?: is| s| are| was|s)? (?:the|their|its) (?:\w+ )?(?:body|bodies|organisation|organisations|org|orgs"
    r"|partner|partners|funder|funders|commissioner|commissioners|council|department|charity|consortium|client)\b"
)
#: "who actually commissions X?", "who funded it?": the body that takes that part.
WHO_COMMISSIONS = re.compile(
    r"\bwho (?:actually |really |now |currently |originally )?(?:is |was )?"
    r"(commis{1,2}ion|fund)(?:s|ed|ing)?\b(?! by\b)"
)
#: "who's the NHS side on…", "who is the council side of it?": which organisation takes that part.
_SIDE_ASKED = re.compile(r"\bwho(?: is| s| are)? (?:the |their |its )?(?!our\b|my\b)(?:\w+ ){1,2}side\b")
_CLAUSE_AFTER_WHAT = re.compile(r"(?:\w+ ){1,2}(?:is|are|was|were) (?:\w+ )?\w+ing\b|(?:\w+ ){1,2}(?:actually )?does\b")
#: Nouns for a person by what they do: "which director…", "what manager…" ask for someone.
_PERSON_NOUNS = frozenset(
    "director directors manager managers colleague colleagues person people staffer lead leads expert experts".split()
)
#: "UK and abroad", "home & overseas", "in the UK or internationally": everywhere, which picks out no place.
_ABROAD_WORDS = ("abroad", "overseas", "internation", "beyond", "elsewhere")
_HOME_AND_ABROAD = re.compile(
    r"\b(?:(?:in )?the uk|uk|britain|home|here|domestic(?:ally)?)\W{0,3}(?:and|&amp;|&|\+|or|/)\W{0,3}"
    r"(?:abroad|overseas|international(?:ly)?|beyond|elsewhere)\b"
    r"|\b(?:abroad|overseas|international(?:ly)?)\W{0,3}(?:and|&amp;|&|\+|or|/)\W{0,3}(?:(?:in )?the uk|uk|home)\b",
    re.IGNORECASE,
)
_NON_UK = re.compile(r"\bnon[- ]?(?:uk|british|english)\b", re.IGNORECASE)
_PART_OF_ENGLAND = re.compile(
    r"\b((?:north|south|east|west|north west|north east|south west|south east|north-west|north-east|south-west"
    r"|south-east)(?:ern)?) (?:of )?england\b",
    re.IGNORECASE,
)
#: Before "list", words that make it a thing someone holds ("the old list", "our mailing list"), not a request.
_A_LIST_HELD = frozenset(
    "my their old existing mailing distribution guest reading wish signature circulation invite contact".split()
)
_1_END: tuple[list[str], ...] = ([], ["or"])
_PEOPLE_DO = frozenset(
    "keep kept say said says think thought ask asked asking love like use used talk talking mention mentioned "
    "quote quoting want wanted need seem tend always often".split()
)
_CUE_WORDS = frozenset("about to like around re on with involving".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())


_MAY_NAME = re.compile(r"[\"“>*]|(?<!\w)['_]|&gt;|called|named|known as")
_BOLD_WORD = re.compile(r"(?<![\w*])\*([A-Za-z][\w'-]{2,30})\*(?![\w*])")
_CALLED = re.compile(r"\b(?:called|named|known as)\s+((?:[A-Z0-9][\w'&-]*\s?){1,4})")


def named_in_quotes(message: str) -> frozenset[str]:
    """Words the message marks as (part of) a name: "the Odds report", 'Spring', called PPL."""
    if not _MAY_NAME.search(message):
        return frozenset()
    text = strip_slack_markup(message[:MAX_MESSAGE_CHARS])
    # ("_'you say IU has a track record, where is the evidence?'_": a question quoted is no name.)
    found = [part for quote in _QUOTED.findall(text) for part in quote if "?" not in part] + _CALLED.findall(text)
    # "a governor said you run an *Accelerator*": one word in bold is a name (a bold phrase is emphasis).
    found += [part for part in _BOLD_WORD.findall(text) if part[:1].isupper() and not set(words(part)) <= _EVERYDAY]
    # 'from the team', "the report": a quote of everyday words marks a phrase, not a name ("Big something" is one).
    # ('people keep calling it "the west London one"': a nickname says where or what, it names nothing.)
    found = [part for part in found if not _NICKNAME.match(part.strip())]
    # ("a company called P P L": letters spelled out are one name.)
    named = (
        _letters_spelled_out(words(part)) for part in found if part != part.lower() or not set(words(part)) <= _EVERYDAY
    )
    kept = {w for said in named for w in said if w not in STOPWORDS}
    # "the one ending its title with 'for the many not the few'": a phrase of small words quoted whole is
    # part of a name, word for word.
    phrases = (words(part) for part in found if len(words(part)) >= _QUOTED_PHRASE and set(words(part)) <= _EVERYDAY)
    return frozenset(kept or set().union(*phrases))  # (only when nothing else is quoted: "called Adoption")


_NICKNAME = re.compile(r"(?i)the (?:\w+ ){1,3}one$")
#: Words a quoted phrase of small words needs before it counts as part of a name.
_QUOTED_PHRASE = 4


_EVERYDAY = STOPWORDS | GENERIC_WORDS | INTENT_VOCABULARY


#: A passage in double quotes, too long to be a name: "whatever the social challenge, someone, …".
_LONG_QUOTE = re.compile(r'"([^"]{81,600})"|“([^”]{81,600})”')
#: A Slack quote line, or a ">" after a colon or a word where a pasted quote lost its line break.
_QUOTE_LINE = re.compile(r"(?:^|(?<=[:\w])\s+)\s*(?:&gt;|>)\s?(.+)$", re.MULTILINE)


#: "a line of yours about too many young people beating a path from care to custody. Which piece is that from?":
#: a passage given in the asker's words, with no quote marks.
_LINE_ABOUT = re.compile(
    r"\b(?:a|the|that|this) (?:line|sentence|phrase) (?:of yours|of ours|in (?:your|the|a) \w+ )?\s?"
    r"(?:about|saying|that says|which says|that goes) ([^.?!]{20,200})",
    re.IGNORECASE,
)


_A_LINE_SAID = re.compile(r"\b(?:line|sentence|phrase)\b", re.IGNORECASE)


def quoted_passage(message: str) -> str:
    """The first Slack quote line ("&gt; …") or long quoted string, as plain words; "" if none."""
    if not _MAY_NAME.search(message):
        line = _LINE_ABOUT.search(message) if _A_LINE_SAID.search(message) else None
        said = words(line.group(1)) if line else []
        return " ".join(said) if len(said) >= 5 else ""
    text = message[:MAX_MESSAGE_CHARS]
    found = _QUOTE_LINE.search(text)
    candidates = [found.group(1)] if found else []
    candidates += [part for quote in _QUOTED.findall(strip_slack_markup(text)) for part in quote if part]
    candidates += [part for quote in _LONG_QUOTE.findall(strip_slack_markup(text)) for part in quote if part]
    for candidate in candidates:
        # A quote line runs to the end of its sentence: "Scale is a word on many lips and wish lists."
        # (Two spaces stand for the line break a pasted quote ends with.)
        said = words(re.split(r"(?<=[.!?])\s|\s{2,}", strip_slack_markup(candidate).strip())[0])
        if len(said) >= 4:
            return " ".join(said)
    return ""


_TEXTSPEAK_PAIRS = frozenset({("r", "u"), ("u", "r"), ("c", "u"), ("y", "r"), ("r", "y")})
#: Single letters in a row that spell a name out: "a i s n s w", "D F E" (dictated, or typed spaced).
_SPELLED_OUT = 3


def _letters_spelled_out(said: list[str]) -> list[str]:
    """ "a i s n s w who r they" → aisnsw, who, r, they: three or more single letters in a row are one word."""
    if sum(len(w) == 1 for w in said) < _SPELLED_OUT:
        return said
    joined: list[str] = []
    run: list[str] = []
    for word in [*said, ""]:
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        textspeak = any((a, b) in _TEXTSPEAK_PAIRS for a, b in zip(run, run[1:], strict=False))  # "r u a DfE body?"
        joined.extend(["".join(run)] if len(run) >= _SPELLED_OUT and not textspeak else run)
        run = []
        if word:
            joined.append(word)
    return joined


_SOUNDED_DIGIT = re.compile(r"(?<=[a-z])8|8(?=[a-z])")


def respelled(word: str) -> str:
    """A word as meant when typed in a hurry: "wat" → what, "skools" → schools, "elev8" → elevate."""
    found = TEXTSPEAK.get(word)
    if found is not None:
        return found
    if "8" in word and not word.isdigit():
        return _SOUNDED_DIGIT.sub("ate", word)  # "gr8", "l8r", "elev8": the digit says its name
    return word


def _split_purpose(said: list[str]) -> list[list[str]]:
    clauses: list[list[str]] = [[]]
    for position, word in enumerate(said):
        following = _PURPOSE_OPENERS.get(word, ())
        if position > 2 and following != () and (following is None or said[position + 1 : position + 2] in following):
            clauses.append([])
        clauses[-1].append(word)
    return clauses


def small_talk(message: str) -> str | None:
    """ "greeting" for a message that is only a greeting, help, emoji or a mention; "thanks" for thanks."""
    text = _EMOJI.sub(" ", strip_slack_markup(message or "")[:MAX_MESSAGE_CHARS])
    said = [respelled(w) for w in words(text)]
    if not said:
        return "greeting"  # nothing but emoji, a mention or punctuation
    if len(said) > _SMALL_TALK_WORDS:
        return None
    unique = set(said)
    if unique <= THANKS_WORDS | _THANKS_FILLER and unique & _THANKING:
        return "thanks"
    if unique <= GREETING_WORDS | HELP_WORDS | THANKS_WORDS:
        return "greeting"
    return None


#: "…tell me about the latter", "it is the former I mean": one of two things the message described.
_LATTER = re.compile(r"\bthe (latter|former)\b", re.IGNORECASE)
#: Where each of the things described begins: "…: one with schools abroad, and one bringing…", "One is…; the other…".
_ONE_OF_THEM = re.compile(
    r"(?:(?<=[,;:.!?])\s*|\band\s+|^)(?=(?:the other|one|the first|the second|another)\b)", re.IGNORECASE
)


def the_one_meant(message: str) -> str:
    """ "Two strands: one is the national programme…; the other is a transformation with a single local
    authority. Tell me about the latter": the message without the thing it does not mean, so the words of
    the one it does are what it is about. Unchanged when it describes no two things this way."""
    said = _LATTER.search(message[:MAX_MESSAGE_CHARS]) if "atter" in message or "ormer" in message else None
    if said is None:
        return message
    start = max(message.rfind(end, 0, said.start()) for end in (". ", "? ", "! "))
    context, asking = message[: start + 1], message[start + 1 :]
    starts = sorted({found.start() for found in _ONE_OF_THEM.finditer(context)} - {0})
    if len(starts) < 2:
        return message
    described = [context[a:b] for a, b in zip(starts, [*starts[1:], len(context)], strict=True)]
    meant = described[-1] if said.group(1).lower() == "latter" else described[0]
    return f"{context[: starts[0]]} {meant} {asking}"


#: "has IU done anything like that?", "does Innovation Unit do anything in Australia?", "an IU team member
#: wrote…": our own name as the ones doing the work asks what *we* do, as "we" would.
_US_DOING = re.compile(
    r"\b(?:(does|did|has|have|is) (?:iu|innovation unit) (?=(?:ever |actually |already )?"
    r"(?:do|done|doing|run|running|got|work|worked|working|have) (?:anything|any|something|much|stuff|more|work)\b)"
    r"|(?:iu|innovation unit) (?=(?:has |have |had |is |was |ever |actually |already )*"
    r"(?:done|doing|does|did) (?:anything|any|something|much|stuff|more)\b)"
    # "what is Innovation Unit doing for older people?": what we are doing for them.
    # "which organisation did IU do the two-year study on scaling with?": whom we did it with
    r"|(did|does|do) (?:iu|innovation unit) (?=(?:do|run|write|produce|co write) (?:[\w-]+ ){1,8}?with\b)"
    # "which organisation did IU spend two years working with…?": whom we worked with
    r"|(did|does|do) (?:iu|innovation unit) (?=spend (?:\w+ ){0,3}(?:working|collaborating|partnering) with\b)"
    r"|(is|are|r) (?:iu|innovation unit) (?=(?:currently |actually |now )?(?:doing|doin)"
    r" (?:for|on|in|with|w|around|about|re)\b)"
    # "is IU running it or helping bring it in?": what *we* do with the work pointed at.
    r"|(is|are) (?:iu|innovation unit) (?=(?:currently |actually |now |also )?(?:running|leading|bringing|helping)"
    r"(?: bring| to bring)? (?:it|this|that|them)\b)"
    # "spring consortium - who are they, and r IU in it?": whether we are, as "are we in it?" would ask.
    r"|(is|are|r) (?:iu|innovation unit) (?=(?:involved |part of it |also )?in (?:it|that|this|them)\b)"
    # "which organisations does Innovation Unit work with?", "…where Innovation Unit is helping to scale": ours.
    r"|(does|do|is|are) (?:iu|innovation unit) (?=(?:currently |actually |also |now )?"
    r"(?:work|working|partner|partnering|name|list) (?:with|alongside|as)\b)"
    r"|(?<!\bwhat )(?<!\bhow )(?:iu|innovation unit) (?=(?:is |are )?(?:currently |actually |also |now )?"
    r"(?:works|working|partners|partnering) (?:with|alongside)\b))",
    re.IGNORECASE,
)
_OUR_DOCUMENT = re.compile(r"\ban? (?:iu|innovation unit) (report|paper|study|publication)\b", re.IGNORECASE)
_OUR_VIEW_ASKED = re.compile(
    r"\b(?:does|do|has|have) (?:iu|innovation unit) (?:got |have |hold |take )?(?:a|an|any) (?:\w+ )?"
    r"(view|views|position|stance|line|opinion|take)(?= on\b)",
    re.IGNORECASE,
)
_WHO_MADE_IT = re.compile(r"\bwho (?:actually |really |originally )?(?:published|produced|made|did) (?:it|that|this)\b")
_ANYONE_OF_US_WROTE = re.compile(
    r"\b(?:has|have|did) (?:anyone|someone|anybody|somebody) (?:at|from|in) (?:iu|innovation unit) "
    r"(written|published|produced|done|put out)\b",
    re.IGNORECASE,
)
_HOW_TO_WRITE = re.compile(
    r"\bhow (?:do|should|would|can|shall|to) (?:we |i |you )?(?:write|spell|type|put)\b"
    r"|\b(?:write|spell|type) (?:their|his|her|its|the|our) name\b"
)
#: The words that ask whom a thing is for (what a "who" asks of a work, not a subject to match).
_SERVES_WORDS = frozenset(
    """who whom is are was were s it this that they the for involved else meant designed aimed intended built there
    targeted geared to at help serve support benefit target reach benefits on in part of working takes take took
    taking gets participates do does did will would can actually really exactly mainly besides other than apart from
    as well our delivery lead main local key partner partners out with""".split()
)
_ONE_OF_US_WROTE = re.compile(
    r"\b(?:someone|somebody|a colleague|one of the team|one of your team) (?:at|from|in) (?:iu|innovation unit) "
    r"(?:\w+ )?(?:publish|published|publishing|wrote|writing|write|produced|producing|put out|putting out)"
    r"(?= (?:a|an)\b)"
    # "I read that IU co-wrote a study of…" (not "can Innovation Unit write a case study…?", a request)
    r"|(?<!\bthe )(?<!\bcan )(?<!\bcould )(?<!\bwill )(?<!\bwould )(?<!\bshould )(?<!\bis )(?<!\bdid )(?<!\bdoes )"
    r"\b(?:iu|innovation unit) (?:also )?(?:published|wrote|produced|put out|co wrote|co-wrote|cowrote|co authored"
    r"|co-authored)(?= (?:a|an)\b)",
    re.IGNORECASE,
)
_US_AS_OWNERS = re.compile(r"\b(?:an|the) (?:iu|innovation unit) (?=(?:team|staff) members?\b)", re.IGNORECASE)
#: "which organisation is IU's partner alongside the CCG?", "IU's counterpart organisation": ours.
_OUR_PARTNER = re.compile(
    r"\b(?:iu|innovation unit)(?:'s|’s| s|s)? (?=(?:main |key |delivery |lead |local |counterpart )?"
    r"(?:partner|partners|counterpart|counterparts|collaborator|collaborators)\b"
    # "are these both IU people?": ours.
    r"|(?:people|staff|colleagues|employees|person)\b)"
    # "which of Innovation Unit's current pieces of work are about schools?": ours (not "does IU work with…").
    r"|\b(?:iu|innovation unit)(?:'s|’s| s) (?=(?:current |own |other |main )?"
    r"(?:work|programmes|projects|pieces of work|reports|publications)\b"
    # "what's IU's actual line on why good stuff doesn't spread?": our view of it, asked as "our line" would be.
    r"|(?:actual |official |own |current |general |basic |overall |honest |main )?(?:line|view|views|position|stance"
    r"|take|thinking|argument|case) (?:on|about)\b)",
    re.IGNORECASE,
)


#: "whos runnin it, ais or u guys??": the one addressed, offered as one side of a choice, is us by name.
_YOU_AS_AN_OPTION = re.compile(r"\bor (?:you|u|ya) (?:guys|lot|all|folks)(?=\W*(?:$|\?|\.|!|,))", re.IGNORECASE)


def _us_as_we(message: str) -> str:
    if " or " in message:
        message = _YOU_AS_AN_OPTION.sub("or Innovation Unit", message)
    folded = message.lower()
    if "iu" not in folded and "innovation unit" not in folded:
        return message  # (a plain look for the name first: most messages do not say it)
    message = _OUR_PARTNER.sub("our ", _US_AS_OWNERS.sub("one of our ", message))
    message = _OUR_DOCUMENT.sub(r"a \1 of ours", message)  # "is there an IU report on…?": one of ours
    # "I half-remember someone at IU publishing a report on it": one of us, so ours
    message = _ONE_OF_US_WROTE.sub("we published", message)
    # "Has anyone at IU written owt on how student-centred schools spread?": have we written anything
    message = _ANYONE_OF_US_WROTE.sub(r"have we \1", message)
    # "Does IU have a view on virtual wards?": our view, asked as "what is our view on…?" would be
    message = _OUR_VIEW_ASKED.sub(r"what is our \1", message)
    if not _US_DOING.search(message):
        return message
    # The "we" put in is marked, so only the verb beside it is made to agree ("has we" → "have we").
    message = _US_DOING.sub(lambda m: f"{m.group(m.lastindex)} \x00we " if m.lastindex else "\x00we ", message)
    message = _WE_AGREES.sub(lambda m: _AGREEING[m.group(0).lower().replace("\x00", "")], message)
    return message.replace("\x00", "")


#: "has we done", "we has done": the verb agrees with "we" again.
_AGREEING = {
    "has we": "have we",
    "does we": "do we",
    "is we": "are we",
    "we has": "we have",
    "we does": "we do",
    "we is": "we are",
    "we works": "we work",
    "we partners": "we partner",
    "we runs": "we run",
    "we helps": "we help",
    "we supports": "we support",
    "we was": "we were",
}
_WE_AGREES = re.compile(
    r"\b(?:has|does|is) \x00we\b|\x00we (?:has|does|is|was|works|partners|runs|helps|supports)\b",
    re.IGNORECASE,
)


#: A state's own department ("the NSW Department of Education", "the state education department"): no UK body.
_STATE_DEPARTMENT = re.compile(
    r"\b(?:the )?(nsw|new south wales|australian|victorian|queensland)(?: state)?(?: education| schools)?"
    r" (?:department|government|ministry)(?: (?:of|for) education)?\b"
    r"|\b(?:the )?state (?:education |schools )?(?:department|government)(?: (?:of|for) education)?\b",
    re.IGNORECASE,
)
_DOCUMENT_LEANS_ON = re.compile(
    r"\b(blog|post|blogpost|article)(?: also| heavily| really)? (?:leans|leaned|leant|draws|drew|relies|relied|builds"
    r"|built) on\b",
    re.IGNORECASE,
)
_CHART_OF_HOW_MUCH = re.compile(
    r"\b((?:chart|charts|graph|graphs|diagram|infographic|figure|slide|point|analysis|breakdown|stats|data)"
    r"(?: \w+){0,3}? (?:about|of|showing|on))"
    r" how much\b",
    re.IGNORECASE,
)
_TAKE_IT_UP = re.compile(r"\b(?:take|taking|took|takes) (?:it|them|this|that) up\b", re.IGNORECASE)
_BARE_ASKS = frozenset("who whom which where when what".split())
_BARE_ASK_TOPIC_WORDS = 16
_BARE_ASK_WORDS = 3
_NOT_BARE = frozenset("the is s are was were else other others more rest".split())
_OUTSIDE_ENGLAND = re.compile(r"\b(?:outside|beyond) (?:of )?(?:england|britain|great britain)\b", re.IGNORECASE)
#: An arrow typed between two things ("Julie Temperley -> 1) her role…"): a break between them, never a quote mark.
_ARROW = re.compile(r"\s*[-=](?:&gt;|>)\s*")


def parse(message: str) -> Query:
    """Read a message: its focus and context words, the kind and fact it asks for."""
    raw = _us_as_we(the_one_meant(expand_contractions(message or "")))
    if ">" in raw:
        raw = _ARROW.sub(" - ", raw)  # "`NIA` on the timesheets -> NHS Innovation Accelerator?": no quote line
    if "epartment" in raw or "overnment" in raw:
        # "the NSW state education department", "the state government": Australia's, not the DfE (a UK department)
        raw = _STATE_DEPARTMENT.sub(lambda m: f" {m.group(1) or ''} ministry ", raw)  # (the place word stays)
    if "blog" in raw or "post" in raw or "article" in raw:
        raw = _DOCUMENT_LEANS_ON.sub(r"\1 cites", raw)  # "Julie's blog leans on a report for it": cites it
    if "how much" in raw:
        # "the chart everyone screenshots about how much the NHS spends…": what a chart shows, no sum asked
        raw = _CHART_OF_HOW_MUCH.sub(r"\1 the level of", raw)
    if " up" in raw:
        raw = _TAKE_IT_UP.sub("adopt it", raw)  # "can't get other areas to take it up": to adopt it
    if "utside" in raw or "eyond" in raw:
        raw = _OUTSIDE_ENGLAND.sub(
            "outside the UK", raw
        )  # "outside England, which countries…": all our UK work is there
    truncated = len(raw) > MAX_MESSAGE_CHARS
    found = sentences(raw)
    asking = [s for s in found if s.asks]
    # "&gt; <the question> … any ideas?": a nudge that asks nothing of its own is not the question.
    # "The Wigan work is with the council, I think. Can you confirm?": only a nudge asks, so the
    # whole message is the question.
    # "I need all our education programmes, UK and overseas. What have we got?": an open ask is a nudge too.
    asking = [
        s
        for s in asking
        if not set(s.words) <= _NUDGE_WORDS and not set(s.words) <= _OPEN_ASKS and s.words not in _NUDGE_PHRASES
    ]
    # "IU + health fdn 2yr collab - wat was it calld": a topic before a dash asks only with what follows it.
    focus_sentences = asking if any(not s.topic for s in asking) else found
    asked = focus_sentences[0].words if len(focus_sentences) == 1 else ()
    # (not "who is that?", "what's the third?": those point back at what was said, as below)
    bare = (
        bool(asked)
        and asked[0] in _BARE_ASKS
        and not set(asked) & (_POINTERS | _NOT_BARE)
        and not any(re.fullmatch(_COUNTS, w) for w in asked)  # ("…ten health innovations. Which ten?")
    )
    if bare and len(asked) <= _BARE_ASK_WORDS:
        # ("`commissioner` field for My Care, My Way - which NHS body?": likewise a short one)
        # "`owner` for inbound scaling enquiries -> who?": a bare question word asks of the topic before it
        at = found.index(focus_sentences[0])
        if at > 0 and not found[at - 1].asks and len(found[at - 1].words) <= _BARE_ASK_TOPIC_WORDS:
            focus_sentences = [found[at - 1], focus_sentences[0]]
    context_sentences = [s for s in found if s not in focus_sentences]
    focus_words = [w for s in focus_sentences for w in s.words]
    if len(focus_words) > _MAX_FOCUS_WORDS and focus_sentences is found:
        # A long paste with no sentence that asks: all of it is the focus, but only as far as it is read
        # (the words matched stop at MAX_QUESTION_WORDS); reading the rest for facts costs, and finds nothing used.
        focus_words = focus_words[:_MAX_FOCUS_WORDS]
    # A name in quotes is what the message is about, wherever it stands: "the Odds report".
    quoted = named_in_quotes(raw)
    # The words nearest the question matter most: context closest to the end is kept first.
    context_words = [w for s in reversed(context_sentences) for w in s.words]
    all_words = (focus_words + context_words)[:MAX_QUESTION_WORDS]
    if len(focus_words) + len(context_words) > MAX_QUESTION_WORDS:
        truncated = True
    focus_text = " ".join(focus_words)
    text = " ".join(all_words)
    fact, fact_words = asked_fact(focus_text, text)
    if (
        fact is None
        and context_sentences
        and set(focus_words) & (_POINTERS | _PLURAL_POINTERS)
        and (
            _REQUEST_WORDS & set(focus_words)
            # ("do we have it?" asks for the fact said; "do we have that one?", "anything on it?" for an entry)
            or (
                _HAS_IT & set(focus_words)
                and _ANYONE & set(focus_words)
                and not _A_THING & set(focus_words)
                # ("someone mentioned a King's Fund report about the costs… Do we have it?": the report, not its costs)
                and not _DOCUMENT_WORDS & {w for s in context_sentences for w in s.words}
            )
        )
        # ("…wants the ISBN and page count. Do we have those anywhere?", "…put £200m in. Can you confirm that figure?")
        and set(focus_words)
        <= STOPWORDS | _REQUEST_WORDS | _HAS_IT | _POINTERS | _PLURAL_POINTERS | _NUDGE_WORDS | _POINTED_FACT_WORDS
    ):
        # "…needs IU's registered office address and company number. Could someone post them here?": the
        # request points back at what the sentence before says is needed.
        fact, fact_words = asked_fact(" ".join(w for s in context_sentences for w in s.words), text)
    if fact == "whereabouts" and _MONTHS.intersection(focus_words) and "still" in focus_words:
        # "Julie's blog - was that Jan 2018 or Feb? And is she still with us?": the date, which her blog's card
        # gives, is asked first; whether she is still here is an aside the card cannot settle either way.
        fact, fact_words = None, frozenset()
    if fact is None and context_sentences and _HOLD_THE_FIGURE.search(focus_text):
        # "…I need the sum the Health Foundation put into the collaboration. Do you hold the figure?": the fact said
        fact, fact_words = asked_fact(" ".join(w for s in context_sentences for w in s.words), text)
    if fact is None and context_sentences and not {"who", "whom"} & set(focus_words):
        # ("…costs - who should I talk to about that?" asks for a person, not the fact passed on)
        # "A partner asked me when Elevate finishes - is it a three-year programme?": the question passed on says
        # which fact; the one after only guesses at it.
        passed_on = [hit for s in context_sentences if (hit := _ASKED_OF_ME.search(" ".join(s.words)))]
        if passed_on:
            # (what follows "asked me": "her manager asked me what…" asks nothing of a line manager)
            said = passed_on[0]
            relayed, relayed_words = asked_fact(said.string[said.start(1) :], text)
            if relayed is not None and not is_open_attribute(relayed) and relayed not in _CARD_SAYS:
                fact, fact_words = relayed, relayed_words
    if fact is not None and is_open_attribute(fact):
        # "what's the wifi password for the big room?": words we may not know still count against
        # a weak match ("big"), so an attribute's words stay subject words; no entry is named by them.
        fact_words = frozenset()
    office, office_at = asked_office(focus_text, raw)
    asking_words = [w for w in focus_words if w not in fact_words] or focus_words
    # The kind asked for is in the asking sentences: "…for a funder" or "I'm reading up" in the
    # context is the asker's situation, not a request for an organisation or a report.
    # "got an email from someone at AKF": the email is a thing that arrived, not a request to email someone.
    excluded_names = _set_aside_in(raw, focus_text)
    # ("…or am I mixing it up with the King's Fund one?": a name set aside says no kind asked for.)
    set_aside_words = {w for name in excluded_names for w in name}
    intent, strength = _intent(
        [
            w
            for n, w in enumerate(asking_words)
            if not _a_noun_not_an_ask(asking_words, n) and not (w in set_aside_words and w in ORGANISATION_NOUNS)
        ]
    )
    if (
        strength < _STRONG_INTENT
        and intent in (None, "organisation")
        and ("model" in focus_text or "scheme" in focus_text)
        and _MODEL_ASKED.search(focus_text)
    ):
        # "How is called this school model?", "which model is it and who's it aimed at?": a way of working we run.
        intent, strength = "programme", _WEAK_INTENT
    contrasted = _contrasted_kind(raw)
    if contrasted is not None:
        intent, strength = contrasted, _STRONG_INTENT
    # ("In a sentence or two, what's IU's line on scale - why do we think…?": said before the question too)
    our_view = intent is None and "our" in all_words and _OUR_VIEW.search(focus_text) is not None
    our_view = our_view or (intent is None and "our" in all_words and _WHAT_OUR_VIEW.search(text) is not None)
    if our_view:
        # "what's IU's actual line on why good stuff doesn't spread?": what we have written on it.
        intent, strength = "report", _WEAK_INTENT
    # "the third of the January 2018 reports, the one we co-wrote. What's it called?": when the question points
    # back, what we made is said in the sentences it points at.
    points_back = bool(context_sentences) and _points_back(focus_words)
    made_by_us = _MADE_BY_US.search(focus_text) is not None or (points_back and _MADE_BY_US.search(text) is not None)
    # "kings fund adoption report - did we co-write it or just cite it?": asked of the one named, not a list of ours.
    made_by_us = made_by_us and not _MADE_BY_US_OF_IT.search(focus_text)
    # ("how do we write their name?": how to spell it, not something we wrote)
    made_by_us = made_by_us and not _HOW_TO_WRITE.search(focus_text)
    # ("Caller insists we produced 'the chart about…'. I don't think it's ours? Who actually published it?")
    made_by_us = made_by_us and not _WHO_MADE_IT.search(focus_text)
    made_by_us = made_by_us or our_view
    if points_back and intent == "organisation" and _only_our_name_is_a_sort(focus_text):
        # "…the programme where you support the Fellows… What is it, and what does Innovation Unit do in it?":
        # "unit" is our name, not a body asked for; the kind is the one the context points at.
        pointed, pointed_strength = _pointed_kind(context_words, services="said")
        if pointed is not None:
            intent, strength = pointed, pointed_strength
    asks_the_counted_one = (
        _THE_COUNTED_ONE.search(focus_text) is not None or _WHO_IS_THAT_AND.search(focus_text) is not None
    )
    if (
        (points_back or asks_the_counted_one)
        and intent == "contact"
        and (set(focus_words) <= _WHO_IS_IT or asks_the_counted_one)
        and _ANOTHER_BODY.search(text)
    ):
        # "…there's a second partner organisation I need to tag. Who's that?": who the body just said is.
        intent, strength = "organisation", _WEAK_INTENT
    if intent is None and context_sentences and set(focus_words) <= _ONLY_A_NAME and _NAME_WORDS & set(focus_words):
        # "over-65s care service in west london - name?": a name asked alone is the name of what the sentence
        # before describes (only that sentence: "asked by a funder…" further back is why).
        intent, strength = _pointed_kind(list(context_sentences[-1].words), services="any")
    reset_for_work = False
    if made_by_us and intent == "contact" and strength < _STRONG_INTENT and _A_WORK_ASKED & set(focus_words):
        # "which was the one you wrote yourselves?", "have we written anything on why scaling matters?": a work
        # of ours, not a writer
        intent, strength, reset_for_work = None, 0.0, True
    if intent is None and context_sentences and (points_back or made_by_us):
        # "…that report we did with the Health Foundation. What's its exact title?", "three reports came out in
        # January, one of which we were involved in. Which one was ours?": the kind is the one the context names
        # ("Heard about an integrated care service for the over-65s… What's it called?": a work).
        intent, strength = _pointed_kind(context_words, services="said")
        if intent is None and made_by_us:
            intent, _ = _intent(context_words)  # "…three reports came out in January…": reports
            strength = _WEAK_INTENT if intent else 0.0
    weak_person = intent == "contact" and strength < _STRONG_INTENT and not {"who", "whom"} & set(focus_words)
    if made_by_us and (reset_for_work or (points_back and "what" in focus_words)) and (intent is None or weak_person):
        intent, strength = "report", _WEAK_INTENT  # (what we wrote is a document, whatever the context asks)
    # ("A colleague says Nesta also runs a scaling programme for small charities. Is that right…?": the name of
    # the one whose work is pointed back at)
    pointed_at = set(_OWNERS_SAID.findall(" ".join(context_sentences[-1].words))) if points_back else set()
    # "who is it meant to help?": "help" asks whom the thing is for; it is no subject to match.
    serves = _WHOM_IT_SERVES.search(focus_text) if "who" in focus_words else None
    # ("who is the Elevate programme aimed at?": the work named between stays a subject)
    asking_only = fact_words | (frozenset(serves.group(0).split()) & _SERVES_WORDS if serves else frozenset())
    terms = tuple(
        dict.fromkeys(
            w for w in all_words if w not in STOPWORDS and w not in PURE_QUESTION_WORDS and w not in asking_only
        )
    )
    first = focus_text + " "
    # "children's social care partners - DfE, Spring, who else?": the names given are after the topic.
    # ("Who are all the partners on the over-65s work? I've got the CCG, who else?": only the sentence that says
    # "else" names what the asker has.)
    # "…one's about adoption and spread, the other's about adults. I only need the adults one. What's its full
    # title?": the one picked out just before a question that points back is what it asks about.
    picked: tuple[str, ...] = ()
    if points_back and focus_sentences is not found and set(_subject_words(focus_words)) <= _ONLY_A_NAME:
        before_question = found.index(focus_sentences[0])
        if before_question > 0:
            one = _PICKED_ONE.search(" ".join(found[before_question - 1].words))
            picked = tuple(w for w in one.group(1).split() if w not in STOPWORDS) if one else ()
    # "I know there's a consortium involved but not its name. What is it called?": a body of that sort.
    # ("…a national DfE programme that you were involved in through a consortium. What's it called?" is the programme.)
    said_before = (
        _said_to_be([*context_sentences[-1].words, *focus_words])
        if points_back and _intent(list(context_sentences[-1].words))[0] in (None, "organisation")
        else None
    )
    if said_before is not None and intent in (None, "organisation"):
        intent, strength = "organisation", _STRONG_INTENT
    with_else = [s for s in focus_sentences if not s.topic and "else" in s.words]
    already = named_already(" ".join(w for s in (with_else or focus_sentences) if not s.topic for w in s.words))
    if with_else and not already and with_else[0] in found and found.index(with_else[0]) > 0:
        # "I've got the CCG. Who else?": the names are in the sentence before.
        before = found[found.index(with_else[0]) - 1]
        if len(before.words) <= _HAVE_SAID and _I_HAVE & set(before.words):
            already = named_already(" ".join((*before.words, *with_else[0].words)))
    return Query(
        text=text,
        words=tuple(all_words),
        terms=terms,
        intent=intent,
        intent_strength=strength,
        # ("how many people work at IU?" asks for a number, not a list of people)
        wants_list=_wants_list(focus_words, focus_text)
        and not names_items(fact)
        and not (_counts(fact) and not (_PLURAL_KINDS - {"people"}) & set(focus_words)),
        asked_noun=_asked_noun(focus_words)[1] or _said_to_be(focus_words) or said_before,
        truncated=truncated,
        focus=frozenset(focus_words) | quoted | frozenset(picked),
        # (the one picked is named by a word of its name, as a name in quotes is: "the adults one")
        quoted=quoted | frozenset(picked),
        passage=quoted_passage(raw),
        asked_fact=fact,
        # ("`project_code: MCMW`… decode pls": a code given to be spelled out is not a code asked for)
        also_asked=tuple(f for f in asked_facts(focus_text)[1:] if not (fact == "full name" and f == "cost code")),
        fact_words=tuple(sorted(fact_words - STOPWORDS - PURE_QUESTION_WORDS)),
        small_talk=small_talk(raw) if len(found) <= 1 else None,
        refers_back=bool(set(focus_words) & _BACK_REFERENCES) or first.startswith(_FOLLOW_UP_OPENERS),
        continues=first.startswith(_FOLLOW_UP_OPENERS),
        there=(" there" in focus_text or " here" in focus_text) and _THERE.search(focus_text) is not None,
        policy_document=policy_document(focus_text),
        workplace=office_at or _workplace(focus_words),
        office=office,
        qualifier=qualifier(focus_text),
        described_one=described_one(focus_text),
        excluded=excluded_names,
        # "…a list of all the programmes we're running. Can you give me every one?": the request is in the context.
        # ("is that the one that runs through all your scale projects?" asks for one.)
        every_of_kind=None
        if _ONE_POINTED_AT.search(focus_text)
        else _every_of_kind(focus_words)
        or (None if _subject_words(focus_words) else _every_of_kind(all_words) or _all_of_them(focus_text, all_words)),
        made_by_us=made_by_us,
        our_view=our_view,
        lists_places=_places_listed(focus_text),
        asks_name=_ASKS_NAME.search(focus_text) is not None,
        # "…you work with the CCG and also with another partner. How is called this partner?"
        wants_others=_WANTS_OTHERS.search(focus_text) is not None or _ANOTHER_BESIDE.search(text) is not None,
        # "…but the third is just called 'the adults one'. What's its proper title?": said before the question.
        counts_others=_COUNTS_OTHERS.search(text) is not None,
        # ("she needs the other organisation that did it with Innovation Unit… Which organisation was it?")
        not_us=_NOT_US.search(focus_text) is not None or (points_back and _NOT_US.search(text) is not None),
        asks_product=_PRODUCT_ASKED.search(focus_text) is not None,
        asks_who_we_are=_WHO_WE_ARE_ASKED.search(focus_text) is not None,
        # ("…`dfe-innovations`, which refers to where the innovations there came from. What national programme is
        # that?": where it came from is said before the question that points at it)
        asks_origin=_ORIGIN_ASKED.search(focus_text) is not None
        # ("…asked me where all the innovations originally came from… which one was it": said, then asked which)
        or (_ORIGIN_SAID.search(focus_text) is not None and _WHICH_ONE_ASKED.search(focus_text) is not None)
        or (
            points_back
            and intent not in ("organisation", "report")  # ("…grown out of a DfE programme… Which council is that?")
            and _ORIGIN_SAID.search(" ".join(context_words)) is not None
        ),
        we_work_with=_WE_WORK_WITH.search(" ".join(all_words)) is not None,
        # ("Nesta also runs a scaling programme for small charities. Is that right…?": the name pointed back at)
        proper_names=tuple(w for w in proper_names(raw) if w in set(focus_words) or w in pointed_at),
        asker_with=(_asker_with(found[0].words) if found else ()) or _go_between(context_sentences, focus_words),
        offers_choice=_OFFERS_CHOICE.search(focus_text) is not None or _WHICH_IS_OURS.search(focus_text) is not None,
        asks_which_is_ours=_WHICH_IS_OURS.search(focus_text) is not None,
        compares=re.search(_COMPARING, focus_text) is not None,
        describes_too=_WHAT_IS.search(focus_text) is not None and _AND_ASKS.search(focus_text) is not None,
        seeks_person=seeks_person(focus_text),
        # "whoever at IU handles partners who need help scaling - who should we reach out to?": one person.
        list_kinds=()
        if seeks_person(focus_text)
        else listed_kinds([w for w in focus_words if w not in already], all_words, fact, bool(already)),
        named_already=already,
    )


_WANTS_OTHERS = re.compile(
    # ("names only, I'll chase the rest" asks for no others.)
    r"(?<!\bchase )(?<!\bsort )(?<!\bhandle )\bthe (?:other|others|rest|remaining)\b"
    r"(?! (?:way|hand|day|night|week|month|year)\b)|"  # ("or the other way round?", "on the other hand")
    r"\b(?:who|what|which|anyone|anything|anybody|where) else\b|\bany others\b"
    # "GP practices and the CCG are on it. What's missing is…", "anyone I'm missing?" (but "what I'm missing is
    # a description of X" lacks X, and asks for no others)
    r"|\b(?:what|who) (?:is |s )?(?:still )?missing\b|(?<!what )\b(?:i m|am i|i am) (?:still )?missing\b(?! is\b)"
    r"|\b(?:a|the) third\b(?! party\b| parties\b| sector\b)"
    r"|\banother (?:one|report|programme|paper|study|partner|organisation|org|body)\b"
    r"|\b(?:that|this|one) other (?:named )?(?:partner|organisation|org|body|one)\b"
    # "I've read Against the Odds, what other reports came out that month?"
    r"|\b(?:which|what|any) other (?:\w+ )?(?:reports|programmes|partners|organisations|orgs|ones|papers|studies"
    r"|projects|publications|bodies|places|countries)\b"
)
_PRODUCT_ASKED = re.compile(
    r"\b(?:recommend|suggest|recommendations? for|suggestions? for) (?:a |an |any |some |me a )?(?:\w+ ){0,3}?"
    r"(?:system|systems|software|tool|tools|app|apps|platform|platforms|supplier|suppliers|vendor|vendors|mis|crm"
    r"|product|products|package|packages|laptop|laptops|printer|provider for|solution for (?:our|my))\b"
    # "how to unstick a travel authorisation in the UNICEF system?": how to use a system, which no entry is.
    r"|\bhow (?:do i|do you|do we|to|can i|can we|would i) (?:\w+ ){1,5}?(?:in|on|using|through|via)"
    r" (?:the |our |their )?(?:\w+ )?(?:portal|portals|software|platform|crm|intranet|sharepoint"
    # ("…in the health system", "…in the school system" are what our work is about)
    r"|(?!(?:health|healthcare|school|schools|care|education|justice|welfare|social|public|nhs|court|legal|tax"
    r"|political|benefits|whole|local|the)\b)\w+ systems?)\b"
)
_ORIGIN_ASKED = re.compile(
    r"\bwhere (?:did|do|does|have|has) (?:\w+ ){0,7}?"
    r"(?:come from|originate|originated|grow out of|grew out of|spring from)\b"
    r"|\b(?:grew|grown|came|come) out of (?:what|which)\b|\bwhat (?:did|do|does) (?:\w+ ){0,5}?(?:grow|come) out of\b"
    # "wigan transformation - the innovations came from which programme?"
    r"|\b(?:came|come|comes|coming) from (?:which|what)\b"
    # "which national programme did it grow out of?"
    r"|\b(?:which|what) (?:\w+ ){1,3}(?:did|do|does|has|have) (?:\w+ ){1,4}?(?:grow|grew|grown|come|came|spring|sprang)"
    r" out of\b"
    # "wat national progrm did the innovatons come frm"
    r"|\b(?:which|what) (?:\w+ ){0,2}(?:prog\w*|scheme|project|initiative) (?:did|do|does|have|has)"
    r" (?:\w+ ){1,4}?(?:come|came) from\b"
    # "the innovations there grew out of a national programme of the government, but which one?"
    r"|\b(?:grew|grown|grow|grows|came|come|comes|sprang|sprung) (?:out of|from) an? (?:\w+ ){1,6}?(?:but |and |so )?"
    r"which (?:one|programme)\b"
)
_ORIGIN_SAID = re.compile(
    r"\bwhere (?:the |its |their )?(?:\w+ ){0,10}?(?:originally |first )?(?:came|come|comes|grew|originated) from\b"
    # "the innovations Wigan is rolling out came out of a DfE programme. What's that programme's full name?"
    r"|\b(?:came|come|comes|grew|grown|sprang) (?:out of|from) (?:a|an|some|one) (?:\w+ ){0,3}?"
    r"(?:programme|program|scheme)\b"
)
_WHICH_ONE_ASKED = re.compile(r"\bwhich (?:one|programme|national programme)(?: (?:was|is) (?:it|that))?\b")
_ANOTHER_BESIDE = re.compile(
    r"(?<!\bas )(?<!\bbe )(?:\b(?:(?:also|and|separately) (?:with )?another|a second|a third|one more|a further"
    r"|an additional"
    # ("…names a CCG, and separately another organisation… What is that second organisation?")
    r"|that second|the second) (?:partner|organisation|org|body)|\banother partner"
    # "…is with a CCG and a partner outfit… Who's the partner organisation?": the partner beside the CCG
    r"|\b(?:with|is) (?:a|the) \w+ and (?:a|one) (?:partner|other) (?:outfit|organisation|org|body|charity|company)"
    # "have the CCG, missing the other one. who is it?"
    r"|\bmissing the other (?:one|partner|organisation|org|body))\b"
    r"(?!(?: \w+){0,4} (?:called|named)\b)"  # ("a second organisation named alongside us called PPL" names it)
)
#: "a second partner organisation", "another org": a body beside the one already named.
_ANOTHER_BODY = re.compile(
    r"\b(?:another|a second|a third|a fourth|one more|a further|an additional|the other) (?:\w+ )?"
    r"(?:partner|organisation|org|body)\b"
)
#: "…the CCG, us, and a third partner whose name has fallen out of my notes. Who's the third one?": the one counted.
#: "…another partner organisation involved in developing the service. Who is that, and would they be the right
#: people to approach?": who the body said is, with more asked of it.
_WHO_IS_THAT_AND = re.compile(r"^who(?: is| s| are| was)? (?:that|it|they|this)(?: exactly)? and\b")
_THE_COUNTED_ONE = re.compile(r"^who(?: is| s| are| was)? the (?:second|third|fourth|other|last|missing) one$")
_WHICH_IS_OURS = re.compile(
    r"\bwhich (?:one |of (?:them|these|those|the two|the (?:\w+ ){0,3}?(?:ones|reports|three|two)) )?(?:is|was|s)"
    r" (?:actually |really |truly )?(?:ours|our own)\b"
    r"|\bwhich (?:one |of (?:them|these|those|the two) )?did we (?:do|write|publish|produce|make)\b"
)
#: "what is X…" (not "what is the name/title/date…") and "…and who/which/what…" after it.
_WHAT_IS = re.compile(
    r"\bwhat(?: actually| exactly| really)?(?: is| s|s| are) (?!the (?:\w+ )?(?:name|title|date|deadline|budget)\b)"
    r"(?!(?:\w+ ){1,4}called\b)\w"
    # "could someone remind me what it is, and where our role ends?"
    r"|\b(?:remind me|tell me|explain|know) what (?:it|that|this) (?:is|does)\b"
)
_AND_ASKS = re.compile(r"\band (?:who|whom|which|what|where)\b")
#: "mixing it up with", "confused with": the thing named after it is not the one meant.
_MIXING_UP = "(?:mixing|mixed|muddling|muddled|confusing|confused)"
#: "is X the same as Y?", "is X different from Y?": X is what the question is about.
_COMPARING = (
    r"\bsame (?:\w+ )?as\b|\bdifferent (?:from|to)\b"
    rf"|\b{_MIXING_UP} (?:\w+ )?(?:up )?with\b"
)
_CAPITALISED = re.compile(r"(?<![.!?:>\n]\s)(?<![.!?:>\n])(?<=\s)([A-Z][A-Za-z]+)\b")
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


#: "G'day from the AISNSW team", "hello from the CCG side", "hi from Wigan Council", "PPL here in the shared
#: channel", "Officer at Wigan Council here", "the education team at the Aga Khan Foundation".
_ASKER_WITH = re.compile(
    r"^(?:day |\w+ here )?from (?:the |our )?(?:\w+ team at (?:the )?)?((?:\w+ ){0,4}?\w+)"
    r"(?: (?:comms |)(?:team|side|end)\b|$)"
    r"|^(?:\w+ ){0,4}?at (?:the )?((?:\w+ ){0,3}?\w+) here\b"  # "primary care lead at the CCG here"
    r"|^((?:\w+ ){0,2}?\w+) here\b"
    r"|^at (?:the )?((?:\w+ ){0,3}?\w+) (?:we|our|i)\b"  # "At the Health Foundation we want to position…"
)
#: Words for a team or post that follow the body's name: "King's Fund comms here" is with the King's Fund.
_TEAM_WORDS = frozenset("comms team office side end lead press communications marketing".split())


def asker_with(message: str) -> tuple[str, ...]:
    """Whom the asker introduces themselves as being with, in the message's first sentence."""
    first = sentences(message[:300])[:1]
    return _asker_with(first[0].words) if first else ()


def _go_between(context: list[Sentence], focus_words: list[str]) -> tuple[str, ...]:
    """ "someone from UNICEF ESARO wants a copy of our health report…", "the AKF regional office have a solution…
    who at IU should I point them to?": the body of the person the asker speaks for, said before the question,
    which asks about something else (not "…what are we doing with them?")."""
    whole = " ".join([*focus_words, *(w for s in context for w in s.words)])
    if not context or _ASKED_OF_THEM.search(whole):
        return ()  # ("…wants to feature us. The CEO wants to know what we actually do with them. Remind me?")
    for sentence in context:
        found = _GO_BETWEEN.search(" ".join(sentence.words))
        if found:
            named = next(group for group in found.groups() if group)
            said = [w for w in named.split() if w not in STOPWORDS and w not in _TEAM_WORDS]
            return tuple(said[:3])
    return ()


_ASKED_OF_THEM = re.compile(
    r"\b(?:with|about|on|of|for) (?:them|their)\b|\bwho (?:are|were) they\b|\bwhat (?:do|does|did) they\b"
    r"|\b(?:are|were|is) (?:they|it) (?:one|part|a partner|ours)\b"
    # "what exactly are you doing together?", "what's the connection?": the relation with them is asked
    r"|\btogether\b|\bconnection\b|\brelationship\b|\blink (?:to|with)\b|\b(?:actually|really) do\b"
)
_GO_BETWEEN = re.compile(
    r"\b(?:someone|somebody|a colleague|my counterpart|our counterpart|a secondee|a contact|my contact)"
    r" (?:from|at) (?:the )?((?:\w+ ){0,3}?\w+)(?= (?:wants|want|wanted|asked|asks|emailed|pinged|messaged|called|rang"
    r"|has|have|had|runs|run|said|says|is|are|was|were|office|regional|country|team)\b)"
    r"|\b(?:a|the|our|my) (\w+) (?:secondee|counterpart|regional office|country office|field office)\b"
)


def _asker_with(first_sentence: tuple[str, ...]) -> tuple[str, ...]:
    found = (
        _ASKER_WITH.search(" ".join(first_sentence))
        if "from" in first_sentence or "here" in first_sentence or first_sentence[:1] == ("at",)
        else None
    )
    if not found:
        return ()
    named = next(group for group in found.groups() if group)
    said = [w for w in named.split() if w not in STOPWORDS]
    while len(said) > 1 and said[-1] in _TEAM_WORDS:
        said.pop()
    return tuple(said)


def proper_names(message: str) -> tuple[str, ...]:
    """Words written with a capital letter inside a sentence ("has Nesta put out…", "an ICB and a CCG"),
    folded: a name the asker gives something. Calendar words and "I" are no names."""
    if not any(c.isupper() for c in message[1:]):
        return ()
    text = strip_slack_markup(message[:MAX_MESSAGE_CHARS])
    found = []
    for match in _CAPITALISED.finditer(". " + text):
        word = match.group(1)
        folded = word.lower()
        if len(word) < 2 or folded in _CALENDAR or word.lower() in ("im", "i"):
            continue
        found.append(folded)
    return tuple(dict.fromkeys(found))


_WE_WORK_WITH = re.compile(
    r"\b(?:we|you|iu|innovation unit) (?:\w+ )?"
    r"(?:partner|partnered|partnering|work|worked|working|collaborate|collaborated|collaborating)(?: \w+){0,2} with\b"
    r"|\bour partners?\b|\bpartner (?:orgs|organisations|organizations|bodies)\b"
    # "every organisation Innovation Unit names as a partner or collaborator"
    r"|\b(?:iu|innovation unit) (?:names|lists|counts|describes|mentions|cites) (?:\w+ )?as (?:a |its |their )?"
    r"(?:partner|partners|collaborator|collaborators)\b"
)
_NOT_US = re.compile(
    r"\b(?:outside|external|other|another) (?:organisation|organisations|org|orgs|partner|partners|body|bodies)\b"
    r"|\bour co ?(?:authors?|writers?|publishers?)\b|\bco ?authors? (?:organisation|org|body|partner)\b"
    r"|\b(?:other than|apart from|besides|not) us\b"
    # "…took a couple of years and wasn't IU alone. Can you confirm who the partner was?"
    r"|\b(?:was not|wasnt|is not|isnt|not) (?:iu|innovation unit|us|we) alone\b|\bnot (?:just|only) (?:iu|us)\b"
)
_COUNTS_OTHERS = re.compile(
    r"\b(?:a|the) third\b(?! of\b| party\b| parties\b| sector\b)|\bthe other (?:two|one|three)\b|\bthe remaining\b"
)
#: "what was it called", "what's that one called": the name of something the message describes.
_ASKS_NAME = re.compile(
    r"\bwhat(?:s| is| was| were| are)? (?:it|that|this|they|the \w+(?: one)?|that one|this one)"
    r" (?:is |was |were )?called\b"
    r"|\bhow (?:is|was) (?:it |this |that )?called\b"  # "how is called the report which…"
)
#: "…with X or with Y?", "which of those three…", "the same as", "or someone else?": a choice among named things.
# ("P P L or something", "ten or so": a name or number half-remembered, no choice offered)
_OFFERS_CHOICE = re.compile(
    r"\bor\b(?! (?:something|so|similar|whatever|thereabouts|other)\b)"
    r"|\bwhich of (?:those|these|them|the)\b|\bvs\b|\bversus\b|" + _COMPARING
)


#: "is that the DfE one?", "is it the King's Fund one?": the thing is named elsewhere, this says whose.
_THE_X_ONE = re.compile(
    r"\b(?:is|was|isn't|wasn't) (?:that|it|this|they) the ((?:\w+ ){1,3})ones?\b"
    # "which of your projects is the Doncaster school one?"
    r"|\bwhich (?:\w+ ){0,4}?(?:is|was) the ((?:\w+ ){1,3})one\b"
    # "elevate or big picture - which one's the UK one", "elevate vs big pic whch 1 is doncaster"
    r"|\bwhich (?:one|1)s? (?:is )?the ((?:\w+ ){1,3})one\b|\bwhich (?:one|1) (?:is|s) (?:in |the )?(\w+)$"
)


#: "I only need the adults one", "I mean the Doncaster one": the one picked out of several just said.
_PICKED_ONE = re.compile(r"\b(?:need|want|mean|meant|after|asking about|talking about) the ((?:\w+ ){1,3})one\b")


#: What a document says, or where in it: "what does the NHS long term plan say about…", "the section of the
#: Long Term Plan on spread".
_WHAT_IT_SAYS = re.compile(
    r"\b(?:what|does|did|do) (?:\w+ )?(?:the |our |your )?((?:\w+ ){1,6}?)(?:actually |really )?(?:say|says|said)\b"
    r"|\b(?:section|chapter|paragraph|page|part) (?:number )?(?:of|in) (?:the )?((?:\w+ ){1,6}?)"
    r"(?:on|about|that|where|which)\b"
)
#: Nouns that call a document a policy document of government or a public body.
_POLICY_NOUNS = frozenset("plan strategy act bill framework guidance manifesto constitution view roadmap".split())


def _counts(fact: str | None) -> bool:
    """ "number of staff", "number of schools": a count asked for."""
    return fact is not None and fact.startswith("number of")


def policy_document(focus_text: str) -> str | None:
    """ "what does the NHS long term plan say about spreading innovation?" → "nhs long term plan"."""
    if not _POLICY_NOUNS.intersection(focus_text.split()):
        return None
    found = _WHAT_IT_SAYS.search(focus_text)
    said = next((g for g in found.groups() if g), "").strip() if found else ""
    return said if said and said.split()[-1] in _POLICY_NOUNS else None


def qualifier(focus_text: str) -> tuple[str, ...]:
    """The words of "the <X> one" in a question that asks which thing is meant."""
    found = _THE_X_ONE.search(focus_text) if " one" in focus_text or " 1" in focus_text else None
    said = next((g for g in found.groups() if g), "") if found else ""
    return tuple(w for w in words(said) if w not in STOPWORDS)


_AN_ORGANISATION = r"(?:organisation|org|company|outfit|body|charity|agency|consultancy|business)"
#: Where the question about us ends: the end, or the next clause ("…and what sort of work do you do?"), not
#: a topic or place that follows ("what does our organisation do in Wigan?" asks about the Wigan work).
_CLAUSE_ENDS = r"(?= and\b| or\b| but\b| so\b|$)"
_WHO_WE_ARE_ASKED = re.compile(
    # "who actually are you as an organisation?" (not "who are you?": that may ask about the bot)
    rf"\b(?:who|what) (?:exactly |actually |really )?(?:are|r) (?:you|u|we)(?: guys| lot| all)?"
    rf"(?: exactly| actually| really)? as an? {_AN_ORGANISATION}(?: exactly| actually| really)?{_CLAUSE_ENDS}"
    rf"|\bwhat (?:kind|sort|type) of {_AN_ORGANISATION} (?:are|r|is) (?:you|u|we)(?: exactly| actually)?{_CLAUSE_ENDS}"
    rf"|\bwhat (?:does|do) (?:your|our) {_AN_ORGANISATION} (?:actually |even |really )?do{_CLAUSE_ENDS}"
    # "What do you actually do as an organisation?"
    rf"|\bwhat (?:do|does) (?:you|u)(?: guys| lot| all)? (?:actually |even |really )?do as an? {_AN_ORGANISATION}"
    rf"{_CLAUSE_ENDS}"
    # "Are you a DfE body, a consultancy, what?" (not "are you the lead organisation on Elevate?")
    rf"|\bare (?:you|u) (?:guys )?an? (?:\w+ ){{0,2}}{_AN_ORGANISATION}\b(?= (?:or|an?)\b| what\b|$)"
    r"|\bwhat (?:kind|sort|type) of (?:work|things|stuff) (?:do|does) (?:you|u)(?: guys| lot| all)? (?:actually )?do"
    + _CLAUSE_ENDS
    # "Who are you actually and what do you do?" (both: not only "who are you?", which may ask about the bot)
    + r"|\bwho (?:are|r) (?:you|u)(?: guys| lot)?(?: actually| exactly| really)? and what (?:do|does) (?:you|u)"
    r"(?: guys| lot)? (?:actually )?do"
    + _CLAUSE_ENDS
    # "How does Innovation Unit describe itself and the kind of work it does?"
    + r"|\bhow (?:does|do|would) (?:iu|innovation unit|the innovation unit|you|we) describe"
    r" (?:itself|yourselves|ourselves|us)\b"
)
#: "is Elevate the Australia one or the UNICEF one?", "was ATO the HF one or the King's Fund one?"
_THE_A_ONE_OR_THE_B = re.compile(
    r"\b(?:is|was|isnt|wasnt) ((?:\w+ ){1,5}?)the (?:\w+ ){1,3}one or (?:is it |was it )?the (?:\w+ ){1,3}one\b"
    # "is the Wigan work its own programme or just a bit of the DfE one?"
    r"|\b(?:is|was|isnt|wasnt) ((?:\w+ ){1,5}?)(?:its own|a separate|a standalone) (?:\w+ ){0,2}?"
    r"(?:programme|thing|project|organisation|org|body|one) or\b"
    # "is Heather Rollinson at the Health Foundation or one of ours?"
    r"|\b(?:is|was|isnt|wasnt) ((?:\w+ ){1,3}?)(?:at|from|employed by) (?:the )?(?:\w+ ){1,4}?or\b"
    # "is Julie Temperley one of your staff or an outside writer?"
    r"|\b(?:is|was|isnt|wasnt) ((?:\w+ ){1,4}?)(?:one of (?:your|our|the) (?:\w+ )?(?:staff|team|people|lot|employees)"
    r"|(?:a |on the )?(?:member of staff|staff member|staff|employee)) or\b"
)


def described_one(focus_text: str) -> tuple[str, ...]:
    """The words naming X in "is X the A one or the B one?"."""
    found = _THE_A_ONE_OR_THE_B.search(focus_text) if " or " in focus_text else None
    said = words(next(g for g in found.groups() if g)) if found else []
    named = tuple(w for w in said if w not in STOPWORDS and w not in _WORK_SAID_LAST)  # "the Wigan work": Wigan
    return () if set(named) <= _POINTERS else named


#: "that isn't the CCG", "other than the CCG", "besides PPL", "apart from UNICEF": the name that follows.
_EXCLUDING = re.compile(
    r"\b(?:(?:that|which|who) (?:isnt|is not|arent|are not|wasnt|was not)|other than|instead of|besides"
    r"|apart from"
    r"|except(?: for)?|excluding|not counting|aside from|leaving aside|setting aside|putting aside|leave aside)"
    r" (?:the |our |us )?((?:\w+ ?){1,4})"
    r"|\bnot (?:the|our) ((?:\w+ ){1,3})ones?\b"
    # "Leaving the council one aside for now, what's the national one called?"
    r"|\b(?:leaving|leave|setting|set|putting|put) (?:the |our )?((?:\w+ ){1,3}?)(?:ones? )?aside\b"
    rf"|\b{_MIXING_UP} (?:it |them |this |that )?(?:up )?with (?:the |our |a )?((?:\w+ ?){{1,4}})"
    # "…and not Against the Odds", "- not the blog itself": a name set aside where a clause begins.
    # ("not after Elevate, I know that one": not what is wanted)
    r"|(?:^|\band |\bbut )not (?!only\b|just\b|merely\b)(?:after |asking about |looking for )?(?:the |our )?"
    r"((?:\w+ ?){1,4})"
    # "who's the partner org alongside the CCG?": the one named is not the one asked for.
    # "who's the partner organisation that works on X out west alongside the CCG?": likewise, further on.
    # (Not when we are the ones alongside: "which organisation are we working with alongside the schools?")
    r"|\b(?:partner|org|organisation|one|who)(?: (?!we\b|us\b|you\b|i\b)\w+){0,12}? alongside (?:the |our )"
    r"((?:\w+ ?){1,3})"
    # "in the UK but outside London", "England outside London" ("a school outside Sydney" is near it).
    r"|\b(?:but|uk|england|britain|except) outside (?:of )?(?!the\b)(\w+)\b"
)
#: Words that end a name set aside: "not the blog itself", "not the overseas ones".
_AFTER_A_NAME = frozenset("itself themselves one ones either please pls".split())
_NOT_A_NAME = frozenset("it this that them so sure quite really just true right".split())


def excluded(focus_text: str) -> tuple[tuple[str, ...], ...]:
    """The names of what the answer is not: "who's the partner that isn't the CCG?" → (("ccg",),)."""
    names = []
    for found in _EXCLUDING.finditer(focus_text):
        named: list[str] = []
        said = next(group for group in found.groups() if group).split()
        for position, word in enumerate(said):
            # "not the blog itself": a kind's noun alone is the name of the one the message is about.
            itself = not named and said[position + 1 : position + 2] in ([], ["itself"])
            if word in _WH_WORDS or (word in INTENT_VOCABULARY and not itself) or word in _CLAUSE_VERBS:
                break  # "other than PPL who…", "besides the King's Fund is there…": the name has ended
            if word in _AFTER_A_NAME or (not named and word in _NOT_A_NAME):
                break  # "I'm assuming that's not IT": what it is not, said of "it", names nothing
            if named or word not in _ARTICLES:
                named.append(word)
        while named and named[-1] in STOPWORDS:  # "apart from Against the Odds": a name's inner small words stay
            named.pop()
        if named and tuple(named) not in names:
            names.append(tuple(named))
    return tuple(names)


_ARTICLES = frozenset("the a an our".split())
_CLAUSE_VERBS = frozenset("is are was were do does did has have had can could should would will i we you".split())


#: "our delivery partner in west London (not the CCG)": an aside in brackets that sets one aside.
_BRACKETED_NOT = re.compile(r"\(\s*not (?:the |our )?([^()]{1,40})\)", re.IGNORECASE)


_CLAUSE_END = re.compile(r"[,;:?!.()]|\s[-–—]\s")


def _excluded_by_clause(message: str) -> tuple[tuple[str, ...], ...]:
    """Names set aside anywhere in the message, read clause by clause so that a name ends where its clause
    does: "people mention a partner alongside the CCG, initials P-something" sets aside the CCG alone."""
    if not _sets_aside(message.lower()):
        return ()  # (most messages set nothing aside: a plain look for the words first, then clause by clause)
    clauses = _CLAUSE_END.split(message)
    found = []
    for number, clause in enumerate(clauses):
        said = _read_textspeak(words(clause))
        if said in _NOT_THAT and number > 0:
            # "We've already got the King's Fund one with the spending chart, so not that.": the one just said.
            had = _HAD_ONE.search(" ".join(_read_textspeak(words(clauses[number - 1]))))
            named = tuple(w for w in had.group(1).split() if w not in STOPWORDS and w not in _ALREADY) if had else ()
            if named:
                found.append(named)
        elif _sets_aside(clause.lower()):
            found.extend(excluded(" ".join(said)))
    return tuple(found)


#: Word beginnings any way of setting a name aside needs (see ``_EXCLUDING``).
_SETTING_ASIDE = (
    "not", "isn", "aren", "wasn", "weren", "other", "besides", "apart", "except", "excluding", "counting", "aside",
    "instead", "alongside", "outside", "mixing", "mixed", "muddl", "confus",
)  # fmt: skip


_ALREADY = frozenset("already just also now read seen".split())
_NOT_THAT = (["so", "not", "that"], ["not", "that"], ["not", "that", "one"], ["so", "not", "that", "one"])
#: "…already got the King's Fund one", "I've read the Health Foundation report": the one the asker has.
_HAD_ONE = re.compile(
    r"\b(?:got|have|had|read|seen|covered|done) (?:the |that )?((?:\w+ ){1,4}?)(?:one|report|paper|blog|programme)\b"
)


def _sets_aside(folded: str) -> bool:
    return any(word in folded for word in _SETTING_ASIDE)


def _set_aside_in(raw: str, focus_text: str) -> tuple[tuple[str, ...], ...]:
    """Names set aside, clause by clause, else in the asking sentences, else in brackets; never inside quotes
    ("…argued for innovation "for the many, not the few"" sets nothing aside)."""
    names = _excluded_by_clause(raw) or excluded(focus_text) or excluded_in_brackets(raw)
    if names and ('"' in raw or "“" in raw):
        quoted = [" ".join(words(q)) for q in re.findall(r'"([^"]{1,200})"|“([^”]{1,200})”', raw) for q in q if q]
        names = tuple(
            n for n in names if not any(f"not {' '.join(n)}" in q or f"not the {' '.join(n)}" in q for q in quoted)
        )
    return names


def excluded_in_brackets(message: str) -> tuple[tuple[str, ...], ...]:
    """ "…(not the CCG)" → (("ccg",),): what the bracketed aside says the answer is not."""
    found = _BRACKETED_NOT.search(strip_slack_markup(message[:MAX_MESSAGE_CHARS])) if "(" in message else None
    named = tuple(w for w in words(found.group(1)) if w not in STOPWORDS)[:4] if found else ()
    return (named,) if named else ()


#: "every place", "each place/region", "all the areas where…", "which places…": a list of places asked for.
_PLACE_LIST = re.compile(
    r"\b(?:every|each) (?:\w+ ){0,2}?(place|location|region|town|city|area|country)\b(?! of\b)"
    r"|\b(?:all(?: the)?|list(?: of)?(?: the)?|which|what|name the|points of(?: all)?(?: the)?) "
    r"(?:\w+ ){0,2}?(places|locations|regions|towns|cities|areas|countries)\b(?! of\b)"
)


def _places_listed(focus_text: str) -> str | None:
    found = _PLACE_LIST.search(focus_text)
    return (found.group(1) or found.group(2)) if found else None


#: "did we write", "have we published", "we co-wrote", "our own reports": we are the author.
_MADE_BY_US = re.compile(
    r"\b(?:(?:did|have|has|do) we|we(?: have| ve)?) (?!know\b|remember\b|recall\b|think\b)(?:\w+ ){0,2}(?:co )?"
    r"(?:write|wrote|written|publish|published|author|authored|produce|produced|put out|bring out|brought out"
    r"|release|released|do a report|did a report|do that report|did that report)\b|\bour own (?:reports?|papers?)\b"
    # "which reports have you published?": "you", the organisation asked
    r"|\bhave you (?:guys |lot |all )?(?:ever )?(?:published|put out|produced)\b"
    # "not the King's Fund one - which was the one you wrote yourselves?"
    r"|\b(?:one|ones|which) (?:that )?you (?:guys |lot |all )?(?:\w+ )?(?:wrote|published|authored|produced)\b"
    # "is there a report of ours that looks at…?"
    r"|\b(?:reports?|papers?|stud(?:y|ies)|publications?) of ours\b"
    # "whichever of our reports looks at why some health innovations do scale"
    r"|\bwhichever of our (?:own )?(?:reports|papers|studies|publications)\b"
    # "of the reports the blog mentions, which ones are ours?" ("is it ours or someone else's?" asks it of one)
    r"|\b(?:which|what)(?: \w+){0,3} (?:is|are|were|was) (?:ours|our own)\b"
)


#: What a view of ours is asked on: scale itself, or a question about it ("why good ideas don't spread").
_VIEW_SUBJECT = (
    r"(?:(?:why|how|what|whether) (?:\w+ ){0,6}?(?:scal|spread|innovat|adopt|travel|take up|taken up)\w*"
    r"|scale|scaling|spread|spreading|innovation|innovating)\b"
)
#: "Nesta also runs a scaling programme…": a body said to have a work of its own (shared with the answer's
#: check that a stranger's own work is what is asked about).
OWNER_DOES = (
    r"(?:also |too |now |already )?(?:runs|has|does|offers|publishes|published|funds|launched) (?:a|an|its|their)\b"
)
_OWNERS_SAID = re.compile(r"(?<!\bour )(?<!\bmy )\b(\w+) " + OWNER_DOES)
#: "…what's IU's line on scale - why do we think…?": our view asked before the question, in so many words.
_WHAT_OUR_VIEW = re.compile(
    r"\bwhat(?: is| s)? our (?:\w+ )?(?:view|line|argument|position|stance|take) on"
    r" " + _VIEW_SUBJECT
)
#: "our big-picture argument on scale", "IU's line on why good stuff doesn't spread": our view, in what we wrote.
_OUR_VIEW = re.compile(
    r"\bour (?:\w+ )?(?:view|views|line|argument|position|stance|take|thinking|case) (?:on|about|re)"
    # (on a question about scale, or on scale itself: "our view on the DfE" asks about the DfE, "our take on how
    # the away day went" about no writing of ours)
    r" " + _VIEW_SUBJECT
)
_MADE_BY_US_OF_IT = re.compile(
    r"\b(?:did|have|has|do) we (?:\w+ ){0,2}(?:co )?(?:write|publish|author|produce|put out|bring out|release)"
    r" (?:it|that|this|this one|that one)\b"
    # "…whether we co-wrote anything with them": asked of one organisation's work, not for a list of ours.
    r"|\bwe (?:\w+ )?(?:co )?(?:wrote|write|written|published|produced) (?:anything|something|a report|any reports)?"
    r" ?with (?:them|it|the|their)\b"
)


def _all_of_them(focus_text: str, all_words: list[str]) -> str | None:
    """ "…a clutch of reports came out at the start of 2018. Can you name them all, and who wrote each?": every one
    of the kind said before."""
    if not _ALL_OF_THEM.search(focus_text):
        return None
    kinds = {_kind_of_word(w[:-1]) for w in all_words if w in _PLURAL_KINDS} - {None}
    return kinds.pop() if len(kinds) == 1 else None  # ("…them all… no need for the reports, just the programmes")


# ("who do I thank at each of them?" asks for no list of every body)
_ALL_OF_THEM = re.compile(
    r"\b(?:name|list|give me|tell me|send me|share) (?:them all|all of them|those all|all those|all of those)\b"
)


def _every_of_kind(focus_words: list[str]) -> str | None:
    """ "list *every* report on scaling" → "report": all entries of that kind, not the best few."""
    for position, word in enumerate(focus_words):
        if word not in ("every", "all"):
            continue
        # "every report", "all our *education* programmes": the kind's noun, after at most one word saying which
        # ("all of Innovation Unit's education programmes": whose they are, before it).
        following = [w for w in focus_words[position + 1 : position + 7] if w not in _DETERMINERS]
        if following[:2] == ["innovation", "unit"] or following[:1] == ["iu"]:
            following = following[2:] if following[0] == "innovation" else following[1:]
        following = following[:2]
        for kind, (firm, _) in INTENT_WORDS.items():
            # ("every external organisation we name as a partner": one word saying which, then the kind)
            second = (
                following[1]
                if len(following) > 1
                and (following[1] in _PLURAL_KINDS or (following[0] in _WHICH_SORT and following[1] in firm))
                else None
            )
            if following and (following[0] in firm or second in firm):
                return kind
        if following == ["people"]:
            return "contact"  # "all the people named in our material"
    return None


_WHICH_SORT = frozenset("external outside partner public uk international overseas other single".split())
#: Words that point back at something the message has just described.
_POINTERS = frozenset("it its it's that this they their them".split())
#: "the service *that we're* helping grow": a "that" which joins a clause on, pointing at nothing said before.
_JOINING_AFTER_THAT = frozenset("we you they i he she is are was were has have had will would can could".split())


def _only_our_name_is_a_sort(focus_text: str) -> bool:
    said = set(focus_text.split()) & ORGANISATION_NOUNS
    return said == {"unit"} and "innovation unit" in focus_text and not _WHO_ARE_WE.search(focus_text)


#: "what kind of outfit is Innovation Unit?", "who are Innovation Unit?": we are what is asked about.
_WHO_ARE_WE = re.compile(r"\b(?:is|are|s) innovation unit\b")


def _points_back(focus_words: list[str]) -> bool:
    """ "what's that one called?", "is it ours?": the question points at something said before it."""
    for position, word in enumerate(focus_words):
        if word not in _POINTERS:
            continue
        following = focus_words[position + 1 : position + 2]
        if word == "that" and position > 0 and following and following[0] in _JOINING_AFTER_THAT:
            continue
        return True
    # "…she said someone at IU wrote a report on pupil-led learning. Do you know the one she means?"
    return "one" in focus_words and _THE_ONE_MEANT.search(" ".join(focus_words)) is not None


_THE_ONE_MEANT = re.compile(
    r"\bthe one (?:she|he|they|you|i|we|sam|my \w+|our \w+) (?:means|meant|mentioned|said|remembers|is on about"
    r"|was on about|is talking about|was talking about|had in mind)\b"
)
_NOUN_MARKERS = frozenset("a an the this that my your his her their our intro same".split())
_CONTACT_NOUNS = frozenset("email emails call calls phone".split())
_WHO_I_AM = _CONTACT_NOUNS | frozenset("person contact lead owner rep representative".split())


_JOB_HEADS = frozenset("head director lead manager officer chief".split())
_WHO_WORKS = frozenset("people staff who i you we they she he many actually still".split())


#: Bodies that may be a yes/no question's subject ("can funders download it?", "do partners get a copy?").
_ASKED_OF_BODIES = frozenset("funders funder partners clients commissioners sponsors charities".split())
_YES_NO_OPENERS = frozenset("can could will would do does did should may might".split())


_BODIES_WE_ARE = frozenset("charity charities organisation org funder trust council consortium company".split())
_WE_ARE_A = re.compile(r"\b(?:we are|i am|i work for|i work at|we work as) (?:a|an|the|one) (?:\w+ ){0,3}$")


def _a_noun_not_an_ask(said: list[str], position: int) -> bool:
    """ "an email", "the call": a contact word used as a thing, which asks for no person. "young people who
    have been failed by school": a "who" that tells which people, not one that asks for someone."""
    word = said[position]
    if word in _WHO_I_AM and "am" in said[max(0, position - 5) : position]:
        return True  # "I'm the IU link person in our council": who the asker is, not whom they ask for
    if (
        word in _BODIES_WE_ARE
        and position > 2
        and _WE_ARE_A.search(" ".join(said[max(0, position - 6) : position]) + " ")
    ):
        return True  # "we're a tiny befriending charity in Hammersmith": who the asker's body is, not one asked for
    if word == "who" and 0 < position < len(said) - 1:
        before = said[position - 1]
        people = before in _RELATIVE_BEFORE or (len(before) > 4 and before.endswith("s") and before not in STOPWORDS)
        return people and said[position + 1] in _RELATIVE_AFTER  # "teachers who have built an app"
    if (
        word in _ASKERS
        and position > 0
        and said[position - 1] in _NOUN_MARKERS
        and said[position + 1 : position + 2] not in _RELATIVE_PRONOUNS  # "the partner that wanted to scale it"
        and _asker_verb_follows(said, position)
    ):
        return True  # "the client this morning asked about our report": who asks, not what is asked for
    if word in ("call", "calls") and said[position + 1 : position + 2] in _NAMED_AS:
        return True  # "do you call yourselves Innovation Unit or the Innovation Unit?": naming, not phoning
    if (
        word in ("speak", "talk")
        and said[position + 1 : position + 2] in (["at"], ["on"])
        and said[position - 2 : position] in _TALK_GIVEN
    ):
        return True  # "she has been asked to speak at a sector event": a talk given, not someone to talk to
    if word == "ask" and said[position + 1 : position + 2] in _A_QUESTION_NEXT:
        return True  # "the CCG chair is going to ask how far it is spreading": a question, not someone to ask
    if word == "work" and said[position + 1 : position + 2] in (["at"], ["for"]) and position > 0:
        return said[position - 1] in _WHO_WORKS  # "how many people work at Innovation Unit?": working there
    if position > 1 and said[position - 1] in ("of", "for") and said[position - 2] in _JOB_HEADS:
        return True  # "Julie is our Head of Research, yeah?": a job title, which asks for no report
    if (
        word in _ASKED_OF_BODIES
        and position > 0
        and said[position - 1] in _YES_NO_OPENERS
        and said[position + 1 : position + 2] not in (["that"], ["who"], ["which"], ["are"], ["is"])
    ):
        return True  # "what's it called, and can funders download it?": who does it, not who is asked for
    if word == "touch" and said[position + 1 : position + 2] in (["on"], ["upon"]):
        return True  # "does any of IU's work touch on kids in care?": is about, not getting in touch
    if word in ("party", "parties") and position > 0 and said[position - 1] == "third":
        return True  # "can we share it with third parties?": anyone outside, not our partners
    if word in _CONTACT_NOUNS and position > 0 and said[position - 1] in ("on", "by", "over", "via"):
        return True  # "sorry, typing on phone", "got them over the phone": how, not whom to call
    if word in _CONTACT_NOUNS and said[position + 1 : position + 2] in _A_MESSAGE_AFTER:
        return True  # "an old email thread", "a partner email from a trust says…": a message that came
    if word == "email" and position > 1 and _THE_OF_A_THING.intersection(said[max(0, position - 3) : position - 1]):
        return True  # "in the w london email", "in their last email": one that came, not someone to email
    return word in _CONTACT_NOUNS and position > 0 and said[position - 1] in _NOUN_MARKERS


_NAMED_AS = [[w] for w in "yourselves ourselves themselves itself yourself".split()]
#: "she has been asked to speak at a sector event": a talk someone gives (not "can someone speak at ours?").
_TALK_GIVEN = [["asked", "to"], ["invited", "to"], ["booked", "to"], ["due", "to"], ["going", "to"], ["agreed", "to"]]
_A_QUESTION_NEXT = [[w] for w in "how what whether if when which where why".split()]
_THE_OF_A_THING = frozenset("the this that their his her its our an".split())
_A_MESSAGE_AFTER = [
    [w]
    for w in "thread threads chain chains trail says said from mentions mentioned sitting asks asking landed".split()
]
#: Who passes a question on ("the client asked…", "my manager wants to know…"): not the kind asked for.
_ASKERS = frozenset(
    "client clients customer customers funder funders commissioner commissioners colleague colleagues manager"
    " boss director chair ceo trustee trustees charity council school trust friend partner organisation".split()
)
_RELATIVE_PRONOUNS = (["that"], ["who"], ["which"], ["whose"])


def _asker_verb_follows(said: list[str], position: int) -> bool:
    """ "the client this morning asked…", "a commissioner mentioned you've got…" (but "the charity mentioned
    alongside UNICEF" is one said of, not one saying)."""
    for at in range(position + 1, min(position + 7, len(said))):
        if said[at] in _ASKER_VERBS:
            return True
        if said[at] == "mentioned" and said[at + 1 : at + 2] and said[at + 1] in _SAID_NEXT:
            return True
    return False


_SAID_NEXT = frozenset("that you we there it they a an some to our your".split())
_ASKER_VERBS = frozenset("ask asked asks asking wants wanted wondered wonders emailed rang".split())
#: "people who have…", "teenagers who are…": the word before a "who" that says which ones, and after it.
_RELATIVE_BEFORE = frozenset(
    "people person someone somebody anyone anybody those everyone kids children teenagers teens students pupils"
    " learners families adults patients users staff colleagues innovators practitioners leaders founders"
    " organisations partners councils schools".split()
)
_RELATIVE_AFTER = frozenset(
    "have has had are is were was can could need needs want wants would will got get gets left dropped did do dont"
    " struggle struggled fell".split()
)


#: "Who's that?", "who are they exactly?": who the one just described is.
_WHO_IS_IT = frozenset("who is s are was that they it this exactly then".split())


def _pointed_kind(context_words: list[str], services: str = "") -> tuple[str | None, float]:
    """The kind named right after "that"/"the"/"this" in the context ("that report", "the programme"),
    nearest the question first, as a weak intent."""
    for position, word in enumerate(context_words[1:], start=1):
        if context_words[position - 1] in ("that", "the", "this", "a", "our") and not _a_noun_not_an_ask(
            context_words, position
        ):
            kind = _kind_of_word(word)
            if kind is not None:
                return kind, _WEAK_INTENT
    # "…the full, proper name of the national DfE programme our children's work sits in. What is it?": the head of
    # the named thing, a word or two after "the name of the".
    for found in _NAME_OF_THE.finditer(" ".join(context_words)):
        head = next((k for k in map(_kind_of_word, reversed(found.group(1).split())) if k is not None), None)
        if head is not None:
            return head, _WEAK_INTENT
    # ``services``: "…an integrated care service for people over 65 in London. What is it called?": a work
    # ("said" when a determiner must come before it; "public service innovation" is no service of ours).
    for position, word in enumerate(context_words if services else ()):
        before = context_words[max(0, position - 3) : position]
        if (
            word in _SERVICE_NOUNS
            and context_words[position + 1 : position + 2] not in _SERVICE_AS_MODIFIER
            and before[-1:] != ["public"]
            and (services != "said" or _SERVICE_DETERMINERS.intersection(before))
        ):
            return "programme", _WEAK_INTENT
    return None, 0.0


_NAME_OF_THE = re.compile(r"\b(?:name|title) of (?:the|that|this|our|a|an) ((?:\w+ ){1,2}\w+)\b")
_SERVICE_NOUNS = frozenset("service scheme model pilot".split())
_MODEL_ASKED = re.compile(
    r"\b(?:which|what|this|that) (?!(?:\w+ )?(?:business|funding|financial|operating|revenue|logic|pricing|charging"
    r"|staffing) model\b)(?:\w+ ){0,2}?(?:model|scheme)\b(?! (?:of|for)\b)"
)
_SERVICE_DETERMINERS = frozenset("a an the that this our your".split())
#: "the service users", "a pilot study": the noun describes another.
_SERVICE_AS_MODIFIER = [[w] for w in "users user provider providers design delivery level study studies scheme".split()]
_NAME_WORDS = frozenset("name called title".split())
_ONLY_A_NAME = _NAME_WORDS | frozenset("what whats s is its it the proper full exact again pls please".split())


def _said_to_be(focus_words: list[str]) -> str | None:
    """ "…it was a consortium I think? what's it called": the kind of organisation the thing asked
    about is said to be, when the question itself names none."""
    for position in range(len(focus_words) - 3):
        if focus_words[position] == "it" and focus_words[position + 1] in ("is", "was", "s"):
            noun = focus_words[position + 3] if focus_words[position + 2] in ("a", "an", "the") else None
            if noun in ORGANISATION_NOUNS:
                return noun
    # "weren't we part of a consortium? what was it called?", "was there a consortium involved too, and what's its
    # exact name?"
    if "called" in focus_words or ("name" in focus_words and ("its" in focus_words or "their" in focus_words)):
        for position, word in enumerate(focus_words[1:], start=1):
            if word in ORGANISATION_NOUNS and focus_words[position - 1] in ("a", "an"):
                return word
    return None


_YOUR_PLACE = [["your", w] for w in "place end organisation org outfit shop lot".split()]


def _workplace(focus_words: list[str]) -> tuple[str, ...]:
    """ "who's our contact at the King's Fund for…" → ("king", "fund"): the name right after "at";
    "what's the name of PPL's lead on X?" → ("ppl",): the name whose person is asked for."""
    for position, word in enumerate(focus_words[1:], start=1):
        if word not in SOMEONE_THERE:
            continue
        possessive = focus_words[position - 1] == "s"
        end = position - 1 if possessive else position  # "PPL's lead", "the PPL lead"
        named: list[str] = []
        for before in reversed(focus_words[max(0, end - 3) : end]):
            if before in STOPWORDS or before in _DETERMINERS:
                break
            named.insert(0, before)
        # ("our main contact at X" is no one at "main"; "ppl - person or company?" asks what PPL is.)
        determined = end - len(named) > 0 and focus_words[end - len(named) - 1] in ("the", "their", "of")
        if named and (possessive or determined) and not set(named) & _WHICH_PERSON:
            return tuple(named)
    if "side" in focus_words:
        # "who signs the agreement on the DfE side?": someone at the DfE ("who's the NHS side on X?" asks for a body)
        side = focus_words.index("side")
        named = []
        for before in reversed(focus_words[max(0, side - 3) : side]):
            if before in STOPWORDS or before in _DETERMINERS:
                break
            named.insert(0, before)
        opening = focus_words[max(0, side - len(named) - 2) : side - len(named)]
        if named and opening in (["on", "the"], ["from", "the"], ["on", "their"]):
            return tuple(named)
    if "at" not in focus_words:
        return ()
    position = focus_words.index("at") + 1
    if focus_words[position : position + 2] in _YOUR_PLACE:
        return ()  # "who's the person at your place I should ring?": someone here, at Innovation Unit
    while position < len(focus_words) and focus_words[position] in _DETERMINERS:
        position += 1
    found = []
    for word in focus_words[position : position + 4]:
        if word in STOPWORDS:
            break
        found.append(word)
    return tuple(found)


_WHICH_PERSON = frozenset("main key usual primary named best right other new direct day project programme".split())
_OFFICES = "|".join(sorted(map(re.escape, OFFICE_TITLES), key=len, reverse=True))
_OFFICE = re.compile(
    r"\bwho(?: is| was| s| are| were)? (?:the |their |its |his |her )?(?:current |new |present |acting )?"
    r"(" + _OFFICES + r") (?:of|at|for|in) ((?:\w+ ?){1,4})"
    # "who chairs the North West London ICB?"
    r"|\bwho (?:now |currently )?(chairs) (?:the )?((?:\w+ ?){1,5})"
)
#: "what's their CEO's name again?", "who's their chief exec?": an office at the body the message names.
_THEIR_OFFICE = re.compile(
    r"\bwhat(?: is| s)? their (?:new |current )?(" + _OFFICES + r")(?: s)? name\b"
    r"|\bwho(?: is| s)? their (?:new |current )?(" + _OFFICES + r")\b"
)
_WHO_IS_IT_NOW = re.compile(r"\bwho(?: is| s| are)? (?:it|that|they|he|she)(?: now| then)?$")
_OFFICE_SAID = re.compile(
    r"\b(?:a|an|the|new|their|its) (?:new |current |interim )?(" + _OFFICES + r") (?:at|of|for) ((?:\w+ ?){1,4})"
)
#: "who's on the board of the Health Foundation?": its board members.
_ON_THE_BOARD = re.compile(
    r"\bwho(?: is| s| are| sits| sit)? on (?:the |their |its )?(board)(?: of trustees)? (?:of|at|for) ((?:\w+ ?){1,4})"
)
#: "who is UNICEF's chief executive?", "who's the King's Fund's CEO?": the place, then the office.
_OFFICE_AFTER_PLACE = re.compile(
    r"\bwho(?:'s| is| was)? (?:the )?([a-z0-9][\w' ]{0,40}?)'s? (?:current |new |present |acting )?("
    + _OFFICES
    + r")\b"
)


def asked_office(focus_text: str, message: str = "") -> tuple[str | None, tuple[str, ...]]:
    """ "who's the chief executive of the King's Fund these days?" → ("chief executive", ("king", "fund")):
    one person in an office at a named place, which only a person holding that office there answers.
    ``message``: the message as typed, where "UNICEF's chief executive" keeps its apostrophe."""
    theirs = _THEIR_OFFICE.search(focus_text) if "their" in focus_text else None
    if theirs is not None:
        return theirs.group(1) or theirs.group(2), ()  # "AISNSW call in 10 - what's their CEO's name?": theirs
    if "who" not in focus_text:
        return None, ()
    found = _OFFICE.search(focus_text) or _ON_THE_BOARD.search(focus_text)
    said_before = (
        _OFFICE_SAID.search(" ".join(words(message[:MAX_MESSAGE_CHARS])))
        if found is None and _WHO_IS_IT_NOW.search(focus_text)
        else None
    )
    if found is not None:
        office, said = found.group(1) or found.group(3), (found.group(2) or found.group(4)).split()
        office = "chair" if office == "chairs" else office
    elif said_before is not None:
        # "Isn't there a new chief exec at the King's Fund now? Who is it?": the office said, then "who is it?"
        office, said = said_before.group(1), said_before.group(2).split()
    else:
        folded = fold(strip_slack_markup(message[:MAX_MESSAGE_CHARS])) if "'" in message else ""
        found = _OFFICE_AFTER_PLACE.search(folded) if folded else None
        if found is None or found.group(2) not in OFFICE_TITLES:
            return None, ()
        office, said = found.group(2), words(found.group(1))
    place: list[str] = []
    for word in said:
        if word in STOPWORDS:
            if place:
                break
            continue  # "of the King's Fund": the article before the name
        place.append(word)
    return (OFFICE_TITLES[office], tuple(place)) if place else (None, ())


# ---------------------------------------------------------------------- the fact asked for

#: Counts a message may put before the items it asks to be named: "which ten innovations…".
_COUNTS = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozen"
#: Facts that name several things of *one* entry ("which countries…"), not a list of entries.
ITEM_FACTS = frozenset({"countries"})

#: "did Julie write…", "did the King's Fund publish…" (not "what did she write?", "did we write…?").
_DID_SOMEONE = r"\bdid (?<!what did )(?<!which did )(?<!where did )(?<!when did )(?!we\b|you\b|i\b)(?:\w+ ){1,3}?"

#: (pattern over the asking sentences, the fact it asks for). First match wins, specific first.
#: Facts of a *kind* of field the schema may hold ("date", "role", "email address") are
#: resolved against the entry by the answer engine; the rest no entry holds as a field.
_LANGUAGES = r"(?:french|arabic|welsh|spanish|german|urdu|chinese|mandarin|portuguese|italian|polish|braille)"
_FACTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), fact)
    for pattern, fact in (
        # "who wrote X?": a report's authors, when it names them; its publisher is not its author.
        (
            r"\bwho (?:wrote|authored|penned)\b|\bbylines?\b"
            r"|\bwho(?: is| was|s)? (?:the )?(?:lead |main |principal |first )?authors?\b"
            # "student-centred learning report -> `author` name?"
            r"|\bauthor(?:s| s)? names?\b|\bnames? of (?:the |its )?authors?\b"
            r"|\bwritten by (?:who|whom)\b|\bwho (?:was|is) (?:it|that|this) (?:written|authored) by\b"
            r"|\bwhoever (?:wrote|authored|penned)\b"
            # "Who are the named authors of Against the Odds, in citation order?"
            r"|\bwho (?:are|were) (?:the )?(?:named |lead |main |actual |individual )?(?:authors|co ?authors|writers)\b"
            # "who on our team wrote…", "did Julie write…", "is Heather the author of…": asked loosely.
            r"|\bwho (?:\w+ ){1,4}?(?:wrote|authored|penned)\b|" + _DID_SOMEONE + r"write\b"
            r"|\b(?:is|was) (?!it\b|that\b|this\b)(?:\w+ ){1,3}?the (?:author|writer)\b"
            # "which member of our team wrote the report on…?"
            r"|\bwhich (?:member|person|colleague|one) of (?:our|the|your) (?:\w+ )?(?:team|staff|people|colleagues)"
            r" (?:wrote|authored|penned)\b"
            # "which of our staff wrote the report on…?"
            r"|\bwhich of (?:our|the|your) (?:\w+ )?(?:team|staff|people|colleagues)"
            r" (?:wrote|authored|penned)\b"
            # "which team member wrote it?", "which colleague authored it?"
            r"|\bwhich (?:team member|staff member|member of staff|colleague|person|author)"
            r" (?:wrote|authored|penned)\b",
            "author",
        ),
        # "who (actually) published X?", "who put it out?": a document's publisher. Its words still
        # say a report is meant (they are not fact words), so the ranking is as before.
        (
            r"\bwho (?:\w+ ){0,2}?(?:published|publishes|put out|brought out)\b|\bpublished by (?:who|whom)\b"
            r"|\bwho(?: is| was|s)? (?:the )?publishers?\b|" + _DID_SOMEONE + r"publish\b|\bwho publishd\b"
            # "was the Growing… report published by the Nuffield Trust?"
            # ("is there a report published by IU on schools?" names the publisher and asks for the report)
            r"|\b(?:was|were) (?:\w+ ){1,14}?published by\b|\bis (?:it|that|this) (?:\w+ )?published by\b"
            # "is it right that X was published by…"
            r"|\b(?:that|whether|if) (?:\w+ ){1,14}?(?:was|were) published by\b",
            "publisher",
        ),
        # ("the deadline is horrible, don't ask", "our deadline's Friday": the asker's own, not asked for)
        (
            r"(?<!\bour )(?<!\bmy )\bdeadlines?\b(?! (?:is|s|was) (?:horrible|awful|tight|brutal|looming|mad|crazy"
            r"|insane|soon|friday|monday|tomorrow|today|next)\b)|\bclosing date\b|\bapply by\b",
            "deadline",
        ),
        # "what's the DfE teacher pay award for September?": pay settled by someone else, which no card keeps
        (r"\bpay (?:award|awards|rise|rises|deal|settlement|offer|scale|scales|review)\b", "pay award"),
        # "what's the weather doing in Wigan tomorrow? do I need a coat": nothing any card keeps
        # (not "under the weather", "weather the storm")
        (
            r"\bwhat(?: is| s)? the weather\b"
            r"|(?<!\bunder the )\bweather (?:like|forecast|doing|tomorrow|today|this|in|there)\b"
            r"|\bneed an? (?:coat|umbrella|brolly)\b",
            "weather",
        ),
        (r"\bpayment terms?\b|\bterms of payment\b", "payment terms"),
        # "does Against the Odds have an ISBN or a DOI?": catalogue numbers, which no entry keeps.
        (r"\bisbns?\b|\bdois?\b|\bissns?\b", "ISBN or DOI"),
        # "is there a French translation of Against the Odds?": versions in other languages, which no entry lists.
        (
            rf"\btranslations? (?:of|into|in)\b|\btranslated (?:into|in) {_LANGUAGES}\b"
            rf"|\b{_LANGUAGES} (?:translation|translations|version|edition|copy)\b"
            rf"|\b(?:in|into) {_LANGUAGES}(?= available| please| pls|$)",
            "translation",
        ),
        # "who's on IT support today?", "who's on call this week?": a rota, which no entry keeps.
        (
            r"\bwho(?: is| s|s)? on (?:\w+ ){0,3}(?:today|tonight|tomorrow|duty|call|shift)\b"
            r"|\brotas?\b",
            "rota",
        ),
        # "what were the main recommendations in X?": what a report concludes; we hold a summary of it.
        (r"\b(recommendations|findings|conclusions)\b", "{0}"),
        # "which team is she in?": where someone sits; we hold a role, not an org chart.
        (
            r"\bwhich (team|department|directorate|division|office|unit|group) (?:is|are|was|were|does|do) "
            r"(?:she|he|they|\w+) (?:in|on|part of|based in|work in|sit in)\b",
            "{0}",
        ),
        (r"\bbudgets?\b", "budget"),
        # "who designed the Against the Odds cover? want to credit the illustrator": who made its look, not held
        (
            r"\bwho (?:designed|illustrated|drew|did the (?:design|artwork|illustrations?|graphics)(?: for| on)?)"
            r" (?:the |its |their )?(?:\w+ ){0,3}?(?:cover|logo|artwork|graphics|infographics?|illustrations?|layout"
            r"|website|slides|images?)\b"
            r"|\billustrators?\b|\bgraphic designers?\b|\bcover (?:art|artwork|design|designer|image)\b",
            "designer",
        ),
        # "Spring Consortium - member orgs?", "who else is in the Spring Consortium apart from you?": its members,
        # which no entry lists
        (
            r"\bmember (?:orgs|organisations|organizations|bodies|list)\b|\bn members\b|\bnumber of members\b"
            r"|\bwho(?: else)? (?:is|s|are|sits) (?:in|on|part of) (?:the )?(?:\w+ ){0,3}(?:consortium|network|alliance"
            r"|coalition)\b",
            "members",
        ),
        # "is anyone from IU going to the LGA conference?": who goes where, which no entry keeps
        (
            r"\b(?:is|are) (?:anyone|someone|anybody|somebody) (?:from|at) (?:\w+ ){1,2}?(?:going|attending|speaking"
            r"|presenting|heading) (?:to|at) (?:the )?(?:\w+ ){0,3}?(?:conference|expo|summit|festival|awards|dinner"
            r"|event|events)\b",
            "event attendance",
        ),
        # "does IU have institutional access to journals?": library access, not held
        (
            r"\b(?:institutional )?access to (?:academic )?(?:journals|databases|athens)\b"
            r"|\bjournal (?:access|subscriptions?)\b",
            "journal access",
        ),
        # "the sum the Health Foundation put into the collaboration": money given, which no entry keeps
        (r"\b(?:the |what )?sum (?:that )?(?:\w+ ){1,4}?(?:put|paid|gave|invested|contributed)\b", "amount"),
        # "is the Brook Green surgery one of the twenty-ish GP practices getting it?": which ones, not held
        (
            r"\bis (?:the |our )?(?:\w+ ){1,4}?(?:one of|among|part of) (?:the )?(?:\w+ ){0,3}?"
            r"(practices|surgeries)\b",
            "list of {0}",
        ),
        # "who's the site owner for the Elevate SharePoint site?": who owns a system's page, which no entry keeps
        (r"\b(site|sharepoint|page|channel|folder|drive|mailbox|inbox|licence|license|system) owners?\b", "{0} owner"),
        # "what's the actual £ saving from the Wigan programme so far?", "measurable savings": a sum saved, not held
        (
            r"\b(?:money|cash|financial|measurable|actual|total|annual|net|cost|cashable|evidenced) savings?\b"
            r"|\bwhat (?:did|does|has|have|will) (?:the )?(?:\w+ ){1,3}(?:actually |really )?(?<!\bto )save\b"
            r"(?! time\b| effort\b)"
            r"|\bsavings? (?:figures?|amounts?|made|delivered|achieved)\b|\bhow much (?:has|have|did|does|will) "
            r"(?:\w+ ){1,4}saved?\b",
            "savings",
        ),
        # "what methodology did Against the Odds use?": how a study was done, which we do not hold.
        (
            r"\bmethodolog(?:y|ies)\b|\bresearch (?:methods?|design)\b",
            "methodology",
        ),
        # "do you have a research ethics committee?", "REC approval": approvals we do not keep.
        (
            r"\bethic(?:s|al) (?:committee|committees|approval|approvals|board|review)\b|\brec approval\b",
            "ethics approval",
        ),
        # "your policy on sharing pupil-level data under GDPR", "NHS England's current policy on X": not kept.
        (
            r"\b(?:(?:your|our|their|its) (?:current |official |latest |own )?|(?:current|official|latest) )"
            r"polic(?:y|ies) (?:on|for|about|regarding)\b"
            # "what's AISNSW's policy on mobile phones?", "IU's policy on sharing pupil data" (the possessive is not
            # kept; "reports on policy for data sharing" asks for reports)
            r"|\bwhat (?:is|s) (?:\w+ ){1,3}?polic(?:y|ies) (?:on|for|about)\b"
            r"|\bpolic(?:y|ies)(?<!on policy)(?<!about policy)(?<!for policy)(?<!on policies)(?<!for policies)"
            r" (?:on|for|about) (?:sharing|data|safeguarding|privacy|retention|handling|the use)\b"
            r"|\bgdpr\b|\bretention (?:period|periods|policy|schedule)\b"
            r"|\bdata protection (?:policy|impact|officer)\b"
            # "who is the data controller on My Care, My Way?", "what lawful basis does X rely on?", "their consent"
            r"|\bdata (?:controller|processor)s?\b|\bjoint controllers?\b|\blawful basis\b"
            r"|\bhow long (?:do|should|must|can) (?:we|you|they) (?:keep|retain|hold|store) (?:\w+ ){0,2}"
            r"(?:records|data|files|information|details|notes|emails|forms)\b"
            r"|\b(?:their|his|her|written|signed) consent\b",
            "policy",
        ),
        # "who's Heather's line manager?", "who does Julie report to?": an org chart, which we do not keep.
        (
            r"\bline(?<!\bmy line)(?<!\bour line)(?<!\byour line) manag(?:er|ers|ement)\b"
            r"|\bwho (?:does|do|did) (?!we\b|i\b|you\b)(?:\w+ ){1,2}report (?:to|into)\b"
            r"|\b(?:her|his|their|s) (?:boss|manager)\b",
            "line manager",
        ),
        # "a standard data sharing agreement template", "the overseas per diem", "capital of New South Wales":
        # paperwork, expenses and world facts, which no entry keeps.
        (
            r"\btemplates?\b|\btoolkits?\b|\bdata(?<!\bfor the data)(?<!\bon the data)[- ]sharing agreements?\b|\bnda\b"
            r"|\bnon[- ]disclosure\b",
            "template",
        ),
        (
            r"\bper diems?\b|\bsubsistence\b|\bexpenses? (?:claim|claims|policy|rate|rates)\b|\bmileage\b"
            # "can I claim first class rail to Doncaster for the site visit?"
            r"|\b(?:first|standard|1st) class (?:rail|train|travel|tickets?|fares?)\b"
            r"|\bclaim (?:back )?(?:for )?(?:the )?(?:train|rail|taxi|travel|hotel|fares?|tickets?)\b",
            "expenses",
        ),
        # "is Julie in the office today?": where someone is today, which no entry keeps.
        (
            r"\b(?:in|at) (?:the )?(?:office|work) (?:today|tomorrow|this week|on \w+day)\b"
            r"|\b(?:is|are) (?:\w+ ){1,3}?(?:in|around|off|away|on leave|working from home|wfh)"
            r" (?:today|tomorrow|this week)\b"
            # "has she left, or is she on leave?": whether someone still works here, which no card keeps up to date.
            # "has she left, or is she on leave?", "has Julie left?" (not "has PPL left the partnership?", "have we
            # left it too late?")
            r"|\b(?:has|have) (?:she|he|(?!we\b|it\b|they\b|that\b|this\b|you\b|i\b)\w+(?: \w+)?)"
            r" (?:left|resigned|moved on)(?: (?:us|iu|innovation unit))?(?:$| or\b| and\b| yet\b)"
            r"|\b(?:is|are) (?:she|he|they) on leave\b",
            "whereabouts",
        ),
        (r"\bcapital (?:city )?of\b", "capital"),
        # "Against the Odds embargo time?", "hi-res photos of the school", "the grant ref no.": not kept.
        (r"\bembargo(?:ed|es)?\b", "embargo"),
        # "has My Care, My Way been formally evaluated?": an evaluation the source does not report.
        (
            r"\b(?:been|being) (?:formally |independently |externally |properly |ever )?evaluated\b"
            r"|\bevaluation (?:report|results|findings|outcomes)\b"
            # "has there been any independent evaluation of X?": one the source does not report.
            r"|\b(?:independent|external|formal|any|an) evaluations?\b",
            "evaluation",
        ),
        (
            r"(?<!\babout )(?<!\bfor )\b(?:photos?|photographs?|images?|headshots?|hi res)\b(?!.*\blogos?\b)",
            "photos",
        ),
        (r"\bref(?:erence)? (?:no|number|num|code)\b|\bgrant ref\b", "reference number"),
        # "what licence is Against the Odds under?", "the Teams link for Thursday's call": not kept either.
        (
            r"\b(?:what|which) (?:\w+ )?licen[cs]e\b|\blicen[cs]ed under\b"
            r"|\bunder (?:a |an |which |what )?(?:\w+ )?licen[cs]e\b|\bcopyright\b|\bcreative commons\b|\bcc by\b",
            "licence",
        ),
        (r"\b(?:teams|zoom|meet|meeting|call|calendar|dial in|webinar) (?:link|invite|details|code)\b", "meeting link"),
        # "what hashtag does AISNSW use?", "the Health Foundation's press office email": how others publicise.
        (r"\bhashtags?\b", "hashtag"),
        (r"\bpress (?:office|officer|team)\b", "press contact"),
        # "is there a follow-up to Against the Odds coming out?": work to come, which the source does not announce.
        (
            r"\bfollow[- ]?up (?:report|study|piece|paper|publication)\b"
            r"|\b(?:is there|will there be|any chance of|are you doing|planning) (?:a |any )?follow[- ]?up\b"
            r"|\bsequel\b|\b(?:second|2nd|updated|next) edition\b",
            "follow-up",
        ),
        # "the total value of the Elevate contract": a sum of money ("values" as principles are not asked so).
        (
            r"\b(?:total|contract|financial|monetary|cash|grant|overall) value\b"
            # "what's PPL's contract worth on My Care, My Way?"
            r"|\b(?:contract|grant|deal|funding)(?: is| s| was)? worth\b|\bhow much (?:is|was) (?:\w+ ){1,4}worth\b"
            r"|\bvalue of (?:the |our |this |that )?(?:\w+ )?(?:contract|grant|deal|funding|award)\b",
            "amount",
        ),
        (r"\b(?:tax |interest |exchange )?rates?\b", "rate"),
        (r"\bturnover\b|\brevenue\b|\bincome\b", "turnover"),
        # "what band are the care coordinators paid at?": a pay grade, which no entry keeps.
        (r"\bsalar(?:y|ies)\b|\bpay (?:scale|band|grade)s?\b|\bwhat band\b|\bpaid at\b", "salary"),
        # "who funds Elevate?", "who founded PPL?": who paid for or started it, not its contact.
        (
            r"\bwho (?:\w+ ){0,2}?(?:funds|funded|finances|financed|sponsors|sponsored|bankrolls|pays for|paid for)\b"
            r"|\bwho(?: is| was|s| are| were)? (?:the )?(?:main )?(?:funders?|sponsors?) (?:of|for)\b",
            "funder",
        ),
        (r"\bwho (?:\w+ ){0,2}?(?:founded|co founded|cofounded)\b", "founder"),
        # "true or false: the NHS was founded in 1948?"
        (
            r"\b(?:was|were) (?:\w+ ){0,4}?founded in\b|\bwhen was (?:\w+ ){1,4}?founded\b|\bfounding date\b",
            "founding date",
        ),
        # "can you summarise the King's Fund's latest analysis of NHS waiting times?": their newest work, not held.
        (
            # ("the latest report on Elevate", "our latest thinking on…" ask for what we hold)
            r"\blatest(?<!our latest)(?<!the latest)(?<!\ba latest) (?:analysis|research|figures|data|thinking)"
            r" (?:on|of|about|into)\b",
            "latest analysis",
        ),
        # "who actually coined the term 'wicked problems'?": where a phrase comes from, which no entry says.
        (r"\bwho (?:\w+ ){0,2}?coined\b|\b(?:coined|originated) (?:the )?(?:term|phrase)\b", "origin of the term"),
        (r"\bfunding\b|\bfunded\b|\bgrant amount\b", "funding"),
        # "lower costs", "cutting costs", "cost savings": what the work is about, not a price asked for.
        (
            r"\bprices?\b|\bcost(?<!lower cost)(?<!lowering cost)(?<!reduced cost)(?<!reduce cost)(?<!reducing cost)"
            r"(?<!cut cost)(?<!cutting cost)(?<!cuts in cost)(?<!saving cost)(?<!rising cost)(?<!care cost)s?\b"
            r"(?! sav(?:ing|ings|e|es)\b| cutting\b| cent(?:re|res|er|ers)\b| codes?\b)"
            r"|\bfees?\b|\bhow much (?:does|do|is|did|was) .*\bcost\b"
            # "what does IU charge per day?" ("who's in charge of it?" asks for someone)
            r"|\bcharge(?<!\bin charge)(?<!\bthe charge)s?\b(?! of\b)|\b(?:day|daily) rates?\b|\bper day\b",
            "price",
        ),
        # "the £ figure", "how much money": a sum of money (currency signs are read as "money").
        (
            r"\b(?:money|spend|spending) (?:figure|amount|total|sum|value|number)s?\b|\bhow much money\b"
            r"|\btotal (?:spend|spending|grant|grants|investment|contribution)\b|\bgrant (?:size|total|value)\b"
            # "the actual £ split between…", "what it cost in total, and how that cost was split"
            r"|\b(?:money|spend|spending|cost|costs|funding|budget) (?:was |were )?split\b|\bcost in total\b",
            "amount",
        ),
        # "which countries is X in?": the places an entry names, if specific enough to answer.
        (
            r"\b(?:which|what) (?:countries|country|nations|regions)\b|\bin (?:which|what) countr(?:y|ies)\b"
            r"|\bwhere exactly\b(?!.*\b(?:address|postcode|office|offices)\b)|\bwhere in the world\b",
            "countries",
        ),
        # "which ten innovations did X look at?": naming the items an entry only counts.
        (
            rf"\b(?:which|what(?: were| are)? the|name (?:the|all)|list (?:of )?(?:all )?the|names of (?:all )?the"
            rf"|names of all) (?:{_COUNTS}) (\w+)",
            "list of {0}",
        ),
        # "which schools in New South Wales are part of Elevate?": items of one entry, where they are said first.
        (
            r"\bwhich ((?!(?:places|towns|cities|regions|areas|locations|countries|ones|programmes|projects|reports"
            r"|organisations|partners)\b)[a-z]+s) (?:in|across|at) (?:\w+ ){1,3}?(?:are|is|were) (?:part of|in|on"
            r"|involved|taking part|signed up)\b",
            "items {0}",
        ),
        # "which GP practices is My Care, My Way being rolled out to?": items of one entry, by kind of item.
        (
            r"\bwhich ((?!(?:places|towns|cities|regions|areas|locations|countries|ones)\b)(?:[a-z]+ )?[a-z]+s)"
            r" (?:is|are|was|were|will|has|have) (?!we\b|you\b|they\b|i\b)",
            "items {0}",
        ),
        # "the names of the Fellows on the NIA", "list the schools in Elevate": items of one entry.
        (
            r"\b(?:names of|list(?: of)?) (?:all )?(?:the |its |their )?(?:gp |partner |member )?(\w+s)"
            r" (?:on|in|at|of|involved in|(?!we\b|you\b)(?:\w+ ){1,4}?(?:is|are) (?:rolling|being|going))\b",
            "items {0}",
        ),
        (
            # ("got this email and I'm not on the health team": a message that came, not an address asked for)
            r"\bemail address\b|(?<!this )(?<!that )(?<!an )(?<!your )(?<!my )\be ?mail\b"
            r"(?= address| for| of| or| and| pls| please| plz| details)"
            r"|\b(?:his|her|their|s) e ?mail\b"
            r"|\bwhat(?: is| s|s)? (?:the |his |her |their )?(?:\w+ ){0,3}e ?mail(?: address)?(?: \?|$)"
            # "Heather Rollinson's email pls": a name, then the thing of theirs asked for.
            r"|^(?!(?:who|whom|which|what|can|could|should|do|does|did|shall|i|we|got|had|an?)\b)"
            r"(?:(?!an |a |the |this |that |my |your )\w+ ){1,3}e ?mail\b(?! (?:about|re|regarding|to|them|him|her)\b)",
            "email address",
        ),
        (
            # "got a charity on the phone" says how they got in touch, not that a number is asked for.
            r"\bphone number\b|\btelephone\b|\bphone(?<!\bon the phone)(?<!\bover the phone)(?<!\bby phone)"
            r"(?<!\bon my phone)(?<!\bfrom my phone)(?<!\bmy phone)(?<!\bon your phone)(?<!\bon phone)"
            r"(?<!\btyping phone)\b(?! call)"
            r"|\bmobile(?: number)?\b|\bmob (?:no|num|number)\b|\bdirect (?:line|dial)\b"
            r"|\bextension\b|\blandline\b|\bnumber to (?:call|ring)\b"
            # "someone wants Heather's direct line or mobile - what's her number?"
            r"|\bwhat(?: is| s)? (?:her|his|their) (?:phone |contact )?number\b"
            # "…a safeguarding referral tonight - does anyone have the number?": one to ring
            r"|\b(?:anyone|anybody|someone|you) (?:have|got|know) (?:the|their|a) number(?: for (?:\w+ ){0,2}\w+)?$"
            r"|\b(?:have|has|do) (?:we|you|anyone) (?:got |have )?(?:a|the|her|his|their) number for\b",
            "phone number",
        ),
        (
            r"\b(?:postal |office |street |home )?ad{1,2}res{1,2}(?:es)?\b|\bpostcodes?\b"  # ("office adress?")
            r"|\bwhere (?:is|are) .*\b(?:office|based)\b|\bwhere exactly (?:is|are) .*\boffices?\b",
            "address",
        ),
        (
            # "before our staff meeting": a staff event, not how many staff there are ("a member of staff
            # published something" is one of them).
            r"\bheadcount\b|\bhow many (?:of (?:our|your|their|the) )?(?:staff|people|employees)\b"
            r"(?! (?:came|attended|turned up|showed up|were there)\b)|\bfte\b"  # ("how many people came": attendance)
            # ("a tiny charity (6 staff and 90 volunteers)": a count given, not asked)
            r"|\b(?:staff(?<!\bmember of staff)(?<!\bmembers of staff)(?<!\bof your staff)(?<!\bof our staff)"
            r"(?<!\b\d staff)(?<!\b\d\d staff)(?<!\b\d\d\d staff)"
            r"|employees(?<!\bmember of employees)(?<!\bmembers of employees)(?<!\bof your employees)"
            r"(?<!\bof our employees))\b"
            r"(?! (?:meeting|meetings|room|party|training|away|awayday|day|days|handbook"
            r"|intranet|newsletter|briefing|induction|survey|member|members|kitchen|event|events|conference|or"
            r"|session|sessions|update|updates|bulletin|lunch|drinks|photo|photos|portal|app|wiki)\b)",
            "number of staff",
        ),
        # "…products vs pathways vs models of care? Need the split for a pie chart": a breakdown no entry gives.
        (
            r"\b(?:need|want) (?:the |a )?(?:split|breakdown)\b"
            r"|\bbreakdown(?<!placement breakdown)(?<!family breakdown)(?<!relationship breakdown)"
            r" (?:by|of|for|between)\b"
            r"|\bhow many of (?:\w+ ){1,8}?(?:were|are|was|is) (?:\w+ ){1,3}?(?:vs|versus)\b",
            "breakdown",
        ),
        (r"\bhow many pages\b|\bpage counts?\b|\bpages long\b|\bnumber of pages\b", "page count"),
        # "how many people actually came to the launch?": who attended, not anyone's staff.
        (
            r"\bhow many (?:people |guests |delegates )?(?:came|attended|turned up|showed up|were there)\b"
            r"|\battendance\b|\bturnout\b",
            "attendance",
        ),
        # "does UNICEF have a UK office we could visit?": where an organisation has offices.
        (r"\b(?:have|has|got) (?:a |an |any )?(?:\w+ )?offices?\b|\boffice (?:address|location)s?\b", "office"),
        # "I need numbers for the evaluation section", "savings per patient": outcome figures we do not hold.
        (
            r"\b(?:need|want|got|have|give me|any) (?:the |some |actual |hard |a )?(?:\w+ )?"
            r"(?:numbers|figures|figure|metrics)\b"
            r"|\b(?:anyone|anybody|someone|does anyone|do you|do we) know (?:the |that |this )?"
            r"(?:figure|number|amount|sum)\b"
            r"|\bhard (?:number|numbers|figure|figures|data)\b|\bpercentages?\b"
            # "what cost savings has the Wigan programme delivered?": a figure, which no entry gives.
            r"|\bwhat (?:cost |financial |cash )?savings\b"
            # "has it saved any money yet? the cost savings figure to date", "remind me of the figure"
            r"|\bsaved (?:any|much|some) money\b|\bsavings? (?:figure|figures|to date|achieved|made)\b"
            r"|\b(?:of|confirm|give|share|send|quote) (?:me |us )?the (?:exact |precise |total |actual )?"
            r"(?:figure|sum|amount)\b|\bthe sum (?!up\b)(?:\w+ ){0,4}(?:contributed|gave|paid|put in|invested)\b"
            # "what reduction in children coming into care has Wigan achieved?": a measured change.
            r"|\b(?:what|how big an?|how much of an?) (?:\w+ )?(?:reduction|reductions|increase|drop|fall|rise"
            r"|improvement) (?:in|of)\b"
            r"|\b(?:outcome|outcomes|impact) (?:data|figures|numbers|metrics|stats)\b"
            # "what were the actual outcomes from My Care, My Way?": results measured, not what it set out to do
            r"|\b(?:actual|measured|real world|real) (?:outcomes|results|impact)\b"
            r"|\b(?:are|is) (?:those|these|the|any|there) (?:\w+ )?(?:figures|numbers) available\b"
            r"|\bper (?:patient|pupil|person|head|child|user|school|practice)\b"
            # "what effect sizes did Against the Odds report?", "the actual download figure"
            r"|\beffect sizes?\b|\bconfidence intervals?\b"
            r"|\b(?:the|actual|any|total|exact) download (?:figures?|counts?|numbers?|stats)\b"
            # "has My Care, My Way actually reduced A&E attendances?": a measured result, which no card gives.
            # (a measured thing after the verb: not "what did we do to help Wigan improve…", "have we cut ties…")
            r"|\b(?:has|have|did)(?<!\bhow has)(?<!\bhow have)(?<!\bhow did)(?<!\bwhat has)(?<!\bwhat have)"
            r"(?<!\bwhat did) (?:\w+ ){1,5}?(?:actually |really |already |yet |measurably )?"
            r"(?:reduced?|cut|lower(?:ed)?|decreased?|prevent(?:ed)?|avoid(?:ed)?|improved?|increased?|boost(?:ed)?)"
            r" (?:the |its |their |any |our )?(?:\w+ ){0,3}?(?:admissions|attendances?|attainment|exclusions|absences?"
            r"|readmissions|waits|waiting times|bed days|reoffending|offending|placements|rates|demand|spend|outcomes"
            r"|results"
            r"|spending)\b",
            "figures",
        ),
        # "do we have the actual stats on this? youth reoffending rates": figures the source does not give.
        # "…anything with a number? the impact section needs one strong stat": a figure, not the card.
        (
            r"\bstats?\b|\bstatistics\b|\b(?:actual|latest|official|national) (?:figures|numbers|data)\b"
            r"|\banything with (?:a |any )?(?:number|numbers|figure|figures)\b",
            "statistics",
        ),
        # "is the King's Fund a registered charity? its charity number?", "the PO number on the Elevate work":
        # registration and purchasing records, which the knowledge base does not keep.
        (
            r"\bregistered charity\b|\bcharity (?:number|no|status|registration)\b|\bcompany (?:number|no)\b"
            r"|\bcompanies house\b",
            "registration number",
        ),
        (r"\bvat (?:number|no|registration|reg)\b", "vat number"),
        # "what PI and public liability insurance does IU hold?", "is IU on any frameworks we could direct award
        # through?": commercial terms, which no card keeps.
        (
            r"\b(?:professional indemnity|public liability|employers? liability)\b|\binsurance (?:cover|level|policy)\b"
            r"|\b(?:on|through) (?:any|a|which) (?:procurement )?frameworks? (?:we|you|they|i) (?:could|can|might)\b"
            r"|\bprocurement frameworks?\b|\bdirect award\b",
            "commercial terms",
        ),  # "Need the VAT number for Spring for an invoice"
        # "wigan ofsted rating?": an inspection grade, which no entry holds.
        (r"\bofsted\b|\bcqc (?:rating|report)\b|\binspection (?:rating|grade|report)\b", "inspection rating"),
        # "is the NIA open to teachers? what are the eligibility rules?": who may join, which no entry says.
        (
            r"\beligib(?:le|ility)\b|\bentry (?:criteria|requirements)\b|\bselection criteria\b"
            # "Is the NHS Innovation Accelerator open to innovators in Welsh health boards, or England-only?"
            # (of a work named: "what is it and is it open to outside partners?" asks what its card says)
            r"|\b(?:is|are) (?!it\b|they\b|that\b|this\b)(?:the \w+(?: \w+){0,3}|\w+(?: \w+){0,4})"
            # (to a group of people: "available to patients in Wales", not "available to talk", "open to a call")
            r" (?:open|available) to (?:anyone|everyone|others|(?:\w+ )?(?!us\b)\w+s)\b"
            r"|\b(?:is|are) (?!it\b|they\b|that\b|this\b)(?:the \w+(?: \w+){0,3}|\w+(?: \w+){0,4}) available in\b"
            r"|\b(?:england|uk) only\b",
            "eligibility criteria",
        ),
        # ("invoice ref says 'spring consortum' - who r they?": a reference that names someone, not one asked for)
        (
            r"\bpo (?:number|no|num|ref)\b|\bpurchase order\b"
            r"|\binvoice (?:number|no|ref)\b(?! (?:says|said|shows|reads))",
            "purchase order",
        ),
        # "`project_code: MCMW` keeps turning up… decode pls": what the letters stand for, not the code itself
        (r"\bdecode\b|\bdecipher\b|\bwhat (?:it|that|this|they) (?:stands|stand) for\b", "full name"),
        # "the cost code for the UNICEF work", "Heather's sign-off limit": finance records we do not keep.
        (
            # ("I'm mapping cost centres" says why someone asks, in a line of its own.)
            r"\b(?:cost|project|budget|finance|nominal|ledger|job|billing) codes?\b",
            "cost code",
        ),
        (
            r"\bsign[- ]?off (?:limit|limits|authority|level|threshold)\b"
            r"|\b(?:approval|spending|signing|delegated|financial) (?:limit|limits|authority|threshold)\b",
            "sign-off limit",
        ),
        # "the interview discussion guides from the Against the Odds research": its working papers, not held.
        (
            r"\b(?:discussion|interview|topic|research) guides?\b"
            # ("transcript says: > hi it's about…": a voicemail's words, pasted)
            r"|\binterview (?:questions|transcripts|notes|schedules?)\b|\btranscripts?\b(?! says| said| reads| read)"
            r"|\b(?:raw|underlying) data\b|\bdata ?sets?\b|\bsurvey (?:questions|instrument|results)\b",
            "research materials",
        ),
        # "what currency do we invoice UNICEF in?", "Julie's Twitter handle": details of dealings we do not keep.
        (r"\bcurrency\b|\bcurrencies\b|\bexchange rates?\b", "currency"),
        (
            r"\b(?:twitter|x|instagram|insta|linkedin|bluesky|mastodon|tiktok|facebook|social media|social)"
            r" (?:handle|handles|account|accounts|profile|page|username|link)\b|\bhandle on (?:twitter|x|linkedin)\b",
            "social media handle",
        ),
        # "resize the IU logo": artwork we do not keep.
        (
            r"\b(?:resize|send|need|want|share|find|download|get|grab|crop|update|where s|where is|where are)"
            r"(?: \w+){0,5} (?:logos?|brand(?:ing)? guidelines|letterheads?)\b|\blogos? (?:files?|pack|png|svg)\b",
            "logo",
        ),
        (
            r"\bstart date\b|\bgo[- ]live\b|\bwhen (?:exactly )?(?:does|did|will|do|is) .*\b(?:start|begin|kick off)\b"
            # "Did Elevate kick off in 2015 or 2016?"
            r"|\b(?:did|does|has) (?:\w+ ){1,4}?(?:kick off|start|begin) in (?:\d{4}|the \d{4}s)\b"
            r"|\bwhen (?:did|does|will|do) .{1,40}\bjoin(?:ed)?\b|\bjoining date\b",
            "start date",
        ),
        (r"\bopening date\b|\bwhen (?:does|will|is|did) .*\bopen\b", "opening date"),
        (
            r"\bend date\b|\bwhen (?:exactly )?(?:does|will|is|did) .*\b(?:end|finish|close)\b"
            # "a partner asked me when Elevate finishes" (not "send me the link when the meeting finishes")
            r"|\b(?:asked|asking|wondering|know|knows|tell me|find out) (?:me |us )?when (?:\w+ ){1,3}?"
            r"(?:finishes|ends|wraps up|winds up)\b"
            r"|^when (?!the |this |it |we |i |you )(?:\w+ ){1,3}?(?:finishes|ends)\b",
            "end date",
        ),
        # "where was the launch held?", "what was the venue?": where an event took place.
        (
            r"\bvenue\b|\bwhere (?:is|was|were|are|will) .{1,60}\b(?:held|hosted|taking place|take place)\b"
            r"|\bwhere did .{1,60}\btake place\b",
            "venue",
        ),
        # "what does PPL stand for?", "what's AISNSW short for?": a name written out in full.
        (
            r"\bwhat (?:does|do|did) (?:the )?(?:letters |acronym |initials )?(?:\w+ ){1,3}(?:\w+ )?stand for\b"
            r"|\bwhat (?:is|s) (?:\w+ ){1,3}short for\b|\b(?:full|long) (?:name|form)\b"
            r"|\bwhat (?:\w+ ){1,2}(?:stands|stand|stood) for\b",
            "full name",
        ),
        # "how big is X?", "how old is X?", "how long has X been running?": measures of the entry.
        (r"\bhow (?:big|large|small)\b", "size"),
        (r"\bhow old\b", "age"),
        (r"\bhow long (?:is|was|has|have|had|does|did|will|do) (?!(?:i|we|you)\b)", "duration"),
        # "does the King's Fund have any jobs going?": openings there, not anyone's job title.
        (
            r"\bjobs\b|\bvacanc(?:y|ies)\b|\bhiring\b|\brecruiting\b|\bjob (?:openings?|adverts?|ads?|postings?)\b"
            # "how do I actually get a job at Innovation Unit? is there a graduate scheme?"
            r"|\b(?:i|we|you|someone|they) (?:\w+ )?(?:get|find|land|apply for) a job (?:at|with)\b"
            r"|\bgraduate (?:scheme|jobs?)\b"
            r"|\bopen (?:roles|positions|posts)\b",  # "does UNICEF's education team have any open roles?"
            "vacancies",
        ),
        # "Heather's title" is her role; "the title had 'impact at scale' in it" is a document's name.
        (
            # ("our position on scale" is a view; "our role in it" what we do there, which the work's card says)
            r"\bjob title\b|\bjob\b|(?<!\bour )(?<!\biu s )\brole\b|\bposition\b(?! on\b| about\b)"
            # "wat dept is she in?": where someone sits, which their role says ("Director of …, Innovation Unit")
            r"|\b(?:what|which) (?:dept|department|team|division|directorate) (?:is|does) (?:she|he|\w+)"
            r" (?:in|work in|sit in)\b"
            r"|\btitle(?<!\bthe title)(?<!\bits title)(?<!\bexact title)(?<!\bfull title)(?<!\bproper title)"
            r"(?<!\bofficial title)\b",
            "role",
        ),
        # ("the chart about how much the NHS spends on innovation - which report?": what a chart shows, not asked)
        (
            r"(?<!\bshowing )(?<!\bshows )(?<!\bon )(?<!\bcomparing )(?<!\bcompares )(?<!\bcompared )\bhow much\b",
            "amount",
        ),
        # "what did the CCG pay for My Care, My Way each year?": a sum paid, which no entry keeps
        # ("what did the Health Foundation pay for in the collaboration?" asks what was paid for)
        (
            r"\bwhat (?:did|does|do|will|would) (?:the |our |their )?(?:\w+ ){1,3}pay (?:us|them|out\b"
            r"|(?:for|to) (?:\w+ ){1,5}?(?:each|per|a|every|last|this|next) (?:year|month|annum|quarter))\b",
            "amount",
        ),
        # "can I put '[£X] grant from the Health Foundation'? what was the actual amount?"
        (
            r"\bwhat (?:was|is|s|were) the (?:actual |exact |total |real )?amount\b"
            r"|\bthe (?:actual|exact|real) amount\b",
            "amount",
        ),
        # "is it correct that the Health Foundation put GBP 250k into it?" (the sign or code is read as "money")
        (
            # (a sum said: "who put money into Elevate?" asks who, "who do I pay money to?" whom)
            r"(?<!\bwho )(?<!\bi )(?<!\bwe )\b(?:put|puts|invested|invest|gave|give|contributed|paid|pay|spent|funded"
            r"|granted|awarded|worth|cost|costs) (?:\w+ ){0,2}money \d+(?:\.\d+)?(?:k|m|bn|million|thousand)?"
            r" (?:in|into|to|towards|for|on)\b",
            "amount",
        ),
        (r"\bhow many (\w+)", "number of {0}"),
        (r"\b(?:the|total|exact|actual)(?: actual| exact| total| real)? number of (\w+)", "number of {0}"),
        (r"\btotal of (?!(?:\d+|the|our|your)\b)(\w+s)\b", "number of {0}"),  # "elevate - total n of schools?"
        (r"\b(pupil|student|patient|user|learner|teacher|participant)s? (?:numbers|count|figures)\b", "number of {0}s"),
        # "when's the next Against the Odds event?": a date to come, which no date we hold (a past one) answers.
        (
            r"\bwhen (?:is|will|does|are) (?:the |our |your |their )?next\b|\bdates? (?:of|for) the next\b"
            r"|\bnext (?:event|round|cohort|intake|session|meeting|webinar|conference|launch)\b(?=.*\bwhen\b)",
            "date of the next one",
        ),
        (r"\bwhen\b(?= (?:is|was|were|are|does|did|do|will|can|should|has|had)\b)|\bdates?\b|\bwhat year\b", "date"),
        # "Is Julie Temperley still with Innovation Unit?" (after the date: "…Jan 2018 or Feb? And is she still with
        # us?" asks the date first, which is held)
        (
            # (a person: "is she", "is Julie Temperley"; not "are AISNSW still working with us on Elevate?")
            r"\bis (?:she|he|\w+ \w+) still (?:with|at|employed (?:at|by)) (?:innovation unit|iu|us|you)\b",
            "whereabouts",
        ),
    )
)
#: Words that name a fact rather than a subject: dropped from matching when a fact is asked for.
FACT_VOCABULARY = frozenset(
    """deadline deadlines closing journal journals paywall paywalls owner owners designer designers
    illustrator designed cover budget budgets savings saving saved turnover revenue income salary
    salaries funding funded grant amount price prices cost costs fee fees email mail address adress
    addres postcode phone telephone number mobile rate rates tax headcount staff employees fte pages
    page count start date dates opening open end finish job title role position much many year when
    money line extension landline dial direct countries country nations regions exactly join joined
    joining recommendations findings conclusions venue held hosted stand attendance turnout came
    attended office offices numbers metrics per stats statistics figures data total investment
    contribution jobs vacancy vacancies hiring recruiting logo logos brand branding guidelines
    letterhead letterheads currency currencies handle handles account accounts profile username manager
    boss hashtag hashtags press sequel edition percentage percentages template templates nda diem diems
    subsistence mileage licence license licensed copyright link invite embargo embargoed photo photos
    photograph photographs image images headshot headshots ref live transcript transcripts dataset
    datasets toolkit toolkits charge charges evaluated evaluation evaluations methodology methodologies
    methods method research design ethics ethical policy policies gdpr retention sum""".split()
)
#: Every pattern above needs one of these words.
_FACT_TRIGGERS = FACT_VOCABULARY | frozenset(
    "how when apply where closing postal e who wrote authored penned written author authors which what name list "
    "numbers figures spend spending short full big large small old long write writer names published "
    "publishes publish publisher publishers put brought mob value stat stats number figure registered charity po"
    " purchase invoice vat companies eligible eligibility entry selection ofsted cqc inspection byline bylines"
    " line report hashtag hashtags press follow sequel edition hard percentage percentages savings template templates"
    " sharing nda diem diems subsistence expenses expense mileage capital licence license licences licenses licensed"
    " copyright creative cc teams zoom meet meeting call calendar webinar link invite embargo embargoed photo"
    " photos photograph photographs image images headshot headshots hi ref reference outcome outcomes impact go"
    " live cost project budget finance nominal ledger billing sign signing approval spending delegated financial"
    " discussion interview topic research raw underlying data dataset datasets survey toolkit toolkits charge"
    " charges day daily evaluated evaluation split available translation translations translated french arabic"
    " welsh spanish german urdu chinese mandarin portuguese italian polish braille rota rotas isbn isbns doi dois issn"
    " payment terms methodology methodologies methods method ethics ethical rec policy policies gdpr"
    " retention protection saved money sum amount figure evaluations"
    " know split breakdown postcodes addresses adress addres vs versus coined originated class claim today tomorrow"
    " vat latest"
    " worth founded founding reduced cut lowered decreased prevented avoided improved increased boosted reduce lower"
    " decrease prevent avoid improve increase boost left resigned leave publishd kick begin finishes ends still"
    " controller controllers processor lawful consent effect confidence download graduate professional public employers"
    " insurance frameworks framework direct open weather coat umbrella brolly pay available only whoever"
    " member members designed illustrated drew illustrator illustrators designer cover owner owners practices"
    " surgeries decode decipher stands stand save attending presenting heading going journals"
    " journal paywall paywalls access".split()
)
#: The number's thing ("how many children…") is a subject word too, so it stays a term.
_NUMBER_OF = re.compile(r"number of (\w+)")


_ENTRY_NOUNS = INTENT_VOCABULARY | ORGANISATION_NOUNS | frozenset(w + "s" for w in ORGANISATION_NOUNS)


def names_items(fact: str | None) -> bool:
    """The fact is several things of one entry ("countries", "list of innovations"), not several entries."""
    return fact is not None and (fact in ITEM_FACTS or fact.startswith("list of "))


def asked_fact(focus_text: str, text: str = "") -> tuple[str | None, frozenset[str]]:
    """The fact the asking sentences ask for, and the words that ask for it.

    "what's the deadline for …" → ("deadline", {"deadline"}); "how many children…" →
    ("number of children", {"how", "many"}); "what's the population of X?" → ("population",
    {"population"}). None when the message asks about an entry itself. ``text``: the whole
    message's words, where "…the ten innovations it looks at. Can you name all ten?" says what
    the ten are.
    """
    for fact, found in _fact_hits_once(focus_text):
        return fact, frozenset(set(words(found.group(0))) & FACT_VOCABULARY)
    counted = _items_counted_elsewhere(focus_text, text) or _count_pointed_back(focus_text, text)
    if counted:
        return counted
    attribute = _attribute(focus_text)
    if attribute:
        return " ".join(attribute), frozenset(attribute)
    return None, frozenset()


#: "can you give me the names of all ten?", "list all ten": items counted, named in another sentence.
_NAMES_OF_A_COUNT = re.compile(
    rf"\b(?:names?|list|titles?) (?:of )?(?:all )?(?:the )?({_COUNTS})(?: of (?:them|those))?(?: for (?:me|us))?$"
    # "> …we examine ten health innovations… which ten are they?"
    rf"|\b(?:which|what) (?:are |were )?(?:the |those |these )?({_COUNTS}) (?:are|were) (?:they|them|those|these)\b"
    # "> In Against the Odds we examine ten health innovations that have scaled. Which ten?"
    rf"|^(?:so |ok |and )?which ({_COUNTS})(?: exactly| then)?$"
    # "which are the ~20 practices getting My Care, My Way?": the things counted, by name
    rf"|\b(?:which|what) (?:are|were) (?:the )(?:about |around |roughly )?({_COUNTS}) (?!of\b)\w+s\b"
)
#: "Which GP practices exactly are the ~20 that My Care, My Way is spreading to?": the things named first.
_WHICH_ARE_THE_COUNT = re.compile(
    rf"\bwhich ((?:\w+ )?\w+s) (?:exactly |precisely )?(?:are|were) the (?:about |around |roughly )?({_COUNTS})\b"
)


#: "I've written that it examines twelve NHS innovations… how many did it look at?": a count of what was said.
_HOW_MANY_OF_IT = re.compile(
    r"\bhow many (?:did|does|do|has|have|will) (?:it|they|that|this|the report|the study|the paper|the programme)\b"
)


_TIME_UNITS = frozenset("years months weeks days hours minutes".split())


def _count_pointed_back(focus_text: str, text: str) -> tuple[str, frozenset[str]] | None:
    """ "…it examines twelve NHS innovations but maybe ten - how many did it look at?" → ("number of
    innovations", …): the things a number in the message counts."""
    asks_count = "how many" in focus_text and _HOW_MANY_OF_IT.search(focus_text) is not None
    # "my draft says the school will take 100 students in its first year - is that right?": the count claimed
    if not asks_count and not _CLAIM_CHECKED.search(focus_text):
        return None
    for found in re.finditer(rf"\b(?:{_COUNTS}) (\w+)(?: (\w+s)\b)?", text):
        thing = found.group(2) or found.group(1)
        if thing.endswith("s") and thing not in STOPWORDS | _TIME_UNITS and thing not in _ENTRY_NOUNS:
            return f"number of {thing}", frozenset({"how", "many"})
    return None


_CLAIM_CHECKED = re.compile(r"\b(?:is|was) (?:that|this|it) (?:right|correct|true|accurate)$")
_NAMES_ALONE = frozenset({"names", "name them", "list them", "their names", "names please", "names pls"})


def _items_counted_elsewhere(focus_text: str, text: str) -> tuple[str, frozenset[str]] | None:
    """ "…the list of the ten innovations it looks at. Can you give me the names of all ten?" →
    the items of one entry: ("list of innovations", …), as if the question had said which ten."""
    named_first = _WHICH_ARE_THE_COUNT.search(focus_text)
    if named_first and named_first.group(1).split()[-1] not in _ENTRY_NOUNS:
        return f"list of {named_first.group(1)}", frozenset({named_first.group(2)})
    asked = _NAMES_OF_A_COUNT.search(focus_text.removesuffix(" please").removesuffix(" pls"))
    if not text:
        return None
    if asked:
        count = asked.group(1) or asked.group(2) or asked.group(3) or asked.group(4)
    elif focus_text in _NAMES_ALONE and (said := re.search(rf"\bthe ({_COUNTS}) \w", text)):
        count = said.group(1)  # "the 10 innovations in against the odds - names?"
    else:
        return None
    for found in re.finditer(rf"\b{count} (\w+)(?: (\w+s)\b)?", text):
        thing = found.group(1)
        if thing not in STOPWORDS and thing not in _ENTRY_NOUNS:
            more = found.group(2)  # "ten health innovations"
            if more in _ENTRY_NOUNS:
                return None  # "one of three major reports… Which three?": entries, which we hold
            if more and more not in STOPWORDS:
                thing = f"{thing} {more}"
            return f"list of {thing}", frozenset({count})
    return None


#: "what's the <attribute> of/for/at/in <entry>?", "what's our <attribute>?": a fact the table above
#: does not list, asked in the shape every fact is asked in.
_ATTRIBUTE = re.compile(
    r"\b(?:what|know|tell me|give me|confirm)(?: is| was| are| were| s)? (?:the|our|its|their|his|her) "
    r"((?:[a-z0-9]+ ){0,2}?[a-z0-9]+) (?:of|for|at|in)\b"
    r"|\bwhat(?: is| s)? our ((?:[a-z0-9]+ ){0,2}?[a-z0-9]+)(?: and\b|$)"
    # "what time zone is New South Wales in?": the attribute, then its holder.
    r"|\bwhat ([a-z]+(?: [a-z]+)?) (?:is|are) (?:[a-z]+ ){1,4}?in(?: at the moment| now| right now)?$"
)


def _attribute(focus_text: str) -> tuple[str, ...]:
    """The words of an attribute asked of an entry ("population", "enhanced maternity pay"), or ().

    Not an attribute: what is about the entry itself (its aim, name, link, partners: its card
    answers), a kind of entry ("the Wigan programme in…"), small words, or a count ("the three…").
    """
    if "what" not in focus_text and " the " not in focus_text:
        return ()
    for found in _ATTRIBUTE.finditer(focus_text):
        said = next(group for group in found.groups() if group).split()
        head = said[-1]
        if any(w in FUNCTION_WORDS or w in _ENTRY_NOUNS or w.isdigit() or re.fullmatch(_COUNTS, w) for w in said):
            continue
        if head in ENTRY_ASPECTS or head in STOPWORDS or head in _TABLE_WORDS or stem(head) in _ASPECT_STEMS:
            continue
        if head in _NOT_ATTRIBUTES:
            continue  # "what's the full list of our schools work?": several entries asked for, not a fact
        return tuple(said)
    return ()


_ASPECT_STEMS = frozenset(map(stem, ENTRY_ASPECTS))
_NOT_ATTRIBUTES = frozenset(
    "list lists breakdown rundown roundup round up version versions piece pieces collaboration collab".split()
)
#: Heads the table's own facts use ("the year of…" is a date): the table reads them, or nothing does.
#: "number" is not one of them: "the charity number of X" is an attribute.
_TABLE_WORDS = FACT_VOCABULARY - {"number"}
#: Facts the table names; any other fact is an attribute asked in so many words ("population").
_TABLE_FACTS = frozenset(fact for _, fact in _FACTS if "{" not in fact) | {"recommendations", "findings", "conclusions"}


def is_open_attribute(fact: str) -> bool:
    """An attribute no table entry names ("population"): held when the entry's own text speaks of it."""
    return fact not in _TABLE_FACTS and not fact.startswith(("list of ", "number of "))


def asked_facts(focus_text: str) -> tuple[str, ...]:
    """Every fact the asking sentences ask for, the main one (``asked_fact``) first:
    "when did she join, and what's her job title?" → ("start date", "role")."""
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for fact, hit in _fact_hits_once(focus_text):
        if fact in found or any(hit.start() < end and start < hit.end() for start, end in taken):
            continue  # the same words read as a second, wider fact ("job title" is no "date")
        found.append(fact)
        taken.append(hit.span())
    return tuple(found)


@lru_cache(maxsize=64)
def _fact_hits_once(focus_text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """``_fact_hits`` for one text, kept: a message's main fact and its further facts read the same hits."""
    return tuple(_fact_hits(focus_text))


def _fact_hits(focus_text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Each fact pattern that matches, most specific first, with its match."""
    if not _FACT_TRIGGERS.intersection(focus_text.split()):
        return  # most questions ask for no fact: skip the patterns
    for pattern, fact in _FACTS:
        found = pattern.search(focus_text)
        if not found:
            continue
        if "{0}" in fact:
            thing = found.group(1)
            if thing in STOPWORDS:
                continue
            if fact.startswith(("list of", "items")) and _ENTRY_NOUNS.intersection(
                focus_text[found.start(1) :].split()[:3]
            ):
                continue  # "which two programmes…", "the three big reports" ask for entries, not items of one
            if fact.startswith("items"):
                if thing in _PLURAL_KINDS or thing in _CARD_LISTS:
                    continue  # "the names of the people on X", "the topics of X": entries, or what its card says
                fact = "list of {0}"
            fact = fact.format(thing)
        yield fact, found


#: Several things of an entry its card lists: "list the topics of X" is answered by X's card.
_CARD_LISTS = frozenset(
    "topics themes subjects areas sectors fields partners places locations links names aliases".split()
)


def counted_thing(fact: str) -> str | None:
    """ "number of children" → "children"."""
    found = _NUMBER_OF.fullmatch(fact)
    return found.group(1) if found else None


# ---------------------------------------------------------------------- the kind asked for


_WHO_ARE_THE_THINGS = re.compile(r"\bwho (?:are|r) the (\w+s)\b")


def _names_people(plural: str) -> bool:
    """ "partners", "authors", "directors", "staff": a word for people or bodies, which a "who" asks for."""
    return plural in INTENT_VOCABULARY or plural in _PERSON_NOUNS or plural in _ASKERS or plural in _RELATIVE_BEFORE


def _intent(all_words: list[str]) -> tuple[str | None, float]:
    """The kind of entry the question asks for, and how firmly (the share others lose)."""
    present = set(all_words)
    if present & {"author", "authors", "auther"} and _AUTHOR_BODY.search(" ".join(all_words)):
        return "organisation", _STRONG_INTENT  # "was there a co-author organisation I should add?"
    if "person" in present and _PERSON_OR_BODY.search(" ".join(all_words)):
        return None, 0.0  # "Is Aga Khan a person or an organisation in our world?": what it is, on its card
    asked_for, _ = _asked_noun(all_words)
    if asked_for:
        return asked_for, _STRONG_INTENT
    named_kinds = {kind for kind, (firm, _) in INTENT_WORDS.items() if present & firm}
    said = " ".join(all_words)
    if "at" in present and _WHO_AT.search(said):
        return "contact", _STRONG_INTENT  # "who at IU should they have a yarn with?": someone there
    if "whom" in present and _THROUGH_WHOM.search(said) and "contact" not in named_kinds:
        return "organisation", _WEAK_INTENT  # "are we still in it, and through whom?": the body we take part through
    # ("who's the NHS body you're working with on it, and who else is involved?" asks for a body.)
    if (
        _asks_whom_we_serve(all_words)
        and not named_kinds & {"organisation", "contact"}
        and not _WHO_IS_THE_BODY.search(said)
    ):
        return None, 0.0  # "who do we support on X?", "who are we working with on X?": X's card says
    if "they" in present and _WHO_ARE_THEY.search(said) and not named_kinds & {"contact"}:
        return "organisation", _WEAK_INTENT  # "aisnsw - who are they?", "spring consortium - who r they": a body
    if (
        "who" in present
        and " the " in said
        and (things := _WHO_ARE_THE_THINGS.search(said))
        and not _names_people(things.group(1))
    ):
        return None, 0.0  # "who are 'the Fellows'?": what the things are is on the card of what has them
    if present & PURE_QUESTION_WORDS and _asks_for_someone(all_words):
        if _WHO_IS_THE_BODY.search(said) and not present & INTENT_WORDS["contact"][0]:
            # "who is our partner organisation on the ground? … who would we approach first?": that body
            return "organisation", _STRONG_INTENT
        return "contact", _STRONG_INTENT  # "who should I point them to?"
    strong = {kind for kind, (firm, _) in INTENT_WORDS.items() if present & firm}
    weak = {kind for kind, (_, loose) in INTENT_WORDS.items() if present & loose}
    asks_who = bool(present & PURE_QUESTION_WORDS)
    if asks_who and present & _SOMEONE_WHO_DECIDES and not _THE_ASKER_DECIDES.search(said):
        return "contact", _STRONG_INTENT  # "who signs off … a draft SOW from an org": a person, even beside an "org"
    if "organisation" in strong and "contact" not in strong:
        return "organisation", _STRONG_INTENT  # "which partner orgs…", even with a "who"
    if asks_who and present & {"wrote", "written", "authored"}:
        return "contact", _STRONG_INTENT  # "who wrote…" wants the person, not the paper
    if asks_who and "contact" not in strong and WHO_COMMISSIONS.search(said):
        return "organisation", _WEAK_INTENT  # "who actually commissions My Care, My Way?": a body's part in it
    if asks_who and present & (ORGANISATION_NOUNS | INTENT_WORDS["organisation"][0]) and _WHO_IS_THE_BODY.search(said):
        return "organisation", _STRONG_INTENT  # "who's the commissioning body on X?", "who is the funder?"
    if asks_who and "side" in present and _SIDE_ASKED.search(said):
        return "organisation", _WEAK_INTENT  # "who's the NHS side on My Care, My Way?": a body, not a person
    if asks_who and "contact" not in strong and present & TOGETHER_WORDS:
        return "organisation", _WEAK_INTENT  # "who are we working with?"
    for kind in ("contact", "report", "programme"):
        if kind in strong:
            return kind, _STRONG_INTENT
    # ("a service for which age group?": people of an age, not a body)
    bodies = present & ORGANISATION_NOUNS
    if bodies == {"group"} and _GROUPS_OF_PEOPLE.intersection(present):
        bodies = set()
    if bodies and present & {"which", "what"}:
        return "organisation", _WEAK_INTENT  # "which government department…"
    if _PUT_OUT.search(said):
        weak.add("report")  # "did we put out something about…?": something published
    for kind in ("contact", "report", "programme", "organisation"):
        if kind in weak:
            return kind, _WEAK_INTENT
    return None, 0.0


_AUTHOR_BODY = re.compile(
    r"\b(?:co )?auth[oe]rs? (?:organisation|organisations|org|orgs|body|bodies|partner|partners)\b"
)
_PUT_OUT = re.compile(
    r"\b(?:put|putting|puts|bring|brought|bringing) out (?:a |an |any |some )?(?:\w+ )?(?:on|about)\b"
)


_WHO_ARE_THEY = re.compile(r"\bwho (?:are|were) they\b(?! (?:working|partnering|with|meant|for)\b)")
#: "who signs off…": a person who decides, whatever organisation the message names.
_SOMEONE_WHO_DECIDES = frozenset("signs sign signatory approves approve approver".split())
#: "before I approve it, what is X and who are we doing it with?": the asker decides; no one is asked for.
_THE_ASKER_DECIDES = re.compile(r"\b(?:before|so|until|once|when|if) (?:i|we) (?:can )?(?:sign|approve)\b")
_WHO_AT = re.compile(r"\b(?:who|whom) at\b")
_THROUGH_WHOM = re.compile(r"\b(?:through|thru|via|with) whom\b|\bwhom (?:through|via)\b")
#: "a *programme* - not a report", "programmes please, not reports": the kind wanted, said against another.
_CONTRAST = re.compile(
    r"\b(\w+?)s? (?:(?:please|pls|plz|only|just|thanks|ta) )?(?:not|rather than|instead of)"
    r" (?:a |an |the |any )?(\w+?)s?\b"
)


def _contrasted_kind(message: str) -> str | None:
    """The kind a message asks for by setting it against another kind, wherever it says so."""
    if " not " not in message and " than " not in message and "instead" not in message:
        return None
    said = " ".join(words(strip_slack_markup(message[:MAX_MESSAGE_CHARS])))
    for found in _CONTRAST.finditer(said):
        wanted, other = _kind_of_word(found.group(1)), _kind_of_word(found.group(2))
        if wanted and other and wanted != other:
            return wanted
    return None


def _kind_of_word(word: str) -> str | None:
    for kind, (firm, _) in INTENT_WORDS.items():
        if word in firm or word + "s" in firm:
            return kind
    return None


#: "the name of the consortium", "name of that council" (not "the name of the Innovation Unit programme").
#: Sorts of body a question may ask for by their noun: "which consortium…", "the name of the council".
SORTS_OF_BODY = (
    "department ministry council consortium foundation charity agency association authority commissioner university"
    " college funder".split()
)
_NAME_OF_A_SORT = re.compile(
    rf"name of (?:the |that |this |our |their )?(?:{'|'.join(SORTS_OF_BODY)}|body|organisation|org)\b"
)
_DETERMINERS = frozenset("of our the a an your their these those this that its my".split())


_PERSON_OR_BODY = re.compile(
    r"\b(?:is|are|was) (?:\w+ ){1,3}?(?:a )?person or (?:an? )?(?:organisation|organization|company|org|body|charity"
    r"|thing)\b|\b(?:is|are|was) (?:\w+ ){1,3}?(?:an? )?(?:organisation|organization|company|org|body|charity)"
    r" or (?:a )?person\b"
)
_GROUPS_OF_PEOPLE = frozenset("age year target client user patient population income ethnic peer".split())


def _asked_noun(all_words: list[str]) -> tuple[str | None, str | None]:
    """The kind, and the noun, named right after "which"/"what" (small words skipped):
    "which government department sits behind X?" → organisation, department;
    "which of our reports…" → report, reports."""
    for position, word in enumerate(all_words):
        if word == "called" and all_words[max(0, position - 2) : position] in (["how", "is"], ["how", "was"]):
            word = "what"  # "how is called the report which…": what the report is called
        elif word == "name" and _NAME_OF_A_SORT.match(" ".join(all_words[position : position + 4])):
            word = "which"  # "I need the correct name of the consortium…": which consortium it is
            position += 1
        elif word not in ("which", "what", "every", "list"):
            continue
        # "which of our reports": skip determiners; "what did the King's Fund publish": a verb
        # comes first, so "fund" is the subject, not the kind asked for.
        start = position + 1
        if word == "what" and all_words[start : start + 1] in (["is"], ["are"], ["was"], ["were"]):
            start += 1  # "what is the consortium called?" as "what's the consortium called?"
        following = [w for w in all_words[start : start + 5] if w not in _DETERMINERS][:3]
        after = all_words[start : start + 5]
        if word == "what" and _CLAUSE_AFTER_WHAT.match(" ".join(after)):
            continue  # "what Innovation Unit is doing with the council": a clause about it, not "which unit?"
        for place, noun in enumerate(following[:2]):
            if noun in FUNCTION_WORDS:
                break
            if noun in _PERSON_NOUNS and place == 0:
                return "contact", noun  # "which director heads up the consultancy work?"
            if noun == "group" and place > 0 and following[place - 1] in _GROUPS_OF_PEOPLE:
                break  # "a service for which age group?": people of an age, not a body
            if noun in ORGANISATION_NOUNS:
                # "what's the King's Fund report called?": the organisation's name qualifies the kind after it.
                after = following[place + 1 : place + 2]
                kind_after = next((k for k, (firm, _) in INTENT_WORDS.items() if after and after[0] in firm), None)
                if kind_after not in (None, "organisation"):
                    return kind_after, after[0]
                return "organisation", noun
            for kind, (firm, _) in INTENT_WORDS.items():
                if noun in firm:
                    return kind, noun
    return None, None


#: "who on our side should she get in touch with?", "who could they reach out to?": someone to go to,
#: asked for on someone else's behalf.
_GO_TO_SOMEONE = re.compile(
    r"\bwho (?:on our side |here |in the team |on the team )?(?:should|do|can|could|would|shall|is best to|to) "
    r"(?:i|we|she|he|they|you|someone|my \w+|our \w+) (?:get in touch|reach out|speak|talk|go|turn|contact|approach)\b"
    r"|\bwho on our side\b"
)


#: "who do I hand them to?", "who should she be sent to?", "who's the right person for that conversation?":
#: the asker has someone with a need and wants the colleague to pass them to. What the need is, is the
#: rest of the message — often many words the knowledge base does not hold.
_SEEKS_PERSON = re.compile(
    # "who handles inbound enquiries from orgs that want help scaling?": whoever such approaches go to.
    r"\bwho (?:handles|deals with|looks after|picks up|fields|owns|takes|gets) (?:\w+ ){0,2}?"
    r"(?:enquiries|inquiries|requests|queries|approaches|referrals)\b|"
    # "`owner` for inbound scaling enquiries -> who?"
    r"\b(?:owner|contact|lead|person|point of contact) for (?:\w+ ){0,3}?"
    r"(?:enquiries|inquiries|requests|queries|approaches|referrals)\b|"
    # "is there a particular person we should ring?"
    r"\b(?:particular|specific|named|right) (?:person|someone|contact) (?:(?:at|in|from) (?:iu|innovation unit|your end"
    r"|your place) )?(?:we|i|they|she|he) (?:should|could|can|ought to) "
    r"(?:ring|call|contact|speak to|talk to|email|approach|get in touch|reach out|write to)\b|"
    # "whose desk does that land on?", "whose inbox should those go to?", "whose name do we give them?"
    r"\bwhose (?:desk|inbox|plate|patch|remit|court)\b"
    r"|\bwhose name (?:do|should|can|shall) (?:i|we|you) (?:give|pass)\b|"
    # "who's the named person Priya should forward them to?": the asker's colleague passes them on
    r"\bwho(?: is| s)? the (?:\w+ )?(?:person|contact) (?:\w+ ){0,2}?(?:should|can|could|to) (?:\w+ )?"
    r"(?:forward|send|refer|pass|point|direct|route|introduce)\b|"
    # "who on the leadership side owns our scaling offer?"
    r"\bwho (?:\w+ ){0,4}?(?:owns|leads|runs|holds) (?:our|the|iu s|iu) (?:\w+ )?(?:offer|offering|service)\b|"
    r"\bwhom? (?:\w+ ){0,4}?(?:should|do|can|could|would|shall|to|might)"
    r" (?:i|we|she|he|they|you|someone|my \w+|our \w+|the (?!\w+ing\b)\w+"  # ("…should the receptionist route…")
    r"|enquiries|inquiries|requests|queries|referrals|approaches|these|those)"  # ("who should enquiries go to?")
    r" (?:\w+ ){0,3}?(?:hand|handed|send|sent|refer|referred|forward|forwarded|point|pointed|pass|passed|direct|put"
    r"|route|routed|escalate|signpost"
    r"|talk|speak|go|turn|contact|approach|get in touch|connect|introduce|link"
    r"|reach out|ask|call|ring|email|message|write to|copy in|cc|loop in)(?:ing)?\b"
    # "In our organisation, who they should contact for this?"
    r"|\bwhom? (?:i|we|she|he|they|you) (?:should|can|could|would|might) (?:\w+ ){0,2}?"
    r"(?:contact|approach|talk|speak|go|turn|ask|email|call|ring|get in touch|write to)\b"
    r"|\bwho (?:here |on our side |in the team )?(?:can|could|would|might) (?:help|take|support|advise) "
    r"(?:them|her|him|me|us|this|that|with that|with this)\b"
    r"|\b(?:right|best|correct|ideal|best placed|go to) (?:person|people|colleague|contact)\b"
    # "is there a named person on your side we should approach about that?"
    r"|\b(?:is there|any) (?:a |an )?(?:named |particular |specific )?(?:person|contact|someone|anyone|one)"
    r" (?:\w+ ){0,4}?(?:we|i|they|she|he) (?:should|could|can|might) (?:approach|contact|talk|speak|email|reach)\b"
    r"|\b(?:our|the) go to (?:person |colleague )?for\b"
    r"|\bwho (?:here |on our side |in the team )?(?:is |s )?best placed\b"
    # "who's the person at your place I should ring about that?"
    r"|\bwho(?: is| s)? the (?:\w+ )?(?:person|contact|colleague) (?:\w+ ){0,4}?(?:i|we) (?:should|can|could|ought to)"
    r" (?:ring|call|contact|speak to|talk to|email|approach|ask)\b"
    # "which person should delegates contact?", "which colleague do partners talk to?"
    r"|\bwhich (?:person|colleague|contact|member of staff|staff member) (?:\w+ )?(?:should|do|can|could|would)"
    r" (?:\w+ ){1,2}?(?:contact|approach|talk|speak|email|go|call|ring|reach|write)\b"
)


def seeks_person(focus_text: str) -> bool:
    """ "who do I hand them to?": someone to pass a person with a need to, not a fact about anyone."""
    said = focus_text.split()
    asks = "who" in said or "whom" in said or "whose" in said or "person" in said or "contact" in said
    return asks and _SEEKS_PERSON.search(focus_text) is not None


def _asks_for_someone(all_words: list[str]) -> bool:
    """ "who should I…", "who do I…", "who can I…": the asker wants a person to go to."""
    text = " ".join(all_words)
    if any(f"who {modal} i " in f"{text} " for modal in ("should", "do", "can", "could", "would", "shall")):
        return True
    return "who" in all_words and _GO_TO_SOMEONE.search(text) is not None


#: "who (exactly) do we support…", "who are we working with…": we act, and "who" is whom we act for.
_WHOM_WE_SERVE = re.compile(
    r"\bwho (?:(?:\w+ )?(?:are|do|did|have|were|will)|is it|is it that|are they) we (?:\w+ )?"
    r"(?:support|supporting|supported|help|helping|serve|serving|fund|funding|work|working|partner|partnering"
    r"|collaborate|collaborating)\b"
)


#: "who is it meant to help?", "who's involved?", "who does it serve?": whom a thing is for, or who
#: takes part in it — its own card says; nobody to contact is asked for.
_WHOM_IT_SERVES = re.compile(
    r"\bwho (?:is |are )?(?:it|this|that|they) (?:\w+ ){0,2}"
    r"(?:meant|designed|aimed|intended|built|there|targeted|geared)"
    r" (?:to \w+|for|at)\b"
    r"|\bwho (?:is |are )?(?:it|this|that|they) (?:actually |really |exactly |mainly )?for\b"
    # "what's IU's involvement and who is the school aimed at?"
    r"|\bwho (?:is|are|was|were) (?:the|this|that) (?:\w+ ){1,2}(?:aimed at|meant for|designed for|intended for)\b"
    # "who else is involved?", "who besides the CCG is involved?"
    r"|\bwho (?:else |(?:besides|other than|apart from|as well as) (?:the |our )?\w+ )?"
    r"(?:is |are |was |were )?involved\b"
    # "what do we actually do on it / for whom?": whom the work is for
    r"|\b(?:do|doing|does) on it (?:and )?for whom\b"
    # "who else is on it?", "who's in it with us?": who takes part, which its card says.
    r"|\bwho (?:else )?(?:is |s |are |was |were )?(?:on|in|part of|working on) (?:it|this|that|them)\b"
    r"|\bwho (?:else )?(?:takes|take|took|is taking|are taking|gets to take) part\b|\bwho (?:else )?participates\b"
    r"|\bwho (?:does|do|did|will|would|can) (?:it|this|that|they) (?:help|serve|support|benefit|target|reach)\b"
    r"|\bwho benefits\b|\bwho for$|\bfor whom?$"  # "big pic doncaster - who for?", "from where, for who"
    # "what's our programme in Australia called and who's the delivery partner out there?": its partner, on its card
    r"|\bwho (?:is |s |are )?(?:the |its |our |their )(?:delivery |lead |main |local |key )?partners?"
    r"(?= (?:out there|there|on it|for it|on that|on this)\b|$)"
)


def _asks_whom_we_serve(all_words: list[str]) -> bool:
    """ "who do we support on X?" asks about X (whom it is for, who its partners are), not for X's contact."""
    text = " ".join(all_words)
    if ("who" in all_words or "whom" in all_words) and _WHOM_IT_SERVES.search(text) is not None:
        return True
    return "we" in all_words and _WHOM_WE_SERVE.search(text) is not None


_PLURAL_KINDS = frozenset(
    "programmes programs projects reports papers organisations organizations orgs partners contacts people".split()
)


#: "can you list every programme…", "give me all the reports": asking for several, wherever it stands.
_LIST_REQUESTS = frozenset("list every all".split())


def _wants_list(all_words: list[str], text: str) -> bool:
    said = set(all_words)
    opens_a_list = f"{text} ".startswith(_LIST_OPENER_WORDS)  # "any…", not "anyone know…"
    if opens_a_list and text.startswith("which ") and _WHICH_ONE_DOES.match(text):
        opens_a_list = False  # "which IU programme supports Wigan to do that?": the one that does it
    # "is that one of our programmes?" asks about one thing, not for the programmes.
    plural = any(
        w in _PLURAL_KINDS and not _ONE_OF.search(" ".join(all_words[max(0, i - 3) : i]))
        for i, w in enumerate(all_words)
    )
    # "no rush at all", "not at all", "all the best": "all" that asks for nothing.
    idiom = "all" in said and not (said & (_LIST_REQUESTS - {"all"})) and _ALL_IN_PASSING.search(text) is not None
    return plural or opens_a_list or bool(said & _LIST_REQUESTS and not idiom)


_WHICH_ONE_DOES = re.compile(
    r"which (?:iu|innovation unit|of our|our) (?:programme|project|report|paper) "
    r"(?!\w+ing\b)(?!(?:is|was|has|does)\b)\w+s\b(?! (?:and|or)\b)"
)
_ALL_IN_PASSING = re.compile(
    r"\b(?:at all|all the best|all good|all right|thanks all|hi all|hey all|morning all)\b"
    # "is that for over 65s or all adults?": who something is for, not a request for every entry.
    r"|\b(?:or|for) all (?!(?:our|the|of|your|their|its|those|these|we|you)\b)(?!\w+ (?:we|you|do|does)\b)\w+s\b"
)


_ONE_OF = re.compile(r"\bone of(?: our| the| your| their)?$")


_LIST_OPENER_WORDS = tuple(f"{opener} " for opener in LIST_OPENERS)


#: "what've we got going in Wigan?", "what are we up to in London?", "what have we got on in education?":
#: what we do there, which is a list of our programmes.
_WHATS_GOING_ON = re.compile(
    r"\bwhat (?:\w+ ){0,3}?(?:have |do |are |did )?we (?:\w+ )?(?:got|have|doing|running|up to)\b"
    r"|\bwhat (?:is |s )?(?:going on|happening|on)\b"
    r"|\b(?:everything|anything) (?:that )?we (?:do|run|are doing|have going|have on)\b"
)
#: "what's on in west London?", "everything we do on health": what we do, our programmes ("what have we got
#: on scaling?" may as well ask for what we have written).
_OUR_WORK = re.compile(r"\bwhat (?:is |s )?on in\b|\b(?:everything|anything) (?:that )?we (?:do|run)\b")
#: Words that open a kind noun's reach in a list request: "every public-sector body", "all our councils".
_LIST_MARKERS = frozenset("every all each any list".split())
#: Words that turn a kind down: "programmes please, not reports".
_NOT = frozenset("not no except excluding".split())


#: "DfE, Spring, who else?", "we've got PPL and the CCG - anyone else?": names given, more of the same asked for.
_WHO_ELSE = re.compile(r"^(.+?)\b(?:and )?(?:who|what|which|anyone|anybody|anything|any(?: one)?|whom) else\b")


#: "I've got the CCG." before "Who else?": a short sentence saying what the asker has.
_HAVE_SAID = 8
_I_HAVE = frozenset("got have know listed".split())


def named_already(focus_text: str) -> tuple[str, ...]:
    """The words naming what the asker already has, when the question asks who or what else."""
    found = _WHO_ELSE.search(focus_text) if " else" in focus_text else None
    if not found:
        return ()
    return tuple(w for w in found.group(1).split() if w not in STOPWORDS and w not in GENERIC_WORDS)


def _entries_asked_first(focus_words: list[str]) -> bool:
    """ "which programmes involve work outside the UK, and in which countries?": entries are asked for first,
    and then their places (each card says them)."""
    kind_at = next((i for i, w in enumerate(focus_words) if w in _PLURAL_KINDS), None)
    items_at = next((i for i, w in enumerate(focus_words) if w in _ITEM_WORDS), len(focus_words))
    return kind_at is not None and kind_at < items_at and "which" in focus_words[:kind_at]


_ITEM_WORDS = frozenset("countries country nations regions innovations".split())


def listed_kinds(
    focus_words: list[str], all_words: list[str], fact: str | None = None, more_of: bool = False
) -> tuple[str, ...]:
    """The kinds of entry a message asks for a list of, in the order it names them; () if it asks for no list.

    The asking sentences say it ("which of our programmes are London-based?", "list every health-related
    programme &amp; report"). When they only point at the request ("Can you pull that together?", "Can you give
    me every one?"), the sentence before says what: "Finance want a list of every public-sector body…".
    A list of "our work", "stuff" or "what we've got going" is a list of programmes. "Which countries is X
    in?" asks for several things of one entry, not for entries. ``more_of``: the message gives names and asks
    who or what else ("DfE, Spring, anyone else?"), the rest of a list.
    """
    if (names_items(fact) and not _entries_asked_first(focus_words)) or _ONE_ASKED.search(" ".join(focus_words)):
        return ()
    if fact is not None and fact.startswith("number of ") and not _PLURAL_KINDS.intersection(focus_words):
        return ()  # "…how many did it look at, and were they all products or other things?": a count of one's
    readings = [focus_words]
    # ("…there's one where we work with commissioners and providers on X - what's that one called?": one thing.)
    if not _subject_words(focus_words) and not _ONE_POINTED_AT.search(" ".join(focus_words)):
        readings.append(all_words)
    if not more_of and not any(_asks_for_a_list(said) for said in readings):
        return ()
    for said in readings:
        kinds = _kinds_named(said)
        if not kinds and (WORK_NOUNS.intersection(said) or _OUR_WORK.search(" ".join(said))):
            if PURE_QUESTION_WORDS.intersection(said):
                return ()  # "who runs all the NIA stuff?" asks for someone, not for our work
            kinds = ("programme",)
        if kinds:
            return kinds
    return ()


#: "is there a blog that sets out … what we're doing on it?": one thing asked for, whatever it covers.
_ONE_ASKED = re.compile(
    r"\bis there (?:a|an|one) (?:\w+ )?(?:blog|report|paper|post|article|document|study|programme|piece)\b"
)
_ONE_POINTED_AT = re.compile(
    # ("since I'm the one who knows you lot, list every partner…" says who asks.)
    r"(?<!\bam )(?<!\bm )\b(?:that|this|the) one\b(?! of\b| who\b)|\bwhat (?:is|s|was) (?:it|that|this) called\b"
)
#: "a wish list", "the guest list": a list the message mentions, not one it asks for.
_NAMED_LISTS = frozenset(
    "wish guest invite invitation waiting mailing shopping do bucket price project distribution contact".split()
)
#: Words that ask for several, wherever they stand: "list every…", "all our…", "…work listed".
_LIST_ASKING = frozenset("list listed every all".split())


def _asks_for_a_list(said: list[str]) -> bool:
    """ "list…", "every…", "all…", "which of our programmes…", "what education programmes…", "what've we got
    going…": several entries asked for. "Which one is the NHS one?" or "which consortium…" asks for one."""
    if _WHATS_GOING_ON.search(" ".join(said)):
        return True
    if said[:1] in (["any"], ["anything"]) and WORK_NOUNS.intersection(said):
        return True  # "any London stuff?", "anything going on in Wigan?"
    for position, word in enumerate(said):
        if word in _LIST_ASKING and not (word == "list" and position and said[position - 1] in _NAMED_LISTS):
            return True
        if word in ("which", "what"):
            following = [w for w in said[position + 1 : position + 5] if w not in _DETERMINERS][:3]
            if "one" in following:
                following = following[: following.index("one")]  # "which one of the programmes…" asks for one
            # ("which UK partner organisations…": two words may come before the kind)
            if any(_is_plural_kind(w) for w in following):
                return True
    return False


def _is_plural_kind(word: str) -> bool:
    return word.endswith("s") and any(word in nouns for nouns in KIND_NOUNS.values())


def _kinds_named(said: list[str]) -> tuple[str, ...]:
    """Kinds named by their nouns: in the plural anywhere ("programmes", "councils"); in the singular only
    after "every", "all", "each" or "list" ("every public-sector body", "each programme")."""
    kinds: list[str] = []
    counted: set[int] = set()
    for position, word in enumerate(said):
        before = said[max(0, position - 3) : position]
        if before[-1:] and before[-1] in _NOT:
            continue  # "programmes please, not reports"
        # "every programme &amp; report", "each programme or paper": the second noun is in the same list.
        joined = position - 1 in counted or (before[-1:] in (["and"], ["or"]) and position - 2 in counted)
        for kind, nouns in KIND_NOUNS.items():
            if word not in nouns:
                continue
            if not _is_plural_kind(word) and not _LIST_MARKERS.intersection(before) and not joined:
                continue
            if word in ORGANISATION_NOUNS and _names_a_kind(said[position + 1 : position + 2]):
                continue  # "all our Health Foundation work" is about the Health Foundation, not a list of foundations
            if word == "people" and (
                not set(before[-1:]) & (_DETERMINERS | _LIST_MARKERS)
                or _names_a_kind(said[position + 1 : position + 2])
            ):
                continue  # "all the people named" asks for people; "all our young people work" does not
            counted.add(position)
            if kind not in kinds:
                kinds.append(kind)
    return tuple(kinds)


def _names_a_kind(said: list[str]) -> bool:
    return any(w in WORK_NOUNS or any(w in nouns for nouns in KIND_NOUNS.values()) for w in said)


def _subject_words(said: list[str]) -> list[str]:
    """Words that could say what a list is about: not the request, the kind, or everyday filler."""
    return [
        w
        for w in said
        if w not in STOPWORDS
        and w not in GENERIC_WORDS
        and w not in INTENT_VOCABULARY
        and w not in LIST_SHAPING_WORDS
        and w not in WORK_NOUNS
        and w not in _PLEASANTRY
        and w not in PURE_QUESTION_WORDS
    ]
