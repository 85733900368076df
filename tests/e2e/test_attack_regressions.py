"""Holes found by attacking the request perimeter after issue 12 landed, each against the app as the Procfile runs it.

Every test here failed on the code before its fix (see the commit that added it).
"""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from support.paths import KNOWLEDGE_DIR
from support.servers import start_app
from support.slack_requests import get, mention

EVENTS = "/slack/events"


def open_connections(app, count: int, first_bytes: bytes = b"") -> list[socket.socket]:
    """``count`` client connections to the app, each having sent ``first_bytes`` and then nothing."""
    port = int(app.url.rsplit(":", 1)[1])
    opened = []
    for _ in range(count):
        conn = socket.create_connection(("127.0.0.1", port), timeout=5)
        if first_bytes:
            conn.sendall(first_bytes)
        opened.append(conn)
    return opened


def close_all(connections: list[socket.socket]) -> None:
    for conn in connections:
        conn.close()


def assert_still_answering(app, api, ts: str, event_id: str) -> None:
    """``/healthz`` and a real event are answered promptly, and the event's reply goes out."""
    health = get(app.url + "/healthz", timeout=3)
    assert health.status == 200 and health.seconds < 2, health
    result = app.event(mention("what is Elevate?", ts=ts), event_id)
    assert result.status == 200 and result.seconds < 2, result
    (call,) = api.wait_for("chat.postMessage", timeout=5)
    assert call.body["thread_ts"] == ts


def test_a_content_length_with_nineteen_digits_cannot_hold_threads(http_app, api):
    """``Content-Length: 0000000000000000900`` (19 digits, value 900) was left to gunicorn, which
    took it and handed the connection to a thread to wait for a body that never comes: 16 such
    connections stalled /healthz and events for 8 s and more. Now the event loop waits for those
    900 bytes, as for any other length, and a thread never sees the request."""
    head = f"POST {EVENTS} HTTP/1.1\r\nHost: x\r\nContent-Length: {'0' * 16}900\r\n\r\n".encode()
    held = open_connections(http_app, 16, head)
    try:
        assert_still_answering(http_app, api, "1700007100.000100", "Ev0CL19DIG1")
    finally:
        close_all(held)


def test_a_huge_content_length_in_digits_is_too_large(http_app, api):
    """However many digits it takes, a length over the limit is a 413 from the event loop."""
    for length in ("9" * 19, "9" * 5000):
        (conn,) = open_connections(
            http_app, 1, f"POST {EVENTS} HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n\r\n".encode()
        )
        with conn:
            conn.settimeout(3)
            assert conn.recv(100).startswith(b"HTTP/1.1 413"), length[:20]


def test_a_forty_thousand_character_question_does_not_freeze_the_worker(http_app, api):
    """Slack allows 40,000 characters a message. Quoting one back ran the link-finding regex in
    quadratic time with the GIL held: about 20 s per copy with nothing else answered, /healthz included."""
    http_app.event(mention("x" * 40_000, ts="1700007200.000100"), "Ev0LONGQ001")
    health = get(http_app.url + "/healthz", timeout=5)
    assert health.status == 200 and health.seconds < 2, health
    (call,) = api.wait_for("chat.postMessage", timeout=5)
    assert call.body["thread_ts"] == "1700007200.000100"


@pytest.fixture(scope="module")
def app_with_100_connections(slack_api):
    """The app as the Procfile runs it, but with gunicorn's connection limit at 100 rather than
    1,000 (GUNICORN_CMD_ARGS), so filling it takes a tenth of the sockets and of the time."""
    running = start_app(slack_api, KNOWLEDGE_DIR, GUNICORN_CMD_ARGS="--worker-connections 100")
    yield running
    running.server.stop()


def test_idle_connections_up_to_the_limit_do_not_lock_out_slack(app_with_100_connections, api):
    """Connections that send nothing filled gthread's connection slots (1,000 by default), so it
    stopped accepting: /healthz and events waited until the oldest timed out (about 5 s, every
    10 s while the flood is kept up). 1,100 against the default limit was measured the same way."""
    idle = open_connections(app_with_100_connections, 110)
    try:
        assert_still_answering(app_with_100_connections, api, "1700007300.000100", "Ev0FLOOD001")
    finally:
        close_all(idle)


def worker_rss_mb(app) -> float:
    """Resident memory of the app's gunicorn workers (the master's children), from /proc."""
    master = str(app.server.process.pid)
    total_kb = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if fields[1] == master:
                status = (stat.parent / "status").read_text()
                total_kb += int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1])
        except (OSError, IndexError, StopIteration):
            continue
    return total_kb / 1024


def test_bodies_held_one_byte_short_cannot_take_the_workers_memory(http_app, api):
    """Each request is capped at 1 MiB, but nothing capped them together: 400 connections each
    sending a 1 MiB body less one byte, then waiting, took a worker from 45 to 448 MB for 10 s."""
    before = worker_rss_mb(http_app)
    head = f"POST {EVENTS} HTTP/1.1\r\nHost: x\r\nContent-Length: {1024 * 1024}\r\n\r\n".encode()
    held = open_connections(http_app, 200, head + b"x" * (1024 * 1024 - 1))
    try:
        assert_still_answering(http_app, api, "1700007400.000100", "Ev0MEMORY01")
        grown = worker_rss_mb(http_app) - before
        assert grown < 120, f"the worker grew by {grown:.0f} MB"
        refused, deadline = 0, time.monotonic() + 1
        for conn in held:  # the refused were answered at once; only the kept ones wait out the deadline
            conn.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                refused += conn.recv(100).startswith(b"HTTP/1.1 413")
            except TimeoutError:
                pass
        assert refused >= 100, refused  # at most 64 MiB of them are kept waiting for their last byte
    finally:
        close_all(held)


def test_a_body_in_many_tiny_chunks_cannot_hold_threads(http_app, api):
    """gunicorn's chunked parser copies the rest of the body for each chunk: eight unsigned
    requests of 60,000 one-byte chunks (360 KB each, under every size limit) held all eight
    threads for 84 s. More than 64 chunks is now a 400 from the event loop."""
    head = f"POST {EVENTS} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
    held = open_connections(http_app, 8, head + b"1\r\nx\r\n" * 60_000 + b"0\r\n\r\n")
    try:
        assert_still_answering(http_app, api, "1700007500.000100", "Ev0CHUNKS01")
        held[0].settimeout(3)
        assert held[0].recv(100).startswith(b"HTTP/1.1 400")
    finally:
        close_all(held)
