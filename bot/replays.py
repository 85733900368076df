"""A signed slash command or button click is answered once, however often it is sent.

Slack never retries commands or interactions, but a request captured on the way (a proxy's
log, a browser extension) stays correctly signed for the five minutes the signature check
allows. Each carries a ``trigger_id`` Slack makes fresh for every invocation: claiming it in
the store of handled ids (shared through Redis with ``REDIS_URL``) makes a second delivery a
no-op, as event ids already are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt import BoltResponse
from slack_bolt.middleware import Middleware
from slack_bolt.request import BoltRequest

from .dedupe import HandledIds

log = logging.getLogger("scalebot")


def trigger_key(body: dict) -> str | None:
    """The handled-ids key of a command or interaction; None for events (they are claimed by event id)."""
    trigger = body.get("trigger_id")
    if not trigger or body.get("type") == "event_callback":
        return None
    return f"trigger:{trigger}"


class SkipReplayedTriggers(Middleware):
    def __init__(self, handled: HandledIds):
        self.handled = handled

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        key = trigger_key(req.body)
        if key and not self.handled.claim(key):
            log.warning("ignoring a replayed %s: its trigger_id was already handled", req.body.get("type") or "command")
            return BoltResponse(status=200, body="")
        return next()
