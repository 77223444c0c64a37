"""Splitting a parcel: a new shipment of the same order takes the units not yet scanned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, insert, select, update

from packstation.domain.parcels import LineSplit, parcel_key
from packstation.domain.states import OrderState
from packstation.store.schema import CODES, LINES, SHIPMENTS

# What a new parcel takes over from the shipment it is split off.
_COPIED = (
    "order_id",
    "market_status",
    "ship_by",
    "delivery_date",
    "time_slot",
    "gift_wrap",
    "noshi",
    "carrier",
    "ship_to",
)
_LINE_COPIED = (
    "seq",
    "sku",
    "name",
    "variant",
    "unit_price",
    "tax_rate",
    "marketplace_sku",
    "requires_mark",
)


class SplitConflict(Exception):
    """The parcel changed since the bench loaded it (another station counted or took it)."""


@dataclass(frozen=True, slots=True)
class NewParcel:
    shipment_id: int
    key: str
    seq: int


def close_on_bench(connection: Connection, shipment_id: int, station: str) -> None:
    """The parcel on the bench becomes packed with what is in it; only while `station` is
    packing it, else SplitConflict (the caller's transaction rolls back)."""
    closed = connection.execute(
        update(SHIPMENTS)
        .where(
            SHIPMENTS.c.id == shipment_id,
            SHIPMENTS.c.state == OrderState.PACKING.value,
            SHIPMENTS.c.packing_station == station,
        )
        .values(state=OrderState.PACKED.value)
    )
    if closed.rowcount != 1:
        raise SplitConflict


def split(
    connection: Connection,
    shipment_id: int,
    splits: Sequence[LineSplit],
    *,
    state: OrderState,
    holds: list[dict[str, Any]],
    reserved: bool,
    backorder: bool,
    station: str | None = None,
) -> NewParcel:
    """Move the units of `splits` to a new shipment of the same order, in `state`, kept for
    `station` (None: for any). Only while the lines are as `splits` saw them, else
    SplitConflict (the caller's transaction rolls back)."""
    source = connection.execute(select(SHIPMENTS).where(SHIPMENTS.c.id == shipment_id)).one()
    root = source.split_from or source.key
    keys = set(
        connection.scalars(select(SHIPMENTS.c.key).where(SHIPMENTS.c.order_id == source.order_id))
    )
    number = 2
    while parcel_key(root, number) in keys:
        number += 1
    seq = 1 + connection.scalar(
        select(func.max(SHIPMENTS.c.seq)).where(SHIPMENTS.c.order_id == source.order_id)
    )
    key = parcel_key(root, number)
    new_id = connection.execute(
        insert(SHIPMENTS).values(
            **{name: getattr(source, name) for name in _COPIED},
            key=key,
            seq=seq,
            state=state.value,
            hold_reasons=holds,
            stock_reserved=reserved,
            packing_station=station,
            split_from=root,
            backorder=backorder,
        )
    ).inserted_primary_key[0]
    for line in splits:
        _move(connection, shipment_id, new_id, line)
    codes = connection.scalars(select(CODES.c.code).where(CODES.c.shipment_id == shipment_id))
    rows = [{"code": code, "shipment_id": new_id} for code in codes]
    if rows:
        connection.execute(insert(CODES), rows)
    return NewParcel(new_id, key, seq)


def _move(connection: Connection, source: int, target: int, line: LineSplit) -> None:
    mine = and_(
        LINES.c.id == line.line_id,
        LINES.c.shipment_id == source,
        LINES.c.scanned <= line.keep,  # what is scanned stays
        LINES.c.quantity == line.keep + line.move,
    )
    if line.keep == 0:  # nothing of it scanned: the whole line moves
        moved = connection.execute(update(LINES).where(mine).values(shipment_id=target))
        if moved.rowcount != 1:
            raise SplitConflict
        return
    row = connection.execute(select(LINES).where(mine)).first()
    if row is None:
        raise SplitConflict
    connection.execute(update(LINES).where(LINES.c.id == line.line_id).values(quantity=line.keep))
    connection.execute(
        insert(LINES).values(
            **{name: getattr(row, name) for name in _LINE_COPIED},
            shipment_id=target,
            quantity=line.move,
            scanned=0,
            scanned_by_code=0,
        )
    )
