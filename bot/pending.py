"""Work acknowledged but not yet answered, kept in Redis so a crash does not lose it.

Each piece of work is recorded before its ack (a hash ``<prefix>work:<key>`` with its owner,
kind and request body, indexed by time in the sorted set ``<prefix>index``) and deleted after
its reply. Every worker keeps a heartbeat key alive while it runs. A record older than
``recover_after`` seconds whose owner's heartbeat is gone (killed, crashed, or stopped without
finishing) is claimed by another worker with one atomic compare-and-set of its owner, so
exactly one worker answers it, and answered.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
import uuid

from .dedupe import FailFastRedis, RedisUnavailable

log = logging.getLogger("scalebot.pending")

DEFAULT_RECOVER_AFTER_SECONDS = 10.0
#: Work whose workers keep dying (the work itself may be the cause) is given up after this many take-overs…
MAX_TAKE_OVERS = 3
#: …and so is work acknowledged this long ago: a reply that late would confuse more than help.
MAX_AGE_SECONDS = 15 * 60

#: Take a record over only if it still has the owner we saw: two workers never both take one.
_TAKE_OVER = """
if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] then
  redis.call('HSET', KEYS[1], 'owner', ARGV[2])
  redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
  local taken = redis.call('HINCRBY', KEYS[1], 'taken', 1)
  local found = redis.call('HMGET', KEYS[1], 'kind', 'body', 'at')
  table.insert(found, taken)
  return found
end
return false
"""


class PendingWork:
    def __init__(
        self,
        redis: FailFastRedis,
        recover_after: float = DEFAULT_RECOVER_AFTER_SECONDS,
        prefix: str = "scalebot:pending:",
    ):
        self.redis = redis
        self.recover_after = recover_after
        self.prefix = prefix
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.index = prefix + "index"
        self._mine: set[str] = set()
        self._undeleted: set[str] = set()  # replies sent while Redis was away: forget their records later
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._take_over = redis.client.register_script(_TAKE_OVER)

    def _work_key(self, key: str) -> str:
        return self.prefix + "work:" + key

    def _alive_key(self, owner: str) -> str:
        return self.prefix + "alive:" + owner

    # ------------------------------------------------------------------ one worker's own work

    def record(self, key: str, kind: str, body: dict) -> bool:
        """Write the record (before the ack). False if Redis is away: the work is then not crash-proof."""
        fields = {
            "owner": self.owner,
            "kind": kind,
            "body": json.dumps(body, separators=(",", ":")),
            "at": f"{time.time():.3f}",
        }

        def write(r):
            pipe = r.pipeline(transaction=True)
            pipe.hset(self._work_key(key), mapping=fields)
            pipe.zadd(self.index, {key: time.time()})
            pipe.execute()

        try:
            self.redis.call("record pending work", write)
        except RedisUnavailable:
            return False
        with self._lock:
            self._mine.add(key)
        return True

    def done(self, key: str) -> None:
        with self._lock:
            self._mine.discard(key)
        try:
            self.redis.call("forget pending work", lambda r: self._forget(r, [key]))
        except RedisUnavailable:
            with self._lock:
                self._undeleted.add(key)

    def _forget(self, r, keys: list[str]) -> None:
        pipe = r.pipeline(transaction=True)
        pipe.delete(*[self._work_key(k) for k in keys])
        pipe.zrem(self.index, *keys)
        pipe.execute()

    # ------------------------------------------------------------------ heartbeat

    def start(self) -> None:
        self._beat()
        threading.Thread(target=self._keep_beating, name="scalebot-heartbeat", daemon=True).start()

    def _beat(self) -> None:
        ttl_ms = max(500, int(self.recover_after * 1000))
        try:
            self.redis.call("heartbeat", lambda r: r.set(self._alive_key(self.owner), "1", px=ttl_ms))
        except RedisUnavailable:
            return
        with self._lock:
            undeleted, self._undeleted = list(self._undeleted), set()
        if undeleted:
            try:
                self.redis.call("forget pending work", lambda r: self._forget(r, undeleted))
            except RedisUnavailable:
                with self._lock:
                    self._undeleted.update(undeleted)

    def _keep_beating(self) -> None:
        while not self._stop.wait(max(0.1, self.recover_after / 4)):
            self._beat()

    def stop(self) -> None:
        """Stop the heartbeat and hand unfinished records back at once (a graceful stop that ran out of time)."""
        self._stop.set()
        with self._lock:
            mine = sorted(self._mine)

        def release(r):
            pipe = r.pipeline(transaction=False)
            for key in mine:
                pipe.hset(self._work_key(key), "owner", "")
                pipe.zadd(self.index, {key: 0})
            pipe.delete(self._alive_key(self.owner))
            pipe.execute()

        try:
            self.redis.call("release pending work", release)
        except RedisUnavailable:
            log.warning("could not hand %d unfinished repl(ies) back to Redis; they are recovered later", len(mine))

    # ------------------------------------------------------------------ recovery

    def take_orphans(self, limit: int = 100) -> list[tuple[str, str, dict]]:
        """Records old enough whose owner is gone, now ours: (key, kind, body) each."""
        now = time.time()
        taken: list[tuple[str, str, dict]] = []
        try:
            keys = self.redis.call(
                "look for orphaned work",
                lambda r: r.zrangebyscore(self.index, "-inf", now - self.recover_after, start=0, num=limit),
            )
            for raw in keys:
                found = self._take(raw.decode(), now)
                if found:
                    taken.append(found)
        except RedisUnavailable:
            pass  # what we took so far is ours to answer; the rest waits for the next look
        return taken

    def _take(self, key: str, now: float) -> tuple[str, str, dict] | None:
        work_key = self._work_key(key)
        raw_owner = self.redis.call("read pending work", lambda r: r.hget(work_key, "owner"))
        if raw_owner is None:  # answered meanwhile
            self.redis.call("forget pending work", lambda r: r.zrem(self.index, key))
            return None
        owner = raw_owner.decode()
        if owner == self.owner:
            return None
        if owner and self.redis.call("heartbeat", lambda r: r.exists(self._alive_key(owner))):
            return None
        found = self.redis.call(
            "take over pending work",
            lambda r: self._take_over(keys=[work_key, self.index], args=[owner, self.owner, now, key], client=r),
        )
        if not found or found[0] is None:
            return None  # another worker took it first
        kind, body, at, taken = found[0].decode(), found[1], float(found[2] or 0), int(found[3])
        if taken > MAX_TAKE_OVERS or now - at > MAX_AGE_SECONDS:
            log.error(
                "giving up on %s work %s: taken over %d times, acknowledged %.0f s ago", kind, key, taken, now - at
            )
            self.redis.call("forget pending work", lambda r: self._forget(r, [key]))
            return None
        with self._lock:
            self._mine.add(key)
        return key, kind, json.loads(body)
