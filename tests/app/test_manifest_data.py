"""A manifest's parcels from the database in one query, whatever their number: the same rows
the per-parcel load gave."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import pytest
from sqlalchemy import event

from packstation.app.documents import Documents, parcel_size
from packstation.app.intake import Intake
from packstation.app.packing import PackingService
from packstation.documents.model import ManifestParcel
from packstation.domain.model import CatalogueBarcode, CatalogueProduct
from packstation.domain.parcel_size import Dimensions
from packstation.store.catalogue import upsert_product
from packstation.store.database import Database
from packstation.store.manifest import manifest_rows
from packstation.store.shipping import load_parcel, set_shipping
from packstation.store.weighing import record_weight, set_box
from tests.builders import TEA, gtin, load_products, rakuten

pytestmark = pytest.mark.both_databases

BOXES = [
    ("BOX-60", Dimensions(250, 180, 150)),
    ("BOX-100", Dimensions(420, 320, 230)),
    ("BOX-BAG", None),  # a mailer bag: no dimensions, no size class
]


def number(n: int) -> str:
    return f"502763-20261122-{n:08d}"


def store_orders(db, station, settings, count: int) -> None:  # type: ignore[no-untyped-def]
    load_products(db)
    with db.session() as session, session.begin():
        for n, (sku, dimensions) in enumerate(BOXES):
            barcode = CatalogueBarcode(gtin(f"20000000000{n}"))
            box = CatalogueProduct(sku, sku, [barcode], 150, is_box=True, dimensions=dimensions)
            upsert_product(session, box)
    orders = [rakuten(number(n), ("TEA", 2)) for n in range(1, count + 1)]
    Intake(db, station, settings).store_orders(orders, "test")


def ship(db, station, shipment_id: int, box: str | None, grams: int | None) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as connection:
        if box is not None:
            set_box(connection, shipment_id, box)
        if grams is not None:
            record_weight(connection, shipment_id, Decimal(grams), station.now())
        set_shipping(connection, shipment_id, "yamato", "宅急便", f"4444{shipment_id:08d}")


def per_parcel(db: Database, carrier: str, shipment_ids: list[int]) -> tuple[ManifestParcel, ...]:
    """The manifest's parcels as they were read before: each parcel loaded whole."""
    with db.engine.connect() as connection:
        parcels = [load_parcel(connection, sid) for sid in shipment_ids]
    return tuple(
        ManifestParcel(
            p.label,
            p.tracking_number or "",
            p.weight,
            parcel_size(carrier, p.box_dimensions, p.weight),
        )
        for p in parcels
        if p is not None
    )


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    sent: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_the_manifest_rows_are_those_of_the_whole_parcels(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    store_orders(db, station, settings, 4)
    bench = PackingService(db, station, settings)
    bench.scan(number(1), 0)
    bench.scan(TEA, 1000)
    bench.close_parcel()  # order 1 goes out in two parcels: shipments 1 and 5
    ship(db, station, 1, "BOX-60", 1800)
    ship(db, station, 5, "BOX-60", 4200)  # a small box, heavy: billed by weight
    ship(db, station, 2, "BOX-100", None)  # not weighed: sized by its sides
    ship(db, station, 3, "BOX-BAG", 900)
    ship(db, station, 4, None, 700)  # no box recorded
    shipment_ids = [5, 3, 999, 1, 4, 2]  # the handover's order; 999 is no shipment
    documents = Documents(db, settings)
    today = station.now().astimezone().date()
    manifests = {
        carrier: documents.manifest_of(carrier, today, shipment_ids).parcels
        for carrier in ("yamato", "japanpost", "ozon")
    }
    for carrier, parcels in manifests.items():
        assert parcels == per_parcel(db, carrier, shipment_ids), carrier
    yamato = manifests["yamato"]
    assert [(p.order_number, p.tracking_number, p.weight_g, p.size_class) for p in yamato] == [
        (f"{number(1)} (2/2)", "444400000005", Decimal(4200), "80"),
        (number(3), "444400000003", Decimal(900), ""),
        (f"{number(1)} (1/2)", "444400000001", Decimal(1800), "60"),
        (number(4), "444400000004", Decimal(700), ""),
        (number(2), "444400000002", None, "100"),
    ]


def test_the_manifest_takes_as_many_statements_for_many_parcels_as_for_few(  # type: ignore[no-untyped-def]
    db, station, settings
) -> None:
    store_orders(db, station, settings, 24)
    for shipment_id in range(1, 25):
        ship(db, station, shipment_id, BOXES[shipment_id % 3][0], 1000 + shipment_id)
    documents = Documents(db, settings)
    today = station.now().astimezone().date()
    sent: dict[int, list[str]] = {}
    for count in (2, 24):
        with statements(db) as sent[count]:
            manifest = documents.manifest_of("yamato", today, list(range(1, count + 1)))
        assert len(manifest.parcels) == count
    assert len(sent[2]) == len(sent[24]) == 1
    with statements(db) as day:
        assert len(documents.manifest("yamato", today).parcels) == 24
    assert len(day) == 2  # the day's parcels, then their rows


def test_more_parcels_than_sqlite_has_variables_take_one_statement(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    store_orders(db, station, settings, 3)
    shipment_ids = [*range(1, 1500), 2]  # 1,500 ids; 3 of them parcels, one given twice
    with db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            # SQLite's default before 3.32, and still the limit of some builds.
            raw = connection.connection.dbapi_connection
            raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)  # type: ignore[union-attr]
        rows = manifest_rows(connection, shipment_ids)
    assert [row.shipment_id for row in rows] == [1, 2, 3, 2]
    assert rows[0].label == number(1) and rows[0].weight is None
