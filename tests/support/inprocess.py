"""The app in this process, as bolt-python's own scenario tests run it: ``create_app`` with a real
``WebClient`` pointed at the mock Web API, and requests signed as Slack signs them, sent through
``app.dispatch`` (signature check, middleware, listeners, error handler: all of Bolt's real path).

``process_before_response=True`` makes ``dispatch`` return only when the listener has finished, so
after it the mock holds every call the request caused: a test can assert that nothing more was
sent without waiting to see whether anything arrives (``test_dispatch_returns_after_the_reply``
checks that this still holds).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from slack_bolt import App, BoltRequest, BoltResponse

from bot.app import create_app
from bot.config import Settings
from bot.dedupe import HandledIds, MemoryHandledIds
from bot.knowledge import KnowledgeBase
from bot.live import LiveKnowledge
from bot.slack_clients import make_web_client

from .paths import KNOWLEDGE_DIR
from .servers import ADMIN
from .slack_api import MockSlackAPI
from .slack_requests import BOT_TOKEN, SIGNING_SECRET, SignedRequests


@dataclass
class Dispatched:
    status: int
    body: str
    headers: dict


class InProcessApp(SignedRequests):
    def __init__(
        self,
        api: MockSlackAPI,
        knowledge: KnowledgeBase | LiveKnowledge,
        *,
        admins: tuple[str, ...] = (ADMIN,),
        handled: HandledIds | None = None,
        knowledge_path: Path | None = None,
    ):
        self.api = api
        self.settings = Settings(
            bot_token=BOT_TOKEN,
            signing_secret=SIGNING_SECRET,
            api_url=api.base_url,
            admins=frozenset(admins),
            response_url_hosts=("http://127.0.0.1",),  # the mock's response_url, as the gunicorn tier allows
            knowledge_path=knowledge_path or KNOWLEDGE_DIR,
        )
        self.app: App = create_app(
            self.settings,
            knowledge,
            client=make_web_client(self.settings),
            handled=handled or MemoryHandledIds(),
            verify_token=False,
            process_before_response=True,
        )

    def dispatch(self, body: str, headers: dict) -> Dispatched:
        request = BoltRequest(body=body, headers={name.lower(): value for name, value in headers.items()})
        response: BoltResponse = self.app.dispatch(request)
        return Dispatched(response.status, response.body, response.headers)

    send = dispatch
