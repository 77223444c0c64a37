"""The "test" buttons of the device settings, and the lists their choices come from.

Each test is blocking (run it on a worker) and answers with a message for the packer: what
happened, and what to fix when something is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from serial.tools import list_ports

from packstation.app.device_settings import PrinterSettings, ScaleSettings
from packstation.app.device_status import Device
from packstation.app.printing import PrintService, outcome_message
from packstation.app.scale import read_stable
from packstation.devices.printers.barcode_bars import bars_bitmap, code128_pattern
from packstation.devices.printers.jobs import JobState
from packstation.devices.scale.registry import NAMES
from packstation.devices.scanner.layout_check import TEST_CODE, check_scan
from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message, Translate, untranslated
from packstation.domain.weights import show_grams

if TYPE_CHECKING:
    from PIL import Image

WEIGHT_READ = QT_TRANSLATE_NOOP("Devices", "The scale reads {weight} g, stable.")
NO_PORT = QT_TRANSLATE_NOOP("Devices", "Choose the port or address first.")


def serial_ports() -> list[str]:
    return sorted(port.device for port in list_ports.comports())


def scale_protocols() -> tuple[str, ...]:
    return tuple(NAMES)


def escpos_profiles() -> list[str]:
    from packstation.devices.printers.escpos_profiles import profile_names

    return profile_names()


@dataclass(frozen=True, slots=True)
class TestResult:
    __test__ = False  # not a pytest test class

    ok: bool
    message: Message


def read_weight(settings: ScaleSettings, timeout: float = 3.0) -> TestResult:
    if not settings.port:
        return TestResult(False, NO_PORT())
    grams, problem = read_stable(settings, timeout)
    if grams is None:
        assert problem is not None
        return TestResult(False, problem)
    return TestResult(True, WEIGHT_READ(weight=show_grams(grams)))


def print_test(
    device: Device, settings: PrinterSettings, station: str, translate: Translate = untranslated
) -> TestResult:
    if not settings.address:
        return TestResult(False, NO_PORT())
    return print_test_on(PrintService(device, settings), station, translate)


def print_test_on(
    service: PrintService, station: str, translate: Translate = untranslated
) -> TestResult:
    """A test page through a printer's own service (its ledger, its status in the bar), its
    texts in the station's language."""
    try:
        job = service.test_job(station, datetime.now(), translate)
        outcome = service.print_job(job)
    except DomainError as error:
        return TestResult(False, error.message)
    return TestResult(outcome.state is JobState.PRINTED, outcome_message(job, outcome))


def scan_check(received: str) -> TestResult:
    verdict = check_scan(received)
    return TestResult(verdict.ok, verdict.message)


def scanner_check_barcode(module: int = 2, height: int = 60) -> Image.Image:
    """The scanner check's test barcode (Code 128 of TEST_CODE) as a picture."""
    return bars_bitmap(code128_pattern(TEST_CODE), module, height).to_image()
