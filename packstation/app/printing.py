"""The station's printers as the settings describe them: a connection, a language, the paper.

`PrintService` is plain blocking code for one printer; the app gives each printer its own
thread (`device_workers.PrinterWorker`). Jobs go through `devices.printers.jobs.Printer`, which
asks the printer's status before and after sending and never resends a job that may have
printed unless the packer confirms.
"""

from __future__ import annotations

import io
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from packstation.app.device_settings import PrinterSettings
from packstation.app.device_status import PRINTING, READY, Device, DeviceStatus, Health
from packstation.devices.printers import tspl, zpl
from packstation.devices.printers.connections import (
    Connection,
    ConnectionSpec,
    PrinterError,
    StatusUnavailable,
    open_connection,
)
from packstation.devices.printers.jobs import (
    JobLedger,
    JobOutcome,
    JobState,
    Printer,
    PrintJob,
    not_ready_reason,
)
from packstation.devices.printers.label_media import LabelMedia
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.scanner.layout_check import TEST_CODE
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message, Translate, untranslated

if TYPE_CHECKING:
    from packstation.devices.printers.raster import Bitmap

PRINTED = QT_TRANSLATE_NOOP("Devices", "Printed: {job}")
PRINTED_UNCHECKED = QT_TRANSLATE_NOOP("Devices", "Sent: {job}. {reason}")
NOT_PRINTED = QT_TRANSLATE_NOOP("Devices", "Not printed: {reason}")
STATUS_UNKNOWN = QT_TRANSLATE_NOOP("Devices", "sends without status")
TEST_PAGE = QT_TRANSLATE_NOOP("Devices", "test page")
PAPER_LOW = QT_TRANSLATE_NOOP("Devices", "paper running low")
PAPER_LOW_ADVICE = QT_TRANSLATE_NOOP(
    "Devices", "The printer's paper is nearly out: have a new roll ready and load it soon."
)
SCANNER_CHECK = QT_TRANSLATE_NOOP("Devices", "Scanner check: scan this code in the self-test")


