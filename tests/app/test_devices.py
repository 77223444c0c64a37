"""The station's devices from its settings, driven against their simulators over real links."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
import zxingcpp

from packstation.app.device_settings import PrinterSettings, ScaleSettings, SerialSettings
from packstation.app.device_status import Device, Health
from packstation.app.device_tests import print_test, read_weight, scan_check, scanner_check_barcode
from packstation.app.printing import PrintService
from packstation.app.scale import Refusal, ScaleMonitor
from packstation.app.selftest import run_selftest
from packstation.app.settings import Settings
from packstation.devices.printers.jobs import JobState
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.simulator import PrinterSimulator
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.scale.reading import Reading, ScaleState
from packstation.devices.scale.simulator import ScaleSimulator
from packstation.devices.scanner.layout_check import TEST_CODE
from packstation.domain.errors import DomainError


@pytest.fixture
def scale() -> Iterator[ScaleSimulator]:
    with ScaleSimulator("mt-sics") as simulator:
        yield simulator


@pytest.fixture
def receipt(tmp_path: Path) -> Iterator[PrinterSimulator]:
    with PrinterSimulator("escpos", out_dir=tmp_path / "receipt") as simulator:
        yield simulator


@pytest.fixture
def label(tmp_path: Path) -> Iterator[PrinterSimulator]:
    with PrinterSimulator("zpl", out_dir=tmp_path / "label") as simulator:
        yield simulator


def scale_settings(simulator: ScaleSimulator) -> ScaleSettings:
    return ScaleSettings(enabled=True, protocol="mt-sics", port=simulator.path)


def printer(simulator: PrinterSimulator, language: str, **values: object) -> PrinterSettings:
    address = f"127.0.0.1:{simulator.port}"
    return PrinterSettings(enabled=True, language=language, address=address, **values)  # type: ignore[arg-type]


def test_read_weight_reports_a_stable_weight(scale: ScaleSimulator) -> None:
    scale.set_weight(Decimal("1234.5"))
    result = read_weight(scale_settings(scale))
    assert result.ok and "1235 g" in result.message.render()


def test_read_weight_says_what_to_do_about_an_overload(scale: ScaleSimulator) -> None:
    scale.overload = True
    result = read_weight(scale_settings(scale))
    assert not result.ok and "capacity" in result.message.render()


REFUSED_7E1 = "does not take 9600 baud, 7 data bits, parity even, stop bits 1"


def seven_e_one(simulator: ScaleSimulator) -> ScaleSettings:
    """A Toledo scale's 7E1 on a pty, which takes 8 data bits, no parity, only."""
    serial = SerialSettings(bytesize=7, parity="even")
    return ScaleSettings(
        enabled=True, protocol="toledo-8217", port=simulator.path, serial=serial
    )


def test_read_weight_says_which_settings_the_port_refuses(scale: ScaleSimulator) -> None:
    result = read_weight(seven_e_one(scale), timeout=0.5)
    text = result.message.render()
    assert not result.ok and text.startswith("Serial settings refused: ")
    assert f"The port {scale.path} is there but {REFUSED_7E1}" in text
    assert "serial adapter that takes 9600 baud, 7 data bits" in text


def test_a_missing_port_still_reads_not_connected(tmp_path: Path) -> None:
    settings = ScaleSettings(enabled=True, protocol="mt-sics", port=str(tmp_path / "gone"))
    result = read_weight(settings, timeout=0.5)
    assert not result.ok and result.message.render().startswith("Not connected: ")


def test_the_device_bar_says_which_settings_the_port_refuses(scale: ScaleSimulator) -> None:
    status = ScaleMonitor(seven_e_one(scale)).feed(Reading(ScaleState.REFUSED, None), 0.0).status
    assert status is not None and status.health is Health.FAULT and status.advice is not None
    assert status.message.render() == "Serial settings refused"
    assert REFUSED_7E1 in status.advice.render()


