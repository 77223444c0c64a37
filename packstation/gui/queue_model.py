"""The packing queue as a table: deadline countdown first, red when overdue, amber when close."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from packstation.app.queue import QueueRow
from packstation.domain.deadlines import urgency
from packstation.domain.states import OrderState
from packstation.gui import style, texts
from packstation.i18n import translate_message

Index = QModelIndex | QPersistentModelIndex
RESET_AFTER = 50  # rows inserted or removed by one refresh beyond which the model resets
_REMOVE, _INSERT, _UPDATE = range(3)


def _order(row: QueueRow) -> tuple[datetime, int]:
    return row.ship_by, row.shipment_id


def _merge(old: list[QueueRow], new: list[QueueRow]) -> list[tuple[int, int, QueueRow]]:
    """The steps that turn `old` into `new` (both in deadline order), each at the index it
    applies to once the steps before it are done."""
    steps: list[tuple[int, int, QueueRow]] = []
    i = at = 0
    for row in new:
        while i < len(old) and _order(old[i]) < _order(row):
            steps.append((_REMOVE, at, old[i]))
            i += 1
        if i < len(old) and _order(old[i]) == _order(row):
            if old[i] != row:
                steps.append((_UPDATE, at, row))
            i += 1
        else:
            steps.append((_INSERT, at, row))
        at += 1
    steps.extend((_REMOVE, at, gone) for gone in old[i:])
    return steps


class QueueModel(QAbstractTableModel):
    DEADLINE, ORDER, MARKETPLACE, STATE, ITEMS, SHIP_TO, NOTES = range(7)

    def __init__(self, due_soon: timedelta, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self.rows: list[QueueRow] = []
        self.due_soon = due_soon
        self._clock = clock or (lambda: datetime.now(UTC))

    def headers(self) -> list[str]:
        return [
            self.tr("Ship by"),
            self.tr("Order"),
            self.tr("Marketplace"),
            self.tr("State"),
            self.tr("Items"),
            self.tr("Ship to"),
            self.tr("Notes"),
        ]

    def set_rows(self, rows: list[QueueRow]) -> None:
        """The rows a refresh read. Both lists are in deadline order, so they are merged: a
        row that changed is updated in place, one that went is removed, one that came is
        inserted, and the selection and the scroll stay where the packer left them. A
        change of most rows (another filter) is one reset, cheaper than as many signals."""
        steps = _merge(self.rows, rows)
        if sum(1 for step in steps if step[0] != _UPDATE) > RESET_AFTER:
            self.beginResetModel()
            self.rows = list(rows)
            self.endResetModel()
            return
        last = self.columnCount() - 1
        for kind, at, row in steps:
            if kind == _REMOVE:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self.rows[at]
                self.endRemoveRows()
            elif kind == _INSERT:
                self.beginInsertRows(QModelIndex(), at, at)
                self.rows.insert(at, row)
                self.endInsertRows()
            else:
                self.rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))

    def tick(self) -> None:
        """The clock moved: countdowns and colours change."""
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )

    def row_of(self, shipment_id: int) -> int | None:
        return next(
            (i for i, row in enumerate(self.rows) if row.shipment_id == shipment_id),
            None,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt signature
        return 7

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        now = self._clock()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, now)
        if role == Qt.ItemDataRole.BackgroundRole:
            return style.URGENCY.get(urgency(row.ship_by, now, self.due_soon))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DEADLINE:
            return style.URGENCY_TEXT.get(urgency(row.ship_by, now, self.due_soon))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTES and row.holds:
            return "\n".join(texts.message(reason.message) for reason in row.holds)
        if role == Qt.ItemDataRole.UserRole:
            return row.shipment_id
        return None

    def _text(self, row: QueueRow, column: int, now: datetime) -> str:
        if column == self.DEADLINE:
            local = row.ship_by.astimezone().strftime("%m-%d %H:%M")
            return f"{local}  ({texts.time_left(row.ship_by, now)})"
        if column == self.ORDER:
            return row.number if row.seq == 1 else f"{row.number} #{row.seq}"
        if column == self.MARKETPLACE:
            return texts.marketplace(row.marketplace)
        if column == self.STATE:
            return translate_message(row.state_label())
        if column == self.ITEMS:
            if row.state is OrderState.PACKING:
                return f"{row.units_scanned}/{row.units}"
            return str(row.units)
        if column == self.SHIP_TO:
            return row.destination
        return self._notes(row)

    def _notes(self, row: QueueRow) -> str:
        notes = []
        if row.packing_station and row.state in (OrderState.PACKING, OrderState.PACKED):
            notes.append(
                self.tr("at {0} ({1})").format(row.packing_station, row.packer)
                if row.packer
                else self.tr("at {0}").format(row.packing_station)
            )
        if row.backorder:
            notes.append(self.tr("backorder"))
        if row.parcels > 1:
            notes.append(self.tr("parcel {0} of {1}").format(row.seq, row.parcels))
        if row.holds:
            notes.append(texts.message(row.holds[0].message))
        if row.gift or row.gift_wrap:
            notes.append(self.tr("gift"))
        if row.noshi:
            notes.append(self.tr("noshi: {0}").format(row.noshi))
        if row.delivery_date or row.time_slot:
            day = row.delivery_date.isoformat() if row.delivery_date else ""
            notes.append(" ".join(part for part in (day, row.time_slot) if part))
        if row.fragile:
            notes.append(self.tr("fragile"))
        return " · ".join(notes)
