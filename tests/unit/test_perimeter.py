"""The request perimeter's pure parts: signature check, response_url hosts, bounded body reads."""

from __future__ import annotations

import http.client
import io
from urllib.error import URLError

import pytest
from slack_sdk.signature import SignatureVerifier

from bot.http_front import read_bounded
from bot.slack_clients import delivery_unknown, response_url_allowed
from bot.verify import signature_problem

SECRET = "8f742231b10e8888abcd99111222585a"
NOW = 1_700_000_000


def sign(timestamp: str, body: bytes) -> str:
    return SignatureVerifier(SECRET).generate_signature(timestamp=timestamp, body=body.decode())


def test_a_correct_signature_within_five_minutes_is_verified():
    body = b'{"type": "event_callback"}'
    assert signature_problem(SECRET, str(NOW - 289), sign(str(NOW - 289), body), body, now=NOW) is None


def test_a_request_near_the_five_minute_edge_is_refused_here_before_bolt_would_log_its_body():
    body = b'{"type": "event_callback"}'
    for age in (295, 300):
        assert "five minutes" in signature_problem(SECRET, str(NOW - age), sign(str(NOW - age), body), body, now=NOW)


@pytest.mark.parametrize(
    "timestamp, why",
    [
        ("abc", "not a plain integer"),
        ("1.5", "not a plain integer"),
        ("9" * 8000, "not a plain integer"),
        ("-1", "not a plain integer"),
        ("1_700_000_000", "not a plain integer"),
        ("１７００００００００", "not a plain integer"),
        (str(NOW - 301), "five minutes"),
        (str(NOW + 301), "five minutes"),
    ],
)
def test_a_bad_timestamp_is_a_reason_never_an_exception(timestamp, why):
    body = b"command=/scaling"
    assert why in signature_problem(SECRET, timestamp, sign(timestamp, body), body, now=NOW)


def test_a_wrong_or_malformed_signature_is_refused():
    body = b"x=1"
    good = sign(str(NOW), body)
    assert "does not match" in signature_problem(SECRET, str(NOW), good, body + b"2", now=NOW)
    assert "malformed" in signature_problem(SECRET, str(NOW), good.upper(), body, now=NOW)
    assert "no signature" in signature_problem(SECRET, str(NOW), None, body, now=NOW)


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("https://hooks.slack.com/commands/T1/2/abc", True),
        ("https://hooks.slack-gov.com/actions/T1/2/abc", True),
        ("http://hooks.slack.com/commands/T1/2/abc", False),
        ("https://hooks.slack.com.evil.example/x", False),
        ("https://hooks.slack.com@evil.example/x", False),
        ("https://evil.example/?https://hooks.slack.com/", False),
        ("http://127.0.0.1:9999/x", False),
        ("https://hooks.slack.com:99999/x", False),
        ("not a url", False),
    ],
)
def test_response_urls_go_only_to_slack(url, allowed):
    assert response_url_allowed(url) is allowed


def test_response_url_hosts_are_configurable_for_a_local_mock():
    assert response_url_allowed("http://127.0.0.1:5123/response/r1", ("http://127.0.0.1",))
    assert not response_url_allowed("http://localhost:5123/response/r1", ("http://127.0.0.1",))
    assert not response_url_allowed("http://127.0.0.1:5124/r", ("http://127.0.0.1:5123",))


def test_bodies_are_read_no_further_than_the_limit():
    class Counting(io.BytesIO):
        def read(self, size=-1):
            self.asked = getattr(self, "asked", 0) + (size if size and size > 0 else 10**9)
            return super().read(size)

    stream = Counting(b"x" * 5000)
    assert read_bounded({"wsgi.input": stream}, limit=1000) is None  # chunked: no Content-Length
    assert stream.asked <= 1001
    assert read_bounded({"wsgi.input": io.BytesIO(b"abc"), "CONTENT_LENGTH": "3"}, limit=1000) == b"abc"
    assert read_bounded({"wsgi.input": io.BytesIO(b"abc")}, limit=1000) == b"abc"


def test_a_call_is_maybe_delivered_only_when_it_failed_after_being_sent():
    assert delivery_unknown(TimeoutError("read timed out"))  # Slack may have posted it
    assert delivery_unknown(http.client.RemoteDisconnected("closed before the response"))
    assert not delivery_unknown(URLError(ConnectionRefusedError()))  # never reached Slack
    assert not delivery_unknown(URLError(TimeoutError("connect timed out")))
    assert not delivery_unknown(ValueError("a bug of ours"))
