"""Between answering and replying: log the question, and (with the log on) add the buttons that
learn from it. One call per listener keeps the answering listeners thin and this in one place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..answer import Answer
from ..blocks import Reply
from ..feedback import with_feedback
from ..handoff import NEEDS_A_PERSON, ask_person_button, target_for
from ..live import Snapshot
from ..questionlog import asked_from, channel_kind, outcome_of
from .services import Services


def question_key(body: dict, surface: str) -> str:
    """Stable across Slack's retries: the event id for events, the trigger id for commands and clicks."""
    if surface in ("mention", "dm"):
        return f"event:{body.get('event_id') or ''}"
    return f"{surface}:{body.get('trigger_id') or (body.get('actions') or [{}])[0].get('action_ts') or ''}"


def asker_of(body: dict) -> tuple[str, str]:
    """(member id, channel kind) from an event, a command or a click."""
    if body.get("type") == "event_callback":
        event = body.get("event") or {}
        return event.get("user") or "", channel_kind(event.get("channel"), event.get("channel_type"))
    if body.get("command"):
        return body.get("user_id") or "", channel_kind(body.get("channel_id"), None, body.get("channel_name"))
    channel = body.get("channel") or {}
    return (body.get("user") or {}).get("id") or "", channel_kind(channel.get("id"), None, channel.get("name"))


def log_question(services: Services, body: dict, answer: Answer, snapshot: Snapshot, surface: str) -> str | None:
    """Queue the question's row (written off the request path); its key, or None when not logged."""
    log = services.questions
    if log is None or answer.small_talk:  # a greeting, "help" or "thanks" asks nothing
        return None
    user, kind = asker_of(body)
    key = question_key(body, surface)
    if not user or key.endswith(":"):
        return None
    if surface == "button" and not answer.question:  # a click asks for the entries it shows
        answer = replace(answer, question="; ".join(m.entry.name for m in answer.results))
    elif surface == "command" and not answer.question:  # a bare /report asks for the catalogue
        answer = replace(answer, question=str(body.get("command") or ""))
    log.record(asked_from(answer, key=key, surface=surface, user=user, kind=kind, knowledge=snapshot.knowledge))
    return key


def answered(services: Services, body: dict, answer: Answer, reply: Reply, snapshot: Snapshot, surface: str) -> Reply:
    """Record the question and return the reply to send, with the buttons that learn from it."""
    key = log_question(services, body, answer, snapshot, surface)
    if key is None:
        return reply
    outcome = outcome_of(answer)
    ask = None
    if outcome in NEEDS_A_PERSON and services.questions is not None:
        ids = [m.entry.id for m in answer.results[:3]]
        if target_for(snapshot.knowledge, ids, outcome, services.questions.handoff_channel) is not None:
            ask = [ask_person_button(key)]
    return with_feedback(reply, key, outcome, extra_buttons=ask)


def answered_click(services: Services, body: dict, answer: Answer, snapshot: Snapshot) -> Callable[[Reply], Reply]:
    """Log a click that shows entries, and return what adds the feedback buttons to its reply."""
    key = log_question(services, body, answer, snapshot, "button")
    return (lambda reply: reply) if key is None else (lambda reply: with_feedback(reply, key, outcome_of(answer)))
