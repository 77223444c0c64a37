"""The station's serial scanner, built from the settings, and its state for the status bar."""

from __future__ import annotations

from packstation.app.device_settings import ScannerSettings
from packstation.app.device_status import READY, Device, DeviceStatus, Health
from packstation.devices.scanner.framing import ScanFraming
from packstation.devices.scanner.serial_scanner import ScannerState, SerialScanner
from packstation.domain.messages import QT_TRANSLATE_NOOP

UNPLUGGED = QT_TRANSLATE_NOOP("Devices", "unplugged")
UNPLUGGED_ADVICE = QT_TRANSLATE_NOOP(
    "Devices",
    "The scanner's port is gone: check its cable. It reconnects by itself when it is back.",
)


def serial_scanner(settings: ScannerSettings) -> SerialScanner:
    framing = ScanFraming(
        prefix=settings.prefix, suffix=settings.suffix, gs_substitute=settings.gs_substitute
    )
    return SerialScanner(framing, settings.serial.config(settings.port))


def scanner_status(state: ScannerState) -> DeviceStatus:
    if state is ScannerState.CONNECTED:
        return DeviceStatus(Device.SCANNER, Health.READY, READY())
    return DeviceStatus(Device.SCANNER, Health.FAULT, UNPLUGGED(), UNPLUGGED_ADVICE())
