"""Orders, their shipments and lines: bulk intake, change detection, lookups by code."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select

from packstation.domain.holds import HoldOrigin, HoldReason
from packstation.domain.model import Address, IncomingOrder, IncomingShipment
from packstation.domain.states import OrderState
from packstation.store.messages import message_from_json, message_to_json
from packstation.store.schema import (
    CODES,
    ORDERS,
    SHIPMENTS,
)

_ADDRESS_FIELDS = Address.__slots__


def address_to_json(address: Address) -> dict[str, str]:
    return {
        name: value for name, value in zip(_ADDRESS_FIELDS, address.values(), strict=True) if value
    }


def address_from_json(data: dict[str, str] | None) -> Address | None:
    return None if data is None else Address(**data)


def holds_to_json(reasons: Iterable[HoldReason]) -> list[dict[str, Any]]:
    return [
        {"origin": reason.origin.value, **message_to_json(reason.message)} for reason in reasons
    ]


def holds_from_json(data: Iterable[dict[str, Any]]) -> list[HoldReason]:
    return [HoldReason(HoldOrigin(item["origin"]), message_from_json(item)) for item in data]


@dataclass(slots=True)
class StoredShipment:
    id: int
    key: str
    state: OrderState
    market_status: str
    fingerprint: str
    stock_reserved: bool
    holds: list[HoldReason]


@dataclass(slots=True)
class StoredOrder:
    id: int
    fingerprint: str
    shipments: dict[str, StoredShipment]


def existing_orders(
    connection: Connection, marketplace: str, numbers: Sequence[str]
) -> dict[str, StoredOrder]:
    """The stored state of these orders, by number, for deciding what an import changes.

    Two statements, each along its unique index: the orders by number, then their shipments
    by order id. As one join, PostgreSQL planned it on statistics taken before the import
    (a table growing from empty) as a scan of every shipment, 0.75 s a batch at 100,000."""
    if not numbers:
        return {}
    orders = connection.execute(
        select(ORDERS.c.id, ORDERS.c.number, ORDERS.c.fingerprint).where(
            ORDERS.c.marketplace == marketplace, ORDERS.c.number.in_(numbers)
        )
    ).all()
    if not orders:
        return {}
    by_id = {row.id: StoredOrder(row.id, row.fingerprint, {}) for row in orders}
    rows = connection.execute(
        select(
            SHIPMENTS.c.order_id,
            SHIPMENTS.c.id,
            SHIPMENTS.c.key,
            SHIPMENTS.c.state,
            SHIPMENTS.c.market_status,
            SHIPMENTS.c.fingerprint,
            SHIPMENTS.c.stock_reserved,
            SHIPMENTS.c.hold_reasons,
            SHIPMENTS.c.split_from,
        ).where(SHIPMENTS.c.order_id.in_(list(by_id)))
    )
    for row in rows:
        if row.split_from is not None:
            continue  # a parcel split off one goes with it
        by_id[row.order_id].shipments[row.key] = StoredShipment(
            row.id,
            row.key,
            OrderState(row.state),
            row.market_status,
            row.fingerprint,
            row.stock_reserved,
            holds_from_json(row.hold_reasons or []),
        )
    return {row.number: by_id[row.id] for row in orders if by_id[row.id].shipments}


def shipment_codes(order: IncomingOrder, shipment: IncomingShipment) -> list[str]:
    """What else opens this shipment when scanned, besides its order number."""
    return [code for code in dict.fromkeys(shipment.codes) if code != order.number]


@dataclass(frozen=True, slots=True)
class Actor:
    at: datetime
    station: str
    operator: str


_BY_NUMBER = (
    select(SHIPMENTS.c.id, SHIPMENTS.c.state)
    .join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
    .where(ORDERS.c.number == bindparam("code"))
    .order_by(ORDERS.c.id, SHIPMENTS.c.seq)
)
_BY_CODE = (
    select(SHIPMENTS.c.id, SHIPMENTS.c.state)
    .join(CODES, CODES.c.shipment_id == SHIPMENTS.c.id)
    .where(CODES.c.code == bindparam("code"))
    .order_by(SHIPMENTS.c.order_id, SHIPMENTS.c.seq)
)


def shipments_by_code(connection: Connection, code: str) -> list[tuple[int, OrderState]]:
    """Shipments a scanned order number, posting number or marketplace barcode opens."""
    rows = connection.execute(_BY_NUMBER, {"code": code}).all() or connection.execute(
        _BY_CODE, {"code": code}
    )
    return [(row.id, OrderState(row.state)) for row in rows]
