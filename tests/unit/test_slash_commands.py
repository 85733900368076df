"""bot/slash_commands.py is the one list of commands: the manifest, the help and the listeners agree with it."""

from __future__ import annotations

import yaml
from support.paths import ROOT

from bot.blocks import build_home_view, help_reply
from bot.listeners import COMMANDS
from bot.slash_commands import SLASH_COMMANDS, command_for_kind


def manifest_entries() -> list[dict]:
    """The manifest's slash_commands as they must read, in the table's order."""
    return [
        {"command": c.name, "description": c.description, "usage_hint": c.usage_hint, "should_escape": False}
        for c in SLASH_COMMANDS
    ]


def test_manifest_lists_exactly_the_table():
    manifest = yaml.safe_load((ROOT / "manifest.yaml").read_text(encoding="utf-8"))
    expected = manifest_entries()
    assert manifest["features"]["slash_commands"] == expected, (
        "manifest.yaml's slash_commands should read:\n" + yaml.safe_dump(expected, sort_keys=False, allow_unicode=True)
    )


def test_listeners_register_each_command_for_its_kind():
    assert COMMANDS == {c.name: c.kind for c in SLASH_COMMANDS}


def test_help_names_every_command_with_its_usage(knowledge):
    reply = help_reply()
    shown = "\n".join(block["text"]["text"] for block in reply.blocks)
    home = "\n".join(block["text"]["text"] for block in build_home_view(knowledge)["blocks"] if "text" in block)
    for command in SLASH_COMMANDS:
        assert command.name in reply.text
        for argument, what in command.help:
            line = f"• `{command.name} {argument}` — {what}"
            assert line in shown and line in home


def test_a_kind_has_at_most_one_command():
    kinds = [c.kind for c in SLASH_COMMANDS if c.kind]
    assert len(kinds) == len(set(kinds))
    assert command_for_kind("programme").name == "/programme"
    assert command_for_kind("organisation") is None
