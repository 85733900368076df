"""End-to-end fixtures: the mock Web API and the real app under gunicorn."""

from __future__ import annotations

import shutil

import pytest

from support.paths import KNOWLEDGE_DIR
from support.servers import GunicornApp, app_environment
from support.slack_api import MockSlackAPI
from support.slack_requests import command_body, event_body, post, signed_headers

ADMIN = "U0ADMIN01"


@pytest.fixture(scope="module")
def slack_api():
    api = MockSlackAPI().start()
    yield api
    api.stop()


@pytest.fixture
def api(slack_api):
    """The module's mock Web API, with no calls recorded yet."""
    slack_api.reset()
    return slack_api


class RunningApp:
    def __init__(self, server: GunicornApp):
        self.server = server
        self.url = server.url

    def event(self, event: dict, event_id: str, **headers):
        body = event_body(event, event_id)
        return post(self.url + "/slack/events", body, {**signed_headers(body), **headers})

    def command(self, command: str, text: str, response_url: str, user: str = "U0ASKER1"):
        body = command_body(command, text, response_url, user=user)
        return post(self.url + "/slack/events", body, signed_headers(body, content_type="application/x-www-form-urlencoded"))

    def action(self, body: str):
        return post(self.url + "/slack/events", body, signed_headers(body, content_type="application/x-www-form-urlencoded"))


def start_app(slack_api, knowledge_dir, **env) -> RunningApp:
    server = GunicornApp(app_environment(slack_api.base_url, knowledge_dir, **env))
    try:
        server.wait_ready()
    except Exception:
        server.stop()
        raise
    return RunningApp(server)


@pytest.fixture(scope="module")
def http_app(slack_api):
    running = start_app(slack_api, KNOWLEDGE_DIR, SCALEBOT_ADMINS=ADMIN)
    yield running
    running.server.stop()


@pytest.fixture
def knowledge_copy(tmp_path):
    """An editable copy of the bundled knowledge base."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, target)
    return target
