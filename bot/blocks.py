"""Answer → Slack message (Block Kit plus plain-text fallback), and the App Home view.

Pure builders: tested as functions, and the same text serves the command line. Every
builder stays inside Block Kit's limits whatever the knowledge base holds: 3,000
characters a text, 10 fields a section, 75 characters a button, 50 blocks a message,
100 a Home tab, and unique action ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .answer import Answer, Outcome, who_to_ask
from .formatting import (
    KIND_LABELS,
    KIND_PLURALS,
    contact_lines,
    entry_facts,
    escape,
    first_sentence,
    quote_question,
    related_entries,
    why_matched,
)
from .knowledge import KINDS, Entry, KnowledgeBase
from .search import Match
from .slash_commands import SLASH_COMMANDS, command_for_kind, help_lines

# Action ids: the listeners register these, the builders emit them; nowhere else.
ACTION_SHARE = "share_answer"
ACTION_SHOW = "show_entry"  # show_entry_<n>: "Did you mean" and list buttons, value = entry id
ACTION_LINK = "open_link"  # open_link_<n>: URL buttons; Slack still sends a click to acknowledge

TEXT_LIMIT = 3000
FIELD_LIMIT = 2000
BUTTON_TEXT_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
MESSAGE_BLOCK_LIMIT = 50
HOME_BLOCK_LIMIT = 100
MAX_LINK_BUTTONS = 5
MAX_FIELDS = 10
HOME_ENTRIES_PER_KIND = 40

COMMANDS_HELP = help_lines()
HOW_TO_ASK = (
    "Mention me in a channel (`@scalebot what is Elevate?`) and I reply in a thread, or send me a "
    "direct message. Ask by name, acronym or topic: _who runs the NIA work?_, _reports about the "
    "NHS_, _anything on children in care?_"
)

YOURE_WELCOME = "You're welcome! Ask me any time."


@dataclass(frozen=True)
class Reply:
    """A message: ``text`` is the fallback notifications and screen readers use."""

    text: str
    blocks: list[dict]


# --------------------------------------------------------------------------- small pieces


def clip(text: str, limit: int = TEXT_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": clip(text)}


def section(text: str) -> dict:
    return {"type": "section", "text": mrkdwn(text)}


def context(text: str) -> dict:
    return {"type": "context", "elements": [mrkdwn(text)]}


def button(
    text: str, action_id: str, value: str | None = None, url: str | None = None, style: str | None = None
) -> dict:
    element = {
        "type": "button",
        "text": {"type": "plain_text", "text": clip(text, BUTTON_TEXT_LIMIT), "emoji": True},
        "action_id": action_id,
    }
    if value is not None:
        element["value"] = value[:BUTTON_VALUE_LIMIT]
    if url is not None:
        element["url"] = url
    if style:
        element["style"] = style
    return element


def share_value(answer: Answer) -> str:
    """What a "Share in channel" click needs to post the same answer: the entry ids, and the question."""
    ids = [m.entry.id for m in answer.results]
    while True:  # drop entries from the end until it fits (ids are at most 80 characters)
        value = json.dumps(
            {"ids": ids, "q": answer.question[:300], "list": answer.is_list, "total": answer.total}, ensure_ascii=False
        )
        if len(value) <= BUTTON_VALUE_LIMIT:
            return value
        ids = ids[:-1]


# --------------------------------------------------------------------------- one entry


def entry_blocks(match: Match, knowledge: KnowledgeBase, *, show_why: bool = True, mention: bool = True) -> list[dict]:
    """The full card for one entry: name, summary, facts, contacts, links, related, why."""
    entry = match.entry
    blocks: list[dict] = [section(f"*{escape(entry.name)}*  ·  _{KIND_LABELS[entry.kind]}_\n{escape(entry.summary)}")]
    facts = entry_facts(entry, knowledge)
    if facts:
        fields = [
            {"type": "mrkdwn", "text": clip(f"*{fact.label}*\n{escape(fact.value)}", FIELD_LIMIT)}
            for fact in facts[:MAX_FIELDS]
        ]
        blocks.append({"type": "section", "fields": fields})
    people, via = contact_lines(entry, knowledge, mention=mention)
    if people:
        heading = "*Who to contact*" + (f" (for {escape(via)})" if via else "")
        blocks.append(section(heading + "\n" + "\n".join(f"• {escape_keep_mentions(line)}" for line in people)))
    related = related_entries(entry, knowledge)
    if related:
        blocks.append(
            section(
                "*Related:* " + ", ".join(escape(e.name) for e in related[:12]) + (" …" if len(related) > 12 else "")
            )
        )
    if entry.links:
        buttons = [
            button(f"🔗 {link.label}", f"{ACTION_LINK}_{n}", url=link.url)
            for n, link in enumerate(entry.links[:MAX_LINK_BUTTONS])
        ]
        blocks.append({"type": "actions", "elements": buttons})
    if show_why:
        why = why_matched(match)
        if why:
            blocks.append(context(f"Matched on {escape(why)}"))
    return blocks


def escape_keep_mentions(line: str) -> str:
    """Escape a contact line but keep the ``<@U…>`` we built from a validated member id."""
    if line.startswith("<@") and ">" in line:
        mention, rest = line.split(">", 1)
        return mention + ">" + escape(rest)
    return escape(line)


def entry_text(match: Match, knowledge: KnowledgeBase, *, for_slack: bool) -> str:
    """The same card as plain text (Slack fallback, screen readers, the command line)."""
    entry = match.entry
    esc = escape if for_slack else (lambda s: s)
    lines = [f"{esc(entry.name)} ({KIND_LABELS[entry.kind]})", esc(entry.summary)]
    for fact in entry_facts(entry, knowledge):
        lines.append(f"{fact.label}: {esc(fact.value)}")
    people, via = contact_lines(entry, knowledge, mention=False)
    for person in people:
        lines.append(f"Contact{' (for ' + esc(via) + ')' if via else ''}: {esc(person)}")
    related = related_entries(entry, knowledge)
    if related:
        lines.append("Related: " + ", ".join(esc(e.name) for e in related[:12]))
    for link in entry.links:
        lines.append(f"Link: {esc(link.label)} — {link.url}")
    why = why_matched(match)
    if why:
        lines.append(f"Matched on {esc(why)}")
    return "\n".join(lines)


def _list_item(match: Match, n: int) -> dict:
    entry = match.entry
    via = f" — {escape(match.via)}" if match.via else ""
    item = section(
        f"*{escape(entry.name)}*  ·  _{KIND_LABELS[entry.kind]}_{via}\n{escape(first_sentence(entry.summary))}"
    )
    item["accessory"] = button("Show", f"{ACTION_SHOW}_{n}", value=entry.id)
    return item


def _list_line(match: Match, esc) -> str:
    via = f" — {esc(match.via)}" if match.via else ""
    return (
        f"• {esc(match.entry.name)} ({KIND_LABELS[match.entry.kind]}){via}: {esc(first_sentence(match.entry.summary))}"
    )


# --------------------------------------------------------------------------- whole replies


def build_reply(answer: Answer, knowledge: KnowledgeBase, *, shareable: bool = False) -> Reply:
    """The message for ``answer``; ``shareable`` adds the "Share in channel" button (ephemeral replies)."""
    quoted = quote_question(answer.question)
    blocks: list[dict] = []
    if answer.small_talk == "thanks":
        return Reply(YOURE_WELCOME, [section(YOURE_WELCOME)])
    if answer.small_talk:
        text = "Ask me about a programme, a report or who to contact."
        blocks += [section(f"Hi! {HOW_TO_ASK}"), section(COMMANDS_HELP)]
        return Reply(text, blocks)
    if answer.outcome is Outcome.MISSING_FACT:
        return _missing_fact(answer, knowledge)
    if not answer.answered:
        return _decline(answer, knowledge, quoted, blocks)

    if answer.is_list:
        intro = f"Here is what I found for “{quoted}”:" if quoted else "Here is everything I have:"
        blocks.append(section(intro))
        for n, match in enumerate(answer.results[: MESSAGE_BLOCK_LIMIT - 6]):
            blocks.append(_list_item(match, n))
        text = intro + "\n" + "\n".join(_list_line(m, escape) for m in answer.results)
        shown = min(len(answer.results), MESSAGE_BLOCK_LIMIT - 6)
        if answer.total and answer.total > shown:
            more = f"Showing {shown} of {answer.total}, A to Z; add a name or topic to narrow it down."
            blocks.append(context(more))
            text = intro + f" ({more})\n" + text.split("\n", 1)[1]
    else:
        best = answer.results[0]
        text = entry_text(best, knowledge, for_slack=True)
        if answer.fact:
            lead = held_fact_line(answer, escape)
            blocks.append(section(lead))
            text = lead + "\n" + text
        blocks += entry_blocks(best, knowledge)
        others = answer.results[1:]
        if others:
            blocks.append({"type": "divider"})
            blocks.append(section("*Also relevant*"))
            for n, match in enumerate(others[:5]):
                blocks.append(_list_item(match, n))
            text += "\nAlso relevant: " + ", ".join(escape(m.entry.name) for m in others[:5])
    if answer.truncated:
        note = "Your message was long, so I read only the first part of it."
        blocks.append(context(note))
        text += "\n" + note
    if shareable:
        blocks.append(
            {
                "type": "actions",
                "elements": [button("Share in channel", ACTION_SHARE, value=share_value(answer), style="primary")],
            }
        )
    return Reply(clip(text, TEXT_LIMIT), blocks[:MESSAGE_BLOCK_LIMIT])


def held_fact_line(answer: Answer, esc) -> str:
    """The fact asked for, first: "*Against the Odds* — published: Wednesday 25 January 2018"."""
    assert answer.fact is not None
    name = esc(answer.results[0].entry.name)
    return f"*{name}* — {esc(answer.fact.label)}: {esc(answer.fact.value)}"


def missing_fact_text(answer: Answer, knowledge: KnowledgeBase, *, for_slack: bool) -> str:
    """ "I don't have the deadline for X. Heather Rollinson (role) can tell you." """
    esc = escape if for_slack else (lambda s: s)
    entry = answer.results[0].entry
    text = f"I don't have the {esc(answer.missing or 'detail')} for {esc(entry.name)} in the knowledge base."
    if answer.fact:  # the other fact asked for, which is held, comes first
        line = held_fact_line(answer, esc)
        text = (line if for_slack else line.replace("*", "")) + "\n" + text
    people = who_to_ask(entry, knowledge)
    if people:
        names = " or ".join(_person(p, esc, for_slack) for p in people[:2])
        text += f" Ask {names}."
    else:
        text += " Nobody is named as its contact."
    return text


def _person(person: Entry, esc, for_slack: bool) -> str:
    member, role = getattr(person, "slack_user_id", None), getattr(person, "role", None)
    who = f"<@{member}>" if for_slack and member else esc(person.name)
    return who + (f" ({esc(role)})" if role else "")


def _missing_fact(answer: Answer, knowledge: KnowledgeBase) -> Reply:
    lead = missing_fact_text(answer, knowledge, for_slack=True)
    blocks = [section(lead), {"type": "divider"}, context("What I do have:")]
    blocks += entry_blocks(answer.results[0], knowledge, show_why=False)
    return Reply(clip(lead, TEXT_LIMIT), blocks[:MESSAGE_BLOCK_LIMIT])


def _decline(answer: Answer, knowledge: KnowledgeBase, quoted: str, blocks: list[dict]) -> Reply:
    if answer.results:
        intro = f"I'm not sure I have a good answer to “{quoted}”. Did you mean one of these?"
        blocks.append(section(intro))
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    button(m.entry.name, f"{ACTION_SHOW}_{n}", value=m.entry.id)
                    for n, m in enumerate(answer.results[:3])
                ],
            }
        )
        text = intro + " " + "; ".join(escape(m.entry.name) for m in answer.results[:3])
    else:
        counts = knowledge.counts()
        known = ", ".join(f"{counts[k]} {KIND_PLURALS[k].lower()}" for k in KINDS if counts.get(k))
        intro = f"I don't have anything on “{quoted}” in the knowledge base ({known})."
        blocks.append(section(intro))
        text = intro
    tip = "Try a programme, report or person's name, an acronym or a topic — or `/scaling help`."
    blocks.append(context(tip))
    if answer.truncated:
        blocks.append(context("Your message was long, so I read only the first part of it."))
    return Reply(clip(text + " " + tip, TEXT_LIMIT), blocks[:MESSAGE_BLOCK_LIMIT])


def help_reply() -> Reply:
    text = f"How to ask scalebot: mention me, DM me, or use {', '.join(c.name for c in SLASH_COMMANDS)}."
    return Reply(text, [section(f"*How to ask*\n{HOW_TO_ASK}"), section(f"*Slash commands*\n{COMMANDS_HELP}")])


def problems_listing(problems, limit: int = 20) -> str:
    """The first ``limit`` problems as an escaped code block, for an admin's eyes in Slack."""
    listed = "\n".join(escape(str(p)) for p in problems[:limit])
    more = f"\n…and {len(problems) - limit} more (run `scalebot check`)" if len(problems) > limit else ""
    return clip(f"```{listed}{more}```")


