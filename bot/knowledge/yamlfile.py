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

from .problems import Problem

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: A file larger than this is refused with a clear error instead of being parsed.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Guards against alias bombs ("billion laughs"): nodes visited while building one file.
MAX_NODES = 2_000_000

Path_ = tuple[Any, ...]


@dataclass
class ParsedFile:
    """A YAML file's data and the 1-based line where each path's value starts."""

    path: Path
    data: Any = None
    lines: dict[Path_, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, path: Path_) -> int:
        """Line of the deepest known prefix of ``path`` (a missing field points at its entry)."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


class _TooComplex(Exception):
    pass


def _decode(raw: bytes, source: Path) -> tuple[str | None, Problem | None]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, Problem(source, line, "(file)", f"not valid UTF-8 (byte 0x{raw[error.start]:02x}); save the file as UTF-8")
    return text.removeprefix("\ufeff"), None


def _yaml_error_problem(error: yaml.YAMLError, source: Path) -> Problem:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark is not None else 1
    problem = getattr(error, "problem", None) or str(error)
    if mark is not None and "cannot start any token" in problem and mark.buffer and mark.index < len(mark.buffer) and mark.buffer[mark.index] == "\t":
        message = "tab character used for indentation; YAML needs spaces"
    else:
        context = getattr(error, "context", None)
        message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
    return Problem(source, line, "(syntax)", message)


def _tab_indented_line(text: str) -> int | None:
    """libyaml reports a tab-indented line as a generic token error; find it to say so plainly."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t") and stripped.strip():
            return number
    return None


def read_yaml_file(source: Path) -> ParsedFile:
    """Parse ``source``; problems are collected on the result rather than raised."""
    parsed = ParsedFile(source)
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            parsed.problems.append(Problem(source, 1, "(file)", f"file is {size / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB — split it into several files"))
            return parsed
        raw = source.read_bytes()
    except OSError as error:
        parsed.problems.append(Problem(source, 1, "(file)", f"cannot read file: {error.strerror or error}"))
        return parsed

    text, problem = _decode(raw, source)
    if problem:
        parsed.problems.append(problem)
        return parsed
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        parsed.problems.append(Problem(source, 1, "(file)", "file is empty; expected a mapping such as 'programmes:' with a list of entries"))
        return parsed

    try:
        nodes = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.YAMLError as error:
        tab_line = _tab_indented_line(text)
        if tab_line is not None:
            parsed.problems.append(Problem(source, tab_line, "(syntax)", "tab character used for indentation; YAML needs spaces"))
        else:
            parsed.problems.append(_yaml_error_problem(error, source))
        return parsed
    nodes = [n for n in nodes if n is not None]
    if len(nodes) != 1:
        line = nodes[1].start_mark.line + 1 if len(nodes) > 1 else 1
        parsed.problems.append(Problem(source, line, "(file)", "expected exactly one YAML document ('---' starts another)"))
        return parsed

    builder = _Builder(parsed)
    try:
        parsed.data = builder.build(nodes[0], ())
    except _TooComplex:
        parsed.problems.append(Problem(source, 1, "(file)", f"file expands to more than {MAX_NODES:,} values (aliases?); refusing to load it"))
        parsed.data = None
    return parsed


class _Builder:
    def __init__(self, parsed: ParsedFile):
        self.parsed = parsed
        self.constructor = SafeConstructor()
        self.visited = 0

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise _TooComplex
        self.parsed.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (index,)) for index, item in enumerate(node.value)]
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.YAMLError as error:
            self.parsed.problems.append(Problem(self.parsed.path, node.start_mark.line + 1, _dotted(path), f"bad value: {getattr(error, 'problem', error)}"))
            return None

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict:
        result: dict = {}
        first_line: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.parsed.problems.append(Problem(self.parsed.path, key_node.start_mark.line + 1, _dotted(path), "a key must be plain text"))
                continue
            key = self.constructor.construct_object(key_node)
            line = key_node.start_mark.line + 1
            if isinstance(key, (list, dict)) or key is None:
                self.parsed.problems.append(Problem(self.parsed.path, line, _dotted(path), "a key must be plain text"))
                continue
            if key in first_line:
                self.parsed.problems.append(Problem(self.parsed.path, line, _dotted(path + (key,)), f"duplicate key '{key}' (first at line {first_line[key]}); YAML would silently keep only the last"))
                continue
            first_line[key] = line
            self.parsed.lines[path + (key,)] = line
            # The key's line, not the value's: a block list starts on the line after its key.
            result[key] = self.build(value_node, path + (key,))
        return result


def _dotted(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"
