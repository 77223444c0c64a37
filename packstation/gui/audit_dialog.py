"""The audit trail: every station's events of a period, narrowed by kind, station, operator
and an order number, parcel code or tracking number (typed or scanned), newest first, and
exported to CSV. The search runs on the worker, a moment after the typing pauses."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.app.audit import AuditFilters, AuditPage, AuditRow, cells, save_audit_csv
from packstation.app.services import Services
from packstation.app.workers import Worker
from packstation.domain.audit import KIND_LABELS, EventKind
from packstation.gui import texts
from packstation.gui.queue_panel import SEARCH_SETTLE_MS
from packstation.i18n import translate, translate_error

WEEK = 7
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.headers = [
            self.tr("When"),
            self.tr("Station"),
            self.tr("Operator"),
            self.tr("Kind"),
            self.tr("Order"),
            self.tr("State"),
            self.tr("Code"),
            self.tr("Outcome"),
            self.tr("Quantity"),
            self.tr("Reason"),
            self.tr("Detail"),
        ]

    def show(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return self._cells(row)[index.column()]

    @staticmethod
    def _cells(row: AuditRow) -> tuple[str, ...]:
        return (row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), *cells(row, translate))


class AuditDialog(QDialog):
    def __init__(self, services: Services, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.page = AuditPage([], 0)
        self._loading = self._again = False
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1100, 640)

        today = QDate.currentDate()
        self.since = self._date_edit("since", today.addDays(1 - WEEK))
        self.until = self._date_edit("until", today)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(texts.message(label()), kind.value)
        self.station = self._line_edit("station", self.tr("Station"))
        self.operator = self._line_edit("operator", self.tr("Operator"))
        self.search = self._line_edit("search", self.tr("Order number, code or tracking number"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addWidget(self.kind)
        filters.addWidget(self.station)
        filters.addWidget(self.operator)
        filters.addWidget(self.search, 1)

        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setObjectName("events")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.export = QPushButton(self.tr("Export CSV…"))
        self.export.setObjectName("export")
        self.export.clicked.connect(self.choose_export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_SETTLE_MS)  # as the queue's search waits
        self._timer.timeout.connect(self.run_search)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        for line in (self.station, self.operator, self.search):
            line.textChanged.connect(self._changed)
        self.search.setFocus()
        self.run_search()

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _line_edit(self, name: str, hint: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(hint)
        edit.setClearButtonEnabled(True)
        return edit

    # -- the search -------------------------------------------------------------------------------
    def accept_scan(self, code: str) -> None:
        """A code from the scanner while the dialog is open: the events of its parcel."""
        self.search.setText(code)

    def filters(self) -> AuditFilters:
        """The filters as chosen: the days from the start of the first to the end of the last,
        in this computer's time zone."""
        first, last = self.since.date().toPython(), self.until.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        kind = self.kind.currentData()
        return AuditFilters(
            since=_start_of(first),
            until=_start_of(last + timedelta(days=1)),
            kinds=() if kind is None else (EventKind(kind),),
            station=self.station.text(),
            operator=self.operator.text(),
            text=self.search.text(),
        )

    def _changed(self) -> None:
        self._timer.start()

    def run_search(self) -> None:
        if self._loading:
            self._again = True  # once this search is back, with the filters as they are then
            return
        self._loading = True
        filters = self.filters()
        self.worker.submit(lambda: self.services.audit(filters), self._found, self._failed)

    def _found(self, page: AuditPage) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.run_search()
            return
        self.page = page
        self.model.show(page.rows)
        self.status.setText(self._count(page))
        self.export.setEnabled(bool(page.rows))

    def _count(self, page: AuditPage) -> str:
        locale = QLocale()
        if not page.cut:
            return self.tr("%n events", "", page.matching)
        shown, matching = locale.toString(len(page.rows)), locale.toString(page.matching)
        if page.more:
            text = self.tr("The newest {0} of more than {1} events: narrow the period or filters")
        else:
            text = self.tr("The newest {0} of {1} events: narrow the period or filters")
        return text.format(shown, matching)

    # -- the export -------------------------------------------------------------------------------
    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """The events listed, as CSV at `path`, written on the worker."""
        rows = list(self.page.rows)
        self.worker.submit(
            lambda: save_audit_csv(path, rows, translate),
            lambda _: self.status.setText(
                self.tr("%n events exported to {0}", "", len(rows)).format(path)
            ),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.status.setText(translate_error(error))


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()