def reload_reply(result, knowledge: KnowledgeBase) -> Reply:
    """What an admin sees after ``/scaling reload``."""
    counts = ", ".join(f"{n} {KIND_PLURALS[k].lower()}" for k, n in knowledge.counts().items())
    if result.ok:
        text = f"Knowledge base reloaded: {counts}."
        return Reply(text, [section(text)])
    text = f"Reload failed — still serving the last good version ({counts}). {len(result.problems)} problem(s):"
    listing = problems_listing(result.problems)
    return Reply(clip(text + "\n" + listing), [section(text), section(listing)])


def broken_edit_reply(problems) -> Reply:
    """The DM admins get when an edit breaks the knowledge base."""
    text = (
        f"An edit to the knowledge base has {len(problems)} problem(s); I'm still serving the last good "
        f"version. Fix these, or run `scalebot check`:"
    )
    listing = problems_listing(problems)
    return Reply(clip(text + "\n" + listing), [section(text), section(listing)])


def plain_text(answer: Answer, knowledge: KnowledgeBase) -> str:
    """The reply as a person reads it on the command line."""
    if answer.small_talk == "thanks":
        return YOURE_WELCOME
    if answer.small_talk:
        return "Ask me about a programme, a report or who to contact."
    if answer.outcome is Outcome.MISSING_FACT:
        held = answer.results[0].entry
        return (
            missing_fact_text(answer, knowledge, for_slack=False)
            + f"\nWhat I do have: {held.name} ({KIND_LABELS[held.kind]}): {first_sentence(held.summary)}"
        )
    if not answer.answered:
        if answer.results:
            return (
                "I'm not sure I have a good answer to that. Did you mean: "
                + "; ".join(m.entry.name for m in answer.results)
                + "?"
            )
        return "I don't have anything on that in the knowledge base."
    if answer.is_list:
        return "\n".join(_list_line(m, str) for m in answer.results)
    text = entry_text(answer.results[0], knowledge, for_slack=False)
    if answer.fact:
        text = held_fact_line(answer, str).replace("*", "") + "\n" + text
    if answer.results[1:]:
        text += "\nAlso relevant: " + ", ".join(m.entry.name for m in answer.results[1:6])
    return text


