"""The request perimeter in front of Bolt's WSGI adapter: size first, then signature, then Bolt.

Nothing parses, logs or acts on a request body until Slack's signature over it is verified,
and no body larger than :data:`MAX_BODY_BYTES` is read at all:

1. ``Content-Length`` over the limit: 413 before a byte of the body is read. A chunked (or
   length-less) body is read at most one byte past the limit, then 413.
2. The signature (:func:`bot.verify.signature_problem`): 401, logged with a fixed reason and
   nothing the request sent (Bolt's own check logs the whole body of a failed request).
3. The body's shape (:mod:`bot.payloads`): a signed body Bolt or a listener could not read gets
   400 with a fixed reason; one that is well formed but for nothing this app listens to (an
   event type it has no listener for) a plain 200, so Slack does not re-send it.
4. Only then does Bolt see the request, with the body it was verified over.

Slow clients are the worker's business (:mod:`bot.server`): it hands a request to this code
only once all of it has arrived.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Collection, Iterable

from .payloads import ACK, REFUSE, check_request
from .verify import signature_problem

log = logging.getLogger("scalebot.http")

#: Slack's payloads are a few kilobytes (a big Block Kit view submission is still far below
#: 100 KB); 1 MiB leaves room and keeps eight parallel hostile uploads at a few MB of memory.
MAX_BODY_BYTES = 1024 * 1024


def _plain(start_response: Callable, status: str, text: str, extra: list[tuple[str, str]] | None = None):
    body = text.encode()
    headers = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))]
    start_response(status, headers + (extra or []))
    return [body]


def declared_length(environ: dict) -> int | None:
    """The request's Content-Length; None when absent (chunked); -1 when it is not a plain number."""
    raw = environ.get("CONTENT_LENGTH")
    if raw in (None, ""):
        return None
    raw = str(raw).strip()
    if not raw.isascii() or not raw.isdigit() or len(raw) > 18:
        return -1
    return int(raw)


def read_bounded(environ: dict, limit: int = MAX_BODY_BYTES) -> bytes | None:
    """The whole body, or None if it is longer than ``limit`` (reading at most ``limit + 1`` bytes)."""
    stream = environ.get("wsgi.input")
    if stream is None:
        return b""
    length = declared_length(environ)
    if length is not None:
        body = stream.read(length) if length else b""
        return body if len(body) <= limit else None
    chunks, size = [], 0
    while size <= limit:
        chunk = stream.read(min(64 * 1024, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks) if size <= limit else None


class SlackRequestGate:
    """WSGI middleware: refuses what is too big or not signed by Slack before ``inner`` sees it."""

    def __init__(
        self,
        inner: Callable,
        signing_secret: str,
        path: str,
        event_types: Collection[str],
        limit: int = MAX_BODY_BYTES,
    ):
        self.inner = inner
        self.signing_secret = signing_secret
        self.path = path
        self.event_types = frozenset(event_types)
        self.limit = limit

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != self.path or environ.get("REQUEST_METHOD") != "POST":
            return self.inner(environ, start_response)
        length = declared_length(environ)
        if length == -1:
            log.info("refused a request with a malformed Content-Length")
            return _plain(start_response, "400 Bad Request", "Bad request")
        if length is not None and length > self.limit:
            log.info("refused a %d-byte request body before reading it (limit %d)", length, self.limit)
            return _plain(start_response, "413 Content Too Large", "Request body too large")
        body = read_bounded(environ, self.limit)
        if body is None:
            log.info("refused a request body over %d bytes", self.limit)
            return _plain(start_response, "413 Content Too Large", "Request body too large")
        problem = signature_problem(
            self.signing_secret,
            environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP"),
            environ.get("HTTP_X_SLACK_SIGNATURE"),
            body,
        )
        if problem:
            log.info("refused a request that is not verifiably from Slack: %s", problem)
            return _plain(start_response, "401 Unauthorized", "Unauthorized")
        verdict = check_request(body, environ.get("CONTENT_TYPE"), self.event_types)
        if verdict.action == REFUSE:
            log.info("refused a signed request whose body is malformed: %s", verdict.reason)
            return _plain(start_response, "400 Bad Request", f"Bad request: {verdict.reason}")
        if verdict.action == ACK:
            log.info("acknowledged %s, without acting on it", verdict.reason)
            return _plain(start_response, "200 OK", "")
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return self.inner(environ, start_response)
