"""Matching benchmark: our engine against a plain rapidfuzz scan and bm25s, at 1k, 10k, 100k entries.

For each size it generates a synthetic knowledge base in the real schema (benchmarks/generate.py,
cached under benchmarks/out/), then in a fresh process per size (so memory is measured cleanly):

- load + index: the app's own path (``bot.live.build_snapshot``: YAML → validated → indexed), by
  words alone (``SCALEBOT_SEMANTIC=off``; bench_semantic.py measures the index of meanings);
- resident memory added by the loaded knowledge base and its index;
- per-question latency p50/p99 and top-1 accuracy on generated questions (exact names, typos,
  partial names, topical), for our engine and, in the same run, a plain ``process.extractOne``
  WRatio scan over names and aliases and a bm25s index over names, aliases, topics and summaries;

and finally the dev-set score on the bundled knowledge base, to show speed did not cost quality.

    .venv/bin/pip install -e ".[bench]"
    .venv/bin/python benchmarks/bench_matching.py                 # 1k, 10k, 100k
    .venv/bin/python benchmarks/bench_matching.py --sizes 1000 --questions 50   # quick
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(ROOT))

TARGET_P50_MS = {1_000: 1.0, 10_000: 3.0, 100_000: 15.0}
TARGET_LOAD_S = {100_000: 10.0}


def rss_mb() -> float:
    """Resident memory now (Linux /proc; falls back to peak RSS elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(function, questions: list[dict]) -> tuple[list[float], int]:
    """Latency of each call in ms, and how many returned the expected id first."""
    latencies, correct = [], 0
    for item in questions:
        started = time.perf_counter()
        found = function(item["q"])
        latencies.append((time.perf_counter() - started) * 1000)
        correct += found == item["id"]
    return latencies, correct


def ensure_knowledge(size: int, out: Path = OUT) -> Path:
    from benchmarks.generate import generate, write

    folder = out / f"kb-{size}"
    marker = folder / ".generated"
    if not marker.exists() or marker.read_text() != f"{size} 7":
        write(generate(size, seed=7), folder)
        marker.write_text(f"{size} 7")
    return folder


def measure(size: int, question_count: int, out: Path = OUT) -> dict:
    """Runs in a child process: one size, all three engines."""
    from benchmarks.generate import questions as make_questions
    from bot.live import build_snapshot

    folder = ensure_knowledge(size, out)
    baseline = rss_mb()
    started = time.perf_counter()
    snapshot, problems = build_snapshot(folder)
    load_index_s = time.perf_counter() - started
    assert snapshot is not None, problems[:5]
    memory_mb = rss_mb() - baseline
    knowledge, answerer = snapshot.knowledge, snapshot.answerer

    by_section = {"programmes": [], "reports": [], "organisations": [], "contacts": []}
    for entry in knowledge.entries.values():
        by_section[entry.section].append(
            {"id": entry.id, "name": entry.name, "topics": list(entry.topics), "places": list(entry.places)}
        )
    asked = make_questions(by_section, count=question_count)
    # Topical questions have many right answers; accuracy is reported on the others.
    named = [q for q in asked if q["style"] != "topical"]

    def ours(question: str) -> str | None:
        answer = answerer.answer(question)
        return answer.results[0].entry.id if answer.answered and answer.results else None

    for item in asked[:20]:  # warm caches as a running app would be
        ours(item["q"])
    our_latency, _ = timed(ours, asked)
    _, our_correct = timed(ours, named)

    # Reference 1: a plain rapidfuzz scan over every name and alias.
    from rapidfuzz import fuzz, process

    names, name_ids = [], []
    for entry in knowledge.entries.values():
        for text in (entry.name, *entry.aliases):
            names.append(text)
            name_ids.append(entry.id)

    def scan(question: str) -> str | None:
        best = process.extractOne(question, names, scorer=fuzz.WRatio)
        return name_ids[best[2]] if best else None

    scan_latency, _ = timed(scan, asked)
    _, scan_correct = timed(scan, named)

    # Reference 2: bm25s, a sparse index, over names, aliases, topics and summaries.
    result = {
        "size": size,
        "entries": len(knowledge),
        "load_index_s": load_index_s,
        "memory_mb": memory_mb,
        "questions": len(asked),
        "named_questions": len(named),
        "ours": summary(our_latency, our_correct),
        "scan": summary(scan_latency, scan_correct),
    }
    try:
        import bm25s
    except ImportError:
        result["bm25"] = None
        return result
    ids = list(knowledge.entries)
    corpus = [" ".join((e.name, *e.aliases, *e.topics, e.summary)) for e in knowledge.entries.values()]
    started = time.perf_counter()
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(corpus, stopwords="en", show_progress=False), show_progress=False)
    bm25_index_s = time.perf_counter() - started

    def bm25(question: str) -> str | None:
        tokens = bm25s.tokenize([question], stopwords="en", show_progress=False)
        if not tokens.vocab:
            return None
        documents, _ = retriever.retrieve(tokens, k=1, show_progress=False)
        return ids[int(documents[0][0])]

    bm25_latency, _ = timed(bm25, asked)
    _, bm25_correct = timed(bm25, named)
    result["bm25"] = summary(bm25_latency, bm25_correct) | {"index_s": bm25_index_s}
    return result


