"""Station settings: who and where, language, scanner timing, deadlines, supervisor PIN."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from packstation.app.settings import Settings
from packstation.gui.spin_boxes import decimal_spin_box, spin_box
from packstation.i18n import LANGUAGES

MAX_HOURS = 24 * 14  # deadlines up to two weeks


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Station settings"))
        self.original = settings
        form = QFormLayout()
        self.station = QLineEdit(settings.station_name)
        self.operator = QLineEdit(settings.operator)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        milliseconds = " " + self.tr("ms")
        self.gap = spin_box(5, 500, settings.scanner_max_gap_ms, milliseconds)
        self.min_length = spin_box(1, 64, settings.scanner_min_length)
        self.suffix = QCheckBox(self.tr("The scanner ends every code with Enter or Tab"))
        self.suffix.setChecked(settings.scanner_needs_suffix)
        self.double_read = spin_box(0, 5000, settings.double_read_ms, milliseconds)
        hours = " " + self.tr("h")
        self.deadlines = {
            key: decimal_spin_box(0, MAX_HOURS, settings.deadline_for(key), hours)
            for key in ("rakuten", "ozon", "other")
        }
        self.due_soon = decimal_spin_box(0, MAX_HOURS, settings.due_soon_hours, hours)
        self.teach_supervisor = QCheckBox(
            self.tr("Linking an unknown barcode needs the supervisor PIN")
        )
        self.teach_supervisor.setChecked(settings.teach_needs_supervisor)
        self.backorder = QCheckBox(
            self.tr("Short of stock: ship what is there, the rest as a backorder")
        )
        self.backorder.setChecked(settings.backorder_short_stock)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("leave empty to keep the current PIN"))
        self.clear_pin = QCheckBox(self.tr("No supervisor PIN"))
        self.clear_pin.setChecked(not settings.supervisor_pin_hash)
        self.lock_after = spin_box(0, 480, settings.lock_after_minutes, " " + self.tr("min"))
        self.lock_after.setObjectName("lockAfter")
        self.sounds = QCheckBox(self.tr("Play sounds"))
        self.sounds.setChecked(settings.sounds)

        form.addRow(self.tr("Station name"), self.station)
        form.addRow(self.tr("Operator"), self.operator)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Scanner: longest gap between keys"), self.gap)
        form.addRow(self.tr("Scanner: shortest code"), self.min_length)
        form.addRow("", self.suffix)
        form.addRow(self.tr("Count a repeated code once within"), self.double_read)
        form.addRow(self.tr("Rakuten: ship within"), self.deadlines["rakuten"])
        form.addRow(self.tr("Ozon without a shipment date: ship within"), self.deadlines["ozon"])
        form.addRow(self.tr("Other shops: ship within"), self.deadlines["other"])
        form.addRow(self.tr("Mark as due soon when less than"), self.due_soon)
        form.addRow("", self.teach_supervisor)
        form.addRow("", self.backorder)
        form.addRow(self.tr("New supervisor PIN"), self.pin)
        form.addRow("", self.clear_pin)
        form.addRow(self.tr("Lock when idle for (0: never)"), self.lock_after)
        form.addRow("", self.sounds)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def result_settings(self) -> Settings:
        settings = dataclasses.replace(
            self.original,
            station_name=self.station.text().strip() or self.original.station_name,
            operator=self.operator.text().strip() or self.original.operator,
            language=self.language.currentData(),
            scanner_max_gap_ms=self.gap.value(),
            scanner_min_length=self.min_length.value(),
            scanner_needs_suffix=self.suffix.isChecked(),
            double_read_ms=self.double_read.value(),
            deadline_hours={key: spin.value() for key, spin in self.deadlines.items()},
            due_soon_hours=self.due_soon.value(),
            teach_needs_supervisor=self.teach_supervisor.isChecked(),
            backorder_short_stock=self.backorder.isChecked(),
            sounds=self.sounds.isChecked(),
            lock_after_minutes=self.lock_after.value(),
        )
        if self.clear_pin.isChecked():
            settings.set_supervisor_pin("")
        elif self.pin.text():
            settings.set_supervisor_pin(self.pin.text())
        return settings
