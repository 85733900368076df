"""The Bolt app: ``create_app`` wires settings, knowledge and listeners. Nothing runs at import."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from slack_bolt import App, BoltResponse
from slack_bolt.error import BoltUnhandledRequestError
from slack_bolt.middleware import Middleware
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient

from .blocks import broken_edit_reply
from .config import Settings
from .dedupe import HandledIds, MemoryHandledIds, RedisHandledIds
from .identity import SlackIdentity
from .knowledge import KnowledgeBase, Problem
from .listeners import Services, register_listeners
from .listeners.events import reply_thread
from .live import LiveKnowledge
from .logs import install_secret_filter
from .pending import PendingWork
from .questionlog import QuestionLog
from .replays import SkipReplayedTriggers
from .replies import ReplyWorkers
from .slack_clients import Responder, delivery_unknown, make_web_client
from .verify import VERIFIED, MarkVerified, is_verified

log = logging.getLogger("scalebot")

APOLOGY = "Sorry — something went wrong while answering that. It has been logged; please try again in a moment."


class _SameTokenNotice(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN itself and warns it is unused when given a client, which we do
    (for SLACK_API_URL and the retry handlers); the client holds that same token."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return (
            "`token` will be unused" not in message
            and "`token` (or SLACK_BOT_TOKEN env variable) will be ignored" not in message
        )


class SkipHandledEvents(Middleware):
    """Each event id is answered once, however often Slack delivers it.

    An event that arrives when the reply queue is full is refused (503) before it is claimed,
    so Slack's later retry is answered rather than skipped as already handled.
    """

    def __init__(self, handled: HandledIds, replies: ReplyWorkers):
        self.handled = handled
        self.replies = replies

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        event_id = req.body.get("event_id") if req.body.get("type") == "event_callback" else None
        if event_id and not self.replies.has_room():
            log.warning("refusing event %s: %d replies already waiting", event_id, self.replies.unfinished)
            return BoltResponse(status=503, body="busy")
        if event_id and not self.handled.claim(event_id):
            retries = req.headers.get("x-slack-retry-num") or ["redelivery"]
            log.info("skipping event %s: already handled (retry %s)", event_id, retries[0])
            return BoltResponse(status=200, body="")
        return next()


@dataclass(frozen=True)
class Bot:
    """The Bolt app and what runs beside it: who we are on Slack, the reply workers, the claims."""

    app: App
    identity: SlackIdentity
    replies: ReplyWorkers
    handled: HandledIds

    def problems(self) -> list[str]:
        """Why the bot is degraded right now (empty when it is not), for ``/healthz``."""
        self.identity.nudge()
        found = (self.identity.problem, self.handled.problem())
        return [problem for problem in found if problem]


def create_bot(
    settings: Settings,
    knowledge: KnowledgeBase | LiveKnowledge,
    client: WebClient | None = None,
    handled: HandledIds | None = None,
    verify_token: bool = True,
    question_log: QuestionLog | None = None,
) -> Bot:
    """A ready Bolt app; serve it with :mod:`bot.wsgi` (HTTP) or ``scalebot socket`` (Socket Mode).

    ``verify_token`` asks Slack who the bot is (``auth.test``) in the background, retrying until
    Slack answers: the app starts even while Slack's API is unreachable.

    Listeners run in the thread that received the request (``process_before_response``) and
    only acknowledge it and queue the reply, which runs in :class:`ReplyWorkers`: an ack never
    waits for a reply.
    """
    install_secret_filter(settings.secrets())
    live = knowledge if isinstance(knowledge, LiveKnowledge) else LiveKnowledge.fixed(knowledge)
    client = client or make_web_client(settings)
    bolt_log = logging.getLogger("scalebot.bolt")
    if not any(isinstance(f, _SameTokenNotice) for f in bolt_log.filters):
        bolt_log.addFilter(_SameTokenNotice())
    identity = SlackIdentity(client)
    if verify_token:
        identity.start()
    else:  # tests that never talk to Slack: the bot's ids stay unknown, and that is not a problem
        identity.problem = None
    app = App(
        client=client,
        authorize=identity,
        process_before_response=True,
        signing_secret=settings.signing_secret or "",
        request_verification_enabled=bool(settings.signing_secret),
        logger=bolt_log,
        # A request no listener takes goes to the error handler below (which logs a fixed line)
        # rather than to Bolt's warning, which quotes the body's ids.
        raise_error_for_unhandled_request=True,
    )
    handled = handled or MemoryHandledIds()
    pending = (
        PendingWork(handled.redis, recover_after=settings.recover_after_seconds)
        if isinstance(handled, RedisHandledIds)
        else None
    )
    # Work reaches the reply workers only from a listener, so only after verification (and work
    # recovered from Redis was recorded by a listener): its failures may be answered where they came from.
    replies = ReplyWorkers(
        on_error=lambda error, body: _apologise(error, body, client, {VERIFIED: True}, settings), pending=pending
    )
    app.use(MarkVerified())  # first of ours: after Bolt's signature check, before anything acts
    app.use(SkipHandledEvents(handled, replies))
    app.use(SkipReplayedTriggers(handled))
    register_listeners(app, Services(live, settings, client, replies, question_log))

    @app.error
    def apologise(error: Exception, body: dict, client: WebClient, context: dict) -> None:
        if isinstance(error, BoltUnhandledRequestError):
            log.info("no listener for this request; Bolt answers it with 404")
            return
        _apologise(error, body, client, context, settings)

    replies.start()
    if live.on_failure is None:
        live.on_failure = lambda problems: tell_admins(client, settings, handled, problems)
    return Bot(app, identity, replies, handled)


def create_app(
    settings: Settings,
    knowledge: KnowledgeBase | LiveKnowledge,
    client: WebClient | None = None,
    handled: HandledIds | None = None,
    verify_token: bool = True,
    question_log: QuestionLog | None = None,
) -> App:
    """Just the Bolt app of :func:`create_bot`."""
    return create_bot(
        settings, knowledge, client=client, handled=handled, verify_token=verify_token, question_log=question_log
    ).app


def _apologise(error: Exception, body: dict, client: WebClient, context: dict, settings: Settings) -> None:
    """A listener failed: log the trace with the event id, and tell the user in the same place.

    Never for a request that did not pass verification (e.g. a check that raised): its body is
    an attacker's, so neither its channel nor its response_url is touched, and nothing of it is logged.
    """
    if not is_verified(context):
        log.warning("not acting on a request that failed before verification (%s)", type(error).__name__)
        return
    event = body.get("event") or {}
    trigger = body.get("event_id") or body.get("trigger_id") or body.get("command") or "?"
    if delivery_unknown(error):
        # e.g. chat.postMessage timed out here but Slack posted it: an apology would sit under the answer.
        log.error(
            "listener for %s: a call reached Slack but its answer was lost (%s); it may have been delivered, "
            "so no apology is sent",
            trigger,
            type(error).__name__,
        )
        return
    log.error("listener failed for %s (%s)", trigger, type(error).__name__, exc_info=error)
    try:
        if body.get("response_url"):
            Responder(body["response_url"], settings.response_url_hosts)(
                text=APOLOGY, response_type="ephemeral", replace_original=False
            )
        elif event.get("channel") and event.get("type") in ("app_mention", "message"):
            client.chat_postMessage(channel=event["channel"], thread_ts=reply_thread(event), text=APOLOGY)
    except Exception:
        log.exception("could not send the apology for %s", trigger)


def tell_admins(client: WebClient, settings: Settings, handled: HandledIds, problems: tuple[Problem, ...]) -> None:
    """DM each admin, once per broken state, that an edit broke the knowledge base.

    Every worker watches the folder; claiming the state in the store of handled ids (shared
    through Redis when several instances run) means the admins hear it once, not once a worker.
    """
    if not settings.admins:
        return
    state = hashlib.sha256("\n".join(str(p) for p in problems).encode()).hexdigest()[:32]
    if not handled.claim(f"knowledge-problems:{state}"):
        return
    reply = broken_edit_reply(problems)
    for admin in sorted(settings.admins):
        try:
            client.chat_postMessage(channel=admin, text=reply.text, blocks=reply.blocks)
        except Exception:  # one admin's DM failing must not stop the others'
            log.exception("could not DM admin %s about the knowledge base", admin)
