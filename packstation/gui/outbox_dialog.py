"""The outbox: the buyer mails and marketplace confirmations still to go or failed, each with
its last error, and a retry for the failed ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.app.services import Services
from packstation.app.workers import Worker
from packstation.domain.outbox import (
    FAILED,
    OZON_ACT,
    OZON_SHIP,
    OZON_TRACKING,
    RAKUTEN_CONFIRM,
    RAKUTEN_SHIPPING,
    Outgoing,
)
from packstation.i18n import translate


class OutboxDialog(QDialog):
    def __init__(self, services: Services, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(900, 420)
        self.summary = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("outbox")
        headers = [
            self.tr("Order"),
            self.tr("Message"),
            self.tr("State"),
            self.tr("Tries"),
            self.tr("Last error"),
        ]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.retry = QPushButton(self.tr("Retry the selected message"))
        self.retry.setObjectName("retry")
        self.retry.clicked.connect(self._retry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.retry)
        layout.addWidget(buttons)
        self.messages: list[Outgoing] = []
        self.reload()

    def reload(self) -> None:
        self.worker.submit(self.services.outbox, self._show)

    def _show(self, loaded: tuple[list[Outgoing], dict[str, int]]) -> None:
        self.messages, counts = loaded
        self.summary.setText(
            self.tr("{0} waiting, {1} failed").format(
                counts.get("pending", 0) + counts.get("sending", 0), counts.get(FAILED, 0)
            )
        )
        self.table.setRowCount(len(self.messages))
        for row, message in enumerate(self.messages):
            values = [
                message.order_number,
                self._kind(message.kind),
                self._state(message.state),
                str(message.attempts),
                message.error(translate),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, message.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _retry(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        message = self.messages[rows[0].row()]
        if message.state != FAILED:
            self.summary.setText(
                self.tr("Only a failed message is retried; the others go by themselves.")
            )
            return
        self.worker.submit(
            lambda: self.services.retry_outgoing(message.id), lambda _: self.reload()
        )

    def _kind(self, kind: str) -> str:
        names = {
            "buyer_mail": self.tr("Mail to the buyer"),
            RAKUTEN_SHIPPING: self.tr("Tracking number to Rakuten"),
            RAKUTEN_CONFIRM: self.tr("Order confirmed in Rakuten"),
            OZON_SHIP: self.tr("Parcel packed in Ozon"),
            OZON_TRACKING: self.tr("Tracking number to Ozon"),
            OZON_ACT: self.tr("Handover act from Ozon"),
        }
        return names.get(kind, kind)

    def _state(self, state: str) -> str:
        names = {"pending": self.tr("waiting"), "sending": self.tr("sending")}
        return names.get(state, self.tr("failed") if state == FAILED else state)

