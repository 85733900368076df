"""Benchmarks are not tests; these run a small size of each once so they keep working."""

from __future__ import annotations

import subprocess
import sys

from support.paths import ROOT


def test_matching_benchmark_runs_at_a_small_size(tmp_path):
    """200 entries: every engine and the dev-set score, as at 1,000, with a fifth of the entries to embed."""
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


def test_http_benchmark_smoke_run_passes():
    result = subprocess.run(
        [sys.executable, "benchmarks/bench_http.py", "--smoke"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "PASS" in result.stdout
