"""The audit trail searched: a period, kinds, station and operator, an order number, code or
tracking number by prefix; newest first, along the primary key; counted up to a cap."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.dialects import sqlite

from packstation.app.context import Station
from packstation.app.intake import Intake
from packstation.app.settings import Settings
from packstation.domain.audit import EventKind
from packstation.store.audit_search import AuditFilters, newest_first, search_events
from packstation.store.database import Database
from packstation.store.events import add_events, event_row
from packstation.store.schema import EVENTS, ORDERS, SHIPMENTS
from tests.builders import NOW, load_products, ozon, rakuten

pytestmark = pytest.mark.both_databases

RAKUTEN_NUMBER = "502763-20261122-00000001"
OZON_POSTING = "01234567-0001-1"
TRACKING = "444413758703"


@pytest.fixture
def trail(db: Database, station: Station, settings: Settings) -> Database:
    """Two orders (their import events ten days ago), then scans at two benches by two
    packers over the last three days, the Ozon parcel with a tracking number."""
    load_products(db)
    Intake(db, station, settings).store_orders(
        [rakuten(RAKUTEN_NUMBER, ("CUP", 1)), ozon(OZON_POSTING, ("CUP", 1))], "test"
    )
    with db.engine.begin() as connection:
        connection.execute(update(EVENTS).values(at=NOW - timedelta(days=10)))
        parcels = dict(
            connection.execute(
                select(ORDERS.c.number, SHIPMENTS.c.id).join(
                    SHIPMENTS, SHIPMENTS.c.order_id == ORDERS.c.id
                )
            ).all()
        )
        orders = dict(connection.execute(select(ORDERS.c.number, ORDERS.c.id)).all())
        connection.execute(
            update(SHIPMENTS)
            .where(SHIPMENTS.c.id == parcels[OZON_POSTING])
            .values(tracking_number=TRACKING)
        )
        rows = []
        for hour in range(72):
            number = RAKUTEN_NUMBER if hour % 2 == 0 else OZON_POSTING
            rows.append(
                event_row(
                    NOW - timedelta(hours=72 - hour),
                    "bench-1" if hour % 3 else "bench-2",
                    "aiko" if hour < 36 else "boris",
                    EventKind.SCAN if hour % 4 else EventKind.WEIGHED,
                    order_id=orders[number],
                    shipment_id=parcels[number],
                    code=f"code-{hour}",
                    detail=str(hour),
                )
            )
        add_events(connection, rows)
    return db


def found(db: Database, limit: int = 1000, **filters: object) -> list[str]:
    with db.engine.connect() as connection:
        chosen = AuditFilters(**filters)  # type: ignore[arg-type]
        page = search_events(connection, chosen, limit, now=NOW)
    return [row.detail for row in page.rows]


def test_the_last_seven_days_newest_first_by_default(trail: Database) -> None:
    assert found(trail) == [str(hour) for hour in reversed(range(72))]


def test_a_period_holds_the_events_from_its_start_to_its_end(trail: Database) -> None:
    since, until = NOW - timedelta(days=11), NOW - timedelta(days=9)
    with trail.engine.connect() as connection:
        page = search_events(connection, AuditFilters(since=since, until=until), now=NOW)
    assert {row.kind for row in page.rows} == {EventKind.IMPORTED}
    assert {row.order_number for row in page.rows} == {RAKUTEN_NUMBER, OZON_POSTING}
    last_day = found(trail, since=NOW - timedelta(hours=24), until=NOW - timedelta(minutes=30))
    assert last_day == [str(hour) for hour in reversed(range(48, 72))]


def test_kinds_station_and_operator_narrow_it(trail: Database) -> None:
    weighed = found(trail, kinds={EventKind.WEIGHED})
    assert weighed == [str(hour) for hour in reversed(range(0, 72, 4))]
    assert found(trail, station="bench-2") == [str(hour) for hour in reversed(range(0, 72, 3))]
    assert found(trail, operator="boris") == [str(hour) for hour in reversed(range(36, 72))]
    both = found(trail, kinds={EventKind.WEIGHED}, station="bench-2", operator="aiko")
    assert both == ["24", "12", "0"]


def test_the_text_finds_an_order_by_the_start_of_its_number_a_code_or_a_tracking_number(
    trail: Database,
) -> None:
    rakuten_events = [str(hour) for hour in reversed(range(0, 72, 2))]
    ozon_events = [str(hour) for hour in reversed(range(1, 72, 2))]
    assert found(trail, text="502763-2026") == rakuten_events
    assert found(trail, text="20261122") == []  # the middle of the number: no
    assert found(trail, text=" 01234567 ") == ozon_events  # the Ozon order's code
    assert found(trail, text=TRACKING[:6]) == ozon_events


def test_the_text_takes_percent_and_underscore_as_they_are(trail: Database) -> None:
    assert found(trail, text="502763%") == []
    assert found(trail, text="_") == []


def test_the_newest_are_listed_and_all_counted_up_to_the_cap(trail: Database) -> None:
    with trail.engine.connect() as connection:
        page = search_events(connection, AuditFilters(), limit=10, now=NOW)
        assert [row.detail for row in page.rows] == [str(hour) for hour in range(71, 61, -1)]
        assert (page.matching, page.more, page.cut) == (72, False, True)
        capped = search_events(connection, AuditFilters(), limit=10, now=NOW, cap=50)
        assert (capped.matching, capped.more) == (50, True)
        whole = search_events(connection, AuditFilters(operator="aiko"), now=NOW)
        assert (whole.matching, whole.more, whole.cut) == (36, False, False)


def test_sqlite_reads_a_period_along_the_primary_key_without_sorting(db_url: str) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("the plan checked is SQLite's")
    database = Database(db_url)
    try:
        with database.engine.connect() as connection:
            statement = newest_first(AuditFilters(), NOW, "sqlite", 1000).compile(
                dialect=sqlite.dialect(), compile_kwargs={"render_postcompile": True}
            )
            values = statement.construct_params()
            bound = tuple(values[name] for name in statement.positiontup or ())
            explained = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", bound)
            plan = [row[-1] for row in explained]
    finally:
        database.dispose()
    assert "SCAN events" in plan
    assert not any("TEMP B-TREE" in step for step in plan), plan
