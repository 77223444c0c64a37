"""The shop as its documents show it, and what the bench prints: a settings dialog."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.app.settings import Settings
from packstation.documents.model import CARRIERS

LANGUAGE_NAMES = {"ja": "日本語", "ru": "Русский", "en": "English", "zh_CN": "简体中文"}


class ShopDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shop and documents"))
        self.original = settings
        shop, shipping = settings.shop, settings.shipping
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("name", self.tr("Shop name")),
            ("postal_code", self.tr("Postal code")),
            ("region", self.tr("Prefecture / region")),
            ("city", self.tr("City")),
            ("line1", self.tr("Address")),
            ("line2", self.tr("Building")),
            ("country", self.tr("Country (ISO code)")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("registration_number", self.tr("Invoice registration number (T + 13 digits)")),
        ):
            field = QLineEdit(getattr(shop, key))
            field.setObjectName(key)
            self.fields[key] = field
            form.addRow(label, field)
        self.logo = QLineEdit(shop.logo_path)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        form.addRow(self.tr("Logo (PNG or JPEG)"), logo_row)
        self.thank_you = QPlainTextEdit(shop.thank_you)
        self.thank_you.setObjectName("thankYou")
        self.thank_you.setMaximumHeight(70)
        form.addRow(self.tr("Thank-you note on the slip"), self.thank_you)
        self.language = QComboBox()
        self.language.addItem(self.tr("As the order's marketplace and country"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(shop.slip_language), 0))
        form.addRow(self.tr("Document language"), self.language)
        self.print_slip = QCheckBox(self.tr("Print the packing slip when the parcel is ready"))
        self.print_slip.setChecked(shipping.print_slip)
        self.print_waybill = QCheckBox(
            self.tr("Print the waybill and check its label scan before the parcel ships")
        )
        self.print_waybill.setChecked(shipping.print_waybill)
        form.addRow("", self.print_slip)
        form.addRow("", self.print_waybill)
        self.carriers: dict[str, QComboBox] = {}
        for marketplace, label in (
            ("rakuten", self.tr("Rakuten parcels go with")),
            ("ozon", self.tr("Ozon parcels go with")),
            ("other", self.tr("Other parcels go with")),
        ):
            combo = QComboBox()
            for carrier in CARRIERS:
                combo.addItem(carrier, carrier)
            combo.setCurrentIndex(max(combo.findData(shipping.carriers.get(marketplace)), 0))
            self.carriers[marketplace] = combo
            form.addRow(label, combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def result_settings(self) -> Settings:
        settings = copy.deepcopy(self.original)
        for key, field in self.fields.items():
            setattr(settings.shop, key, field.text().strip())
        settings.shop.logo_path = self.logo.text().strip()
        settings.shop.thank_you = self.thank_you.toPlainText().strip()
        settings.shop.slip_language = self.language.currentData()
        settings.shipping.print_slip = self.print_slip.isChecked()
        settings.shipping.print_waybill = self.print_waybill.isChecked()
        settings.shipping.carriers = {
            marketplace: combo.currentData() for marketplace, combo in self.carriers.items()
        }
        return settings
