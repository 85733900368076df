"""A graceful stop's two clocks: gunicorn's --graceful-timeout and the reply workers' drain inside it.

tests/e2e/test_resilience.py stops a real app with a short timeout; these check that, at any
setting, the drain ends before gunicorn would kill the worker, so queued replies are not cut off.
"""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings
from bot.replies import DRAIN_SECONDS, drain_seconds
from bot.wsgi import gunicorn_command

TOKENS = {"SLACK_BOT_TOKEN": "xoxb-1-2-abc", "SLACK_SIGNING_SECRET": "0123456789abcdef0123456789abcdef"}


def graceful_timeout(command: list[str]) -> int:
    return int(command[command.index("--graceful-timeout") + 1])


def test_by_default_gunicorn_waits_30_s_and_the_drain_ends_5_s_before():
    settings = load_settings("http", TOKENS)
    assert settings.graceful_seconds == 30
    assert graceful_timeout(gunicorn_command("127.0.0.1:3000", graceful_seconds=settings.graceful_seconds)) == 30
    assert graceful_timeout(gunicorn_command("127.0.0.1:3000")) == 30
    assert drain_seconds(settings.graceful_seconds) == DRAIN_SECONDS == 25


@pytest.mark.parametrize("seconds", [2, 3, 8, 10, 11, 30, 120])
def test_a_configured_timeout_reaches_gunicorn_and_the_drain_stays_inside_it(seconds):
    settings = load_settings("http", {**TOKENS, "SCALEBOT_GRACEFUL_SECONDS": str(seconds)})
    assert graceful_timeout(gunicorn_command("127.0.0.1:3000", graceful_seconds=settings.graceful_seconds)) == seconds
    # time left after the drain to hand unfinished records back to Redis and exit
    assert seconds - drain_seconds(seconds) >= min(5.0, seconds / 2)
    assert drain_seconds(seconds) >= seconds / 2


@pytest.mark.parametrize("value", ["0", "1", "-5", "2.5", "soon"])
def test_a_timeout_that_is_not_whole_seconds_names_the_variable(value):
    with pytest.raises(ConfigError, match="SCALEBOT_GRACEFUL_SECONDS"):
        load_settings("http", {**TOKENS, "SCALEBOT_GRACEFUL_SECONDS": value})
