"""Is this request from Slack? Slack's v0 signature, checked without trusting anything in the request.

slack-sdk's check calls ``int()`` on the timestamp header before comparing signatures, so a
header such as ``abc`` or 8,000 digits raises instead of failing, and Bolt then hands the
*unverified* body to the app's error handler. Here every malformed input is simply "not
verified": the timestamp must be a short run of ASCII digits within five minutes of now, the
signature ``v0=`` and 64 hex digits, compared in constant time.

:class:`MarkVerified` is the Bolt side of the same rule: it runs after Bolt's own checks, so a
request that reaches a listener or the error handler carries ``context["verified"]`` only if
it got past them. The error handler acts on nothing else.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Callable

from slack_bolt import BoltResponse
from slack_bolt.middleware import Middleware
from slack_bolt.request import BoltRequest

#: Slack's rule is five minutes, which bounds replays. Ours is a little tighter than Bolt's second
#: check behind it: a request at exactly 300 s would pass here, fail there a moment later, and
#: Bolt logs the body of a request it refuses.
TIMESTAMP_TOLERANCE_SECONDS = 290

_TIMESTAMP = re.compile(r"[0-9]{1,12}")  # ASCII digits only: int() would also take "１２", " 12", "1_2"
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")

VERIFIED = "verified"


def signature_problem(
    signing_secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float | None = None
) -> str | None:
    """Why this request is not verifiably Slack's (a fixed phrase, never the request's own text), or None."""
    if not timestamp or not signature:
        return "no signature headers"
    if not _TIMESTAMP.fullmatch(timestamp):
        return "timestamp is not a plain integer"
    now = time.time() if now is None else now
    if abs(now - int(timestamp)) > TIMESTAMP_TOLERANCE_SECONDS:
        return "timestamp is more than five minutes from now"
    if not _SIGNATURE.fullmatch(signature):
        return "signature is malformed"
    expected = (
        "v0=" + hmac.new(signing_secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    )
    if not hmac.compare_digest(expected, signature):
        return "signature does not match"
    return None


class MarkVerified(Middleware):
    """Added after Bolt's built-in middleware (signature check included): only what passed them is marked."""

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        req.context[VERIFIED] = True
        return next()


def is_verified(context: dict | None) -> bool:
    return bool(context and context.get(VERIFIED))
