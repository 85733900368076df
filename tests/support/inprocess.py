"""The app in this process, as bolt-python's own scenario tests run it: ``create_app`` with a real
``WebClient`` pointed at the mock Web API, and requests signed as Slack signs them, sent through
``app.dispatch`` (signature check, middleware, listeners, error handler: all of Bolt's real path).

Listeners run inside ``dispatch`` (``process_before_response``) and hand the reply to the app's
reply workers (bot/replies.py); ``dispatch`` here then waits until those have no work left. So
after it the mock holds every call the request caused, and a test can assert that nothing more was
sent without waiting to see whether anything arrives (``test_dispatch_returns_after_the_reply``
checks that this still holds).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from slack_bolt import App, BoltRequest, BoltResponse

from bot.app import Bot, create_bot
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
        self.bot: Bot = create_bot(
            self.settings,
            knowledge,
            client=make_web_client(self.settings),
            handled=handled or MemoryHandledIds(),
            verify_token=False,
        )
        self.app: App = self.bot.app

    def dispatch(self, body: str, headers: dict) -> Dispatched:
        request = BoltRequest(body=body, headers={name.lower(): value for name, value in headers.items()})
        response: BoltResponse = self.app.dispatch(request)
        self.wait_for_replies()
        return Dispatched(response.status, response.body, response.headers)

    def wait_for_replies(self, timeout: float = 15.0) -> None:
        """Poll until the reply workers have sent (or failed and apologised for) everything accepted."""
        deadline = time.monotonic() + timeout
        while self.bot.replies.unfinished:
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.bot.replies.unfinished} repl(ies) still unsent after {timeout}s")
            time.sleep(0.002)

    send = dispatch
