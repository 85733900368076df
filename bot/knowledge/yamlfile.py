"""Read one knowledge YAML file into plain data plus the line of every value.

PyYAML's ``safe_load`` forgets where things were and silently keeps the last of two
duplicate keys. Maintainers need ``FILE:LINE: field`` in every error, so we compose
the node tree ourselves (libyaml when present), build the data from it, and keep a map
from each value's path to its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from .problems import Problem

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: A file larger than this is refused with a clear error instead of being parsed.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Values a file may repeat through YAML aliases (``*name``), each alias counting the size of
#: what it repeats. Parsing shares an alias's value, but validation builds every repeat: 4 MB
#: of ``*a`` once took hundreds of MB. ``source: *blog`` on every entry is far below this.
MAX_ALIAS_VALUES = 250_000

#: Where a value sits in a YAML document: keys and list indexes from the top, e.g. ("programmes", 0, "name").
FieldPath = tuple[Any, ...]


@dataclass
class ParsedFile:
    """A YAML file's data and the 1-based line where each path's value starts.

    Lines are only needed to report a problem, and noting the line of every value costs as
    much as parsing, so a clean file is read without them; the first ``line_of`` call reads
    the text again, noting lines.
    """

    path: Path
    data: Any = None
    lines: dict[FieldPath, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    text: str | None = field(default=None, repr=False)
    tracked: bool = False

    def line_of(self, path: FieldPath) -> int:
        """Line of the deepest known prefix of ``path`` (a missing field points at its entry)."""
        if not self.tracked:
            self.tracked = True
            tracking = ParsedFile(self.path)
            try:
                text = self.text if self.text is not None else self.path.read_text(encoding="utf-8-sig")
                _EventBuilder(tracking).build_document(yaml.parse(text, Loader=_Loader))
            except (OSError, UnicodeDecodeError, yaml.YAMLError, _Refused):
                pass  # the file changed under us; keep what was noted
            self.lines = tracking.lines
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


def _decode(raw: bytes, source: Path) -> tuple[str | None, Problem | None]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, Problem(
            source, line, "(file)", f"not valid UTF-8 (byte 0x{raw[error.start]:02x}); save the file as UTF-8"
        )
    return text.removeprefix("\ufeff"), None


def _yaml_error_problem(error: yaml.YAMLError, source: Path, text: str) -> Problem:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark is not None else 1
    # libyaml reports a tab used for indentation as a token it cannot read, on that line or
    # just after it; say so plainly. (A tab elsewhere, e.g. inside a block of text, is fine.)
    lines = text.splitlines()
    for candidate in (line, line - 1):
        if (
            1 <= candidate <= len(lines)
            and lines[candidate - 1].lstrip(" ").startswith("\t")
            and lines[candidate - 1].strip()
        ):
            return Problem(source, candidate, "(syntax)", "tab character used for indentation; YAML needs spaces")
    problem = getattr(error, "problem", None) or str(error)
    context = getattr(error, "context", None)
    return Problem(source, line, "(syntax)", f"YAML syntax error: {problem}" + (f" ({context})" if context else ""))


def read_yaml_file(source: Path) -> ParsedFile:
    """Parse ``source``; problems are collected on the result rather than raised."""
    parsed = ParsedFile(source)
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            parsed.problems.append(
                Problem(
                    source,
                    1,
                    "(file)",
                    f"file is {size / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB"
                    " — split it into several files",
                )
            )
            return parsed
        raw = source.read_bytes()
    except OSError as error:
        parsed.problems.append(Problem(source, 1, "(file)", f"cannot read file: {error.strerror or error}"))
        return parsed

    text, problem = _decode(raw, source)
    if problem or text is None:
        parsed.problems.extend([problem] if problem else [])
        return parsed
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        parsed.problems.append(
            Problem(
                source, 1, "(file)", "file is empty; expected a mapping such as 'programmes:' with a list of entries"
            )
        )
        return parsed

    parsed.text = text
    try:
        try:
            parsed.data = _fast_build(yaml.parse(text, Loader=_Loader))
        except _NeedsTracking:
            # Something is off (a duplicate key, a bad value…): read again, noting lines, to say where.
            parsed.tracked = True
            parsed.data = _EventBuilder(parsed).build_document(yaml.parse(text, Loader=_Loader))
    except yaml.YAMLError as error:
        parsed.problems.append(_yaml_error_problem(error, source, text))
        parsed.data = None
    except _Refused as refusal:
        parsed.problems.append(Problem(source, refusal.line, "(file)", refusal.message))
        parsed.data = None
    return parsed


class _NeedsTracking(Exception):
    pass


_RESOLVERS = Resolver.yaml_implicit_resolvers
_STR = "tag:yaml.org,2002:str"


def _scalar_tag(event, resolver: Resolver) -> str | None:
    """The scalar's YAML tag, or None when it is a plain string: the common case, kept cheap.

    Quoted scalars are strings. A plain one goes through PyYAML's regex resolver only when its
    first character could start something else (a digit, a sign, yes/no/on/off/true/false/null…);
    one starting with a letter is a boolean or null only as one of those words, five letters at most.
    """
    value = event.value
    if event.tag is None or event.tag == "!":
        if not event.implicit[0] or (value and (value[0] not in _RESOLVERS or (value[0].isalpha() and len(value) > 5))):
            return None
        tag = resolver.resolve(yaml.ScalarNode, value, event.implicit)
    else:
        tag = event.tag
    return None if tag == _STR else tag


def _fast_build(events) -> Any:
    """Data from a well-formed file, as fast as plain Python goes; anything unusual raises
    :class:`_NeedsTracking` so the careful builder can report it with lines.

    The work is linear in the file's size (aliases are shared, never copied), and the size
    is capped, so no file can make this hang.
    """
    events = iter(events)
    resolver, constructor = Resolver(), SafeConstructor()
    anchors: dict[str, Any] = {}
    budget = _AliasBudget()
    scalar_event, mapping_start, mapping_end = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.MappingEndEvent
    sequence_start, sequence_end = yaml.SequenceStartEvent, yaml.SequenceEndEvent

    def scalar(event) -> Any:
        tag = _scalar_tag(event, resolver)
        if tag is None:
            return event.value
        try:
            return constructor.construct_object(
                yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style), deep=True
            )
        except yaml.YAMLError:
            raise _NeedsTracking from None

    def build(event, depth: int) -> Any:
        kind = type(event)
        start = budget.values
        budget.values += 1
        if kind is scalar_event:
            value = scalar(event)
        elif kind is mapping_start:
            if depth > 50:
                raise _NeedsTracking
            value = {}
            for key_event in events:
                if type(key_event) is not scalar_event:
                    if type(key_event) is mapping_end:
                        break
                    raise _NeedsTracking
                key = scalar(key_event)
                if key in value or key is None:
                    raise _NeedsTracking
                item = next(events)
                if type(item) is scalar_event and item.anchor is None:
                    value[key] = scalar(item)  # most values: no recursion
                    budget.values += 1
                else:
                    value[key] = build(item, depth + 1)
        elif kind is sequence_start:
            if depth > 50:
                raise _NeedsTracking
            value = []
            for item in events:
                if type(item) is sequence_end:
                    break
                value.append(build(item, depth + 1))
        elif kind is yaml.AliasEvent:
            if event.anchor not in anchors:
                raise _NeedsTracking
            budget.repeat(event)
            return anchors[event.anchor]
        else:
            raise _NeedsTracking
        if event.anchor:
            anchors[event.anchor] = value
            budget.anchored(event.anchor, start)
        return value

    documents: list[Any] = []
    for event in events:
        if type(event) is yaml.DocumentStartEvent:
            if documents:
                raise _NeedsTracking
            documents.append(build(next(events), 0))
    if not documents:
        raise _NeedsTracking
    return documents[0]


def _line(event: yaml.Event) -> int:
    """The 1-based line an event starts on (libyaml always gives one; 1 if not)."""
    return event.start_mark.line + 1 if event.start_mark is not None else 1


class _Refused(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


class _AliasBudget:
    """Counts values as built (an alias counting everything it repeats) and refuses a file over
    :data:`MAX_ALIAS_VALUES` repeated values, naming the alias that crossed the line."""

    def __init__(self) -> None:
        self.values = 0
        self.repeated = 0
        self.sizes: dict[str, int] = {}

    def anchored(self, anchor: str, start: int) -> None:
        self.sizes[anchor] = self.values - start

    def repeat(self, event) -> None:
        size = self.sizes.get(event.anchor, 1)
        self.values += size
        self.repeated += size
        if self.repeated > MAX_ALIAS_VALUES:
            raise _Refused(
                _line(event),
                f"aliases (*{event.anchor} and others) repeat more than {MAX_ALIAS_VALUES:,} values in this file;"
                " write the values out, or split the file",
            )


class _EventBuilder:
    """Builds plain data from libyaml's parse events, noting each value's line on the way.

    Working from events rather than PyYAML's node tree is about twice as fast on a large
    knowledge base, and plain scalars skip PyYAML's regex resolver unless their first
    character could make them something other than a string (a number, a boolean, null).
    """

    def __init__(self, parsed: ParsedFile):
        self.parsed = parsed
        self.constructor = SafeConstructor()
        self.resolver = Resolver()
        self.anchors: dict[str, Any] = {}
        self.budget = _AliasBudget()

    def build_document(self, events) -> Any:
        self.events = iter(events)
        documents: list[Any] = []
        for event in self.events:
            if isinstance(event, yaml.DocumentStartEvent):
                if documents:
                    raise _Refused(_line(event), "expected exactly one YAML document ('---' starts another)")
                content = next(self.events)
                documents.append(self.build(content, ()))
        if not documents:
            raise _Refused(1, "file is empty; expected a mapping such as 'programmes:' with a list of entries")
        return documents[0]

    def build(self, event, path: FieldPath) -> Any:
        if len(path) > 50 and isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            # The same limit as the fast builder's: containers nested more than 50 deep.
            raise _Refused(_line(event), "values nested more than 50 deep; refusing to load it")
        lines = self.parsed.lines
        if path not in lines:
            lines[path] = _line(event)
        start = self.budget.values
        self.budget.values += 1
        if isinstance(event, yaml.ScalarEvent):
            value = self.scalar(event, path)
        elif isinstance(event, yaml.MappingStartEvent):
            value = self.mapping(path)
        elif isinstance(event, yaml.SequenceStartEvent):
            value = []
            for item in self.events:
                if isinstance(item, yaml.SequenceEndEvent):
                    break
                value.append(self.build(item, path + (len(value),)))
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.anchors:
                raise _Refused(_line(event), f"unknown alias *{event.anchor}")
            self.budget.repeat(event)
            return self.anchors[event.anchor]
        else:  # pragma: no cover - libyaml only produces the events above here
            raise _Refused(_line(event), f"unexpected {type(event).__name__}")
        if getattr(event, "anchor", None):
            self.anchors[event.anchor] = value
            self.budget.anchored(event.anchor, start)
        return value

    def mapping(self, path: FieldPath) -> dict:
        result: dict = {}
        first_line: dict = {}
        problems = self.parsed.problems
        for key_event in self.events:
            if isinstance(key_event, yaml.MappingEndEvent):
                return result
            line = _line(key_event)
            if not isinstance(key_event, yaml.ScalarEvent):
                problems.append(Problem(self.parsed.path, line, _dotted(path), "a key must be plain text"))
                self.build(key_event, path + ("(key)",))
                self.build(next(self.events), path + ("(value)",))
                continue
            key = self.scalar(key_event, path)
            value_event = next(self.events)
            if isinstance(key, (list, dict)) or key is None:
                problems.append(Problem(self.parsed.path, line, _dotted(path), "a key must be plain text"))
                self.build(value_event, path + ("(value)",))
                continue
            if key in first_line:
                problems.append(
                    Problem(
                        self.parsed.path,
                        line,
                        _dotted(path + (key,)),
                        f"duplicate key '{key}' (first at line {first_line[key]});"
                        " YAML would silently keep only the last",
                    )
                )
                self.build(value_event, path + ("(duplicate)",))
                continue
            first_line[key] = line
            # The key's line, not the value's: a block list starts on the line after its key.
            self.parsed.lines[path + (key,)] = line
            result[key] = self.build(value_event, path + (key,))
        return result

    def scalar(self, event, path: FieldPath) -> Any:
        tag = _scalar_tag(event, self.resolver)
        if tag is None:
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.YAMLError as error:
            self.parsed.problems.append(
                Problem(
                    self.parsed.path,
                    _line(event),
                    _dotted(path),
                    f"bad value: {getattr(error, 'problem', error)}",
                )
            )
            return None


def _dotted(path: FieldPath) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"