# --------------------------------------------------------------------------- App Home


def build_home_view(knowledge: KnowledgeBase) -> dict:
    """The Home tab: how to ask, the commands, and the catalogue grouped by kind."""
    blocks: list[dict] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Scaling programmes, reports and contacts"}},
        section(f"*How to ask*\n{HOW_TO_ASK}"),
        section(f"*Slash commands*\n{COMMANDS_HELP}"),
    ]
    counts = knowledge.counts()
    for kind in KINDS:
        entries = sorted(knowledge.of_kind(kind), key=lambda e: e.name.casefold())
        if not entries:
            continue
        blocks.append({"type": "divider"})
        blocks.append(
            {"type": "header", "text": {"type": "plain_text", "text": f"{KIND_PLURALS[kind]} ({counts[kind]})"}}
        )
        blocks.extend(_catalogue_sections(entries[:HOME_ENTRIES_PER_KIND]))
        if len(entries) > HOME_ENTRIES_PER_KIND:
            own = command_for_kind(kind)
            command = f"`{own.name} {own.usage_hint}` or " if own else ""
            blocks.append(context(f"…and {len(entries) - HOME_ENTRIES_PER_KIND} more: use {command}ask me."))
    if len(blocks) > HOME_BLOCK_LIMIT:
        blocks = blocks[: HOME_BLOCK_LIMIT - 1] + [
            context("The catalogue is too long to show in full here; ask me or use the slash commands.")
        ]
    return {"type": "home", "blocks": blocks}


def _catalogue_sections(entries: list[Entry]) -> list[dict]:
    """Catalogue lines packed into as few sections as fit 3,000 characters each."""
    sections, current = [], ""
    for entry in entries:
        line = f"• *{escape(entry.name)}* — {escape(first_sentence(entry.summary, 120))}"
        if current and len(current) + 1 + len(line) > TEXT_LIMIT:
            sections.append(section(current))
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        sections.append(section(current))
    return sections
