"""Block Kit builders: right content, plain-text fallback, and Slack's limits for every entry."""

from __future__ import annotations

import json

import pytest
import yaml
from support.slack_requests import buttons

from bot.answer import Answer, Answerer, Outcome
from bot.blocks import build_home_view, build_reply, plain_text
from bot.formatting import quote_question
from bot.knowledge import load_knowledge
from bot.search import Evidence, Match


def walk(blocks):
    """Every text object, button and action id in a list of blocks."""
    texts = []
    for block in blocks:
        if "text" in block:
            texts.append(block["text"]["text"])
        for field in block.get("fields", []):
            texts.append(field["text"])
            assert len(field["text"]) <= 2000
        assert len(block.get("fields", [])) <= 10
        texts += [element["text"] for element in block.get("elements", []) if element.get("type") == "mrkdwn"]
    return texts, buttons(blocks)


def assert_within_limits(reply_blocks, block_limit=50):
    assert len(reply_blocks) <= block_limit
    texts, buttons = walk(reply_blocks)
    assert all(len(t) <= 3000 for t in texts)
    action_ids = [b["action_id"] for b in buttons]
    assert len(action_ids) == len(set(action_ids)), action_ids
    for b in buttons:
        assert len(b["text"]["text"]) <= 75
        assert len(b.get("value", "")) <= 2000
    json.dumps(reply_blocks)


def test_every_entry_renders_within_block_kit_limits(knowledge):
    for entry in knowledge.entries.values():
        for shareable in (False, True):
            answer = Answer(entry.name, Outcome.ANSWERED, (Match(entry, 90.0, (Evidence("name", entry.name, ()),)),))
            reply = build_reply(answer, knowledge, shareable=shareable)
            assert_within_limits(reply.blocks)
            assert entry.name.replace("&", "&amp;").replace("<", "&lt;") in reply.text
            assert len(reply.text) <= 3000


def test_lists_and_catalogues_stay_within_limits(knowledge, answerer):
    for kind in ("programme", "report", "contact", "organisation"):
        assert_within_limits(build_reply(answerer.catalogue(kind), knowledge, shareable=True).blocks)


def test_oversized_entries_are_clipped_not_rejected(kb_dir):
    entry = {
        "id": "big",
        "name": "Programme " + "x" * 290,
        "summary": "word " * 399,
        "topics": [f"topic{n}" for n in range(200)],
        "places": [f"place{n}" for n in range(200)],
        "links": [{"label": "L" * 200, "url": f"https://example.org/{n}", "confirmed": "test"} for n in range(12)],
    }
    kb_dir.write("big.yaml", yaml.safe_dump({"programmes": [entry]}))
    knowledge = load_knowledge(kb_dir.path)
    reply = build_reply(Answerer(knowledge).entries_answer(["big"]), knowledge, shareable=True)
    assert any(b["type"] == "section" and "fields" in b for b in reply.blocks)
    assert_within_limits(reply.blocks)
    assert len(reply.text) <= 3000


def test_single_answer_blocks_show_facts_contacts_links_and_why(knowledge, answerer):
    reply = build_reply(answerer.answer("what is My Care My Way?"), knowledge)
    dumped = json.dumps(reply.blocks)
    assert "*My Care, My Way*" in dumped
    assert "West London CCG, PPL" in dumped  # partners
    assert "Heather Rollinson" in dumped  # inherited contact
    assert "(for Innovation Unit)" in dumped
    assert "https://www.innovationunit.org/projects/my-care-my-way/" in dumped
    assert 'Matched on name \\"My Care, My Way\\"' in dumped
    assert reply.text.startswith("My Care, My Way (Programme)")


def test_contact_with_slack_id_becomes_a_mention(kb_dir):
    kb_dir.write(
        "kb.yaml",
        """
        contacts:
          - id: sam
            name: Sam Lee
            role: Lead
            summary: Leads things.
            slack_user_id: U0SAM1234
        programmes:
          - id: pilot
            name: Pilot Scheme
            summary: A pilot.
            contacts: [sam]
    """,
    )
    knowledge = load_knowledge(kb_dir.path)
    reply = build_reply(Answerer(knowledge).answer("pilot scheme"), knowledge)
    assert "<@U0SAM1234> (Sam Lee)" in json.dumps(reply.blocks)


