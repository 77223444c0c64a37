"""A parcel's history: every scan, weight, hold and label check, every document printed, and
the reprint buttons (each asks, a waybill's a supervisor; each is recorded as a reprint)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.app.doc_printing import SLIP, WAYBILL
from packstation.app.services import ParcelHistory
from packstation.gui import texts


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class HistoryDialog(QDialog):
    def __init__(
        self,
        label: str,
        history: ParcelHistory,
        reprint: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of order {0}").format(label))
        self.resize(900, 600)
        time = "%Y-%m-%d %H:%M:%S"
        self.events = _table(
            [self.tr("When"), self.tr("Station"), self.tr("Who"), self.tr("What"), ""],
            [
                [
                    e.at.astimezone().strftime(time),
                    e.station,
                    e.operator,
                    texts.event_kind(e.kind),
                    e.what,
                ]
                for e in history.events
            ],
        )
        self.events.setObjectName("events")
        self.printed = _table(
            [self.tr("When"), self.tr("Document"), self.tr("Copy"), self.tr("State"), ""],
            [
                [
                    p.at.astimezone().strftime(time),
                    p.kind,
                    str(p.copy) + (" " + self.tr("(reprint)") if p.reprint else ""),
                    p.state,
                    p.printer,
                ]
                for p in history.printed
            ],
        )
        self.printed.setObjectName("printed")
        buttons_row = QHBoxLayout()
        for kind, text in (
            (WAYBILL, self.tr("Reprint waybill (supervisor)…")),
            (SLIP, self.tr("Reprint packing slip…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"reprint_{kind}")
            button.clicked.connect(lambda _checked=False, k=kind: reprint(k))
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What happened")))
        layout.addWidget(self.events, 2)
        layout.addWidget(QLabel(self.tr("Printed documents")))
        layout.addWidget(self.printed, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(close)
