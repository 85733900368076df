"""Slash commands: each answers ephemerally within its kind; /scaling help and reload."""

from __future__ import annotations

import pytest
from support.servers import ADMIN
from support.slack_requests import button, buttons


@pytest.mark.parametrize(
    "command, text, expected",
    [
        ("/programme", "elevate", "Elevate"),
        ("/report", "NHS", "Adoption and spread"),
        ("/contact", "scaling", "Heather Rollinson"),
        ("/scaling", "who wrote the blog?", "Julie Temperley"),
    ],
)
def test_each_slash_command_answers_ephemerally_with_a_share_button(app, api, command, text, expected):
    result = app.command(command, text, api.response_url("cmd"))
    assert result.status == 200 and result.body == ""  # the ack carries no text: the answer follows
    (response,) = api.calls_to("response")
    assert response.body["response_type"] == "ephemeral"
    assert expected in response.body["text"], response.body["text"]
    button(response.body["blocks"], "share_answer")


def test_kind_command_with_no_text_lists_all_of_that_kind(app, api):
    app.command("/report", "", api.response_url("list"))
    (response,) = api.calls_to("response")
    for name in ["Against the Odds", "Adoption and spread of innovation in the NHS", "Growing innovative models"]:
        assert name in response.body["text"]
    assert "Elevate" not in response.body["text"]


def test_kind_command_stays_within_its_kind(app, api):
    app.command("/contact", "elevate", api.response_url("kind"))
    (response,) = api.calls_to("response")
    assert "Elevate (Programme)" not in response.body["text"]
    assert response.body["text"].startswith("I don't have anything on “elevate”")
    app.command("/programme", "elevate", api.response_url("kind"))
    assert "Elevate (Programme)" in api.calls_to("response")[-1].body["text"]


@pytest.mark.parametrize("text", ["help", "", "?"])
def test_scaling_help(app, api, text):
    app.command("/scaling", text, api.response_url("help"))
    (response,) = api.calls_to("response")
    assert response.body["response_type"] == "ephemeral"
    for command in ("/scaling", "/programme", "/report", "/contact"):
        assert command in response.body["text"]
    assert buttons(response.body["blocks"]) == []


def test_reload_is_for_admins(live_app, api):
    live_app.command("/scaling", "reload", api.response_url("nonadmin"), user="U0SOMEONE")
    (refusal,) = api.calls_to("response")
    assert "admin" in refusal.body["text"] and refusal.body["response_type"] == "ephemeral"

    (live_app.settings.knowledge_path / "contacts.yaml").write_text("contacts:\n  - id: broken\n", encoding="utf-8")
    live_app.command("/scaling", "reload", api.response_url("admin"), user=ADMIN)
    failed = api.calls_to("response")[-1].body["text"]
    assert "Reload failed" in failed and "contacts.yaml:2" in failed


def test_reload_by_an_admin_serves_the_edit(live_app, api):
    programmes = live_app.settings.knowledge_path / "programmes.yaml"
    programmes.write_text(
        programmes.read_text(encoding="utf-8").replace("design new models", "design EDITED new models"),
        encoding="utf-8",
    )
    live_app.command("/programme", "elevate", api.response_url("before"))
    assert "EDITED" not in api.calls_to("response")[-1].body["text"]  # not until it reloads
    live_app.command("/scaling", "reload", api.response_url("reload"), user=ADMIN)
    assert api.calls_to("response")[-1].body["text"].startswith("Knowledge base reloaded: 8 programmes")
    live_app.command("/programme", "elevate", api.response_url("after"))
    assert "EDITED" in api.calls_to("response")[-1].body["text"]
