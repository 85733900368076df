"""The real app under gunicorn, as the Procfile runs it, driven by requests signed as Slack signs them.

Per-listener behaviour is tested in process (tests/inprocess); these check what only the deployed
shape shows: the WSGI adapter, gunicorn, /healthz, signature checks over HTTP, acks in time.
"""

from __future__ import annotations

import json
import time

from support.slack_requests import form_headers, get, mention, post, signed_headers


def test_healthz_reports_the_knowledge_base(http_app, api):
    result = get(http_app.url + "/healthz")
    assert result.status == 200
    health = json.loads(result.body)
    assert health["status"] == "ok" and health["counts"]["programme"] == 8


def test_url_verification(http_app, api):
    body = json.dumps(
        {"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", "type": "url_verification"}
    )
    result = post(http_app.url + "/slack/events", body, signed_headers(body))
    assert result.status == 200
    assert "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in result.body


def test_mention_gets_a_threaded_reply_naming_the_entry(http_app, api):
    result = http_app.event(mention("what is My Care My Way?", ts="1700000001.000100"))
    assert result.status == 200
    (call,) = api.wait_for("chat.postMessage")
    assert call.body["channel"] == "C0CHAN01"
    assert call.body["thread_ts"] == "1700000001.000100"
    assert "My Care, My Way" in call.body["text"]


def test_slash_command_acks_fast_and_answers_ephemerally(http_app, api):
    result = http_app.command("/programme", "elevate", api.response_url("cmd"))
    assert result.status == 200 and result.seconds < 1.5, result
    (response,) = api.wait_for("response")
    assert response.body["response_type"] == "ephemeral"
    assert "Elevate" in response.body["text"]


def test_bad_signature_is_401_and_no_trace(http_app, api):
    body = json.dumps({"type": "event_callback", "event_id": "Ev0FORGED1", "event": mention("elevate")})
    result = post(http_app.url + "/slack/events", body, signed_headers(body, secret="0" * 32))
    assert result.status == 401
    assert "Traceback" not in result.body


def test_stale_timestamp_is_401(http_app, api):
    body = json.dumps({"type": "event_callback", "event_id": "Ev0STALE01", "event": mention("elevate")})
    result = post(http_app.url + "/slack/events", body, signed_headers(body, timestamp=int(time.time()) - 60 * 10))
    assert result.status == 401


def test_unparseable_body_is_a_client_error_not_a_trace(http_app, api):
    body = "payload=%7Bnot-json"
    result = post(http_app.url + "/slack/events", body, form_headers(body))
    assert 400 <= result.status < 500
    assert "Traceback" not in result.body


def test_unknown_path_is_404(http_app, api):
    assert get(http_app.url + "/nope").status == 404
