"""Gates: whole programs run as subprocesses (the quality scorer, the benchmarks' smoke runs).

They check outcomes of the whole bot rather than one behaviour, take seconds each, and are
marked ``gate`` so a quick local run can leave them out: ``python -m pytest -m "not gate"``.
CI (``.ci/run``) runs them with everything else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.gate)
