"""gunicorn's gthread worker, except that a thread gets a connection only once its whole request has arrived.

Why: gthread hands a connection to a thread as soon as it is readable, and the thread then
blocks reading the rest of the request. Eight clients that send half a request and stop hold
eight threads (slowloris), and the app stops answering, ``/healthz`` included.

Here the worker's event loop (the one gthread already runs for accepting and keep-alive, no
extra threads) reads each request's head and body without blocking. A thread gets the
connection once the request is complete in memory, so a thread never waits on a client. The
loop refuses, itself and without a thread:

* a request not complete within :data:`REQUEST_READ_SECONDS` of its connection being accepted
  (or, kept alive, of its first byte): 408;
* a body announced or sent larger than :data:`bot.http_front.MAX_BODY_BYTES`: 413, read no further;
* a request head over :data:`MAX_HEAD_BYTES`: 431.

Listeners, reply pools and Redis calls still run on real OS threads, exactly as under plain
gthread; only the reading of requests moved. TLS is terminated in front of the app (Heroku's
router, a proxy); with gunicorn's own TLS (``--certfile``) or HTTP/2 prior knowledge this worker
behaves as plain gthread.

Why not another worker or server: gevent/eventlet workers also keep slow clients off the
app, but they monkey-patch threads into greenlets, so CPU work (reloading a large knowledge
base takes seconds) would stop every ack in the worker until it finished, and the reply
threads would no longer be threads. waitress buffers requests the same way, but it is one
process: no gunicorn master to restart a crashed worker, run ``WEB_CONCURRENCY`` workers or
drain them on a deploy. Keeping gunicorn and gthread keeps all of that and Bolt's WSGI adapter.

It uses gthread's internals (``TConn``, the poller, ``enqueue_req``), so pyproject pins the
gunicorn release it was written against.
"""

from __future__ import annotations

import re
import selectors
import socket
import time
from functools import partial

from gunicorn.http2.negotiation import prior_knowledge_allowed  # type: ignore[import-untyped]
from gunicorn.workers.gthread import ThreadWorker  # type: ignore[import-untyped]

from .http_front import MAX_BODY_BYTES

#: Slack sends a whole request at once; ten seconds is generous for any real client.
REQUEST_READ_SECONDS = 10.0
#: A request line plus headers; Slack's are about 1 KB.
MAX_HEAD_BYTES = 32 * 1024
#: All requests still arriving in one worker, together: 1,000 connections each a byte short of
#: a 1 MiB body would otherwise hold 1 GB. Slack's bodies are a few KB, so under this budget the
#: largest buffers (an attacker's) are refused, never Slack's.
MAX_BUFFERED_BYTES = 64 * 1024 * 1024
#: gunicorn's chunked-body parser copies the rest of the body for every chunk: 60,000 one-byte
#: chunks (360 KB) held a thread for over a minute. Slack sends a Content-Length; a client that
#: chunks uses a few large chunks, so more than this many is refused (400). At 256, eight requests
#: of 4 KB chunks still took 2.4 s each; at 64 a 1 MiB body needs chunks of 16 KB or more.
MAX_CHUNKS = 64
#: After refusing a request, read (and drop) what the client still sends for this long, so the
#: refusal is not lost to a TCP reset; then close.
LINGER_SECONDS = 2.0

INCOMPLETE, COMPLETE, MALFORMED = "incomplete", "complete", "malformed"
BAD_BODY, TIMED_OUT, TOO_LARGE, HEAD_TOO_LARGE = "400", "408", "413", "431"

_CHUNK_SIZE = re.compile(rb"[0-9a-fA-F]{1,8}")
_REFUSALS = {
    BAD_BODY: b"400 Bad Request",
    TIMED_OUT: b"408 Request Timeout",
    TOO_LARGE: b"413 Content Too Large",
    HEAD_TOO_LARGE: b"431 Request Header Fields Too Large",
}


