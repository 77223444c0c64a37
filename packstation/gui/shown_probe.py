"""`PACKSTATION_QUIT_WHEN_SHOWN=1`: the app prints `shown` on its standard output once the main
window has painted for the first time, then quits the way closing the window does. The
start-up benchmark (benchmarks/startup.py) times a real start to the first window with it."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "PACKSTATION_QUIT_WHEN_SHOWN"


class _QuitWhenShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def quit_when_shown(window: QWidget) -> None:
    """With ENV_VAR set: print `shown` at the window's first paint, then quit."""
    if os.environ.get(ENV_VAR):
        window.installEventFilter(_QuitWhenShown(window))
