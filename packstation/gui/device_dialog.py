"""Device settings: port or address, protocol, serial line, paper; a test button for each.

Tests run on a worker thread with the settings as they stand in the dialog, so a packer can
try a port before saving it; the result (or what to fix) shows beside the button.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.app import device_tests
from packstation.app.device_settings import (
    PrinterSettings,
    ScaleSettings,
    ScannerSettings,
    SerialSettings,
)
from packstation.app.device_status import Device
from packstation.app.device_tests import TestResult
from packstation.app.settings import Settings
from packstation.gui import texts
from packstation.gui.selftest_dialog import barcode_pixmap
from packstation.gui.spin_boxes import decimal_spin_box, spin_box
from packstation.i18n import translate

RunTest = Callable[[Callable[[], TestResult], Callable[[TestResult], None]], None]
SUFFIXES = {"\r": "CR", "\n": "LF", "\r\n": "CR LF", "\t": "Tab", "": "—"}


def _combo(items: dict[Any, str], current: Any) -> QComboBox:
    combo = QComboBox()
    for data, text in items.items():
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class _SerialFields:
    def __init__(self, form: QFormLayout, settings: SerialSettings) -> None:
        self.baud = _combo(
            {b: str(b) for b in (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)},
            settings.baudrate,
        )
        self.bytesize = _combo({8: "8", 7: "7"}, settings.bytesize)
        self.parity = _combo(
            {
                "none": QCoreApplication.translate("SerialFields", "none"),
                "even": QCoreApplication.translate("SerialFields", "even"),
                "odd": QCoreApplication.translate("SerialFields", "odd"),
            },
            settings.parity,
        )
        self.stopbits = _combo({1: "1", 2: "2"}, settings.stopbits)
        line = QHBoxLayout()
        for widget in (self.baud, self.bytesize, self.parity, self.stopbits):
            line.addWidget(widget)
        label = QCoreApplication.translate(
            "SerialFields", "Serial: baud, data bits, parity, stop bits"
        )
        form.addRow(label, line)

    def value(self) -> SerialSettings:
        return SerialSettings(
            self.baud.currentData(),
            self.bytesize.currentData(),
            self.parity.currentData(),
            self.stopbits.currentData(),
        )


class _Tab(QWidget):
    def __init__(self, run_test: RunTest) -> None:
        super().__init__()
        self.run_test = run_test
        self.form = QFormLayout(self)
        self.result = QLabel()
        self.result.setObjectName("testResult")
        self.result.setWordWrap(True)

    def _port(self, current: str) -> QComboBox:
        port = QComboBox()
        port.setEditable(True)
        for name in device_tests.serial_ports():
            port.addItem(name)
        port.setEditText(current)
        return port

    def _show(self, result: TestResult) -> None:
        self.result.setText(("✔ " if result.ok else "✘ ") + texts.message(result.message))
        self.result.setStyleSheet("color:#1b5e20;" if result.ok else "color:#b71c1c;")

    def _test_button(self, text: str, job: Callable[[], Callable[[], TestResult]]) -> None:
        button = QPushButton(text)
        button.setObjectName("testButton")

        def clicked() -> None:
            self.result.setText(self.tr("Testing…"))
            self.run_test(job(), self._show)

        button.clicked.connect(clicked)
        self.form.addRow(button, self.result)


class ScaleTab(_Tab):
    def __init__(self, settings: ScaleSettings, run_test: RunTest) -> None:
        super().__init__(run_test)
        self.enabled = QCheckBox(self.tr("This station has a scale"))
        self.enabled.setChecked(settings.enabled)
        self.protocol = _combo(
            {name: name for name in device_tests.scale_protocols()}, settings.protocol
        )
        self.port = self._port(settings.port)
        self.pattern = QLineEdit(settings.pattern)
        self.pattern.setPlaceholderText(r"(?P<weight>[-\d.]+)\s*(?P<unit>kg|g)")
        ms = " " + self.tr("ms")
        self.stable_ms = spin_box(100, 5000, settings.stable_ms, ms)
        self.auto = QCheckBox(self.tr("Take the weight by itself once the parcel is still"))
        self.auto.setChecked(settings.auto_capture)
        self.hold_ms = spin_box(0, 5000, settings.capture_hold_ms, ms)
        self.min_grams = spin_box(1, 10_000, settings.min_grams, " g")
        self.tolerance_grams = spin_box(0, 10_000, settings.tolerance_grams, " g")
        self.tolerance_percent = decimal_spin_box(0, 100, settings.tolerance_percent, " %")
        self.require = QCheckBox(self.tr("An order is done only when its parcel is weighed"))
        self.require.setChecked(settings.require_weight)
        self.form.addRow("", self.enabled)
        self.form.addRow(self.tr("Protocol"), self.protocol)
        self.form.addRow(self.tr("Port"), self.port)
        self.serial = _SerialFields(self.form, settings.serial)
        self.form.addRow(self.tr("Line pattern (protocol “line”)"), self.pattern)
        self.form.addRow(self.tr("No stability flag: still for"), self.stable_ms)
        self.form.addRow("", self.auto)
        self.form.addRow(self.tr("Auto-capture after"), self.hold_ms)
        self.form.addRow(self.tr("Lightest parcel"), self.min_grams)
        self.form.addRow(self.tr("Tolerance"), self.tolerance_grams)
        self.form.addRow(self.tr("or, if larger"), self.tolerance_percent)
        self.form.addRow("", self.require)
        self._test_button(
            self.tr("Read weight"), lambda: partial(device_tests.read_weight, self.value())
        )

    def value(self) -> ScaleSettings:
        return ScaleSettings(
            enabled=self.enabled.isChecked(),
            protocol=self.protocol.currentData(),
            port=self.port.currentText().strip(),
            serial=self.serial.value(),
            pattern=self.pattern.text(),
            stable_ms=self.stable_ms.value(),
            auto_capture=self.auto.isChecked(),
            capture_hold_ms=self.hold_ms.value(),
            min_grams=self.min_grams.value(),
            tolerance_grams=self.tolerance_grams.value(),
            tolerance_percent=self.tolerance_percent.value(),
            require_weight=self.require.isChecked(),
        )


class ScannerTab(_Tab):
    """A serial scanner's port and framing, and the "scan this test barcode" check for any
    scanner (keyboard-wedge included): it shows a wrong keyboard layout and how to fix it."""

    def __init__(self, settings: ScannerSettings, run_test: RunTest) -> None:
        super().__init__(run_test)
        self.enabled = QCheckBox(self.tr("A scanner on a serial (COM) port"))
        self.enabled.setChecked(settings.enabled)
        self.port = self._port(settings.port)
        self.prefix = QLineEdit(settings.prefix)
        self.suffix = _combo(SUFFIXES, settings.suffix)
        self.gs = QLineEdit(settings.gs_substitute)
        self.gs.setMaxLength(1)
        self.form.addRow("", self.enabled)
        self.form.addRow(self.tr("Port"), self.port)
        self.serial = _SerialFields(self.form, settings.serial)
        self.form.addRow(self.tr("Prefix"), self.prefix)
        self.form.addRow(self.tr("Suffix"), self.suffix)
        self.form.addRow(self.tr("Character sent for GS (FNC1)"), self.gs)
        barcode = QLabel()
        barcode.setObjectName("testBarcode")
        barcode.setPixmap(barcode_pixmap())
        self.form.addRow(self.tr("Scan this test barcode:"), barcode)
        self.form.addRow(self.tr("Result"), self.result)

    def accept_scan(self, code: str) -> None:
        self._show(device_tests.scan_check(code))

    def value(self) -> ScannerSettings:
        return ScannerSettings(
            enabled=self.enabled.isChecked(),
            port=self.port.currentText().strip(),
            serial=self.serial.value(),
            prefix=self.prefix.text(),
            suffix=self.suffix.currentData(),
            gs_substitute=self.gs.text(),
        )


class PrinterTab(_Tab):
    def __init__(
        self, device: Device, settings: PrinterSettings, run_test: RunTest, station: str
    ) -> None:
        super().__init__(run_test)
        self.device = device
        self.station = station
        self.original = settings
        self.enabled = QCheckBox(self.tr("Print at this station"))
        self.enabled.setChecked(settings.enabled)
        languages = {"escpos": "ESC/POS"}
        if device is Device.RECEIPT:
            languages["pdf"] = self.tr("A4 PDF to a CUPS queue (office printer)")
        if device is Device.LABEL:
            languages |= {
                "zpl": "ZPL II (Zebra)",
                "tspl": "TSPL (TSC)",
                "pdf": self.tr("PDF to a CUPS queue"),
            }
        self.language = _combo(languages, settings.language)
        self.connection = _combo(
            {
                "network": self.tr("Network (TCP 9100)"),
                "usb": self.tr("USB (vendor:product)"),
                "serial": self.tr("Serial port"),
                "file": self.tr("Device file"),
                "cups": self.tr("CUPS queue"),
            },
            settings.connection,
        )
        self.address = QLineEdit(settings.address)
        self.address.setPlaceholderText("192.168.1.50:9100 · 04b8:0202 · /dev/usb/lp0 · QUEUE")
        self.form.addRow("", self.enabled)
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Connection"), self.connection)
        self.form.addRow(self.tr("Address"), self.address)
        self.serial = _SerialFields(self.form, settings.serial)
        self.profile = _combo(
            {name: name for name in device_tests.escpos_profiles()}, settings.profile
        )
        self.text_mode = _combo(
            {
                "auto": self.tr("as the profile says"),
                "kanji": self.tr("printer's Kanji mode (Japanese models)"),
                "raster": self.tr("as images (any printer)"),
            },
            settings.text_mode,
        )
        self.paper = spin_box(200, 1000, settings.paper_width_dots, " " + self.tr("dots"))
        self.dpi = _combo({203: "203 dpi", 300: "300 dpi"}, settings.dpi)
        mm = " mm"
        self.width = decimal_spin_box(20, 220, settings.label_width_mm, mm)
        self.height = decimal_spin_box(20, 400, settings.label_height_mm, mm)
        self.media = _combo(
            {
                "gap": self.tr("labels with gaps"),
                "mark": self.tr("black mark"),
                "continuous": self.tr("continuous"),
            },
            settings.media,
        )
        self.gap = decimal_spin_box(0, 20, settings.gap_mm, mm)
        self.darkness = spin_box(0, 30, settings.darkness)
        self.form.addRow(self.tr("ESC/POS profile"), self.profile)
        self.form.addRow(self.tr("Japanese text"), self.text_mode)
        self.form.addRow(self.tr("Paper width"), self.paper)
        self.form.addRow(self.tr("Resolution"), self.dpi)
        if device is Device.LABEL:
            self.form.addRow(self.tr("Label width"), self.width)
            self.form.addRow(self.tr("Label height"), self.height)
            self.form.addRow(self.tr("Media"), self.media)
            self.form.addRow(self.tr("Gap or mark"), self.gap)
            self.form.addRow(self.tr("Darkness"), self.darkness)
        self._test_button(
            self.tr("Print test page"),
            lambda: partial(device_tests.print_test, device, self.value(), self.station, translate),
        )

    def value(self) -> PrinterSettings:
        return PrinterSettings(
            enabled=self.enabled.isChecked(),
            language=self.language.currentData(),
            connection=self.connection.currentData(),
            address=self.address.text().strip(),
            serial=self.serial.value(),
            profile=self.profile.currentData(),
            text_mode=self.text_mode.currentData(),
            paper_width_dots=self.paper.value(),
            dpi=self.dpi.currentData(),
            label_width_mm=self.width.value(),
            label_height_mm=self.height.value(),
            media=self.media.currentData(),
            gap_mm=self.gap.value(),
            darkness=self.darkness.value(),
        )


class DeviceDialog(QDialog):
    def __init__(
        self, settings: Settings, run_test: RunTest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Devices"))
        self.original = settings
        self.tabs = QTabWidget()
        self.scale = ScaleTab(settings.scale, run_test)
        self.scanner = ScannerTab(settings.serial_scanner, run_test)
        station = settings.station_name
        self.receipt = PrinterTab(Device.RECEIPT, settings.receipt_printer, run_test, station)
        self.label = PrinterTab(Device.LABEL, settings.label_printer, run_test, station)
        self.tabs.addTab(self.scale, self.tr("Scale"))
        self.tabs.addTab(self.scanner, self.tr("Scanner"))
        self.tabs.addTab(self.receipt, self.tr("Slip printer"))
        self.tabs.addTab(self.label, self.tr("Label printer"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def accept_scan(self, code: str) -> None:
        """A scan while the dialog is open is the scanner check's test scan."""
        self.tabs.setCurrentWidget(self.scanner)
        self.scanner.accept_scan(code)

    def result_settings(self) -> Settings:
        settings = copy.deepcopy(self.original)
        settings.scale = self.scale.value()
        settings.serial_scanner = self.scanner.value()
        settings.receipt_printer = self.receipt.value()
        settings.label_printer = self.label.value()
        return settings
