"""The worker's request reader (bot/server.py): when a request has fully arrived, and what it refuses."""

from __future__ import annotations

import pytest

from bot.server import BAD_BODY, COMPLETE, HEAD_TOO_LARGE, INCOMPLETE, MALFORMED, TOO_LARGE, RequestReader

HEAD = b"POST /slack/events HTTP/1.1\r\nHost: x\r\n"


def feed_bytewise(data: bytes, **limits) -> list[str]:
    reader = RequestReader(**limits)
    return [reader.feed(data[i : i + 1]) for i in range(len(data))]


def test_a_request_with_a_length_is_complete_with_its_last_byte_and_not_before():
    request = HEAD + b"Content-Length: 5\r\n\r\nhello"
    states = feed_bytewise(request)
    assert states[-1] == COMPLETE and set(states[:-1]) == {INCOMPLETE}


def test_a_request_without_a_body_is_complete_at_the_end_of_its_head():
    assert feed_bytewise(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")[-1] == COMPLETE


def test_chunked_bodies_are_followed_to_the_last_chunk():
    request = HEAD + b"Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3;ext=1\r\nabc\r\n0\r\n\r\n"
    states = feed_bytewise(request)
    assert states[-1] == COMPLETE and set(states[:-1]) == {INCOMPLETE}
    with_trailer = HEAD + b"Transfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nX-T: 1\r\n\r\n"
    assert feed_bytewise(with_trailer)[-1] == COMPLETE


def test_too_large_is_known_from_the_head_or_the_chunks_without_reading_the_rest():
    assert RequestReader(max_body=100).feed(HEAD + b"Content-Length: 101\r\n\r\n") == TOO_LARGE
    chunked = HEAD + b"Transfer-Encoding: chunked\r\n\r\n" + b"40\r\n" + b"x" * 64 + b"\r\n" + b"40\r\n"
    assert RequestReader(max_body=100).feed(chunked) == TOO_LARGE


@pytest.mark.parametrize(
    "request_bytes, state",
    [
        (HEAD + b"Content-Length: 5\r\nContent-Length: 6\r\n\r\n", MALFORMED),
        (HEAD + b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n", MALFORMED),
        (HEAD + b"Content-Length: -5\r\n\r\n", MALFORMED),
        (HEAD + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n", BAD_BODY),
        (HEAD + b"Transfer-Encoding: chunked\r\n\r\n+5\r\n", BAD_BODY),
        (HEAD + b"X-Long: " + b"a" * 40000, HEAD_TOO_LARGE),
    ],
)
def test_framing_it_cannot_follow_is_never_left_waiting(request_bytes, state):
    assert RequestReader().feed(request_bytes) == state
