"""What each thread or DM was last about, so "who runs it?" can follow "what is Elevate?".

The bot remembers one entry id per conversation (a thread, or a DM without threads) for a
while. In one process that is a dict; behind a load balancer every instance must see the
same, so with ``REDIS_URL`` it is Redis (short socket timeouts: a slow Redis costs a
follow-up its context, never the reply). Nothing but an entry id and a conversation key is
stored: no message text. Without Redis, gunicorn's workers on one host share it through the
SQLite file of :mod:`bot.shared_file`, so a follow-up reaching another worker still resolves.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

from .shared_file import StateFileUnavailable, open_state_file

log = logging.getLogger("scalebot.conversations")

#: A follow-up comes within minutes; after this the next message is a fresh question.
DEFAULT_TTL_SECONDS = 30 * 60
DEFAULT_MAX_CONVERSATIONS = 20_000


class Conversations(Protocol):
    def remember(self, key: str, entry_id: str) -> None:
        """The conversation ``key`` is now about ``entry_id``."""

    def recall(self, key: str) -> str | None:
        """The entry id the conversation was last about, or None (never seen, or expired)."""


def conversation_key(event: dict) -> str | None:
    """One key per thread, or per DM when the DM is not threaded; None without a channel."""
    channel = event.get("channel")
    if not isinstance(channel, str) or not channel:
        return None
    thread = event.get("thread_ts") or (event.get("ts") if event.get("channel_type") != "im" else None)
    return f"{channel}:{thread}" if thread else channel


class MemoryConversations:
    """Bounded and expiring, like the store of handled event ids."""

    def __init__(
        self, ttl: float = DEFAULT_TTL_SECONDS, max_size: int = DEFAULT_MAX_CONVERSATIONS, clock=time.monotonic
    ):
        self.ttl = ttl
        self.max_size = max_size
        self._clock = clock
        self._about: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self._lock = threading.Lock()

    def remember(self, key: str, entry_id: str) -> None:
        with self._lock:
            self._about.pop(key, None)
            self._about[key] = (entry_id, self._clock() + self.ttl)
            while len(self._about) > self.max_size:
                self._about.popitem(last=False)

    def recall(self, key: str) -> str | None:
        with self._lock:
            found = self._about.get(key)
            if found is None:
                return None
            entry_id, expires = found
            if expires <= self._clock():
                del self._about[key]
                return None
            return entry_id


class RedisConversations:
    """Shared by every instance: ``SET key id EX ttl`` and ``GET``."""

    def __init__(self, url: str, ttl: float = DEFAULT_TTL_SECONDS, prefix: str = "scalebot:about:"):
        try:
            import redis
        except ImportError as error:  # pragma: no cover - depends on the install
            raise RuntimeError(
                "REDIS_URL is set but the redis package is not installed: pip install 'scalebot[redis]'"
            ) from error
        self.client = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self.ttl = max(int(ttl), 1)
        self.prefix = prefix
        self._error = redis.RedisError

    def remember(self, key: str, entry_id: str) -> None:
        try:
            self.client.set(self.prefix + key, entry_id, ex=self.ttl)
        except self._error as error:
            log.warning(
                "Redis unavailable for conversation context (%s); follow-ups start afresh", type(error).__name__
            )

    def recall(self, key: str) -> str | None:
        try:
            found = self.client.get(self.prefix + key)
        except self._error as error:
            log.warning("Redis unavailable for conversation context (%s); answering afresh", type(error).__name__)
            return None
        return found.decode("utf-8", "replace") if isinstance(found, bytes) else None


class FileConversations:
    """Shared by the workers on one host through the shared state file; while the file fails, this
    worker's memory stands in (a follow-up answered elsewhere then starts afresh, as with Redis away)."""

    def __init__(self, path: Path, ttl: float = DEFAULT_TTL_SECONDS, clock=time.time):
        self.file = open_state_file(path)
        self.ttl = ttl
        self.local = MemoryConversations(ttl=ttl)
        self._clock = clock

    def remember(self, key: str, entry_id: str) -> None:
        self.local.remember(key, entry_id)
        now = self._clock()
        try:
            self.file.call(
                "remember",
                lambda db: db.execute(
                    "INSERT INTO about (key, entry_id, expires) VALUES (?, ?, ?) ON CONFLICT (key)"
                    " DO UPDATE SET entry_id = excluded.entry_id, expires = excluded.expires",
                    (key, entry_id, now + self.ttl),
                ),
            )
        except StateFileUnavailable:
            pass  # the memory copy above serves this worker

    def recall(self, key: str) -> str | None:
        try:
            found = self.file.call(
                "recall",
                lambda db: db.execute(
                    "SELECT entry_id FROM about WHERE key = ? AND expires > ?", (key, self._clock())
                ).fetchone(),
            )
        except StateFileUnavailable:
            return self.local.recall(key)
        return found[0] if found else None


def conversations_for(redis_url: str | None, state_file: Path | None = None) -> Conversations:
    """Redis when configured; else the host's shared state file when given; else this process's memory."""
    if redis_url:
        return RedisConversations(redis_url)
    return FileConversations(state_file) if state_file is not None else MemoryConversations()