def test_monitor_captures_each_parcel_once_and_reports_faults() -> None:
    monitor = ScaleMonitor(ScaleSettings(min_grams=20, capture_hold_ms=500))
    weigh = [(0.0, "640"), (0.2, "640"), (0.6, "640"), (0.9, "640"), (1.2, "640")]
    captured = [
        monitor.feed(Reading(ScaleState.STABLE, Decimal(grams)), now).captured
        for now, grams in weigh
    ]
    assert [c for c in captured if c is not None] == [Decimal(640)]
    assert monitor.stable_weight == Decimal(640)
    fault = monitor.feed(Reading(ScaleState.UNPLUGGED, None), 2.0).status
    assert fault is not None and fault.health is Health.FAULT and fault.advice is not None
    assert monitor.stable_weight is None
    same = monitor.feed(Reading(ScaleState.UNPLUGGED, None), 2.1)
    assert same.status is None  # the status bar is only told of changes


def on_scale(monitor: ScaleMonitor, *weights: str) -> None:
    for now, grams in enumerate(weights):
        monitor.feed(Reading(ScaleState.STABLE, Decimal(grams)), float(now))


def test_a_parcel_left_on_the_scale_is_not_the_next_orders_weight() -> None:
    monitor = ScaleMonitor(ScaleSettings(min_grams=20))
    on_scale(monitor, "0", "559", "559")
    assert monitor.take(1, "A").grams == Decimal(559)
    assert monitor.take(1, "A").grams == Decimal(559)  # a re-weigh of the same parcel
    refused = monitor.take(2, "B")
    assert refused.grams is None and refused.refusal is Refusal.OCCUPIED
    assert refused.message is not None and "OFF THE SCALE" in refused.message.render()
    assert "order A's" in refused.message.render()
    on_scale(monitor, "575")  # a similar weight, never off the scale: still A's
    assert monitor.take(2, "B").refusal is Refusal.OCCUPIED
    update = monitor.feed(Reading(ScaleState.STABLE, Decimal(0)), 9.0)
    assert update.emptied
    assert monitor.take(2, "B").refusal is Refusal.EMPTY
    on_scale(monitor, "160")
    assert monitor.take(2, "B").grams == Decimal(160)


def test_a_changed_weight_is_another_parcel_and_a_found_one_must_be_put_on_again() -> None:
    monitor = ScaleMonitor(ScaleSettings(min_grams=20))
    on_scale(monitor, "559")  # on the scale before the bench started
    found = monitor.take(1, "A")
    assert found.refusal is Refusal.OCCUPIED and "before the bench started" in str(found.message)
    on_scale(monitor, "800")  # another parcel added or swapped: beyond the tolerance
    assert monitor.take(1, "A").grams == Decimal(800)
    on_scale(monitor, "900")
    assert monitor.take(2, "B").grams == Decimal(900)


def test_a_typed_weight_claims_what_lies_on_the_scale() -> None:
    monitor = ScaleMonitor(ScaleSettings(min_grams=20))
    on_scale(monitor, "0", "640")
    monitor.claim(1, "A")
    assert monitor.take(2, "B").refusal is Refusal.OCCUPIED
    monitor.feed(Reading(ScaleState.MOTION, Decimal(300)), 5.0)
    assert monitor.take(2, "B").refusal is Refusal.NOT_STABLE


def test_receipt_test_page_prints_japanese_and_russian(receipt: PrinterSimulator) -> None:
    result = print_test(Device.RECEIPT, printer(receipt, "escpos"), "bench-1")
    assert result.ok, result.message.render()
    (job,) = receipt.wait_for_jobs(1, 5)
    assert job.complete
    decoded = [b.text for image in job.images for b in zxingcpp.read_barcodes(image)]
    assert "PS-TEST-0001" in decoded
    assert "bench-1" in job.text


