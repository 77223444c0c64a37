"""The end-of-day handover: parcels shipped at the bench, scanned onto the carrier's truck."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from packstation.app.handover import HandoverError, HandoverService, MissingParcels
from packstation.app.intake import Intake
from packstation.app.packing import Level, PackingService
from packstation.domain.audit import EventKind
from packstation.domain.handover import Verdict
from packstation.store.schema import Event, Handover, HandoverScan, Shipment
from tests.builders import TEA, later, load_products, rakuten

pytestmark = pytest.mark.both_databases

FIRST, SECOND, THIRD, OTHER = "R-0001", "R-0002", "R-0003", "R-0004"
# Valid 7DR numbers (11 digits, then their value mod 7).
NUMBERS = {FIRST: "444413758703", SECOND: "512547514334", THIRD: "405548424886"}
OTHER_TRACKING = "400000000002"  # by Sagawa
LABEL_CODE = "%303011234567"  # another code of the parcel, as an Ozon label's barcode


def ship(service: PackingService, number: str, tracking: str) -> None:
    """At the bench: open, pack, give the waybill's number, scan the label on the parcel."""
    service.scan(number, 0)
    service.scan(TEA, 1000)
    service.scan(tracking, 2000)
    assert service.scan(tracking, 3000).level is Level.DONE


@pytest.fixture
def shipped(db, station, settings):  # type: ignore[no-untyped-def]
    settings.label_printer.enabled = True
    settings.scale.enabled = False
    load_products(db)
    orders = [rakuten(number, ("TEA", 1)) for number in NUMBERS]
    orders.append(later(rakuten(OTHER, ("TEA", 1)), codes=(LABEL_CODE,)))
    Intake(db, station, settings).store_orders(orders, "test")
    bench = PackingService(db, station, settings)
    for number, tracking in NUMBERS.items():
        ship(bench, number, tracking)
    bench.scan(OTHER, 0)
    bench.scan(TEA, 1000)
    bench.choose_carrier("sagawa", "")
    bench.scan(OTHER_TRACKING, 2000)
    assert bench.scan(OTHER_TRACKING, 3000).level is Level.DONE
    return bench


@pytest.fixture
def handovers(db, station, settings, tmp_path: Path) -> HandoverService:  # type: ignore[no-untyped-def]
    return HandoverService(db, station, settings, tmp_path / "data")


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def today(station):  # type: ignore[no-untyped-def]
    return station.now().astimezone().date()


def test_the_days_parcels_are_listed_and_each_scan_counts_once(
    db, station, shipped, handovers
) -> None:  # type: ignore[no-untyped-def]
    view = handovers.open("yamato", today(station))
    assert [p.label for p in view.parcels] == [FIRST, SECOND, THIRD]
    first = handovers.scan(view.handover_id, "4444-1375-8703")
    assert first.verdict is Verdict.ACCEPTED and first.level is Level.GOOD
    assert first.view.scanned == 1
    again = handovers.scan(view.handover_id, NUMBERS[FIRST])
    assert again.verdict is Verdict.ALREADY_SCANNED and again.level is Level.BAD
    assert "aiko" in again.message.render()
    with db.session() as session:
        assert len(session.scalars(select(HandoverScan)).all()) == 1
        scans = select(Event).where(Event.kind == EventKind.HANDOVER_SCAN)
        kinds = [event.outcome for event in session.scalars(scans)]
    assert kinds == ["accepted", "already_scanned"]


def test_another_carriers_parcel_and_an_unknown_code_are_stopped(
    station, shipped, handovers
) -> None:  # type: ignore[no-untyped-def]
    view = handovers.open("yamato", today(station))
    other = handovers.scan(view.handover_id, OTHER_TRACKING)
    assert other.verdict is Verdict.OTHER_CARRIER
    unknown = handovers.scan(view.handover_id, "999999999999")
    assert unknown.verdict is Verdict.UNKNOWN and "999999999999" in unknown.message.render()
    assert unknown.view.scanned == 0


def test_a_parcel_is_taken_by_another_of_its_codes(station, shipped, handovers) -> None:  # type: ignore[no-untyped-def]
    view = handovers.open("sagawa", today(station))
    result = handovers.scan(view.handover_id, LABEL_CODE)
    assert result.verdict is Verdict.ACCEPTED
    assert result.level is Level.DONE  # the only parcel of that carrier


def test_a_cancelled_parcel_is_stopped(db, station, settings, handovers) -> None:  # type: ignore[no-untyped-def]
    settings.label_printer.enabled = True
    load_products(db)
    order = rakuten(FIRST, ("TEA", 1))
    Intake(db, station, settings).store_orders([order], "test")
    bench = PackingService(db, station, settings)
    bench.scan(FIRST, 0)
    bench.scan(TEA, 1000)
    bench.scan(NUMBERS[FIRST], 2000)  # packed, its number given; then the buyer cancels
    with db.session() as session, session.begin():
        session.scalars(select(Shipment)).one().state = "cancelled"
    view = handovers.open("yamato", today(station))
    assert handovers.scan(view.handover_id, NUMBERS[FIRST]).verdict is Verdict.CANCELLED


