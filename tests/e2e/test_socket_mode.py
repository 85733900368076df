"""`scalebot socket` end to end: apps.connections.open on the mock Web API, a local websocket,
an events_api envelope in, the envelope acked and the reply posted."""

from __future__ import annotations

import subprocess
import sys

import pytest
from support.paths import KNOWLEDGE_DIR
from support.servers import app_environment
from support.slack_requests import APP_TOKEN, BOT_TOKEN, fresh_event_id, mention, socket_envelope
from support.socket_server import MockSocketModeServer


@pytest.fixture
def socket_server():
    server = MockSocketModeServer().start()
    yield server
    server.stop()


def test_socket_mode_acks_the_envelope_and_replies_once(api, socket_server, tmp_path):
    api.websocket_url = socket_server.url
    env = app_environment(api.base_url, KNOWLEDGE_DIR, SLACK_APP_TOKEN=APP_TOKEN)
    env.pop("SLACK_SIGNING_SECRET")  # Socket Mode needs none
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "socket"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        api.wait_for("apps.connections.open", timeout=20)
        socket_server.wait_connected()
        question, event_id = mention("what is Elevate?", ts="1700000009.000900"), fresh_event_id()
        socket_server.send(socket_envelope("env-1", question, event_id))
        assert socket_server.wait_for_ack("env-1") == {"envelope_id": "env-1"}  # an events_api ack has no payload
        (call,) = api.wait_for("chat.postMessage")
        assert call.body["thread_ts"] == "1700000009.000900"
        assert "Elevate" in call.body["text"]
        # Socket Mode may redeliver: the same event again is acked but not answered twice. A new
        # question sent after it marks the end: its reply must be the only other one.
        socket_server.send(socket_envelope("env-2", question, event_id))
        assert socket_server.wait_for_ack("env-2") == {"envelope_id": "env-2"}
        socket_server.send(
            socket_envelope("env-3", mention("against the odds", ts="1700000009.000901"), fresh_event_id())
        )
        first, second = api.wait_for("chat.postMessage", 2)
        assert second.body["thread_ts"] == "1700000009.000901"
    finally:
        process.terminate()
        try:
            output, _ = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
    assert "connected over Socket Mode" in output
    assert "apps.connections.open" in output  # DEBUG logs of the whole run…
    assert APP_TOKEN not in output and BOT_TOKEN not in output  # …without a token in them


def test_socket_without_app_token_says_which_variable(tmp_path):
    env = app_environment("http://127.0.0.1:9/api/", KNOWLEDGE_DIR)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "socket"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "SLACK_APP_TOKEN is not set" in result.stderr and "Traceback" not in result.stderr


def test_serve_with_malformed_secret_says_which_variable(tmp_path):
    env = app_environment("http://127.0.0.1:9/api/", KNOWLEDGE_DIR, SLACK_SIGNING_SECRET="not-a-secret")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2
    assert "SLACK_SIGNING_SECRET looks malformed" in result.stderr and "Traceback" not in result.stderr
