"""The loader turns every kind of broken YAML into FILE:LINE: field: message, and never loads half."""

from __future__ import annotations

import time

import pytest
from pydantic import ValidationError

from bot.knowledge import KnowledgeError, check_knowledge, load_knowledge, yamlfile

GOOD_ORGS = """
organisations:
  - id: acme
    name: Acme Trust
    summary: A trust.
  - id: beta_council
    name: Beta Council
    summary: A council.
"""


def problems_of(folder):
    result = check_knowledge(folder.path)
    assert result.knowledge is None, "a folder with problems must not load"
    return result.problems


def only_problem(folder):
    problems = problems_of(folder)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_valid_folder_loads_with_relations(kb_dir):
    kb_dir.write("orgs.yaml", GOOD_ORGS)
    kb_dir.write(
        "people.yaml",
        """
        contacts:
          - id: ann
            name: Ann Example
            role: Director
            summary: Runs things.
            organisation: acme
        programmes:
          - id: pilot
            name: The Pilot
            summary: A pilot.
            partners: [beta_council]
            contacts: [ann]
    """,
    )
    kb = load_knowledge(kb_dir.path)
    pilot, ann, beta = kb.get("pilot"), kb.get("ann"), kb.get("beta_council")
    assert kb.counts() == {"programme": 1, "report": 0, "contact": 1, "organisation": 2}
    assert kb.linked(pilot, "contacts") == (ann,)
    assert kb.linking(ann, "contacts") == (pilot,)
    assert kb.linking(beta, "partners") == (pilot,)
    assert kb.contacts_for(pilot).contacts == (ann,)


def test_entries_are_immutable(kb_dir):
    kb_dir.write("orgs.yaml", GOOD_ORGS)
    kb = load_knowledge(kb_dir.path)
    with pytest.raises(ValidationError, match="frozen"):
        kb.get("acme").name = "Changed"
    assert kb.get("acme").name == "Acme Trust"
    with pytest.raises(TypeError):
        kb.entries["new"] = kb.get("acme")


def test_yaml_syntax_error_names_file_and_line(kb_dir):
    kb_dir.write(
        "broken.yaml",
        """
        organisations:
          - id: acme
            name: [Acme
            summary: x
    """,
    )
    problem = only_problem(kb_dir)
    assert problem.file.name == "broken.yaml"
    assert problem.line in (3, 4)
    assert "syntax" in str(problem).lower()


def test_tab_indentation_is_called_a_tab(kb_dir):
    kb_dir.write("tabs.yaml", "organisations:\n  - id: acme\n\tname: Acme\n    summary: x\n")
    problem = only_problem(kb_dir)
    assert problem.line == 3
    assert "tab" in problem.message


def test_duplicate_id_across_two_files(kb_dir):
    kb_dir.write("a.yaml", GOOD_ORGS)
    kb_dir.write(
        "b.yaml",
        """
        programmes:
          - id: other
            name: Other
            summary: x
          - id: acme
            name: Acme again
            summary: x
    """,
    )
    problem = only_problem(kb_dir)
    assert problem.file.name == "b.yaml" and problem.line == 5
    assert problem.field == "acme.id"
    assert "duplicate id" in problem.message and "a.yaml:2" in problem.message


def test_duplicate_key_in_one_mapping(kb_dir):
    kb_dir.write(
        "dup.yaml",
        """
        organisations:
          - id: acme
            name: Acme
            summary: first
            summary: second
    """,
    )
    problem = only_problem(kb_dir)
    assert problem.line == 5
    assert "duplicate key 'summary'" in problem.message and "line 4" in problem.message


def test_unknown_reference(kb_dir):
    kb_dir.write("orgs.yaml", GOOD_ORGS)
    kb_dir.write(
        "progs.yaml",
        """
        programmes:
          - id: pilot
            name: Pilot
            summary: x
            partners:
              - acme
              - beta_counsil
    """,
    )
    problem = only_problem(kb_dir)
    assert (problem.file.name, problem.line, problem.field) == ("progs.yaml", 7, "pilot.partners[1]")
    assert "unknown id 'beta_counsil'" in problem.message and "beta_council" in problem.message


