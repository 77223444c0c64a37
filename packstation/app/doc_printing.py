"""A parcel's slip and waybill, rendered for the station's printers and recorded.

The parcel and the copy's number are loaded on the database worker (`prepare`); rendering,
sending and the print ledger's rows run on the printer's own thread (`print_document`), the
intent committed before the first byte goes out. A document already printed (or maybe
printed) for a parcel is not printed again unless the packer asks for a reprint, and a
reprint is marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from packstation.app.context import Station
from packstation.app.device_settings import PrinterSettings
from packstation.app.device_status import Device
from packstation.app.documents import Documents, slip_data, waybill_data
from packstation.app.print_ledger import DocumentLedger
from packstation.app.printing import PrintService
from packstation.app.settings import Settings
from packstation.devices.printers.jobs import JobOutcome, PrintJob
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.store.database import Database
from packstation.store.print_ledger import printed_copies
from packstation.store.shipping import Parcel

SLIP, WAYBILL = "slip", "waybill"
KIND_NAMES = {
    SLIP: QT_TRANSLATE_NOOP("Documents", "packing slip"),
    WAYBILL: QT_TRANSLATE_NOOP("Documents", "waybill"),
}


@dataclass(frozen=True, slots=True)
class Document:
    """One copy of a parcel's document to print, a reprint or not."""

    parcel: Parcel
    kind: str
    copy: int
    reprint: bool


@dataclass(frozen=True, slots=True)
class Printout:
    """What was sent and how it went (the ledger has recorded it)."""

    document: Document
    job: PrintJob
    outcome: JobOutcome


def next_copy(db: Database, shipment_id: int, kind: str) -> int:
    with db.engine.connect() as connection:
        return printed_copies(connection, shipment_id, kind) + 1


def prepare(
    db: Database, settings: Settings, shipment_id: int, kind: str, reprint: bool
) -> Document | None:
    """On the database worker: the next copy with its parcel; None when the document was (or
    may have been) printed and this is not a reprint: only the packer prints it again."""
    copy = next_copy(db, shipment_id, kind)
    if copy > 1 and not reprint:
        return None
    return Document(Documents(db, settings).parcel(shipment_id), kind, copy, reprint)


def render_job(
    service: PrintService, parcel: Parcel, kind: str, settings: Settings, day: date, copy: int
) -> PrintJob:
    """The document as the printer's bytes (a label raster, ESC/POS, or a PDF for CUPS). The
    waybill of a parcel the marketplace made a label for (Ozon FBS) is that label."""
    from packstation.devices.printers.escpos_profiles import profile_info
    from packstation.documents.rasterize import fit_marketplace_label, pdf_to_bitmap
    from packstation.documents.slip_pdf import render_slip_pdf
    from packstation.documents.slip_receipt import render_slip_receipt
    from packstation.documents.waybill import render_waybill

    job_id = f"{kind}-{parcel.shipment_id}-{copy}"
    description = f"{kind} {parcel.label}" + (f" #{copy}" if copy > 1 else "")
    printer = service.settings
    if kind == WAYBILL and parcel.marketplace_label is not None:
        if printer.language == "pdf":
            return PrintJob(job_id, parcel.marketplace_label, description)
        media = service.media()
        bitmap = fit_marketplace_label(
            parcel.marketplace_label, media.width_dots, media.height_dots, printer.dpi
        )
        return service.label_job(bitmap, job_id, description)
    if kind == WAYBILL:
        pdf = render_waybill(waybill_data(parcel, settings, day), dpi=printer.dpi)
        if printer.language == "pdf":
            return PrintJob(job_id, pdf, description)
        return service.label_job(pdf_to_bitmap(pdf, printer.dpi), job_id, description)
    data = slip_data(parcel, settings, day)
    if printer.language == "pdf":
        return PrintJob(job_id, render_slip_pdf(data, "A4"), description)
    profile = profile_info(printer.profile, fallback_width=printer.paper_width_dots)
    width = "58mm" if profile.width_dots <= 384 else "80mm"
    return PrintJob(
        job_id, render_slip_receipt(data, profile, printer.text_mode, width), description
    )


def print_document(
    service: PrintService,
    db: Database,
    station: Station,
    document: Document,
    settings: Settings,
    day: date,
) -> Printout:
    """On the printer's thread: render and send one copy, kept in the print ledger. A reprint
    is the packer's confirmed choice; without it a job that may have printed is not sent
    again."""
    parcel = document.parcel
    job = render_job(service, parcel, document.kind, settings, day, document.copy)
    ledger = DocumentLedger(
        db,
        station,
        printer=service.settings.address,
        shipment_id=parcel.shipment_id,
        kind=document.kind,
        copy=document.copy,
        reprint=document.reprint,
    )
    outcome = service.print_job(job, confirmed=document.reprint, ledger=ledger)
    return Printout(document, job, outcome)


def document_printer(settings: Settings) -> PrinterSettings | None:
    """The station's printer for A4 documents: the slip printer when it takes PDF (a CUPS
    queue); None when the station has none."""
    printer = settings.receipt_printer
    return printer if printer.enabled and printer.language == "pdf" else None


def print_pdf(printer: PrinterSettings, pdf: bytes, job_id: str, description: str) -> JobOutcome:
    """On a printing thread: an A4 document (the handover manifest) to the document printer."""
    return PrintService(Device.RECEIPT, printer).print_job(PrintJob(job_id, pdf, description))
