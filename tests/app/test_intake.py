from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from packstation.app.confirmation import recheck
from packstation.app.intake import Intake
from packstation.app.packing import PackingService
from packstation.domain.audit import EventKind
from packstation.domain.model import Address, IncomingLine, IncomingShipment, MarketStatus
from packstation.domain.states import OrderState
from packstation.store.schema import Event, Line, Order, Product, Shipment
from tests.builders import ORDERED_AT, TEA, TOKYO, later, load_products, ozon, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"


def intake(db, station, settings) -> Intake:  # type: ignore[no-untyped-def]
    load_products(db)
    return Intake(db, station, settings)


def shipments(db) -> list[Shipment]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return list(session.scalars(select(Shipment).order_by(Shipment.id)))


def reserved(db, sku: str) -> int:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalar(select(Product.reserved).where(Product.sku == sku))


def event_kinds(db) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return [(e.kind, e.to_state) for e in session.scalars(select(Event).order_by(Event.id))]


def test_a_good_order_is_confirmed_and_reserves_stock(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    summary = intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", 3))], "f.csv")
    assert (summary.new, summary.on_hold) == (1, 0)
    [shipment] = shipments(db)
    assert shipment.state == "confirmed" and shipment.stock_reserved
    assert shipment.ship_by == ORDERED_AT + timedelta(hours=48)
    assert reserved(db, "TEA") == 3
    assert event_kinds(db) == [("imported", "confirmed")]


def test_deadline_default_is_configurable_per_marketplace(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    settings.deadline_hours["rakuten"] = 24
    intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", 1))], "f")
    assert shipments(db)[0].ship_by == ORDERED_AT + timedelta(hours=24)


def test_ozon_keeps_its_own_shipment_date(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    intake(db, station, settings).store_orders([ozon("57195475-0050-1", ("TEA", 1))], "f")
    assert shipments(db)[0].ship_by == ORDERED_AT + timedelta(hours=30)


def test_problem_orders_go_on_hold_with_every_reason(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    bad_address = replace(TOKYO, postal_code="12-345", phone="")
    summary = intake(db, station, settings).store_orders(
        [rakuten(NUMBER, ("TEA", 1), ("NOPE", 1), ship_to=bad_address)], "f"
    )
    assert summary.on_hold == 1
    [shipment] = shipments(db)
    assert shipment.state == "on_hold" and not shipment.stock_reserved
    reasons = [reason["source"] for reason in shipment.hold_reasons]
    assert any("Unknown SKU" in r for r in reasons)
    assert any("NNN-NNNN" in r for r in reasons)
    assert any("phone missing" in r for r in reasons)
    assert reserved(db, "TEA") == 0


def test_stock_is_reserved_order_by_order(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    orders = [rakuten(f"{NUMBER[:-1]}{i}", ("POT", 2)) for i in range(1, 5)]
    summary = intake(db, station, settings).store_orders(orders, "f")
    states = [s.state for s in shipments(db)]
    assert states == ["confirmed", "confirmed", "on_hold", "on_hold"]
    assert summary.on_hold == 2 and reserved(db, "POT") == 4


def test_reimporting_the_same_orders_changes_nothing(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = intake(db, station, settings)
    orders = [rakuten(NUMBER, ("TEA", 1)), ozon("57195475-0050-1", ("CUP", 1))]
    service.store_orders(orders, "f")
    again = service.store_orders(orders, "f")
    assert (again.new, again.changed, again.unchanged) == (0, 0, 2)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 2
        assert session.scalar(select(func.count()).select_from(Event)) == 2
    assert reserved(db, "TEA") == 1


def test_a_change_before_packing_is_applied_and_logged(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = intake(db, station, settings)
    order = rakuten(NUMBER, ("TEA", 1))
    service.store_orders([order], "f")
    changed = later(order, lines=[IncomingLine("TEA", "Tea", 4), IncomingLine("CUP", "Cup", 1)])
    summary = service.store_orders([changed], "f")
    assert summary.changed == 1
    with db.session() as session:
        assert [(l.sku, l.quantity) for l in session.scalars(select(Line).order_by(Line.seq))] == [
            ("TEA", 4),
            ("CUP", 1),
        ]
    assert reserved(db, "TEA") == 4 and reserved(db, "CUP") == 1
    assert ("changed", None) in event_kinds(db)


def test_a_change_while_packing_holds_the_order_and_keeps_scans(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = intake(db, station, settings)
    order = rakuten(NUMBER, ("TEA", 2), ("CUP", 1))
    service.store_orders([order], "f")
    bench = PackingService(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    service.store_orders([later(order, lines=[IncomingLine("TEA", "Tea", 3)])], "f")
    [shipment] = shipments(db)
    assert shipment.state == "on_hold"
    assert any("changed while it was being packed" in r["source"] for r in shipment.hold_reasons)
    with db.session() as session:
        assert session.scalar(select(Line.scanned).where(Line.sku == "TEA")) == 1


def test_a_change_after_packing_is_not_applied_and_reported(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = intake(db, station, settings)
    order = rakuten(NUMBER, ("TEA", 1))
    service.store_orders([order], "f")
    bench = PackingService(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    summary = service.store_orders([later(order, lines=[IncomingLine("TEA", "Tea", 5)])], "f")
    assert [m.render() for m in summary.not_applied] == [
        f"{NUMBER}: the file changes an order that is already packed; the change was not applied"
    ]
    with db.session() as session:
        assert session.scalar(select(Line.quantity)) == 1


def test_marketplace_cancellation_releases_stock(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = intake(db, station, settings)
    posting = ozon("57195475-0050-1", ("TEA", 2))
    service.store_orders([posting], "f")
    assert reserved(db, "TEA") == 2
    service.store_orders(
        [later(posting, status=MarketStatus.CANCELLED, marketplace_status="cancelled")], "f"
    )
    assert shipments(db)[0].state == "cancelled"
    assert reserved(db, "TEA") == 0


def test_cancellation_after_shipping_is_reported(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = intake(db, station, settings)
    posting = ozon("57195475-0050-1", ("TEA", 1), status=MarketStatus.SHIPPED, raw="delivering")
    service.store_orders([posting], "f")
    summary = service.store_orders(
        [later(posting, status=MarketStatus.CANCELLED, marketplace_status="cancelled")], "f"
    )
    assert "stop the parcel" in summary.not_applied[0].render()


def test_marketplace_states_map_to_ours_and_only_to_pack_enters_the_queue(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "awaiting_packaging": (MarketStatus.TO_PACK, "confirmed"),
        "awaiting_approve": (MarketStatus.PENDING, "new"),
        "awaiting_deliver": (MarketStatus.PACKED, "packed"),
        "delivering": (MarketStatus.SHIPPED, "shipped"),
        "delivered": (MarketStatus.DELIVERED, "delivered"),
        "cancelled": (MarketStatus.CANCELLED, "cancelled"),
        "arbitration": (MarketStatus.CHANGE_PENDING, "on_hold"),
    }
    orders = [
        ozon(f"1000-0001-{i}", ("TEA", 1), status=status, raw=raw)
        for i, (raw, (status, _)) in enumerate(cases.items(), start=1)
    ]
    intake(db, station, settings).store_orders(orders, "f")
    assert [s.state for s in shipments(db)] == [state for _, state in cases.values()]
    assert reserved(db, "TEA") == 1


def test_pending_order_is_confirmed_when_released_by_the_marketplace(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = intake(db, station, settings)
    posting = ozon(
        "57195475-0050-1", ("TEA", 1), status=MarketStatus.PENDING, raw="awaiting_approve"
    )
    service.store_orders([posting], "f")
    service.store_orders(
        [later(posting, status=MarketStatus.TO_PACK, marketplace_status="awaiting_packaging")], "f"
    )
    assert shipments(db)[0].state == "confirmed"


def test_multi_destination_order_has_one_shipment_per_destination(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    order = rakuten(NUMBER, ("TEA", 1))
    second = IncomingShipment(
        "2", [IncomingLine("CUP", "Cup", 1)], replace(TOKYO, name="佐藤 花子")
    )
    order = replace(order, shipments=[order.shipments[0], second])
    intake(db, station, settings).store_orders([order], "f")
    rows = shipments(db)
    assert [(s.key, s.seq, s.state) for s in rows] == [("1", 1, "confirmed"), ("2", 2, "confirmed")]
    bench = PackingService(db, station, settings)
    first = bench.scan(NUMBER, 0)
    assert first.view is not None and first.view.label == f"{NUMBER} (1/2)"


def test_recheck_releases_a_fixed_order(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = intake(db, station, settings)
    service.store_orders([rakuten(NUMBER, ("NEWSKU", 1))], "f")
    assert shipments(db)[0].state == "on_hold"
    from decimal import Decimal

    from packstation.domain.model import CatalogueProduct
    from packstation.store.catalogue import upsert_product

    with db.session() as session, session.begin():
        upsert_product(session, CatalogueProduct("NEWSKU", "New", [], 10, Decimal(1), False, 3))
    result = recheck(db, station)
    assert (result.confirmed, result.on_hold) == (1, 0)
    assert shipments(db)[0].state == "confirmed" and reserved(db, "NEWSKU") == 1
    assert recheck(db, station).confirmed == 0


def test_recheck_never_lifts_a_packer_hold(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = intake(db, station, settings)
    service.store_orders([rakuten(NUMBER, ("TEA", 1))], "f")
    bench = PackingService(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.hold("wrong colour in stock")
    recheck(db, station)
    assert shipments(db)[0].state == OrderState.ON_HOLD.value


def test_an_unknown_russian_index_holds_rfbs(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    posting = ozon("57195475-0050-1", ("TEA", 1))
    address = Address(
        "Иван",
        postal_code="1010",
        region="Москва",
        city="Москва",
        line1="ул. 1",
        country="RU",
        phone="+79161234567",
    )
    posting = later(posting, ship_to=address)
    intake(db, station, settings).store_orders([posting], "f")
    [shipment] = shipments(db)
    assert shipment.state == "on_hold" and "6 digits" in shipment.hold_reasons[0]["source"]
    assert EventKind.IMPORTED.value == event_kinds(db)[0][0]
