"""`PACKSTATION_QUIT_WHEN_SHOWN=1`: the app prints `shown` on its standard output once the main
window has painted for the first time, and `queue` once the queue's first page is in its model,
then quits the way closing the window does. The start-up benchmarks (benchmarks/startup.py,
benchmarks/queue_gui.py) time a real start to the first window, and to its queue, with it."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "PACKSTATION_QUIT_WHEN_SHOWN"


class _QuitWhenShown(QObject):
    def __init__(self, window: QWidget, queue_loaded: SignalInstance) -> None:
        super().__init__(window)
        self._waiting = ["shown", "queue"]
        queue_loaded.connect(lambda: self._seen("queue"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._seen("shown")
        return False

    def _seen(self, what: str) -> None:
        if what in self._waiting:
            self._waiting.remove(what)
            print(what, flush=True)
            if not self._waiting:
                QTimer.singleShot(0, QApplication.quit)


def quit_when_shown(window: QWidget, queue_loaded: SignalInstance) -> None:
    """With ENV_VAR set: print `shown` at the window's first paint and `queue` at the queue's
    first load (`queue_loaded`), then quit."""
    if os.environ.get(ENV_VAR):
        window.installEventFilter(_QuitWhenShown(window, queue_loaded))
