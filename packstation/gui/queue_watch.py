"""The queue refreshed when another station changes it: `changed` is emitted (on the GUI
thread) when a change is heard (PostgreSQL) or seen by polling (SQLite); see app/queue_watch."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from packstation.app import queue_watch
from packstation.app.services import Services
from packstation.app.workers import Worker


class QueueWatch(QObject):
    changed = Signal()

    def __init__(self, services: Services, parent: QObject) -> None:
        super().__init__(parent)
        self._db = services.db
        self._listener: queue_watch.Listener | None = None
        self._worker: Worker | None = None
        self._timer = QTimer(self)
        self._seen: int | None = None
        if queue_watch.listens(self._db):
            # Emitted on the listener's thread: Qt queues it to the GUI thread.
            self._listener = queue_watch.Listener(self._db, self.changed.emit)
            self._listener.start()
        else:
            self._worker = Worker("packstation-queue-watch", self)
            self._timer.setInterval(queue_watch.POLL_MS)
            self._timer.timeout.connect(self._poll)
            self._timer.start()
            self._poll()  # what is there now, to tell the next change by

    def _poll(self) -> None:
        assert self._worker is not None
        if self._worker.pending:
            return  # the look before is still at it (a long write holds the database)
        self._worker.submit(lambda: queue_watch.last_change(self._db), self._polled, lambda _: None)

    def _polled(self, newest: int) -> None:
        if self._seen is not None and newest != self._seen:
            self.changed.emit()
        self._seen = newest

    def stop(self) -> None:
        self._timer.stop()
        if self._listener is not None:
            self._listener.stop()
        if self._worker is not None:
            self._worker.stop()