def test_reference_to_the_wrong_kind(kb_dir):
    kb_dir.write("orgs.yaml", GOOD_ORGS)
    kb_dir.write(
        "progs.yaml",
        """
        programmes:
          - id: pilot
            name: Pilot
            summary: x
            contacts: [acme]
    """,
    )
    problem = only_problem(kb_dir)
    assert problem.field == "pilot.contacts[0]" and problem.line == 5
    assert problem.message == "'acme' is an organisation, but contacts must name a contact"


def test_missing_name_points_at_the_entry(kb_dir):
    kb_dir.write(
        "orgs.yaml",
        """
        organisations:
          - id: acme
            summary: x
    """,
    )
    problem = only_problem(kb_dir)
    assert (problem.line, problem.field) == (2, "acme.name")
    assert "missing" in problem.message


def test_wrong_type_for_a_list(kb_dir):
    kb_dir.write(
        "orgs.yaml",
        """
        organisations:
          - id: acme
            name: Acme
            aliases: "x"
            summary: x
    """,
    )
    problem = only_problem(kb_dir)
    assert (problem.line, problem.field) == (4, "acme.aliases")
    assert "should be a list" in problem.message


def test_unknown_field_suggests_the_right_one(kb_dir):
    kb_dir.write(
        "orgs.yaml",
        """
        organisations:
          - id: acme
            name: Acme
            summray: x
    """,
    )
    problems = problems_of(kb_dir)
    by_field = {p.field: p for p in problems}
    assert by_field["acme.summray"].line == 4
    assert "did you mean 'summary'" in by_field["acme.summray"].message
    assert "acme.summary" in by_field  # and the real summary is reported missing


def test_empty_file(kb_dir):
    kb_dir.write("empty.yaml", "")
    problem = only_problem(kb_dir)
    assert problem.file.name == "empty.yaml" and problem.line == 1
    assert "empty" in problem.message


def test_list_where_a_mapping_belongs(kb_dir):
    kb_dir.write(
        "list.yaml",
        """
        - id: acme
          name: Acme
          summary: x
    """,
    )
    problem = only_problem(kb_dir)
    assert problem.line == 1 and "expected a mapping" in problem.message and "found a list" in problem.message


def test_section_that_is_not_a_list(kb_dir):
    kb_dir.write("orgs.yaml", "organisations:\n  id: acme\n")
    problem = only_problem(kb_dir)
    assert problem.field == "organisations" and "expected a list of entries" in problem.message


def test_invalid_utf8_names_the_line(kb_dir):
    kb_dir.write("latin1.yaml", "organisations:\n  - id: acme\n    name: Caf\xe9\n    summary: x\n".encode("latin-1"))
    problem = only_problem(kb_dir)
    assert problem.line == 3 and "UTF-8" in problem.message


def test_non_yaml_file_is_ignored_with_a_note(kb_dir):
    kb_dir.write("orgs.yaml", GOOD_ORGS)
    kb_dir.write("README.md", "# notes for maintainers\n")
    result = check_knowledge(kb_dir.path)
    assert result.knowledge is not None and not result.problems
    assert any("README.md" in note and "ignored" in note for note in result.notes)


def test_five_megabyte_file_loads_without_hanging(kb_dir):
    entry = "  - id: org_{n}\n    name: Organisation number {n}\n    summary: {filler}\n"
    filler = "A long summary about scaling public services. " * 30
    lines = ["organisations:\n"]
    size = 0
    n = 0
    while size < 5 * 1024 * 1024:
        text = entry.format(n=n, filler=filler[:1900])
        lines.append(text)
        size += len(text)
        n += 1
    kb_dir.write("big.yaml", "".join(lines))
    started = time.perf_counter()
    kb = load_knowledge(kb_dir.path)
    assert len(kb) == n
    assert time.perf_counter() - started < 30


def test_file_over_the_size_limit_is_refused_clearly(kb_dir, monkeypatch):
    monkeypatch.setattr(yamlfile, "MAX_FILE_BYTES", 1000)
    kb_dir.write("huge.yaml", "organisations:\n" + "# padding\n" * 200)
    problem = only_problem(kb_dir)
    assert "limit" in problem.message and "split" in problem.message


