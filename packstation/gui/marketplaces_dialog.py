"""The shops' marketplace connections: which are connected, how often their orders are
fetched, what the bench tells them, and their API keys (to the OS keyring, never a file)."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from packstation.app.device_settings import MarketplaceApi
from packstation.app.settings import Settings
from packstation.gui.spin_boxes import spin_box

class _MarketBox(QGroupBox):
    def __init__(self, title: str, api: MarketplaceApi, key_labels: tuple[str, str]) -> None:
        super().__init__(title)
        form = QFormLayout(self)
        self.enabled = QCheckBox(self.tr("Connected: fetch its orders and tell it what shipped"))
        self.enabled.setChecked(api.enabled)
        self.shop = QLineEdit(api.shop)
        self.url = QLineEdit(api.api_url)
        self.url.setPlaceholderText(self.tr("the marketplace's own address"))
        self.minutes = spin_box(0, 240, api.fetch_minutes, " " + self.tr("min"))
        self.report = QCheckBox(self.tr("Send each parcel's tracking number"))
        self.report.setChecked(api.report_shipping)
        self.confirm = QCheckBox(self.tr("Confirm new orders when they are fetched"))
        self.confirm.setChecked(api.confirm_at_intake)
        self.keys = (QLineEdit(), QLineEdit())
        for field in self.keys:
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText(self.tr("leave empty to keep the stored key"))
        form.addRow("", self.enabled)
        form.addRow(self.tr("Shop (whose keys)"), self.shop)
        form.addRow(self.tr("API address"), self.url)
        form.addRow(self.tr("Fetch orders every (0: only by hand)"), self.minutes)
        form.addRow("", self.report)
        form.addRow("", self.confirm)
        form.addRow(key_labels[0], self.keys[0])
        form.addRow(key_labels[1], self.keys[1])

    def api(self, original: MarketplaceApi) -> MarketplaceApi:
        api = copy.copy(original)
        api.enabled = self.enabled.isChecked()
        api.shop = self.shop.text().strip() or original.shop
        api.api_url = self.url.text().strip()
        api.fetch_minutes = self.minutes.value()
        api.report_shipping = self.report.isChecked()
        api.confirm_at_intake = self.confirm.isChecked()
        return api

    def new_keys(self) -> tuple[str, str] | None:
        first, second = (field.text().strip() for field in self.keys)
        return (first, second) if first and second else None


class MarketplacesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Marketplace connections"))
        self.original = settings
        self.boxes = {
            "rakuten": _MarketBox(
                self.tr("Rakuten RMS (RakutenPayOrderAPI)"),
                settings.rakuten,
                ("serviceSecret", "licenseKey"),
            ),
            "ozon": _MarketBox(
                self.tr("Ozon Seller API (FBS, rFBS)"), settings.ozon, ("Client-Id", "Api-Key")
            ),
        }
        self.boxes["ozon"].confirm.setVisible(False)  # Ozon has no confirmation step
        note = QLabel(
            self.tr("The keys go to the system keyring; packstation never writes them to a file.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def result_settings(self) -> Settings:
        settings = copy.copy(self.original)
        settings.rakuten = self.boxes["rakuten"].api(self.original.rakuten)
        settings.ozon = self.boxes["ozon"].api(self.original.ozon)
        return settings

    def keys_to_store(self) -> list[tuple[str, str, str, str]]:
        """(market, shop, first key, second key) for each market whose both keys were typed."""
        settings = self.result_settings()
        stored = []
        for market, box in self.boxes.items():
            keys = box.new_keys()
            if keys is not None:
                stored.append((market, getattr(settings, market).shop, *keys))
        return stored