class PrintService:
    def __init__(self, device: Device, settings: PrinterSettings) -> None:
        self.device = device
        self.settings = settings
        self.printer = Printer(self._connect, settings.language)
        self._status = DeviceStatus(device, Health.BUSY, READY())

    # -- the printer ------------------------------------------------------------------------------
    def _connect(self) -> Connection:
        settings = self.settings
        serial = (
            settings.serial.config(settings.address) if settings.connection == "serial" else None
        )
        return open_connection(ConnectionSpec(settings.connection, settings.address, serial))

    def media(self) -> LabelMedia:
        s = self.settings
        return LabelMedia(s.label_width_mm, s.label_height_mm, s.dpi, s.media, s.gap_mm, s.darkness)

    def check(self) -> DeviceStatus:
        """Ask the printer how it is, for the status bar and the self-test."""
        try:
            status = self.printer.status()
        except StatusUnavailable:
            return self._set(Health.READY, STATUS_UNKNOWN())
        except PrinterError as error:
            return self._set(Health.FAULT, error.message)
        return self._show(status)

    def _show(self, status: PrinterStatus) -> DeviceStatus:
        reason = not_ready_reason(status)
        if reason is not None:
            return self._set(Health.FAULT, reason)
        if status.paper_near_end:
            self._status = DeviceStatus(self.device, Health.BUSY, PAPER_LOW(), PAPER_LOW_ADVICE())
            return self._status
        return self._set(Health.READY, READY())

    def reported_dpi(self) -> int | None:
        """The resolution the printer reports (ZPL `~HI`); None where the language has no way
        to tell, or the printer does not say."""
        if self.settings.language != "zpl":
            return None
        connection = self._connect()
        try:
            reply = connection.query(zpl.identity_query(), zpl.identity_end, 2.0)
            return zpl.parse_identity_dpi(reply)
        except (PrinterError, ValueError):
            return None
        finally:
            connection.close()

    def busy(self) -> DeviceStatus:
        return DeviceStatus(self.device, Health.BUSY, PRINTING())

    def last_status(self) -> DeviceStatus:
        return self._status

    def _set(self, health: Health, message: Message) -> DeviceStatus:
        if health is Health.FAULT:
            self._status = DeviceStatus(self.device, health, message, message)
        else:
            self._status = DeviceStatus(self.device, health, message)
        return self._status

    # -- jobs ---------------------------------------------------------------------------------------
    def print_job(
        self, job: PrintJob, *, confirmed: bool = False, ledger: JobLedger | None = None
    ) -> JobOutcome:
        """Send one job; `ledger` keeps its state when the printer's own does not (a parcel's
        document's, in the database)."""
        outcome = self.printer.retry(job, confirmed, ledger)
        if outcome.state is JobState.PRINTED:
            after = outcome.status_after or outcome.status_before
            if after is None:  # the link cannot tell
                self._set(Health.READY, READY())
            else:
                self._show(after)
        else:
            self._set(Health.FAULT, outcome.reason or NOT_PRINTED(reason=""))
        return outcome

    def label_job(self, bitmap: Bitmap, job_id: str, description: str) -> PrintJob:
        """A label raster in the printer's language; refused when it does not fit the media."""
        from packstation.devices.printers.escpos_job import ReceiptJob
        from packstation.devices.printers.escpos_profiles import profile_info

        media = self.media()
        media.check_fits(bitmap)
        language = self.settings.language
        if language == "zpl":
            payload = zpl.encode_label(bitmap, media)
        elif language == "tspl":
            payload = tspl.encode_label(bitmap, media)
        elif language == "pdf":
            payload = label_pdf(bitmap, media.dpi)
        else:
            payload = (
                ReceiptJob(profile_info(self.settings.profile, fallback_width=media.width_dots))
                .init()
                .image(bitmap)
                .cut()
                .bytes()
            )
        return PrintJob(job_id, payload, description)

    def test_job(
        self, station: str, now: datetime, translate: Translate = untranslated
    ) -> PrintJob:
        from packstation.devices.printers.calibration_label import render_test_label
        from packstation.devices.printers.escpos_job import ReceiptJob
        from packstation.devices.printers.escpos_profiles import profile_info

        job_id = f"test-{self.device.value}-{uuid.uuid4().hex[:12]}"
        lines = [station, now.strftime("%Y-%m-%d %H:%M"), self._describe()]
        if self.device is Device.LABEL:
            bitmap = render_test_label(self.media(), station=station, lines=lines)
            return self.label_job(bitmap, job_id, TEST_PAGE().render(translate))
        info = profile_info(self.settings.profile, fallback_width=self.settings.paper_width_dots)
        receipt = ReceiptJob(info, self.settings.text_mode).init()
        receipt.text("packstation", bold=True, size=(2, 2), align="center")
        receipt.text("テスト印刷 納品書", align="center")
        receipt.text("Тестовая печать: упаковочный лист", align="center")
        for line in lines:
            receipt.text(line)
        receipt.barcode_code128("PS-TEST-0001").qr("https://example.com/packstation", 5)
        receipt.text(SCANNER_CHECK().render(translate), bold=True)
        # 26 characters of Code 128 need 704 dots at the smallest module: wider than 80 mm
        # paper. The QR code serves 2-D scanners; the self-test shows the Code 128 on screen.
        receipt.qr(TEST_CODE, 4)
        return PrintJob(job_id, receipt.line_feed(2).cut().bytes(), TEST_PAGE().render(translate))

    def _describe(self) -> str:
        s = self.settings
        return f"{s.language} · {s.connection} {s.address} · {s.dpi} dpi"


def label_pdf(bitmap: Bitmap, dpi: int) -> bytes:
    """The label as a one-page PDF of exactly its size, for a CUPS queue with a driver."""
    buffer = io.BytesIO()
    bitmap.to_image().save(buffer, "PDF", resolution=dpi)
    return buffer.getvalue()


def outcome_message(job: PrintJob, outcome: JobOutcome) -> Message:
    if outcome.state is JobState.PRINTED:
        if not outcome.status_checked and outcome.reason is not None:
            return PRINTED_UNCHECKED(job=job.name, reason=outcome.reason)
        return PRINTED(job=job.name)
    return NOT_PRINTED(reason=outcome.reason) if outcome.reason else NOT_PRINTED(reason="")
