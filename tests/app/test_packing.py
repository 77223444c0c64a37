from __future__ import annotations

import pytest
from sqlalchemy import event, select

from packstation.app.intake import Intake
from packstation.app.packing import Level, PackingService
from packstation.app.users import Approval
from packstation.domain.audit import EventKind
from packstation.domain.barcodes import GS
from packstation.domain.pack_session import Outcome
from packstation.domain.states import OrderState
from packstation.store import packing as bench_store
from packstation.store.schema import Event, Line, ProductBarcode, Shipment, UnitCode
from tests.builders import CUP, DEVICE, PERFUME, TEA, TEAPOT, load_products, ozon, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"


def setup(db, station, settings, *orders):  # type: ignore[no-untyped-def]
    load_products(db)
    Intake(db, station, settings).store_orders(
        list(orders or [rakuten(NUMBER, ("TEA", 2), ("CUP", 1))]), "test"
    )
    return PackingService(db, station, settings)


def shipment_state(db, number: str = NUMBER) -> str:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalars(select(Shipment.state).order_by(Shipment.id)).first()


def events(db, kind: EventKind | None = None) -> list[Event]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        query = select(Event).order_by(Event.id)
        if kind is not None:
            query = query.where(Event.kind == kind.value)
        return list(session.scalars(query))


