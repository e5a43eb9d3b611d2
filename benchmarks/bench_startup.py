"""Start to first painted window: Chairdesk against an empty PySide6 window, same run.

Each start is a fresh process under QT_QPA_PLATFORM=offscreen. The clock starts just before
the process is spawned and stops at the time the process prints from its window's first
paint event. Target (issue 3): Chairdesk within 1.3x of the empty window.

    (a) bare:      a script that imports PySide6, makes a QApplication and an empty
                   QMainWindow, shows it and quits at its first paint;
    (b) chairdesk: ``python -m app WORKSPACE`` on the demo workspace, with
                   CHAIRDESK_EXIT_AFTER_FIRST_PAINT=1;
    (c) window:    ``run_window(WORKSPACE)`` called directly, i.e. (b) without the command
                   line module, to tell the window's own cost from the CLI's imports.

Settings and the data folder go to a temporary directory (XDG_CONFIG_HOME, XDG_DATA_HOME).

    python benchmarks/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.3

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"{time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1200, 760)
window.show()
app.exec()
"""

DIRECT_WINDOW = (
    "import sys; from app.ui.shell.application import run_window; sys.exit(run_window(sys.argv[1]))"
)


def first_paint_seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    lines = result.stdout.split()
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{command} failed ({result.returncode}):\n{result.stderr}")
    return float(lines[0]) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="chairdesk-bench-") as folder:
        root = Path(folder)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(root / "config"),
            XDG_DATA_HOME=str(root / "data"),
            CHAIRDESK_EXIT_AFTER_FIRST_PAINT="1",
        )
        workspace = root / "demo.chairdesk"
        subprocess.run(
            [sys.executable, "-m", "app", "demo", str(workspace)],
            env=env,
            check=True,
            capture_output=True,
        )
        bare_script = root / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")

        commands = {
            "bare PySide6 window": [sys.executable, str(bare_script)],
            "python -m app WORKSPACE": [sys.executable, "-m", "app", str(workspace)],
            "run_window(WORKSPACE)": [sys.executable, "-c", DIRECT_WINDOW, str(workspace)],
        }
        for command in commands.values():  # warm the file cache; not counted
            first_paint_seconds(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(options.runs):  # interleaved, so that load drifts hit all alike
            for name, command in commands.items():
                times[name].append(first_paint_seconds(command, env))

    bare = statistics.median(times["bare PySide6 window"])
    best_bare = min(times["bare PySide6 window"])
    print(f"start to first painted window, median of {options.runs} runs (offscreen):")
    for name, values in times.items():
        median = statistics.median(values)
        runs = " ".join(f"{v * 1000:.0f}" for v in values)
        print(
            f"  {name:26s} median {median * 1000:5.0f} ms  x{median / bare:4.2f}   "
            f"best {min(values) * 1000:5.0f} ms  x{min(values) / best_bare:4.2f}   ({runs} ms)"
        )
    ratio = statistics.median(times["python -m app WORKSPACE"]) / bare
    verdict = "meets" if ratio <= TARGET else "misses"
    print(f"chairdesk / bare = {ratio:.2f} ({verdict} the {TARGET}x target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
