"""Reply work runs here, after the ack, never in a thread that acknowledges a request.

Slack wants every request acknowledged within 3 seconds, while a reply may wait on a slow Web
API for much longer. So listeners only acknowledge and hand the work over (bot/listeners), and
the work runs in lanes of threads this module owns: event replies in one, the answers to slash
commands and clicks (a person is watching the screen for them) in another, so a queue of slow
channel replies never delays either an ack or an interactive answer.

On a graceful stop the queued work is finished before the process exits (``drain``). With
Redis, each piece of work is also recorded before its ack and forgotten after its reply
(bot/pending.py), so what a crash or an over-long drain leaves undone is picked up by another
worker instead of being lost.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .pending import PendingWork

log = logging.getLogger("scalebot.replies")

Work = Callable[[dict], None]

#: Threads per lane. Each mostly waits on Slack (about 100 ms a reply, seconds when Slack is slow).
EVENT_THREADS = 32
INTERACTIVE_THREADS = 8
#: Work accepted but not finished, per worker; past this, events are refused with 503 (Slack retries later).
MAX_PENDING = 5000


def drain_seconds(graceful_seconds: float) -> float:
    """How long a stopping worker finishes queued work: inside gunicorn's --graceful-timeout, leaving
    time to hand what is left back to Redis and exit before gunicorn kills it (25 s of the default 30)."""
    return max(graceful_seconds - 5.0, graceful_seconds / 2)


#: A graceful stop finishes queued work for at most this long (gunicorn's default --graceful-timeout is 30 s).
DRAIN_SECONDS = drain_seconds(30)
RECOVER_EVERY_SECONDS = 1.0


@dataclass(frozen=True)
class Job:
    kind: str
    body: dict
    key: str | None  # the pending record's key, when the work is recorded


class _Lane:
    def __init__(self, name: str, threads: int, run: Callable[[Job], None]):
        self.name, self.size, self.run = name, threads, run
        self.jobs: queue.SimpleQueue[Job] = queue.SimpleQueue()
        self.threads: list[threading.Thread] = []

    def start(self) -> None:
        for n in range(self.size):
            thread = threading.Thread(target=self._loop, name=f"scalebot-{self.name}-{n}", daemon=True)
            thread.start()
            self.threads.append(thread)

    def _loop(self) -> None:
        while True:
            self.run(self.jobs.get())


class ReplyWorkers:
    """Bounded lanes of reply threads, drained on a graceful stop, recorded in Redis when it is there."""

    def __init__(
        self,
        on_error: Callable[[Exception, dict], None],
        pending: PendingWork | None = None,
        event_threads: int = EVENT_THREADS,
        interactive_threads: int = INTERACTIVE_THREADS,
        max_pending: int = MAX_PENDING,
    ):
        self.on_error = on_error
        self.pending = pending
        self.max_pending = max_pending
        self._lanes = {
            "events": _Lane("events", event_threads, self._run),
            "interactive": _Lane("interactive", interactive_threads, self._run),
        }
        self._work: dict[str, tuple[Work, str]] = {}
        self._unfinished = 0
        self._idle = threading.Condition()
        self._closing = threading.Event()
        self._started = False

    def define(self, kind: str, work: Work, lane: str = "events") -> None:
        """``work(body)`` answers a request of this kind; recovered records name their kind."""
        self._work[kind] = (work, lane)

    def start(self) -> ReplyWorkers:
        if not self._started:
            self._started = True
            for lane in self._lanes.values():
                lane.start()
            if self.pending is not None:
                self.pending.start()
                threading.Thread(target=self._recover_loop, name="scalebot-recover", daemon=True).start()
        return self

    @property
    def unfinished(self) -> int:
        return self._unfinished

    def has_room(self) -> bool:
        return self._unfinished < self.max_pending and not self._closing.is_set()

    def submit(self, kind: str, body: dict, key: str | None = None) -> None:
        """Queue the work; call before acknowledging, so with Redis the record exists before the ack."""
        if self.pending is not None and key:
            if not self.pending.record(key, kind, body):
                key = None  # not recorded (Redis away): answered all the same, just not crash-proof
        self._enqueue(Job(kind, body, key))

    def _enqueue(self, job: Job) -> None:
        with self._idle:
            self._unfinished += 1
        self._lanes[self._work[job.kind][1]].jobs.put(job)

    def _run(self, job: Job) -> None:
        try:
            self._work[job.kind][0](job.body)
        except Exception as error:
            self.on_error(error, job.body)
        finally:
            if self.pending is not None and job.key:
                self.pending.done(job.key)
            with self._idle:
                self._unfinished -= 1
                self._idle.notify_all()

    def _recover_loop(self) -> None:
        assert self.pending is not None
        while not self._closing.wait(RECOVER_EVERY_SECONDS):
            room = self.max_pending - self._unfinished
            if room <= 0:
                continue
            for key, kind, body in self.pending.take_orphans(limit=min(room, 100)):
                if kind not in self._work:
                    log.warning("dropping recovered work %s of unknown kind %r", key, kind)
                    self.pending.done(key)
                    continue
                log.info("answering %s, acknowledged by a worker that stopped before replying", key)
                self._enqueue(Job(kind, body, key))

    def drain(self, timeout: float = DRAIN_SECONDS) -> int:
        """Finish queued work (up to ``timeout``); what is left is handed back to Redis. Returns how much."""
        self._closing.set()
        deadline = time.monotonic() + timeout
        with self._idle:
            if self._unfinished:
                log.info("finishing %d accepted repl(ies) before exit", self._unfinished)
            while self._unfinished and time.monotonic() < deadline:
                self._idle.wait(deadline - time.monotonic())
            left = self._unfinished
        if self.pending is not None:
            self.pending.stop()  # hands our unfinished records to whichever worker looks next
        if left:
            log.error(
                "stopping with %d repl(ies) unfinished after %.0f s%s",
                left,
                timeout,
                "; they stay in Redis for another worker" if self.pending is not None else "; they are lost",
            )
        return left