def test_open_by_scan_verify_everything_and_finish(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    bench = setup(db, station, settings)
    opened = bench.scan(NUMBER, 0)
    assert opened.level is Level.INFO and opened.view is not None
    assert opened.view.state is OrderState.PACKING
    assert bench.scan(TEA, 1000).level is Level.GOOD
    assert bench.scan(TEA, 2000).level is Level.GOOD
    done = bench.scan(CUP, 3000)
    assert (
        done.level is Level.DONE and done.view is not None and done.view.state is OrderState.PACKED
    )
    assert shipment_state(db) == "packed"
    assert not bench.packing
    transitions = [(e.from_state, e.to_state) for e in events(db, EventKind.TRANSITION)]
    assert transitions == [("confirmed", "packing"), ("packing", "packed")]
    scans = events(db, EventKind.SCAN)
    assert [e.outcome for e in scans] == ["counted"] * 3
    assert all(e.station == "bench-1" and e.operator == "aiko" for e in scans)


def test_the_last_unit_of_a_parcel_done_at_the_bench_is_one_commit_and_leaves_the_bench(
    db, station, settings  # type: ignore[no-untyped-def]
) -> None:
    """No wrap, weight or label to wait for: counting the last unit, packing the parcel and
    taking it off the bench are one transaction (one fsync on the scan's way, not two)."""
    bench = setup(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    bench.scan(TEA, 2000)
    commits: list[object] = []
    count = commits.append
    event.listen(db.engine, "commit", count)
    try:
        done = bench.scan(CUP, 3000)
    finally:
        event.remove(db.engine, "commit", count)
    assert done.level is Level.DONE and len(commits) == 1
    with db.session() as session:
        shipment = session.scalars(select(Shipment)).one()
    assert (shipment.state, shipment.packing_station) == ("packed", None)
    assert bench.view is None and not bench.packing


def test_every_scan_is_committed_before_the_result(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    bench = setup(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    with db.session() as session:
        assert session.scalar(select(Line.scanned).where(Line.sku == "TEA")) == 1


def test_wrong_item_unknown_and_too_many_are_stopped_and_recorded(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    bench = setup(db, station, settings)
    bench.scan(NUMBER, 0)
    wrong = bench.scan(TEAPOT, 1000)
    assert wrong.level is Level.BAD and wrong.outcome is Outcome.WRONG_ITEM
    assert "Teapot" in wrong.message.render()
    unknown = bench.scan("NOPE-1", 2000)
    assert unknown.outcome is Outcome.UNKNOWN
    bench.scan(CUP, 3000)
    too_many = bench.scan(CUP, 4000)
    assert too_many.outcome is Outcome.TOO_MANY
    outcomes = [e.outcome for e in events(db, EventKind.SCAN)]
    assert outcomes == ["wrong_item", "unknown", "counted", "too_many"]
    assert "Teapot" in events(db, EventKind.SCAN)[0].reason


def test_resume_after_restart_with_the_same_counts(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    bench = setup(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    restarted = PackingService(db, station, settings)
    resumed = restarted.resume()
    assert resumed is not None and resumed.view is not None
    assert "resumed" in resumed.message.render()
    assert [line.scanned for line in resumed.view.lines] == [1, 0]
    restarted.scan(TEA, 5000)
    assert restarted.scan(CUP, 6000).level is Level.DONE


def test_nothing_to_resume(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    assert setup(db, station, settings).resume() is None


def test_scanning_an_item_with_no_order_open(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    bench = setup(db, station, settings)
    result = bench.scan(TEA, 0)
    assert result.level is Level.BAD and "Scan an order first" in result.message.render()
    assert "No order" in bench.scan("999-NOT-AN-ORDER", 100).message.render()


def test_scanning_another_order_switches_and_keeps_the_first_counted(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    other = "502763-20261122-00000002"
    bench = setup(db, station, settings, rakuten(NUMBER, ("TEA", 2)), rakuten(other, ("CUP", 1)))
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    switched = bench.scan(other, 2000)
    assert switched.view is not None and switched.view.number == other
    back = bench.scan(NUMBER, 3000)
    assert back.view is not None and back.view.lines[0].scanned == 1


def test_ozon_posting_opens_by_its_order_number_too(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    bench = setup(db, station, settings, ozon("57195475-0050-1", ("TEA", 1)))
    result = bench.scan("57195475-0050", 0)
    assert result.view is not None and result.view.number == "57195475-0050-1"


def test_order_on_hold_is_shown_not_packed(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    bench = setup(db, station, settings, rakuten(NUMBER, ("NOPE", 1)))
    result = bench.scan(NUMBER, 0)
    assert result.level is Level.BAD and "ON HOLD" in result.message.render()
    assert "Unknown SKU NOPE" in result.message.render()
    assert not bench.packing


def test_serial_numbers_are_unique_across_orders(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    second = "502763-20261122-00000002"
    bench = setup(db, station, settings, rakuten(NUMBER, ("DEV", 1)), rakuten(second, ("DEV", 1)))
    bench.scan(NUMBER, 0)
    assert bench.scan(DEVICE, 1000).outcome is Outcome.NEED_UNIT_CODE
    assert bench.scan("SN-1", 2000).level is Level.DONE
    bench.scan(second, 3000)
    bench.scan(DEVICE, 4000)
    used = bench.scan("SN-1", 5000)
    assert used.outcome is Outcome.CODE_USED and used.level is Level.BAD
    with db.session() as session:
        assert session.scalars(select(UnitCode.value)).all() == ["SN-1"]


def test_a_serial_another_station_stores_first_is_refused_not_failed(
    db, station, settings, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    second = "502763-20261122-00000002"
    bench = setup(db, station, settings, rakuten(NUMBER, ("DEV", 1)), rakuten(second, ("DEV", 1)))
    bench.scan(NUMBER, 0)
    bench.scan(DEVICE, 1000)
    bench.scan("SN-1", 2000)
    bench.scan(second, 3000)
    bench.scan(DEVICE, 4000)
    # The check before the insert saw it free: the other station's commit came in between.
    monkeypatch.setattr(bench_store, "unit_code_taken", lambda connection, key: False)
    used = bench.scan("SN-1", 5000)
    assert used.outcome is Outcome.CODE_USED and used.level is Level.BAD
    with db.session() as session:
        assert session.scalars(select(UnitCode.value)).all() == ["SN-1"]
        assert session.scalars(select(Line.scanned).order_by(Line.id)).all() == [1, 0]


def test_chestny_znak_mark_captured_and_refused_the_second_time(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    second = "502763-20261122-00000002"
    bench = setup(db, station, settings, rakuten(NUMBER, ("PERF", 1)), rakuten(second, ("PERF", 1)))
    mark = "]d2010" + PERFUME + "215NmtcR4uDK6t" + GS + "91EE06" + GS + "92vRIHamUU1WHTe7"
    bench.scan(NUMBER, 0)
    assert bench.scan("0" + PERFUME, 500).outcome is Outcome.NEED_MARK
    assert bench.scan(mark, 1000).level is Level.DONE
    bench.scan(second, 2000)
    assert bench.scan(mark, 3000).outcome is Outcome.CODE_USED


def test_teaching_a_barcode_is_kept(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    settings.teach_needs_supervisor = False
    second = "502763-20261122-00000002"
    bench = setup(db, station, settings, rakuten(NUMBER, ("BOX", 1)), rakuten(second, ("BOX", 1)))
    bench.scan(NUMBER, 0)
    offer = bench.scan("BOX-CODE-9", 1000)
    assert offer.level is Level.PROMPT and [line.sku for line in offer.candidates] == ["BOX"]
    assert offer.code == "BOX-CODE-9"
    taught = bench.teach(offer.candidates[0].line_id)
    assert taught.level is Level.DONE
    with db.session() as session:
        link = session.scalars(
            select(ProductBarcode).where(ProductBarcode.code == "BOX-CODE-9")
        ).one()
        assert link.taught
    assert [e.code for e in events(db, EventKind.TEACH)] == ["BOX-CODE-9"]
    bench.scan(second, 2000)
    assert bench.scan("BOX-CODE-9", 3000).level is Level.DONE


def test_teaching_needs_the_supervisor_pin_when_set(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    settings.set_supervisor_pin("4321")
    bench = setup(db, station, settings, rakuten(NUMBER, ("BOX", 1)))
    bench.scan(NUMBER, 0)
    offer = bench.scan("BOX-CODE-9", 1000)
    line_id = offer.candidates[0].line_id
    assert "PIN" in bench.teach(line_id, Approval(pin="0000")).message.render()
    assert bench.teach(line_id, Approval(pin="4321")).level is Level.DONE


def test_quantity_entry_after_one_scan(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    bench = setup(db, station, settings, rakuten(NUMBER, ("TEA", 12)))
    opened = bench.scan(NUMBER, 0)
    line_id = opened.view.lines[0].line_id  # type: ignore[union-attr]
    assert bench.add_quantity(line_id, 11).outcome is Outcome.SCAN_FIRST
    bench.scan(TEA, 1000)
    assert bench.add_quantity(line_id, 12).level is Level.BAD
    assert bench.add_quantity(line_id, 11).level is Level.DONE
    quantity = events(db, EventKind.QUANTITY)
    assert [(e.quantity, e.outcome) for e in quantity] == [(11, "counted")]


def test_supervisor_verification_is_audited(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    settings.set_supervisor_pin("1234")
    bench = setup(db, station, settings)
    opened = bench.scan(NUMBER, 0)
    cup = next(line for line in opened.view.lines if line.sku == "CUP")  # type: ignore[union-attr]
    assert "PIN" in bench.verify_line(cup.line_id, "label missing", Approval(pin="9999")).message.render()
    assert bench.verify_line(cup.line_id, "label missing", Approval(pin="1234")).level is Level.GOOD
    override = events(db, EventKind.OVERRIDE)
    assert [(e.reason, e.quantity, e.line_id) for e in override] == [
        ("label missing", 1, cup.line_id)
    ]


def test_hold_keeps_the_counts_and_release_runs_the_checks(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    bench = setup(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    held = bench.hold("box damaged")
    assert held.view is not None and held.view.state is OrderState.ON_HOLD
    assert "box damaged" in held.message.render()
    assert shipment_state(db) == "on_hold"
    released = bench.release(held.view.shipment_id, "new box")
    assert "released" in released.message.render()
    assert released.view is not None and released.view.state is OrderState.PACKING
    assert released.view.lines[0].scanned == 1


def test_another_station_must_take_over_explicitly(db, station, settings, clock) -> None:  # type: ignore[no-untyped-def]
    from packstation.app.context import Station

    bench = setup(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    other = PackingService(db, Station("bench-2", "ivan", clock=clock), settings)
    refused = other.scan(NUMBER, 0)
    assert refused.level is Level.BAD and refused.takeover is not None
    assert "bench-1" in refused.message.render()
    taken = other.open_shipment(refused.takeover, takeover=True)
    assert "taken over" in taken.message.render()
    assert [e.reason for e in events(db, EventKind.TAKEOVER)] == ["bench-1"]


def test_a_count_made_at_another_station_is_never_doubled(db, station, settings, clock) -> None:  # type: ignore[no-untyped-def]
    from packstation.app.context import Station

    bench = setup(db, station, settings, rakuten(NUMBER, ("TEA", 1), ("CUP", 1)))
    bench.scan(NUMBER, 0)
    other = PackingService(db, Station("bench-2", "ivan", clock=clock), settings)
    other.open_shipment(other.scan(NUMBER, 0).takeover, takeover=True)  # type: ignore[arg-type]
    other.scan(TEA, 100)
    stale = bench.scan(TEA, 1000)
    assert stale.level is Level.BAD and "bench-2" in stale.message.render()  # taken over there
    assert stale.takeover is not None
    with db.session() as session:
        assert session.scalar(select(Line.scanned).where(Line.sku == "TEA")) == 1
