"""RakutenPayOrderAPI getOrder responses: `{"OrderModelList": [...], ...}` or a bare list,
from a file (`parse`) or as the RMS client received them (`parse_response`).

Field names follow the API (oh0123/rakuten-spi-sdk rms/order.go). Each PackageModel is a
destination: one IncomingShipment keyed by its basketId.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from packstation.connectors.imports.jp_address import (
    joined_name,
    joined_phone,
    jp_postal,
    jp_region,
    wants_invoice,
)
from packstation.connectors.imports.json_reading import (
    JsonObject,
    RecordProblem,
    document_orders,
    json_int,
    json_orders,
)
from packstation.connectors.imports.problems import (
    MISSING_VALUE,
    NO_SKU,
    NOT_ORDERS,
    FileFormatError,
    RowError,
)
from packstation.connectors.imports.progress import Progress
from packstation.connectors.imports.rakuten_csv import JST, carrier_name
from packstation.connectors.imports.values import parse_tax_rate
from packstation.domain.model import (
    Address,
    IncomingLine,
    IncomingOrder,
    IncomingShipment,
    Marketplace,
    MarketStatus,
)

NOT_SET = Decimal(-9999)  # the API's "no value" in money fields

S = MarketStatus
PROGRESS_STATUSES = {
    "100": S.TO_PACK,  # 注文確認待ち
    "200": S.PENDING,  # 楽天処理中
    "300": S.TO_PACK,  # 発送待ち
    "400": S.CHANGE_PENDING,  # 変更確定待ち
    "500": S.SHIPPED,  # 発送済
    "600": S.SHIPPED,  # 支払手続き中
    "700": S.SHIPPED,  # 支払手続き済
    "800": S.CHANGE_PENDING,  # キャンセル確定待ち
    "900": S.CANCELLED,  # キャンセル確定
}
SHIPPING_TERMS = {0: "", 1: "午前", 2: "午後", 9: "その他"}
WRAPPING_TITLES = {"1": "包装紙", "2": "リボン"}


def order_models(data: object, source: str) -> list[object]:
    """The order models of a getOrder response, a bare list of them, or a single one."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if "OrderModelList" in data:
            models = data["OrderModelList"]
            if models is None:
                return []
            if isinstance(models, list):
                return models
        elif "orderNumber" in data:
            return [data]
    raise FileFormatError(NOT_ORDERS(file=source, format="Rakuten getOrder"))


def time_slot(term: object) -> str:
    """shippingTerm: 0 none, 1 午前, 2 午後, 9 その他, or h1h2 (1416 → `14:00-16:00`)."""
    if term is None or term == "":
        return ""
    value = json_int(term, "shippingTerm")
    if value in SHIPPING_TERMS:
        return SHIPPING_TERMS[value]
    start, end = divmod(value, 100)
    if 0 <= start <= 24 and 0 <= end <= 24:
        return f"{start:02d}:00-{end:02d}:00"
    return str(value)


def _address(person: JsonObject) -> Address:
    return Address(
        name=joined_name(person.text("familyName"), person.text("firstName")),
        name_kana=joined_name(person.text("familyNameKana"), person.text("firstNameKana")),
        postal_code=jp_postal(person.text("zipCode1"), person.text("zipCode2")),
        region=jp_region(person.text("prefecture")),
        city=person.text("city"),
        line1=person.text("subAddress"),
        country="JP",
        phone=joined_phone(
            person.text("phoneNumber1"), person.text("phoneNumber2"), person.text("phoneNumber3")
        ),
        email=person.text("emailAddress"),
    )


def _wrapping(order: JsonObject) -> str:
    """`包装紙: 花柄; リボン: 赤` from WrappingModel1 and WrappingModel2."""
    parts = []
    for key in ("WrappingModel1", "WrappingModel2"):
        wrapping = order.child(key)
        if not wrapping.data or wrapping.get("deleteWrappingFlag") == 1:
            continue
        title, name = wrapping.text("title"), wrapping.text("name")
        title = WRAPPING_TITLES.get(title, title)
        if title or name:
            parts.append(f"{title}: {name}" if title and name else title or name)
    return "; ".join(parts)


def _line(item: JsonObject) -> IncomingLine:
    """SKU: the first merchantDefinedSkuId, else itemNumber, else manageNumber."""
    skus = item.children("SkuModelList")
    merchant_skus = [text for text in (sku.text("merchantDefinedSkuId") for sku in skus) if text]
    sku = next(iter(merchant_skus), "") or item.text("itemNumber") or item.text("manageNumber")
    if not sku:
        raise RecordProblem(NO_SKU())
    sku_infos = [text for text in (sku.text("skuInfo") for sku in skus) if text]
    raw_rate = item.text("TaxRate")
    tax_rate = parse_tax_rate(raw_rate) if raw_rate else None
    return IncomingLine(
        sku=sku,
        name=item.text("itemName"),
        quantity=item.int("units"),
        unit_price=item.decimal("price") or Decimal(0),
        variant=item.text("selectedChoice") or next(iter(sku_infos), ""),
        tax_rate=tax_rate,
        marketplace_sku=item.text("itemId"),
    )


def _shipment(package: JsonObject, index: int, order: JsonObject) -> IncomingShipment:
    """A PackageModel; the delivery wishes (date, time, wrapping) are the order's."""
    lines = [
        _line(item) for item in package.children("ItemModelList") if item.get("deleteItemFlag") != 1
    ]
    fee = package.decimal("postagePrice")
    status = order.text("orderProgress")
    carrier = carrier_name(package.text("defaultDeliveryCompanyCode"))
    return IncomingShipment(
        key=package.text("basketId") or str(index),
        lines=lines,
        ship_to=_address(package.child("SenderModel", "senderModel")),
        status=PROGRESS_STATUSES.get(status, MarketStatus.PENDING),
        marketplace_status=status,
        delivery_date=order.date("deliveryDate"),
        time_slot=time_slot(order.get("shippingTerm")),
        gift_wrap=_wrapping(order),
        noshi=package.text("noshi"),
        shipping_fee=Decimal(0) if fee is None or fee == NOT_SET else fee,
        carrier=carrier or order.child("DeliveryModel").text("deliveryName"),
    )


def _order(order: JsonObject, number: str) -> IncomingOrder:
    ordered_at = order.datetime("orderDatetime", JST)
    if ordered_at is None:
        raise RecordProblem(MISSING_VALUE(column="orderDatetime"))
    packages = [
        package
        for package in order.children("PackageModelList")
        if package.get("packageDeleteFlag") != 1
    ]
    notes = order.text("remarks")
    total = order.decimal("totalPrice")
    return IncomingOrder(
        marketplace=Marketplace.RAKUTEN,
        number=number,
        ordered_at=ordered_at,
        shipments=[_shipment(package, n, order) for n, package in enumerate(packages, 1)],
        orderer=_address(order.child("OrdererModel")),
        currency="JPY",
        gift=order.text("giftCheckFlag") == "1",
        invoice_requested=wants_invoice(notes),
        buyer_notes=notes,
        total=None if total == NOT_SET else total,
    )


def parse(path: Path, progress: Progress | None = None) -> Iterator[IncomingOrder | RowError]:
    return json_orders(path, progress, order_models, "orderNumber", _order)


def parse_response(data: object, source: str) -> Iterator[IncomingOrder | RowError]:
    """The orders of a getOrder answer already read (or of its list of OrderModels), as
    `parse` reads them from a file; RowErrors name `source`."""
    return document_orders(data, source, order_models, "orderNumber", _order)
