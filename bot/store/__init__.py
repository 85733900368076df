"""The database behind the question log: SQLite by default, PostgreSQL for several instances.

``DATABASE_URL`` picks it (``sqlite:///path`` or ``postgresql://…``; default ``./scalebot.db``).
:meth:`Database.upgrade` runs the Alembic migrations, so ``scalebot db upgrade`` and start-up
bring any older database to the current schema without touching its rows.
"""

from __future__ import annotations

import logging
import os
import secrets
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from . import schema

log = logging.getLogger("scalebot.store")

DEFAULT_URL = "sqlite:///scalebot.db"
MIGRATIONS = Path(__file__).with_name("migrations")
#: Any two processes migrating the same PostgreSQL database take turns on this lock.
_PG_MIGRATION_LOCK = 7_310_442


class DatabaseURLError(ValueError):
    """DATABASE_URL is not a URL scalebot can use; the message says what is expected."""


def normalise_url(url: str | None) -> str:
    """``postgresql://`` means psycopg 3 here (SQLAlchemy's default would be psycopg2)."""
    url = (url or "").strip() or DEFAULT_URL
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith(("postgresql+psycopg://", "sqlite://")):
        return url
    raise DatabaseURLError("DATABASE_URL must be sqlite:///path/to/file.db or postgresql://user:password@host/dbname")


def database_url(environ: Mapping[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    return normalise_url(environ.get("DATABASE_URL"))


def _sqlite_pragmas(connection, _record) -> None:
    # WAL lets readers (stats, gaps) run while the bot writes; busy_timeout lets several
    # gunicorn workers share one file without "database is locked" errors.
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Database:
    """One engine and the few statements that differ between SQLite and PostgreSQL."""

    def __init__(self, url: str | None = None):
        self.url = normalise_url(url)
        if self.url.startswith("sqlite"):
            self.engine = sa.create_engine(self.url, connect_args={"timeout": 5})
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            # A stopped server must fail a write in about two seconds, not hang the writer.
            self.engine = sa.create_engine(
                self.url, pool_pre_ping=True, pool_size=5, connect_args={"connect_timeout": 2}
            )
        self._key_lock = threading.Lock()
        self._log_key: bytes | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        """The URL with any password hidden, for logs and messages."""
        return self.engine.url.render_as_string(hide_password=True)

    # ------------------------------------------------------------------ schema

    def upgrade(self) -> None:
        """Run every migration not yet applied (Alembic); safe when several processes start at once."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        for attempt in (1, 2):
            try:
                with self.engine.begin() as connection:
                    if self.dialect == "postgresql":
                        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                return
            except sa.exc.DBAPIError:
                # Another process created the tables between our read and our write (SQLite
                # has no lock to take first): the second attempt finds them there.
                if attempt == 2:
                    raise

    def revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    # ------------------------------------------------------------------ statements

    def insert_ignoring_duplicates(self, connection: sa.Connection, table: sa.Table, rows: list[dict]) -> None:
        """Insert rows whose unique key is new; a retry's row is dropped."""
        if rows:
            insert = postgresql.insert(table) if self.dialect == "postgresql" else sqlite.insert(table)
            connection.execute(insert.on_conflict_do_nothing(), rows)

    def upsert(self, connection: sa.Connection, table: sa.Table, row: dict, keys: Iterable[str]) -> None:
        """Insert, or replace the row with the same ``keys`` (a changed vote replaces the old one)."""
        insert = postgresql.insert(table) if self.dialect == "postgresql" else sqlite.insert(table)
        keys = list(keys)
        update = {name: value for name, value in row.items() if name not in keys}
        connection.execute(insert.values(row).on_conflict_do_update(index_elements=keys, set_=update))

    def log_key(self, configured: str | None = None) -> bytes:
        """The key askers are hashed with: SCALEBOT_LOG_KEY, else one made once and kept here.

        Every instance sharing the database must hash the same member to the same value, so the
        first to start writes a random key and all read it back.
        """
        if configured:
            return configured.encode()
        with self._key_lock:
            if self._log_key is None:
                with self.engine.begin() as connection:
                    self.insert_ignoring_duplicates(
                        connection, schema.meta, [{"key": "log_key", "value": secrets.token_hex(32)}]
                    )
                    value = connection.execute(
                        sa.select(schema.meta.c.value).where(schema.meta.c.key == "log_key")
                    ).scalar_one()
                self._log_key = value.encode()
            return self._log_key

    def dispose(self) -> None:
        self.engine.dispose()
