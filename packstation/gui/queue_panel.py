"""The queue panel: filters, a search that takes a scanned order number, and the table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.states import QUEUE_STATES, OrderState
from packstation.gui import texts
from packstation.gui.queue_model import QueueModel

SEARCH_SETTLE_MS = 250  # the list is searched once typing pauses, not at every key


class QueuePanel(QWidget):
    filters_changed = Signal()
    open_requested = Signal(int)  # shipment id
    search_submitted = Signal(str)

    def __init__(self, model: QueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.addItem(self.tr("To pack"), "queue")
        for state in OrderState:
            self.state.addItem(texts.state(state), state.value)
        self.state.addItem(self.tr("All"), "all")
        self.marketplace = QComboBox()
        self.marketplace.setObjectName("marketplaceFilter")
        self.marketplace.addItem(self.tr("All marketplaces"), "")
        for key in ("rakuten", "ozon", "other"):
            self.marketplace.addItem(texts.marketplace(key), key)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Start of an order or tracking number, or scan one"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setObjectName("queue")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Sized to the rows once, not at every refresh: fitting 500 rows' columns each time
        # held the GUI thread up longer than a scanner's keys are apart.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fitted = False
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(False)

        filters = QHBoxLayout()
        filters.addWidget(self.state)
        filters.addWidget(self.marketplace)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.state.currentIndexChanged.connect(self.filters_changed)
        self.marketplace.currentIndexChanged.connect(self.filters_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_SETTLE_MS)
        self._search_timer.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(lambda: self.search_submitted.emit(self.search.text()))
        self.table.activated.connect(self._activated)

    def fit_columns_once(self) -> None:
        """The columns sized to the first rows shown; the packer may resize them after."""
        if not self._fitted and self.table.model().rowCount() > 0:
            self.table.resizeColumnsToContents()
            self._fitted = True

    def states(self) -> frozenset[OrderState]:
        choice = self.state.currentData()
        if choice == "queue":
            return QUEUE_STATES
        if choice == "all":
            return frozenset(OrderState)
        return frozenset({OrderState(choice)})

    def benched(self) -> bool:
        """"To pack" also lists the packed parcels still on a bench (to weigh or label)."""
        return self.state.currentData() == "queue"

    def marketplace_filter(self) -> str | None:
        return self.marketplace.currentData() or None

    def selected_shipment(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return indexes[0].data(Qt.ItemDataRole.UserRole)

    def select(self, shipment_id: int) -> None:
        row = self.model.row_of(shipment_id)
        if row is not None:
            self.table.selectRow(row)

    def _activated(self, index: QModelIndex) -> None:
        shipment_id = index.data(Qt.ItemDataRole.UserRole)
        if shipment_id is not None:
            self.open_requested.emit(shipment_id)
