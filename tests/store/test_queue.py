"""The queue reads each state along its index and merges them: the same rows, in the same
order, as filtering every parcel would give; counts capped; search by prefix."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from packstation.app.context import Station
from packstation.app.intake import Intake
from packstation.app.settings import Settings
from packstation.domain.states import QUEUE_STATES, OrderState
from packstation.store import queue
from packstation.store.database import Database
from packstation.store.queue import queue_page
from packstation.store.schema import ORDERS, SHIPMENTS
from tests.builders import ORDERED_AT, load_products, ozon, rakuten

pytestmark = pytest.mark.both_databases

STATES = [
    OrderState.CONFIRMED,
    OrderState.ON_HOLD,
    OrderState.PACKING,
    OrderState.PACKED,
    OrderState.SHIPPED,
]


@pytest.fixture
def filled(db: Database, station: Station, settings: Settings) -> Database:
    """60 parcels of both marketplaces in every state, deadlines shuffled, some on a bench,
    the shipped ones with a tracking number."""
    load_products(db)
    rng = random.Random(7)
    orders = []
    for n in range(40):
        order = rakuten(f"502763-20261122-{n:08d}", ("CUP", 1))
        at = ORDERED_AT + timedelta(minutes=rng.randrange(600))
        orders.append(replace(order, ordered_at=at))
    for n in range(20):
        orders.append(ozon(f"0{n:07d}-0001-1", ("CUP", 1)))
    Intake(db, station, settings).store_orders(orders, "test")
    with db.engine.begin() as connection:
        ids = list(connection.scalars(select(SHIPMENTS.c.id).order_by(SHIPMENTS.c.id)))
        for shipment_id in ids:
            state = rng.choice(STATES)
            connection.execute(
                update(SHIPMENTS)
                .where(SHIPMENTS.c.id == shipment_id)
                .values(
                    state=state.value,
                    ship_by=ORDERED_AT + timedelta(minutes=rng.randrange(3000)),
                    packing_station=(
                        "bench-2"
                        if state is OrderState.PACKING
                        or (state is OrderState.PACKED and rng.random() < 0.5)
                        else None
                    ),
                    tracking_number=(
                        f"4{shipment_id:011d}" if state is OrderState.SHIPPED else None
                    ),
                )
            )
    return db


def everything(db: Database) -> list[tuple[int, OrderState, datetime, str, str | None, str]]:
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(
                SHIPMENTS.c.id,
                SHIPMENTS.c.state,
                SHIPMENTS.c.ship_by,
                ORDERS.c.marketplace,
                SHIPMENTS.c.packing_station,
                ORDERS.c.number,
            ).join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
        ).all()
    return [
        (r.id, OrderState(r.state), r.ship_by, r.marketplace, r.packing_station, r.number)
        for r in rows
    ]


def expected(
    db: Database,
    states: frozenset[OrderState],
    marketplace: str | None = None,
    benched: bool = False,
    limit: int = 500,
) -> tuple[list[int], int]:
    """What filtering every parcel gives."""
    wanted = [
        (ship_by, sid)
        for sid, state, ship_by, market, bench, _ in everything(db)
        if (state in states or (benched and state is OrderState.PACKED and bench))
        and (marketplace is None or market == marketplace)
    ]
    return [sid for _, sid in sorted(wanted)][:limit], len(wanted)


FILTERS = [
    (QUEUE_STATES, True),
    (QUEUE_STATES, False),
    (frozenset(OrderState), False),
    (frozenset({OrderState.SHIPPED}), False),
    (frozenset({OrderState.PACKED}), True),
]


def test_the_merged_states_give_the_rows_a_filter_over_every_parcel_gives(
    filled: Database,
) -> None:
    for states, benched in FILTERS:
        for marketplace in (None, "rakuten", "ozon"):
            for limit in (500, 7):
                ids, count = expected(filled, states, marketplace, benched, limit)
                with filled.session() as session:
                    page = queue_page(session, states, marketplace, limit=limit, benched=benched)
                case = (sorted(states), benched, marketplace, limit)
                assert [row.shipment_id for row in page.rows] == ids, case
                assert (page.matching, page.more) == (count, False), case
                assert page.cut == (count > limit), case


def test_a_count_past_the_cap_says_more_than_the_cap(
    filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queue, "COUNT_CAP", 5)
    with filled.session() as session:
        page = queue_page(session, frozenset(OrderState), limit=3)
    assert (len(page.rows), page.matching, page.more, page.cut) == (3, 5, True, True)


def test_a_row_shows_its_units_its_bench_and_its_order(filled: Database) -> None:
    with filled.session() as session:
        rows = queue_page(session, QUEUE_STATES, benched=True).rows
    on_bench = [row for row in rows if row.state is OrderState.PACKED]
    assert on_bench and all(row.packing_station == "bench-2" for row in on_bench)
    rakuten = next(row for row in rows if row.marketplace == "rakuten")
    assert (rakuten.units, rakuten.units_scanned, rakuten.parcels) == (1, 0, 1)
    assert rakuten.destination == "山田 太郎 · 東京都 渋谷区"
    ozon = next(row for row in rows if row.marketplace == "ozon")
    assert ozon.destination == ""  # an FBS posting comes without an address


EVERY_STATE = frozenset(OrderState)


def search(db: Database, text: str, states: frozenset[OrderState] = EVERY_STATE) -> list[str]:
    with db.session() as session:
        return [row.number for row in queue_page(session, states, search=text).rows]


def test_search_finds_an_order_by_the_start_of_its_number_not_by_its_middle(
    filled: Database,
) -> None:
    found = search(filled, "502763-20261122-0000001")
    assert set(found) == {f"502763-20261122-{n:08d}" for n in range(10, 20)}
    assert search(filled, "20261122-0000001") == []
    assert search(filled, "  502763-20261122-00000003 ") == ["502763-20261122-00000003"]


def test_search_finds_a_parcel_by_its_code_and_by_its_tracking_number(filled: Database) -> None:
    assert search(filled, "00000005-0001") == ["00000005-0001-1"]  # the posting's order number
    rows = everything(filled)
    shipped, *_, number = next(row for row in rows if row[1] is OrderState.SHIPPED)
    tracking = f"4{shipped:011d}"
    assert search(filled, tracking) == [number]
    assert number in search(filled, tracking[:8])


def test_search_takes_percent_and_underscore_as_they_are(filled: Database) -> None:
    assert search(filled, "%") == []
    assert search(filled, "502763_") == []


def test_a_search_that_matches_too_many_to_read_as_a_set_walks_the_states_to_the_same_rows(
    filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_a_set = search(filled, "502763-", QUEUE_STATES)
    monkeypatch.setattr(queue, "SEARCH_SET", 3)
    with filled.session() as session:
        page = queue_page(session, QUEUE_STATES, search="502763-", limit=500)
    assert [row.number for row in page.rows] == as_a_set
    assert not page.more  # fewer than a page: all of them
