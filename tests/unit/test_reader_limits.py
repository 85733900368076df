"""Boundaries of the request reader's limits that attacks found (tests/e2e/test_attack_regressions.py)."""

from __future__ import annotations

from bot.server import BAD_BODY, COMPLETE, MAX_CHUNKS, TOO_LARGE, RequestReader

CHUNKED = b"POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"


def test_up_to_max_chunks_pieces_are_read_and_one_more_is_refused():
    assert RequestReader().feed(CHUNKED + b"1\r\nx\r\n" * (MAX_CHUNKS - 1) + b"0\r\n\r\n") == COMPLETE
    assert RequestReader().feed(CHUNKED + b"1\r\nx\r\n" * MAX_CHUNKS + b"0\r\n\r\n") == BAD_BODY


def test_a_content_length_is_its_value_however_many_digits_it_is_written_with():
    head = b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: "
    assert RequestReader().feed(head + b"0" * 30 + b"5\r\n\r\nhello") == COMPLETE
    assert RequestReader(max_body=100).feed(head + b"0" * 30 + b"101\r\n\r\n") == TOO_LARGE
    assert RequestReader().feed(head + b"9" * 5000 + b"\r\n\r\n") == TOO_LARGE
