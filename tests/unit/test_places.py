"""Where places lie (``knowledge/places.yaml``): loaded and checked like entries, and used so that a
message naming a wider area, or a place inside one, finds the work there."""

from __future__ import annotations

from support.answers import about, ids

from bot.answer import Answerer
from bot.knowledge import check_knowledge, load_knowledge
from bot.question import parse

PLACES = """
places:
  - name: Tadcaster
    within: [North Yorkshire]
  - name: North Yorkshire
    within: [the North]
  - name: the North
    also: [up north]
  - name: Brewton
    within: [Tadcaster]
programmes:
  - id: brewing
    name: Small Brewers Network
    summary: Helping small brewers share kit.
    places: [Tadcaster]
  - id: harbour
    name: Harbour Futures
    summary: Coastal towns planning together.
    places: [Cornwall]
"""


def test_places_load_and_say_what_lies_around_and_inside(kb_dir):
    kb_dir.write("kb.yaml", PLACES)
    knowledge = load_knowledge(kb_dir.path)
    around = knowledge.regions("Tadcaster")
    assert around[:4] == ("North Yorkshire", "the North", "up north", "Brewton")
    assert knowledge.regions("North Yorkshire")[-1] == "Tadcaster"  # one level down
    assert knowledge.regions("Cornwall") == ()  # a place nobody described: nothing more is known
    assert knowledge.counts()["programme"] == 2  # places are not entries


def test_a_mistyped_place_field_is_reported_with_file_line_and_field(kb_dir):
    kb_dir.write("kb.yaml", "places:\n  - name: Leeds\n    inside: [Yorkshire]\n")
    result = check_knowledge(kb_dir.path)
    assert result.knowledge is None
    (problem,) = result.problems
    assert problem.file.name == "kb.yaml" and problem.line == 3
    assert problem.field == "Leeds.inside"  # a place is known by its name
    assert "inside" in problem.message and "within" in problem.message


def test_a_misspelt_places_section_suggests_the_right_one(kb_dir):
    kb_dir.write("kb.yaml", "plases:\n  - name: Leeds\n")
    (problem,) = check_knowledge(kb_dir.path).problems
    assert "places" in problem.message


def test_a_wider_area_or_a_place_inside_finds_the_work(kb_dir):
    kb_dir.write("kb.yaml", PLACES)
    answerer = Answerer(load_knowledge(kb_dir.path))
    assert about(answerer.answer("anything going on up north?")) == "brewing"
    assert about(answerer.answer("what are we doing in North Yorkshire?")) == "brewing"
    assert about(answerer.answer("a brewer in Brewton asked about our work nearby - what is it?")) == "brewing"


def test_the_bundled_places_find_work_by_region(answerer):
    assert about(answerer.answer("what's the school model we're bringing to South Yorkshire?")) == (
        "big_picture_learning_doncaster"
    )
    assert about(answerer.answer("the school model from America - what's it called?")) == (
        "big_picture_learning_doncaster"
    )
    assert set(ids(answerer.answer("what are we up to in the north of england?"))) >= {
        "asset_based_csc_wigan",
        "big_picture_learning_doncaster",
    }
    assert about(answerer.answer("our schools work near Sydney - who's the partner?")) in ("aisnsw", "elevate")


def test_england_and_the_uk_are_no_region_so_nhs_england_finds_nothing_up_north(answerer):
    answer = answerer.answer("who's the chief exec of NHS England?")
    assert not answer.answered


def test_work_set_aside_as_international_is_every_entry_placed_only_abroad(answerer):
    answer = answerer.answer(
        "list every organisation named as a partner on our UK work (excluding anything international)"
    )
    listed = ids(answer)
    assert "aisnsw" not in listed and "unicef" not in listed and "aga_khan_foundation" not in listed
    assert {"ppl", "west_london_ccg", "wigan_council"} <= set(listed)
    assert "innovation_unit" not in listed  # we are not our own partner


def test_uk_and_abroad_picks_out_no_place():
    assert "abroad" not in parse("all our schools work please, UK and abroad").words
    assert "uk" not in parse("our education projects (home & overseas)").words


def test_check_counts_the_places(kb_dir, capsys):
    from bot.cli import main

    kb_dir.write("kb.yaml", PLACES)
    assert main(["check", str(kb_dir.path)]) == 0
    assert "2 programmes, 0 reports, 0 contacts, 0 organisations and 4 places in 1 file(s)" in capsys.readouterr().out
