"""A live indicator per bench device in the status bar: ready, busy, or a fault and its reason."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from packstation.app.device_status import DEVICE_NAMES, Device, DeviceStatus, Health
from packstation.gui import texts

DOT = {
    Health.OFF: "#90a4ae",
    Health.READY: "#2e7d32",
    Health.BUSY: "#f9a825",
    Health.FAULT: "#c62828",
}


class DeviceBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.labels: dict[Device, QLabel] = {}
        self.statuses: dict[Device, DeviceStatus] = {}
        for device in Device:
            label = QLabel()
            label.setObjectName(f"device_{device.value}")
            self.labels[device] = label
            layout.addWidget(label)
            self.show_status(DeviceStatus.off(device))

    def show_status(self, status: DeviceStatus) -> None:
        self.statuses[status.device] = status
        label = self.labels[status.device]
        name = texts.message(DEVICE_NAMES[status.device]())
        state = texts.message(status.message)
        label.setText(f'<span style="color:{DOT[status.health]}">●</span> {name}: {state}')
        label.setToolTip(texts.message(status.advice) if status.advice is not None else state)
        weight = "700" if status.health is Health.FAULT else "400"
        label.setStyleSheet(f"font-weight:{weight};")
