"""The knowledge base the running bot serves, swapped whole when its files change.

A maintainer fixing a typo should see it live without a redeploy; a maintainer breaking a
file must not take the bot down. So: poll the folder, load a complete new knowledge base
and index beside the old one, and only then replace the single reference requests read.
Every request reads ``current()`` once and uses that snapshot throughout, so none sees half
of each. A failed load keeps the last good snapshot serving and reports every problem.
Matching by meaning is built behind a snapshot, not before it (:mod:`bot.semantic_live`).
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .answer import Answerer
from .knowledge import KnowledgeBase, KnowledgeError, Problem, check_knowledge
from .knowledge.loader import knowledge_files
from .semantic_live import BackgroundIndex, BackgroundSettings, background_answerer, semantic_switched_off

log = logging.getLogger("scalebot.knowledge")

Fingerprint = tuple


@dataclass(frozen=True)
class Snapshot:
    """One knowledge base and the index built from it: always used together."""

    knowledge: KnowledgeBase
    answerer: Answerer
    fingerprint: Fingerprint = ()
    loaded_at: float = field(default_factory=time.time)


@dataclass(frozen=True)
class ReloadResult:
    changed: bool
    ok: bool
    problems: tuple[Problem, ...] = ()


@contextmanager
def paused_gc():
    """Loading builds millions of small objects and no cycles worth collecting meanwhile;
    Python's cyclic collector would otherwise rescan the growing heap over and over (measured:
    it doubles the time to load 100,000 entries)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_answerer(knowledge: KnowledgeBase) -> Answerer:
    """The answer engine, with matching by meaning when the model is installed and not switched off,
    its index built before returning (one-off answers, as ``scalebot ask`` gives).

    ``SCALEBOT_SEMANTIC=off`` answers by words alone (faster start-up, no model in memory).
    """
    if semantic_switched_off():
        return Answerer(knowledge)
    from .semantic import SemanticIndex, SemanticUnavailable, semantic_available

    if not semantic_available():
        return Answerer(knowledge)
    try:
        return Answerer(knowledge, semantic=SemanticIndex.build(knowledge))
    except SemanticUnavailable as error:
        log.warning("matching by meaning is off: %s", error)
        return Answerer(knowledge)


def build_snapshot(
    path: Path, meaning: BackgroundSettings | None = None, previous: Snapshot | None = None
) -> tuple[Snapshot | None, list[Problem]]:
    """Load, check and index ``path``: a complete snapshot, or every problem and no snapshot.

    With ``meaning``, the snapshot answers by words at once and by meaning once a background
    thread has built its index (reusing what ``previous`` embedded); without, it is built here.
    """
    stamp = fingerprint(path)
    with paused_gc():
        result = check_knowledge(path)
        if result.knowledge is None:
            return None, result.problems
        if meaning is None:
            return Snapshot(result.knowledge, build_answerer(result.knowledge), stamp), []
        answerer = background_answerer(result.knowledge, meaning, previous.answerer if previous else None)
        return Snapshot(result.knowledge, answerer, stamp), []


def fingerprint(path: Path) -> Fingerprint:
    """What changes when any knowledge file is added, removed or edited."""
    found, _ = knowledge_files(path) if path.exists() else ([], [])
    stamps = []
    for file in found:
        try:
            stat = file.stat()
        except OSError:
            continue
        stamps.append((str(file), stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


class LiveKnowledge:
    """Serves a snapshot; ``reload()`` or the watcher thread replaces it when the files change."""

    def __init__(
        self,
        path: Path | None,
        snapshot: Snapshot,
        on_failure: Callable[[tuple[Problem, ...]], None] | None = None,
        meaning: BackgroundSettings | None = None,
    ):
        self.path = path
        self._snapshot = snapshot
        self.meaning = meaning
        self._reload_lock = threading.Lock()
        self._failed_fingerprint: Fingerprint | None = None
        self.on_failure = on_failure
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    @classmethod
    def from_path(cls, path: Path, meaning: BackgroundSettings | None = None) -> LiveKnowledge:
        """Load ``path`` or raise :class:`KnowledgeError`: the first load has no last good one to keep.

        Matching by meaning is built in the background (``meaning``, default from the environment:
        none when ``SCALEBOT_SEMANTIC=off`` or the model is not installed)."""
        meaning = meaning or BackgroundSettings.from_env()
        snapshot, problems = build_snapshot(path, meaning)
        if snapshot is None:
            raise KnowledgeError(problems)
        return cls(path, snapshot, meaning=meaning)

    @classmethod
    def fixed(cls, knowledge: KnowledgeBase) -> LiveKnowledge:
        """A knowledge base that never reloads (tests, one-off tools)."""
        return cls(None, Snapshot(knowledge, build_answerer(knowledge)))

    def current(self) -> Snapshot:
        return self._snapshot  # a single attribute read: atomic under the GIL

    def reload(self, force: bool = False) -> ReloadResult:
        """Load again if the files changed (or ``force``); keep serving the old snapshot on failure."""
        if self.path is None:
            return ReloadResult(False, True)
        with self._reload_lock:
            stamp = fingerprint(self.path)
            if not force and (stamp == self._snapshot.fingerprint or stamp == self._failed_fingerprint):
                return ReloadResult(False, self._failed_fingerprint is None)
            snapshot, found = build_snapshot(self.path, self.meaning, self._snapshot)
            if snapshot is None:
                self._failed_fingerprint = stamp
                problems = tuple(found)
                log.error(
                    "knowledge reload failed; still serving the version loaded at %s (%d entries). %d problem(s):",
                    time.strftime("%H:%M:%S", time.localtime(self._snapshot.loaded_at)),
                    len(self._snapshot.knowledge),
                    len(problems),
                )
                for problem in problems:
                    log.error("  %s", problem)
                self._notify(self.on_failure, problems)
                return ReloadResult(True, False, problems)
            self._snapshot = snapshot
            self._failed_fingerprint = None
            counts = ", ".join(f"{n} {kind}s" for kind, n in snapshot.knowledge.counts().items())
            log.info("knowledge reloaded: %s", counts)
            return ReloadResult(True, True)

    def _notify(self, callback, argument) -> None:
        if callback is None:
            return
        try:
            callback(argument)
        except Exception:  # a failed DM must not stop the watcher
            log.exception("knowledge reload notification failed")

    def start_watching(self, interval: float) -> None:
        """Poll the folder every ``interval`` seconds in a daemon thread (0 turns watching off)."""
        if self.path is None or interval <= 0 or self._watcher is not None:
            return

        def watch() -> None:
            while not self._stop.wait(interval):
                try:
                    self.reload()
                except Exception:
                    log.exception("knowledge watcher error")

        self._watcher = threading.Thread(target=watch, name="knowledge-watcher", daemon=True)
        self._watcher.start()

    def stop(self) -> None:
        self._stop.set()
        semantic = self._snapshot.answerer.semantic
        if isinstance(semantic, BackgroundIndex):
            semantic.cancel()