def summary(latencies: list[float], correct: int) -> dict:
    return {"p50_ms": statistics.median(latencies), "p99_ms": percentile(latencies, 0.99), "correct": correct}


def dev_set_score() -> str:
    command = f"{sys.executable} -m bot ask --json -"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests/data/score.py"),
            "--cmd",
            command,
            "--questions",
            str(ROOT / "tests/data/devset.yaml"),
            "--entities",
            str(ROOT / "tests/data/entities.yaml"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    return (result.stdout.strip().splitlines() or ["score: failed"])[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--out", type=Path, default=OUT, help="where generated knowledge bases are cached (default: %(default)s)"
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(measure(args.child, args.questions, args.out)))
        return 0

    rows = []
    for size in args.sizes:
        print(f"measuring {size:,} entries…", file=sys.stderr, flush=True)
        child = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                str(size),
                "--questions",
                str(args.questions),
                "--out",
                str(args.out),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            # words alone: the index of meanings is measured by bench_semantic.py (the app builds it in the background)
            env={**os.environ, "PYTHONHASHSEED": "0", "SCALEBOT_SEMANTIC": "off"},
        )
        if child.returncode != 0:
            print(child.stderr, file=sys.stderr)
            return 1
        rows.append(json.loads(child.stdout.strip().splitlines()[-1]))

    print()
    print(
        "| entries | load+index | memory | ours p50 / p99 | ours top-1 | scan p50 / p99 | scan top-1"
        " | bm25s p50 / p99 | bm25s top-1 | scan ÷ ours | bm25s ÷ ours |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    failures = []
    for row in rows:
        ours, scan, bm25 = row["ours"], row["scan"], row["bm25"]
        named = row["named_questions"]
        bm25_cells = (
            (
                f"{bm25['p50_ms']:.2f} / {bm25['p99_ms']:.2f} ms",
                f"{100 * bm25['correct'] / named:.0f}%",
                f"{bm25['p50_ms'] / ours['p50_ms']:.1f}×",
            )
            if bm25
            else ("(pip install -e '.[bench]')", "", "")
        )
        print(
            f"| {row['entries']:,} | {row['load_index_s']:.2f} s | {row['memory_mb']:.0f} MB "
            f"| {ours['p50_ms']:.2f} / {ours['p99_ms']:.2f} ms | {100 * ours['correct'] / named:.0f}% "
            f"| {scan['p50_ms']:.2f} / {scan['p99_ms']:.2f} ms | {100 * scan['correct'] / named:.0f}% "
            f"| {bm25_cells[0]} | {bm25_cells[1]} | {scan['p50_ms'] / ours['p50_ms']:.1f}× | {bm25_cells[2]} |"
        )
        target = TARGET_P50_MS.get(row["size"])
        if target and ours["p50_ms"] > target:
            failures.append(f"p50 at {row['size']:,} is {ours['p50_ms']:.2f} ms, target {target} ms")
        load_target = TARGET_LOAD_S.get(row["size"])
        if load_target and row["load_index_s"] > load_target:
            failures.append(f"load+index at {row['size']:,} is {row['load_index_s']:.1f} s, target {load_target} s")
    print()
    print(f"dev set (bundled knowledge base): {dev_set_score()}")
    print("targets: " + ("all met" if not failures else "NOT MET: " + "; ".join(failures)))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
