"""Answer quality, measured the way the team measures it: tests/data/score.py over JSON lines.

devset*.yaml are the project's copies of the team's dev questions; holdout*.yaml were written
independently from the source document and are never used to tune rules, only to notice
when a change helps the dev set at the expense of everything else.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from support.paths import DATA_DIR, ROOT

ASK = f"{sys.executable} -m bot ask --json -"


def overall_score(questions: str) -> float:
    result = subprocess.run(
        [
            sys.executable,
            str(DATA_DIR / "score.py"),
            "--cmd",
            ASK,
            "--questions",
            str(DATA_DIR / questions),
            "--entities",
            str(DATA_DIR / "entities.yaml"),
            "--show-misses",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    found = re.search(r"overall ([\d.]+)%", last)
    assert found, result.stdout
    print(result.stdout)
    return float(found.group(1))


def test_dev_set_score_is_at_least_95_percent():
    assert overall_score("devset.yaml") >= 95.0


@pytest.mark.parametrize("questions", ["holdout.yaml", "holdout2.yaml", "holdout3.yaml"])
def test_independent_question_sets_stay_above_90_percent(questions):
    assert overall_score(questions) >= 90.0


def test_slack_dev_set_score_is_at_least_90_percent():
    """devset_slack.yaml: chatty, multi-sentence Slack messages (the team's public set)."""
    assert overall_score("devset_slack.yaml") >= 90.0


@pytest.mark.parametrize(
    "questions, floor",
    [
        ("holdout_slack.yaml", 90.0),
        ("holdout_slack2.yaml", 80.0),
        ("holdout_slack3.yaml", 80.0),
        # Written blind on 2026-11-27; 81.2% at its first run, before any change made with it in view.
        ("holdout_slack4.yaml", 80.0),
        # Written blind on 2026-11-27; 75.0% at its first run, before any change made with it in view.
        ("holdout_slack5.yaml", 75.0),
    ],
)
def test_independent_slack_style_sets_do_not_drop(questions, floor):
    """Written from the source post before the engine was changed for them (see each file's header)."""
    assert overall_score(questions) >= floor
