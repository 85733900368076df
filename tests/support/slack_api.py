"""A stand-in for the Slack Web API on 127.0.0.1: records every request's body, answers like Slack.

It also receives ``response_url`` posts (under ``/response/…``) and can be told to fail a
method a given number of times (for rate-limit and outage tests), to take its time over a
method (``delay``), or to be unreachable altogether (``down``: connections are dropped
unanswered). Tests wait on it by polling with a timeout, never by sleeping.
"""

from __future__ import annotations

import json
import select
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0TEAM01"


@dataclass
class Call:
    path: str
    method: str  # the Web API method, e.g. "chat.postMessage", or "response" for response_url posts
    headers: dict
    body: dict
    at: float = field(default_factory=time.monotonic)
    #: The caller hung up (e.g. was killed) before a delayed answer was ready: Slack would not have acted on it.
    abandoned: bool = False


@dataclass
class Scripted:
    status: int
    body: dict
    headers: dict


class MockSlackAPI:
    def __init__(self):
        self.calls: list[Call] = []
        self._changed = threading.Condition()
        self._scripted: dict[str, list[Scripted]] = {}
        self._delays: dict[str, float] = {}
        self.down = False
        self.websocket_url: str | None = None
        mock = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                if mock.down:  # unreachable: no answer at all
                    self.close_connection = True
                    return
                method = mock._method(self.path)
                if mock._delays.get(method):
                    time.sleep(mock._delays[method])  # the mock's own latency, standing in for Slack's
                    if _hung_up(self.connection):
                        mock._handle(self.path, dict(self.headers), raw, abandoned=True)
                        self.close_connection = True
                        return
                status, payload, headers = mock._handle(self.path, dict(self.headers), raw)
                data = json.dumps(payload).encode() if not isinstance(payload, bytes) else payload
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST

        class Server(ThreadingHTTPServer):
            request_queue_size = 128  # the default 5 drops bursts of connections

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    def start(self) -> MockSlackAPI:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reset(self) -> None:
        with self._changed:
            self.calls.clear()
            self._scripted.clear()
            self._delays.clear()
            self.down = False

    # ------------------------------------------------------------------ behaviour

    def script(
        self, method: str, status: int, body: dict | None = None, headers: dict | None = None, times: int = 1
    ) -> None:
        """The next ``times`` calls of ``method`` get this answer instead of the usual one."""
        with self._changed:
            self._scripted.setdefault(method, []).extend(
                [Scripted(status, body or {"ok": False}, headers or {})] * times
            )

    def delay(self, method: str, seconds: float) -> None:
        """Every call of ``method`` takes ``seconds`` before it is acted on (0 to stop)."""
        self._delays[method] = seconds

    @staticmethod
    def _method(path: str) -> str:
        return "response" if path.startswith("/response/") else path.removeprefix("/api/").split("?")[0]

    def _handle(self, path: str, headers: dict, raw: str, abandoned: bool = False):
        method = self._method(path)
        body = _parse(raw, headers.get("Content-Type", ""))
        with self._changed:
            self.calls.append(Call(path, method, headers, body, abandoned=abandoned))
            scripted = self._scripted.get(method)
            answer = scripted.pop(0) if scripted else None
            self._changed.notify_all()
        if answer is not None:
            return answer.status, answer.body, answer.headers
        return 200, self._default(method, body), {}

    def _default(self, method: str, body: dict) -> dict:
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://example.slack.com/",
                "team": "Example",
                "user": "scalebot",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            }
        if method == "chat.postMessage":
            return {
                "ok": True,
                "channel": body.get("channel"),
                "ts": f"{time.time():.6f}",
                "message": {"text": body.get("text")},
            }
        if method == "apps.connections.open":
            return {"ok": True, "url": self.websocket_url}
        if method == "response":
            return {"ok": True}
        return {"ok": True}

    # ------------------------------------------------------------------ assertions

    def calls_to(self, method: str, include_abandoned: bool = True) -> list[Call]:
        with self._changed:
            return [c for c in self.calls if c.method == method and (include_abandoned or not c.abandoned)]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0, **body_equal: str) -> list[Call]:
        """Block until ``count`` calls of ``method`` arrived (those whose body has ``body_equal``, e.g.
        ``channel=``, so a late reply to an earlier test is not counted); fail the test after ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [
                    c
                    for c in self.calls
                    if c.method == method and all(c.body.get(k) == v for k, v in body_equal.items())
                ]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [c.method for c in self.calls]
                    raise AssertionError(f"expected {count} call(s) to {method} within {timeout}s; saw {seen}")
                self._changed.wait(remaining)

    def assert_no_more(self, method: str, count: int, settle: float = 0.5) -> None:
        """No further calls of ``method`` beyond ``count`` arrive within ``settle`` seconds."""
        deadline = time.monotonic() + settle
        with self._changed:
            while time.monotonic() < deadline:
                found = [c for c in self.calls if c.method == method]
                assert len(found) <= count, f"{len(found)} calls to {method}, expected {count}"
                self._changed.wait(deadline - time.monotonic())
            found = [c for c in self.calls if c.method == method]
            assert len(found) == count, f"{len(found)} calls to {method}, expected {count}"


def _hung_up(connection: socket.socket) -> bool:
    """The caller closed its end (readable, and at end of stream or reset)."""
    readable, _, _ = select.select([connection], [], [], 0)
    if not readable:
        return False
    try:
        return connection.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


def _parse(raw: str, content_type: str) -> dict:
    if not raw:
        return {}
    if "json" in content_type:
        return json.loads(raw)
    form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
    for key in ("blocks", "view", "attachments"):
        if isinstance(form.get(key), str):
            try:
                form[key] = json.loads(form[key])
            except ValueError:
                pass
    return form
