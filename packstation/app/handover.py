"""The end-of-day handover to a carrier: open (or resume) the carrier's handover of the day,
scan each parcel as it goes onto the truck, close it with the manifest of exactly the parcels
handed over, attach the signed receipt.

Each scan is committed with its verdict, so a crash mid-handover loses none, and a handover
left open is resumed where it stopped. A carrier has one open handover a day; after it closes
another can be opened for a second pickup. Parcels missing at the close stay for the next.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from packstation.app.context import Station
from packstation.app.documents import Documents
from packstation.app.files import write_atomically
from packstation.app.ozon_reports import act_report
from packstation.app.packing import Level
from packstation.app.settings import Settings
from packstation.domain.audit import EventKind
from packstation.domain.errors import DomainError
from packstation.domain.handover import HandoverParcel, Judgement, Verdict, code_forms, judge
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.outbox import OZON_ACT
from packstation.store import handover as store
from packstation.store import outbox as outbox_store
from packstation.store.database import Database
from packstation.store.events import add_events, event_row

DATA_ENV = "PACKSTATION_DATA"

CLOSED = QT_TRANSLATE_NOOP(
    "Handover", "This handover was closed at {time}: open a new one for the next pickup."
)
MISSING = QT_TRANSLATE_NOOP(
    "Handover",
    "%n parcels of the list are not scanned: close only if they stay for the next pickup.",
    None,
    1,
)
NOT_A_RECEIPT = QT_TRANSLATE_NOOP(
    "Handover",
    "{file} is not a scan or a photo: attach a PDF, JPEG, PNG, TIFF, WebP or HEIC file.",
)
UNREADABLE = QT_TRANSLATE_NOOP("Handover", "{file} cannot be read: {error}")
ALL_SCANNED = QT_TRANSLATE_NOOP(
    "Handover", "{message} All %n parcels are scanned: close the handover.", None, 1
)
NO_HANDOVER = QT_TRANSLATE_NOOP("Handover", "There is no handover {id}.")

# How a receipt's file begins, and the name it is kept under.
_RECEIPT_KINDS = (
    (b"%PDF-", ".pdf"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"II*\x00", ".tif"),
    (b"MM\x00*", ".tif"),
)
_HEIF_BRANDS = (b"heic", b"heix", b"heif", b"mif1", b"msf1")


def data_folder() -> Path:
    """Where the app keeps its files (manifests, receipts): PACKSTATION_DATA, else the
    per-user data folder."""
    given = os.environ.get(DATA_ENV)
    return Path(given) if given else user_data_path("packstation", appauthor=False)


class HandoverError(DomainError):
    pass


class MissingParcels(HandoverError):
    """Closing would leave listed parcels behind and that was not confirmed."""

    def __init__(self, missing: list[HandoverParcel]) -> None:
        super().__init__(MISSING(n=len(missing)))
        self.missing = missing


@dataclass(frozen=True, slots=True)
class ListedParcel:
    shipment_id: int
    label: str
    tracking: str  # as the carrier prints it
    scanned_at: datetime | None


@dataclass(frozen=True, slots=True)
class HandoverView:
    handover_id: int
    carrier: str
    day: date
    opened_at: datetime
    closed_at: datetime | None
    parcels: tuple[ListedParcel, ...]
    manifest: Path | None
    receipt_name: str

    @property
    def scanned(self) -> int:
        return sum(parcel.scanned_at is not None for parcel in self.parcels)

    @property
    def missing(self) -> list[ListedParcel]:
        return [parcel for parcel in self.parcels if parcel.scanned_at is None]


@dataclass(frozen=True, slots=True)
class ScanResult:
    level: Level
    message: Message
    verdict: Verdict | None  # None: the handover was closed
    view: HandoverView


@dataclass(frozen=True, slots=True)
class CloseResult:
    view: HandoverView
    handed_over: int
    missing: list[ListedParcel]
    manifest: Path
    pdf: bytes


def receipt_suffix(head: bytes) -> str | None:
    """The file name suffix of a scan or photo that begins so; None for anything else."""
    for magic, suffix in _RECEIPT_KINDS:
        if head.startswith(magic):
            return suffix
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return ".heic"
    return None


class HandoverService:
    def __init__(
        self,
        db: Database,
        station: Station,
        settings: Settings,
        folder: Path,
        ozon_posting: Callable[[str], str | None] | None = None,
    ) -> None:
        self.db = db
        self.station = station
        self.settings = settings
        self.folder = folder
        # An Ozon label barcode → its posting number, asked of Ozon (get-by-barcode) for a
        # code no parcel here carries; None: not connected.
        self.ozon_posting = ozon_posting

    # -- open and look -----------------------------------------------------------------------------
    def open(self, carrier: str, day: date) -> HandoverView:
        """The carrier's open handover of the day, resumed; a new one when there is none."""
        with self.db.engine.begin() as connection:
            row = store.find_open(connection, carrier, day)
            if row is not None:
                return self._view(connection, row.id)
        try:
            with self.db.engine.begin() as connection:
                at = self.station.now()
                handover_id = store.create(
                    connection, carrier, day, at, self.station.name, self.station.operator
                )
                add_events(connection, [self._event(handover_id, carrier, day, "opened")])
                return self._view(connection, handover_id)
        except IntegrityError:  # another station opened it a moment ago: resume that one
            with self.db.engine.connect() as connection:
                row = store.find_open(connection, carrier, day)
                assert row is not None
                return self._view(connection, row.id)

    def view(self, handover_id: int) -> HandoverView:
        with self.db.engine.connect() as connection:
            return self._view(connection, handover_id)

    def _row(self, connection: Connection, handover_id: int):  # type: ignore[no-untyped-def]
        row = store.load(connection, handover_id)
        if row is None:
            raise HandoverError(NO_HANDOVER(id=handover_id))
        return row

    def _view(self, connection: Connection, handover_id: int) -> HandoverView:
        row = self._row(connection, handover_id)
        scanned = store.scans(connection, handover_id)
        parcels = tuple(
            ListedParcel(
                parcel.shipment_id,
                parcel.label,
                parcel.tracking,
                scanned[parcel.shipment_id].at if parcel.shipment_id in scanned else None,
            )
            for parcel in store.listed(connection, store.pickup(connection, row))
        )
        manifest = self.folder / row.manifest_name if row.manifest_name else None
        return HandoverView(
            row.id,
            row.carrier,
            row.day,
            row.opened_at,
            row.closed_at,
            parcels,
            manifest,
            row.receipt_name,
        )

    # -- scan --------------------------------------------------------------------------------------
    def scan(self, handover_id: int, code: str) -> ScanResult:
        """The verdict on a scanned code, recorded with it; a parcel taken is counted. At an
        Ozon handover, a label barcode no parcel here carries is looked up in Ozon: the
        posting it names stands for it."""
        code = self._ozon_label(handover_id, code)
        try:
            return self._scan(handover_id, code)
        except IntegrityError:  # the same parcel counted at another station just now
            return self._scan(handover_id, code)

    def _ozon_label(self, handover_id: int, code: str) -> str:
        if self.ozon_posting is None:
            return code
        with self.db.engine.connect() as connection:
            row = self._row(connection, handover_id)
            if row.carrier != "ozon" or store.by_code(connection, code_forms(code, "ozon")):
                return code
        return self.ozon_posting(code.strip()) or code  # asked outside any transaction

    def _scan(self, handover_id: int, code: str) -> ScanResult:
        with self.db.engine.begin() as connection:
            row = self._row(connection, handover_id)
            if row.closed_at is not None:
                view = self._view(connection, handover_id)
                message = CLOSED(time=row.closed_at.astimezone().strftime("%Y-%m-%d %H:%M"))
                return ScanResult(Level.BAD, message, None, view)
            pickup = store.pickup(connection, row)
            candidates = store.by_code(connection, code_forms(code, row.carrier))
            judgement = judge(code, candidates, pickup, store.scans(connection, handover_id))
            at = self.station.now()
            if judgement.accepted:
                assert judgement.parcel is not None
                store.add_scan(
                    connection,
                    handover_id,
                    judgement.parcel.shipment_id,
                    code.strip(),
                    at,
                    self.station.name,
                    self.station.operator,
                )
            add_events(connection, [self._scan_event(connection, row, code, judgement, at)])
            view = self._view(connection, handover_id)
        return ScanResult(*self._level(judgement, view), judgement.verdict, view)

    @staticmethod
    def _level(judgement: Judgement, view: HandoverView) -> tuple[Level, Message]:
        if not judgement.accepted:
            return Level.BAD, judgement.message
        if not view.missing:
            return Level.DONE, ALL_SCANNED(message=judgement.message, n=len(view.parcels))
        return Level.GOOD, judgement.message

    def _scan_event(
        self,
        connection: Connection,
        row,  # type: ignore[no-untyped-def]
        code: str,
        judgement: Judgement,
        at: datetime,
    ) -> dict:  # type: ignore[type-arg]
        parcel = judgement.parcel
        order_id = None
        if parcel is not None:
            order_id = store.order_ids(connection, [parcel.shipment_id])[parcel.shipment_id]
        return event_row(
            at,
            self.station.name,
            self.station.operator,
            EventKind.HANDOVER_SCAN,
            order_id=order_id,
            shipment_id=parcel.shipment_id if parcel is not None else None,
            code=code.strip()[:300],
            outcome=judgement.verdict.value,
            reason=f"{row.carrier} {row.day.isoformat()}",
            detail=f"handover {row.id}",
        )

    # -- close -------------------------------------------------------------------------------------
    def close(self, handover_id: int, *, allow_missing: bool = False) -> CloseResult:
        """The scanned parcels handed over to the carrier (now, recorded on each) and the
        manifest of exactly them written. Parcels of the list not scanned stay for the next
        handover, but only when `allow_missing` says so: else MissingParcels."""
        with self.db.engine.begin() as connection:
            before = self._view(connection, handover_id)
            if before.closed_at is not None:
                raise HandoverError(
                    CLOSED(time=before.closed_at.astimezone().strftime("%Y-%m-%d %H:%M"))
                )
            if before.missing and not allow_missing:
                pickup = store.pickup(connection, self._row(connection, handover_id))
                missing_ids = {parcel.shipment_id for parcel in before.missing}
                listed = store.listed(connection, pickup)
                raise MissingParcels([p for p in listed if p.shipment_id in missing_ids])
            at = self.station.now()
            if not store.close(connection, handover_id, at):
                raise HandoverError(CLOSED(time=at.astimezone().strftime("%Y-%m-%d %H:%M")))
            shipments = store.handed_over(connection, handover_id)
            orders = store.order_ids(connection, shipments)
            events = [
                event_row(
                    at,
                    self.station.name,
                    self.station.operator,
                    EventKind.HANDED_OVER,
                    order_id=orders[shipment_id],
                    shipment_id=shipment_id,
                    reason=before.carrier,
                    detail=f"handover {handover_id}",
                )
                for shipment_id in shipments
            ]
            outcome = "closed_with_missing" if before.missing else "closed"
            missing_labels = ", ".join(parcel.label for parcel in before.missing)
            event = self._event(
                handover_id, before.carrier, before.day, outcome, quantity=len(shipments)
            )
            if missing_labels:
                event["detail"] += f"; missing {missing_labels}"
            events.append(event)
            add_events(connection, events)
            if before.carrier == "ozon" and self.settings.ozon.enabled and shipments:
                postings = store.tracking_numbers(connection, shipments)
                key, payload = act_report(handover_id, before.day, postings)
                outbox_store.enqueue(connection, key, OZON_ACT, payload, at)
        path, pdf = self.write_manifest(handover_id)
        view = self.view(handover_id)
        return CloseResult(view, len(shipments), before.missing, path, pdf)

    def write_manifest(self, handover_id: int) -> tuple[Path, bytes]:
        """The manifest of the parcels handed over at a closed handover, as a PDF in the data
        folder (written again when asked: it shows the same parcels)."""
        from packstation.documents.manifest import render_manifest

        with self.db.engine.connect() as connection:
            row = self._row(connection, handover_id)
            shipments = store.handed_over(connection, handover_id)
        documents = Documents(self.db, self.settings)
        pdf = render_manifest(documents.manifest_of(row.carrier, row.day, shipments))
        name = f"manifests/manifest-{row.carrier}-{row.day.isoformat()}-{row.id}.pdf"
        path = self.folder / name
        write_atomically(path, pdf)
        with self.db.engine.begin() as connection:
            store.set_manifest(connection, handover_id, name)
        return path, pdf

    # -- the signed receipt ------------------------------------------------------------------------
    def attach_receipt(self, handover_id: int, source: Path) -> HandoverView:
        """A copy of the carrier's signed receipt (a scan or a photo) kept in the data folder,
        with its SHA-256; anything but a PDF or an image is refused."""
        try:
            content = source.read_bytes()
        except OSError as error:
            raise HandoverError(UNREADABLE(file=source.name, error=error.strerror or error))
        suffix = receipt_suffix(content[:16])
        if suffix is None:
            raise HandoverError(NOT_A_RECEIPT(file=source.name))
        digest = hashlib.sha256(content).hexdigest()
        with self.db.engine.connect() as connection:
            row = self._row(connection, handover_id)
        name = f"receipts/handover-{row.id}-{row.carrier}-{row.day.isoformat()}-{digest[:12]}"
        write_atomically(self.folder / (name + suffix), content)
        with self.db.engine.begin() as connection:
            store.set_receipt(connection, handover_id, name + suffix, digest)
            event = self._event(handover_id, row.carrier, row.day, "receipt")
            add_events(connection, [event | {"code": name + suffix, "detail": digest}])
            return self._view(connection, handover_id)

    def _event(
        self, handover_id: int, carrier: str, day: date, outcome: str, quantity: int | None = None
    ) -> dict:  # type: ignore[type-arg]
        return event_row(
            self.station.now(),
            self.station.name,
            self.station.operator,
            EventKind.HANDOVER,
            outcome=outcome,
            quantity=quantity,
            reason=f"{carrier} {day.isoformat()}",
            detail=f"handover {handover_id}",
        )

