"""A real PostgreSQL server for the tests: the one .ci/run started, or one started here.

PostgreSQL refuses to run as root, so when the tests run as root the server runs as the
``postgres`` user (or ``nobody``) in a temporary folder that user owns.
"""

from __future__ import annotations

import atexit
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from .servers import free_port

PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def _binary(name: str) -> str | None:
    for folder in PG_BIN_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name)


def _as_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return ["runuser", "-u", user, "--"]
    return []


class PostgresServer:
    """initdb into a temporary folder, then pg_ctl start on a free loopback port."""

    def __init__(self):
        initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
        if not initdb or not pg_ctl:
            raise FileNotFoundError("PostgreSQL's initdb and pg_ctl are not installed")
        self.pg_ctl = pg_ctl
        self.folder = Path(tempfile.mkdtemp(prefix="scalebot-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.prefix = _as_user()
        if self.prefix:
            user = self.prefix[2]
            entry = pwd.getpwnam(user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        run = dict(check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=self.folder)
        subprocess.run(
            [*self.prefix, initdb, "-D", str(self.data), "-U", "scalebot", "--auth=trust", "-E", "UTF8", "--no-sync"],
            **run,
        )
        self.start_again()
        self.url = f"postgresql://scalebot@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        subprocess.run(
            [*self.prefix, self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start_again(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            [*self.prefix, self.pg_ctl, "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w"]
            + ["-o", options, "start"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=self.folder,
        )

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


_shared: PostgresServer | None = None


def postgres_url_or_skip() -> str:
    """A postgresql:// URL for this test run: CI's server, else one started once here and
    stopped at exit. Skips when none can be started, unless CI requires one."""
    global _shared
    url = os.environ.get("SCALEBOT_TEST_DATABASE_URL")
    if url:
        return url
    if _shared is None:
        try:
            _shared = PostgresServer()
        except (OSError, subprocess.CalledProcessError) as error:
            detail = getattr(error, "stderr", b"") or b""
            reason = f"{error} {detail.decode(errors='replace')[-300:]}".strip()
            if os.environ.get("SCALEBOT_REQUIRE_POSTGRES"):
                pytest.fail(f"SCALEBOT_REQUIRE_POSTGRES is set but PostgreSQL could not be started: {reason}")
            pytest.skip(f"no PostgreSQL server could be started ({reason}); CI's .ci/run starts one")
        atexit.register(_shared.remove)
    return _shared.url


def fresh_database(url: str) -> str:
    """A new, empty database on the server at ``url``, so each test starts clean."""
    import sqlalchemy as sa

    from bot.store import normalise_url

    name = f"t{time.time_ns()}"
    engine = sa.create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return url.rsplit("/", 1)[0] + "/" + name