def test_alias_bomb_does_not_hang(kb_dir):
    """Aliases are shared while parsing, and what they repeat is counted: a "billion laughs" file is
    refused, quickly, at the alias that crosses the limit."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]" for n in range(1, 9)]
    lines += ["programmes:", "  - id: bomb", "    name: Bomb", "    summary: x", "    topics: *a8"]
    kb_dir.write("bomb.yaml", "\n".join(lines) + "\n")
    started = time.perf_counter()
    problems = problems_of(kb_dir)
    assert time.perf_counter() - started < 5
    (problem,) = problems
    assert "aliases (*a4 and others) repeat more than 250,000 values" in problem.message
    assert problem.line == 6  # a5: [*a4, *a4, …], where the count passes the limit


def test_deep_nesting_is_refused(kb_dir):
    kb_dir.write("deep.yaml", "organisations: " + "[" * 200 + "]" * 200 + "\n")
    problem = only_problem(kb_dir)
    assert "nested" in problem.message


def test_urls_must_be_http(kb_dir):
    kb_dir.write(
        "orgs.yaml",
        """
        organisations:
          - id: acme
            name: Acme
            summary: x
            links:
              - label: Site
                url: javascript:alert(1)
                confirmed: by hand
    """,
    )
    problem = only_problem(kb_dir)
    assert (problem.line, problem.field) == (7, "acme.links[0].url")
    assert "http" in problem.message


def test_bad_slug_and_every_problem_listed(kb_dir):
    kb_dir.write(
        "orgs.yaml",
        """
        organisations:
          - id: Not A Slug
            name: Acme
            summary: x
          - id: fine
            name: ""
            summary: x
            year: 2018
    """,
    )
    problems = problems_of(kb_dir)
    lines = sorted(p.line for p in problems)
    assert lines == [2, 6, 8], [str(p) for p in problems]


def test_load_knowledge_raises_with_every_problem(kb_dir):
    kb_dir.write("a.yaml", "organisations:\n  - id: a\n    summary: x\n  - id: b\n    summary: y\n")
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(kb_dir.path)
    assert len(raised.value.problems) == 2
    assert "a.yaml:2: a.name" in str(raised.value)


def test_problem_format(kb_dir):
    kb_dir.write("orgs.yaml", "organisations:\n  - id: acme\n    summary: x\n")
    (problem,) = problems_of(kb_dir)
    assert str(problem).endswith("orgs.yaml:2: acme.name: required field is missing")


def test_tab_inside_a_block_of_text_is_not_blamed_for_another_error(kb_dir):
    kb_dir.write(
        "mixed.yaml",
        "organisations:\n  - id: acme\n    name: Acme\n    summary: |\n      first line\n"
        "      \tindented with a tab inside the text\n    topics: [a, b\n",
    )
    problem = only_problem(kb_dir)
    assert "tab" not in problem.message and problem.line >= 7


def test_deep_but_valid_yaml_is_a_problem_not_a_crash(kb_dir):
    kb_dir.write(
        "deep.yaml",
        "programmes:\n  - id: deep\n    name: Deep\n    summary: x\n    topics: " + "[" * 48 + "x" + "]" * 48 + "\n",
    )
    problems = problems_of(kb_dir)
    assert problems and all(p.file.name == "deep.yaml" for p in problems)


def test_renaming_an_id_used_everywhere_reports_quickly(kb_dir):
    orgs = "".join(f"  - id: org_{n}\n    name: Org {n}\n    summary: x\n" for n in range(3000))
    progs = "".join(
        f"  - id: prog_{n}\n    name: Prog {n}\n    summary: x\n    partners: [renamed_{n % 400}]\n"
        for n in range(3000)
    )
    kb_dir.write("kb.yaml", "organisations:\n" + orgs + "programmes:\n" + progs)
    started = time.perf_counter()
    problems = problems_of(kb_dir)
    assert len(problems) == 3000
    assert time.perf_counter() - started < 10
