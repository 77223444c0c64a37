"""Station self-test: every configured device checked end to end, and what to fix.

- scale: it answers, and is stable at zero with nothing on it;
- printers: each answers its status query, online with paper and the cover closed; a ZPL
  printer also reports its resolution, which must be the one in the settings;
- scanner: the test barcode (printed on the slip printer's test page, or shown on screen)
  is scanned and checked for a wrong keyboard layout, a missing or extra suffix.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from packstation.app.device_settings import PrinterSettings
from packstation.app.device_status import DEVICE_NAMES, Device
from packstation.app.printing import PrintService
from packstation.app.scale import read_stable
from packstation.app.settings import Settings
from packstation.devices.printers.connections import PrinterError, StatusUnavailable
from packstation.devices.printers.jobs import not_ready_reason
from packstation.devices.scanner.layout_check import check_scan
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.weights import show_grams

ZERO_TOLERANCE = Decimal(2)  # grams a scale may show with nothing on it

NOT_SET_UP = QT_TRANSLATE_NOOP("Self-test", "not set up at this station")
SCALE_OK = QT_TRANSLATE_NOOP("Self-test", "answers, stable at zero")
SCALE_NOT_ZERO = QT_TRANSLATE_NOOP(
    "Self-test",
    "reads {weight} g with nothing on it: take everything off the scale and zero it.",
)
PRINTER_OK = QT_TRANSLATE_NOOP("Self-test", "online, paper loaded, cover closed")
PRINTER_UNCHECKED = QT_TRANSLATE_NOOP(
    "Self-test", "cannot report its status over this connection: print a test page to check it"
)
WRONG_DPI = QT_TRANSLATE_NOOP(
    "Self-test",
    "prints at {actual} dpi but the settings say {configured} dpi: correct the resolution "
    "in the device settings.",
)
NO_SCAN = QT_TRANSLATE_NOOP("Self-test", "no test scan: scan the test barcode to check it")


@dataclass(frozen=True, slots=True)
class Check:
    device: Device
    ok: bool | None  # None: not set up, or not checked
    message: Message

    def render(self, translate: Callable[[str, str], str]) -> str:
        mark = {True: "OK  ", False: "FIX ", None: "—   "}[self.ok]
        name = DEVICE_NAMES[self.device]().render(translate)
        return f"{mark}{name}: {self.message.render(translate)}"


def run_selftest(settings: Settings, scanned: str | None) -> list[Check]:
    """Check every device; `scanned` is what arrived when the test barcode was scanned."""
    return [
        check_scale(settings),
        check_scanner(scanned),
        check_printer(Device.RECEIPT, settings.receipt_printer),
        check_printer(Device.LABEL, settings.label_printer),
    ]


def check_scale(settings: Settings) -> Check:
    scale = settings.scale
    if not (scale.enabled and scale.port):
        return Check(Device.SCALE, None, NOT_SET_UP())
    grams, problem = read_stable(scale, 3.0)
    if grams is None:
        assert problem is not None
        return Check(Device.SCALE, False, problem)
    if abs(grams) > ZERO_TOLERANCE:
        return Check(Device.SCALE, False, SCALE_NOT_ZERO(weight=show_grams(grams)))
    return Check(Device.SCALE, True, SCALE_OK())


def check_scanner(scanned: str | None) -> Check:
    if scanned is None:
        return Check(Device.SCANNER, None, NO_SCAN())
    verdict = check_scan(scanned)
    return Check(Device.SCANNER, verdict.ok, verdict.message)


def check_printer(device: Device, settings: PrinterSettings) -> Check:
    if not (settings.enabled and settings.address):
        return Check(device, None, NOT_SET_UP())
    service = PrintService(device, settings)
    try:
        status = service.printer.status()
    except StatusUnavailable:
        return Check(device, None, PRINTER_UNCHECKED())
    except PrinterError as error:
        return Check(device, False, error.message)
    reason = not_ready_reason(status)
    if reason is not None:
        return Check(device, False, reason)
    actual = service.reported_dpi()
    if actual is not None and actual != settings.dpi:
        return Check(device, False, WRONG_DPI(actual=actual, configured=settings.dpi))
    return Check(device, True, PRINTER_OK())