def test_decline_has_up_to_three_did_you_mean_buttons(knowledge, answerer):
    answer = answerer.answer("london children")
    assert not answer.answered
    reply = build_reply(answer, knowledge)
    _, buttons = walk(reply.blocks)
    assert 1 <= len(buttons) <= 3
    assert all(b["action_id"].startswith("show_entry_") and knowledge.get(b["value"]) for b in buttons)
    assert reply.text.startswith("I'm not sure")


def test_unknown_question_says_so_plainly(knowledge, answerer):
    reply = build_reply(answerer.answer("what's the wifi password"), knowledge)
    assert reply.text.startswith("I don't have anything on")
    assert "wifi password" in reply.text


@pytest.mark.parametrize(
    "hostile, quoted",
    [
        ("<!channel> wifi?", "wifi?"),
        ("<!here|here> wifi", "wifi"),
        ("<!everyone> wifi", "wifi"),
        ("<!subteam^S0123|@devs> wifi", "wifi"),
        ("@channel wifi", "@\u200bchannel wifi"),  # a zero-width space keeps a typed @channel from pinging
        ("x < y & z > w wifi", "x w wifi"),  # raw angle brackets are Slack markup, dropped like a mention
        ("x &lt; y &amp; z &gt; w wifi", "x &lt; y &amp; z &gt; w wifi"),  # Slack's escaped text stays escaped once
    ],
)
def test_quoted_user_text_never_broadcasts_or_injects(knowledge, answerer, hostile, quoted):
    reply = build_reply(answerer.answer(hostile), knowledge)
    everything = reply.text + json.dumps(reply.blocks, ensure_ascii=False)
    for forbidden in ("<!channel", "<!here", "<!everyone", "<!subteam", "@channel"):
        assert forbidden not in everything
    assert f"“{quoted}”" in reply.text
    assert any(f"“{quoted}”" in text for text in walk(reply.blocks)[0])


def test_quote_question_strips_mentions_and_clips():
    assert quote_question("<@U123> hi <#C1|general> <https://x.org|site>") == "hi general site"
    assert len(quote_question("a" * 1000)) == 200


def test_home_view_lists_catalogue_and_commands(knowledge):
    view = build_home_view(knowledge)
    assert view["type"] == "home"
    assert_within_limits(view["blocks"], block_limit=100)
    dumped = json.dumps(view)
    for entry in knowledge.entries.values():
        assert json.dumps(entry.name)[1:-1].replace("&", "&amp;") in dumped
    for command in ("/scaling", "/programme", "/report", "/contact"):
        assert command in dumped


def test_home_view_of_a_huge_knowledge_base_stays_within_100_blocks(kb_dir):
    entries = "\n".join(
        f"  - id: p{n}\n    name: Programme {n}\n    summary: {'Long summary. ' * 20}" for n in range(2000)
    )
    kb_dir.write("many.yaml", "programmes:\n" + entries + "\n")
    view = build_home_view(load_knowledge(kb_dir.path))
    assert_within_limits(view["blocks"], block_limit=100)
    assert "1960 more" in json.dumps(view)


def test_plain_text_reads_well(knowledge, answerer):
    text = plain_text(answerer.answer("NIA"), knowledge)
    assert text.splitlines()[0] == "NHS Innovation Accelerator (Programme)"
    assert 'Matched on acronym "NIA"' in text


def test_readme_sample_reply_is_the_real_reply(knowledge, answerer):
    from support.paths import ROOT

    sample = json.loads((ROOT / "docs" / "sample-reply.json").read_text(encoding="utf-8"))
    reply = build_reply(answerer.answer("what is Elevate?"), knowledge)
    assert sample == {"text": reply.text, "blocks": reply.blocks}, (
        "regenerate: scalebot ask --blocks 'what is Elevate?' > docs/sample-reply.json"
    )


def test_long_catalogue_says_how_many_it_shows(kb_dir):
    kb_dir.write(
        "many.yaml",
        "programmes:\n"
        + "".join(f"  - id: p{n}\n    name: Programme {n}\n    summary: Number {n}.\n" for n in range(300)),
    )
    knowledge = load_knowledge(kb_dir.path)
    reply = build_reply(Answerer(knowledge).answer("list all programmes"), knowledge)
    assert_within_limits(reply.blocks)
    assert "Showing 40 of 300" in reply.text
