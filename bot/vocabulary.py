"""Words that carry no subject, words that say what kind of answer is wanted, and plain synonyms.

These are facts about English questions, not about any one knowledge base: nothing here
names a programme, a report or a person.
"""

from __future__ import annotations

#: Function words: articles, pronouns, prepositions, auxiliaries. Acronyms skip them too
#: ("Department for Education" is "DE" as well as "DfE").
FUNCTION_WORDS = frozenset(
    """
    a about above across after again against all am an and any anybody anyone anything anywhere are
    aren around as at be because been before being below between both but by can cannot could
    couldn d did didn do does doesn doing don done down during each either else etc even ever every
    everything for from further had hadn has hasn have haven having he her here hers herself him
    himself his how however i if in into is isn it its itself just ll m may me might mine more most
    much must mustn my myself no nor not now of off on once only or other others otherwise our ours
    ourselves out over own re s same shall shan she should shouldn so some somebody someone something
    such t than that the their theirs them themselves then there these they this those though through
    to too u under until up upon us ve very via was wasn we were weren what whats when where whether
    which while why will with within without won would wouldn you your yours yourself yourselves
    """.split()
)

#: Chat filler: words that frame a question in Slack but never name its subject.
CHAT_WORDS = frozenset(
    """
    actual actually also almost bit bits basically cheers curious currently detail details enough
    exactly folks get gets getting give given go goes going gone got gotta guys hello hey hi info
    information kind know let like lot lots looking look looks looked made make many mean means need
    needs ok okay often please pls plz quick quickly really remind right said say says see seem sort
    still stuff sure tell thank thanks thing things think thx want wanted wants whatever wonder
    wondering ya yeah yes yet called name named latest update updates news status plan plans put
    came come comes happen happening happened find found remember recall anyway maybe probably
    again also literally one line lines part involved involvement role link links connection way
    bot scalebot first loads loop side thing stuff all
    """.split()
)

#: Everyday verbs, nouns and adjectives. When the knowledge base doesn't have one of these,
#: that says little: "explaining", "view" or "client" frame a question in someone's own words,
#: where "password" or "budget" name a subject we don't cover.
GENERIC_WORDS = frozenset(
    """
    able ago ahead allow allowed answer answers approach area areas ask asked around aware away back
    bad based become becomes began begin behind believe best better big bigger biggest book bring
    brings brought build building builds built busy buy came care carry case cases change changed
    changes check clear client clients close colleague colleagues come comes coming compare compared
    comparing consider copy could cover covered covers create created current day days deal decide
    describe described describes detail develop did different do doing done early easy end ended
    enquiry example examples explain explained explaining explains fact fair far feel few figure
    fine follow following form forward free full get give glad go good great group happen hard have
    hear heard help helps high hold home idea ideas important interested interest keen keep kept
    kind know known large last late later lead learn least leave left less let level life like
    little live long look looked looking looks lot made main major make makes making manage many
    matter meet meeting member members mention mentioned met might mind miss moment month months
    move much must name near need new next nice note number offer old open order original others
    own page paper part past pay people per person pick piece place plan play point possible
    present pretty probably problem process properly pull purpose push put question questions
    quite rather reach read ready real reason recent recently remember right run said saw say see
    seen send sent set share short show side since small sort sound speak spend spent start
    started starting starts stay step still stop story suggest summary support supposed take
    taken talk team tell term terms thing things think thought time times today told took top
    topic total tried true try trying turn type understand unit use used useful using usual view
    views visit wait walk want way week weeks well went whole wish work world worth write year
    years material materials content expertise experience roles
    """.split()
)

#: Never the subject of a question: dropped from the words a question is matched on.
STOPWORDS = FUNCTION_WORDS | CHAT_WORDS

# "way", "one", "part" and "line" are stopwords in questions but can sit in names ("My Care, My
# Way"); names keep every word, so a question naming the thing still covers its whole name.