def test_receipt_out_of_paper_is_not_printed_and_says_so(receipt: PrinterSimulator) -> None:
    receipt.status = PrinterStatus(paper_end=True)
    result = print_test(Device.RECEIPT, printer(receipt, "escpos"), "bench-1")
    assert not result.ok and "paper" in result.message.render()
    assert receipt.jobs == []


def test_label_test_page_comes_back_readable(label: PrinterSimulator) -> None:
    result = print_test(Device.LABEL, printer(label, "zpl"), "bench-1")
    assert result.ok, result.message.render()
    (job,) = label.wait_for_jobs(1, 5)
    assert job.images[0].size == (800, 1200)
    assert "PS-TEST-0001" in [b.text for b in zxingcpp.read_barcodes(job.images[0])]


def test_a_label_larger_than_the_media_is_refused(label: PrinterSimulator) -> None:
    service = PrintService(Device.LABEL, printer(label, "tspl", label_height_mm=100.0))
    too_tall = Bitmap(800, 1200, bytes(100 * 1200))
    with pytest.raises(DomainError) as refused:
        service.label_job(too_tall, "waybill-1", "waybill")
    assert "100" in refused.value.message.render() and "150" in refused.value.message.render()


def test_selftest_passes_a_ready_station(
    scale: ScaleSimulator, receipt: PrinterSimulator, label: PrinterSimulator
) -> None:
    settings = Settings(
        scale=scale_settings(scale),
        receipt_printer=printer(receipt, "escpos"),
        label_printer=printer(label, "zpl"),
    )
    checks = run_selftest(settings, TEST_CODE)
    assert [check.ok for check in checks] == [True, True, True, True]


def test_selftest_says_what_to_fix(
    scale: ScaleSimulator, receipt: PrinterSimulator, label: PrinterSimulator
) -> None:
    scale.set_weight(Decimal(300))
    receipt.status = PrinterStatus(cover_open=True)
    settings = Settings(
        scale=scale_settings(scale),
        receipt_printer=printer(receipt, "escpos"),
        label_printer=printer(label, "zpl", dpi=300),
    )
    jis = TEST_CODE.replace("@", '"')  # what a US-layout scanner types on a JIS keyboard
    scale_check, scanner, slip, labels = run_selftest(settings, jis)
    assert scale_check.ok is False and "300 g" in scale_check.message.render()
    assert scanner.ok is False
    assert slip.ok is False and "cover" in slip.message.render()
    assert labels.ok is False and "203 dpi" in labels.message.render()
    texts = [check.render(lambda context, text: text) for check in (scale_check, slip)]
    assert all(text.startswith("FIX") for text in texts)


def test_selftest_says_which_settings_the_scale_port_refuses(scale: ScaleSimulator) -> None:
    scale_check = run_selftest(Settings(scale=seven_e_one(scale)), None)[0]
    assert scale_check.ok is False and REFUSED_7E1 in scale_check.message.render()


def test_selftest_without_devices_says_none_are_set_up() -> None:
    checks = run_selftest(Settings(), None)
    assert [check.ok for check in checks] == [None, None, None, None]


def test_scanner_check_and_its_test_barcode() -> None:
    assert scan_check(TEST_CODE).ok
    assert not scan_check(TEST_CODE.upper()).ok
    image = scanner_check_barcode()
    assert [b.text for b in zxingcpp.read_barcodes(image)] == [TEST_CODE]


def test_paper_running_low_prints_and_warns(receipt: PrinterSimulator) -> None:
    receipt.status = PrinterStatus(paper_near_end=True)
    service = PrintService(Device.RECEIPT, printer(receipt, "escpos"))
    assert service.check().health is Health.BUSY
    outcome = service.print_job(service.test_job("bench-1", datetime.now()))
    assert outcome.state is JobState.PRINTED and len(receipt.wait_for_jobs(1, 5)) == 1
    status = service.last_status()
    assert status.health is Health.BUSY and status.advice is not None
    assert "roll" in status.advice.render()
