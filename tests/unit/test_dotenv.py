"""`.env` files for local runs, read by python-dotenv; the real environment always wins."""

from __future__ import annotations

import os
import textwrap

import pytest
from support.slack_requests import APP_TOKEN, BOT_TOKEN

from bot.cli import main
from bot.config import load_settings, read_dotenv


def read(tmp_path, text: str, environ: dict | None = None) -> dict:
    dotenv = tmp_path / ".env"
    dotenv.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    environ = {} if environ is None else environ
    read_dotenv(dotenv, environ)
    return environ


def test_a_comment_after_a_value_is_not_part_of_it(tmp_path):
    environ = read(tmp_path, f"SLACK_BOT_TOKEN={BOT_TOKEN}  # bot token\n# a whole-line comment\n")
    assert environ == {"SLACK_BOT_TOKEN": BOT_TOKEN}
    assert load_settings("cli", environ).bot_token == BOT_TOKEN


def test_quoted_values_lose_their_quotes_and_keep_what_is_inside(tmp_path):
    environ = read(
        tmp_path,
        """
        DOUBLE="xoxb-1-2-abc"
        SINGLE='a # not a comment'
        SPACED = "  padded  "
        """,
    )
    assert environ == {"DOUBLE": "xoxb-1-2-abc", "SINGLE": "a # not a comment", "SPACED": "  padded  "}


def test_export_prefixes_are_accepted(tmp_path):
    environ = read(tmp_path, f"export SLACK_APP_TOKEN={APP_TOKEN}\nexport  PORT=4000\n")
    assert environ == {"SLACK_APP_TOKEN": APP_TOKEN, "PORT": "4000"}


def test_the_environment_wins_over_the_file(tmp_path):
    environ = read(tmp_path, "PORT=4000\nLOG_LEVEL=DEBUG\n", environ={"PORT": "5000"})
    assert environ == {"PORT": "5000", "LOG_LEVEL": "DEBUG"}


def test_a_missing_file_changes_nothing(tmp_path):
    environ = {"PORT": "5000"}
    read_dotenv(tmp_path / "absent.env", environ)
    assert environ == {"PORT": "5000"}


def test_socket_reads_a_commented_env_file_from_its_folder(tmp_path, monkeypatch, capsys):
    """The reported failure: a comment after the bot token stopped `scalebot socket` as malformed."""
    (tmp_path / ".env").write_text(f"SLACK_BOT_TOKEN={BOT_TOKEN}  # bot token\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "environ", {"PATH": os.environ.get("PATH", "")})  # what .env adds stays here
    with pytest.raises(SystemExit) as exited:
        main(["socket"])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "SLACK_APP_TOKEN is not set" in error  # the bot token from .env passed its check
    assert "SLACK_BOT_TOKEN" not in error
    assert os.environ["SLACK_BOT_TOKEN"] == BOT_TOKEN
