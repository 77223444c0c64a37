"""The bench devices' own threads, reporting to the GUI by Qt signals.

One thread owns each physical device and is the only one that talks to it: the scale's
driver loop, the serial scanner's read loop, one print queue per printer. The drivers stay
plain blocking Python (`packstation.devices`); this module only carries their results to
the GUI thread, where the signals arrive queued.

Each device worker stops in two steps, so that the hub can stop them all off the GUI thread:
`close()` on the GUI thread (no new print job is accepted, a loop is told to end) and `wait()`
on any thread (bounded); `stop()` does both.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from packstation.app.device_settings import PrinterSettings, ScaleSettings, ScannerSettings
from packstation.app.device_status import RESTARTING, Device, DeviceStatus, Health
from packstation.app.printing import PrintService
from packstation.app.scale import ScaleMonitor, Take, scale_driver
from packstation.app.scanner import scanner_status, serial_scanner
from packstation.app.settings import Settings
from packstation.app.workers import Worker

LOOP_STOP_SECONDS = 3.0  # a scale or scanner loop notices its stop within a read timeout
PRINTS_STOP_SECONDS = 10.0  # the print jobs queued when the printer stops: a few labels


class _Loop:
    """A daemon thread running `target(stop)` until `stop` is set."""

    def __init__(self, name: str, target: Callable[[threading.Event], None]) -> None:
        self.stop = threading.Event()
        self.thread = threading.Thread(target=target, args=(self.stop,), name=name, daemon=True)
        self.thread.start()


class _Looping(QObject):
    """A device read by a loop on its own thread."""

    _loop: _Loop | None = None

    def close(self) -> None:
        """Tell the loop to end."""
        if self._loop is not None:
            self._loop.stop.set()

    def wait(self) -> None:
        """After `close`: the loop's end, for at most LOOP_STOP_SECONDS (from any thread)."""
        if self._loop is not None:
            self._loop.thread.join(LOOP_STOP_SECONDS)

    def stop(self) -> None:
        self.close()
        self.wait()


