"""Matching by meaning for the running bot, built in a background thread while words alone answer.

Embedding an entry costs about 4.5 ms of CPU: 1,000 entries take ~5 s, 10,000 ~45 s, 100,000
minutes. Built before serving, that would hold a gunicorn worker past its boot timeout and stall
every reload. So the app answers by words at once; a thread embeds the entries and swaps the
finished index in with one assignment. A reload keeps serving the previous index for the entries
that still exist while it embeds only what changed (vectors are remembered by text), and a failed
build leaves words alone with one warning. ``/healthz`` shows where the build is (:func:`semantic_state`).

Vectors are also kept on disk (``SCALEBOT_VECTOR_CACHE``, default ``scalebot-vectors/`` beside the
SQLite question log), so a restart with unchanged entries embeds nothing.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .answer import Answerer
from .knowledge import KnowledgeBase
from .paths import data_dir
from .semantic import BuildCancelled, Encoder, SemanticIndex, semantic_available, shared_encoder

log = logging.getLogger("scalebot.semantic")

OFF_WORDS = ("0", "off", "no", "false")
#: The folder's name in the bot's data folder (beside the SQLite question log, by default ``./``).
VECTOR_CACHE_NAME = "scalebot-vectors"


def semantic_switched_off(environ: Mapping[str, str] | None = None) -> bool:
    """``SCALEBOT_SEMANTIC=off`` answers by words alone (faster start-up, no model in memory)."""
    environ = os.environ if environ is None else environ
    return environ.get("SCALEBOT_SEMANTIC", "").strip().lower() in OFF_WORDS


@dataclass(frozen=True)
class BackgroundSettings:
    """How the running bot builds its index: where vectors are kept on disk, and the model to run."""

    cache_dir: Path | None = None
    encoder: Callable[[], Encoder] = field(default=shared_encoder)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> BackgroundSettings | None:
        """None when matching by meaning is switched off or not installed."""
        environ = os.environ if environ is None else environ
        if semantic_switched_off(environ) or not semantic_available():
            return None
        configured = environ.get("SCALEBOT_VECTOR_CACHE", "").strip()
        if configured.lower() in OFF_WORDS:
            return cls(cache_dir=None)
        return cls(cache_dir=Path(configured) if configured else data_dir(environ) / VECTOR_CACHE_NAME)


class BackgroundIndex:
    """A :class:`~bot.answer.SemanticMatcher` that answers from whatever index is ready (none: no
    neighbours, so words alone decide) while its own build runs in a daemon thread."""

    def __init__(self, knowledge: KnowledgeBase, serving: SemanticIndex | None = None, done: int = 0):
        self.knowledge = knowledge
        #: What ``nearest`` reads: swapped whole, never changed in place.
        self.serving = serving
        self.done = done
        self.total = len(knowledge)
        self.outcome: str | None = None  # "ready", "failed" or "stopped" once the build has ended
        self.finished = threading.Event()
        self._cancelled = threading.Event()

    @classmethod
    def replacing(cls, knowledge: KnowledgeBase, previous: BackgroundIndex | None) -> BackgroundIndex:
        """Not built yet: ``previous`` (the index this replaces) stops building and lends its vectors
        for the entries that still exist until this one is built."""
        if previous is None:
            return cls(knowledge)
        previous.cancel()
        if previous.serving is None:
            return cls(knowledge)
        return cls(knowledge, *SemanticIndex.carried_over(knowledge, previous.serving))

    @classmethod
    def start(
        cls, knowledge: KnowledgeBase, settings: BackgroundSettings, previous: BackgroundIndex | None = None
    ) -> BackgroundIndex:
        return cls.replacing(knowledge, previous).build_in_background(settings)

    def build_in_background(self, settings: BackgroundSettings) -> BackgroundIndex:
        thread = threading.Thread(target=self._build, args=(settings,), name="semantic-index", daemon=True)
        thread.start()
        return self

    def nearest(self, text: str, k: int, kinds: tuple[str, ...] | None = None) -> list[tuple[str, float]]:
        serving = self.serving  # one read: a swap mid-request cannot mix two indexes
        return serving.nearest(text, k, kinds=kinds) if serving is not None else []

    @property
    def state(self) -> str:
        """For ``/healthz``: "building 3400/10000", "ready", "failed" or "stopped"."""
        return self.outcome or f"building {self.done}/{self.total}"

    def cancel(self) -> None:
        """Stop embedding after the current chunk (what is embedded stays remembered); keep serving."""
        self._cancelled.set()

    def wait(self, timeout: float) -> bool:
        """True once the build has ended, however it ended."""
        return self.finished.wait(timeout)

    def _progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def _build(self, settings: BackgroundSettings) -> None:
        try:
            index = SemanticIndex.build(
                self.knowledge,
                cache_dir=settings.cache_dir,
                encoder=settings.encoder(),
                progress=self._progress,
                cancelled=self._cancelled.is_set,
                background=True,
            )
        except BuildCancelled:
            self.outcome = "stopped"
        except Exception as error:  # the model or its runtime: words alone still answer
            self.serving = None
            self.outcome = "failed"
            log.warning(
                "matching by meaning is off for this version of the knowledge base: building its index "
                "failed (%s: %s); answering by words alone",
                type(error).__name__,
                error,
            )
            log.debug("the index build's traceback", exc_info=error)
        else:
            self.serving = index
            self.outcome = "ready"
            log.info("matching by meaning is ready: %d entries, %d embedded now", len(index.ids), index.embedded)
        finally:
            self.finished.set()


def background_answerer(
    knowledge: KnowledgeBase, settings: BackgroundSettings, previous: Answerer | None = None
) -> Answerer:
    """An answer engine that answers at once, by meaning too once its index is built."""
    earlier = previous.semantic if previous is not None else None
    semantic = BackgroundIndex.replacing(knowledge, earlier if isinstance(earlier, BackgroundIndex) else None)
    answerer = Answerer(knowledge, semantic=semantic)  # the word index first: it is what answers at once
    semantic.build_in_background(settings)
    return answerer


def semantic_state(answerer: Answerer) -> str:
    """ "off" (words alone), "building n/N", "ready", "failed" (words alone until the next reload) or "stopped"."""
    if answerer.semantic is None:
        return "off"
    if isinstance(answerer.semantic, BackgroundIndex):
        return answerer.semantic.state
    return "ready"  # built before serving (``scalebot ask``, tests)
