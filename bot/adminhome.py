"""What admins see of the question log: numbers and gaps on their App Home, and the weekly digest.

Pure builders: statistics lines and a :class:`~bot.gaps.GapReport` in, Block Kit out.
"""

from __future__ import annotations

from .blocks import Reply, button, clip, context, section
from .formatting import escape
from .gaps import GapReport

ACTION_ACCEPT = "gap_accept"  # gap_accept_<n>, value = suggestion id
ACTION_REJECT = "gap_reject"  # gap_reject_<n>
CLUSTERS_SHOWN = 5
SUGGESTIONS_SHOWN = 10


def _header(text: str) -> dict:
    return {"type": "header", "text": {"type": "plain_text", "text": text[:150]}}


def gap_blocks(report: GapReport) -> list[dict]:
    blocks: list[dict] = []
    if report.clusters:
        lines = [
            f"• “{escape(c.text)}” — {c.askers} asker(s)"
            + (f"; nearest: {escape(c.nearest[0]['name'])}" if c.nearest else "; matches nothing yet")
            for c in report.clusters[:CLUSTERS_SHOWN]
        ]
        blocks.append(section("*What I could not answer*\n" + "\n".join(lines)))
    else:
        blocks.append(section("*What I could not answer*\nNothing declined or voted down in this period."))
    for n, suggestion in enumerate(report.suggestions[:SUGGESTIONS_SHOWN]):
        blocks.append(section(f"*Suggestion* {escape(suggestion.describe())}"))
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    button("Accept", f"{ACTION_ACCEPT}_{n}", value=suggestion.id, style="primary"),
                    button("Reject", f"{ACTION_REJECT}_{n}", value=suggestion.id, style="danger"),
                ],
            }
        )
    if report.suggestions:
        blocks.append(
            context(
                "Accept writes the alias into the knowledge files (checked, and only if no question set "
                "scores lower); commit them to git."
            )
        )
    return blocks


def admin_home_blocks(stats_lines: list[str], report: GapReport) -> list[dict]:
    return [
        _header("For admins: how scalebot is doing"),
        section(clip("*Last 7 days*\n" + "\n".join(escape(line) for line in stats_lines))),
        *gap_blocks(report),
        {"type": "divider"},
    ]


def digest_reply(stats_lines: list[str], report: GapReport) -> Reply:
    text = "scalebot's weekly digest: " + stats_lines[0]
    blocks = [
        _header("scalebot: this week"),
        section(clip("\n".join(escape(line) for line in stats_lines))),
        *gap_blocks(report),
    ]
    return Reply(clip(text), blocks[:50])


def with_admin_section(view: dict, admin_blocks: list[dict], limit: int = 100) -> dict:
    """The Home tab with the admin section after its heading, within Slack's 100 blocks."""
    blocks = view["blocks"]
    combined = blocks[:1] + admin_blocks + blocks[1:]
    if len(combined) > limit:
        combined = combined[: limit - 1] + [context("The catalogue continues: ask me or use the slash commands.")]
    return {**view, "blocks": combined}