def test_a_parcel_not_shipped_yet_is_sent_back(db, station, settings, handovers) -> None:  # type: ignore[no-untyped-def]
    settings.label_printer.enabled = True
    load_products(db)
    Intake(db, station, settings).store_orders([rakuten(FIRST, ("TEA", 1))], "test")
    bench = PackingService(db, station, settings)
    bench.scan(FIRST, 0)
    bench.scan(TEA, 1000)
    bench.scan(NUMBERS[FIRST], 2000)  # the label is not scanned: packed, not shipped
    view = handovers.open("yamato", today(station))
    assert view.parcels == ()
    assert handovers.scan(view.handover_id, NUMBERS[FIRST]).verdict is Verdict.NOT_SHIPPED


def test_the_open_handover_is_resumed_with_its_scans(station, shipped, handovers) -> None:  # type: ignore[no-untyped-def]
    view = handovers.open("yamato", today(station))
    handovers.scan(view.handover_id, NUMBERS[SECOND])
    resumed = handovers.open("yamato", today(station))
    assert resumed.handover_id == view.handover_id
    assert [p.label for p in resumed.parcels if p.scanned_at] == [SECOND]


def test_closing_with_parcels_missing_needs_a_confirmation_and_they_stay_for_the_next(
    db, station, clock, shipped, handovers
) -> None:  # type: ignore[no-untyped-def]
    day = today(station)
    view = handovers.open("yamato", day)
    handovers.scan(view.handover_id, NUMBERS[THIRD])
    handovers.scan(view.handover_id, NUMBERS[FIRST])
    with pytest.raises(MissingParcels) as refused:
        handovers.close(view.handover_id)
    assert [p.label for p in refused.value.missing] == [SECOND]
    clock.now += timedelta(minutes=5)
    closed = handovers.close(view.handover_id, allow_missing=True)
    assert closed.handed_over == 2 and [p.label for p in closed.missing] == [SECOND]
    assert closed.view.closed_at == clock.now
    with db.session() as session:
        rows = {s.tracking_number: s for s in session.scalars(select(Shipment))}
        assert rows[NUMBERS[FIRST]].handed_over_at == clock.now
        assert rows[NUMBERS[FIRST]].handover_id == view.handover_id
        assert rows[NUMBERS[SECOND]].handed_over_at is None
    text = pdf_text(closed.manifest)
    assert THIRD in text and FIRST in text and SECOND not in text
    assert text.index(THIRD) < text.index(FIRST)  # in the order they went onto the truck
    with pytest.raises(HandoverError):
        handovers.close(view.handover_id, allow_missing=True)
    late = handovers.scan(view.handover_id, NUMBERS[SECOND])
    assert late.verdict is None and late.level is Level.BAD
    following = handovers.open("yamato", day)
    assert following.handover_id != view.handover_id
    assert [p.label for p in following.parcels] == [SECOND]
    gone = handovers.scan(following.handover_id, NUMBERS[FIRST])
    assert gone.verdict is Verdict.HANDED_OVER


def test_a_parcel_left_behind_yesterday_is_on_todays_list(
    station, clock, shipped, handovers
) -> None:  # type: ignore[no-untyped-def]
    yesterday = handovers.open("yamato", today(station))
    handovers.close(yesterday.handover_id, allow_missing=True)
    clock.now += timedelta(days=1)
    view = handovers.open("yamato", today(station))
    assert len(view.parcels) == 3
    assert handovers.scan(view.handover_id, NUMBERS[FIRST]).verdict is Verdict.ACCEPTED


def test_a_handover_of_an_earlier_day_does_not_list_parcels_shipped_later(
    station, shipped, handovers
) -> None:  # type: ignore[no-untyped-def]
    day = today(station)
    handovers.open("yamato", day)
    earlier = handovers.open("yamato", day - timedelta(days=1))
    assert earlier.parcels == ()
    assert handovers.scan(earlier.handover_id, NUMBERS[FIRST]).verdict is Verdict.OTHER_DAY


def test_a_receipt_is_kept_with_its_digest_and_anything_else_is_refused(
    db, station, shipped, handovers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    view = handovers.open("yamato", today(station))
    photo = tmp_path / "receipt.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"signed" * 100)
    attached = handovers.attach_receipt(view.handover_id, photo)
    kept = handovers.folder / attached.receipt_name
    assert attached.receipt_name.startswith("receipts/") and kept.suffix == ".jpg"
    assert kept.read_bytes() == photo.read_bytes()
    notes = tmp_path / "notes.txt"
    notes.write_text("not a receipt")
    with pytest.raises(HandoverError) as refused:
        handovers.attach_receipt(view.handover_id, notes)
    assert "notes.txt is not a scan or a photo" in refused.value.message.render()
    with db.session() as session:
        row = session.get(Handover, view.handover_id)
        assert row.receipt_sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
        assert row.receipt_name == attached.receipt_name
