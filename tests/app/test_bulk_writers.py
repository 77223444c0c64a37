"""Both ways of writing new orders store the same thing: SQLite's driver-level fast path and
the SQLAlchemy path every other database takes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from packstation.app import intake
from packstation.app.intake import Intake
from packstation.domain.model import IncomingLine, IncomingShipment
from packstation.store import bulk
from packstation.store.database import Database
from packstation.store.schema import Event, Line, Order, Product, Shipment, ShipmentCode
from tests.builders import MOSCOW, TOKYO, later, load_products, ozon, rakuten

pytestmark = pytest.mark.both_databases


def sample_orders():  # type: ignore[no-untyped-def]
    gift = later(
        rakuten("502763-20261122-00000001", ("TEA", 2), ("CUP", 1), gift=True),
        noshi="御祝",
        delivery_date=date(2026, 11, 25),
        time_slot="14:00-16:00",
    )
    two = rakuten("502763-20261122-00000002", ("TEA", 1))
    two = replace(
        two,
        shipments=[
            two.shipments[0],
            IncomingShipment("2", [IncomingLine("POT", "Pot", 1)], replace(TOKYO, name="佐藤")),
        ],
    )
    held = rakuten("502763-20261122-00000003", ("NOPE", 1), ship_to=replace(TOKYO, postal_code="1"))
    rfbs = later(ozon("57195475-0050-1", ("PERF", 1)), ship_to=MOSCOW)
    return [gift, two, held, rfbs]


def snapshot(db: Database) -> list[object]:
    with db.session() as session:
        return [
            [
                (o.marketplace, o.number, o.ordered_at, o.gift, o.total, o.orderer, o.fingerprint)
                for o in session.scalars(select(Order).order_by(Order.id))
            ],
            [
                (
                    s.order_id,
                    s.key,
                    s.seq,
                    s.state,
                    s.ship_by,
                    s.delivery_date,
                    s.time_slot,
                    s.noshi,
                    s.shipping_fee,
                    s.ship_to,
                    s.hold_reasons,
                    s.stock_reserved,
                    s.fingerprint,
                )
                for s in session.scalars(select(Shipment).order_by(Shipment.id))
            ],
            [
                (l.shipment_id, l.seq, l.sku, l.quantity, l.unit_price, l.tax_rate, l.requires_mark)
                for l in session.scalars(select(Line).order_by(Line.id))
            ],
            [
                (c.code, c.shipment_id)
                for c in session.scalars(select(ShipmentCode).order_by(ShipmentCode.id))
            ],
            [
                (e.kind, e.order_id, e.shipment_id, e.to_state, e.reason, e.at)
                for e in session.scalars(select(Event).order_by(Event.id))
            ],
            [(p.sku, p.reserved) for p in session.scalars(select(Product).order_by(Product.sku))],
        ]


@pytest.mark.parametrize("fast", [True, False])
def test_fast_and_generic_writers_store_the_same(
    fast, tmp_path, station, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    results = {}
    for name, generic in (("fast", False), ("generic", True)):
        db = Database(f"sqlite:///{tmp_path / name}.sqlite3")
        load_products(db)
        if generic:
            monkeypatch.setattr(
                intake,
                "bulk_writer",
                lambda dialect: (bulk.Values(dialect, converted=False), bulk.write_generic),
            )
        Intake(db, station, settings).store_orders(sample_orders(), "test")
        results[name] = snapshot(db)
        db.dispose()
        monkeypatch.undo()
    assert results["fast"] == results["generic"]
    orders, shipments, lines, codes, events, products = results["fast"]
    assert len(orders) == 4 and len(shipments) == 5 and len(lines) == 6
    assert [code for code, _ in codes] == ["57195475-0050"]
    assert [state for *_, state, _reason, _at in events] == [
        "confirmed",
        "confirmed",
        "confirmed",
        "on_hold",
        "confirmed",
    ]
    assert fast in (True, False)