class RequestReader:
    """Collects one HTTP/1.x request's bytes and says when it is complete (pure; no sockets).

    A head whose framing it cannot follow (two lengths, a length that is not digits) is
    ``MALFORMED``: handed to gunicorn's parser, which answers 400 from the head alone. A bad
    chunk in the body, or more than :data:`MAX_CHUNKS`, is refused here (``BAD_BODY``): gunicorn would
    read on to find it, or take quadratic time over many small chunks.
    """

    def __init__(self, max_body: int = MAX_BODY_BYTES, max_head: int = MAX_HEAD_BYTES):
        self.data = bytearray()
        self.max_body, self.max_head = max_body, max_head
        self.state = INCOMPLETE
        self.expects_continue = False
        self._body_start: int | None = None
        self._length: int | None = None  # None: chunked
        self._pos = 0  # chunked: where the next chunk-size line starts
        self._chunk_left: int | None = None
        self._body_bytes = 0
        self._chunks = 0

    def feed(self, data: bytes) -> str:
        self.data += data
        if self.state == INCOMPLETE:
            self.state = self._scan(len(data))
        return self.state

    def _scan(self, fresh: int) -> str:
        if self._body_start is None:
            end = self.data.find(b"\r\n\r\n", max(0, len(self.data) - fresh - 3))
            if end < 0:
                return HEAD_TOO_LARGE if len(self.data) > self.max_head else INCOMPLETE
            if end > self.max_head:
                return HEAD_TOO_LARGE
            verdict = self._read_head(bytes(self.data[:end]))
            if verdict:
                return verdict
            self._body_start = self._pos = end + 4
        if self._length is not None:
            return COMPLETE if len(self.data) >= self._body_start + self._length else INCOMPLETE
        return self._scan_chunks()

    def _read_head(self, head: bytes) -> str | None:
        lengths, chunked = set(), False
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            name, value = name.strip().lower(), value.strip().lower()
            if name == b"content-length":
                if not value.isdigit():
                    return MALFORMED
                # gunicorn takes any run of digits (0000000000000000900 is 900): so must this, or a
                # thread would wait for that body. Over 18 significant digits is over any limit.
                digits = value.lstrip(b"0") or b"0"
                lengths.add(int(digits) if len(digits) <= 18 else self.max_body + 1)
            elif name == b"transfer-encoding":
                chunked = chunked or b"chunked" in value
            elif name == b"expect" and value == b"100-continue":
                self.expects_continue = True
        if len(lengths) > 1 or (lengths and chunked):
            return MALFORMED
        if chunked:
            self._length = None
            return None
        self._length = lengths.pop() if lengths else 0
        return TOO_LARGE if self._length > self.max_body else None

    def _scan_chunks(self) -> str:
        data = self.data
        while True:
            if self._chunk_left == 0:  # after the last chunk: optional trailers, then an empty line
                if data[self._pos : self._pos + 2] == b"\r\n" or data.find(b"\r\n\r\n", self._pos) >= 0:
                    return COMPLETE
                return HEAD_TOO_LARGE if len(data) - self._pos > self.max_head else INCOMPLETE
            if self._chunk_left is None:
                line_end = data.find(b"\r\n", self._pos)
                if line_end < 0:
                    return BAD_BODY if len(data) - self._pos > 1024 else INCOMPLETE
                size_text = bytes(data[self._pos : line_end]).split(b";")[0].strip()
                if not _CHUNK_SIZE.fullmatch(size_text):
                    return BAD_BODY
                self._chunk_left = int(size_text, 16)
                self._pos = line_end + 2
                self._chunks += 1
                if self._chunks > MAX_CHUNKS:
                    return BAD_BODY
                self._body_bytes += self._chunk_left
                if self._body_bytes > self.max_body:
                    return TOO_LARGE
                continue
            if len(data) < self._pos + self._chunk_left + 2:
                return INCOMPLETE
            self._pos += self._chunk_left + 2
            self._chunk_left = None


