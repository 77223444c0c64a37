import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from packstation.app.context import Station
from packstation.app.demo import DemoSummary, demo_orders, load_demo
from packstation.app.settings import Settings
from packstation.domain.barcodes import is_valid_gtin, to_gtin14
from packstation.domain.parcel_size import Dimensions, size_class
from packstation.domain.states import OrderState
from packstation.store.database import Database
from packstation.store.orders import holds_from_json
from packstation.store.schema import Line, Order, Product, Shipment

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
SOON = timedelta(hours=6)
JST = timezone(timedelta(hours=9))


@dataclass
class Loaded:
    db: Database
    station: Station
    settings: Settings
    images: Path
    summary: DemoSummary


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loaded]:
    folder = tmp_path_factory.mktemp("demo")
    db = Database(f"sqlite:///{folder}/t.sqlite3")
    station = Station("bench-1", "tester", clock=lambda: NOW)
    settings = Settings(station_name="bench-1", operator="tester")
    images = folder / "images"
    summary = load_demo(db, station, settings, images_dir=images, now=NOW)
    yield Loaded(db, station, settings, images, summary)
    db.dispose()


@pytest.fixture
def session(loaded: Loaded) -> Iterator[Session]:
    with loaded.db.session() as session:
        yield session


def shipments(session: Session) -> list[Shipment]:
    query = select(Shipment).options(selectinload(Shipment.lines), selectinload(Shipment.order))
    return list(session.scalars(query))


def products(session: Session) -> list[Product]:
    """The goods; the shipping boxes are apart."""
    query = select(Product).options(selectinload(Product.barcodes)).where(~Product.is_box)
    return list(session.scalars(query))


def test_a_queue_across_both_marketplaces_is_loaded(loaded: Loaded, session: Session) -> None:
    summary = loaded.summary
    assert not summary.skipped
    assert summary.orders >= 36
    assert session.scalar(select(func.count(Order.id))) == summary.orders
    assert session.scalar(select(func.count(Shipment.id))) == summary.shipments
    assert session.scalar(select(func.count(Product.id))) == summary.products >= 18
    marketplaces = session.scalars(select(Order.marketplace).distinct())
    assert set(marketplaces) == {"rakuten", "ozon"}


def test_exactly_two_problem_orders_are_on_hold_and_the_rest_confirmed(
    loaded: Loaded, session: Session
) -> None:
    held = [s for s in shipments(session) if s.state == OrderState.ON_HOLD]
    reasons = sorted(
        reason.message.render() for s in held for reason in holds_from_json(s.hold_reasons)
    )
    assert loaded.summary.on_hold == len(held) == 2
    assert reasons == [
        "Postal code “330-006” is not NNN-NNNN",
        "Unknown SKU TEA-HOJI-100: add it to the catalogue or fix the order",
    ]
    others = [s for s in shipments(session) if s not in held]
    assert {s.state for s in others} == {OrderState.CONFIRMED.value}
    assert all(s.stock_reserved for s in others)


def test_every_barcode_is_a_valid_gtin_of_every_kind(session: Session) -> None:
    barcodes = [barcode for product in products(session) for barcode in product.barcodes]
    assert barcodes
    assert all(is_valid_gtin(b.printed) and b.code == to_gtin14(b.printed) for b in barcodes)
    assert {len(b.printed) for b in barcodes} == {8, 12, 13, 14}
    prefixes = {b.printed[:3] for b in barcodes if len(b.printed) == 13}
    assert {"490", "454", "460"} <= prefixes
    assert all(p[:2] in ("45", "49") or "460" <= p <= "469" for p in prefixes)
    case = [b for b in barcodes if b.pack_quantity > 1]
    assert case and all(len(b.printed) == 14 for b in case)
    by_product: dict[int, int] = {}
    for barcode in barcodes:
        by_product[barcode.product_id] = by_product.get(barcode.product_id, 0) + 1
    assert max(by_product.values()) >= 2


def test_the_catalogue_has_what_the_bench_must_handle(session: Session) -> None:
    catalogue = products(session)
    assert any(p.fragile for p in catalogue)
    assert {p.unit_code for p in catalogue} >= {"serial", "mark"}
    assert any(not p.barcodes for p in catalogue)
    assert all(p.weight_g and p.cost_price and p.name for p in catalogue)
    assert any(p.variant for p in catalogue)
    low = [p for p in catalogue if p.stock <= 2]
    assert low and all(p.reserved == p.stock for p in low)


def test_shipping_boxes_have_a_barcode_and_a_tare(session: Session) -> None:
    boxes = list(session.scalars(select(Product).where(Product.is_box)))
    assert len(boxes) == 3
    assert all(box.weight_g and len(box.barcodes) == 1 for box in boxes)
    assert all(is_valid_gtin(box.barcodes[0].printed) for box in boxes)


