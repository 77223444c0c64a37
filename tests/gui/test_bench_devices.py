"""The bench with its devices: the simulated scale's weight finishes an order by itself, the
status bar shows each device, the device and self-test dialogs test against simulators."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from packstation.app import settings as settings_store
from packstation.app.device_settings import PrinterSettings, ScaleSettings, ScannerSettings
from packstation.app.device_status import Device, Health
from packstation.app.device_tests import print_test_on
from packstation.app.packing import Level
from packstation.devices.printers.simulator import PrinterSimulator
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.scale.simulator import ScaleSimulator
from packstation.devices.scanner.framing import ScanFraming
from packstation.devices.scanner.layout_check import TEST_CODE
from packstation.devices.scanner.simulator import ScannerSimulator
from packstation.domain.states import OrderState
from packstation.store.schema import Shipment
from packstation.gui.device_dialog import DeviceDialog
from packstation.gui.selftest_dialog import SelftestDialog
from packstation.i18n import translate
from tests.builders import TEA, rakuten
from tests.gui.conftest import scanner_burst
from tests.gui.test_main_window import NUMBER, banner, wait_banner


@pytest.fixture
def scale() -> Iterator[ScaleSimulator]:
    with ScaleSimulator("mt-sics", interval=0.05) as simulator:
        yield simulator


@pytest.fixture
def receipt(tmp_path: Path) -> Iterator[PrinterSimulator]:
    with PrinterSimulator("escpos", out_dir=tmp_path / "printed") as simulator:
        yield simulator


@pytest.fixture
def with_devices(settings_path: Path, scale: ScaleSimulator, receipt: PrinterSimulator) -> Path:
    settings = settings_store.load(settings_path)
    settings.scale = ScaleSettings(
        enabled=True, protocol="mt-sics", port=scale.path, capture_hold_ms=200
    )
    settings.receipt_printer = PrinterSettings(
        enabled=True, language="escpos", address=f"127.0.0.1:{receipt.port}"
    )
    settings_store.save(settings, settings_path)
    return settings_path


def device_health(bench, device: Device) -> Health:  # type: ignore[no-untyped-def]
    status = bench.window.devices.bar.statuses[device]
    return status.health


def test_the_parcel_on_the_scale_finishes_the_order(
    qtbot, open_bench, with_devices, scale: ScaleSimulator
) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 1)))
    qtbot.waitUntil(lambda: device_health(bench, Device.SCALE) is Health.READY, timeout=5000)
    qtbot.waitUntil(lambda: device_health(bench, Device.RECEIPT) is Health.READY, timeout=5000)
    assert device_health(bench, Device.LABEL) is Health.OFF
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    scanner_burst(bench.window, TEA)
    wait_banner(qtbot, bench, Level.PROMPT, "scale")
    model = bench.window.queue_model  # the row shows the parcel packed while it waits
    qtbot.waitUntil(lambda: [row.state for row in model.rows] == [OrderState.PACKED])
    scale.set_weight(Decimal("121.5"))
    wait_banner(qtbot, bench, Level.DONE, "122 g")
    last = bench.window.presenter.last
    assert last is not None and last.view is not None and last.view.weight == Decimal("121.5")
    assert "122 g" in bench.window.pack_view.weight.live.text()
    # done: the bench is ready for the next order at once, and names the parcel just done
    assert bench.window.pack_view.view is None
    assert NUMBER in bench.window.pack_view.subtitle.text()


def test_a_parcel_left_on_the_scale_is_never_the_next_orders_weight(
    qtbot, open_bench, with_devices, scale: ScaleSimulator
) -> None:  # type: ignore[no-untyped-def]
    other = "502763-20261122-00000002"
    bench = open_bench(rakuten(NUMBER, ("TEA", 1)), rakuten(other, ("TEA", 1)))
    qtbot.waitUntil(lambda: device_health(bench, Device.SCALE) is Health.READY, timeout=5000)
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    scanner_burst(bench.window, TEA)
    wait_banner(qtbot, bench, Level.PROMPT, "scale")
    scale.set_weight(Decimal("121.5"))
    wait_banner(qtbot, bench, Level.DONE, "122 g")
    # the parcel stays on the scale; the next order, of the same weight, is packed
    scanner_burst(bench.window, other)
    wait_banner(qtbot, bench, Level.INFO, other)
    scanner_burst(bench.window, TEA)
    wait_banner(qtbot, bench, Level.BAD, "TAKE THE PARCEL OFF THE SCALE")
    assert NUMBER in banner(bench)[1]
    bench.window.findChild(QAction, "takeWeight").trigger()  # F6 does not take it either
    wait_banner(qtbot, bench, Level.BAD, "TAKE THE PARCEL OFF THE SCALE")
    qtbot.wait(400)
    assert bench.window.presenter.weighing() is not None  # nothing weighed
    scale.set_weight(Decimal(0))
    wait_banner(qtbot, bench, Level.PROMPT, "scale is clear")
    scale.set_weight(Decimal(119))
    wait_banner(qtbot, bench, Level.DONE, "119 g")
    with bench.services.db.engine.connect() as connection:
        weights = connection.execute(
            select(Shipment.weight_mg).order_by(Shipment.id)
        ).scalars().all()
    assert weights == [121500, 119000]


def test_put_down_keeps_a_packed_unweighed_parcel_on_the_bench_and_in_the_queue(
    qtbot, open_bench, with_devices
) -> None:  # type: ignore[no-untyped-def]
    other = "502763-20261122-00000002"
    bench = open_bench(rakuten(NUMBER, ("TEA", 1)), rakuten(other, ("TEA", 1)))
    window = bench.window
    scanner_burst(window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    scanner_burst(window, TEA)
    wait_banner(qtbot, bench, Level.PROMPT, "scale")
    window.findChild(QAction, "putDown").trigger()
    wait_banner(qtbot, bench, Level.BAD, "not weighed")
    assert window.pack_view.view is not None and window.pack_view.view.number == NUMBER
    window.findChild(QAction, "refresh").trigger()

    def packed_here() -> bool:
        rows = {row.number: row for row in window.queue_model.rows}
        return rows[NUMBER].state is OrderState.PACKED

    qtbot.waitUntil(packed_here)
    rows = {row.number: row for row in window.queue_model.rows}
    assert "bench-1" in window.queue_model.data(
        window.queue_model.index(window.queue_model.row_of(rows[NUMBER].shipment_id), 6)
    )
    scanner_burst(window, other)
    wait_banner(qtbot, bench, Level.BAD, "not weighed")
    window.findChild(QAction, "undoScan").trigger()  # the unit comes out again
    wait_banner(qtbot, bench, Level.PROMPT, "UNDONE")
    assert window.pack_view.view is not None
    assert window.pack_view.view.state is OrderState.PACKING
    window.findChild(QAction, "putDown").trigger()
    wait_banner(qtbot, bench, Level.INFO, "put down")
    assert window.pack_view.view is None


def test_a_scale_fault_shows_in_the_status_bar_with_advice(
    qtbot, open_bench, with_devices, scale: ScaleSimulator
) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench()
    scale.overload = True
    qtbot.waitUntil(lambda: device_health(bench, Device.SCALE) is Health.FAULT, timeout=5000)
    label = bench.window.devices.bar.labels[Device.SCALE]
    assert "capacity" in label.toolTip()
    advice = bench.window.pack_view.weight.advice
    assert advice.isVisibleTo(bench.window) and "capacity" in advice.text()
    scale.overload = False
    qtbot.waitUntil(lambda: device_health(bench, Device.SCALE) is Health.READY, timeout=5000)
    assert not advice.isVisibleTo(bench.window)


def test_a_test_page_out_of_paper_is_reported_not_printed(
    qtbot, open_bench, with_devices, receipt: PrinterSimulator
) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench()
    receipt.status = PrinterStatus(paper_end=True)
    bench.window.findChild(QAction, "testPage").trigger()
    wait_banner(qtbot, bench, Level.BAD, "paper")
    assert receipt.jobs == []
    assert device_health(bench, Device.RECEIPT) is Health.FAULT
    receipt.status = PrinterStatus()
    bench.window.findChild(QAction, "testPage").trigger()
    wait_banner(qtbot, bench, Level.GOOD, "Printed")
    assert len(receipt.wait_for_jobs(1, 5)) == 1


def test_a_restart_stops_the_devices_off_the_gui_thread_printing_what_was_queued(
    qtbot, open_bench, with_devices, receipt: PrinterSimulator
) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench()
    devices = bench.window.devices
    qtbot.waitUntil(lambda: device_health(bench, Device.RECEIPT) is Health.READY, timeout=5000)
    old = devices.hub.printers[Device.RECEIPT]
    told: list[str] = []

    def slow(service) -> str:  # type: ignore[no-untyped-def]
        time.sleep(1)  # a printer slow to answer
        return "slow"

    def test_page(service) -> str:  # type: ignore[no-untyped-def]
        print_test_on(service, "bench-1", translate)
        return "test page"

    old.submit(slow, told.append)
    old.submit(test_page, told.append)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    began = time.monotonic()
    devices.restart(bench.services.settings)
    assert time.monotonic() - began < 0.5  # the GUI thread did not wait for the printer
    assert device_health(bench, Device.RECEIPT) is Health.BUSY
    assert "restarting" in devices.bar.labels[Device.RECEIPT].text()
    assert "restarting" in devices.bar.labels[Device.SCALE].text()
    def new_printer() -> bool:
        return devices.hub.printers.get(Device.RECEIPT) not in (None, old)

    qtbot.waitUntil(new_printer, timeout=8000)
    timer.stop()
    assert told == ["slow", "test page"]  # printed, and said, before the new printer started
    assert len(receipt.wait_for_jobs(1, 5)) == 1
    assert len(ticks) >= 10  # the event loop ran while the printer finished (blocked: 1 or 2)
    qtbot.waitUntil(lambda: device_health(bench, Device.RECEIPT) is Health.READY, timeout=5000)
    qtbot.waitUntil(lambda: device_health(bench, Device.SCALE) is Health.READY, timeout=5000)


def test_device_dialog_reads_the_scale_and_checks_a_scan(
    qtbot, open_bench, with_devices, scale: ScaleSimulator
) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench()
    scale.set_weight(Decimal(640))
    bench.window.devices.hub.stop()  # as the Devices action does while its dialog is open
    dialog = DeviceDialog(bench.services.settings, bench.window.devices._run_test, bench.window)
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.scale.findChild(QPushButton, "testButton").click()
    qtbot.waitUntil(lambda: "640 g" in dialog.scale.result.text(), timeout=5000)
    scanner_burst(dialog, TEST_CODE)
    qtbot.waitUntil(lambda: "✔" in dialog.scanner.result.text(), timeout=5000)
    assert dialog.tabs.currentWidget() is dialog.scanner
    settings = dialog.result_settings()
    assert settings.scale.port == scale.path and settings.receipt_printer.enabled
    dialog.reject()


def test_selftest_dialog_reports_every_device(qtbot, open_bench, with_devices) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench()
    dialog = SelftestDialog(bench.window.devices.run_selftest, bench.window)
    qtbot.addWidget(dialog)
    dialog.accept_scan(TEST_CODE)
    dialog.start_run()
    qtbot.waitUntil(lambda: dialog.report.count() == 4, timeout=8000)
    lines = [dialog.report.item(i).text() for i in range(4)]
    assert lines[0].startswith("OK") and "Scale" in lines[0]
    assert lines[3].startswith("—") and "Label printer" in lines[3]


def test_a_serial_scanner_opens_and_counts_like_a_wedge_scan(
    qtbot, open_bench, settings_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with ScannerSimulator(ScanFraming(suffix="\r")) as scanner:
        settings = settings_store.load(settings_path)
        settings.serial_scanner = ScannerSettings(enabled=True, port=scanner.path, suffix="\r")
        settings_store.save(settings, settings_path)
        bench = open_bench(rakuten(NUMBER, ("TEA", 1)))
        qtbot.waitUntil(lambda: device_health(bench, Device.SCANNER) is Health.READY, timeout=5000)
        scanner.scan(NUMBER, chunks=3)
        wait_banner(qtbot, bench, Level.INFO, NUMBER)
        scanner.scan(TEA)
        wait_banner(qtbot, bench, Level.DONE, "PACKED")
