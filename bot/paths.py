"""Which knowledge folder to read: the one place that decides it.

``knowledge/`` at the top of the repository is the one editable copy. A wheel carries it inside
the package as ``bot/bundled_knowledge`` (mapped in ``pyproject.toml``), so ``pip install .``
answers from anywhere; an editable install or a checkout reads the repository's folder itself.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
#: Where a wheel puts the knowledge base; absent in a checkout and in an editable install.
PACKAGED_KNOWLEDGE = _PACKAGE / "bundled_knowledge"
#: The repository's knowledge base, next to ``bot/`` (only there in a checkout or editable install).
REPOSITORY_KNOWLEDGE = _PACKAGE.parent / "knowledge"


def bundled_knowledge_path() -> Path:
    """The knowledge base that came with the code, however it was installed."""
    return PACKAGED_KNOWLEDGE if PACKAGED_KNOWLEDGE.is_dir() else REPOSITORY_KNOWLEDGE


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where the bot keeps its own files by default: beside the question log's SQLite file
    (``DATABASE_URL``, default ``./scalebot.db``), else (a PostgreSQL log) the working directory."""
    environ = os.environ if environ is None else environ
    url = (environ.get("DATABASE_URL") or "").strip()
    if url.startswith("sqlite:///") and len(url) > len("sqlite:///"):
        return Path(url[len("sqlite:///") :].split("?", 1)[0]).parent
    return Path()


def default_knowledge_path(environ: Mapping[str, str] | None = None, cwd: Path | None = None) -> Path:
    """``$SCALEBOT_KNOWLEDGE`` when set; else ``./knowledge`` when the working directory has one
    (how the ``Procfile`` runs the bot from a deployed checkout); else the bundled knowledge base."""
    environ = os.environ if environ is None else environ
    configured = (environ.get("SCALEBOT_KNOWLEDGE") or "").strip()
    if configured:
        return Path(configured)
    here = (Path.cwd() if cwd is None else cwd) / "knowledge"
    if here.is_dir():
        return here
    return bundled_knowledge_path()