class BufferingThreadWorker(ThreadWorker):
    """``--worker-class bot.server.BufferingThreadWorker``: gthread, with requests read by the event loop."""

    def init_process(self) -> None:
        self._reading: dict = {}  # conn -> deadline: requests still arriving
        self._buffered = 0  # bytes those requests hold so far
        self._lingering: dict = {}  # conn -> deadline: refused, draining before close
        super().init_process()

    def enqueue_req(self, conn) -> None:
        """Every path to a thread comes through here (new, kept-alive, pipelined): read first, then hand over."""
        if getattr(conn, "request_ready", False) or self.cfg.is_ssl or prior_knowledge_allowed(self.cfg, conn.client):
            conn.request_ready = False
            super().enqueue_req(conn)
            return
        conn.reader = RequestReader()
        if conn.parser is not None:  # what a previous request's read already took off the socket
            self._feed(conn, conn.parser.unreader.take_buffered())
        conn.sock.setblocking(False)
        self._reading[conn] = time.monotonic() + REQUEST_READ_SECONDS
        if conn.reader.state == INCOMPLETE:
            # Usually the request is already there (we are called when the socket turned readable):
            # read it now rather than after another turn of the poller.
            self._on_readable(conn, conn.sock)
        else:
            self._unwatch(conn, self._reading)
            self._finish_reading(conn)

    @staticmethod
    def _recv(conn) -> bytes | None:
        """What the client sent; b"" once it has gone; None when there is nothing to read yet."""
        try:
            return conn.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return None
        except OSError:
            return b""

    def _watch(self, conn) -> None:
        if not getattr(conn, "watched", False):
            conn.watched = True
            self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._on_readable, conn))

    def _feed(self, conn, data: bytes) -> str:
        self._buffered += len(data)
        return conn.reader.feed(data)

    def _unwatch(self, conn, watched: dict) -> None:
        if watched.pop(conn, None) is not None and watched is self._reading and conn.reader is not None:
            self._buffered -= len(conn.reader.data)
        if getattr(conn, "watched", False):
            conn.watched = False
            try:
                self.poller.unregister(conn.sock)
            except (KeyError, ValueError, OSError):
                pass

    def _on_readable(self, conn, _sock) -> None:
        data = self._recv(conn)
        if data is None:
            self._watch(conn)
            return
        if not data:  # the client went away mid-request
            self._unwatch(conn, self._reading)
            self._close(conn)
            return
        asked_continue = conn.reader.expects_continue
        state = self._feed(conn, data)
        if state == INCOMPLETE:
            if conn.reader.expects_continue and not asked_continue:
                self._send(conn, b"HTTP/1.1 100 Continue\r\n\r\n")
            self._watch(conn)
            self._within_budget()
            return
        self._unwatch(conn, self._reading)
        self._finish_reading(conn)

    def _finish_reading(self, conn) -> None:
        reader, conn.reader = conn.reader, None
        if reader.state in _REFUSALS:
            self._refuse(conn, reader.state)
            return
        conn.sock.setblocking(True)
        conn.init()  # plain HTTP/1.x: makes the parser, no I/O
        conn.parser.unreader.unread(bytes(reader.data))
        conn.data_ready = True
        conn.request_ready = True
        self.enqueue_req(conn)

    def _send(self, conn, data: bytes) -> None:
        try:
            conn.sock.send(data)  # small; a full send buffer just loses it, and the client its answer
        except OSError:
            pass

    def _refuse(self, conn, status: str) -> None:
        line = _REFUSALS[status]
        self.log.info("refused a request on the event loop: %s", line.decode())
        body = line[4:] + b"\n"
        self._send(
            conn,
            b"HTTP/1.1 "
            + line
            + b"\r\nContent-Type: text/plain\r\nContent-Length: "
            + str(len(body)).encode()
            + b"\r\nConnection: close\r\n\r\n"
            + body,
        )
        try:
            conn.sock.shutdown(socket.SHUT_WR)
        except OSError:
            self._close(conn)
            return
        conn.sock.setblocking(False)
        self._lingering[conn] = time.monotonic() + LINGER_SECONDS
        conn.watched = True
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._on_lingering, conn))

    def _on_lingering(self, conn, _sock) -> None:
        if self._recv(conn) == b"":  # anything else it sends is dropped
            self._stop_lingering(conn)

    def _stop_lingering(self, conn) -> None:
        self._unwatch(conn, self._lingering)
        self._close(conn)

    def _close(self, conn) -> None:
        self.nr_conns -= 1
        conn.close()

    def accept(self, listener) -> None:
        """gthread stops accepting at ``--worker-connections`` (1,000), so that many connections sending
        nothing would lock Slack out until they time out. At the limit, the connection that has waited
        longest for a request (refused ones first) is closed to make room: an idle flood only ever
        displaces itself, while a request from Slack arrives whole within milliseconds."""
        super().accept(listener)
        while self.nr_conns >= self.worker_connections and (self._lingering or self._reading):
            waiting = self._lingering or self._reading
            oldest = next(iter(waiting))  # dicts keep insertion order: the first waited longest
            self._unwatch(oldest, waiting)
            self._close(oldest)

    def _within_budget(self) -> None:
        """Over :data:`MAX_BUFFERED_BYTES`: refuse (413) the largest requests still arriving until under it."""
        while self._buffered > MAX_BUFFERED_BYTES and self._reading:
            largest = max(self._reading, key=lambda c: len(c.reader.data))
            self._unwatch(largest, self._reading)
            largest.reader = None
            self._refuse(largest, TOO_LARGE)

    def murder_pending(self) -> None:
        """gthread's own timeouts, plus: requests too slow to arrive get a 408; refused ones are closed."""
        super().murder_pending()
        now = time.monotonic()
        for conn in [c for c, deadline in self._reading.items() if deadline <= now]:
            self._unwatch(conn, self._reading)
            conn.reader = None  # out of the budget now, so not kept while it lingers either
            self._refuse(conn, TIMED_OUT)
        for conn in [c for c, deadline in self._lingering.items() if deadline <= now]:
            self._stop_lingering(conn)
