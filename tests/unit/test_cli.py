"""scalebot ask as a person and as a program uses it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from support.paths import ROOT

from bot.cli import main


def test_ask_prints_a_readable_reply(capsys):
    assert main(["ask", "what is Elevate?"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Elevate (Programme)")
    assert "AISNSW" in out and "Matched on" in out


def test_ask_json_has_the_documented_shape(capsys):
    assert main(["ask", "--json", "NIA"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert set(reply) == {"question", "answered", "results"}
    assert reply["answered"] is True
    first = reply["results"][0]
    assert set(first) == {"id", "kind", "name", "score", "summary", "links", "matched"}
    assert first["id"] == "nhs_innovation_accelerator"
    assert {"field": "acronym", "text": "NIA"} in first["matched"]


def test_ask_json_declines_with_answered_false(capsys):
    assert main(["ask", "--json", "what's the wifi password"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["answered"] is False


def test_ask_stdin_streams_one_flushed_line_per_question():
    """A caller can write a question and read its answer before sending the next."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--json", "-"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    try:
        for question, expected in [("elevate", "elevate"), ("against the odds", "against_the_odds")]:
            process.stdin.write(question + "\n")
            process.stdin.flush()
            reply = json.loads(process.stdout.readline())
            assert reply["question"] == question
            assert reply["results"][0]["id"] == expected
    finally:
        process.stdin.close()
        assert process.wait(timeout=30) == 0


def test_ask_with_a_broken_knowledge_base_says_where(tmp_path, capsys):
    (tmp_path / "bad.yaml").write_text("organisations:\n  - id: x\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["ask", "--knowledge", str(tmp_path), "hello"])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "bad.yaml:2: x.name" in err
