"""Settings from the environment (and a ``.env`` file for local runs), checked before anything starts.

A missing or malformed token must stop the bot with one line that names the variable and
where to get it — not a stack trace from deep inside the Slack SDK ten seconds later.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

from .paths import default_knowledge_path
from .shared_file import state_file_path

DEFAULT_SLACK_API_URL = "https://slack.com/api/"
#: Where Slack's response_url posts may go: Slack's and GovSlack's webhook hosts. A request
#: (even a signed one) naming any other host is refused, so the bot never posts for an attacker.
DEFAULT_RESPONSE_URL_HOSTS = ("https://hooks.slack.com", "https://hooks.slack-gov.com")

_WHERE = {
    "SLACK_BOT_TOKEN": "the Bot User OAuth Token (xoxb-…) on your app's OAuth & Permissions page at https://api.slack.com/apps",
    "SLACK_SIGNING_SECRET": "the Signing Secret on your app's Basic Information page at https://api.slack.com/apps",
    "SLACK_APP_TOKEN": "an App-Level Token (xapp-…) with the connections:write scope,"
    " under Basic Information → App-Level Tokens at https://api.slack.com/apps",
}
_SHAPES = {
    "SLACK_BOT_TOKEN": (re.compile(r"^xoxb-[A-Za-z0-9-]+$"), "should start with xoxb-"),
    "SLACK_APP_TOKEN": (re.compile(r"^xapp-[A-Za-z0-9-]+$"), "should start with xapp-"),
    "SLACK_SIGNING_SECRET": (re.compile(r"^[0-9a-f]{16,128}$"), "should be the hexadecimal Signing Secret"),
}


class ConfigError(Exception):
    """One line a person can act on; the command line prints it and exits 2."""


@dataclass(frozen=True)
class Settings:
    bot_token: str
    signing_secret: str | None = None
    app_token: str | None = None
    api_url: str = DEFAULT_SLACK_API_URL
    knowledge_path: Path = field(default_factory=default_knowledge_path)
    admins: frozenset[str] = frozenset()
    redis_url: str | None = None
    port: int = 3000
    reload_seconds: float = 5.0
    #: With Redis: how old acknowledged-but-unanswered work must be, with its worker gone, before another takes it.
    recover_after_seconds: float = 10.0
    #: gunicorn's --graceful-timeout: how long a stopping worker may take to finish accepted replies.
    graceful_seconds: int = 30
    response_url_hosts: tuple[str, ...] = DEFAULT_RESPONSE_URL_HOSTS
    #: Where gunicorn's workers share handled ids and thread context without Redis (None: each its own memory).
    state_file: Path | None = None

    def secrets(self) -> list[str]:
        """Values that must never appear in a log line or a reply."""
        return [s for s in (self.bot_token, self.signing_secret, self.app_token) if s]

    def __repr__(self) -> str:  # never print tokens, even by accident
        return (
            f"Settings(api_url={self.api_url!r}, knowledge_path={str(self.knowledge_path)!r},"
            f" admins={sorted(self.admins)!r}, port={self.port})"
        )


def read_dotenv(path: Path = Path(".env"), environ: MutableMapping[str, str] | None = None) -> None:
    """Fill unset variables from a ``.env`` file (python-dotenv's syntax); the real environment always wins."""
    environ = os.environ if environ is None else environ
    if not path.is_file():
        return
    for key, value in dotenv_values(path, encoding="utf-8").items():
        if value is not None:  # a bare ``KEY`` line sets nothing
            environ.setdefault(key, value)


def _required(environ: dict, name: str) -> str:
    value = (environ.get(name) or "").strip()
    if not value:
        raise ConfigError(f"{name} is not set: use {_WHERE[name]}")
    pattern, shape = _SHAPES[name]
    if not pattern.match(value):
        raise ConfigError(f"{name} looks malformed ({shape}): use {_WHERE[name]}")
    return value


def _api_url(environ: dict) -> str:
    url = (environ.get("SLACK_API_URL") or DEFAULT_SLACK_API_URL).strip()
    if not re.match(r"^https?://[^\s/]+", url):
        raise ConfigError(
            f"SLACK_API_URL must be an http(s) URL such as {DEFAULT_SLACK_API_URL}"
            f" (GovSlack: https://slack-gov.com/api/), got {url!r}"
        )
    return url if url.endswith("/") else url + "/"


def _response_url_hosts(environ: dict) -> tuple[str, ...]:
    raw = (environ.get("SCALEBOT_RESPONSE_URL_HOSTS") or "").strip()
    if not raw:
        return DEFAULT_RESPONSE_URL_HOSTS
    origins = tuple(o.strip().rstrip("/").lower() for o in raw.split(",") if o.strip())
    bad = [o for o in origins if not re.fullmatch(r"https?://[a-z0-9.-]+(:[0-9]{1,5})?", o)]
    if bad:
        raise ConfigError(
            "SCALEBOT_RESPONSE_URL_HOSTS should list origins like https://hooks.slack.com, separated by commas; "
            f"not {', '.join(bad)}"
        )
    return origins


def graceful_seconds_from(environ: Mapping[str, str]) -> int:
    """gunicorn's --graceful-timeout from SCALEBOT_GRACEFUL_SECONDS (``scalebot serve`` and the tests read it here)."""
    raw = (environ.get("SCALEBOT_GRACEFUL_SECONDS") or "30").strip()
    if not raw.isdigit() or int(raw) < 2:
        raise ConfigError(f"SCALEBOT_GRACEFUL_SECONDS must be a whole number of seconds, 2 or more (got {raw[:20]!r})")
    return int(raw)


def load_settings(mode: str, environ: dict | None = None) -> Settings:
    """Settings for ``mode`` ("http" needs the signing secret, "socket" the app token)."""
    environ = dict(os.environ if environ is None else environ)
    bot_token = _required(environ, "SLACK_BOT_TOKEN")
    signing_secret = _required(environ, "SLACK_SIGNING_SECRET") if mode == "http" else None
    app_token = _required(environ, "SLACK_APP_TOKEN") if mode == "socket" else None
    admins = frozenset(
        a.strip() for a in (environ.get("SCALEBOT_ADMINS") or "").replace(" ", ",").split(",") if a.strip()
    )
    bad_admins = [a for a in admins if not re.match(r"^[UW][A-Z0-9]{2,20}$", a)]
    if bad_admins:
        raise ConfigError(
            "SCALEBOT_ADMINS should list Slack member ids like U012AB3CD, separated by commas;"
            f" not {', '.join(sorted(bad_admins))}"
        )
    try:
        port = int(environ.get("PORT") or 3000)
        reload_seconds = float(environ.get("SCALEBOT_RELOAD_SECONDS") or 5)
        recover_after_seconds = float(environ.get("SCALEBOT_RECOVER_AFTER_SECONDS") or 10)
    except ValueError as error:
        raise ConfigError(
            f"PORT, SCALEBOT_RELOAD_SECONDS and SCALEBOT_RECOVER_AFTER_SECONDS must be numbers ({error})"
        ) from None
    graceful_seconds = graceful_seconds_from(environ)
    return Settings(
        bot_token=bot_token,
        signing_secret=signing_secret,
        app_token=app_token,
        api_url=_api_url(environ),
        knowledge_path=default_knowledge_path(environ),
        admins=admins,
        redis_url=(environ.get("REDIS_URL") or "").strip() or None,
        port=port,
        reload_seconds=reload_seconds,
        recover_after_seconds=recover_after_seconds,
        graceful_seconds=graceful_seconds,
        response_url_hosts=_response_url_hosts(environ),
        state_file=state_file_path(environ),
    )
