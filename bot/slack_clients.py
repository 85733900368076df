"""Clients for talking to Slack, with slack-sdk's own retry handlers in one place.

Rate limits (429, honouring Retry-After), server errors (5xx) and connections that fail
before the request is sent are retried by the SDK's handlers; anything still failing raises,
so the listener's error handler can apologise and log it rather than the answer vanishing.

A call whose request reached Slack but whose answer did not come back (a read timeout, the
connection closed before the response) is neither retried nor apologised for: Slack may
have posted it, and a retry would post it twice, an apology contradict it.
"""

from __future__ import annotations

import http.client
import logging
from collections.abc import Iterable
from urllib.error import URLError
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.interval_calculator import RetryIntervalCalculator
from slack_sdk.webhook import WebhookClient, WebhookResponse

from .config import DEFAULT_RESPONSE_URL_HOSTS, Settings

log = logging.getLogger("scalebot.slack")

TIMEOUT_SECONDS = 10
#: The wait before retrying a 5xx or a dropped connection: exponential back-off with jitter, as Slack
#: advises. (A 429 waits for its Retry-After instead.) The in-process tests shorten it.
RETRY_INTERVAL: RetryIntervalCalculator = BackoffRetryIntervalCalculator(backoff_factor=0.5)


class GatewayErrorRetryHandler(ServerErrorRetryHandler):
    """The SDK's server-error handler retries 500 and 503; a proxy in between also says 502 and 504."""

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        return response is not None and response.status_code in (500, 502, 503, 504)


def delivery_unknown(error: BaseException) -> bool:
    """True when the request was sent but its response lost, so Slack may have acted on it.

    urllib wraps failures to connect or to send in ``URLError`` (nothing reached Slack); a
    timeout or disconnect while waiting for the response comes through unwrapped.
    """
    if isinstance(error, URLError):
        return False
    return isinstance(error, (TimeoutError, ConnectionResetError, http.client.IncompleteRead))


def retry_handlers() -> list[RetryHandler]:
    return [
        # never after the request was sent
        ConnectionErrorRetryHandler(max_retry_count=2, error_types=[URLError], interval_calculator=RETRY_INTERVAL),
        RateLimitErrorRetryHandler(max_retry_count=3),
        GatewayErrorRetryHandler(max_retry_count=2, interval_calculator=RETRY_INTERVAL),
    ]


def make_web_client(settings: Settings) -> WebClient:
    """The Web API client, on Slack's or GovSlack's base URL (``SLACK_API_URL``)."""
    return WebClient(
        token=settings.bot_token, base_url=settings.api_url, timeout=TIMEOUT_SECONDS, retry_handlers=retry_handlers()
    )


class DeliveryError(Exception):
    """Slack did not accept a response_url post even after retries."""


def response_url_allowed(url: str, allowed: Iterable[str] = DEFAULT_RESPONSE_URL_HOSTS) -> bool:
    """Whether ``url`` is on one of the ``allowed`` origins (``scheme://host``, any port unless one is given)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    if parts.username is not None or parts.password is not None or not parts.hostname:
        return False
    for origin in allowed:
        scheme, _, host_port = origin.partition("://")
        host, _, allowed_port = host_port.partition(":")
        if parts.scheme == scheme and parts.hostname == host and (not allowed_port or str(port) == allowed_port):
            return True
    return False


class Responder:
    """Posts to an interaction's ``response_url`` (slash commands, buttons), retrying like the Web API client.

    Only to Slack's hosts (``SCALEBOT_RESPONSE_URL_HOSTS``): the URL comes from the request, so
    any other is refused. Refusing is not an error (an error would send an apology to the same
    URL); each refused post is logged, without repeating the URL.
    """

    def __init__(self, response_url: str, allowed_hosts: Iterable[str] = DEFAULT_RESPONSE_URL_HOSTS):
        self.allowed_hosts = tuple(allowed_hosts)
        self.client = (
            WebhookClient(response_url, timeout=TIMEOUT_SECONDS, retry_handlers=retry_handlers())
            if response_url_allowed(response_url, self.allowed_hosts)
            else None
        )

    def __call__(self, **message) -> WebhookResponse | None:
        if self.client is None:
            log.warning("refused to post to a response_url that is not on %s", ", ".join(self.allowed_hosts))
            return None
        response = self.client.send(**message)
        if not 200 <= response.status_code < 300:
            raise DeliveryError(f"response_url answered {response.status_code}: {response.body[:200]!r}")
        return response
