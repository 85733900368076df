"""Clients for talking to Slack, with slack-sdk's own retry handlers in one place.

Rate limits (429, honouring Retry-After), server errors (5xx) and dropped connections are
retried by the SDK's handlers; anything still failing raises, so the listener's error
handler can apologise and log it rather than the answer vanishing.
"""

from __future__ import annotations

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

from .config import Settings

TIMEOUT_SECONDS = 10
#: The wait before retrying a 5xx or a dropped connection: exponential back-off with jitter, as Slack
#: advises. (A 429 waits for its Retry-After instead.) The in-process tests shorten it.
RETRY_INTERVAL: RetryIntervalCalculator = BackoffRetryIntervalCalculator(backoff_factor=0.5)


class GatewayErrorRetryHandler(ServerErrorRetryHandler):
    """The SDK's server-error handler retries 500 and 503; a proxy in between also says 502 and 504."""

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        return response is not None and response.status_code in (500, 502, 503, 504)


def retry_handlers() -> list[RetryHandler]:
    return [
        ConnectionErrorRetryHandler(max_retry_count=2, interval_calculator=RETRY_INTERVAL),
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


class Responder:
    """Posts to an interaction's ``response_url`` (slash commands, buttons), retrying like the Web API client."""

    def __init__(self, response_url: str):
        self.client = WebhookClient(response_url, timeout=TIMEOUT_SECONDS, retry_handlers=retry_handlers())

    def __call__(self, **message) -> WebhookResponse:
        response = self.client.send(**message)
        if not 200 <= response.status_code < 300:
            raise DeliveryError(f"response_url answered {response.status_code}: {response.body[:200]!r}")
        return response
