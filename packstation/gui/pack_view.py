"""The pack view: the open order, its special requests, its items and the last result."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.app.packing import BenchResult, Level
from packstation.domain.bench import ShipmentView
from packstation.domain.bench_stage import Stage
from packstation.domain.states import OrderState
from packstation.domain.weights import Tolerance
from packstation.gui import style, texts
from packstation.gui.banner import Banner
from packstation.gui.flow_layout import FlowLayout
from packstation.gui.lines_model import THUMB, LinesModel
from packstation.gui.weight_panel import WeightPanel


class PackView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: ShipmentView | None = None
        self.title = QLabel()
        self.title.setObjectName("orderTitle")
        self.title.setStyleSheet("font-size:28px; font-weight:700;")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("font-size:16px; color:#37474f;")
        self.subtitle.setWordWrap(True)
        self.chips = FlowLayout(spacing=8)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("font-size:15px; color:#37474f;")
        self.lines_model = LinesModel()
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().setVisible(False)
        self.lines.verticalHeader().setDefaultSectionSize(THUMB + 12)
        self.lines.setIconSize(QSize(THUMB, THUMB))
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(LinesModel.IMAGE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(LinesModel.IMAGE, THUMB + 12)
        header.setSectionResizeMode(LinesModel.ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LinesModel.ORDERED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LinesModel.SCANNED, QHeaderView.ResizeMode.ResizeToContents)
        self.lines.setStyleSheet("font-size:17px;")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMinimumHeight(28)
        self.progress_caption = QLabel()
        self.progress_caption.setObjectName("progressCaption")
        self.progress_caption.setStyleSheet("font-size:17px; font-weight:600;")
        self.weight = WeightPanel()
        self.tolerance = Tolerance()
        self.banner = Banner()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.chips)
        layout.addWidget(self.notes)
        layout.addWidget(self.lines, 1)
        progress = QHBoxLayout()
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.progress_caption)
        layout.addLayout(progress)
        layout.addWidget(self.weight)
        layout.addWidget(self.banner)
        self.show_idle()

    # -- what the view shows ---------------------------------------------------------------------
    def show_idle(
        self, message: str = "", last: ShipmentView | None = None, level: Level = Level.INFO
    ) -> None:
        """No order open: the bench waits for the next one. `last`: the parcel just finished
        (shipped, or done at this bench), named so the packer sees it went through."""
        self.view = None
        self.title.setText(self.tr("Ready for the next order"))
        if last is None:
            self.subtitle.setText(self.tr("Scan an order number or a marketplace label to start."))
        else:
            self.subtitle.setText(
                self.tr("Last: order {0}, {1}. Scan the next order number.").format(
                    last.label, texts.state(last.state)
                )
            )
        self._set_chips([])
        self.notes.clear()
        self.lines_model.set_lines((), None)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_caption.clear()
        self.weight.show_order(None, self.tolerance)
        self.set_banner(level, message or self.tr("Ready: scan an order"))

    def show_result(self, result: BenchResult) -> None:
        if result.stage is Stage.IDLE:
            self.show_idle(texts.message(result.message), result.view, result.level)
            return
        if result.view is not None:
            self.show_order(result.view, result.line_id)
        self.set_banner(result.level, texts.message(result.message))

    def show_order(self, view: ShipmentView, last_line: int | None = None) -> None:
        self.view = view
        market = texts.marketplace(view.marketplace)
        self.title.setText(f"{view.label}   ·   {market}   ·   {texts.state(view.state)}")
        now = datetime.now(UTC)
        deadline = self.tr("Ship by {0} ({1})").format(
            view.ship_by.astimezone().strftime("%Y-%m-%d %H:%M"),
            texts.time_left(view.ship_by, now),
        )
        ship_to = view.ship_to
        if ship_to is None:
            destination = self.tr("Marketplace label (the marketplace delivers)")
        else:
            destination = " ".join(
                part
                for part in (
                    ship_to.name,
                    ship_to.postal_code,
                    ship_to.region,
                    ship_to.city,
                    ship_to.line1,
                )
                if part
            )
        self.subtitle.setText(f"{deadline}\n{destination}")
        self._set_chips(self._requests(view))
        self.notes.setText(view.buyer_notes)
        self.notes.setVisible(bool(view.buyer_notes))
        self.lines_model.set_lines(view.lines, last_line)
        if last_line is not None:
            row = next(
                (i for i, line in enumerate(view.lines) if line.line_id == last_line),
                None,
            )
            if row is not None:
                self.lines.selectRow(row)
        self.progress.setRange(0, max(view.units, 1))
        self.progress.setValue(view.units_scanned)
        self.progress_caption.setText(
            self.tr("{0} of %n units scanned", "", view.units).format(view.units_scanned)
        )
        self.weight.show_order(view, self.tolerance)

    def set_banner(self, level: Level, text: str) -> None:
        self.banner.show_message(level, text)

    # -- special requests, shown when they matter --------------------------------------------------
    def _requests(self, view: ShipmentView) -> list[tuple[str, str]]:
        chips: list[tuple[str, str]] = []
        if view.state is OrderState.ON_HOLD:
            chips.append(("hold", self.tr("ON HOLD")))
        if view.backorder:
            chips.append(("backorder", self.tr("BACKORDER")))
        if view.shipments_in_order > 1:
            chips.append(
                ("parcel", self.tr("PARCEL {0} OF {1}").format(view.seq, view.shipments_in_order))
            )
        if view.gift or view.gift_wrap:
            text = self.tr("GIFT") + (f": {view.gift_wrap}" if view.gift_wrap else "")
            chips.append(("gift", text))
        if view.noshi:
            chips.append(("noshi", self.tr("NOSHI: {0}").format(view.noshi)))
        if view.delivery_date or view.time_slot:
            day = view.delivery_date.isoformat() if view.delivery_date else ""
            chips.append(
                (
                    "slot",
                    self.tr("DELIVERY: {0}").format(
                        " ".join(p for p in (day, view.time_slot) if p)
                    ),
                )
            )
        if view.fragile:
            chips.append(("fragile", self.tr("FRAGILE: pack with care")))
        if view.invoice_requested:
            chips.append(("invoice", self.tr("INVOICE requested")))
        return chips

    def _set_chips(self, chips: list[tuple[str, str]]) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for kind, text in chips:
            chip = QLabel(text)
            chip.setObjectName(f"chip_{kind}")
            chip.setStyleSheet(style.chip_css(kind))
            self.chips.addWidget(chip)

    def chip_texts(self) -> list[str]:
        return [
            self.chips.itemAt(i).widget().text()
            for i in range(self.chips.count())
            if self.chips.itemAt(i).widget() is not None
        ]
