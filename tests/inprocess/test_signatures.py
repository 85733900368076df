"""Bolt's signature check is on in create_app's app: a forged or stale request reaches no listener."""

from __future__ import annotations

import time

from support.slack_requests import event_body, mention, signed_headers


def test_bad_signature_is_401_and_calls_nothing(app, api):
    body = event_body(mention("elevate"), "Ev0FORGED1")
    assert app.dispatch(body, signed_headers(body, secret="0" * 32)).status == 401
    assert [c.method for c in api.calls] == []


def test_stale_timestamp_is_401_and_calls_nothing(app, api):
    body = event_body(mention("elevate"), "Ev0STALE01")
    assert app.dispatch(body, signed_headers(body, timestamp=int(time.time()) - 60 * 10)).status == 401
    assert [c.method for c in api.calls] == []


def test_the_same_request_correctly_signed_is_answered(app, api):
    body = event_body(mention("elevate"), "Ev0SIGNED1")
    assert app.dispatch(body, signed_headers(body)).status == 200
    assert len(api.calls_to("chat.postMessage")) == 1
