"""Remembering which Slack events were already handled, so each question gets one reply.

Slack re-sends an event it did not see acknowledged in time (``X-Slack-Retry-Num``) and
Socket Mode can redeliver one. The first delivery *claims* the event id; later ones find
it taken. One process keeps the ids in memory; several processes behind a load balancer
must share them, which is what the Redis store is for (``REDIS_URL``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from typing import Protocol

log = logging.getLogger("scalebot.dedupe")

#: Slack retries for a few minutes at most; an hour is comfortably longer.
DEFAULT_TTL_SECONDS = 3600
DEFAULT_MAX_IDS = 50_000


class HandledIds(Protocol):
    def claim(self, event_id: str) -> bool:
        """True the first time ``event_id`` is seen (within the TTL), False after."""


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


class RedisHandledIds:
    """Shared by every instance: ``SET key NX EX ttl`` is one atomic claim."""

    def __init__(self, url: str, ttl: float = DEFAULT_TTL_SECONDS, prefix: str = "scalebot:handled:"):
        try:
            import redis
        except ImportError as error:  # pragma: no cover - depends on the install
            raise RuntimeError(
                "REDIS_URL is set but the redis package is not installed: pip install 'scalebot[redis]'"
            ) from error
        self.client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self.ttl = int(ttl)
        self.prefix = prefix
        self._error = redis.RedisError

    def ping(self) -> None:
        self.client.ping()

    def claim(self, event_id: str) -> bool:
        try:
            return bool(self.client.set(self.prefix + event_id, "1", nx=True, ex=self.ttl))
        except self._error as error:
            # Better a rare second reply than silence while Redis is away.
            log.warning(
                "Redis unavailable for de-duplication (%s); handling event %s anyway", type(error).__name__, event_id
            )
            return True


def handled_ids_for(redis_url: str | None) -> HandledIds:
    return RedisHandledIds(redis_url) if redis_url else MemoryHandledIds()
