"""Through the app: an attribute or an office the knowledge base does not hold is said to be missing,
and the entry's card follows as what the bot does have, not as the answer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, lead",
    [
        ("what's the population of New South Wales? for the Elevate slide", "I don't have the population for"),
        ("who's the CEO of UNICEF UK these days?", "I don't have the chief executive for UNICEF"),
        ("what does PPL stand for?", "I don't have the full name for PPL"),
    ],
)
def test_a_fact_not_held_is_said_first_and_the_card_is_what_we_do_have(app, api, text, lead):
    app.command("/scaling", text, api.response_url("fact"))
    (response,) = api.calls_to("response")
    assert response.body["text"].startswith(lead), response.body["text"]
    said = [
        block.get("elements", [{}])[0].get("text", "")
        for block in response.body["blocks"]
        if block["type"] == "context"
    ]
    assert "What I do have:" in said
