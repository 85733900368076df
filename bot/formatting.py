"""What an answer says about an entry, shared by the Slack reply, its fallback text and the CLI.

Everything here is pure: an :class:`Answer` and the knowledge base in, strings out.
Text that came from a user or a maintainer is escaped before Slack sees it, so a
question containing ``<!channel>`` can never ping a channel when quoted back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .knowledge import Contact, Entry, KnowledgeBase
from .knowledge.schema import shown_fields
from .search import Match
from .text import strip_slack_markup

KIND_LABELS = {"programme": "Programme", "report": "Report", "contact": "Contact", "organisation": "Organisation"}
KIND_PLURALS = {"programme": "Programmes", "report": "Reports", "contact": "Contacts", "organisation": "Organisations"}

_PLAIN_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
QUOTE_LIMIT = 200
#: What Slack would turn into a link if we quoted it: anything with a scheme, www., an email
#: address, or a dotted name ending in letters (evil.example/reset). Better a few false alarms
#: ("node.js") than a clickable link in our voice, which Share in channel shows to everyone.
_LINKISH = re.compile(
    r"""(?ix)
    (?:[a-z][a-z0-9+.-]*://|(?:mailto|tel|sms|callto|javascript|data|file):)[^\s]*  # https://…, mailto:…
    | [^\s@]+@[^\s@]+\.[^\s@]+                      # an email address
    | (?:[^\s./:@]+\.)+[a-z][a-z0-9-]+(?:[/?#:][^\s]*)?  # www.x.y, evil.example/reset
    | \b\d{1,3}(?:\.\d{1,3}){3}(?:[/?#:][^\s]*)?    # 192.168.0.1/admin
    """
)
LINK_PLACEHOLDER = "[link]"
_KEEP_FORMAT_CHARS = {"\u200d"}  # zero-width joiner: part of emoji such as 👩‍💻
#: Full stops that browsers and IDNA read as "." in a host name (NFKC already folds the fullwidth one).
_DOTS_IN_HOSTS = str.maketrans({"\u3002": ".", "\uff61": "."})


def without_invisible_controls(text: str) -> str:
    """Drop bidi overrides (U+202E turns "exe.txt" into "txt.exe"), zero-width and other format characters."""
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf" or c in _KEEP_FORMAT_CHARS)


def unlinked(text: str) -> str:
    """Every URL, address or domain-like word replaced with ``[link]``, so nothing quoted can become a link.

    Lookalikes are folded first (fullwidth letters, ideographic full stops), so ``ＥＶＩＬ．ｅｘａｍｐｌｅ``
    and ``evil。example`` are caught like ``evil.example``.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_DOTS_IN_HOSTS)
    return _LINKISH.sub(LINK_PLACEHOLDER, text)


def escape(text: str) -> str:
    """Slack's three control characters; after this, nothing in ``text`` is markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quote_question(text: str, limit: int = QUOTE_LIMIT) -> str:
    """A user's words, safe to show back: no broadcasts, no pings, no markup, no links, no bidi tricks, not too long."""
    text = strip_slack_markup(text or "")  # mentions and broadcasts gone, links and channels as read
    # Only the start is quoted, and the link patterns take quadratic time (with the GIL held) on a
    # long run without spaces: a 40,000-character message took about 20 s. A link cut here still
    # looks like one (it keeps its scheme, www. or dotted start) and is replaced all the same.
    text = unlinked(without_invisible_controls(text[: limit * 4]))
    text = _PLAIN_BROADCAST.sub(lambda m: "@\u200b" + m.group(1), text)
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return escape(text)


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


def entry_facts(entry: Entry, knowledge: KnowledgeBase) -> list[Fact]:
    """The short facts worth showing under an entry's summary, in reading order.

    Which fields, under which labels, is the schema's to say (``show_as`` on ``Use``/``Ref``).
    """
    facts: list[Fact] = []
    for name, label, holds_ids in shown_fields(type(entry)):
        if any(fact.label == label for fact in facts):
            continue  # e.g. a report's exact date shown, so not its year too
        value = getattr(entry, name)
        if holds_ids:
            text = ", ".join(linked.name for linked in knowledge.linked(entry, name))
        elif isinstance(value, tuple):
            text = ", ".join(str(item) for item in value)
        else:
            text = "" if value is None else str(value)
        if text:
            facts.append(Fact(label, text))
    return facts


def contact_lines(entry: Entry, knowledge: KnowledgeBase, mention: bool) -> tuple[list[str], str | None]:
    """Who to talk to about ``entry`` (one line each) and, when inherited, the organisation it comes through."""
    route = knowledge.contacts_for(entry)
    lines: list[str] = []
    for person in route.contacts:
        if not isinstance(person, Contact):  # the loader allows only contacts here
            continue
        who = f"<@{person.slack_user_id}>" if mention and person.slack_user_id else person.name
        if mention and person.slack_user_id:
            who += f" ({person.name})"
        detail = ", ".join(part for part in (person.role, person.email) if part)
        lines.append(f"{who} — {detail}" if detail else who)
    return lines, (route.via.name if route.via else None)


def related_entries(entry: Entry, knowledge: KnowledgeBase) -> list[Entry]:
    """Entries worth a click from this one: related, and what points here (a person's programmes)."""
    seen: dict[str, Entry] = {}
    for other in knowledge.related(entry) + knowledge.linking(entry):
        if other.id != entry.id and other.kind != "contact":
            seen.setdefault(other.id, other)
    if entry.kind == "organisation":
        for other in knowledge.linked(entry, "contacts"):
            seen.setdefault(other.id, other)
    return list(seen.values())


def why_matched(match: Match) -> str:
    """One line for the reply's context: what in the entry the question hit."""
    parts = []
    if match.via:
        parts.append(match.via)
    parts.extend(f'{e.field} "{e.text}"' for e in match.evidence[:2])
    return "; ".join(parts)


def first_sentence(text: str, limit: int = 160) -> str:
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
