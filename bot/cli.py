"""The command line: ask, check, socket, serve. Needs no Slack for ask and check."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import quote

from .answer import Answer
from .blocks import build_reply, plain_text
from .knowledge import KnowledgeError, check_knowledge, load_knowledge
from .logcli import add_commands as add_log_commands
from .paths import default_knowledge_path

BLOCK_KIT_BUILDER = "https://app.slack.com/block-kit-builder/#"


def answer_json(answer: Answer) -> dict:
    """The JSON contract (one object per question); ``missing`` names a fact asked for and not held."""
    found: dict = {
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
                "matched": [{"field": e.field, "text": e.text} for e in m.evidence]
                + ([{"field": "relation", "text": m.via}] if m.via else []),
            }
            for m in answer.results
        ],
    }
    if answer.missing:
        found["missing"] = answer.missing
    if answer.fact:
        found["fact"] = {"field": answer.fact.label, "value": answer.fact.value}
    return found


def _load_or_exit(path: Path):
    try:
        return load_knowledge(path)
    except KnowledgeError as error:
        _print_problems(path, error)
        raise SystemExit(1) from None


def cmd_ask(args) -> int:
    from .live import build_answerer

    answerer = build_answerer(_load_or_exit(args.knowledge))
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
    if args.blocks or args.builder:
        reply = build_reply(answer, answerer.knowledge)
        if args.blocks:
            print(json.dumps({"text": reply.text, "blocks": reply.blocks}, ensure_ascii=False, indent=2))
        if args.builder:
            print(BLOCK_KIT_BUILDER + quote(json.dumps({"blocks": reply.blocks}, separators=(",", ":")), safe=""))
        return 0
    print(
        json.dumps(answer_json(answer), ensure_ascii=False, indent=2)
        if args.json
        else plain_text(answer, answerer.knowledge)
    )
    return 0


def cmd_check(args) -> int:
    result = check_knowledge(args.dir)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    if result.problems or result.knowledge is None:
        for problem in result.problems:
            print(problem)
        print(f"{len(result.problems)} problem(s) in {args.dir}", file=sys.stderr)
        return 1
    counts = result.knowledge.counts()
    summary = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items())
    if result.knowledge.places:
        summary += f" and {len(result.knowledge.places)} place{'s' if len(result.knowledge.places) != 1 else ''}"
    print(f"OK: {args.dir}: {summary} in {len(result.knowledge.files)} file(s)")
    return 0


def _settings_or_exit(mode: str):
    from .config import ConfigError, load_settings, read_dotenv

    read_dotenv()
    try:
        return load_settings(mode)
    except ConfigError as error:
        print(f"scalebot: {error}", file=sys.stderr)
        raise SystemExit(2) from None


def cmd_socket(args) -> int:
    """Local development: Socket Mode needs no public URL."""
    import atexit

    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from .app import create_bot
    from .dedupe import handled_ids_for
    from .live import LiveKnowledge
    from .logs import configure_logging

    settings = _settings_or_exit("socket")
    configure_logging()
    try:
        live = LiveKnowledge.from_path(settings.knowledge_path)
    except KnowledgeError as error:
        _print_problems(settings.knowledge_path, error)
        return 1
    live.start_watching(settings.reload_seconds)
    question_log = _question_log_or_exit()
    bot = create_bot(settings, live, handled=handled_ids_for(settings.redis_url), question_log=question_log)
    if not bot.identity.wait(timeout=10) and bot.identity.rejected:
        print(
            f"scalebot: {bot.identity.problem}; check the Bot User OAuth Token on your app's OAuth & Permissions page",
            file=sys.stderr,
        )
        return 2
    atexit.register(bot.replies.drain)  # Ctrl-C: finish the replies already acknowledged
    app = bot.app
    print(
        f"scalebot: connected over Socket Mode, serving {len(live.current().knowledge)} entries"
        f" from {settings.knowledge_path} (Ctrl-C to stop)",
        file=sys.stderr,
    )
    SocketModeHandler(app, settings.app_token).start()
    return 0


def _question_log_or_exit():
    from .questionlog import LogSettingsError, QuestionLog, log_settings_from_env

    try:
        return QuestionLog.from_settings(log_settings_from_env())
    except LogSettingsError as error:
        print(f"scalebot: {error}", file=sys.stderr)
        raise SystemExit(2) from None


def _check_log_settings_or_exit() -> None:
    """Bad SCALEBOT_LOG/DATABASE_URL values stop `serve` with one line, before gunicorn starts."""
    from .questionlog import LogSettingsError, log_settings_from_env

    try:
        log_settings_from_env()
    except LogSettingsError as error:
        print(f"scalebot: {error}", file=sys.stderr)
        raise SystemExit(2) from None


def cmd_serve(args) -> int:
    """Production: gunicorn with Bolt's WSGI adapter, on $PORT."""
    import os

    settings = _settings_or_exit("http")
    _load_or_exit(settings.knowledge_path)
    _check_log_settings_or_exit()
    port = args.port or settings.port
    workers = args.workers
    if workers is None:
        try:
            workers = int(os.environ.get("WEB_CONCURRENCY") or 1)
        except ValueError:
            print(
                "scalebot: WEB_CONCURRENCY must be a number of gunicorn workers,"
                f" got {os.environ['WEB_CONCURRENCY']!r}",
                file=sys.stderr,
            )
            return 2
    from .wsgi import gunicorn_command, gunicorn_executable

    gunicorn = gunicorn_executable()
    command = gunicorn_command(f"{args.host}:{port}", workers, args.threads, gunicorn, settings.graceful_seconds)
    print(
        f"scalebot: serving Slack events on http://{args.host}:{port}/slack/events (health: /healthz)", file=sys.stderr
    )
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(gunicorn, command)
    return 0  # not reached


def _print_problems(path, error: KnowledgeError) -> None:
    print(f"The knowledge base in {path} has problems (run `scalebot check {path}`):", file=sys.stderr)
    for problem in error.problems:
        print(f"  {problem}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scalebot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer a question from the knowledge base")
    ask.add_argument("question", nargs="+", help='the question, or "-" to read one question per line from stdin')
    ask.add_argument("--json", action="store_true", help="print JSON (one object per line with -)")
    ask.add_argument(
        "--blocks", action="store_true", help="print the Slack message (text and Block Kit blocks) as JSON"
    )
    ask.add_argument(
        "--builder", action="store_true", help="print a link that opens the reply in Slack's Block Kit Builder"
    )
    ask.add_argument(
        "--knowledge", type=Path, default=default_knowledge_path(), help="knowledge folder (default: %(default)s)"
    )
    ask.set_defaults(run=cmd_ask)
    check = sub.add_parser("check", help="validate the knowledge base and list every problem")
    check.add_argument("dir", nargs="?", type=Path, default=default_knowledge_path())
    check.set_defaults(run=cmd_check)
    socket = sub.add_parser(
        "socket", help="run in Socket Mode for local development (SLACK_BOT_TOKEN, SLACK_APP_TOKEN; reads .env)"
    )
    socket.set_defaults(run=cmd_socket)
    serve = sub.add_parser(
        "serve", help="serve Slack's HTTP requests under gunicorn (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, $PORT)"
    )
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=int, default=None, help="default: $PORT, else 3000")
    serve.add_argument("--workers", type=int, default=None, help="gunicorn workers (default: $WEB_CONCURRENCY, else 1)")
    serve.add_argument("--threads", type=int, default=8)
    serve.set_defaults(run=cmd_serve)
    add_log_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)
