"""One order, several parcels: the packer closes a parcel when the box is full, or ships what
is there when stock is short; the rest goes out later in a parcel of its own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from packstation.app.context import Station
from packstation.app.intake import Intake
from packstation.app.packing import Level, PackingService
from packstation.app.queue import load_queue
from packstation.domain.audit import EventKind
from packstation.domain.bench_stage import Stage
from packstation.domain.model import MarketStatus
from packstation.domain.states import QUEUE_STATES, OrderState
from packstation.store.schema import Event, Line, Product, Shipment, UnitCode
from packstation.store.shipping import add_range
from tests.builders import CUP, DEVICE, TEA, later, load_products, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"


def bench(db, station, settings, *lines: tuple[str, int], labels: bool = False):  # type: ignore[no-untyped-def]
    settings.scale.enabled = labels
    settings.label_printer.enabled = labels
    load_products(db)
    order = rakuten(NUMBER, *(lines or (("TEA", 3), ("CUP", 2), ("DEV", 1))))
    Intake(db, station, settings).store_orders([order], "test")
    return PackingService(db, station, settings)


def parcels(db) -> list[Shipment]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return list(session.scalars(select(Shipment).order_by(Shipment.seq)))


def lines_of(db, shipment_id: int) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        rows = session.execute(
            select(Line.sku, Line.quantity, Line.scanned)
            .where(Line.shipment_id == shipment_id)
            .order_by(Line.seq)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def reserved(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return dict(session.execute(select(Product.sku, Product.reserved)).all())  # type: ignore[arg-type]


def test_closing_a_parcel_keeps_what_is_scanned_and_moves_the_rest(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    before = reserved(db)
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    service.scan(TEA, 2000)
    service.scan(DEVICE, 3000)
    service.scan("SN-0100", 4000)
    closed = service.close_parcel()
    text = closed.message.render()
    assert closed.level is Level.DONE, text
    assert "the other 3 units go in the next parcel" in text and f"{NUMBER} (2/2)" in text
    first, second = parcels(db)
    assert first.state == "packed" and first.split_from is None
    assert lines_of(db, first.id) == [("TEA", 2, 2), ("DEV", 1, 1)]  # the tea line split by units
    assert second.state == "confirmed" and not second.backorder
    assert second.key == "1/2" and second.seq == 2 and second.split_from == "1"
    assert lines_of(db, second.id) == [("TEA", 1, 0), ("CUP", 2, 0)]
    assert second.ship_to == first.ship_to and second.ship_by == first.ship_by
    assert second.stock_reserved and second.packing_station == "bench-1"
    assert reserved(db) == before  # the reservation moved with the units, none doubled or lost
    with db.session() as session:
        [code] = session.scalars(select(UnitCode)).all()
        device = session.scalars(select(Line).where(Line.sku == "DEV")).one()
        assert code.value == "SN-0100" and code.line_id == device.id
        assert device.shipment_id == first.id  # the serial stays with its unit
        split = session.scalars(
            select(Event).where(Event.kind == EventKind.SPLIT.value).order_by(Event.id)
        ).all()
    assert [(e.shipment_id, e.quantity, e.reason) for e in split] == [
        (first.id, 3, "parcel"),
        (second.id, 3, "parcel"),
    ]
    assert split[0].detail == str(second.id) and split[1].to_state == "confirmed"
    rows = {row.shipment_id: row for row in load_queue(db, QUEUE_STATES).rows}
    assert rows[second.id].parcels == 2 and not rows[second.id].backorder
    opened = service.scan(NUMBER, 5000)  # the order again: its next parcel
    assert opened.view is not None and opened.view.shipment_id == second.id
    assert opened.view.label == f"{NUMBER} (2/2)" and opened.view.units == 3


def test_a_parcel_cannot_be_closed_empty_or_with_a_unit_code_pending(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    assert service.close_parcel().level is Level.BAD  # nothing open
    service.scan(NUMBER, 0)
    empty = service.close_parcel()
    assert empty.level is Level.BAD and "Nothing of order" in empty.message.render()
    service.scan(DEVICE, 1000)  # its serial number is still to come
    pending = service.ship_what_is_here()
    assert pending.level is Level.BAD and "Esc" in pending.message.render()
    assert len(parcels(db)) == 1 and service.stage is Stage.COUNTING


def test_each_parcel_is_weighed_labelled_and_shipped_on_its_own(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings, ("TEA", 3), labels=True)
    with db.engine.begin() as connection:
        add_range(connection, "yamato", "", 44441375870, 44441375899)
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    closed = service.close_parcel()
    assert closed.level is Level.PROMPT and service.stage is Stage.WEIGHING
    assert "put the parcel on the scale" in closed.message.render()
    labelled = service.weigh(Decimal(120))
    assert labelled.level is Level.PROMPT and service.stage is Stage.LABELLING
    first_number = labelled.view.tracking_number  # type: ignore[union-attr]
    shipped = service.scan(first_number, 2000)  # type: ignore[arg-type]
    assert shipped.level is Level.DONE
    first, second = parcels(db)
    assert first.state == "shipped" and second.state == "confirmed"  # the rest stays open
    assert first.weight_mg == 120_000 and second.weight_mg is None
    service.scan(NUMBER, 3000)
    service.scan(TEA, 4000)
    service.scan(TEA, 5000)
    second_label = service.weigh(Decimal(240))
    second_number = second_label.view.tracking_number  # type: ignore[union-attr]
    assert second_number is not None and second_number != first_number
    assert service.scan(second_number, 6000).level is Level.DONE
    first, second = parcels(db)
    assert (first.tracking_number, second.tracking_number) == (first_number, second_number)
    assert second.state == "shipped" and second.weight_mg == 240_000


def test_short_stock_ships_what_is_here_and_holds_the_rest_as_a_backorder(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings, ("TEA", 3), ("CUP", 1))
    before = reserved(db)
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    service.scan(CUP, 2000)
    shipped = service.ship_what_is_here()
    text = shipped.message.render()
    assert shipped.level is Level.DONE and "2 units wait as backorder" in text, text
    first, rest = parcels(db)
    assert first.state == "packed" and lines_of(db, first.id) == [("TEA", 1, 1), ("CUP", 1, 1)]
    assert rest.state == "on_hold" and rest.backorder and not rest.stock_reserved
    assert rest.packing_station is None and lines_of(db, rest.id) == [("TEA", 2, 0)]
    assert rest.hold_reasons[0]["source"] == "Backorder: waiting for stock"
    assert reserved(db) == dict(before, TEA=before["TEA"] - 2)  # on hold: no stock held
    row = next(row for row in load_queue(db, QUEUE_STATES).rows if row.shipment_id == rest.id)
    assert row.backorder and row.state is OrderState.ON_HOLD
    held = service.open_shipment(rest.id)
    assert held.level is Level.BAD and "Backorder" in held.message.render()
    assert held.view is not None and held.view.backorder
    released = service.release(rest.id, "stock arrived")
    assert released.view is not None and released.view.state is OrderState.PACKING
    assert reserved(db) == before  # reserved again on release
    assert parcels(db)[1].stock_reserved


def test_a_backorder_waits_for_a_person_not_for_a_recheck(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    from packstation.app.confirmation import recheck

    service = bench(db, station, settings, ("TEA", 2))
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    service.ship_what_is_here()
    recheck(db, station)
    assert parcels(db)[1].state == "on_hold"


def test_a_scan_undone_after_the_split_reopens_that_parcel(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings, ("TEA", 3))
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    service.scan(TEA, 2000)
    settings.scale.enabled = True  # so that the closed parcel waits on the bench
    service.close_parcel()
    undone = service.undo_last()
    assert undone.level is Level.PROMPT and "1 of 2" in undone.message.render()
    assert service.stage is Stage.COUNTING
    assert lines_of(db, parcels(db)[0].id) == [("TEA", 2, 1)]


def test_a_re_import_keeps_the_split_parcels(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings, ("TEA", 3))
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    service.close_parcel()
    intake = Intake(db, station, settings)
    again = intake.store_orders([rakuten(NUMBER, ("TEA", 3))], "again")
    assert again.unchanged == 1
    assert [p.state for p in parcels(db)] == ["packed", "confirmed"]
    changed = intake.store_orders([rakuten(NUMBER, ("TEA", 4))], "changed")
    assert changed.changed == 1 and "split into parcels" in changed.not_applied[0].render()
    first, second = parcels(db)
    assert lines_of(db, first.id) == [("TEA", 1, 1)] and lines_of(db, second.id) == [("TEA", 2, 0)]
    assert first.state == second.state == "on_hold"
    cancelled = later(
        rakuten(NUMBER, ("TEA", 3)), status=MarketStatus.CANCELLED, marketplace_status="キャンセル"
    )
    intake.store_orders([cancelled], "cancelled")
    assert [p.state for p in parcels(db)] == ["cancelled", "cancelled"]


def test_another_station_taking_the_parcel_over_stops_the_split(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings, ("TEA", 3))
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    other = PackingService(db, Station("bench-2", "boris"), settings)
    other.open_shipment(parcels(db)[0].id, takeover=True)
    late = service.close_parcel()
    assert late.level is Level.BAD and late.takeover == parcels(db)[0].id
    assert len(parcels(db)) == 1 and lines_of(db, parcels(db)[0].id) == [("TEA", 3, 1)]


def test_the_rule_ships_what_the_stock_covers_and_backorders_the_rest(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    from packstation.app.confirmation import recheck

    bench(db, station, settings, ("CUP", 12), ("TEA", 1))  # 10 cups in stock
    assert [p.state for p in parcels(db)] == ["on_hold"]
    recheck(db, station)  # the rule is off: held as a whole
    assert [p.state for p in parcels(db)] == ["on_hold"]
    recheck(db, station, backorder_short=True)
    first, rest = parcels(db)
    assert first.state == "confirmed" and first.stock_reserved
    assert lines_of(db, first.id) == [("CUP", 10, 0), ("TEA", 1, 0)]
    assert rest.state == "on_hold" and rest.backorder and not rest.stock_reserved
    assert lines_of(db, rest.id) == [("CUP", 2, 0)]
    assert rest.hold_reasons[0]["args"] == {"sku": "CUP", "needed": 2, "available": 0}
    assert reserved(db)["CUP"] == 10
    recheck(db, station, backorder_short=True)  # no stock yet: it waits
    assert len(parcels(db)) == 2 and parcels(db)[1].state == "on_hold"
    with db.session() as session, session.begin():
        session.scalars(select(Product).where(Product.sku == "CUP")).one().stock = 12
    recheck(db, station, backorder_short=True)  # the stock arrived
    assert parcels(db)[1].state == "confirmed" and reserved(db)["CUP"] == 12


def test_the_rule_leaves_a_shipment_held_for_more_than_stock(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from packstation.app.confirmation import recheck
    from tests.builders import TOKYO

    load_products(db)
    order = rakuten(NUMBER, ("CUP", 12), ship_to=replace(TOKYO, postal_code="1"))
    Intake(db, station, settings).store_orders([order], "test")
    recheck(db, station, backorder_short=True)
    assert [p.state for p in parcels(db)] == ["on_hold"]
