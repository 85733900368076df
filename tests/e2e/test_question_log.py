"""The question log end to end: the app under gunicorn writes one row per question, on SQLite
and on a real PostgreSQL, exactly once when Slack retries, and answers when the database stops."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from support.databases import wait_for_rows
from support.interactions import command
from support.paths import KNOWLEDGE_DIR
from support.postgres_server import PostgresServer
from support.servers import start_app
from support.slack_requests import action_body, direct_message, mention

from bot.store import Database, schema


def test_a_mention_is_logged_once_however_often_slack_retries(logged_app, api):
    app, database = logged_app
    event = mention("<!here> what is Elevate?", ts="1700000900.000100", user="U0LOGGED1")
    assert app.event(event, "Ev0LOG0001").status == 200
    for attempt in ("1", "2"):
        assert app.event(event, "Ev0LOG0001", **{"X-Slack-Retry-Num": attempt}).status == 200
    api.wait_for("chat.postMessage")
    (row,) = wait_for_rows(database, schema.questions, 1, question_key="event:Ev0LOG0001")
    assert (row.surface, row.channel_kind, row.outcome, row.text) == (
        "mention",
        "public",
        "answered",
        "what is Elevate?",
    )
    assert row.top_entries[0]["id"] == "elevate"
    assert "U0LOGGED1" not in (row.asker + str(row.asker_id))
    api.assert_no_more("chat.postMessage", 1, settle=0.5)
    wait_for_rows(database, schema.questions, 1, question_key="event:Ev0LOG0001")


def test_a_retry_answered_by_a_second_instance_is_still_logged_once(logged_app, slack_api):
    """Without Redis two instances both answer a retry; the log's unique key still keeps one row."""
    app, database = logged_app
    slack_api.reset()
    second = start_app(slack_api, KNOWLEDGE_DIR, DATABASE_URL=str(database.engine.url.render_as_string(False)))
    try:
        event = mention("what is NIA?", ts="1700000900.000500", user="U0LOGGED2")
        assert app.event(event, "Ev0LOG0TWO").status == 200
        assert second.event(event, "Ev0LOG0TWO", **{"X-Slack-Retry-Num": "1"}).status == 200
        slack_api.wait_for("chat.postMessage", 2)
        wait_for_rows(database, schema.questions, 1, question_key="event:Ev0LOG0TWO")
        second.event(mention("elevate", ts="1700000900.000600"), "Ev0LOG0TW2")  # written after the retry's row
        wait_for_rows(database, schema.questions, 1, question_key="event:Ev0LOG0TW2")
        wait_for_rows(database, schema.questions, 1, question_key="event:Ev0LOG0TWO", timeout=0)
    finally:
        second.server.stop()


def test_dms_commands_and_clicks_are_logged_with_their_surface(logged_app, api):
    app, database = logged_app
    app.event(direct_message("what's the wifi password?", ts="1700000900.000200"), "Ev0LOG0002")
    body, scaling = command("/scaling", "london children", api.response_url("log1"))
    app.action(body)  # a signed form post, as Slack sends a command
    body, report = command("/report", "", api.response_url("log1b"), user="U0LOGGED3")
    app.action(body)
    app.action(action_body({"action_id": "show_entry_0", "value": "elevate"}, api.response_url("log2")))
    (dm,) = wait_for_rows(database, schema.questions, 1, question_key="event:Ev0LOG0002")
    assert (dm.surface, dm.channel_kind, dm.outcome, dm.top_entries) == ("dm", "dm", "declined", [])
    (asked,) = wait_for_rows(database, schema.questions, 1, question_key=f"command:{scaling}")
    assert (asked.surface, asked.outcome, asked.text) == ("command", "did_you_mean", "london children")
    assert len(asked.top_entries) == 3
    (catalogue,) = wait_for_rows(database, schema.questions, 1, question_key=f"command:{report}")
    assert (catalogue.outcome, catalogue.text) == ("list", "/report")
    (click,) = wait_for_rows(database, schema.questions, 1, surface="button")
    assert (click.outcome, click.text) == ("answered", "Elevate")


