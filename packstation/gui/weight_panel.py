"""The parcel's weight at a glance: what the scale reads, what the parcel should weigh, the box,
and unit weights that parcels contradict."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from packstation.app.device_status import DeviceStatus, Health
from packstation.domain.bench import ShipmentView
from packstation.domain.weights import Tolerance, show_grams
from packstation.gui import texts

_LIVE_CSS = {
    Health.READY: "color:#1b5e20;",
    Health.BUSY: "color:#8d6e00;",
    Health.FAULT: "color:#b71c1c;",
    Health.OFF: "color:#78909c;",
}


class WeightPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = QLabel()
        self.live.setObjectName("scaleLive")
        self.live.setMinimumWidth(200)
        self.expected = QLabel()
        self.expected.setObjectName("expectedWeight")
        self.expected.setWordWrap(True)
        self.expected.setStyleSheet("font-size:16px;")
        self.units = QLabel()
        self.units.setObjectName("unitWeights")
        self.units.setWordWrap(True)
        self.units.setStyleSheet("font-size:14px; color:#8d6e00;")
        self.advice = QLabel()
        self.advice.setObjectName("scaleAdvice")
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("font-size:16px; font-weight:600; color:#b71c1c;")
        self.advice.hide()
        details = QVBoxLayout()
        details.addWidget(self.advice)
        details.addWidget(self.expected)
        details.addWidget(self.units)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.live)
        layout.addLayout(details, 1)
        self.show_scale(None)
        self.show_order(None, Tolerance())

    def show_scale(self, status: DeviceStatus | None) -> None:
        if status is None:
            self.live.setText(self.tr("No scale"))
            health = Health.OFF
        else:
            self.live.setText(texts.message(status.message))
            health = status.health
        advice = status.advice if status is not None else None
        self.advice.setText(texts.message(advice) if advice is not None else "")
        self.advice.setVisible(advice is not None)
        self.live.setStyleSheet(f"font-size:30px; font-weight:700; {_LIVE_CSS[health]}")

    def show_order(self, view: ShipmentView | None, tolerance: Tolerance) -> None:
        if view is None:
            self.expected.clear()
            self.units.clear()
            return
        parts = []
        expected = view.expected_weight
        if expected.grams is None:
            parts.append(
                self.tr("Expected weight unknown: no weight for {0}").format(
                    ", ".join(expected.missing)
                )
            )
        else:
            allowed = tolerance.allowed(expected.grams)
            parts.append(
                self.tr("Expected {0} g ± {1} g").format(
                    show_grams(expected.grams), show_grams(allowed)
                )
            )
        if view.box_sku is None:
            parts.append(self.tr("no box scanned"))
        else:
            tare = "?" if view.box_tare is None else show_grams(view.box_tare)
            parts.append(self.tr("box {0} ({1} g)").format(view.box_sku, tare))
        if view.weight is not None:
            parts.append(self.tr("weighed {0} g").format(show_grams(view.weight)))
        self.expected.setText(" · ".join(parts))
        self.units.setText("\n".join(self._disagreements(view)))

    def _disagreements(self, view: ShipmentView) -> list[str]:
        notes = []
        for unit in view.unit_weights:
            if unit.disagrees and unit.learned is not None:
                notes.append(
                    self.tr(
                        "{0}: catalogue {1} g, parcels show {2} g (%n parcels): fix the catalogue",
                        "",
                        unit.learned.samples,
                    ).format(
                        unit.sku,
                        show_grams(unit.catalogue or Decimal(0)),
                        show_grams(unit.learned.grams),
                    )
                )
        return notes
