"""Command-line tools for the question log: ``db upgrade``, ``forget``, ``gaps`` and ``stats``."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from .paths import default_knowledge_path

# The database libraries load only for these commands, so `scalebot ask` starts as fast as before.
QUESTION_SETS = Path(__file__).resolve().parent.parent / "tests" / "data"

MEMBER_ID = re.compile(r"^[UW][A-Z0-9]{2,20}$")


def _database_or_exit():
    from .config import read_dotenv
    from .questionlog import LogSettingsError, log_settings_from_env
    from .store import Database

    read_dotenv()
    try:
        settings = log_settings_from_env()
    except LogSettingsError as error:
        print(f"scalebot: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    return Database(settings.database_url), settings.log_key


def cmd_db_upgrade(args) -> int:
    database, _ = _database_or_exit()
    before = _revision_or_exit(database)
    database.upgrade()
    after = database.revision()
    if before == after:
        print(f"{database.describe()}: already at revision {after}")
    else:
        print(f"{database.describe()}: upgraded from {before or 'an empty database'} to revision {after}")
    return 0


def _revision_or_exit(database) -> str | None:
    try:
        return database.revision()
    except Exception as error:
        print(f"scalebot: cannot reach the database {database.describe()} ({type(error).__name__})", file=sys.stderr)
        raise SystemExit(1) from None


def cmd_forget(args) -> int:
    if not MEMBER_ID.match(args.user_id):
        print("scalebot: give a Slack member id like U012AB3CD (Profile → ⋮ → Copy member ID)", file=sys.stderr)
        return 2
    from .questionlog import forget

    database, key = _database_or_exit()
    _revision_or_exit(database)
    database.upgrade()
    counts = forget(database, args.user_id, key)
    total = sum(counts.values())
    if not total:
        print(f"No rows for {args.user_id} in the question log; nothing deleted.")
        return 0
    listed = ", ".join(f"{name} {n}" for name, n in counts.items() if n)
    print(f"Deleted {total} row(s) for {args.user_id}: {listed}.")
    return 0


def cmd_gaps(args) -> int:
    from . import gaps
    from .knowledge import KnowledgeError, load_knowledge

    try:
        since = gaps.parse_since(args.since)
    except ValueError as error:
        print(f"scalebot: {error}", file=sys.stderr)
        return 2
    if args.min_askers < 1:
        print("scalebot: --min-askers must be at least 1", file=sys.stderr)
        return 2
    try:
        knowledge = load_knowledge(args.knowledge)
    except KnowledgeError as error:
        print(
            f"scalebot: the knowledge base in {args.knowledge} has problems; run `scalebot check` first",
            file=sys.stderr,
        )
        print(f"  {error.problems[0]}", file=sys.stderr)
        return 1
    database, _ = _database_or_exit()
    _revision_or_exit(database)
    database.upgrade()
    report = gaps.build_report(database, knowledge, since, args.min_askers)
    if args.reject:
        chosen = [s for s in report.suggestions if s.id == args.reject]
        if not chosen:
            offered = ", ".join(s.id for s in report.suggestions) or "none"
            print(
                f"scalebot: no suggestion {args.reject!r} in the current report (offered: {offered})", file=sys.stderr
            )
            return 1
        gaps.record_decision(database, chosen[0], "rejected")
        print(f"Rejected [{chosen[0].id}] {chosen[0].describe()}; it will not be offered again.")
        return 0
    if args.patch:
        changes = gaps.edited_files(knowledge, report.suggestions)
        patch = gaps.unified_patch(args.knowledge, changes)
        args.patch.write_text(patch, encoding="utf-8")
        print(f"Wrote {len(report.suggestions)} suggestion(s) to {args.patch} ({len(changes)} file(s) changed)")
        return 0
    if args.apply:
        return _apply(args, gaps, knowledge, report, database)
    if args.format == "json":
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2, default=str))
    else:
        print(report.to_text())
    return 0


def _apply(args, gaps, knowledge, report, database) -> int:
    if not report.suggestions:
        print("Nothing to apply: no suggestions in this period.")
        return 0
    sets = gaps.load_question_sets(args.questions)
    if not sets:
        print(
            f"note: no question sets in {args.questions}; applying what passes `scalebot check` only", file=sys.stderr
        )
    applied = gaps.apply_suggestions(args.knowledge, knowledge, report.suggestions, sets)
    for name in applied.before:
        (b, total), (a, _) = applied.before[name], applied.after[name]
        print(f"{name}: before {b}/{total} ({100 * b / total:.1f}%), after {a}/{total} ({100 * a / total:.1f}%)")
    for suggestion in applied.accepted:
        gaps.record_decision(database, suggestion, "accepted")
        print(f"applied  [{suggestion.id}] {suggestion.describe()}")
    for suggestion, why in applied.refused:
        print(f"refused  [{suggestion.id}] {suggestion.describe()}: {why}")
    if applied.accepted:
        print(
            f"Wrote {args.knowledge}; review with `git diff` and commit. A running bot picks the change up by itself."
        )
    return 0 if applied.accepted or not applied.refused else 1


def cmd_stats(args) -> int:
    from . import stats
    from .gaps import parse_since
    from .knowledge import KnowledgeError, load_knowledge

    try:
        since = parse_since(args.since)
    except ValueError as error:
        print(f"scalebot: {error}", file=sys.stderr)
        return 2
    try:
        knowledge = load_knowledge(args.knowledge)
    except KnowledgeError:
        knowledge = None  # numbers still make sense; entries show by id
    database, _ = _database_or_exit()
    _revision_or_exit(database)
    database.upgrade()
    numbers = stats.collect(database, since, knowledge)
    print(json.dumps(numbers, ensure_ascii=False, indent=2) if args.format == "json" else stats.to_text(numbers))
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="the question log's database (DATABASE_URL, default ./scalebot.db)")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    upgrade = db_sub.add_parser("upgrade", help="create or migrate the tables; never loses logged rows")
    upgrade.set_defaults(run=cmd_db_upgrade)
    forget_cmd = sub.add_parser("forget", help="delete one person's rows from the question log")
    forget_cmd.add_argument("user_id", help="their Slack member id, e.g. U012AB3CD")
    forget_cmd.set_defaults(run=cmd_forget)
    gaps_cmd = sub.add_parser("gaps", help="what the bot fails on, and suggested knowledge changes")
    gaps_cmd.add_argument("--since", default="30d", help="how far back: 30d, 12h, 2w (default: %(default)s)")
    gaps_cmd.add_argument("--format", choices=("text", "json"), default="text")
    gaps_cmd.add_argument("--min-askers", type=int, default=3, help="people who must make the same choice (default 3)")
    gaps_cmd.add_argument("--knowledge", type=Path, default=default_knowledge_path())
    gaps_cmd.add_argument(
        "--questions", type=Path, default=QUESTION_SETS, help="question sets --apply must not score lower on"
    )
    action = gaps_cmd.add_mutually_exclusive_group()
    action.add_argument("--patch", type=Path, metavar="FILE", help="write the suggestions as a unified diff to FILE")
    action.add_argument("--apply", action="store_true", help="apply what passes check and lowers no score")
    action.add_argument("--reject", metavar="ID", help="never offer this suggestion again")
    gaps_cmd.set_defaults(run=cmd_gaps)
    stats_cmd = sub.add_parser("stats", help="questions, answer and decline rates, votes, hand-offs, top entries")
    stats_cmd.add_argument("--since", default="7d", help="how far back: 7d, 24h, 4w (default: %(default)s)")
    stats_cmd.add_argument("--format", choices=("text", "json"), default="text")
    stats_cmd.add_argument("--knowledge", type=Path, default=default_knowledge_path())
    stats_cmd.set_defaults(run=cmd_stats)
