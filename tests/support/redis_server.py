"""A real redis-server for the tests: the one .ci/run started, or one started here."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time

import pytest

from .servers import free_port


def redis_url_or_skip():
    """Yields a redis:// URL; skips when no redis-server exists, unless CI requires it."""
    url = os.environ.get("SCALEBOT_TEST_REDIS_URL")
    if url:
        yield url
        return
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
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
