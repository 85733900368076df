"""End-to-end fixtures: the mock Web API and the real app under gunicorn."""

from __future__ import annotations

import shutil

import pytest
from support.paths import KNOWLEDGE_DIR
from support.servers import ADMIN, start_app
from support.slack_api import MockSlackAPI


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
