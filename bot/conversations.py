"""What each thread or DM was last about, so "who runs it?" can follow "what is Elevate?".

The bot remembers one entry id per conversation (a thread, or a DM without threads) for a
while. In one process that is a dict; behind a load balancer every instance must see the
same, so with ``REDIS_URL`` it is Redis (short socket timeouts: a slow Redis costs a
follow-up its context, never the reply). Nothing but an entry id and a conversation key is
stored: no message text.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from typing import Protocol

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


def conversations_for(redis_url: str | None) -> Conversations:
    return RedisConversations(redis_url) if redis_url else MemoryConversations()
