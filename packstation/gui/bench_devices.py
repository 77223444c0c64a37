"""The devices at the bench, wired into the window: the scale's weight into the pack flow, a
serial scanner's codes like wedge scans, indicators in the status bar, the weighing keys."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMainWindow

from packstation.app.device_status import Device, DeviceStatus
from packstation.app.device_tests import print_test_on
from packstation.app.device_workers import DeviceHub
from packstation.app.packing import Level
from packstation.app.scale import CLEARED, Refusal
from packstation.app.selftest import run_selftest
from packstation.app.services import Services
from packstation.app.settings import Settings
from packstation.app.workers import Worker
from packstation.domain.bench_stage import Stage
from packstation.gui import texts
from packstation.gui.device_bar import DeviceBar
from packstation.gui.device_dialog import DeviceDialog
from packstation.gui.dialogs import ReasonDialog, WeightDialog
from packstation.gui.pack_view import PackView
from packstation.gui.presenter import BenchPresenter
from packstation.gui.selftest_dialog import SelftestDialog
from packstation.i18n import translate, translate_error


class BenchDevices(QObject):
    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        worker: Worker,
        presenter: BenchPresenter,
        pack_view: PackView,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.worker = worker
        self.settings = services.settings
        self.presenter = presenter
        self.pack_view = pack_view
        self.bar = DeviceBar()
        self.hub = DeviceHub(self.settings, self)
        self.hub.status.connect(self.on_status)
        self._occupied: int | None = None  # the parcel told to wait until the scale is cleared

    def start(self, on_scan) -> None:  # type: ignore[no-untyped-def]
        self.hub.start()
        self._connect(on_scan)

    def _connect(self, on_scan) -> None:  # type: ignore[no-untyped-def]
        self._on_scan = on_scan
        if self.hub.scale is not None:
            self.hub.scale.captured.connect(self.on_captured)
            self.hub.scale.emptied.connect(self.on_emptied)
        if self.hub.scanner is not None:
            self.hub.scanner.scanned.connect(on_scan)
        self.pack_view.tolerance = self.settings.scale.tolerance()

    def restart(self, settings: Settings) -> None:
        """The devices stop off the GUI thread, the bar showing them restarting, and start
        again with `settings` once the old ones have let go of their ports."""
        self.settings = settings
        self.hub.restart(settings, lambda: self._connect(self._on_scan))

    def stop(self) -> None:
        self.hub.stop()

    # -- weight --------------------------------------------------------------------------------
    def on_status(self, status: DeviceStatus) -> None:
        self.bar.show_status(status)
        if status.device is Device.SCALE:
            self.pack_view.weight.show_scale(status)

    def on_captured(self, grams: Decimal) -> None:
        """Auto-capture took a parcel's weight: it is this order's if one waits for it."""
        self._weigh_from_scale(asked=False)

    def after_result(self, result) -> None:  # type: ignore[no-untyped-def]
        """A result is shown. A parcel just finished: if it already sits still on the scale,
        take its weight (or say what must come off the scale first, over the result)."""
        if result.level is not Level.BAD and result.stage is Stage.WEIGHING:
            self._weigh_from_scale(asked=False)

    def _weigh_from_scale(self, *, asked: bool) -> None:
        """The scale's weight for the parcel waiting for it, unless what lies on the scale gave
        another parcel's weight: then the bench says to take that off first. `asked`: the packer
        pressed the key, so every reason for no weight is said."""
        view = self.presenter.weighing()
        scale = self.hub.scale
        if view is None or scale is None:
            if asked:
                text = self.tr("No packed parcel is waiting for weight")
                self.pack_view.set_banner(Level.BAD, text)
            return
        take = scale.take(view.shipment_id, view.label)
        if take.grams is not None:
            self._occupied = None
            self.presenter.weigh(take.grams, "scale")
            return
        if take.refusal is Refusal.OCCUPIED:
            self._occupied = view.shipment_id
        if (asked or take.refusal is Refusal.OCCUPIED) and take.message is not None:
            self.pack_view.set_banner(Level.BAD, texts.message(take.message))

    def on_emptied(self) -> None:
        """The scale was cleared: if the bench asked for that, it now asks for the parcel."""
        view = self.presenter.weighing()
        if view is not None and view.shipment_id == self._occupied:
            self.pack_view.set_banner(Level.PROMPT, texts.message(CLEARED(number=view.label)))
        self._occupied = None

    def take_weight(self) -> None:
        self._weigh_from_scale(asked=True)

    def enter_weight(self) -> None:
        view = self.presenter.weighing()
        if view is None:
            self.pack_view.set_banner(Level.BAD, self.tr("No packed parcel is waiting for weight"))
            return
        dialog = WeightDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if self.hub.scale is not None:
                self.hub.scale.claim(view.shipment_id, view.label)
            self.presenter.weigh(Decimal(str(dialog.grams.value())), "typed")

    def accept_weight(self) -> None:
        dialog = ReasonDialog(
            self.tr("Accept weight"),
            self.tr("The parcel's weight is outside the tolerance. Accept it as it is?"),
            self.services.asks_approval(),
            self.window,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.reason.text().strip():
            self.presenter.accept_weight(dialog.reason.text(), dialog.approval())

    # -- settings, tests, self-test ------------------------------------------------------------
    def _run_test(self, job, done) -> None:  # type: ignore[no-untyped-def]
        self.worker.submit(job, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.pack_view.set_banner(Level.BAD, translate_error(error))

    def edit(self) -> None:
        """The device settings; the devices pause meanwhile, so that a test in the dialog has
        the port to itself, and start again with whatever settings are chosen. The dialog
        opens once they have stopped (off the GUI thread, their print jobs done first)."""
        self.hub.stop_then(self._edit)

    def _edit(self) -> None:
        base = self.services.settings
        dialog = DeviceDialog(base, self._run_test, self.window)
        settings = self.settings
        if dialog.exec() == QDialog.DialogCode.Accepted:
            settings = self.services.change_settings(base, dialog.result_settings())
            self.worker.submit(self.services.save_settings, None, self._failed)
        self.restart(settings)

    def run_selftest(self, scanned: str | None, done) -> None:  # type: ignore[no-untyped-def]
        """Every device checked on the worker; the device threads pause meanwhile, so that
        the self-test has each port to itself (it starts once they have stopped)."""
        settings = self.settings

        def finished(checks) -> None:  # type: ignore[no-untyped-def]
            self.restart(settings)
            done(checks)

        def failed(error: BaseException) -> None:
            self.restart(settings)
            self._failed(error)

        self.hub.stop_then(
            lambda: self.worker.submit(lambda: run_selftest(settings, scanned), finished, failed)
        )

    def selftest(self) -> None:
        SelftestDialog(self.run_selftest, self.window).exec()

    def print_test(self, device: Device) -> None:
        printer = self.hub.printers.get(device)
        if printer is None:
            self.pack_view.set_banner(Level.BAD, self.tr("That printer is not set up: see Devices"))
            return
        station = self.settings.station_name

        def done(result) -> None:  # type: ignore[no-untyped-def]
            level = Level.GOOD if result.ok else Level.BAD
            self.pack_view.set_banner(level, texts.message(result.message))

        printer.submit(
            lambda service: print_test_on(service, station, translate), done, self._failed
        )

    def zero_scale(self) -> None:
        if self.hub.scale is not None:
            self.hub.scale.zero()
