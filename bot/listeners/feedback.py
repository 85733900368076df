"""👍/👎 on answers, the 👎 form, and "None of these": listeners that acknowledge and hand the
work to the reply workers, which record it through :mod:`bot.feedback`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk import WebClient

from ..feedback import (
    ACTION_NONE_OF_THESE,
    ACTION_VOTE,
    CHOICE_BLOCK,
    GONE_QUESTION,
    NONE_OF_THESE_REPLY,
    THANKS_DOWN,
    THANKS_REASON,
    THANKS_UP,
    VIEW_DOWNVOTE,
    downvote_modal,
    parse_vote_value,
    read_submission,
    record_choice,
    record_vote,
)
from ..questionlog import QuestionLog
from .services import Services, interactive

log = logging.getLogger("scalebot.feedback")

UNAVAILABLE = "Sorry — I couldn't record that just now; please try again in a minute."
INTERACTIONS = ("block_actions", "view_submission", "view_closed")


def from_our_workspace(body: dict, context: BoltContext) -> bool:
    """A payload from another workspace (a replayed or forwarded one) changes nothing."""
    ours = getattr(context.authorize_result, "team_id", None) if context.authorize_result else None
    theirs = (body.get("team") or {}).get("id") or body.get("team_id") or (body.get("user") or {}).get("team_id")
    return not ours or not theirs or ours == theirs


def ignore_other_workspaces(body: dict, context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse:
    """Bolt middleware: a click or form from another workspace is acknowledged and does nothing."""
    if body.get("type") in INTERACTIONS and not from_our_workspace(body, context):
        log.info("ignored a %s from another workspace", body.get("type"))
        return BoltResponse(status=200, body="")
    return next()


@dataclass(frozen=True)
class Click:
    """A click the question log can act on: the log is on and the clicker known."""

    log: QuestionLog
    user: str
    value: str
    channel: str | None


def action_of(body: dict) -> dict:
    return (body.get("actions") or [{}])[0]


def verified_click(services: Services, body: dict) -> Click | None:
    question_log = services.questions
    user = (body.get("user") or {}).get("id")
    value = action_of(body).get("value") or ""
    if question_log is None or not user or not value:
        return None
    return Click(question_log, user, value, (body.get("channel") or {}).get("id"))


def tell(
    services: Services,
    body: dict,
    client: WebClient,
    text: str,
    channel: str | None = None,
    user: str | None = None,
    blocks: list[dict] | None = None,
) -> None:
    """An ephemeral message to the person who clicked (or submitted)."""
    try:
        if body.get("response_url"):
            services.responder(body["response_url"])(
                text=text, blocks=blocks, response_type="ephemeral", replace_original=False
            )
        elif channel and user:
            client.chat_postEphemeral(channel=channel, user=user, text=text, blocks=blocks)
        elif user:
            client.chat_postMessage(channel=user, text=text, blocks=blocks)
    except Exception:  # the vote is recorded; a lost thank-you is not worth an apology
        log.warning("could not thank %s for their feedback", user or "the voter", exc_info=True)


def ask_person_blocks(services: Services, question_key: str, text: str) -> list[dict] | None:
    from .handoff import ask_person_blocks as blocks_with_button  # handoff imports this module

    return blocks_with_button(services, question_key, text)


def register(app: App, services: Services) -> None:
    app.use(ignore_other_workspaces)
    interactive(services, app.action, ACTION_VOTE, lambda body: vote(services, body))
    interactive(services, app.view, VIEW_DOWNVOTE, lambda body: downvote_reason(services, body))
    interactive(services, app.action, ACTION_NONE_OF_THESE, lambda body: none_of_these(services, body))


def vote(services: Services, body: dict) -> None:
    click = verified_click(services, body)
    parsed = parse_vote_value(click.value) if click else None
    if click is None or parsed is None:
        return
    client, user, channel = services.client, click.user, click.channel
    choice, key = parsed
    try:
        recorded = record_vote(click.log, key, user, choice)
    except Exception:
        log.warning("could not record a vote", exc_info=True)
        tell(services, body, client, UNAVAILABLE, channel, user)
        return
    if not recorded:
        tell(services, body, client, GONE_QUESTION, channel, user)
        return
    if choice == "down" and body.get("trigger_id"):
        try:
            client.views_open(trigger_id=body["trigger_id"], view=downvote_modal(key, channel, user))
        except Exception:
            log.warning("could not open the 👎 form", exc_info=True)
    if choice == "up":
        tell(services, body, client, THANKS_UP, channel, user)
    else:
        tell(services, body, client, THANKS_DOWN, channel, user, ask_person_blocks(services, key, THANKS_DOWN))


def downvote_reason(services: Services, body: dict) -> None:
    question_log = services.questions
    user = (body.get("user") or {}).get("id")
    submission = read_submission(body.get("view") or {})
    if question_log is None or submission is None or not user:
        return
    try:
        recorded = record_vote(
            question_log, submission.question_key, user, "down", submission.reason, submission.comment
        )
    except Exception:
        log.warning("could not record the 👎 reason", exc_info=True)
        tell(services, {}, services.client, UNAVAILABLE, submission.channel, user)
        return
    tell(services, {}, services.client, THANKS_REASON if recorded else GONE_QUESTION, submission.channel, user)


def none_of_these(services: Services, body: dict) -> None:
    click = verified_click(services, body)
    if click is None:
        return
    key, user, channel = click.value, click.user, click.channel
    try:
        recorded = record_choice(click.log, choice_key(body), key, user, None)
    except Exception:
        log.warning("could not record 'None of these'", exc_info=True)
        recorded = False
    if recorded:
        blocks = ask_person_blocks(services, key, NONE_OF_THESE_REPLY)
        tell(services, body, services.client, NONE_OF_THESE_REPLY, channel, user, blocks)
    else:
        tell(services, body, services.client, GONE_QUESTION, channel, user)


def choice_key(body: dict) -> str:
    """One row per click, however often Slack delivers it."""
    return f"choice:{body.get('trigger_id') or action_of(body).get('action_ts') or ''}"


def record_did_you_mean(services: Services, body: dict, action: dict) -> None:
    """A "Show" click on a logged question's "Did you mean" buttons is a choice of that entry."""
    question_log = services.questions
    block_id = action.get("block_id") or ""
    user = (body.get("user") or {}).get("id")
    if question_log is None or not block_id.startswith(CHOICE_BLOCK) or not user:
        return
    try:
        record_choice(question_log, choice_key(body), block_id[len(CHOICE_BLOCK) :], user, action.get("value"))
    except Exception:
        log.warning("could not record a 'Did you mean' choice", exc_info=True)
