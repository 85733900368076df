"""The question log: one row per question the bot handles, written off the request path.

A listener hands over what happened (:meth:`QuestionLog.record`) and returns at once; a
background thread hashes the asker, works out the knowledge base's version and writes in
batches. The queue is bounded: when it is full, or the database is down, the bot answers
anyway, warns once, and counts what it could not log (``unlogged``). Rows are keyed by the
Slack event id or trigger id, with a unique constraint, so a retried event is logged once.
"""

from __future__ import annotations

import atexit
import hashlib
import hmac
import logging
import os
import queue
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from .answer import Answer
from .knowledge import KnowledgeBase
from .store import Database, DatabaseURLError, database_url, schema

log = logging.getLogger("scalebot.questionlog")

LOG_MODES = ("off", "anonymous", "full")
DEFAULT_RETENTION_DAYS = 180
QUEUE_SIZE = 10_000
BATCH_SIZE = 500
#: How often the running bot deletes rows older than the retention period.
RETENTION_INTERVAL_SECONDS = 3600.0
TEXT_LIMIT = 2000

_MENTION = re.compile(r"<[@!][^>]*>")


class LogSettingsError(ValueError):
    """A question-log variable has a value scalebot cannot use; the message names it."""


@dataclass(frozen=True)
class LogSettings:
    mode: str = "anonymous"
    database_url: str = "sqlite:///scalebot.db"
    retention_days: int = DEFAULT_RETENTION_DAYS
    #: SCALEBOT_LOG_KEY; when unset a random key is made once and kept in the database.
    log_key: str | None = field(default=None, repr=False)
    handoff_channel: str | None = None

    @property
    def enabled(self) -> bool:
        return self.mode != "off"


def log_settings_from_env(environ: Mapping[str, str] | None = None) -> LogSettings:
    environ = os.environ if environ is None else environ
    mode = (environ.get("SCALEBOT_LOG") or "anonymous").strip().lower()
    if mode not in LOG_MODES:
        raise LogSettingsError(f"SCALEBOT_LOG must be one of {', '.join(LOG_MODES)}, got {mode!r}")
    try:
        retention = int(environ.get("SCALEBOT_RETENTION_DAYS") or DEFAULT_RETENTION_DAYS)
    except ValueError:
        raise LogSettingsError("SCALEBOT_RETENTION_DAYS must be a whole number of days") from None
    if retention < 1:
        raise LogSettingsError("SCALEBOT_RETENTION_DAYS must be at least 1")
    channel = (environ.get("SCALEBOT_HANDOFF_CHANNEL") or "").strip() or None
    if channel and not re.match(r"^[CG][A-Z0-9]{2,20}$", channel):
        raise LogSettingsError("SCALEBOT_HANDOFF_CHANNEL must be a channel id like C012AB3CD (not a #name)")
    try:
        url = database_url(environ)
    except DatabaseURLError as error:
        raise LogSettingsError(str(error)) from None
    return LogSettings(
        mode=mode,
        database_url=url,
        retention_days=retention,
        log_key=(environ.get("SCALEBOT_LOG_KEY") or "").strip() or None,
        handoff_channel=channel,
    )


# ---------------------------------------------------------------------- what is recorded


def outcome_of(answer: Answer) -> str:
    """answered / did_you_mean / declined / missing_fact / list: the answer engine's ``Outcome``."""
    return str(answer.outcome.value)


def asked_text(text: str) -> str:
    """The question as asked, without mentions of the bot or anyone else (nor broadcasts)."""
    return " ".join(_MENTION.sub(" ", text or "").split())[:TEXT_LIMIT]


def channel_kind(channel_id: str | None, channel_type: str | None = None, channel_name: str | None = None) -> str:
    """public / private / dm / group_dm, from what the payload says; never the channel's name."""
    by_type = {"im": "dm", "mpim": "group_dm", "group": "private", "channel": "public"}
    if channel_type in by_type:
        return by_type[channel_type]
    if channel_name == "directmessage":
        return "dm"
    if channel_name == "privategroup":
        return "private"
    if channel_name and channel_name.startswith("mpdm-"):
        return "group_dm"
    channel_id = channel_id or ""
    if channel_id.startswith("D"):
        return "dm"
    if channel_id.startswith("G"):
        return "private"
    # A C… id is public unless Slack said otherwise above (app_mention events do not say).
    return "public" if channel_id.startswith("C") else "unknown"


