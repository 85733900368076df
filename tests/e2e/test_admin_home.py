"""The admins' App Home end to end: numbers and gaps, Accept writes a checked alias into the knowledge
files and the running bot answers with it, Reject hides a suggestion; nobody else sees or decides."""

from __future__ import annotations

import itertools
import shutil

import pytest
from support.gap_log import seed
from support.interactions import home_click
from support.paths import DATA_DIR, KNOWLEDGE_DIR
from support.servers import ADMIN, start_app
from support.slack_requests import mention

from bot.knowledge import check_knowledge, load_knowledge


@pytest.fixture(scope="module")
def home_app(slack_api, module_database_url, tmp_path_factory):
    knowledge = tmp_path_factory.mktemp("kb") / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, knowledge)
    seed(module_database_url, load_knowledge(knowledge))
    # The Accept check scores every set it is given, twice a click: the dev sets and two hold-outs keep this
    # test quick (the project's own 50-odd sets are the default, `SCALEBOT_QUESTION_SETS` unset).
    question_sets = tmp_path_factory.mktemp("question_sets")
    for name in ("entities.yaml", "devset.yaml", "devset_slack.yaml", "holdout.yaml", "holdout_slack.yaml"):
        shutil.copy(DATA_DIR / name, question_sets / name)
    running = start_app(
        slack_api,
        knowledge,
        DATABASE_URL=module_database_url,
        SCALEBOT_ADMINS=ADMIN,
        SCALEBOT_RELOAD_SECONDS="0",
        SCALEBOT_QUESTION_SETS=str(question_sets),
    )
    yield running, knowledge
    running.server.stop()


_opened = itertools.count(1)


def open_home(app, api, user: str) -> list[dict]:
    app.wait_idle()  # a previous decision's messages land before the reset (they come late on a busy machine)
    api.reset()
    event_id = f"Ev0HOME{next(_opened):04d}"  # each opening is a new event
    result = app.event({"type": "app_home_opened", "user": user, "tab": "home", "event_ts": "1"}, event_id)
    assert result.status == 200, result
    try:
        (published,) = api.wait_for("views.publish")
    except AssertionError as error:
        raise AssertionError(f"{error}\n{app.server.logs()[-6000:]}") from None
    assert published.body["user_id"] == user
    return published.body["view"]["blocks"]


def suggestion_buttons(blocks: list[dict]) -> dict[str, dict]:
    """The alias each Accept button is for → the button."""
    found = {}
    for n, block in enumerate(blocks):
        if block["type"] == "actions" and block["elements"][0]["action_id"].startswith("gap_accept_"):
            found[blocks[n - 1]["text"]["text"]] = block["elements"]
    return found


def test_admins_see_the_numbers_and_gaps_and_accept_a_checked_alias(home_app, api):
    app, knowledge = home_app
    blocks = open_home(app, api, ADMIN)
    assert blocks[1]["text"]["text"] == "For admins: how scalebot is doing"
    assert "Questions: 11" in blocks[2]["text"]["text"]
    assert "wifi password" in blocks[3]["text"]["text"] and "matches nothing yet" in blocks[3]["text"]["text"]
    offered = suggestion_buttons(blocks)
    (london,) = [b for text, b in offered.items() if "london children" in text]
    (harmful,) = [b for text, b in offered.items() if "Elevate" in text]

    # Accept the harmful one: refused, because a question set would score lower; the files stay as they were
    api.reset()
    app.action(home_click(harmful[0], ADMIN))
    (told,) = api.wait_for("chat.postMessage")
    assert told.body["channel"] == ADMIN and "Not applied: lowers the score on devset" in told.body["text"]
    assert "big picture" not in check_knowledge(knowledge).knowledge.entries["elevate"].aliases
    api.wait_for("views.publish")  # the Home tab is refreshed after every decision

    # Accept the good one: written to the file, live at once (the watcher is off), offered no more
    api.reset()
    app.action(home_click(london[0], ADMIN))
    (told,) = api.wait_for("chat.postMessage")
    assert "Added alias “london children” to Innovation Programme in Children's Social Care" in told.body["text"]
    assert "london children" in check_knowledge(knowledge).knowledge.entries["innovation_programme_csc"].aliases
    republished = api.wait_for("views.publish")[0].body["view"]["blocks"]
    assert not [text for text in suggestion_buttons(republished) if "london children" in text]
    api.reset()
    app.event(mention("london children", ts="1700004000.000100"), "Ev0HOMEQ01")
    (reply,) = api.wait_for("chat.postMessage")
    assert reply.body["text"].startswith("Innovation Programme in Children")

    # Reject the harmful one: never offered again
    api.reset()
    app.action(home_click(harmful[1], ADMIN))
    assert "Rejected" in api.wait_for("chat.postMessage")[0].body["text"]
    api.wait_for("views.publish")  # the refreshed Home tab, before the next opening
    assert suggestion_buttons(open_home(app, api, ADMIN)) == {}


def test_nobody_else_sees_or_decides(home_app, api):
    app, knowledge = home_app
    blocks = open_home(app, api, "U0MEMBER1")
    assert all("For admins" not in str(b) for b in blocks)
    before = (knowledge / "programmes.yaml").read_text(encoding="utf-8")
    api.reset()
    app.action(home_click({"action_id": "gap_accept_0", "value": "whatever"}, "U0MEMBER1"))
    assert "for scalebot's admins" in api.wait_for("chat.postMessage")[0].body["text"]
    app.action(home_click({"action_id": "gap_accept_0", "value": "nosuchid"}, ADMIN))
    assert "no longer offered" in api.wait_for("chat.postMessage", 2)[1].body["text"]
    assert (knowledge / "programmes.yaml").read_text(encoding="utf-8") == before
