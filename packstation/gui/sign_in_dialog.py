"""The lock screen: scan a badge, or type a name and PIN. It stays until someone signs in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class SignInDialog(QDialog):
    badge_scanned = Signal(str)
    pin_entered = Signal(str, str)  # name, PIN

    def __init__(self, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signIn")
        self.setWindowTitle(self.tr("Sign in — {0}").format(station))
        intro = QLabel(self.tr("The station is locked. Scan your badge, or enter your name and PIN."))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.returnPressed.connect(self._submit)
        self.name.returnPressed.connect(self.pin.setFocus)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828; font-weight: bold")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        buttons = QDialogButtonBox()
        sign_in = QPushButton(self.tr("Sign in"))
        sign_in.setDefault(True)
        sign_in.clicked.connect(self._submit)
        buttons.addButton(sign_in, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept_scan(self, code: str) -> None:
        """A scan while the station is locked is a badge (MainWindow.on_scan hands it here)."""
        self.badge_scanned.emit(code)

    def _submit(self) -> None:
        if self.name.text().strip() and self.pin.text():
            self.pin_entered.emit(self.name.text().strip(), self.pin.text())

    def refused(self, text: str) -> None:
        self.problem.setText(text)
        self.pin.clear()

    def clear(self) -> None:
        self.problem.clear()
        self.name.clear()
        self.pin.clear()
        self.name.setFocus()

    def reject(self) -> None:
        """Escape does not unlock the station."""

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        event.ignore()
