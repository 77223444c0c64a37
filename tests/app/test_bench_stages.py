"""A packed parcel stays on the bench until it is done: its wrap confirmed, weighed, labelled.
Nothing opens another order or puts it down before; a restart resumes it at its step; the
packer can take back the last counted scan."""

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
from packstation.domain.states import QUEUE_STATES, OrderState
from packstation.store.schema import Event, Line, Shipment, UnitCode
from tests.builders import CUP, DEVICE, TEA, load_products, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"
OTHER = "502763-20261122-00000002"
GIFT = "502763-20261122-00000003"


def bench(db, station, settings, *, scale: bool = True, labels: bool = False):  # type: ignore[no-untyped-def]
    settings.scale.enabled = scale
    settings.label_printer.enabled = labels
    load_products(db)
    orders = [
        rakuten(NUMBER, ("TEA", 2)),
        rakuten(OTHER, ("CUP", 1)),
        rakuten(GIFT, ("CUP", 1), ("DEV", 1)),
    ]
    orders[2].shipments[0].gift_wrap = "包装紙: 花柄"
    orders[2].shipments[0].noshi = "御祝"
    Intake(db, station, settings).store_orders(orders, "test")
    return PackingService(db, station, settings)


def pack(service: PackingService):  # type: ignore[no-untyped-def]
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    return service.scan(TEA, 2000)


def stored(db, number: str = NUMBER) -> Shipment:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalars(
            select(Shipment).join(Shipment.order).where(Shipment.order.has(number=number))
        ).one()


def events(db, kind: EventKind) -> list[Event]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return list(session.scalars(select(Event).where(Event.kind == kind.value).order_by(Event.id)))


