"""One problem found in the knowledge base, printed the way editors and CI logs link it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    file: Path
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{display_path(self.file)}:{self.line}: {self.field}: {self.message}"


def display_path(path: Path) -> str:
    """Relative to the working directory when inside it, so the line is short and clickable."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


class KnowledgeError(Exception):
    """The knowledge base could not be loaded; ``problems`` says every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
