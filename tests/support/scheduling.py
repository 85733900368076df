"""How ``-n 3 --dist loadfile`` hands out the test files: the longest first, each dialect on its own.

xdist's loadfile keeps each file in one process, and by default starts the files with the most
tests first. Here the files with the most tests are quick unit files, while the files that run the
app under gunicorn, restart it and wait on Slack's (mock) latency hold a few tests that take seconds
each: started last, they made the run wait on one process long after the other two were idle. This
scheduler starts the slow ones first (tests/gates and tests/e2e, the longest known ones at the
head), then the rest by number of tests as before; and it treats a file's SQLite and PostgreSQL
tests as two units, so that the two halves of a slow file that runs once per dialect (each half
with its own module-scoped app and database) can run in two processes at once.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from xdist.scheduler import LoadFileScheduling

#: The files that take longest (``--durations``), started first in this order.
LONGEST = (
    "tests/e2e/test_resilience.py",
    "tests/gates/test_benchmark_smoke.py",
    "tests/e2e/test_admin_home.py",
    "tests/e2e/test_question_log.py",
    "tests/gates/test_quality.py",
)
#: Folders whose tests wait on servers and subprocesses, started before the quick ones.
SLOW_FOLDERS = ("tests/gates/", "tests/e2e/")
_DIALECT = re.compile(r"\[(sqlite|postgresql)[\]-]")


class SlowFilesFirst(LoadFileScheduling):
    _ordered = False

    def _split_scope(self, nodeid: str) -> str:
        file = super()._split_scope(nodeid)
        dialect = _DIALECT.search(nodeid)
        return f"{file}[{dialect.group(1)}]" if dialect else file

    def _assign_work_unit(self, node) -> None:
        if not self._ordered:  # the first assignment: the work queue is complete, nothing handed out yet
            self._ordered = True
            scopes = sorted(self.workqueue, key=lambda scope: _rank(scope, len(self.workqueue[scope])))
            self.workqueue = OrderedDict((scope, self.workqueue[scope]) for scope in scopes)
        super()._assign_work_unit(node)


def _rank(scope: str, tests: int) -> tuple[int, int, int]:
    file = scope.split("[", 1)[0]
    known = LONGEST.index(file) if file in LONGEST else len(LONGEST)
    slow = 0 if file.startswith(SLOW_FOLDERS) else 1
    return known, slow, -tests
