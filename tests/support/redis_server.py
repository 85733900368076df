"""A real redis-server for the tests: the one .ci/run started, or one started here."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from .servers import free_port


@dataclass
class RedisServer:
    url: str
    process: subprocess.Popen


def redis_url_or_skip():
    """Yields a redis:// URL; skips when no redis-server exists, unless CI requires it."""
    url = os.environ.get("SCALEBOT_TEST_REDIS_URL")
    if url:
        yield url
        return
    for server in own_redis_server_or_skip():
        yield server.url


def own_redis_server_or_skip() -> Iterator[RedisServer]:
    """Yields a redis-server this test started (so it may pause it with SIGSTOP); skips as above."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("SCALEBOT_REQUIRE_REDIS"):
            pytest.fail("SCALEBOT_REQUIRE_REDIS is set but there is no redis-server")
        pytest.skip("redis-server is not installed (CI's .ci/run installs one)")
    port = free_port()
    folder = tempfile.mkdtemp(prefix="scalebot-redis-")
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                process.kill()
                pytest.fail("redis-server did not start")
            time.sleep(0.05)
    try:
        yield RedisServer(f"redis://127.0.0.1:{port}/0", process)
    finally:
        process.send_signal(signal.SIGCONT)  # a test may have paused it; a paused process ignores SIGTERM
        process.terminate()
        process.wait(timeout=10)
