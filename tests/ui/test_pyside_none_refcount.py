"""PySide6 6.12.0 drops a reference to None on every Qt call that returns nothing; after
about 5,000 such calls Python aborts with "Fatal Python error: none_dealloc".

pyproject.toml keeps PySide6 below 6.12; this test makes an upgrade that brings the bug
back fail the suite. The calls run in a child process, so that the abort fails this one
test instead of killing the whole run.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 20_000

CHILD = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for index in range({CALLS}):
    label.setText("Agenda item")  # returns None
    label.setVisible(False)  # returns None
after = sys.getrefcount(None)
print(before, after)
"""


def test_qt_calls_returning_nothing_do_not_leak_references_to_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, f"the process aborted: {result.stderr[-2000:]}"
    before, after = map(int, result.stdout.split())
    # A leak of one reference per call would lose 2 * CALLS; allow for incidental noise.
    assert before - after < 100, f"None lost {before - after} references in {2 * CALLS} calls"
