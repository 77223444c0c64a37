"""What the status bar says about each bench device: ready, busy, or a fault and its reason."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from packstation.domain.messages import QT_TRANSLATE_NOOP, Message, Text


class Device(StrEnum):
    SCALE = "scale"
    SCANNER = "scanner"
    RECEIPT = "receipt"
    LABEL = "label"


DEVICE_NAMES: dict[Device, Text] = {
    Device.SCALE: QT_TRANSLATE_NOOP("Devices", "Scale"),
    Device.SCANNER: QT_TRANSLATE_NOOP("Devices", "Serial scanner"),
    Device.RECEIPT: QT_TRANSLATE_NOOP("Devices", "Slip printer"),
    Device.LABEL: QT_TRANSLATE_NOOP("Devices", "Label printer"),
}


class Health(StrEnum):
    OFF = "off"  # not configured at this station
    READY = "ready"
    BUSY = "busy"  # printing, weighing in motion
    FAULT = "fault"


READY = QT_TRANSLATE_NOOP("Devices", "ready")
OFF = QT_TRANSLATE_NOOP("Devices", "not set up")
CONNECTING = QT_TRANSLATE_NOOP("Devices", "connecting…")
PRINTING = QT_TRANSLATE_NOOP("Devices", "printing…")
RESTARTING = QT_TRANSLATE_NOOP("Devices", "restarting…")  # stopping, to start again


@dataclass(frozen=True, slots=True)
class DeviceStatus:
    device: Device
    health: Health
    message: Message  # a short state ("ready", "1234 g", "overload")
    advice: Message | None = None  # what to do about a fault

    @classmethod
    def off(cls, device: Device) -> DeviceStatus:
        return cls(device, Health.OFF, OFF())
