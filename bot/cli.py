"""The command line: ask, check, socket, serve. Needs no Slack for ask and check."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .answer import Answer, Answerer
from .blocks import plain_text
from .knowledge import KnowledgeError, check_knowledge, load_knowledge
from .paths import default_knowledge_path


def answer_json(answer: Answer) -> dict:
    return {
        "question": answer.question,
        "answered": answer.answered,
        "results": [
            {
                "id": m.entry.id,
                "kind": m.entry.kind,
                "name": m.entry.name,
                "score": m.score,
                "summary": m.entry.summary,
                "links": [{"label": link.label, "url": link.url} for link in m.entry.links],
                "matched": [{"field": e.field, "text": e.text} for e in m.evidence] + ([{"field": "relation", "text": m.via}] if m.via else []),
            }
            for m in answer.results
        ],
    }


def _load_or_exit(path: Path):
    try:
        return load_knowledge(path)
    except KnowledgeError as error:
        print(f"The knowledge base in {path} has problems (run `scalebot check {path}`):", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        raise SystemExit(1)


def cmd_ask(args) -> int:
    answerer = Answerer(_load_or_exit(args.knowledge))
    if args.question == ["-"]:
        for line in sys.stdin:
            answer = answerer.answer(line.rstrip("\n"))
            if args.json:
                sys.stdout.write(json.dumps(answer_json(answer), ensure_ascii=False) + "\n")
            else:
                sys.stdout.write(plain_text(answer, answerer.knowledge) + "\n\n")
            sys.stdout.flush()
        return 0
    question = " ".join(args.question)
    answer = answerer.answer(question)
    print(json.dumps(answer_json(answer), ensure_ascii=False, indent=2) if args.json else plain_text(answer, answerer.knowledge))
    return 0


def cmd_check(args) -> int:
    result = check_knowledge(args.dir)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    if result.problems:
        for problem in result.problems:
            print(problem)
        print(f"{len(result.problems)} problem(s) in {args.dir}", file=sys.stderr)
        return 1
    counts = result.knowledge.counts()
    summary = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items())
    print(f"OK: {args.dir}: {summary} in {len(result.knowledge.files)} file(s)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scalebot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer a question from the knowledge base")
    ask.add_argument("question", nargs="+", help='the question, or "-" to read one question per line from stdin')
    ask.add_argument("--json", action="store_true", help="print JSON (one object per line with -)")
    ask.add_argument("--knowledge", type=Path, default=default_knowledge_path(), help="knowledge folder (default: %(default)s)")
    ask.set_defaults(run=cmd_ask)
    check = sub.add_parser("check", help="validate the knowledge base and list every problem")
    check.add_argument("dir", nargs="?", type=Path, default=default_knowledge_path())
    check.set_defaults(run=cmd_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)
