"""Start-up: `packstation` started to its first painted window, beside the floor, a bare
PySide6 QMainWindow started and painted the same way.

Both run in a fresh interpreter under QT_QPA_PLATFORM=offscreen; the app on a temporary
SQLite database, settings and data folder whose schema is current (an untimed first start
creates it). PACKSTATION_QUIT_WHEN_SHOWN (packstation/gui/shown_probe.py) makes the app say
`shown` at the first paint (and `queue` at the queue's first load) and quit; the time is taken
from the spawn to the `shown` line."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from packstation.gui.shown_probe import ENV_VAR

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
GOAL_S = 1.0
FLOOR = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class QuitWhenShown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.installEventFilter(QuitWhenShown(window))
window.resize(1600, 900)
window.show()
app.exec()
"""


def environment(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "PACKSTATION_DB": f"sqlite:///{home / 'packstation.sqlite3'}",
        "PACKSTATION_SETTINGS": str(home / "settings.json"),
        "PACKSTATION_DATA": str(home / "packstation-data"),
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        ENV_VAR: "1",
    }


def seconds_to_shown(
    command: list[str], env: dict[str, str], lines: frozenset[str] = frozenset({"shown"})
) -> float:
    """From the spawn of `command` to the last of its `lines` (the probe's `shown`, `queue`);
    it then quits on its own."""
    start = time.perf_counter()
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        waiting = set(lines)
        for line in process.stdout:
            waiting.discard(line.strip())
            if not waiting:
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{command} ended ({process.wait()}) without {sorted(waiting)}")
        if process.wait(timeout=60) != 0:
            raise RuntimeError(f"{command} quit with {process.returncode}")
    return elapsed


def median_s(command: list[str], env: dict[str, str]) -> float:
    return statistics.median(seconds_to_shown(command, env) for _ in range(RUNS))


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="packstation-startup-") as folder:
        env = environment(Path(folder))
        app = [sys.executable, "-m", "packstation"]
        seconds_to_shown(app, env)  # creates the database, the caches
        return {
            "app_s": median_s(app, env),
            "floor_s": median_s([sys.executable, "-c", FLOOR], env),
        }


def report() -> None:
    figures = run()
    print(f"Start-up to the first window (offscreen, median of {RUNS}, goal < {GOAL_S:.0f} s):")
    print(f"  packstation                {figures['app_s']:.3f} s")
    print(f"  floor, a bare QMainWindow  {figures['floor_s']:.3f} s")


if __name__ == "__main__":
    report()
