"""Test data: a small catalogue and orders built as the importers would deliver them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from packstation.domain.barcodes import gtin_check_digit
from packstation.domain.model import (
    Address,
    CatalogueBarcode,
    CatalogueProduct,
    IncomingLine,
    IncomingOrder,
    IncomingShipment,
    Marketplace,
    MarketStatus,
    UnitCodeKind,
)
from packstation.store.catalogue import upsert_product
from packstation.store.database import Database


def gtin(body: str) -> str:
    return body + str(gtin_check_digit(body))


TEA = gtin("490123456789")
CUP = gtin("451234567890")
TEAPOT = gtin("450000000001")
DEVICE = gtin("490000000002")
PERFUME = "4607008244045"

PRODUCTS = [
    CatalogueProduct(
        "TEA", "Green tea 100g", [CatalogueBarcode(TEA)], 120, Decimal("350"), False, 50
    ),
    CatalogueProduct("CUP", "Tea cup", [CatalogueBarcode(CUP)], 240, Decimal("800"), True, 10),
    CatalogueProduct("POT", "Teapot", [CatalogueBarcode(TEAPOT)], 900, Decimal("2500"), True, 5),
    CatalogueProduct(
        "DEV",
        "Kitchen scale",
        [CatalogueBarcode(DEVICE)],
        400,
        Decimal("1500"),
        False,
        5,
        unit_code=UnitCodeKind.SERIAL,
    ),
    CatalogueProduct(
        "PERF",
        "Perfume",
        [CatalogueBarcode(PERFUME)],
        150,
        Decimal("900"),
        True,
        5,
        unit_code=UnitCodeKind.MARK,
    ),
    CatalogueProduct("BOX", "Gift box", [], 80, Decimal("100"), False, 30),
]

TOKYO = Address(
    "山田 太郎",
    "ヤマダ タロウ",
    "150-0001",
    "東京都",
    "渋谷区",
    "神宮前1-2-3",
    country="JP",
    phone="03-1234-5678",
)
MOSCOW = Address(
    "Иван Петров",
    postal_code="101000",
    region="Москва",
    city="Москва",
    line1="ул. Тверская, 1",
    country="RU",
    phone="+79161234567",
)
ORDERED_AT = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def load_products(db: Database) -> None:
    with db.session() as session, session.begin():
        for product in PRODUCTS:
            upsert_product(session, product)


def rakuten(
    number: str, *lines: tuple[str, int], ship_to: Address = TOKYO, **changes: object
) -> IncomingOrder:
    shipment = IncomingShipment(
        "1", [IncomingLine(sku, sku.title(), qty, Decimal(1000)) for sku, qty in lines], ship_to
    )
    order = IncomingOrder(Marketplace.RAKUTEN, number, ORDERED_AT, [shipment])
    return replace(order, **changes) if changes else order


def ozon(
    posting: str,
    *lines: tuple[str, int],
    status: MarketStatus = MarketStatus.TO_PACK,
    raw: str = "awaiting_packaging",
) -> IncomingOrder:
    shipment = IncomingShipment(
        posting,
        [IncomingLine(sku, sku.title(), qty, Decimal(500)) for sku, qty in lines],
        None,
        status=status,
        marketplace_status=raw,
        ship_by=ORDERED_AT + timedelta(hours=30),
        codes=(posting.rsplit("-", 1)[0],),
    )
    return IncomingOrder(Marketplace.OZON, posting, ORDERED_AT, [shipment], currency="RUB")


def later(order: IncomingOrder, **shipment_changes: object) -> IncomingOrder:
    """The same order re-imported with a changed first shipment."""
    shipment = replace(order.shipments[0], **shipment_changes)
    return replace(order, shipments=[shipment, *order.shipments[1:]])


NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
