"""The real app, started the way production starts it, pointed at the mock Web API."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from bot.config import graceful_seconds_from
from bot.wsgi import gunicorn_command, gunicorn_executable

from .slack_requests import BOT_TOKEN, SIGNING_SECRET, HttpResult, SignedRequests, get, post

ROOT = Path(__file__).resolve().parents[2]
ADMIN = "U0ADMIN01"


def app_environment(api_url: str, knowledge: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SCALEBOT_", "REDIS_URL"))}
    data = tempfile.mkdtemp(prefix="scalebot-db-")
    env.update(
        {
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": api_url,
            # response_url posts go only to Slack's hosts; the mock's stand-in for them is on 127.0.0.1
            "SCALEBOT_RESPONSE_URL_HOSTS": "http://127.0.0.1",
            "SCALEBOT_KNOWLEDGE": str(knowledge),
            "PYTHONUNBUFFERED": "1",
            "LOG_LEVEL": "DEBUG",
            # words alone: loading the embedding model costs each worker a second of CPU; the one
            # test of the model in the served app (tests/e2e/test_served_meaning.py) turns it on
            "SCALEBOT_SEMANTIC": "off",
            # The question log goes to a fresh SQLite file, never ./scalebot.db in the repository.
            "DATABASE_URL": f"sqlite:///{data}/scalebot.db",
            # The workers' shared claims and thread context: this app's own, whatever DATABASE_URL a test
            # sets (by default it would sit beside a SQLite log, or in the repository for PostgreSQL).
            "SCALEBOT_STATE_FILE": f"{data}/scalebot-state.db",
            # Embedding vectors, when a test turns meaning on, never go to ./scalebot-vectors in the repository.
            "SCALEBOT_VECTOR_CACHE": f"{data}/vectors",
        }
    )
    env.update(extra)
    return env


class GunicornApp:
    """``gunicorn … bot.wsgi:serve_from_env()`` on a socket the test bound (port 0), logs captured."""

    def __init__(self, env: dict, workers: int = 1, threads: int = 8):
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(128)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_file = tempfile.NamedTemporaryFile("w+", prefix="scalebot-gunicorn-", suffix=".log", delete=False)
        command = gunicorn_command(
            f"fd://{self.listener.fileno()}",
            workers=workers,
            threads=threads,
            gunicorn=gunicorn_executable(),
            graceful_seconds=graceful_seconds_from(env),
        )
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            pass_fds=(self.listener.fileno(),),
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 30.0) -> GunicornApp:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited with {self.process.returncode}:\n{self.logs()}")
            try:
                if get(self.url + "/healthz", timeout=1).status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.05)
        raise AssertionError(f"app not ready within {timeout}s:\n{self.logs()}")

    def worker_pids(self) -> set[int]:
        """The gunicorn master's worker processes (Linux: from /proc)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return {int(pid) for pid in children.read_text().split()}
        except OSError:
            return set()

    def connection_to_each_worker(self, timeout: float = 10.0) -> dict[int, http.client.HTTPConnection]:
        """A kept-alive connection to every worker, keyed by its pid, so a test can choose which worker
        gets a request (the kernel otherwise picks). Start the app with a ``--keep-alive`` longer than
        the test (``GUNICORN_CMD_ARGS``); gunicorn's default closes idle connections after 2 s."""
        workers = self.worker_pids()
        found: dict[int, http.client.HTTPConnection] = {}
        spare = []
        deadline = time.monotonic() + timeout
        while set(found) != workers:
            if time.monotonic() > deadline:
                raise AssertionError(f"no connection reached workers {workers - set(found)} within {timeout}s")
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
            connection.request("GET", "/healthz")
            connection.getresponse().read()
            pid = self._worker_holding(connection.sock.getsockname()[1], workers)
            if pid is not None and pid not in found:
                found[pid] = connection
            else:
                spare.append(connection)
        for connection in spare:
            connection.close()
        return found

    def _worker_holding(self, client_port: int, workers: set[int]) -> int | None:
        """The worker whose file descriptors include the server side of our connection (Linux: /proc)."""
        inode = None
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            fields = line.split()
            local_port, remote_port = int(fields[1].split(":")[1], 16), int(fields[2].split(":")[1], 16)
            if local_port == self.port and remote_port == client_port:
                inode = fields[9]
        for pid in workers:
            try:
                if any(os.readlink(fd) == f"socket:[{inode}]" for fd in Path(f"/proc/{pid}/fd").iterdir()):
                    return pid
            except OSError:
                continue
        return None

    def logs(self) -> str:
        if self.log_file.closed:
            return self._final_logs
        self.log_file.flush()
        return Path(self.log_file.name).read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=35)  # longer than gunicorn's graceful timeout
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.listener.close()
        if not self.log_file.closed:
            self._final_logs = self.logs()
            self.log_file.close()
            Path(self.log_file.name).unlink(missing_ok=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RunningApp(SignedRequests):
    def __init__(self, server: GunicornApp):
        self.server = server
        self.url = server.url

    def send(self, body: str, headers: dict) -> HttpResult:
        return post(self.url + "/slack/events", body, headers)

    def health(self) -> dict:
        result = get(self.url + "/healthz", timeout=2)
        assert result.status == 200, result
        return json.loads(result.body)

    def wait_for_health(self, field: str, value: object, timeout: float = 60.0) -> dict:
        """Poll ``/healthz`` until ``field`` reads ``value`` (e.g. "semantic": "ready")."""
        deadline = time.monotonic() + timeout
        while (health := self.health())[field] != value:
            if time.monotonic() > deadline:
                raise AssertionError(f"/healthz {field} is {health[field]!r}, not {value!r}, after {timeout}s")
            time.sleep(0.05)
        return health

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Until the (one) worker has no reply work left: listeners queue it before they ack, so once
        the acks are in and this returns, no reply to them is still coming."""
        deadline = time.monotonic() + timeout
        while True:
            result = get(self.url + "/healthz", timeout=2)
            if result.status == 200 and json.loads(result.body)["replies_waiting"] == 0:
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"replies still waiting after {timeout}s: {result.body[:200]}")
            time.sleep(0.02)


def start_app(slack_api, knowledge_dir, **env) -> RunningApp:
    server = GunicornApp(app_environment(slack_api.base_url, knowledge_dir, **env))
    try:
        server.wait_ready()
    except Exception:
        server.stop()
        raise
    return RunningApp(server)
