"""Ozon Seller API postings: `/v3/posting/fbs/list` and `/v3/posting/fbs/get` responses,
from a file (`parse`) or as the Ozon client received them (`parse_response`).

Accepted shapes: `{"result": {"postings": [...]}}`, `{"postings": [...]}`, a bare list of
postings, and `{"result": {posting}}`. Each posting is its own order, numbered by its
posting number (`57195475-0050-3`); the order number and the label barcodes go into the
shipment's codes so that scanning any of them opens it. Field names follow
diPhantxm/ozon-api-client ozon/posting/v3/fbs/reqresp.go.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from packstation.connectors.imports.json_reading import (
    JsonObject,
    RecordProblem,
    document_orders,
    json_list,
    json_orders,
    json_text,
)
from packstation.connectors.imports.problems import (
    MISSING_VALUE,
    NO_SKU,
    NOT_ORDERS,
    FileFormatError,
    RowError,
)
from packstation.connectors.imports.progress import Progress
from packstation.connectors.imports.text import clean
from packstation.domain.model import (
    Address,
    IncomingLine,
    IncomingOrder,
    IncomingShipment,
    Marketplace,
    MarketStatus,
)

MSK = timezone(timedelta(hours=3))

S = MarketStatus
STATUSES = {
    "awaiting_packaging": S.TO_PACK,
    "awaiting_registration": S.PENDING,
    "acceptance_in_progress": S.PENDING,
    "awaiting_approve": S.PENDING,
    "awaiting_verification": S.PENDING,
    "arbitration": S.CHANGE_PENDING,
    "client_arbitration": S.CHANGE_PENDING,
    "awaiting_deliver": S.PACKED,
    "delivering": S.SHIPPED,
    "driver_pickup": S.SHIPPED,
    "sent_by_seller": S.SHIPPED,
    "delivered": S.DELIVERED,
    "cancelled": S.CANCELLED,
    "cancelled_from_split_pending": S.CANCELLED,
    "not_accepted": S.CANCELLED,
}
# Country names as Ozon writes them in customer addresses; two-letter codes pass as they are.
COUNTRIES = {
    "россия": "RU",
    "российская федерация": "RU",
    "russia": "RU",
    "беларусь": "BY",
    "белоруссия": "BY",
    "belarus": "BY",
    "казахстан": "KZ",
    "kazakhstan": "KZ",
    "армения": "AM",
    "armenia": "AM",
    "кыргызстан": "KG",
    "киргизия": "KG",
    "kyrgyzstan": "KG",
    "узбекистан": "UZ",
    "uzbekistan": "UZ",
}


def postings(data: object, source: str) -> list[object]:
    """The postings of a list or get response, or a bare list of them."""
    if isinstance(data, dict):
        data = data.get("result", data)
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if "postings" in data and isinstance(data["postings"], list | None):
            return data["postings"] or []
        if "posting_number" in data:
            return [data]
    raise FileFormatError(NOT_ORDERS(file=source, format="Ozon posting"))


def country_code(name: str) -> str:
    """`Россия` → `RU`; a two-letter code as it is (upper case); "" → `RU`."""
    name = name.strip()
    if not name:
        return "RU"
    if len(name) == 2 and name.isascii() and name.isalpha():
        return name.upper()
    return COUNTRIES.get(name.lower().replace("ё", "е"), name)


def posting_codes(order_number: str, *barcodes: str) -> tuple[str, ...]:
    """What scanning opens the posting with: its order number and its label barcodes."""
    return tuple(dict.fromkeys(code for code in (order_number, *barcodes) if code))


def _ship_to(posting: JsonObject) -> Address | None:
    """rFBS: the customer's address, named by the addressee; FBS (no address): None."""
    customer = posting.child("customer")
    address = customer.child("address")
    addressee = posting.child("addressee")
    if not (address.data or addressee.data):
        return None
    return Address(
        name=addressee.text("name") or customer.text("name"),
        postal_code=clean(address.text("zip_code")),
        region=address.text("region"),
        city=address.text("city"),
        line1=address.text("address_tail"),
        country=country_code(address.text("country")),
        phone=clean(addressee.text("phone") or customer.text("phone")),
    )


def _line(product: JsonObject, marked: set[str]) -> IncomingLine:
    sku = product.text("offer_id")
    if not sku:
        raise RecordProblem(NO_SKU())
    ozon_sku = product.text("sku")
    return IncomingLine(
        sku=sku,
        name=product.text("name"),
        quantity=product.int("quantity"),
        unit_price=product.decimal("price") or Decimal(0),
        marketplace_sku=ozon_sku,
        requires_mark=ozon_sku in marked,
    )


def _order(posting: JsonObject, number: str) -> IncomingOrder:
    ordered_at = posting.datetime("in_process_at", UTC)
    if ordered_at is None:
        raise RecordProblem(MISSING_VALUE(column="in_process_at"))
    requirements = posting.child("requirements")
    mark_field = requirements.name("products_requiring_mandatory_mark")
    marked = {
        json_text(sku, mark_field)
        for sku in json_list(requirements.get("products_requiring_mandatory_mark"), mark_field)
    }
    products = posting.children("products")
    lines = [_line(product, marked) for product in products]
    currencies = [product.text("currency_code") for product in products]
    status = posting.text("status")
    barcodes = posting.child("barcodes")
    shipment = IncomingShipment(
        key=number,
        lines=lines,
        ship_to=_ship_to(posting),
        status=STATUSES.get(status, MarketStatus.PENDING),
        marketplace_status=status,
        ship_by=posting.datetime("shipment_date", UTC),
        codes=posting_codes(
            posting.text("order_number"),
            barcodes.text("upper_barcode"),
            barcodes.text("lower_barcode"),
        ),
        carrier=posting.child("delivery_method").text("name")
        or posting.text("tpl_integration_type"),
    )
    return IncomingOrder(
        marketplace=Marketplace.OZON,
        number=number,
        ordered_at=ordered_at,
        shipments=[shipment],
        currency=next((code for code in currencies if code), "RUB"),
        buyer_notes=posting.child("customer").child("address").text("comment"),
    )


def parse(path: Path, progress: Progress | None = None) -> Iterator[IncomingOrder | RowError]:
    return json_orders(path, progress, postings, "posting_number", _order)


def parse_response(data: object, source: str) -> Iterator[IncomingOrder | RowError]:
    """The orders of postings already read (an answer, or its list of postings), as `parse`
    reads them from a file; RowErrors name `source`."""
    return document_orders(data, source, postings, "posting_number", _order)
