"""Several stations on one database: the next order by deadline for whoever asks, and an
order two stations open at the same moment goes to one of them."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from packstation.app.context import Station
from packstation.app.intake import Intake
from packstation.app.packing import Level, PackingService
from packstation.domain.audit import EventKind
from packstation.domain.states import OrderState
from packstation.store import packing as bench_store
from packstation.store import station_lock
from packstation.store.schema import Event
from tests.builders import ORDERED_AT, TEA, load_products, rakuten

pytestmark = pytest.mark.both_databases

NUMBERS = [f"502763-20261122-{n:08d}" for n in range(1, 5)]


def orders(db, station, settings):  # type: ignore[no-untyped-def]
    load_products(db)
    later_first = [
        replace(rakuten(number, ("TEA", 1)), ordered_at=ORDERED_AT - timedelta(hours=n))
        for n, number in enumerate(NUMBERS)
    ]
    Intake(db, station, settings).store_orders(later_first, "test")


def test_the_next_order_is_the_most_urgent_one_no_bench_has(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    orders(db, station, settings)
    first = PackingService(db, station, settings)
    second = PackingService(db, Station("bench-2", "yuki"), settings)
    assert first.open_next().view.number == NUMBERS[3]  # type: ignore[union-attr]
    assert second.open_next().view.number == NUMBERS[2]  # type: ignore[union-attr]
    assert first.scan(TEA, 1000).level is Level.DONE
    assert first.open_next().view.number == NUMBERS[1]  # type: ignore[union-attr]
    assert second.scan(TEA, 1000).level is Level.DONE
    assert second.open_next().view.number == NUMBERS[0]  # type: ignore[union-attr]
    third = PackingService(db, Station("bench-3", "mei"), settings)
    nothing = third.open_next()
    assert nothing.view is None and "Nothing to pack" in nothing.message.render()


def test_an_order_another_station_opens_between_reading_and_claiming_goes_to_it(
    db, station, settings, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    orders(db, station, settings)
    other = PackingService(db, Station("bench-2", "yuki"), settings)
    read = bench_store.load_shipment
    raced = []

    def read_then_lose_the_race(connection, shipment_id):  # type: ignore[no-untyped-def]
        view = read(connection, shipment_id)
        if not raced:
            raced.append(shipment_id)
            monkeypatch.setattr(bench_store, "load_shipment", read)
            assert other.open_shipment(shipment_id).view.packing_station == "bench-2"  # type: ignore[union-attr]
        return view

    monkeypatch.setattr(bench_store, "load_shipment", read_then_lose_the_race)
    mine = PackingService(db, station, settings)
    lost = mine.open_code(NUMBERS[0])
    assert lost.level is Level.BAD and lost.takeover is not None  # "packed at bench-2"
    assert not mine.packing
    with db.session() as session:
        opened = session.scalars(
            select(Event.station).where(
                Event.kind == EventKind.TRANSITION.value,
                Event.to_state == OrderState.PACKING.value,
            )
        ).all()
    assert opened == ["bench-2"]  # one open, by the winner; nothing of the loser's


def test_a_supervisor_frees_an_order_a_left_station_holds(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    orders(db, station, settings)
    left = PackingService(db, Station("bench-2", "yuki"), settings)
    opened = left.open_code(NUMBERS[0]).view
    assert opened is not None
    here = PackingService(db, station, settings)
    running = station_lock.acquire(db, "bench-2")
    try:
        refused = here.release_claim(opened.shipment_id, "crashed")
        assert refused.level is Level.BAD and "is running" in refused.message.render()
    finally:
        running.release()
    freed = here.release_claim(opened.shipment_id, "bench-2 crashed")
    assert "free again" in freed.message.render()
    with db.session() as session:
        event = session.scalars(
            select(Event).where(Event.kind == EventKind.CLAIM_RELEASED.value)
        ).one()
    assert (event.detail, event.reason, event.station) == ("bench-2", "bench-2 crashed", "bench-1")
    resumed = here.open_code(NUMBERS[0])
    assert resumed.level is Level.INFO and here.packing  # no takeover asked: on no bench
    again = here.release_claim(opened.shipment_id, "twice")
    assert "nothing to release" in again.message.render()
