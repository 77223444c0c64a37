"""The bench devices' own threads, reporting to the GUI by Qt signals.

One thread owns each physical device and is the only one that talks to it: the scale's
driver loop, the serial scanner's read loop, one print queue per printer. The drivers stay
plain blocking Python (`packstation.devices`); this module only carries their results to
the GUI thread, where the signals arrive queued.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from packstation.app.device_settings import PrinterSettings, ScaleSettings, ScannerSettings
from packstation.app.device_status import Device, DeviceStatus
from packstation.app.printing import PrintService
from packstation.app.scale import ScaleMonitor, Take, scale_driver
from packstation.app.scanner import scanner_status, serial_scanner
from packstation.app.settings import Settings
from packstation.app.workers import Worker


class _Loop:
    """A daemon thread running `target(stop)` until `stop` is set."""

    def __init__(self, name: str, target: Callable[[threading.Event], None]) -> None:
        self.stop = threading.Event()
        self.thread = threading.Thread(target=target, args=(self.stop,), name=name, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=3)


class ScaleWorker(QObject):
    """Readings from the scale; `captured` once per parcel when auto-capture takes it."""

    reading = Signal(object)  # Reading
    captured = Signal(object)  # Decimal grams
    emptied = Signal()  # what lay on the scale was taken off
    status = Signal(object)  # DeviceStatus

    def __init__(self, settings: ScaleSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monitor = ScaleMonitor(settings)
        self.driver = scale_driver(settings)
        self._loop: _Loop | None = None

    def start(self) -> None:
        self.status.emit(self.monitor.connecting())
        self._loop = _Loop("scale", lambda stop: self.driver.run(self._on_reading, stop))

    def _on_reading(self, reading: Any) -> None:  # on the scale's thread
        update = self.monitor.feed(reading, time.monotonic())
        self.reading.emit(reading)
        if update.status is not None:
            self.status.emit(update.status)
        if update.captured is not None:
            self.captured.emit(update.captured)
        if update.emptied:
            self.emptied.emit()

    def take(self, shipment_id: int, label: str) -> Take:
        """The stable weight for this parcel, unless another parcel's load is on the scale."""
        return self.monitor.take(shipment_id, label)

    def claim(self, shipment_id: int, label: str) -> None:
        """A weight was typed for this parcel: what lies on the scale is its parcel."""
        self.monitor.claim(shipment_id, label)

    def zero(self) -> None:
        self.driver.zero()

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.close()
            self._loop = None


class ScannerWorker(QObject):
    scanned = Signal(str, float)  # code, monotonic milliseconds
    status = Signal(object)  # DeviceStatus

    def __init__(self, settings: ScannerSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = serial_scanner(settings)
        self._loop: _Loop | None = None

    def start(self) -> None:
        self._loop = _Loop(
            "scanner",
            lambda stop: self.reader.run(self._on_scan, self._on_state, stop),
        )

    def _on_scan(self, code: str) -> None:  # on the scanner's thread
        self.scanned.emit(code, time.monotonic() * 1000)

    def _on_state(self, state: Any) -> None:
        self.status.emit(scanner_status(state))

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.close()
            self._loop = None


class PrinterWorker(QObject):
    """A print queue: jobs run one after another on the printer's own thread."""

    status = Signal(object)  # DeviceStatus

    def __init__(
        self, device: Device, settings: PrinterSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.service = PrintService(device, settings)
        self.queue = Worker(f"printer-{device.value}", self)

    def submit(
        self,
        job: Callable[[PrintService], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.status.emit(self.service.busy())

        def finished(result: Any) -> None:
            self.status.emit(self.service.last_status())
            if done is not None:
                done(result)

        def broken(error: BaseException) -> None:
            self.status.emit(self.service.last_status())
            if failed is not None:
                failed(error)

        self.queue.submit(lambda: job(self.service), finished, broken)

    def check(self) -> None:
        self.submit(lambda service: service.check())

    def stop(self) -> None:
        self.queue.stop()


class DeviceHub(QObject):
    """The station's devices as the settings describe them, each on its own thread."""

    status = Signal(object)  # DeviceStatus of any device

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scale: ScaleWorker | None = None
        self.scanner: ScannerWorker | None = None
        self.printers: dict[Device, PrinterWorker] = {}
        self._settings = settings

    def start(self) -> None:
        settings = self._settings
        if settings.scale.enabled and settings.scale.port:
            self.scale = ScaleWorker(settings.scale, self)
            self.scale.status.connect(self.status)
        scanner = settings.serial_scanner
        if scanner.enabled and scanner.port:
            self.scanner = ScannerWorker(scanner, self)
            self.scanner.status.connect(self.status)
        for device, printer in (
            (Device.RECEIPT, settings.receipt_printer),
            (Device.LABEL, settings.label_printer),
        ):
            if printer.enabled and printer.address:
                self.printers[device] = PrinterWorker(device, printer, self)
                self.printers[device].status.connect(self.status)
        for device in Device:
            if self._worker(device) is None:
                self.status.emit(DeviceStatus.off(device))
        if self.scale is not None:
            self.scale.start()
        if self.scanner is not None:
            self.scanner.start()
        for printer_worker in self.printers.values():
            printer_worker.check()

    def _worker(self, device: Device) -> QObject | None:
        if device is Device.SCALE:
            return self.scale
        if device is Device.SCANNER:
            return self.scanner
        return self.printers.get(device)

    def restart(self, settings: Settings) -> None:
        self.stop()
        self._settings = settings
        self.start()

    def stop(self) -> None:
        for worker in (self.scale, self.scanner, *self.printers.values()):
            if worker is not None:
                worker.stop()
                worker.deleteLater()
        self.scale, self.scanner, self.printers = None, None, {}
