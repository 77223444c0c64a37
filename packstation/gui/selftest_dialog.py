"""The station self-test: scan the test barcode, then every device is checked on a worker and
the report says, per device, OK or what to fix."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.app.device_tests import scanner_check_barcode
from packstation.app.selftest import Check
from packstation.gui import style
from packstation.i18n import translate

RunSelftest = Callable[[str | None, Callable[[list[Check]], None]], None]


def barcode_pixmap() -> QPixmap:
    image = scanner_check_barcode().convert("L")
    data = image.tobytes()
    qimage = QImage(data, image.width, image.height, image.width, QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(qimage.copy())


class SelftestDialog(QDialog):
    def __init__(self, run: RunSelftest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Station self-test"))
        self.run = run
        self.scanned: str | None = None
        intro = QLabel(
            self.tr(
                "Take everything off the scale. Scan this barcode with the bench scanner "
                "(it is also on the slip printer's test page), then press Run."
            )
        )
        intro.setWordWrap(True)
        barcode = QLabel()
        barcode.setObjectName("testBarcode")
        barcode.setPixmap(barcode_pixmap())
        self.scan_state = QLabel(self.tr("Waiting for the test scan…"))
        self.report = QListWidget()
        self.report.setObjectName("report")
        self.report.setMinimumSize(640, 180)
        self.start = QPushButton(self.tr("Run"))
        self.start.setObjectName("runSelftest")
        self.start.clicked.connect(self.start_run)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, barcode, self.scan_state, self.start, self.report, buttons):
            layout.addWidget(widget)

    def accept_scan(self, code: str) -> None:
        self.scanned = code
        self.scan_state.setText(self.tr("Test scan received."))

    def start_run(self) -> None:
        self.start.setEnabled(False)
        self.report.clear()
        self.report.addItem(self.tr("Checking…"))
        self.run(self.scanned, self.show_report)

    def show_report(self, checks: list[Check]) -> None:
        self.start.setEnabled(True)
        self.report.clear()
        for check in checks:
            item = QListWidgetItem(check.render(translate))
            colour = {True: style.LINE_DONE, False: style.LINE_FAULT, None: None}[check.ok]
            if colour is not None:
                item.setBackground(colour)
            self.report.addItem(item)
