"""The shape of a knowledge entry, one pydantic model per kind.

Models are frozen and forbid unknown fields, so ``summray:`` is an error rather than a
silently missing summary. Fields that point at other entries carry a :class:`Ref` marker
naming the kinds they may point at; the loader checks those once every file is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Annotated, ClassVar, TypeVar
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, StrictStr, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$"

Slug = Annotated[StrictStr, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]
Text = Annotated[StrictStr, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
LongText = Annotated[StrictStr, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


#: Slack refuses a message whose button URL is longer than this (``invalid_blocks``): the
#: whole reply would fail, so ``scalebot check`` refuses the link instead.
SLACK_URL_LIMIT = 3000


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        raise ValueError("must be an http:// or https:// address with no spaces")
    if len(value) > SLACK_URL_LIMIT:
        raise ValueError(
            f"is {len(value):,} characters; Slack cannot show a link longer than {SLACK_URL_LIMIT:,}"
            " — use a shorter address"
        )
    if any(c in "<>|" or ord(c) < 32 or ord(c) == 127 for c in value):
        # Slack reads <, > and | as message markup (<!channel> would ping everyone): percent-encode them.
        raise ValueError(
            "must not contain <, > or | (Slack reads them as markup) or control characters; percent-encode them"
        )
    return value


Url = Annotated[StrictStr, AfterValidator(_http_url)]


@dataclass(frozen=True)
class Ref:
    """Marks a field whose values are ids of entries of these kinds (any kind when empty).

    ``search_as``: the linked entries' names are searchable on this entry under that label
    ("a programme's partner"); None keeps them out of the index. ``show_as``: the label the
    linked names are shown under in a reply ("Partners"); None shows nothing.
    """

    kinds: tuple[str, ...] = ()
    search_as: str | None = None
    show_as: str | None = None


@dataclass(frozen=True)
class Use:
    """How the answer engine uses a plain field: searched under ``search_as`` (a weight in
    ``bot.search.FIELD_WEIGHTS``), and the facts a question may ask that it answers
    ("date" → a report's ``published``), and the label it is shown under in a reply
    (``show_as``; of fields sharing a label, the first with a value is shown). Adding a field is
    this marker plus its weight."""

    search_as: str | None = None
    answers: tuple[str, ...] = ()
    show_as: str | None = None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Link(_Strict):
    label: Text
    url: Url
    #: Where the page was confirmed to be real — never add a link you have not opened.
    confirmed: Text


class Entry(_Strict):
    """Fields every kind shares."""

    kind: ClassVar[str] = ""
    section: ClassVar[str] = ""

    id: Slug
    name: Text
    aliases: tuple[Text, ...] = ()
    summary: LongText
    places: Annotated[tuple[Text, ...], Use(show_as="Places")] = ()
    topics: Annotated[tuple[Text, ...], Use(show_as="Topics")] = ()
    links: tuple[Link, ...] = ()
    related: Annotated[tuple[Slug, ...], Ref()] = ()
    #: Lines the source says about it, word for word: people quote and paraphrase what they read
    #: ("the piece arguing there's no shortage of great ideas"), not the summary we wrote of it.
    excerpts: Annotated[tuple[Text, ...], Use("excerpt")] = ()
    #: Where the facts in this entry come from.
    source: Text | None = None


class Programme(Entry):
    kind: ClassVar[str] = "programme"
    section: ClassVar[str] = "programmes"

    #: The organisation whose work this is; its contacts answer for the programme when it has none.
    organisation: Annotated[Slug | None, Ref(("organisation",), search_as="organisation")] = None
    partners: Annotated[tuple[Slug, ...], Ref(("organisation",), search_as="partner", show_as="Partners")] = ()
    contacts: Annotated[tuple[Slug, ...], Ref(("contact",), search_as="contact")] = ()


class Report(Entry):
    kind: ClassVar[str] = "report"
    section: ClassVar[str] = "reports"

    publishers: Annotated[tuple[Slug, ...], Ref(("organisation",), search_as="publisher", show_as="Published by")] = ()
    authors: Annotated[tuple[Slug, ...], Ref(("contact",), search_as="author", show_as="Written by")] = ()
    #: A finer date when the source gives one, e.g. "25 January 2018"; shown before the year.
    published: Annotated[Text | None, Use("published", answers=("date",), show_as="Published")] = None
    year: Annotated[
        Annotated[StrictInt, Field(ge=1900, le=2100)] | None, Use("year", answers=("date",), show_as="Published")
    ] = None


class Contact(Entry):
    kind: ClassVar[str] = "contact"
    section: ClassVar[str] = "contacts"

    #: Their job title as the source gives it; left out when the source names them without one.
    role: Annotated[Text | None, Use("role", answers=("role",), show_as="Role")] = None
    organisation: Annotated[Slug | None, Ref(("organisation",), search_as="organisation", show_as="Organisation")] = (
        None
    )
    slack_user_id: Annotated[StrictStr, StringConstraints(pattern=r"^[UW][A-Z0-9]{2,20}$")] | None = None
    email: Annotated[
        Annotated[StrictStr, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None,
        Use(answers=("email address",)),
    ] = None


class Organisation(Entry):
    kind: ClassVar[str] = "organisation"
    section: ClassVar[str] = "organisations"

    contacts: Annotated[tuple[Slug, ...], Ref(("contact",), search_as="contact")] = ()
    #: What sort of body it is ("public body", "local council"), as its name or the source says: people
    #: ask for "the public bodies we work with" or "our councils", not by name.
    organisation_type: Annotated[tuple[Text, ...], Use(show_as="Type")] = ()


class Place(_Strict):
    """A place entries name and where it lies: general geography, not a fact about our work, so that
    "up north", "South Yorkshire", "outside the UK" or "a school near Sydney" find the work there."""

    name: Text
    #: Other names people use for it: "UK", "the States".
    also: tuple[Text, ...] = ()
    #: The wider areas it lies in, nearest first: Doncaster is within South Yorkshire, England, …
    within: tuple[Text, ...] = ()


#: The section of a knowledge file that holds places rather than entries.
PLACES_SECTION = "places"

MODELS: tuple[type[Entry], ...] = (Programme, Report, Contact, Organisation)
MODEL_BY_SECTION: dict[str, type[Entry]] = {model.section: model for model in MODELS}
KINDS: tuple[str, ...] = tuple(model.kind for model in MODELS)


_Marker = TypeVar("_Marker", Ref, Use)


def _marked(model: type[Entry], kind: type[_Marker]) -> dict[str, _Marker]:
    """Each field of the model carrying a marker of this kind (``Ref`` or ``Use``), with the marker."""
    return {
        name: marker
        for name, info in model.model_fields.items()
        for marker in info.metadata
        if isinstance(marker, kind)
    }


@cache
def reference_fields(model: type[Entry]) -> dict[str, Ref]:
    """The model's fields that hold entry ids, with the kinds each may point at."""
    return _marked(model, Ref)


@cache
def field_uses(model: type[Entry]) -> dict[str, Use]:
    """The model's plain fields the answer engine searches or answers facts from."""
    return _marked(model, Use)


@cache
def shown_fields(model: type[Entry]) -> tuple[tuple[str, str, bool], ...]:
    """(field, label, holds ids) for the facts a reply shows under an entry's summary.

    The kind's own fields come first, then the ones every kind shares, each in the order the
    model declares them: that is the reading order of a reply.
    """
    own = [name for name in model.model_fields if name not in Entry.model_fields]
    shared = [name for name in model.model_fields if name in Entry.model_fields]
    refs, uses = reference_fields(model), field_uses(model)
    shown = []
    for name in own + shared:
        if name in refs and refs[name].show_as:
            shown.append((name, refs[name].show_as or "", True))
        elif name in uses and uses[name].show_as:
            shown.append((name, uses[name].show_as or "", False))
    return tuple(shown)