def pseudonym(key: bytes, user_id: str) -> str:
    """A keyed hash of a member id: the same person gives the same value, and it cannot be reversed."""
    return hmac.new(key, user_id.encode(), hashlib.sha256).hexdigest()[:32]


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)  # naive UTC: one meaning in SQLite and PostgreSQL


def knowledge_version(knowledge: KnowledgeBase) -> str:
    """A content hash of the knowledge files (the same files give the same version everywhere)."""
    digest = hashlib.sha256()
    for path in sorted(knowledge.files, key=lambda p: p.name):
        digest.update(path.name.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"?")
    if not knowledge.files:
        digest.update("\n".join(sorted(knowledge.entries)).encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Asked:
    key: str
    surface: str  # mention / dm / command / button
    user: str
    channel_kind: str
    text: str
    outcome: str
    top: tuple[tuple[str, float], ...]
    knowledge: KnowledgeBase
    at: datetime = field(default_factory=utcnow)


@dataclass(frozen=True)
class Chosen:
    key: str
    question_key: str
    user: str
    entry_id: str | None  # None: "None of these"
    at: datetime = field(default_factory=utcnow)


def asked_from(answer: Answer, *, key: str, surface: str, user: str, kind: str, knowledge: KnowledgeBase) -> Asked:
    return Asked(
        key=key[:255],
        surface=surface,
        user=user,
        channel_kind=kind,
        text=asked_text(answer.question),
        outcome=outcome_of(answer),
        top=tuple((m.entry.id, round(float(m.score), 1)) for m in answer.results[:3]),
        knowledge=knowledge,
    )


# ---------------------------------------------------------------------- the log


class QuestionLog:
    """The bounded queue, the writer thread, retention, and the person-level reads and deletes."""

    def __init__(
        self,
        database: Database,
        mode: str = "anonymous",
        retention_days: int = DEFAULT_RETENTION_DAYS,
        log_key: str | None = None,
        queue_size: int = QUEUE_SIZE,
        handoff_channel: str | None = None,
    ):
        self.database = database
        self.mode = mode
        self.retention_days = retention_days
        self.handoff_channel = handoff_channel
        self._configured_key = log_key
        self._queue: queue.Queue = queue.Queue(maxsize=queue_size)
        self._ready = False
        self._down = False
        self._full_warned = False
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._in_flight = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._versions: dict[int, tuple[KnowledgeBase, str]] = {}
        self._last_retention: float | None = None  # None: trim as soon as the writer is idle
        #: Rows that could not be written (database down, or the queue full).
        self.unlogged = 0
        self.logged = 0

    @classmethod
    def from_settings(cls, settings: LogSettings) -> QuestionLog | None:
        """The log the settings ask for, migrated and writing; None with SCALEBOT_LOG=off."""
        if not settings.enabled:
            return None
        question_log = cls(
            Database(settings.database_url),
            mode=settings.mode,
            retention_days=settings.retention_days,
            log_key=settings.log_key,
            handoff_channel=settings.handoff_channel,
        )
        question_log.prepare()
        return question_log.start()

    # ------------------------------------------------------------------ lifecycle

    def prepare(self) -> bool:
        """Migrate the schema now; a database that is down is retried by the writer later."""
        try:
            self.database.upgrade()
            self.database.log_key(self._configured_key)
            self._ready = True
        except Exception as error:
            self._warn_down(error)
        return self._ready

    def start(self) -> QuestionLog:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="question-log-writer", daemon=True)
            self._thread.start()
            atexit.register(self.close)
        return self

    def close(self, timeout: float = 2.0) -> None:
        """Write what is queued (for at most ``timeout`` seconds), then stop the writer."""
        self.flush(timeout)
        self._stop.set()

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything recorded so far is written (or given up on). For tests and shutdown."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._queue.unfinished_tasks or self._in_flight:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._idle.wait(min(remaining, 0.05))
        return True

    # ------------------------------------------------------------------ recording (request path)

    def record(self, item: Asked | Chosen) -> None:
        """Queue a row; never blocks, never raises."""
        try:
            self._queue.put_nowait(item)
        except queue.Full:
            with self._lock:
                self.unlogged += 1
                warn = not self._full_warned
                self._full_warned = True
            if warn:
                log.warning("question log queue is full; answering anyway and counting rows not logged")

    # ------------------------------------------------------------------ the writer thread

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                first = self._queue.get(timeout=0.5)
            except queue.Empty:
                self._maybe_trim()
                continue
            batch = [first]
            while len(batch) < BATCH_SIZE:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            with self._lock:
                self._in_flight += len(batch)
            try:
                self._write(batch)
            finally:
                with self._idle:
                    self._in_flight -= len(batch)
                    for _ in batch:
                        self._queue.task_done()
                    self._idle.notify_all()
            self._maybe_trim()

    def _write(self, batch: list[Asked | Chosen]) -> None:
        try:
            if not self._ready:
                self.database.upgrade()
                self._ready = True
            key = self.database.log_key(self._configured_key)
            asked = [self._question_row(item, key) for item in batch if isinstance(item, Asked)]
            chosen = [self._choice_row(item, key) for item in batch if isinstance(item, Chosen)]
            with self.database.engine.begin() as connection:
                self.database.insert_ignoring_duplicates(connection, schema.questions, asked)
                self.database.insert_ignoring_duplicates(connection, schema.choices, chosen)
        except Exception as error:
            with self._lock:
                self.unlogged += len(batch)
            self._warn_down(error)
            return
        with self._lock:
            self.logged += len(batch)
            if self._down:
                self._down = False
                log.warning("question log is writing again; %d row(s) could not be logged meanwhile", self.unlogged)

    def _warn_down(self, error: Exception) -> None:
        with self._lock:
            warn = not self._down
            self._down = True
        if warn:
            log.warning(
                "question log database %s is unavailable (%s); answering anyway and counting rows not logged",
                self.database.describe(),
                type(error).__name__,
            )

    def _question_row(self, item: Asked, key: bytes) -> dict:
        return {
            "question_key": item.key,
            "asked_at": item.at,
            "surface": item.surface,
            "asker": pseudonym(key, item.user),
            "asker_id": item.user if self.mode == "full" else None,
            "channel_kind": item.channel_kind,
            "text": item.text,
            "outcome": item.outcome,
            "top_entries": [{"id": entry_id, "score": score} for entry_id, score in item.top],
            "knowledge_version": self._version(item.knowledge),
        }

    def _choice_row(self, item: Chosen, key: bytes) -> dict:
        return {
            "choice_key": item.key[:255],
            "question_key": item.question_key[:255],
            "asker": pseudonym(key, item.user),
            "asker_id": item.user if self.mode == "full" else None,
            "entry_id": item.entry_id,
            "chosen_at": item.at,
        }

    def _version(self, knowledge: KnowledgeBase) -> str:
        cached = self._versions.get(id(knowledge))
        if cached is None or cached[0] is not knowledge:
            cached = (knowledge, knowledge_version(knowledge))
            self._versions = {id(knowledge): cached}  # only the knowledge base being served
        return cached[1]

    # ------------------------------------------------------------------ retention and deletion

    def _maybe_trim(self) -> None:
        now = time.monotonic()
        if self._ready and (self._last_retention is None or now - self._last_retention >= RETENTION_INTERVAL_SECONDS):
            self._last_retention = now
            try:
                deleted = delete_older_than(self.database, self.retention_days)
                if deleted:
                    log.info("question log: deleted %d row(s) older than %d days", deleted, self.retention_days)
            except Exception as error:
                self._warn_down(error)

    def pseudonym(self, user_id: str) -> str:
        return pseudonym(self.database.log_key(self._configured_key), user_id)

    def personal(self, user_id: str) -> dict:
        """The columns that identify a person in new rows: their hash, and their id only with ``full``."""
        return {"hash": self.pseudonym(user_id), "id": user_id if self.mode == "full" else None}


def delete_older_than(database: Database, days: int, now: datetime | None = None) -> int:
    """Delete every row older than ``days``; returns how many went."""
    cutoff = (now or utcnow()) - timedelta(days=days)
    deleted = 0
    with database.engine.begin() as connection:
        for table, column in schema.DATED:
            deleted += connection.execute(sa.delete(table).where(table.c[column] < cutoff)).rowcount or 0
    return deleted


def forget(database: Database, user_id: str, log_key: str | None = None) -> dict[str, int]:
    """Delete one person's rows (as asker or voter) from every table; counts per table."""
    hashed = pseudonym(database.log_key(log_key), user_id)
    counts: dict[str, int] = {}
    with database.engine.begin() as connection:
        for table, hash_column, id_column in schema.PERSONAL:
            condition = sa.or_(table.c[hash_column] == hashed, table.c[id_column] == user_id)
            counts[table.name] = connection.execute(sa.delete(table).where(condition)).rowcount or 0
        connection.execute(
            sa.update(schema.handoffs).where(schema.handoffs.c.answered_by == hashed).values(answered_by=None)
        )
    return counts
