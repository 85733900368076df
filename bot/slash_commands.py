"""The slash commands: the one place a command is defined.

The listeners register what this lists (bot/listeners/commands.py), the help text and the Home
tab describe it (bot/blocks.py), and a test checks ``manifest.yaml`` against it
(tests/unit/test_slash_commands.py). Adding a command is one entry here plus its test.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SlashCommand:
    name: str
    #: The kind of entry it looks up, and lists when given no text; None looks up anything.
    kind: str | None
    #: For Slack's command menu (the manifest's ``description`` and ``usage_hint``).
    description: str
    usage_hint: str
    #: Lines for the help text: (what to type after the command, what it does), in mrkdwn.
    help: tuple[tuple[str, str], ...]


SLASH_COMMANDS: tuple[SlashCommand, ...] = (
    SlashCommand(
        "/scaling",
        None,
        "Ask scalebot anything about our scaling work",
        "<question> | help",
        (
            ("&lt;question&gt;", "ask anything, e.g. `/scaling who do I talk to about scaling?`"),
            ("help", "this help"),
        ),
    ),
    SlashCommand(
        "/programme",
        "programme",
        "Look up a programme (on its own, list them all)",
        "[name]",
        (("[name]", "look up a programme; on its own, list them all"),),
    ),
    SlashCommand(
        "/report",
        "report",
        "Find a report (on its own, list them all)",
        "[topic]",
        (("[topic]", "find a report; on its own, list them all"),),
    ),
    SlashCommand(
        "/contact",
        "contact",
        "Find who to talk to (on its own, list everyone)",
        "[topic]",
        (("[topic]", "find who to talk to; on its own, list everyone"),),
    ),
)


def command_for_kind(kind: str) -> SlashCommand | None:
    """The command that looks up only this kind, if there is one."""
    return next((command for command in SLASH_COMMANDS if command.kind == kind), None)


def help_lines() -> str:
    """Every command's help, one mrkdwn bullet a line, in the order above."""
    return "\n".join(f"• `{c.name} {argument}` — {what}" for c in SLASH_COMMANDS for argument, what in c.help)
