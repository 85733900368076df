"""The request perimeter and content safety, against the app as the Procfile runs it (issue 12).

Each test here failed on the code before the fix (commit cf04463) and passes after it.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from urllib.parse import urlencode

import pytest
from slack_sdk.signature import SignatureVerifier
from support.slack_api import MockSlackAPI
from support.slack_requests import SIGNING_SECRET, action_body, command_body, get, mention, post, signed_headers

EVENTS = "/slack/events"


class HangingUpSlackAPI(MockSlackAPI):
    """The mock Web API, able to take a call (Slack acts on it) and then close the connection unanswered."""

    def __init__(self):
        super().__init__()
        self.hang_ups: dict[str, int] = {}
        self.server.handle_error = lambda request, address: None  # hanging up is the point: no traceback

    def hang_up(self, method: str, times: int = 1) -> None:
        with self._changed:
            self.hang_ups[method] = times

    def reset(self) -> None:
        super().reset()
        with self._changed:
            self.hang_ups.clear()

    def _handle(self, path: str, headers: dict, raw: str):
        answer = super()._handle(path, headers, raw)  # recorded first: Slack did it
        method = self.calls[-1].method
        with self._changed:
            if self.hang_ups.get(method):
                self.hang_ups[method] -= 1
                raise ConnectionAbortedError("hung up without answering")
        return answer


@pytest.fixture(scope="module")
def slack_api():
    """This module's apps talk to a mock that can also hang up (the e2e conftest's http_app uses it)."""
    api = HangingUpSlackAPI().start()
    yield api
    api.stop()


def raw_exchange(url: str, request: bytes, timeout: float = 5.0) -> bytes:
    """Send ``request`` as-is on a fresh connection; whatever the server answers before closing or ``timeout``."""
    host, port = url.removeprefix("http://").split(":")
    received = b""
    with socket.create_connection((host, int(port)), timeout=timeout) as conn:
        conn.sendall(request)
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                conn.settimeout(max(0.01, deadline - time.monotonic()))
                data = conn.recv(65536)
                if not data:
                    break
                received += data
                if b"\r\n\r\n" in received:
                    head, _, rest = received.partition(b"\r\n\r\n")
                    length = [ln for ln in head.lower().split(b"\r\n") if ln.startswith(b"content-length:")]
                    if length and len(rest) >= int(length[0].split(b":")[1]):
                        break
        except (TimeoutError, ConnectionResetError):
            pass
    return received


def wait_for_log(app, text: str, count: int = 1, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    while True:
        logs = app.server.logs()
        if logs.count(text) >= count:
            return logs
        if time.monotonic() > deadline:
            raise AssertionError(f"{text!r} not logged {count} time(s) within {timeout}s")
        time.sleep(0.05)


# ------------------------------------------------------------------ 1. verified before anything acts


def test_unverifiable_timestamps_get_401_and_nothing_acts_on_the_body(http_app, api):
    forged = [
        (
            "application/x-www-form-urlencoded",
            urlencode(
                {
                    "command": "/scaling",
                    "text": "elevate",
                    "response_url": api.response_url("forged"),
                    "trigger_id": "1.2.forged",
                }
            ),
        ),
        (
            "application/json",
            json.dumps(
                {
                    "type": "event_callback",
                    "event_id": "Ev0FORGED01",
                    "event": {"type": "app_mention", "channel": "C0VICTIM1", "ts": "1.2", "text": "<@UBOT0001> hi"},
                }
            ),
        ),
    ]
    timestamps = ["abc", "1.5", "9" * 8000, "-1", "0x10", "1_700_000_000", " " + str(int(time.time()))]
    for timestamp in timestamps:
        for content_type, body in forged:
            # even signed with the real secret, a timestamp that is not a plain integer is not verified
            for signature in (
                None,
                SignatureVerifier(SIGNING_SECRET).generate_signature(timestamp=timestamp, body=body),
            ):
                headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": timestamp}
                if signature:
                    headers["X-Slack-Signature"] = signature
                result = post(http_app.url + EVENTS, body, headers)
                assert result.status == 401, (timestamp[:20], content_type, result.status)
    http_app.wait_idle()  # anything accepted would be queued by now
    api.assert_no_more("response", 0, settle=0.1)
    api.assert_no_more("chat.postMessage", 0, settle=0.1)


def test_response_url_off_slack_hosts_is_refused_without_echoing_it(http_app, api):
    # localhost reaches the mock, but it is not on the allowed hosts (SCALEBOT_RESPONSE_URL_HOSTS=http://127.0.0.1)
    off_host = f"http://localhost:{api.port}/response/offhost-7f3a9"
    before = http_app.server.logs().count("refused to post to a response_url")
    assert http_app.command("/programme", "elevate", off_host).status == 200
    assert http_app.command("/scaling", "no such thing at all zzzz", off_host).status == 200
    logs = wait_for_log(http_app, "refused to post to a response_url", before + 2)
    http_app.wait_idle()
    api.assert_no_more("response", 0, settle=0.1)
    refusals = [line for line in logs.splitlines() if "refused to post to a response_url" in line]
    assert refusals and not any("offhost-7f3a9" in line or "localhost" in line for line in refusals)
    # and a Slack host still works: the mock on 127.0.0.1 stands in for hooks.slack.com
    http_app.command("/programme", "elevate", api.response_url("allowed"))
    api.wait_for("response")


# ------------------------------------------------------------------ 2. bodies: size limit, never logged unverified


def test_body_over_the_limit_gets_413_before_it_is_read(http_app, api):
    head = (
        f"POST {EVENTS} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"X-Slack-Request-Timestamp: {int(time.time())}\r\nX-Slack-Signature: v0={'0' * 64}\r\n"
    )
    # 100 MB announced, none of it sent: the answer must come without waiting for it
    answer = raw_exchange(http_app.url, (head + "Content-Length: 104857600\r\n\r\n").encode(), timeout=5)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]
    # no length, chunked: read no further than the limit
    chunk = b"x" * 65536
    chunked = (
        (head + "Transfer-Encoding: chunked\r\n\r\n").encode() + (b"10000\r\n" + chunk + b"\r\n") * 20 + b"0\r\n\r\n"
    )
    answer = raw_exchange(http_app.url, chunked, timeout=5)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]


def test_an_unverified_body_is_never_logged(http_app, api):
    body = json.dumps({"type": "event_callback", "event_id": "Ev0LOGME01", "event": {"text": "MARKER-c0ffee-in-body"}})
    stale = signed_headers(body, timestamp=int(time.time()) - 3600)
    wrong = signed_headers(body, secret="0123456789abcdef0123456789abcdef")
    odd = {**signed_headers(body), "X-Slack-Request-Timestamp": "1.5"}
    refused = http_app.server.logs().count('"POST /slack/events HTTP/1.1" ')
    statuses = [post(http_app.url + EVENTS, body, headers).status for headers in (stale, wrong, odd)]
    logs = wait_for_log(http_app, '"POST /slack/events HTTP/1.1" ', refused + 3)  # gunicorn's access log
    assert "MARKER-c0ffee-in-body" not in logs
    assert "Ev0LOGME01" not in logs
    assert statuses == [401, 401, 401]


# ------------------------------------------------------------------ 3. slow clients


def test_slow_clients_cannot_stall_health_or_events(http_app, api):
    """Slowloris: sockets that send part of a request and then nothing, more of them than the worker has threads."""
    slow = []
    try:
        for n in range(16):
            conn = socket.create_connection(("127.0.0.1", int(http_app.url.rsplit(":", 1)[1])), timeout=5)
            if n % 2:  # headers never finish
                conn.sendall(f"POST {EVENTS} HTTP/1.1\r\nHost: x\r\n".encode())
            else:  # headers done, body never comes
                conn.sendall(f"POST {EVENTS} HTTP/1.1\r\nHost: x\r\nContent-Length: 900\r\n\r\n{{".encode())
            slow.append(conn)
        health = get(http_app.url + "/healthz", timeout=2)
        assert health.status == 200
        result = http_app.event(mention("what is Elevate?", ts="1700001200.000100"), "Ev0SLOWLO1")
        assert result.status == 200 and result.seconds < 2, result
        (call,) = api.wait_for("chat.postMessage", timeout=3)
        assert call.body["thread_ts"] == "1700001200.000100"
    finally:
        for conn in slow:
            conn.close()


# ------------------------------------------------------------------ 8. quoted text never becomes a link


def test_a_url_in_a_question_is_never_quoted_back_as_a_link(http_app, api):
    http_app.event(
        mention("https://evil.example/reset your password \u202eexe.txt", ts="1700001800.000100"), "Ev0URL0001"
    )
    (call,) = api.wait_for("chat.postMessage")
    everything = call.body["text"] + json.dumps(call.body["blocks"], ensure_ascii=False)
    assert "your password" in everything  # the question is still quoted…
    assert "evil.example" not in everything and "https://" not in everything  # …without its link
    assert "\u202e" not in everything


def test_share_in_channel_never_posts_a_quoted_link(http_app, api):
    value = json.dumps(
        {"ids": ["elevate", "my_care_my_way"], "q": "see evil.example/reset or www.evil.example", "list": True}
    )
    http_app.action(
        action_body(
            {"type": "button", "action_id": "share_answer", "value": value}, api.response_url("share"), ephemeral=True
        )
    )
    shared = [c for c in api.wait_for("response", 2) if c.body.get("response_type") == "in_channel"]
    assert len(shared) == 1 and "Elevate" in shared[0].body["text"]
    everything = shared[0].body["text"] + json.dumps(shared[0].body["blocks"])
    assert "evil.example" not in everything


# ------------------------------------------------------------------ 9. check refuses what a reply cannot show


def test_check_rejects_a_link_slack_cannot_show(knowledge_copy):
    programmes = knowledge_copy / "programmes.yaml"
    text = programmes.read_text(encoding="utf-8")
    long_url = "https://www.innovationunit.org/projects/elevate/?ref=" + "a" * 3000
    text = text.replace("url: https://www.innovationunit.org/projects/elevate/", f"url: {long_url}", 1)
    text = text.replace(
        "url: https://www.innovationunit.org/projects/my-care-my-way/",
        "url: https://www.innovationunit.org/projects/my-care-my-way/<!channel>",
        1,
    )
    programmes.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    long_line = next(n for n, line in enumerate(lines, 1) if long_url in line)
    markup_line = next(n for n, line in enumerate(lines, 1) if "<!channel>" in line)
    checked = subprocess.run(
        [sys.executable, "-m", "bot", "check", str(knowledge_copy)], capture_output=True, text=True, timeout=60
    )
    assert checked.returncode == 1, checked.stdout + checked.stderr
    output = checked.stdout + checked.stderr
    assert f"programmes.yaml:{long_line}: elevate.links[0].url: is 3,053 characters" in output
    assert f"programmes.yaml:{markup_line}: my_care_my_way.links[0].url: must not contain <, > or |" in output


# ------------------------------------------------------------------ 10. replays, lost answers, YAML aliases


def test_a_replayed_command_or_click_is_answered_once(http_app, api):
    url = http_app.url + EVENTS
    command = command_body("/programme", "elevate", api.response_url("replayed-command"))
    click = action_body(
        {"type": "button", "action_id": "show_entry_0", "value": "elevate"},
        api.response_url("replayed-click"),
        ephemeral=True,
    )
    for body in (command, click):
        headers = signed_headers(body, content_type="application/x-www-form-urlencoded")
        for _ in range(3):  # the same signed request, within the five minutes its signature is good for
            assert post(url, body, headers).status == 200
    api.wait_for("response", 2)
    http_app.wait_idle()
    api.assert_no_more("response", 2, settle=0.1)
    # a new invocation (a new trigger_id) is answered as usual
    http_app.command("/programme", "elevate", api.response_url("fresh"))
    api.wait_for("response", 3)


def test_a_reply_slack_took_but_never_answered_is_neither_repeated_nor_apologised_for(http_app, api):
    # Slack posts the message, but the connection closes before its answer arrives (as after a timeout)
    api.hang_up("chat.postMessage")
    http_app.event(mention("what is Elevate?", ts="1700002000.000100"), "Ev0HANGUP1")
    (call,) = api.wait_for("chat.postMessage")
    assert "Elevate" in call.body["text"]
    http_app.wait_idle()
    api.assert_no_more("chat.postMessage", 1, settle=0.1)  # no second copy, no apology under it
    api.hang_up("response")
    http_app.command("/programme", "elevate", api.response_url("hangup"))
    (response,) = api.wait_for("response")
    assert "Elevate" in response.body["text"]
    http_app.wait_idle()
    api.assert_no_more("response", 1, settle=0.1)


MEASURED_CHECK = """
import resource, sys
from bot.cli import main
code = main(["check", sys.argv[1]])
print("peak-rss-kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""


def checked_with_peak_memory(folder) -> tuple[subprocess.CompletedProcess, float]:
    """``scalebot check FOLDER`` in its own process, and that process's peak memory in MB."""
    run = subprocess.run(
        [sys.executable, "-c", MEASURED_CHECK, str(folder)], capture_output=True, text=True, timeout=120
    )
    peak = next(line for line in run.stdout.splitlines() if line.startswith("peak-rss-kb"))
    return run, int(peak.split()[1]) / 1024


def test_a_million_yaml_alias_references_are_refused_without_the_memory(knowledge_copy):
    baseline, baseline_mb = checked_with_peak_memory(knowledge_copy)
    assert baseline.returncode == 0, baseline.stdout
    references = ", ".join(["*a"] * 1_000_000)  # about 4 MB
    bomb = knowledge_copy / "bomb.yaml"
    bomb.write_text(
        f"programmes:\n  - id: bomb\n    name: &a Bomb\n    summary: x\n    source: y\n    aliases: [{references}]\n",
        encoding="utf-8",
    )
    refused, refused_mb = checked_with_peak_memory(knowledge_copy)
    assert refused.returncode == 1
    assert "bomb.yaml:6: (file): aliases (*a and others) repeat more than 250,000 values" in refused.stdout
    assert refused_mb - baseline_mb < 60, f"{refused_mb - baseline_mb:.0f} MB more than checking the bundled files"


def test_gunicorn_logs_nothing_an_unverified_client_sent(http_app, api):
    """Malformed request lines, odd paths, queries and headers: the access and error logs keep none of them."""
    port = int(http_app.url.rsplit(":", 1)[1])
    marker = "MARKER-5eed-from-client"
    raw_requests = [
        f"G{marker} / HTTP/1.1\r\nHost: x\r\n\r\n",  # invalid method: gunicorn quotes it in its warning
        f"GET /{marker}?q={marker} HTTP/1.1\r\nHost: x\r\nUser-Agent: {marker}\r\nReferer: {marker}\r\n\r\n",
        f"POST /slack/events?{marker} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nUser-Agent: {marker}\r\n\r\n{{}}",
        f"GET /healthz HTTP/1.1\r\nHost: x\r\nX{marker}: \x01\r\n\r\n",  # invalid header: quoted back too
    ]
    logged = http_app.server.logs()
    before = {
        line: logged.count(line) for line in ('"GET /healthz HTTP/1.1" ', '"GET - HTTP/1.1" 404', "Invalid request")
    }
    for raw in raw_requests:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            conn.sendall(raw.encode())
            conn.recv(4096)
    assert get(http_app.url + "/healthz").status == 200
    # Each line is waited for: a request's access line is written after its response is sent, so on a busy
    # machine one request's line may come after a later one's.
    wait_for_log(http_app, '"GET /healthz HTTP/1.1" ', before['"GET /healthz HTTP/1.1" '] + 1)
    wait_for_log(http_app, '"GET - HTTP/1.1" 404', before['"GET - HTTP/1.1" 404'] + 1)  # the unknown path, as "-"
    logs = wait_for_log(http_app, "Invalid request", before["Invalid request"] + 1)
    assert "Invalid request from ip=127.0.0.1" in logs
    assert marker not in logs
