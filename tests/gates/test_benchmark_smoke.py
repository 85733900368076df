"""Benchmarks are not tests; these run a small size of each once so they keep working."""

from __future__ import annotations

import subprocess
import sys

import pytest
from support.paths import ROOT

from bot.semantic import semantic_available

# Not part of the test run (they check the benchmark scripts, not the bot): `pytest -m bench_smoke` runs them,
# as .ci/run does after the tests.
pytestmark = [pytest.mark.gate, pytest.mark.bench_smoke]


def test_matching_benchmark_runs_at_a_small_size(tmp_path):
    """200 entries: every engine and the dev-set score, as at 1,000, with a fifth of the entries (words alone)."""
    result = subprocess.run(
        [
            sys.executable,
            "benchmarks/bench_matching.py",
            "--sizes",
            "200",
            "--questions",
            "20",
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "| 200 |" in result.stdout, result.stdout + result.stderr
    assert "dev set (bundled knowledge base): score: overall" in result.stdout


def test_semantic_build_benchmark_runs_at_a_small_size(tmp_path):
    """200 entries embedded in the background, a restart from the disk cache, a reload with 2 edited."""
    if not semantic_available():
        pytest.skip("the embedding model is not installed")
    result = subprocess.run(
        [sys.executable, "benchmarks/bench_semantic.py", "--build-only", "--sizes", "200", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    row = next((line for line in result.stdout.splitlines() if line.startswith("| 200 |")), None)
    assert row is not None, result.stdout + result.stderr
    assert "(0 embedded)" in row and "| 2, " in row  # the restart embeds nothing; the reload only the edits


def test_http_benchmark_smoke_run_delivers_every_reply_once():
    """The smoke run checks the benchmark works and the app is correct under it: every ack a 200, every
    reply delivered once, no apology. Its timing targets (the sender's timetable, ack p99) are what the
    full-size runs measure; on a busy two-core machine a 1 s run can miss them without anything wrong."""
    result = subprocess.run(
        [sys.executable, "benchmarks/bench_http.py", "--smoke"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    output = result.stdout[-3000:] + result.stderr[-3000:]
    for check in ("every ack 200", "no lost replies", "no duplicate replies", "no apologies (listener errors)"):
        assert f"[ok] {check}" in result.stdout, output
    assert "events/s" in result.stdout and "ack" in result.stdout, output
