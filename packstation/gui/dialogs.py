"""Small dialogs of the bench: quantity, supervisor approval, hold reason, teaching a barcode,
a weight typed in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packstation.app.users import Approval, Ask
from packstation.domain.bench import LineView


class _Form(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def _approval_fields(self, ask: Ask) -> None:
        """What the supervisor's action asks for: nothing, the station's PIN, or a
        supervisor's name and PIN (a badge scanned while the dialog is open stands for both)."""
        self.pin: QLineEdit | None = None
        self.supervisor: QLineEdit | None = None
        self._badge = ""
        if ask is Ask.NOTHING:
            return
        if ask is Ask.SUPERVISOR:
            self.supervisor = QLineEdit()
            self.supervisor.setObjectName("supervisor")
            self.form.addRow(QCoreApplication.translate("Dialogs", "Supervisor"), self.supervisor)
            self.accept_scan = self._badge_scanned  # on_scan hands a dialog with it the scan
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setObjectName("pin")
        label = (
            QCoreApplication.translate("Dialogs", "PIN")
            if ask is Ask.SUPERVISOR
            else QCoreApplication.translate("Dialogs", "Supervisor PIN")
        )
        self.form.addRow(label, self.pin)

    def _badge_scanned(self, code: str) -> None:
        assert self.pin is not None and self.supervisor is not None
        self._badge = code
        self.supervisor.clear()
        self.pin.clear()
        self.pin.setPlaceholderText(QCoreApplication.translate("Dialogs", "Badge scanned"))

    def approval(self) -> Approval:
        if self._badge:
            return Approval(badge=self._badge)
        name = self.supervisor.text().strip() if self.supervisor else ""
        return Approval(name=name, pin=self.pin.text() if self.pin else "")


class QuantityDialog(_Form):
    """After one unit of a bulky multiple is scanned: how many more are in the parcel."""

    def __init__(self, line: LineView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Enter quantity"),
            self.tr("{0}: {1} of {2} scanned. How many more go into the parcel?").format(
                line.name, line.scanned, line.ordered
            ),
            parent,
        )
        self.quantity = QSpinBox()
        self.quantity.setRange(1, max(line.open, 1))
        self.quantity.setValue(max(line.open, 1))
        self.form.addRow(self.tr("Quantity"), self.quantity)


class SupervisorDialog(_Form):
    """A supervisor marks a line verified without a scan; the reason goes to the audit trail."""

    def __init__(self, line: LineView, ask: Ask, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Verify without scanning"),
            self.tr(
                "Mark the %n open units of {0} as verified without a scan.", "", line.open
            ).format(line.name),
            parent,
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.addRow(self.tr("Reason"), self.reason)
        self._approval_fields(ask)


class ReasonDialog(_Form):
    def __init__(self, title: str, intro: str, ask: Ask, parent: QWidget | None = None) -> None:
        super().__init__(title, intro, parent)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.addRow(self.tr("Reason"), self.reason)
        self._approval_fields(ask)


class TeachDialog(_Form):
    """Link an unknown barcode to an item of this order that has no barcode on file."""

    def __init__(
        self,
        code: str,
        lines: tuple[LineView, ...],
        ask: Ask,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Link barcode"),
            self.tr(
                "Code {0} is not in the catalogue. Which item carries it? The link is kept for next time."
            ).format(code),
            parent,
        )
        self.lines = QComboBox()
        for line in lines:
            self.lines.addItem(f"{line.name} ({line.sku})", line.line_id)
        self.form.addRow(self.tr("Item"), self.lines)
        self._approval_fields(ask)


class WeightDialog(_Form):
    """The parcel's weight typed in, when the station has no scale or the scale is down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Enter weight"), self.tr("Weigh the parcel on another scale."), parent
        )
        self.grams = QDoubleSpinBox()
        self.grams.setObjectName("grams")
        self.grams.setRange(1, 70_000)
        self.grams.setDecimals(0)
        self.grams.setSuffix(" g")
        self.form.addRow(self.tr("Weight"), self.grams)


class CarrierDialog(_Form):
    """The carrier and service a parcel goes with, when not the marketplace's default."""

    def __init__(
        self, carriers: tuple[str, ...], carrier: str, service: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Carrier"),
            self.tr("Send this parcel with another carrier or service."),
            parent,
        )
        self.carrier = QComboBox()
        self.carrier.setObjectName("carrier")
        for name in carriers:
            self.carrier.addItem(name, name)
        self.carrier.setCurrentIndex(max(self.carrier.findData(carrier), 0))
        self.service = QLineEdit(service)
        self.service.setObjectName("service")
        self.form.addRow(self.tr("Carrier"), self.carrier)
        self.form.addRow(self.tr("Service"), self.service)
