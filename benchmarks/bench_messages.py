"""Answer latency on the bundled knowledge base, for the messages people actually send.

Every question of every set in tests/data (short questions and chatty Slack messages) is
answered many times; then long messages (4,000 characters of pasted context around a question)
measure the worst case. Targets (issue 9): median ≤ 1 ms a message, p99 ≤ 20 ms at 4,000 chars.

    .venv/bin/python benchmarks/bench_messages.py                          # as the app runs
    SCALEBOT_SEMANTIC=off .venv/bin/python benchmarks/bench_messages.py    # words alone
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer import Answerer  # noqa: E402
from bot.knowledge import load_knowledge  # noqa: E402
from bot.live import build_answerer  # noqa: E402

FILLER = (
    "I'm pulling together the board pack for Thursday and people in standup keep mentioning it. "
    "We moved offices last month so half the files are still in boxes :sweat_smile: and the printer "
    "on the third floor is jammed again. "
)


def timed(answerer: Answerer, messages: list[str], rounds: int) -> list[float]:
    found = []
    for _ in range(rounds):
        for message in messages:
            started = time.perf_counter()
            answerer.answer(message)
            found.append(1000 * (time.perf_counter() - started))
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    answerer = build_answerer(load_knowledge(ROOT / "knowledge"))
    print("matching by meaning:", "on" if answerer.semantic else "off (SCALEBOT_SEMANTIC=off or not installed)")
    messages = [
        q["q"]
        for path in sorted((ROOT / "tests" / "data").glob("*.yaml"))
        if path.name not in ("entities.yaml",)
        for q in (yaml.safe_load(path.read_text()) or {}).get("questions", [])
    ]
    timed(answerer, messages, 1)  # warm caches, as a running app has
    every = timed(answerer, messages, 5)
    rng = random.Random(9)
    long_messages = []
    for message in rng.sample(messages, 50):
        before = FILLER * rng.randint(5, 15)
        text = (before + message + " " + FILLER * 30)[:4000]
        long_messages.append(text)
    long = timed(answerer, long_messages, 5)
    print(
        f"{len(messages)} messages x 5: median {statistics.median(every):.3f} ms, p99 {percentile(every, 0.99):.2f} ms"
    )
    print(f"4,000-char messages (50 x 5): median {statistics.median(long):.2f} ms, p99 {percentile(long, 0.99):.2f} ms")


if __name__ == "__main__":
    main()