class ScaleWorker(_Looping):
    """Readings from the scale; `captured` once per parcel when auto-capture takes it."""

    reading = Signal(object)  # Reading
    captured = Signal(object)  # Decimal grams
    emptied = Signal()  # what lay on the scale was taken off
    status = Signal(object)  # DeviceStatus

    def __init__(self, settings: ScaleSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monitor = ScaleMonitor(settings)
        self.driver = scale_driver(settings)

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


class ScannerWorker(_Looping):
    scanned = Signal(str, float)  # code, monotonic milliseconds
    status = Signal(object)  # DeviceStatus

    def __init__(self, settings: ScannerSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = serial_scanner(settings)

    def start(self) -> None:
        self._loop = _Loop(
            "scanner",
            lambda stop: self.reader.run(self._on_scan, self._on_state, stop),
        )

    def _on_scan(self, code: str) -> None:  # on the scanner's thread
        self.scanned.emit(code, time.monotonic() * 1000)

    def _on_state(self, state: Any) -> None:
        self.status.emit(scanner_status(state))


class PrinterWorker(QObject):
    """A print queue: jobs run one after another on the printer's own thread."""

    status = Signal(object)  # DeviceStatus

    def __init__(
        self, device: Device, settings: PrinterSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.service = PrintService(device, settings)
        self.queue_name = f"printer-{device.value}"
        self.queue = Worker(self.queue_name, self)

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

        what = f"{self.queue_name}: {getattr(job, '__qualname__', job)}"
        self.queue.submit(lambda: job(self.service), finished, broken, what=what)

    def check(self) -> None:
        self.submit(lambda service: service.check())

    def close(self) -> None:
        """No new job; those queued are printed first (`wait`)."""
        self.queue.close()

    def wait(self) -> None:
        """After `close`: the queued jobs run, for at most PRINTS_STOP_SECONDS (from any thread;
        their owners hear of them on the GUI thread)."""
        self.queue.wait(PRINTS_STOP_SECONDS)

    def stop(self) -> None:
        self.queue.stop(PRINTS_STOP_SECONDS)


_DeviceWorker = ScaleWorker | ScannerWorker | PrinterWorker


class DeviceHub(QObject):
    """The station's devices as the settings describe them, each on its own thread.

    A restart stops the devices off the GUI thread (`stop_then`), which stays free meanwhile:
    a printer's queued jobs are printed first, and their owners told, before the new devices
    start on the ports the old ones let go of."""

    status = Signal(object)  # DeviceStatus of any device
    _stopped = Signal(object)  # the stopping thread is done (emitted on that thread)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scale: ScaleWorker | None = None
        self.scanner: ScannerWorker | None = None
        self.printers: dict[Device, PrinterWorker] = {}
        self._settings = settings
        self._stopper: threading.Thread | None = None
        self._stopping: list[_DeviceWorker] = []  # the devices the stopper is stopping
        self._then: list[Callable[[], None]] = []
        self._stopped.connect(self._on_stopped, Qt.ConnectionType.QueuedConnection)

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

    def _worker(self, device: Device) -> _DeviceWorker | None:
        if device is Device.SCALE:
            return self.scale
        if device is Device.SCANNER:
            return self.scanner
        return self.printers.get(device)

    def _take(self) -> dict[Device, _DeviceWorker]:
        """The running devices, no longer the hub's: what they say now is not shown."""
        workers: dict[Device, _DeviceWorker] = {}
        for device in Device:
            worker = self._worker(device)
            if worker is not None:
                worker.status.disconnect(self.status)
                workers[device] = worker
        self.scale, self.scanner, self.printers = None, None, {}
        return workers

    def restart(self, settings: Settings, then: Callable[[], None] | None = None) -> None:
        """The devices stopped off the GUI thread, then started with `settings`, then `then`."""

        def start() -> None:
            self._settings = settings
            self.start()
            if then is not None:
                then()

        self.stop_then(start)

    def stop_then(self, then: Callable[[], None]) -> None:
        """Stop every device on a thread of its own, each shown restarting meanwhile, and call
        `then` on the GUI thread once they all have stopped (at once when none runs, though
        from the event loop, as after a real stop)."""
        self._then.append(then)
        if self._stopper is not None:
            return  # on its way: `then` follows the stop under way
        workers = self._take()
        for device, worker in workers.items():
            worker.close()
            self.status.emit(DeviceStatus(device, Health.BUSY, RESTARTING()))
        self._stopping = list(workers.values())
        self._stopper = threading.Thread(
            target=self._wait_for, args=(self._stopping,), name="devices-stopping", daemon=True
        )
        self._stopper.start()

    def _wait_for(self, workers: list[_DeviceWorker]) -> None:  # the stopping thread
        for worker in workers:
            worker.wait()
        self._stopped.emit(threading.current_thread())

    @Slot(object)
    def _on_stopped(self, stopper: threading.Thread) -> None:
        if stopper is not self._stopper:
            return  # `stop` saw to it already
        self._stopper = None
        for worker in self._stopping:
            worker.deleteLater()  # after the outcomes of its jobs, queued before this
        self._stopping = []
        then, self._then = self._then, []
        for callback in then:
            callback()

    def stop(self) -> None:
        """Every device stopped before this returns, a printer's queued jobs printed first and
        their owners told; blocks the GUI thread for at most a few seconds a device, for when
        it must (the window closes, a test needs the ports now). A stop under way in the
        background is waited for, and what was to follow it dropped: nothing starts again."""
        if self._stopper is not None:
            self._stopper.join()  # bounded: each device's wait is
            self._stopper = None
        workers, self._stopping = [*self._stopping, *self._take().values()], []
        self._then.clear()
        for worker in workers:
            worker.stop()  # at once for those stopped in the background; delivers outcomes
            worker.deleteLater()
