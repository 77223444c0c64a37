"""PostgreSQL's COPY writer stores what the SQLAlchemy path stores, and the other stations
hear of the orders it wrote."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from packstation.app import intake
from packstation.app.intake import Intake
from packstation.app.queue_watch import Listener
from packstation.store import bulk
from packstation.store.database import Database
from tests.app.test_bulk_writers import sample_orders, snapshot
from tests.builders import load_products
from tests.conftest import POSTGRES
from tests.postgres import scratch_database

pytestmark = pytest.mark.skipif(
    not POSTGRES, reason="no PostgreSQL server: set PACKSTATION_TEST_POSTGRES (.ci/run does)"
)


@pytest.fixture
def two_databases() -> Iterator[tuple[Database, Database]]:
    with scratch_database(POSTGRES) as first, scratch_database(POSTGRES) as second:
        dbs = Database(first), Database(second)
        yield dbs
        for db in dbs:
            db.dispose()


def test_copy_and_generic_writers_store_the_same(
    two_databases, station, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    copied, generic = two_databases
    assert bulk.bulk_writer(copied.engine.dialect)[1] is bulk.write_postgres
    load_products(copied)
    Intake(copied, station, settings).store_orders(sample_orders(), "test")
    load_products(generic)
    monkeypatch.setattr(
        intake,
        "bulk_writer",
        lambda dialect: (bulk.Values(dialect, converted=False), bulk.write_generic),
    )
    Intake(generic, station, settings).store_orders(sample_orders(), "test")
    assert snapshot(copied) == snapshot(generic)
    assert len(snapshot(copied)[0]) == 4


def test_a_bulk_import_is_heard_by_the_other_stations(
    two_databases, station, settings
) -> None:  # type: ignore[no-untyped-def]
    db, _ = two_databases
    load_products(db)
    heard = threading.Event()
    listener = Listener(db, heard.set)
    listener.start()
    try:
        assert heard.wait(10)  # once on connecting
        heard.clear()
        Intake(db, station, settings).store_orders(sample_orders(), "test")
        assert heard.wait(5)
    finally:
        listener.stop()
