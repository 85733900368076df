"""One SQLite file the worker processes on one host share, for what must not live in one process's memory.

With ``WEB_CONCURRENCY`` above 1 and no ``REDIS_URL``, gunicorn's workers share nothing: a Slack
retry reaching another worker would be answered again, and a follow-up in a thread reaching
another worker would lose what the thread is about. This file is where they meet: handled ids
(:mod:`bot.dedupe`) and conversation context (:mod:`bot.conversations`), each a small table with
an expiry. It needs no setting: it lives beside the question log's SQLite file (the project's
embedded default), or where ``SCALEBOT_STATE_FILE`` says (``off`` for none).

It sits on the ack path, so it must never hold one up: WAL (readers never wait for the writer),
a busy timeout of :data:`BUSY_TIMEOUT_SECONDS`, one short statement a call, no fsync per commit,
and no checkpoint on the ack path either: a commit that happens to cross SQLite's automatic
checkpoint would copy the log into the file and fsync it (tens of ms on a busy disk, during
which the other workers' claims wait), so each worker checkpoints, and deletes expired rows,
from a thread of its own.
A locked, full or unwritable file fails the call quickly, is logged once, and is then skipped for
:data:`BACKOFF_SECONDS`; callers fall back to their process's memory, as they do when Redis fails.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from .paths import data_dir

log = logging.getLogger("scalebot.shared_file")

T = TypeVar("T")

FILE_NAME = "scalebot-state.db"
#: A claim waits at most this long for another worker's write (each write takes microseconds).
BUSY_TIMEOUT_SECONDS = 0.05
#: After a failure the file is left alone this long: a broken disk costs one wait, not one a request.
BACKOFF_SECONDS = 2.0
#: How often each worker's own thread copies the write-ahead log into the file (off the ack path).
CHECKPOINT_SECONDS = 1.0

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS handled (id TEXT PRIMARY KEY, expires REAL NOT NULL)",
    "CREATE INDEX IF NOT EXISTS handled_expires ON handled (expires)",
    "CREATE TABLE IF NOT EXISTS about (key TEXT PRIMARY KEY, entry_id TEXT NOT NULL, expires REAL NOT NULL)",
    "CREATE INDEX IF NOT EXISTS about_expires ON about (expires)",
)


#: Expired rows are deleted this often by each worker's housekeeping thread, a bounded batch a table.
PRUNE_EVERY_SECONDS = 60.0
PRUNE_BATCH = 5000
_TABLES = ("handled", "about")


def state_file_path(environ: Mapping[str, str]) -> Path | None:
    """``SCALEBOT_STATE_FILE`` when set (``off``: none, each worker keeps its own memory); else beside
    the question log's SQLite file (``DATABASE_URL``, default ``./scalebot.db``); else (a PostgreSQL
    log) in the working directory."""
    configured = (environ.get("SCALEBOT_STATE_FILE") or "").strip()
    if configured.lower() == "off":
        return None
    if configured:
        return Path(configured)
    return data_dir(environ) / FILE_NAME


_OPEN: dict[Path, SharedStateFile] = {}
_OPEN_LOCK = threading.Lock()


def open_state_file(path: Path) -> SharedStateFile:
    """This process's one :class:`SharedStateFile` for ``path`` (prepared on first use): claims and
    conversation context share its connections and its housekeeping thread."""
    key = Path(path).absolute()
    with _OPEN_LOCK:
        if key not in _OPEN:
            _OPEN[key] = SharedStateFile(key).prepare()
        return _OPEN[key]


class StateFileUnavailable(Exception):
    """The file failed just now, or recently enough that we did not try."""


class SharedStateFile:
    """Per-thread connections to one SQLite file; every call is one short transaction that fails fast."""

    def __init__(self, path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS, clock=time.monotonic):
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self._clock = clock
        self._local = threading.local()
        self._skip_until = 0.0
        self._down_since: float | None = None
        self._ready = False
        self._housekeeper: threading.Thread | None = None
        self._pid = os.getpid()
        self._housekeeper_lock = threading.Lock()

    def prepare(self, timeout: float = 5.0) -> SharedStateFile:
        """Create the file and its tables (WAL), at start-up and off the ack path: every worker may
        do this at once, so it waits up to ``timeout`` for the others. A failure is logged, not raised."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with sqlite3.connect(self.path, timeout=timeout, isolation_level=None) as connection:
                connection.execute("PRAGMA journal_mode=WAL")  # kept in the file: every connection gets it
                for statement in _SCHEMA:
                    connection.execute(statement)
            connection.close()
            self._ready = True
        except (OSError, sqlite3.Error) as error:
            self._failed(error, "start-up")
        return self

    def _connection(self) -> sqlite3.Connection:
        if self._pid != os.getpid():  # forked (e.g. gunicorn --preload): SQLite connections must not cross a fork
            self._pid, self._local, self._housekeeper = os.getpid(), threading.local(), None
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
            connection.execute("PRAGMA synchronous=NORMAL")  # a worker's crash loses nothing; only a power cut could
            connection.execute("PRAGMA wal_autocheckpoint=0")  # see _housekeeping
            if not self._ready:  # start-up could not make the tables (e.g. the disk was full then)
                connection.execute("PRAGMA journal_mode=WAL")
                for statement in _SCHEMA:
                    connection.execute(statement)
                self._ready = True
            self._local.connection = connection
            self._start_housekeeping()
        return connection

    def _start_housekeeping(self) -> None:
        with self._housekeeper_lock:
            if self._housekeeper is None:
                self._housekeeper = threading.Thread(
                    target=self._housekeeping, name="scalebot-state-housekeeping", daemon=True
                )
                self._housekeeper.start()

    def _housekeeping(self) -> None:
        """A passive checkpoint every :data:`CHECKPOINT_SECONDS` (it never blocks a writer) and expired
        rows deleted every :data:`PRUNE_EVERY_SECONDS`; a failure is simply tried again next time
        (the log or the table grows a little meanwhile, nothing is lost)."""
        connection = None
        next_prune = time.monotonic()
        while True:
            time.sleep(CHECKPOINT_SECONDS)
            try:
                if connection is None:
                    connection = sqlite3.connect(self.path, timeout=1.0, isolation_level=None)
                    connection.execute("PRAGMA journal_size_limit=4194304")  # the log is cut back to 4 MB
                if time.monotonic() >= next_prune:
                    next_prune = time.monotonic() + PRUNE_EVERY_SECONDS
                    prune_expired(connection, time.time())
                connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error as error:
                log.debug("housekeeping of the shared state file skipped (%s)", type(error).__name__)
                connection = None

    def _failed(self, error: Exception, what: str) -> None:
        now = self._clock()
        self._skip_until = now + BACKOFF_SECONDS
        if self._down_since is None:
            self._down_since = now
            log.warning(
                "the shared state file %s failed (%s during %s); each worker carries on with its own memory",
                self.path,
                type(error).__name__,
                what,
            )

    def call(self, what: str, operation: Callable[[sqlite3.Connection], T]) -> T:
        """``operation(connection)`` (autocommit: each statement is its own transaction), or
        :class:`StateFileUnavailable` at once while the file is failing."""
        if self._clock() < self._skip_until:
            raise StateFileUnavailable(what)
        try:
            result = operation(self._connection())
        except sqlite3.Error as error:
            self._local.connection = None  # a fresh connection next time (the file may have been replaced)
            self._failed(error, what)
            raise StateFileUnavailable(what) from error
        if self._down_since is not None:
            log.warning("the shared state file is back after %.1f s", self._clock() - self._down_since)
            self._down_since = None
        return result

    def problem(self) -> str | None:
        """Why cross-worker claims are degraded, for ``/healthz``; None while the file answers."""
        if self._down_since is None:
            return None
        return f"shared state file failing for {self._clock() - self._down_since:.0f} s"


def prune_expired(db: sqlite3.Connection, now: float) -> None:
    """Delete up to :data:`PRUNE_BATCH` rows a table that expired by ``now`` (wall-clock seconds)."""
    for table in _TABLES:
        db.execute(
            f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} WHERE expires <= ? LIMIT {PRUNE_BATCH})",
            (now,),
        )
