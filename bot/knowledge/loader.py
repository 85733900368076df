"""Load a folder of YAML files into a :class:`KnowledgeBase`, collecting every problem.

A maintainer fixing a typo wants all the mistakes at once, each with file, line and
field; and a half-valid folder must never load, or an entry would silently vanish.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails
from rapidfuzz import process

from .base import KnowledgeBase
from .problems import KnowledgeError, Problem, display_path
from .schema import MODEL_BY_SECTION, PLACES_SECTION, Entry, Place, reference_fields
from .yamlfile import ParsedFile, read_yaml_file

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class CheckResult:
    knowledge: KnowledgeBase | None
    problems: list[Problem] = field(default_factory=list)
    #: Things worth saying that are not errors, e.g. a README in the folder that was skipped.
    notes: list[str] = field(default_factory=list)


def knowledge_files(path: Path) -> tuple[list[Path], list[Path]]:
    """YAML files under ``path`` (sorted, so load order and errors are stable) and the files skipped."""
    if path.is_file():
        return [path], []
    found: list[Path] = []
    skipped: list[Path] = []
    for candidate in sorted(p for p in path.rglob("*") if p.is_file()):
        relative_parts = candidate.relative_to(path).parts
        if any(part.startswith(".") for part in relative_parts):
            continue  # editor swap files, .git and the like
        (found if candidate.suffix.lower() in YAML_SUFFIXES else skipped).append(candidate)
    return found, skipped


def check_knowledge(path: str | Path) -> CheckResult:
    """Validate everything under ``path``; returns the knowledge base only when there are no problems."""
    root = Path(path)
    if not root.exists():
        return CheckResult(None, [Problem(root, 1, "(path)", "no such file or folder")])
    files, skipped = knowledge_files(root)
    notes = [f"{p}: ignored (not a .yaml or .yml file)" for p in skipped]
    problems: list[Problem] = []
    entries: list[Entry] = []
    places: list[Place] = []
    id_fields: dict[str, tuple[ParsedFile, tuple]] = {}
    if not files:
        problems.append(Problem(root, 1, "(path)", "no .yaml or .yml files found"))

    for source in files:
        parsed = read_yaml_file(source)
        problems.extend(parsed.problems)
        if parsed.data is None and parsed.problems:
            continue
        for entry, entry_path in _entries_in(parsed, problems, places):
            previous = id_fields.get(entry.id)
            if previous is not None:
                first, first_path = previous
                problems.append(
                    Problem(
                        source,
                        parsed.line_of(entry_path + ("id",)),
                        f"{entry.id}.id",
                        f"duplicate id '{entry.id}' (already used at"
                        f" {display_path(first.path)}:{first.line_of(first_path + ('id',))});"
                        " ids must be unique across the whole knowledge base",
                    )
                )
                continue
            id_fields[entry.id] = (parsed, entry_path)
            entries.append(entry)

    problems.extend(_reference_problems(entries, id_fields))
    if problems:
        return CheckResult(None, sorted(problems), notes)
    origins = {entry_id: parsed.path for entry_id, (parsed, _) in id_fields.items()}
    return CheckResult(KnowledgeBase.build(entries, origins, tuple(files), tuple(places)), [], notes)


def load_knowledge(path: str | Path) -> KnowledgeBase:
    """The knowledge base under ``path``, or :class:`KnowledgeError` listing every problem."""
    result = check_knowledge(path)
    if result.knowledge is None:
        raise KnowledgeError(result.problems)
    return result.knowledge


def _entries_in(parsed: ParsedFile, problems: list[Problem], places: list[Place]):
    """Validate each entry of each section; yields (entry, its path in the file). Places go to ``places``."""
    data = parsed.data
    source = parsed.path
    sections = ", ".join(f"'{name}:'" for name in (*MODEL_BY_SECTION, PLACES_SECTION))
    if not isinstance(data, dict):
        problems.append(
            Problem(
                source,
                parsed.line_of(()),
                "(top level)",
                f"expected a mapping with {sections}, found {_type_name(data)}",
            )
        )
        return
    for section, items in data.items():
        model: type[Entry] | type[Place] | None = Place if section == PLACES_SECTION else MODEL_BY_SECTION.get(section)
        if model is None:
            problems.append(
                Problem(
                    source,
                    parsed.line_of((section,)),
                    str(section),
                    f"unknown section{_suggest(section, [*MODEL_BY_SECTION, PLACES_SECTION])};"
                    f" expected one of {sections}",
                )
            )
            continue
        if items is None:
            continue  # "programmes:" with nothing under it yet
        if not isinstance(items, list):
            problems.append(
                Problem(
                    source,
                    parsed.line_of((section,)),
                    section,
                    f"expected a list of entries (each starting with '- id:'), found {_type_name(items)}",
                )
            )
            continue
        for index, item in enumerate(items):
            entry_path = (section, index)
            if not isinstance(item, dict):
                problems.append(
                    Problem(
                        source,
                        parsed.line_of(entry_path),
                        f"{section}[{index}]",
                        f"expected an entry (a mapping with id, name, summary…), found {_type_name(item)}",
                    )
                )
                continue
            key = "name" if model is Place else "id"  # a place is known by its name ("Leeds.inside")
            label = item[key] if isinstance(item.get(key), str) and item[key] else f"{section}[{index}]"
            try:
                validated = model.model_validate(item)
                if isinstance(validated, Place):
                    places.append(validated)
                else:
                    yield validated, entry_path
            except ValidationError as error:
                for detail in error.errors():
                    location = tuple(detail["loc"])
                    problems.append(
                        Problem(
                            source,
                            parsed.line_of(entry_path + location),
                            _field_label(label, location),
                            _message(detail, model),
                        )
                    )


#: Suggestions ("did you mean…") search every id; past this many unknown ids, stop suggesting,
#: so renaming an id used by 10,000 entries reports in seconds rather than minutes.
MAX_SUGGESTIONS = 50


def _reference_problems(entries: list[Entry], id_fields: dict[str, tuple[ParsedFile, tuple]]) -> list[Problem]:
    kind_by_id = {entry.id: entry.kind for entry in entries}
    problems = []
    suggestions: dict[str, str] = {}
    for entry in entries:
        for name, ref in reference_fields(type(entry)).items():
            value = getattr(entry, name)
            if not value:
                continue
            many = not isinstance(value, str)
            for index, target in enumerate(value if many else (value,)):
                if target == entry.id:
                    message = "an entry cannot refer to itself"
                elif target not in kind_by_id:
                    if target not in suggestions:
                        suggestions[target] = _suggest(target, kind_by_id) if len(suggestions) < MAX_SUGGESTIONS else ""
                    message = f"unknown id '{target}'{suggestions[target]}"
                elif ref.kinds and kind_by_id[target] not in ref.kinds:
                    message = (
                        f"'{target}' is {_a(kind_by_id[target])}, but {name} must name {_a(' or '.join(ref.kinds))}"
                    )
                else:
                    continue
                parsed, entry_path = id_fields[entry.id]
                location = (name, index) if many else (name,)
                problems.append(
                    Problem(
                        parsed.path, parsed.line_of(entry_path + location), _field_label(entry.id, location), message
                    )
                )
    return problems


_FRIENDLY = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field",
    "string_type": "should be text",
    "tuple_type": "should be a list (one '- item' per line), not {got}",
    "int_type": "should be a whole number",
    "model_type": "should be a mapping (label:, url:, confirmed:)",
    "string_too_short": "should not be empty",
}


def _a(noun: str) -> str:
    """'an organisation', 'a contact'."""
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _message(detail: ErrorDetails, model: type[Entry] | type[Place]) -> str:
    kind = detail["type"]
    got = _type_name(detail.get("input"))
    if kind == "extra_forbidden":
        name = str(detail["loc"][-1])
        known = list(model.model_fields) if len(detail["loc"]) == 1 else ["label", "url", "confirmed"]
        return f"unknown field '{name}'{_suggest(name, known)}; allowed: {', '.join(known)}"
    if kind == "string_pattern_mismatch":
        name = str(detail["loc"][0])
        if name == "slack_user_id":
            return "should be a Slack member id like U012AB3CD (Profile → ⋮ → Copy member ID)"
        if name == "email":
            return "should be an email address"
        return f"should be an id: lowercase letters and digits joined by '_' or '-', got {detail.get('input')!r}"
    if kind in _FRIENDLY:
        return _FRIENDLY[kind].format(got=got) + ("" if kind in ("missing", "tuple_type") else f", got {got}")
    return detail["msg"].removeprefix("Value error, ")


def _field_label(label: str, location: tuple) -> str:
    text = label
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _suggest(word: Any, choices) -> str:
    if not isinstance(word, str):
        return ""
    best = process.extractOne(word, list(choices), score_cutoff=75)
    return f" (did you mean '{best[0]}'?)" if best else ""


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    return {str: "text", int: "a number", float: "a number", list: "a list", dict: "a mapping"}.get(
        type(value), type(value).__name__
    )
