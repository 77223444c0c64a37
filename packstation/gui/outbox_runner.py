"""The outbox sent in the background: every half minute on its own thread (so a slow mail
server never holds up a scan), with what is waiting or failed shown in the status bar, and
the marketplace labels that came for parcels packed here handed on to be printed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from packstation.app.services import Services
from packstation.app.workers import Worker

INTERVAL_MS = 30_000


class OutboxRunner(QObject):
    changed = Signal(object)  # {state: count}
    labels_ready = Signal(object)  # [shipment id]: marketplace labels for parcels packed here

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = Worker("packstation-outbox", self)
        self.status = QLabel()
        self.status.setObjectName("outboxStatus")
        self.status.setVisible(False)
        self.counts: dict[str, int] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.send_now)
        self._timer.start()
        self.send_now()

    def send_now(self) -> None:
        if self.worker.pending:
            return  # the run before is still at it

        def run() -> tuple[dict[str, int], list[int]]:
            self.services.outbox_sender().send_due()
            return self.services.outbox_counts(), self.services.labels_to_print()

        self.worker.submit(run, self._sent, lambda error: self._show({}, str(error)))

    def _sent(self, sent: tuple[dict[str, int], list[int]]) -> None:
        counts, labels = sent
        self._show(counts)
        if labels:
            self.labels_ready.emit(labels)

    def _show(self, counts: dict[str, int], problem: str = "") -> None:
        self.counts = counts
        waiting = counts.get("pending", 0) + counts.get("sending", 0)
        failed = counts.get("failed", 0)
        if problem:
            text = self.tr("Outbox: cannot send ({0})").format(problem)
        elif failed:
            text = self.tr("Outbox: {0} waiting, {1} failed (Orders ▸ Outbox)").format(
                waiting, failed
            )
        else:
            text = self.tr("Outbox: {0} waiting").format(waiting) if waiting else ""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setStyleSheet("color:#c62828; font-weight:600;" if failed or problem else "")
        self.changed.emit(counts)

    def stop(self) -> None:
        self._timer.stop()
        self.worker.stop()