#: Words that say which kind of entry is wanted, strongly ("report") or weakly ("who"):
#: they steer the answer's kind but are not the subject of the question.
INTENT_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "contact": (
        frozenset(
            "contact contacts talk speak email reach phone author authors writer responsible owner owns person".split()
        ),
        frozenset(
            "who whom whose ask asking runs run lead leads leading wrote written authored touch ring call".split()
        ),
    ),
    "report": (
        frozenset(
            "report reports paper papers publication publications publish published publishes study "
            "studies research article articles blog blogs document documents".split()
        ),
        frozenset("read reading post posts evidence launched".split()),
    ),
    "programme": (
        frozenset(
            "programme programmes program programs project projects initiative initiatives scheme schemes".split()
        ),
        frozenset("work working works doing service".split()),
    ),
    "organisation": (
        frozenset(
            "organisation organisations organization organizations org orgs partner partners partnering "
            "partnered partnership partnerships charity charities funder funders client clients customer customers "
            "commissioner commissioners sponsor sponsors parties".split()
        ),
        frozenset("body bodies".split()),
    ),
}
#: Question words that only say "a person": they are never matched as a subject.
PURE_QUESTION_WORDS = frozenset("who whom whose".split())
#: Nouns that name a type of organisation: "which department…", "which consortium…" ask for one.
ORGANISATION_NOUNS = frozenset(
    """department ministry council consortium foundation fund trust charity agency association authority
    commission commissioner commissioners group institute unit company firm university college network
    board ccg body""".split()
)
#: Verbs of doing something together: "who did we collaborate with?" asks for an organisation.
TOGETHER_WORDS = frozenset("with alongside collaborate collaborating collaborated collaboration partnering".split())
INTENT_VOCABULARY = frozenset().union(*(strong | weak for strong, weak in INTENT_WORDS.values()))

#: Openers that ask for several entries rather than one.
LIST_OPENERS = (
    "which",
    "what programmes",
    "what reports",
    "what projects",
    "list",
    "show me",
    "any",
    "anything on",
    "anything about",
    "what do we do",
    "what are we doing",
    "what work",
    "got anything",
    "all",
)


#: Nouns that name a kind of entry when a message asks for a list of them ("every health-related programme
#: &amp; report", "a list of every public-sector body"). Only nouns: "talk" or "who" lean towards a person
#: but "…we can talk about" asks for no list of people.
def _plural(noun: str) -> str:
    """ "council" → "councils", "company" → "companies"; a noun already plural is kept."""
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


KIND_NOUNS: dict[str, frozenset[str]] = {
    "programme": INTENT_WORDS["programme"][0],
    "report": INTENT_WORDS["report"][0] - frozenset("publish published publishes research".split()),
    "organisation": INTENT_WORDS["organisation"][0] - frozenset(["partnering", "partnered"])
    | ORGANISATION_NOUNS
    | frozenset(_plural(w) for w in ORGANISATION_NOUNS)
    | frozenset(["consortia"]),
    "contact": frozenset("contacts person persons colleagues people".split()),
}
#: Words for what we do in general: a list of them ("all our kids &amp; young ppl work", "what education stuff have
#: we got on?", "what've we got going in Wigan?") is a list of programmes.
#: Someone at a body, asked for by what they are there: "PPL's lead", "the CCG contact", "AISNSW's project manager".
SOMEONE_THERE = frozenset("lead contact person rep representative manager director head liaison".split())
WORK_NOUNS = frozenset(
    "work works stuff bits strands things activities activity areas going running happening doing".split()
)
#: Words that only shape a list request ("London-based", "health-related", "just names", "pull that together"):
#: never what the list is about.
LIST_SHAPING_WORDS = frozenset(
    """list lists listed every all each full whole complete names name together based related focused themed
    facing current currently live running right now atm bullet bullets bulleted points fine titles""".split()
)

#: Plain-English equivalents; a question word maps to words the knowledge base may use instead.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "elderly": ("older",),
    "older": ("elderly",),
    "old": ("older", "elderly"),
    "aged": ("older",),
    "seniors": ("older",),
    "senior": ("older",),
    "pensioners": ("older",),
    "kids": ("children",),
    "kid": ("children",),
    "child": ("children",),
    "youth": ("young",),
    "teenagers": ("young",),
    "teens": ("young",),
    "pupils": ("students",),
    "pupil": ("students",),
    "student": ("students",),
    "edtech": ("education", "technology"),
    "tech": ("technology",),
    "school": ("schools",),
    "schooling": ("schools", "education"),
    "learners": ("students",),
    "hospital": ("nhs", "health"),
    "healthcare": ("health",),
    # "really poor, tough parts of the world": the most resource-constrained and challenging ones
    "tough": ("challenging",),
    "toughest": ("challenging",),
    "hardest": ("challenging",),
    "poor": ("resource", "constrained"),
    "poorer": ("resource", "constrained"),
    "poorest": ("resource", "constrained"),
    # "some kind of fellowship scheme": a scheme of fellows
    "fellowship": ("fellows",),
    "fellowships": ("fellows",),
    "medical": ("health",),
    "doctors": ("gp",),
    "gov": ("government",),
    "whitehall": ("government",),  # "which Whitehall department…": the UK's central government
    "govt": ("government",),
    "aus": ("australia",),
    "aussie": ("australia",),
    "oz": ("australia",),
    "australian": ("australia",),
    "sydney": ("new", "south", "wales"),  # the state capital: a place the knowledge base names by its state
    "donny": ("doncaster",),  # what Doncaster is called locally ("the Donny school")
    "usa": ("us",),
    "america": ("us",),
    "american": ("us",),
    "nsw": ("new", "south", "wales"),
    "spread": ("scale",),
    "spreading": ("scale",),
    "roll": ("scale",),
    "rolling": ("scale",),
    "rollout": ("scale",),
    "grow": ("scale",),
    # "help taking it wider", "want to expand it": making something that works reach further is scaling it.
    "wider": ("scale",),
    "widen": ("scale",),
    "expand": ("scale",),
    "expanding": ("scale",),
    "expansion": ("scale",),
    "growing": ("scale",),
    "adopt": ("adoption",),
    "adopting": ("adoption",),
    "head": ("director",),
    "boss": ("director",),
    "dir": ("director",),
    "weds": ("wednesday",),
    "outside": ("beyond",),
    "abroad": ("international", "beyond"),
    "overseas": ("international", "beyond"),
    "global": ("international",),
    "worldwide": ("international",),
    "jan": ("january",),
    "feb": ("february",),
    "mar": ("march",),
    "apr": ("april",),
    "jun": ("june",),
    "jul": ("july",),
    "aug": ("august",),
    "sep": ("september",),
    "sept": ("september",),
    "oct": ("october",),
    "nov": ("november",),
    "dec": ("december",),
}

