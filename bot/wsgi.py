"""Production HTTP entry point: Bolt's WSGI adapter under gunicorn, plus ``GET /healthz``.

The ``Procfile`` runs ``scalebot serve``, which checks the settings and then starts
gunicorn on ``serve_from_env()`` — a factory, so nothing runs when this module is imported.
"""

from __future__ import annotations

import atexit
import json
import logging
import shutil
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient

from .app import Bot, create_bot
from .config import Settings, load_settings
from .dedupe import HandledIds, handled_ids_for
from .http_front import SlackRequestGate
from .listeners import EVENT_TYPES
from .live import LiveKnowledge
from .logs import configure_logging
from .questionlog import QuestionLog, log_settings_from_env
from .replies import drain_seconds
from .semantic_live import semantic_state

log = logging.getLogger("scalebot.http")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def build_wsgi_app(
    settings: Settings,
    live: LiveKnowledge,
    client: WebClient | None = None,
    handled: HandledIds | None = None,
    question_log: QuestionLog | None = None,
) -> Callable:
    """Slack requests to Bolt once verified (:mod:`bot.http_front`); ``/healthz`` answered here;
    anything unparseable is a 400, never a trace.

    At exit (gunicorn's graceful stop: no new requests, then the worker exits) the accepted
    replies are finished first, within gunicorn's ``--graceful-timeout`` (``SCALEBOT_GRACEFUL_SECONDS``).
    """
    if not settings.signing_secret:
        raise ValueError("the HTTP app needs SLACK_SIGNING_SECRET: nothing unverified may reach Bolt")
    bot = create_bot(settings, live, client=client, handled=handled, question_log=question_log)
    atexit.register(bot.replies.drain, drain_seconds(settings.graceful_seconds))
    bolt = SlackRequestGate(
        SlackRequestHandler(bot.app, path=EVENTS_PATH), settings.signing_secret, EVENTS_PATH, event_types=EVENT_TYPES
    )

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "GET")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            body = json.dumps(health_report(live, bot)).encode()
            start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return [body] if method == "GET" else []
        try:
            return bolt(environ, start_response)
        except Exception as error:
            # The exception's type only: a trace or message could quote what the request sent.
            log.warning("rejected a request that could not be parsed (%s)", type(error).__name__)
            body = b"Bad request"
            start_response("400 Bad Request", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
            return [body]

    return application


def gunicorn_executable() -> str:
    """The gunicorn installed beside this Python (the virtual environment's), else the one on PATH."""
    beside = Path(sys.executable).with_name("gunicorn")
    return str(beside) if beside.exists() else shutil.which("gunicorn") or "gunicorn"


def health_report(live: LiveKnowledge, bot: Bot) -> dict:
    """Always 200 (the worker is up and acknowledging); ``status`` is "degraded" with ``problems`` when
    Slack's API or Redis is away. Answered from memory: it never waits on Slack or Redis."""
    snapshot = live.current()
    problems = bot.problems()
    return {
        "status": "degraded" if problems else "ok",
        "problems": problems,
        "entries": len(snapshot.knowledge),
        "counts": snapshot.knowledge.counts(),
        "loaded_at": round(snapshot.loaded_at),
        "replies_waiting": bot.replies.unfinished,
        # "building 3400/10000" while words alone answer, then "ready"; "off" or "failed": words alone
        "semantic": semantic_state(snapshot.answerer),
    }


def gunicorn_command(
    bind: str, workers: int = 1, threads: int = 8, gunicorn: str = "gunicorn", graceful_seconds: int = 30
) -> list[str]:
    """How ``scalebot serve`` runs gunicorn; the tests start the app with exactly this.

    gthread workers: a listener acknowledges in the request's thread and queues the reply to
    the app's own reply threads (bot/replies.py), so a few request threads per worker keep acks fast.
    The worker class is gthread with requests read by its event loop (:mod:`bot.server`), so
    slow or stalled clients never hold a thread.
    """
    return [
        gunicorn,
        "--bind",
        bind,
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--worker-class",
        "bot.server.BufferingThreadWorker",
        "--timeout",
        "30",
        "--graceful-timeout",
        str(graceful_seconds),  # the reply workers' drain (bot/replies.py drain_seconds) fits inside it
        "--access-logfile",
        "-",
        "--logger-class",
        "bot.server_logging.QuietLogger",  # nothing an unverified client sent reaches the logs
        "bot.wsgi:serve_from_env()",
    ]


def serve_from_env() -> Callable:
    """gunicorn's app factory: settings from the environment, live knowledge, shared or local dedupe."""
    configure_logging()
    settings = load_settings("http")
    live = LiveKnowledge.from_path(settings.knowledge_path)
    live.start_watching(settings.reload_seconds)
    question_log = QuestionLog.from_settings(log_settings_from_env())
    return build_wsgi_app(
        settings, live, handled=handled_ids_for(settings.redis_url, settings.state_file), question_log=question_log
    )
