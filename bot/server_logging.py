"""gunicorn's logs, minus whatever an unverified client chose to send.

gunicorn's access log records the request line, query string, Referer and User-Agent, and its
error log quotes a malformed request line or header back ("Invalid request from ip=…: Invalid
HTTP method: '<what they sent>'"), up to kilobytes of it. Anyone can send those, before any
signature is checked, so an attacker could write into our logs. Here each line keeps what an
operator needs (who, when, which of our routes, status, size, time) and nothing else of the
request: a path that is not one of ours is logged as ``-``.
"""

from __future__ import annotations

import os
from typing import Any

from gunicorn.glogging import Logger  # type: ignore[import-untyped]

#: The only paths the app serves; any other is logged as "-".
KNOWN_PATHS = frozenset({"/slack/events", "/healthz"})
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
_INVALID_REQUEST = "Invalid request from ip="


def route_of(environ: dict) -> str:
    path = environ.get("PATH_INFO") or ""
    return path if path in KNOWN_PATHS else "-"


def method_of(environ: dict) -> str:
    method = environ.get("REQUEST_METHOD") or ""
    return method if method in KNOWN_METHODS else "-"


class QuietLogger(Logger):
    """gunicorn's logger with access atoms and error messages cut to what the server itself knows."""

    def atoms(self, resp: Any, req: Any, environ: dict, request_time: Any) -> dict:
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        sent = getattr(resp, "sent", None)
        protocol = environ.get("SERVER_PROTOCOL")
        protocol = protocol if protocol in ("HTTP/1.0", "HTTP/1.1") else "-"
        micros = request_time.seconds * 1_000_000 + request_time.microseconds
        return {
            "h": environ.get("REMOTE_ADDR", "-"),
            "l": "-",
            "u": "-",
            "t": self.now(),
            "r": f"{method_of(environ)} {route_of(environ)} {protocol}",
            "s": status,
            "m": method_of(environ),
            "U": route_of(environ),
            "q": "",
            "H": protocol,
            "b": str(sent) if sent is not None else "-",
            "B": sent,
            "f": "-",
            "a": "-",
            "T": request_time.seconds,
            "D": micros,
            "M": micros // 1000,
            "L": f"{request_time.seconds}.{request_time.microseconds:06d}",
            "p": f"<{os.getpid()}>",
        }

    def warning(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(msg, str) and msg.startswith(_INVALID_REQUEST):
            # "…ip=1.2.3.4: <gunicorn's complaint, quoting the client>": keep the address only.
            address = msg[len(_INVALID_REQUEST) :].split(":", 1)[0]
            msg, args = "Invalid request from ip=%s (refused; what it sent is not logged)", (address,)
        super().warning(msg, *args, **kwargs)

    def exception(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(msg, str) and msg.startswith("Error handling request"):
            # gunicorn names the client's method and URI here; the traceback is what an operator needs.
            msg, args = "Error handling a request", ()
        super().exception(msg, *args, **kwargs)