#: How people abbreviate in a hurry: read as the word they stand for.
TEXTSPEAK: dict[str, str] = {
    "auther": "author",  # "agaisnt the odds co-auther org??"
    "titel": "title",  # "hethar rollinson exact job titel?"
    "authers": "authors",
    "r": "are",
    "u": "you",
    "ur": "your",
    "n": "and",
    "w": "with",
    "wat": "what",
    "wot": "what",
    "wht": "what",
    "whch": "which",
    "abt": "about",
    "bout": "about",
    "thm": "them",
    "dem": "them",
    "4": "for",
    "2": "to",
    "b4": "before",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "tx": "thanks",
    "dl": "download",
    "proj": "project",
    "projs": "projects",
    "prog": "programme",
    "progs": "programmes",
    "org": "organisation",
    "orgs": "organisations",
    "ppl": "ppl",
    "govt": "government",
    "frm": "from",
    "ther": "there",  # "is ther an IU report on…"
    "summat": "something",  # Yorkshire: "one of your team wrote summat about…"
    "owt": "anything",
    "nowt": "nothing",
    # American spellings of words our names spell the British way ("student centered learning")
    "centered": "centred",
    "center": "centre",
    "centers": "centres",
    "im": "i",
    "whos": "who",
    "sum1": "someone",
    "whats": "what",
    "whatve": "what",
    "weve": "we",
    "theyve": "they",
    "youve": "you",
    "ive": "i",
    "whod": "who",
    "gimme": "give",
    "atm": "now",
    "rn": "now",
    "hows": "how",
    "wheres": "where",
    "skool": "school",
    "skools": "schools",
    "collab": "collaboration",
    "collabs": "collaborations",
    "calld": "called",
    # the kind nouns typed with letters swapped ("kings fund adoptn n spread reprot")
    "reprot": "report",
    "reoprt": "report",
    "rpeort": "report",
    "repot": "report",
    "reprots": "reports",
    "progamme": "programme",
    "programe": "programme",
    "prgramme": "programme",
    "programmme": "programme",
    "organsiation": "organisation",
    "orgnaisation": "organisation",
    "organistion": "organisation",
    "hu": "who",
    "sumthin": "something",
    "sumthing": "something",
    "smth": "something",
    "sth": "something",
    "some1": "someone",
    "any1": "anyone",
    "scalin": "scaling",
    "wats": "what",
    "involvd": "involved",
    "actualy": "actually",
    "consortum": "consortium",
    "wots": "what",
    "rpt": "report",
    "rpts": "reports",
    "fwd": "forward",
    "jst": "just",
    "dir": "director",
    "dirs": "directors",
    # Months as people shorten them ("feb 18", "the jan launch"); "mar" and "may" are words.
    "jan": "january",
    "feb": "february",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}

#: "doin", "anythin", "somethin": a dropped final g, read as the word typed in a hurry
#: (only for words that never name a subject; "thin" is a word of its own).
TEXTSPEAK.update(
    {w[:-1]: w for w in FUNCTION_WORDS | CHAT_WORDS | GENERIC_WORDS if w.endswith("ing") and w[:-1] not in {"thin"}}
)

