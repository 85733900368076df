"""Admins and the question log in Slack: the App Home section, Accept/Reject, the weekly digest."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

import sqlalchemy as sa
from slack_bolt import App
from slack_sdk import WebClient

from .. import gaps, stats
from ..adminhome import ACTION_ACCEPT, ACTION_REJECT, admin_home_blocks, digest_reply, with_admin_section
from ..blocks import build_home_view
from ..questionlog import utcnow
from ..store import Database, schema
from .feedback import tell, verified_click
from .services import Services, interactive

log = logging.getLogger("scalebot.gaps")

DIGEST_EVERY = timedelta(days=7)
DIGEST_CHECK_SECONDS = 3600.0
STATS_WINDOW = timedelta(days=7)
_accepting = threading.Lock()


def _report(services: Services) -> gaps.GapReport:
    assert services.questions is not None
    return gaps.build_report(
        services.questions.database, services.knowledge.current().knowledge, gaps.parse_since(gaps.DEFAULT_SINCE)
    )


def _stats_lines(services: Services) -> list[str]:
    assert services.questions is not None
    knowledge = services.knowledge.current().knowledge
    return stats.to_lines(stats.collect(services.questions.database, STATS_WINDOW, knowledge))


def home_view(services: Services, user: str) -> dict:
    """The Home tab; admins also get the numbers and the gaps (when the log is on and reachable)."""
    view = build_home_view(services.knowledge.current().knowledge)
    if services.questions is None or user not in services.settings.admins:
        return view
    try:
        return with_admin_section(view, admin_home_blocks(_stats_lines(services), _report(services)))
    except Exception:
        log.warning("could not read the question log for the admins' Home tab", exc_info=True)
        return view


def accept(services: Services, suggestion_id: str) -> str:
    """Apply one suggestion through the same checks as ``scalebot gaps --apply``, then reload."""
    live, question_log = services.knowledge, services.questions
    assert question_log is not None
    if live.path is None:
        return "This bot's knowledge base is not loaded from files, so there is nothing to write to."
    with _accepting:
        knowledge = live.current().knowledge
        suggestion = next((s for s in _report(services).suggestions if s.id == suggestion_id), None)
        if suggestion is None:
            return "That suggestion is no longer offered (someone already decided on it, or it has aged out)."
        applied = gaps.apply_suggestions(live.path, knowledge, [suggestion], gaps.load_question_sets())
        if not applied.accepted:
            return f"Not applied: {applied.refused[0][1]}" if applied.refused else "Not applied."
        gaps.record_decision(question_log.database, suggestion, "accepted")
        result = live.reload(force=True)
    where = knowledge.origins.get(suggestion.entry_id)
    status = "and the bot is answering with it now" if result.ok else "but the reload reported problems"
    file = where.name if where else "its file"
    return (
        f"Added alias “{suggestion.alias}” to {suggestion.entry_name} in {file}, {status}. "
        "Commit the knowledge folder to git."
    )


def reject(services: Services, suggestion_id: str) -> str:
    assert services.questions is not None
    suggestion = next((s for s in _report(services).suggestions if s.id == suggestion_id), None)
    if suggestion is None:
        return "That suggestion is no longer offered."
    gaps.record_decision(services.questions.database, suggestion, "rejected")
    return f"Rejected: {suggestion.describe()}. It will not be offered again."


def register(app: App, services: Services) -> None:
    accepting, rejecting = re.compile(rf"^{ACTION_ACCEPT}_\d+$"), re.compile(rf"^{ACTION_REJECT}_\d+$")
    interactive(services, app.action, ACTION_ACCEPT, lambda body: decide(services, body, accept), accepting)
    interactive(services, app.action, ACTION_REJECT, lambda body: decide(services, body, reject), rejecting)

    if services.questions is not None and services.settings.admins:
        start_digest(services, services.client)


def decide(services: Services, body: dict, decision: Callable[[Services, str], str]) -> None:
    """Accept or Reject from an admin's Home tab (or digest), then refresh their Home tab."""
    click = verified_click(services, body)
    if click is None:
        return
    user, client = click.user, services.client
    if user not in services.settings.admins:
        tell(services, body, client, "Sorry — accepting or rejecting suggestions is for scalebot's admins.", None, user)
        return
    try:
        message = decision(services, click.value)
    except Exception:
        log.warning("could not decide on a suggestion", exc_info=True)
        message = "Sorry — that could not be done just now; the log has the details."
    tell(services, body, client, message, None, user)
    if (body.get("view") or {}).get("type") == "home":
        client.views_publish(user_id=user, view=home_view(services, user))


# ---------------------------------------------------------------------- the weekly digest


def claim_digest(database: Database, now: datetime | None = None, every: timedelta = DIGEST_EVERY) -> bool:
    """True for exactly one caller once ``every`` has passed since the last digest (any instance)."""
    now = now or utcnow()
    meta = schema.meta
    with database.engine.begin() as connection:
        last = connection.execute(sa.select(meta.c.value).where(meta.c.key == "last_digest")).scalar()
        if last is None:  # first start: the first digest comes a week from now
            database.insert_ignoring_duplicates(connection, meta, [{"key": "last_digest", "value": now.isoformat()}])
            return False
        if now - datetime.fromisoformat(last) < every:
            return False
        claimed = connection.execute(
            sa.update(meta).where(meta.c.key == "last_digest", meta.c.value == last).values(value=now.isoformat())
        ).rowcount
    return claimed == 1


def send_digest(services: Services, client: WebClient) -> int:
    """DM every admin the week's numbers and gaps; returns how many were sent."""
    reply = digest_reply(_stats_lines(services), _report(services))
    sent = 0
    for admin in sorted(services.settings.admins):
        try:
            client.chat_postMessage(channel=admin, text=reply.text, blocks=reply.blocks)
            sent += 1
        except Exception:
            log.warning("could not send the weekly digest to %s", admin, exc_info=True)
    return sent


def start_digest(
    services: Services, client: WebClient, check_seconds: float = DIGEST_CHECK_SECONDS
) -> threading.Thread:
    def run() -> None:
        while True:
            time.sleep(check_seconds)
            try:
                assert services.questions is not None
                if claim_digest(services.questions.database):
                    send_digest(services, client)
            except Exception:
                log.warning("weekly digest failed", exc_info=True)

    thread = threading.Thread(target=run, name="weekly-digest", daemon=True)
    thread.start()
    return thread