def test_a_packed_unweighed_parcel_cannot_be_put_down_or_left_for_another_order(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    pack(service)
    assert service.stage is Stage.WEIGHING
    put_down = service.close()
    assert put_down.level is Level.BAD and "not weighed" in put_down.message.render()
    assert service.stage is Stage.WEIGHING and service.view is not None
    other = stored(db, OTHER).id
    for refused in (
        service.open_shipment(other),
        service.open_code(OTHER),
        service.scan(OTHER, 3000),
        service.release(other, "checked"),
    ):
        assert refused.level is Level.BAD and "not weighed" in refused.message.render()
        assert refused.view is not None and refused.view.number == NUMBER
    assert stored(db, OTHER).state == "confirmed"
    reopened = service.scan(NUMBER, 4000)  # its own number: says what it waits for
    assert reopened.level is Level.PROMPT and "scale" in reopened.message.render()
    held = service.hold("box damaged")  # the way out: a hold
    assert held.level is Level.BAD and service.close().level is Level.INFO
    assert service.open_code(OTHER).view.number == OTHER  # type: ignore[union-attr]


def test_the_packed_parcel_stays_in_the_queue_and_resumes_at_its_step(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    pack(service)
    rows = load_queue(db, QUEUE_STATES, benched=True).rows
    row = next(row for row in rows if row.number == NUMBER)
    assert row.state is OrderState.PACKED and row.packing_station == "bench-1"
    assert NUMBER not in {row.number for row in load_queue(db, QUEUE_STATES).rows}
    restarted = PackingService(db, station, settings)  # the station starts again
    resumed = restarted.resume()
    assert resumed is not None and resumed.level is Level.PROMPT
    assert restarted.stage is Stage.WEIGHING and "scale" in resumed.message.render()
    done = restarted.weigh(Decimal(240))
    assert done.level is Level.DONE and restarted.stage is Stage.IDLE
    assert NUMBER not in {row.number for row in load_queue(db, QUEUE_STATES, benched=True).rows}
    assert stored(db).packing_station is None
    assert PackingService(db, station, settings).resume() is None


def test_after_the_label_scan_the_bench_is_ready_for_the_next_order(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings, scale=False, labels=True)
    pack(service)
    assert service.stage is Stage.LABELLING
    service.scan("444413758703", 3000)
    shipped = service.scan("444413758703", 4000)
    assert shipped.level is Level.DONE and "Scan the next order" in shipped.message.render()
    assert shipped.view is not None and shipped.view.state is OrderState.SHIPPED
    assert service.stage is Stage.IDLE and service.view is None
    assert service.scan(TEA, 5000).level is Level.BAD  # an item: scan an order first
    assert service.scan(OTHER, 6000).view.number == OTHER  # type: ignore[union-attr]


def test_gift_wrap_and_noshi_are_confirmed_before_the_weight_and_label(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    service.scan(GIFT, 0)
    service.scan(CUP, 1000)
    service.scan(DEVICE, 2000)
    packed = service.scan("SN-0001", 3000)
    assert packed.level is Level.PROMPT and service.stage is Stage.WRAPPING
    text = packed.message.render()
    assert "包装紙: 花柄" in text and "御祝" in text and "F3" in text
    assert service.weigh(Decimal(700)).level is Level.BAD  # not before the wrap
    assert service.close().level is Level.BAD
    assert service.scan(OTHER, 4000).level is Level.BAD
    restarted = PackingService(db, station, settings)
    assert restarted.resume() is not None and restarted.stage is Stage.WRAPPING
    confirmed = restarted.scan(GIFT, 5000)  # the order number again confirms it
    assert confirmed.level is Level.PROMPT and "confirmed" in confirmed.message.render()
    assert restarted.stage is Stage.WEIGHING
    [wrapped] = events(db, EventKind.WRAPPED)
    assert wrapped.detail == "包装紙: 花柄 · 御祝" and wrapped.operator == "aiko"
    again = PackingService(db, station, settings)
    again.resume()
    assert again.stage is Stage.WEIGHING  # confirmed once, remembered


def test_gift_wrap_confirmed_by_the_key(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings, scale=False)
    assert service.confirm_wrap().level is Level.BAD  # nothing open
    service.scan(GIFT, 0)
    service.scan(CUP, 1000)
    service.scan(DEVICE, 2000)
    service.scan("SN-0002", 3000)
    done = service.confirm_wrap()
    assert done.level is Level.DONE and service.stage is Stage.IDLE
    assert stored(db, GIFT).state == "packed"


def test_undo_takes_back_the_last_counted_scan_and_keeps_it_in_the_record(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    assert service.undo_last().level is Level.BAD  # nothing open
    service.scan(NUMBER, 0)
    assert service.undo_last().level is Level.BAD  # nothing counted yet
    service.scan(TEA, 1000)
    undone = service.undo_last()
    assert undone.level is Level.PROMPT and "0 of 2" in undone.message.render()
    assert undone.view is not None and undone.view.units_scanned == 0
    assert service.undo_last().level is Level.BAD  # the one scan is already taken back
    pack(service)
    assert service.stage is Stage.WEIGHING
    back = service.undo_last()  # the parcel was complete: back to packing
    assert "1 of 2" in back.message.render() and service.stage is Stage.COUNTING
    assert stored(db).state == "packing"
    with db.session() as session:
        assert session.scalar(select(Line.scanned).where(Line.shipment_id == stored(db).id)) == 1
    scans = events(db, EventKind.SCAN)
    undos = events(db, EventKind.UNDO)
    assert [e.outcome for e in scans] == ["counted"] * 3  # nothing deleted
    assert [int(e.detail) for e in undos] == [scans[0].id, scans[2].id]
    assert service.scan(TEA, 9000).level is Level.PROMPT  # complete again: to the scale
    service.weigh(Decimal(240))
    service.scan(NUMBER, 10_000)
    assert service.undo_last().level is Level.BAD  # weighed: too late here


def test_undo_frees_the_serial_number_captured_with_the_scan(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    service.scan(GIFT, 0)
    service.scan(DEVICE, 1000)
    service.scan("SN-0003", 2000)
    undone = service.undo_last()
    assert undone.level is Level.PROMPT
    with db.session() as session:
        assert session.scalars(select(UnitCode.value)).all() == []
    [undo] = events(db, EventKind.UNDO)
    assert undo.code == "SN-0003"
    service.scan(DEVICE, 3000)
    assert service.scan("SN-0003", 4000).level is Level.GOOD  # the same unit, scanned again


def test_a_packed_parcel_on_another_bench_is_only_taken_over_explicitly(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    pack(service)
    other = PackingService(db, Station("bench-2", "boris"), settings)
    refused = other.scan(NUMBER, 0)
    assert refused.level is Level.BAD and "bench-1" in refused.message.render()
    assert refused.takeover == stored(db).id and stored(db).packing_station == "bench-1"
    assert other.stage is Stage.STOPPED and other.weigh(Decimal(240)).level is Level.BAD
    assert other.scan(OTHER, 500).view.number == OTHER  # type: ignore[union-attr]
    other.close()
    taken = other.open_shipment(stored(db).id, takeover=True)
    assert taken.level is Level.PROMPT and other.stage is Stage.WEIGHING
    assert stored(db).packing_station == "bench-2"
    [takeover] = events(db, EventKind.TAKEOVER)
    assert takeover.station == "bench-2" and takeover.reason == "bench-1"


def test_a_parcel_of_a_running_station_is_told_apart_from_one_left_behind(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    from packstation.store.station_lock import acquire

    service = bench(db, station, settings)
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    other = PackingService(db, Station("bench-2", "boris"), settings)
    left = other.scan(NUMBER, 5000)
    assert "not running" in left.message.render() and left.takeover == stored(db).id
    running = acquire(db, "bench-1")
    try:
        told = other.scan(NUMBER, 6000)
        assert "running now" in told.message.render() and told.takeover == stored(db).id
    finally:
        running.release()
    assert stored(db).packing_station == "bench-1"  # neither took it


def test_a_station_whose_parcel_was_taken_over_counts_no_more(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    other = PackingService(db, Station("bench-2", "boris"), settings)
    other.open_shipment(stored(db).id, takeover=True)
    late = service.scan(TEA, 2000)
    assert late.level is Level.BAD and "bench-2" in late.message.render()
    assert late.takeover == stored(db).id
    with db.session() as session:
        line = session.scalars(select(Line).where(Line.shipment_id == stored(db).id)).one()
    assert line.scanned == 1 and stored(db).state == OrderState.PACKING.value