#: "evrything", "anythng", "orgnisations": a letter dropped from a long word that shapes a request
#: (never from its end, so "programmes" does not become "programme").
_OFTEN_MISTYPED = frozenset(
    """everything anything something everyone anyone someone everybody anybody somebody please
    programmes programme organisations organisation reports partners contacts""".split()
)
TEXTSPEAK.update(
    {
        w[:n] + w[n + 1 :]: w
        for w in _OFTEN_MISTYPED
        for n in range(1, len(w) - 1)
        if w[:n] + w[n + 1 :] not in STOPWORDS | GENERIC_WORDS | _OFTEN_MISTYPED and w[:n] + w[n + 1 :] not in TEXTSPEAK
    }
)

#: What a question asks *about* an entry rather than a fact of it: "what's the aim of Elevate?",
#: "the name of the Wigan programme", "the link to Against the Odds", "our role in it". The entry's
#: card answers these; any other attribute ("the population of…", "the venue for…") is a fact the
#: entry must hold to answer.
ENTRY_ASPECTS = frozenset(
    """
    aim aims goal goals objective objectives purpose purposes point idea ideas gist summary overview
    liner liners blurb blurbs tagline taglines strapline straplines
    description focus scope remit mission vision ethos values principles approach approaches model models
    method methods methodology thinking theory story background history context origin origins basis
    premise rationale reason reasons pitch angle case difference differences relationship relationships
    connection connections link links url urls website websites site sites webpage homepage page pages
    name names title titles acronym topic topics theme themes subject subjects area areas sector sectors
    field fields partners partner role roles part involvement contribution stake relevance impact impacts
    outcome outcomes result results lessons learning learnings takeaway takeaways message argument thesis
    meaning significance audience audiences beneficiaries target targets aspect aspects side sides kind
    type types sort nature gist essence highlights headline headlines details detail info information
    lowdown deal status progress latest news update updates plan plans strategy future vision ambition
    ambitions work achievements success successes problem problems challenge challenges issue issues
    need needs answer solution solutions innovation innovations service services offer support
    reach coverage footprint spread geography geographic location locations place places scale
    vehicle vehicles mechanism mechanisms route routes mechanics
    """.split()
)

#: Offices a person holds at an organisation, as asked ("who's the CEO of…") → as a reply names them.
#: Each is one person there; "our contact" or "the lead" are not offices (anyone we hold answers).
OFFICE_TITLES: dict[str, str] = {
    "ceo": "chief executive",
    "chief executive": "chief executive",
    "chief exec": "chief executive",
    "chief executive officer": "chief executive",
    "managing director": "managing director",
    "md": "managing director",
    "director general": "director general",
    "executive director": "executive director",
    "director": "director",
    "chair": "chair",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "chair of trustees": "chair",
    "president": "president",
    "vice president": "vice president",
    "founder": "founder",
    "co founder": "founder",
    "cofounder": "founder",
    "head": "head",
    "principal": "principal",
    "headteacher": "headteacher",
    "head teacher": "headteacher",
    "cfo": "finance director",
    "finance director": "finance director",
    "coo": "chief operating officer",
    "chief operating officer": "chief operating officer",
    "cto": "chief technology officer",
    "secretary": "secretary",
    "secretary of state": "secretary of state",
    "permanent secretary": "permanent secretary",
    "treasurer": "treasurer",
    "trustee": "trustee",
    "trustees": "trustees",
    "board": "board members",
    "board members": "board members",
    "board member": "board member",
    "directors": "director",
    "minister": "minister",
    "boss": "head",
    # "who's the DCS at Wigan Council?": a council's director of children's services.
    "dcs": "director of children's services",
    "director of children s services": "director of children's services",
    "director of childrens services": "director of children's services",
    "director of children services": "director of children's services",
}

#: Words that open a place meaning "not here": "Beyond the UK" says the work is not in the UK.
AWAY_WORDS = frozenset("beyond outside outwith abroad except".split())

#: Everyday tools and platforms people name in passing ("got everyone arguing on Twitter", "tag them on
#: LinkedIn", "the Zoom link"): never a subject the knowledge base is missing.
PLATFORMS = frozenset(
    """twitter linkedin facebook instagram insta youtube tiktok bluesky mastodon whatsapp slack zoom teams google
    gmail outlook excel powerpoint sharepoint salesforce zapier mailchimp eventbrite wordpress canva dropbox notion
    trello asana jira figma miro hubspot""".split()
)
#: Office shorthand that names no organisation or work: "got a draft SOW from an org…" is about no stranger.
OFFICE_ACRONYMS = frozenset(
    "sow sows po pos mou mous nda ndas sla slas kpi kpis roi rfp rfq itt crm erp faq faqs cv cvs pdf ppt fyi asap"
    " eod eow ooo tbc tbd aob agm vat fx ap ar pm am"
    # Job titles and teams by their initials: "our CCIO", "the CFO", "our PCN's MDT".
    " ceo cfo coo cto cio ccio cmio cnio cxo md hr ops dpo pa ea mdt dcs".split()
)