def test_each_shipping_box_fits_the_size_class_it_is_named_for(session: Session) -> None:
    boxes = session.scalars(select(Product).where(Product.is_box))
    sizes = {
        box.sku: size_class("yamato", Dimensions(box.length_mm, box.width_mm, box.height_mm), None)
        for box in boxes
    }
    assert sizes == {"BOX-60": 60, "BOX-80": 80, "BOX-100": 100}


def test_the_orders_cover_the_special_cases(session: Session) -> None:
    orders = list(
        session.scalars(
            select(Order).options(selectinload(Order.shipments).selectinload(Shipment.lines))
        )
    )
    all_shipments = [s for o in orders for s in o.shipments]
    lines = [line for s in all_shipments for line in s.lines]
    skus = {p.sku: p for p in products(session)}

    gift = [o for o in orders if o.gift]
    assert any(s.gift_wrap and s.noshi for o in gift for s in o.shipments)
    assert any(s.time_slot == "14:00-16:00" and s.delivery_date for s in all_shipments)
    assert any(o.invoice_requested for o in orders)
    assert any(o.buyer_notes for o in orders)
    split = [o for o in orders if len(o.shipments) == 2]
    assert len(split) == 1
    first, second = split[0].shipments
    assert (first.key, second.key) == ("1", "2")
    assert first.ship_to["name"] != second.ship_to["name"]
    assert any(len(o.shipments[0].lines) > 1 for o in orders)
    assert any(line.quantity == 3 for line in lines)
    cased = {p.sku for p in skus.values() if any(b.pack_quantity > 1 for b in p.barcodes)}
    assert any(line.sku in cased and line.quantity == 12 for line in lines)
    ordered = {line.sku for line in lines}
    assert any(skus[sku].fragile for sku in ordered if sku in skus)
    assert any(not skus[sku].barcodes for sku in ordered if sku in skus)
    assert any(skus[sku].unit_code == "serial" for sku in ordered if sku in skus)
    assert any(
        line.requires_mark and skus[line.sku].unit_code == "mark"
        for line in lines
        if line.shipment.order.marketplace == "ozon"
    )


def test_marketplace_numbers_addresses_and_currencies(session: Session) -> None:
    for shipment in shipments(session):
        order = shipment.order
        if order.marketplace == "rakuten":
            assert re.fullmatch(r"\d{6}-\d{8}-\d{8}", order.number)
            assert order.currency == "JPY"
            assert shipment.ship_to["country"] == "JP"
            assert re.fullmatch(r"\d{3}-\d{3,4}", shipment.ship_to["postal_code"])
            assert shipment.ship_to["name_kana"]
            assert order.number.split("-")[1] == f"{order.ordered_at.astimezone(JST):%Y%m%d}"
            assert {line.tax_rate for line in shipment.lines} <= {Decimal("0.10"), Decimal("0.08")}
        else:
            assert re.fullmatch(r"\d{8}-\d{4}-\d", order.number)
            assert shipment.key == order.number
            assert order.currency == "RUB"
            if shipment.ship_to is not None:
                assert shipment.ship_to["country"] == "RU"
                assert re.fullmatch(r"\d{6}", shipment.ship_to["postal_code"])
    ozon = [s for s in shipments(session) if s.order.marketplace == "ozon"]
    rfbs = [s for s in ozon if s.ship_to is not None]
    assert 0 < len(rfbs) < len(ozon) / 2


def test_deadlines_are_spread_around_now(session: Session) -> None:
    deadlines = [s.ship_by for s in shipments(session)]
    assert sum(d < NOW for d in deadlines) >= 3
    assert sum(NOW <= d <= NOW + SOON for d in deadlines) >= 5
    assert sum(d > NOW + SOON for d in deadlines) >= 15
    assert all(o <= NOW for o in session.scalars(select(Order.ordered_at)))
    for marketplace in ("rakuten", "ozon"):
        overdue = session.scalar(
            select(func.count(Shipment.id))
            .join(Order)
            .where(Order.marketplace == marketplace, Shipment.ship_by < NOW)
        )
        assert overdue


def test_the_orders_depend_only_on_now() -> None:
    assert demo_orders(NOW) == demo_orders(NOW)
    later = demo_orders(NOW + timedelta(days=1))
    assert [o.ordered_at + timedelta(days=1) for o in demo_orders(NOW)] == [
        o.ordered_at for o in later
    ]


def test_every_product_has_a_png_picture(session: Session, loaded: Loaded) -> None:
    for product in products(session):
        path = Path(product.image_path)
        assert path.parent == loaded.images.resolve()
        assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        with Image.open(path) as image:
            assert image.size == (256, 256)


def test_a_second_load_is_skipped_and_adds_nothing(loaded: Loaded, session: Session) -> None:
    counts = [select(func.count(table.id)) for table in (Order, Shipment, Line, Product)]
    before = [session.scalar(count) for count in counts]
    again = load_demo(loaded.db, loaded.station, loaded.settings, images_dir=loaded.images, now=NOW)
    assert again.skipped
    assert [session.scalar(count) for count in counts] == before
