"""What the database can hold of an incoming order, checked before it is stored.

SQLite stores whatever it is given, but PostgreSQL refuses a text longer than its column
and any NUL character, both refuse a whole number past 64 (SQLite) or 32 bits, PostgreSQL
an amount past Numeric(14, 2), and a time near year 1 or 9999 overflows when the deadline
is computed from it or it is turned into UTC. Any file or marketplace answer may hold such
a value; `order_problems` names each one (field, value, limit), so that the import skips
that order and reports it instead of failing on the whole batch.

Buyer notes have no column length; longer than `NOTES_LIMIT` they are not a note but a
broken file (a quote not closed swallows the rest of it).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, String

from packstation.domain.messages import QT_TRANSLATE_NOOP, Message, Text
from packstation.domain.model import Address, IncomingOrder
from packstation.store.schema import Line, Order, Shipment, ShipmentCode

TOO_LONG = QT_TRANSLATE_NOOP("Import", "{field} is longer than {limit} characters: “{value}”")
HAS_NUL = QT_TRANSLATE_NOOP(
    "Import", "{field} holds a NUL character: the file is damaged or not text"
)
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Import", "{field} {value} is not between {low} and {high}")

ORDER_NUMBER = QT_TRANSLATE_NOOP("Import", "The order number")
BUYER_NOTES = QT_TRANSLATE_NOOP("Import", "The buyer's note")
ADDRESS = QT_TRANSLATE_NOOP("Import", "The address")
SHIPMENT = QT_TRANSLATE_NOOP("Import", "The shipment")
STATUS = QT_TRANSLATE_NOOP("Import", "The marketplace status")
TIME_SLOT = QT_TRANSLATE_NOOP("Import", "The delivery time slot")
GIFT_WRAP = QT_TRANSLATE_NOOP("Import", "The gift wrapping")
NOSHI = QT_TRANSLATE_NOOP("Import", "The noshi")
CARRIER = QT_TRANSLATE_NOOP("Import", "The carrier")
PARCEL_CODE = QT_TRANSLATE_NOOP("Import", "The parcel's barcode")
SKU = QT_TRANSLATE_NOOP("Import", "The SKU")
ITEM_NAME = QT_TRANSLATE_NOOP("Import", "The item name")
VARIANT = QT_TRANSLATE_NOOP("Import", "The item's variant")
MARKETPLACE_SKU = QT_TRANSLATE_NOOP("Import", "The marketplace's SKU")
QUANTITY = QT_TRANSLATE_NOOP("Import", "The quantity of {sku}")
UNIT_PRICE = QT_TRANSLATE_NOOP("Import", "The unit price of {sku}")
TAX_RATE = QT_TRANSLATE_NOOP("Import", "The tax rate of {sku}")
SHIPPING_FEE = QT_TRANSLATE_NOOP("Import", "The shipping fee")
TOTAL = QT_TRANSLATE_NOOP("Import", "The order total")
ORDERED_AT = QT_TRANSLATE_NOOP("Import", "The order time")
SHIP_BY = QT_TRANSLATE_NOOP("Import", "The ship-by time")
DELIVERY_DATE = QT_TRANSLATE_NOOP("Import", "The delivery date")

NOTES_LIMIT = 10_000
MAX_INTEGER = 2**31 - 1  # PostgreSQL's INTEGER
MAX_AMOUNT = Decimal("999999999999.99")  # Numeric(14, 2)
MAX_TAX_RATE = Decimal("9.9999")  # Numeric(5, 4)
FIRST_YEAR, LAST_YEAR = 1900, 9000
_SHOWN = 40


def _length(column: Column[str]) -> int:
    kind = column.type
    assert isinstance(kind, String) and kind.length is not None
    return kind.length


# (field, its longest text): checked for every field of 100,000 orders, so each check is a
# length and a NUL test, and the message is only made for a value that fails.
_NUMBER = (ORDER_NUMBER, _length(Order.__table__.c.number))
_SHIPMENT = (SHIPMENT, _length(Shipment.__table__.c.key))
_STATUS = (STATUS, _length(Shipment.__table__.c.market_status))
_TIME_SLOT = (TIME_SLOT, _length(Shipment.__table__.c.time_slot))
_GIFT_WRAP = (GIFT_WRAP, _length(Shipment.__table__.c.gift_wrap))
_NOSHI = (NOSHI, _length(Shipment.__table__.c.noshi))
_CARRIER = (CARRIER, _length(Shipment.__table__.c.carrier))
_PARCEL_CODE = (PARCEL_CODE, _length(ShipmentCode.__table__.c.code))
_SKU = (SKU, _length(Line.__table__.c.sku))
_ITEM_NAME = (ITEM_NAME, _length(Line.__table__.c.name))
_VARIANT = (VARIANT, _length(Line.__table__.c.variant))
_MARKETPLACE_SKU = (MARKETPLACE_SKU, _length(Line.__table__.c.marketplace_sku))
_BUYER_NOTES = (BUYER_NOTES, NOTES_LIMIT)
_ADDRESS = (ADDRESS, NOTES_LIMIT)


def _cut(value: object) -> str:
    text = str(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _outside(value: Decimal | int | None, high: Decimal | int) -> bool:
    return value is not None and not -high <= value <= high


class _Checks:
    def __init__(self) -> None:
        self.problems: list[Message] = []

    def text(self, field: tuple[Text, int], value: str) -> None:
        name, limit = field
        if "\x00" in value:
            self.problems.append(HAS_NUL(field=name()))
        elif len(value) > limit:
            self.problems.append(TOO_LONG(field=name(), limit=limit, value=_cut(value)))

    def address(self, address: Address | None) -> None:
        if address is not None:
            self.text(_ADDRESS, "".join(address.values()))

    def outside(self, field: Message, value: object, high: Decimal | int) -> None:
        self.problems.append(OUT_OF_RANGE(field=field, value=_cut(value), low=-high, high=high))

    def moment(self, field: Text, value: datetime | date | None) -> None:
        if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
            self.problems.append(
                OUT_OF_RANGE(field=field(), value=value, low=FIRST_YEAR, high=LAST_YEAR)
            )


def order_problems(order: IncomingOrder) -> list[Message]:
    """What in `order` the database cannot hold; [] when it can be stored."""
    checks = _Checks()
    checks.text(_NUMBER, order.number)
    checks.text(_BUYER_NOTES, order.buyer_notes)
    checks.address(order.orderer)
    if _outside(order.total, MAX_AMOUNT):
        checks.outside(TOTAL(), order.total, MAX_AMOUNT)
    checks.moment(ORDERED_AT, order.ordered_at)
    for shipment in order.shipments:
        checks.text(_SHIPMENT, shipment.key)
        checks.text(_STATUS, shipment.marketplace_status)
        checks.text(_TIME_SLOT, shipment.time_slot)
        checks.text(_GIFT_WRAP, shipment.gift_wrap)
        checks.text(_NOSHI, shipment.noshi)
        checks.text(_CARRIER, shipment.carrier)
        checks.address(shipment.ship_to)
        if _outside(shipment.shipping_fee, MAX_AMOUNT):
            checks.outside(SHIPPING_FEE(), shipment.shipping_fee, MAX_AMOUNT)
        checks.moment(SHIP_BY, shipment.ship_by)
        checks.moment(DELIVERY_DATE, shipment.delivery_date)
        for code in shipment.codes:
            checks.text(_PARCEL_CODE, code)
        for line in shipment.lines:
            checks.text(_SKU, line.sku)
            checks.text(_ITEM_NAME, line.name)
            checks.text(_VARIANT, line.variant)
            checks.text(_MARKETPLACE_SKU, line.marketplace_sku)
            if _outside(line.quantity, MAX_INTEGER):
                checks.outside(QUANTITY(sku=_cut(line.sku)), line.quantity, MAX_INTEGER)
            if _outside(line.unit_price, MAX_AMOUNT):
                checks.outside(UNIT_PRICE(sku=_cut(line.sku)), line.unit_price, MAX_AMOUNT)
            if _outside(line.tax_rate, MAX_TAX_RATE):
                checks.outside(TAX_RATE(sku=_cut(line.sku)), line.tax_rate, MAX_TAX_RATE)
    return checks.problems
