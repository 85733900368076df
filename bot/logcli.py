"""Command-line tools for the question log: ``db upgrade``, ``forget``, ``gaps`` and ``stats``."""

from __future__ import annotations

import argparse
import re
import sys

from .questionlog import LogSettingsError, forget, log_settings_from_env
from .store import Database

MEMBER_ID = re.compile(r"^[UW][A-Z0-9]{2,20}$")


def _database_or_exit() -> tuple[Database, str | None]:
    from .config import read_dotenv

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


def _revision_or_exit(database: Database) -> str | None:
    try:
        return database.revision()
    except Exception as error:
        print(f"scalebot: cannot reach the database {database.describe()} ({type(error).__name__})", file=sys.stderr)
        raise SystemExit(1) from None


def cmd_forget(args) -> int:
    if not MEMBER_ID.match(args.user_id):
        print("scalebot: give a Slack member id like U012AB3CD (Profile → ⋮ → Copy member ID)", file=sys.stderr)
        return 2
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


def add_commands(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="the question log's database (DATABASE_URL, default ./scalebot.db)")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    upgrade = db_sub.add_parser("upgrade", help="create or migrate the tables; never loses logged rows")
    upgrade.set_defaults(run=cmd_db_upgrade)
    forget_cmd = sub.add_parser("forget", help="delete one person's rows from the question log")
    forget_cmd.add_argument("user_id", help="their Slack member id, e.g. U012AB3CD")
    forget_cmd.set_defaults(run=cmd_forget)
