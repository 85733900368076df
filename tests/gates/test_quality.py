"""Answer quality, measured the way the team measures it: tests/data/score.py over JSON lines.

devset*.yaml are the project's copies of the team's dev questions; holdout*.yaml were written
independently from the source document and are never used to tune rules, only to notice
when a change helps the dev set at the expense of everything else.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import pytest
from support.paths import DATA_DIR, ROOT

ASK = f"{sys.executable} -m bot ask --json -"


def scored(questions: str) -> tuple[float, str]:
    """The scorer's overall percentage for one question set (one ``scalebot ask`` process per set), and its report."""
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
    return float(found.group(1)), result.stdout


def overall_score(scores: dict[str, Future[tuple[float, str]]], questions: str) -> float:
    score, report = scores[questions].result()
    print(report)  # the misses, shown when the test fails
    return score


SETS = [
    "devset.yaml",
    "holdout.yaml",
    "holdout2.yaml",
    "holdout3.yaml",
    "devset_slack.yaml",
    "holdout_slack.yaml",
    "holdout_slack2.yaml",
    "holdout_slack3.yaml",
    "holdout_slack4.yaml",
    "holdout_slack5.yaml",
    "holdout_slack6.yaml",
    "holdout_slack7.yaml",
    "holdout_slack8.yaml",
    "holdout_slack9.yaml",
]


@pytest.fixture(scope="module")
def scores() -> Iterator[dict[str, Future[tuple[float, str]]]]:
    """Every set scored at once, in parallel: each run is mostly the model's start-up, partly waiting.
    A set's test gets its own score (or its scorer's failure) from its future."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {questions: pool.submit(scored, questions) for questions in SETS}
        yield futures


def test_dev_set_score_is_at_least_95_percent(scores):
    assert overall_score(scores, "devset.yaml") >= 95.0


@pytest.mark.parametrize("questions", ["holdout.yaml", "holdout2.yaml", "holdout3.yaml"])
def test_independent_question_sets_stay_above_90_percent(scores, questions):
    assert overall_score(scores, questions) >= 90.0


def test_slack_dev_set_score_is_at_least_90_percent(scores):
    """devset_slack.yaml: chatty, multi-sentence Slack messages (the team's public set)."""
    assert overall_score(scores, "devset_slack.yaml") >= 90.0


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
        # Written blind on 2026-11-27; 81.2% at its first run, before any change made with it in view.
        ("holdout_slack6.yaml", 80.0),
        # Written blind on 2026-11-27 (second session); first runs 87.5%, 60.4% and 68.8%.
        ("holdout_slack7.yaml", 85.0),
        ("holdout_slack8.yaml", 70.0),
        ("holdout_slack9.yaml", 70.0),
    ],
)
def test_independent_slack_style_sets_do_not_drop(scores, questions, floor):
    """Written from the source post before the engine was changed for them (see each file's header)."""
    assert overall_score(scores, questions) >= floor