def test_help_and_greetings_are_not_logged_as_questions(logged_app, api):
    app, database = logged_app
    app.command("/scaling", "help", api.response_url("log3"))
    app.event(direct_message("hello", ts="1700000900.000300"), "Ev0LOG0003")
    api.wait_for("chat.postMessage")
    api.wait_for("response")
    app.event(direct_message("elevate", ts="1700000900.000400"), "Ev0LOG0004")
    wait_for_rows(database, schema.questions, 1, question_key="event:Ev0LOG0004")  # written after the two above
    api.wait_for("chat.postMessage", 2)  # its reply is posted after its row: not left to land in the next test
    wait_for_rows(database, schema.questions, 0, question_key="event:Ev0LOG0003", timeout=0)


DOWN_CHANNEL = "C0DBDOWN1"


def test_stopping_the_database_mid_run_loses_no_reply(slack_api):
    slack_api.reset()
    try:
        server = PostgresServer()
    except Exception as error:  # noqa: BLE001 - same rule as every PostgreSQL test
        from support.postgres_server import postgres_url_or_skip

        postgres_url_or_skip()  # fails under SCALEBOT_REQUIRE_POSTGRES, else skips
        pytest.skip(f"cannot start a private PostgreSQL to stop ({error})")
    app = start_app(slack_api, KNOWLEDGE_DIR, DATABASE_URL=server.url)
    database = Database(server.url)
    try:
        app.event(mention("elevate", ts="1700001000.000100", channel=DOWN_CHANNEL), "Ev0DOWN001")
        wait_for_rows(database, schema.questions, 1, question_key="event:Ev0DOWN001")
        server.stop()
        for n in range(2, 5):
            asked = mention("what is NIA?", ts=f"1700001000.00010{n}", channel=DOWN_CHANNEL)
            assert app.event(asked, f"Ev0DOWN00{n}").status == 200
        # only this channel's: a late reply to the module's earlier tests must not be counted as one of these
        replies = slack_api.wait_for("chat.postMessage", 4, timeout=20, channel=DOWN_CHANNEL)
        # by thread, not by order: the first mention's row is written before its reply is posted,
        # so on a busy machine that reply may arrive after the others
        by_thread = {c.body.get("thread_ts"): c.body["text"] for c in replies}
        for n in range(2, 5):
            assert "NHS Innovation Accelerator" in by_thread.get(f"1700001000.00010{n}", ""), by_thread
        server.start_again()
        app.event(mention("elevate", ts="1700001000.000200"), "Ev0DOWN005")
        wait_for_rows(database, schema.questions, 1, timeout=20, question_key="event:Ev0DOWN005")
        with database.engine.connect() as connection:
            logged = connection.execute(sa.select(sa.func.count()).select_from(schema.questions)).scalar_one()
        assert logged == 2  # the three asked while it was down were answered, not logged
        logs = app.server.logs()
        assert logs.count("is unavailable") == 1, logs[-3000:]
        assert "3 row(s) could not be logged meanwhile" in logs
    finally:
        app.server.stop()
        server.remove()
        database.dispose()


def test_with_the_log_off_nothing_is_stored_and_no_feedback_is_asked(slack_api, tmp_path):
    slack_api.reset()
    database_file = tmp_path / "never.db"
    app = start_app(slack_api, KNOWLEDGE_DIR, SCALEBOT_LOG="off", DATABASE_URL=f"sqlite:///{database_file}")
    try:
        app.event(mention("what is Elevate?", ts="1700001100.000100"), "Ev0LOGOFF1")
        app.event(mention("london children", ts="1700001100.000200"), "Ev0LOGOFF2")
        replies = slack_api.wait_for("chat.postMessage", 2)
        for reply in replies:
            kinds = {b["type"] for b in reply.body["blocks"]}
            ids = {e.get("action_id") for b in reply.body["blocks"] for e in b.get("elements", [])}
            assert "context_actions" not in kinds and not ids & {"none_of_these", "ask_person"}
        assert not database_file.exists()
    finally:
        app.server.stop()
