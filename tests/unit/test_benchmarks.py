"""Benchmarks are not tests; these run the smallest size once so they keep working."""

from __future__ import annotations

import subprocess
import sys

from support.paths import ROOT

from benchmarks.generate import generate, questions, write
from bot.knowledge import check_knowledge


def test_generated_knowledge_base_is_valid_in_the_real_schema(tmp_path):
    write(generate(300, seed=3), tmp_path, per_file=100)
    result = check_knowledge(tmp_path)
    assert result.problems == []
    counts = result.knowledge.counts()
    assert sum(counts.values()) == 300 and all(counts.values())
    assert len(list(tmp_path.glob("*.yaml"))) >= 4


def test_generated_questions_name_real_entries():
    knowledge = generate(200, seed=3)
    ids = {e["id"] for section in knowledge.values() for e in section}
    asked = questions(knowledge, count=40)
    assert {q["style"] for q in asked} == {"exact", "typo", "partial", "topical"}
    assert all(q["id"] in ids and q["q"] for q in asked)


def test_matching_benchmark_runs_at_the_smallest_size(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "benchmarks/bench_matching.py",
            "--sizes",
            "1000",
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
    assert "| 1,000 |" in result.stdout, result.stdout + result.stderr
    assert "dev set (bundled knowledge base): score: overall" in result.stdout


def test_http_benchmark_smoke_run_passes():
    result = subprocess.run(
        [sys.executable, "benchmarks/bench_http.py", "--smoke"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "PASS" in result.stdout
