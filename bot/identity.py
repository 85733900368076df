"""Who the bot is on Slack (``auth.test``), learnt in the background.

Bolt's default calls ``auth.test`` while the app is built, so a Slack outage at boot stops the
worker from starting, and gunicorn gives up when its replacement can't start either. Here the
app starts at once and asks again, with back-off, until Slack answers; meanwhile ``/healthz``
says why it is degraded. Every request is authorised with the token we were given, and with
the bot's user id once it is known, which Bolt needs to ignore the bot's own messages.
"""

from __future__ import annotations

import logging
import threading
import time

from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.authorize import Authorize
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger("scalebot.identity")

#: Errors that mean the token itself is wrong: retrying soon will not help, but the operator may fix it.
REJECTED = frozenset({"invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive"})
FIRST_RETRY_SECONDS = 0.5
MAX_RETRY_SECONDS = 5.0  # auth.test allows 100+ calls a minute; answering soon after an outage matters more
REJECTED_RETRY_SECONDS = 60.0


class SlackIdentity(Authorize):
    """Bolt's ``authorize``: the configured token, plus the bot's ids once ``auth.test`` has answered."""

    def __init__(self, client: WebClient):
        self.client = client
        self.token = client.token
        self.team_id: str | None = None
        self.bot_user_id: str | None = None
        self.bot_id: str | None = None
        self.problem: str | None = "waiting for Slack's auth.test"
        self.rejected = False
        self._known = threading.Event()
        self._nudged = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __call__(self, *, context, enterprise_id, team_id, user_id, **_) -> AuthorizeResult:
        self.nudge()
        return AuthorizeResult(
            enterprise_id=enterprise_id,
            team_id=self.team_id or team_id,
            bot_token=self.token,
            bot_user_id=self.bot_user_id,
            bot_id=self.bot_id,
            user_id=user_id,
        )

    def check_once(self) -> bool:
        """One ``auth.test``: True when the bot's identity is now known."""
        try:
            result = self.client.auth_test()
        except SlackApiError as error:
            code = str(error.response.get("error") or error.response.status_code)
            self.rejected = code in REJECTED
            self.problem = (
                f"Slack rejected SLACK_BOT_TOKEN ({code})" if self.rejected else f"Slack's auth.test failed ({code})"
            )
            return False
        except Exception as error:  # unreachable, timed out, TLS: all mean "try again later"
            self.rejected = False
            self.problem = f"Slack's Web API is unreachable ({type(error).__name__})"
            return False
        self.team_id, self.bot_user_id, self.bot_id = result.get("team_id"), result.get("user_id"), result.get("bot_id")
        self.problem, self.rejected = None, False
        self._known.set()
        return True

    def start(self) -> SlackIdentity:
        """Ask in a background thread until Slack answers; never blocks the caller."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._keep_asking, name="scalebot-auth", daemon=True)
            self._thread.start()
        return self

    def wait(self, timeout: float) -> bool:
        """True once the identity is known (Slack rejecting the token ends the wait early, False)."""
        deadline = time.monotonic() + timeout
        while not self._known.wait(min(0.05, max(0.0, deadline - time.monotonic()))):
            if self.rejected or time.monotonic() >= deadline:
                return False
        return True

    def nudge(self) -> None:
        """Someone is asking (a request, a health check): if we are still waiting, ask Slack again soon."""
        if not self._known.is_set() and not self.rejected:
            self._nudged.set()

    def stop(self) -> None:
        self._stop.set()

    def _keep_asking(self) -> None:
        delay = FIRST_RETRY_SECONDS
        while not self._stop.is_set():
            if self.check_once():
                log.info("authenticated with Slack as %s (team %s)", self.bot_user_id, self.team_id)
                return
            wait = REJECTED_RETRY_SECONDS if self.rejected else delay
            log.warning("%s; serving anyway and asking again within %.1f s", self.problem, wait)
            self._nudged.clear()
            started = time.monotonic()
            if self._stop.wait(FIRST_RETRY_SECONDS):
                return
            self._nudged.wait(max(0.0, wait - (time.monotonic() - started)))
            delay = min(delay * 2, MAX_RETRY_SECONDS)
