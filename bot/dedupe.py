"""Remembering which Slack events were already handled, so each question gets one reply.

Slack re-sends an event it did not see acknowledged in time (``X-Slack-Retry-Num``) and
Socket Mode can redeliver one. The first delivery *claims* the event id; later ones find
it taken. One process keeps the ids in memory; gunicorn's workers on one host share them
through a SQLite file (:mod:`bot.shared_file`, no setting needed); several hosts behind a
load balancer must share them through Redis (``REDIS_URL``).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from .shared_file import StateFileUnavailable, open_state_file

log = logging.getLogger("scalebot.dedupe")

T = TypeVar("T")

#: Slack retries for a few minutes at most; an hour is comfortably longer.
DEFAULT_TTL_SECONDS = 3600
DEFAULT_MAX_IDS = 50_000


class HandledIds(Protocol):
    def claim(self, event_id: str) -> bool:
        """True the first time ``event_id`` is seen (within the TTL), False after."""

    def problem(self) -> str | None:
        """Why claims are less reliable than usual right now, for ``/healthz``; None when all is well."""


class MemoryHandledIds:
    """Bounded and expiring: the oldest ids go first when full, every id goes after the TTL."""

    def __init__(self, ttl: float = DEFAULT_TTL_SECONDS, max_ids: int = DEFAULT_MAX_IDS, clock=time.monotonic):
        self.ttl = ttl
        self.max_ids = max_ids
        self._clock = clock
        self._expiry: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, event_id: str) -> bool:
        now = self._clock()
        with self._lock:
            while self._expiry:
                oldest, expires = next(iter(self._expiry.items()))
                if expires > now and len(self._expiry) < self.max_ids:
                    break
                self._expiry.popitem(last=False)
            if event_id in self._expiry:
                return False
            self._expiry[event_id] = now + self.ttl
            return True

    def __len__(self) -> int:
        return len(self._expiry)

    def problem(self) -> str | None:
        return None


#: A hung Redis (paused, partitioned) must not hold an ack: Slack re-sends what it does not see
#: acknowledged within 3 s. A claim waits this long for Redis, once, with no retries…
REDIS_TIMEOUT_SECONDS = 0.25
#: …and after a failure, claims skip Redis for this long, so a hung Redis costs one wait, not one a request.
REDIS_BACKOFF_SECONDS = 2.0


class RedisUnavailable(Exception):
    """Redis did not answer in time, or failed recently enough that we did not ask."""


class FailFastRedis:
    """One Redis connection pool whose calls fail fast, shared by everything that uses Redis.

    A short timeout and none of redis-py's default retries (3, with back-off); after a failure,
    calls skip Redis for ``REDIS_BACKOFF_SECONDS``, so a hung Redis costs one wait, not one a request.
    """

    def __init__(self, url: str, timeout: float = REDIS_TIMEOUT_SECONDS, clock=time.monotonic):
        try:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry
        except ImportError as error:  # pragma: no cover - depends on the install
            raise RuntimeError(
                "REDIS_URL is set but the redis package is not installed: pip install 'scalebot[redis]'"
            ) from error
        self.client = redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 0)
        )
        self._error = redis.RedisError
        self._clock = clock
        self._skip_until = 0.0
        self._down_since: float | None = None

    def call(self, what: str, operation: Callable[[Any], T]) -> T:
        """``operation(client)``, or :class:`RedisUnavailable` at once if Redis is failing."""
        if self._clock() < self._skip_until:
            raise RedisUnavailable(what)
        try:
            result = operation(self.client)
        except self._error as error:
            now = self._clock()
            self._skip_until = now + REDIS_BACKOFF_SECONDS
            if self._down_since is None:
                self._down_since = now
                log.warning(
                    "Redis unavailable (%s during %s); carrying on without it for now", type(error).__name__, what
                )
            raise RedisUnavailable(what) from error
        if self._down_since is not None:
            log.warning("Redis is back after %.1f s", self._clock() - self._down_since)
            self._down_since = None
        return result

    def problem(self) -> str | None:
        """Why Redis-backed features are degraded, for ``/healthz``; None while Redis answers."""
        if self._down_since is None:
            return None
        return f"Redis unreachable for {self._clock() - self._down_since:.0f} s"


class RedisHandledIds:
    """Shared by every instance: ``SET key NX EX ttl`` is one atomic claim.

    Each id is claimed in this process's memory first, then in Redis. While Redis is away, the
    memory claim alone decides: this process still answers each event once and acks stay fast,
    so Slack has no reason to re-send one to another instance (which would answer it again).
    """

    def __init__(
        self,
        url: str,
        ttl: float = DEFAULT_TTL_SECONDS,
        prefix: str = "scalebot:handled:",
        timeout: float = REDIS_TIMEOUT_SECONDS,
    ):
        self.redis = FailFastRedis(url, timeout)
        self.client = self.redis.client
        self.ttl = int(ttl)
        self.prefix = prefix
        self.local = MemoryHandledIds(ttl=ttl)

    def claim(self, event_id: str) -> bool:
        if not self.local.claim(event_id):
            return False
        try:
            return bool(self.redis.call("claim", lambda r: r.set(self.prefix + event_id, "1", nx=True, ex=self.ttl)))
        except RedisUnavailable:
            return True  # better a rare second reply than silence or a late ack

    def problem(self) -> str | None:
        problem = self.redis.problem()
        return f"{problem}: each instance de-duplicates events alone" if problem else None


class FileHandledIds:
    """Shared by the workers on one host: one atomic upsert in the shared SQLite file is the claim.

    As with Redis, each id is claimed in this process's memory first (a retry reaching the same
    worker never touches the file), then in the file: the row is inserted, or an expired row
    taken over; an unexpired row means another worker has it. While the file fails (locked past
    its 50 ms busy timeout, disk full, unwritable), the memory claim alone decides, as when Redis is away.
    """

    def __init__(self, path: Path, ttl: float = DEFAULT_TTL_SECONDS, clock=time.time):
        self.file = open_state_file(path)
        self.ttl = ttl
        self.local = MemoryHandledIds(ttl=ttl)
        self._clock = clock  # wall-clock time: the workers compare each other's expiries

    def claim(self, event_id: str) -> bool:
        if not self.local.claim(event_id):
            return False
        now = self._clock()
        try:
            return self.file.call("claim", lambda db: _claim_row(db, event_id, now, now + self.ttl))
        except StateFileUnavailable:
            return True  # better a rare second reply than silence or a late ack

    def problem(self) -> str | None:
        problem = self.file.problem()
        return f"{problem}: each worker de-duplicates events alone" if problem else None


def _claim_row(db: sqlite3.Connection, event_id: str, now: float, expires: float) -> bool:
    cursor = db.execute(
        "INSERT INTO handled (id, expires) VALUES (?, ?)"
        " ON CONFLICT (id) DO UPDATE SET expires = excluded.expires WHERE handled.expires <= ?",
        (event_id, expires, now),
    )
    return cursor.rowcount == 1


def handled_ids_for(redis_url: str | None, state_file: Path | None = None) -> HandledIds:
    """Redis when configured; else the host's shared state file when given; else this process's memory."""
    if redis_url:
        return RedisHandledIds(redis_url)
    return FileHandledIds(state_file) if state_file is not None else MemoryHandledIds()
