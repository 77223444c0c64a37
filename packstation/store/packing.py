"""What the pack bench reads and writes: a shipment with its lines, counts, unit codes, states.

The bench's hot path (open an order, record a scan) runs here on a plain Connection with
statements built once, so that a scan costs little more than its commit.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Connection,
    Row,
    String,
    and_,
    bindparam,
    cast,
    delete,
    exists,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from packstation.domain.audit import EventKind
from packstation.domain.bench import LineView, ShipmentView
from packstation.domain.model import UnitCodeKind
from packstation.domain.pack_session import ProductCode
from packstation.domain.states import OrderState
from packstation.store.orders import address_from_json, holds_from_json
from packstation.store.schema import (
    BARCODES,
    EVENTS,
    LINES,
    ORDERS,
    PRODUCTS,
    SHIPMENTS,
    UNIT_CODES,
)
from packstation.store.weighing import MG, box, learned_weights

_SIBLINGS = SHIPMENTS.alias("siblings")
# How many shipments the shipment's order has: "(1/2)" on the bench and the paper.
SHIPMENTS_IN_ORDER = (
    select(func.count())
    .where(_SIBLINGS.c.order_id == SHIPMENTS.c.order_id)
    .scalar_subquery()
    .label("shipments_in_order")
)
_SHIPMENT = (
    select(
        SHIPMENTS,
        ORDERS.c.marketplace,
        ORDERS.c.number,
        ORDERS.c.ordered_at,
        ORDERS.c.gift,
        ORDERS.c.invoice_requested,
        ORDERS.c.buyer_notes,
        SHIPMENTS_IN_ORDER,
        exists()
        .where(
            EVENTS.c.shipment_id == SHIPMENTS.c.id,
            EVENTS.c.kind == EventKind.WRAPPED.value,
        )
        .label("wrapped"),
    )
    .join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
    .where(SHIPMENTS.c.id == bindparam("sid"))
)
_LINES = (
    select(
        LINES.c.id,
        LINES.c.sku,
        LINES.c.name,
        LINES.c.variant,
        LINES.c.quantity,
        LINES.c.scanned,
        LINES.c.scanned_by_code,
        LINES.c.requires_mark,
        PRODUCTS.c.name.label("product_name"),
        PRODUCTS.c.variant.label("product_variant"),
        PRODUCTS.c.image_path,
        PRODUCTS.c.fragile,
        PRODUCTS.c.unit_code,
        PRODUCTS.c.weight_g,
        exists().where(BARCODES.c.product_id == PRODUCTS.c.id).label("has_barcode"),
    )
    .outerjoin(PRODUCTS, PRODUCTS.c.sku == LINES.c.sku)
    .where(LINES.c.shipment_id == bindparam("sid"))
    .order_by(LINES.c.seq)
)
_CODES = (
    select(BARCODES.c.code, PRODUCTS.c.sku, BARCODES.c.pack_quantity)
    .join(PRODUCTS, PRODUCTS.c.id == BARCODES.c.product_id)
    .where(PRODUCTS.c.sku.in_(bindparam("skus", expanding=True)))
)
_USED = (
    select(UNIT_CODES.c.unique_key)
    .join(LINES, LINES.c.id == UNIT_CODES.c.line_id)
    .where(LINES.c.shipment_id == bindparam("sid"), UNIT_CODES.c.unique_key.is_not(None))
)
_TAKEN = select(UNIT_CODES.c.id).where(UNIT_CODES.c.unique_key == bindparam("key"))
_COUNT = (
    update(LINES)
    .where(
        and_(
            LINES.c.id == bindparam("line"),
            LINES.c.scanned + bindparam("units") <= LINES.c.quantity,
            select(SHIPMENTS.c.packing_station)
            .where(SHIPMENTS.c.id == LINES.c.shipment_id)
            .scalar_subquery()
            == bindparam("station"),
        )
    )
    .values(
        scanned=LINES.c.scanned + bindparam("units"),
        scanned_by_code=LINES.c.scanned_by_code + bindparam("by_code"),
    )
)
_UNCOUNT = (
    update(LINES)
    .where(
        and_(
            LINES.c.id == bindparam("line"),
            LINES.c.scanned >= bindparam("units"),
            LINES.c.scanned_by_code >= bindparam("by_code"),
        )
    )
    .values(
        scanned=LINES.c.scanned - bindparam("units"),
        scanned_by_code=LINES.c.scanned_by_code - bindparam("by_code"),
    )
)
_UNDONE = EVENTS.alias("undone")
# The shipment's last count that no undo took back (an undo names the event in `detail`).
_LAST_COUNTED = (
    select(EVENTS.c.id, EVENTS.c.kind, EVENTS.c.line_id, EVENTS.c.quantity, EVENTS.c.code)
    .where(
        EVENTS.c.shipment_id == bindparam("sid"),
        EVENTS.c.kind.in_(
            [EventKind.SCAN.value, EventKind.QUANTITY.value, EventKind.OVERRIDE.value]
        ),
        EVENTS.c.outcome == "counted",
        ~exists().where(
            _UNDONE.c.shipment_id == EVENTS.c.shipment_id,
            _UNDONE.c.kind == EventKind.UNDO.value,
            _UNDONE.c.detail == cast(EVENTS.c.id, String),
        ),
    )
    .order_by(EVENTS.c.id.desc())
    .limit(1)
)
_LAST_UNIT_CODE = (
    select(UNIT_CODES.c.id, UNIT_CODES.c.value)
    .where(UNIT_CODES.c.line_id == bindparam("line"))
    .order_by(UNIT_CODES.c.id.desc())
    .limit(1)
)
_MOVE = (
    update(SHIPMENTS)
    .where(and_(SHIPMENTS.c.id == bindparam("sid"), SHIPMENTS.c.state == bindparam("source")))
    .values(state=bindparam("target"), packing_station=bindparam("station"))
)
_CLAIM = (
    update(SHIPMENTS)
    .where(SHIPMENTS.c.id == bindparam("sid"))
    .values(packing_station=bindparam("station"))
)
_RESUMABLE = (
    select(EVENTS.c.shipment_id)
    .join(SHIPMENTS, SHIPMENTS.c.id == EVENTS.c.shipment_id)
    .where(
        EVENTS.c.station == bindparam("station"),
        SHIPMENTS.c.state.in_([OrderState.PACKING.value, OrderState.PACKED.value]),
        SHIPMENTS.c.packing_station == bindparam("station"),
    )
    .order_by(EVENTS.c.id.desc())
    .limit(1)
)


def load_shipment(connection: Connection, shipment_id: int) -> ShipmentView | None:
    row = connection.execute(_SHIPMENT, {"sid": shipment_id}).first()
    if row is None:
        return None
    rows = connection.execute(_LINES, {"sid": shipment_id}).all()
    lines = tuple(_line_view(line) for line in rows)
    catalogue_weights = {line.sku: line.weight_g for line in rows}
    parcel_box = box(connection, row.box_sku)
    return ShipmentView(
        shipment_id=row.id,
        order_id=row.order_id,
        marketplace=row.marketplace,
        number=row.number,
        seq=row.seq,
        shipments_in_order=row.shipments_in_order,
        state=OrderState(row.state),
        ordered_at=row.ordered_at,
        ship_by=row.ship_by,
        ship_to=address_from_json(row.ship_to),
        delivery_date=row.delivery_date,
        time_slot=row.time_slot,
        gift=row.gift,
        gift_wrap=row.gift_wrap,
        noshi=row.noshi,
        invoice_requested=row.invoice_requested,
        buyer_notes=row.buyer_notes,
        carrier=row.carrier,
        holds=tuple(holds_from_json(row.hold_reasons or [])),
        packing_station=row.packing_station,
        lines=lines,
        service=row.service,
        tracking_number=row.tracking_number,
        box_sku=row.box_sku,
        box_tare=parcel_box.tare if parcel_box is not None else None,
        weight=None if row.weight_mg is None else Decimal(row.weight_mg) / MG,
        unit_weights=tuple(learned_weights(connection, catalogue_weights).values()),
        wrapped=bool(row.wrapped),
        backorder=row.backorder,
    )


def _line_view(row) -> LineView:  # type: ignore[no-untyped-def]
    if row.requires_mark:
        unit_code: UnitCodeKind | None = UnitCodeKind.MARK
    else:
        unit_code = UnitCodeKind(row.unit_code) if row.unit_code else None
    return LineView(
        line_id=row.id,
        sku=row.sku,
        name=row.name or row.product_name or row.sku,
        variant=row.variant or row.product_variant or "",
        ordered=row.quantity,
        scanned=row.scanned,
        scanned_by_code=row.scanned_by_code,
        image_path=row.image_path or "",
        fragile=bool(row.fragile),
        unit_code=unit_code,
        has_barcode=bool(row.has_barcode),
    )


def product_codes(connection: Connection, skus: Iterable[str]) -> dict[str, ProductCode]:
    rows = connection.execute(_CODES, {"skus": sorted(set(skus))})
    return {row.code: ProductCode(row.sku, row.pack_quantity) for row in rows}


def used_unit_codes(connection: Connection, shipment_id: int) -> set[str]:
    return set(connection.scalars(_USED, {"sid": shipment_id}))


class UnitCodeTaken(Exception):
    """A unit code's unique key is already stored: another station captured it just now."""


def unit_code_taken(connection: Connection, key: str) -> bool:
    return connection.scalar(_TAKEN, {"key": key}) is not None


def add_count(
    connection: Connection, line_id: int, quantity: int, by_code: int, station: str
) -> bool:
    """Count units on a line, never past what was ordered (another station may have counted)
    and only while `station` holds the parcel (another may have taken it over)."""
    result = connection.execute(
        _COUNT, {"line": line_id, "units": quantity, "by_code": by_code, "station": station}
    )
    return result.rowcount == 1


def add_unit_code(
    connection: Connection,
    line_id: int,
    kind: UnitCodeKind,
    value: str,
    key: str | None,
    at: datetime,
) -> None:
    """Raises UnitCodeTaken when another order captured the same unit code first."""
    try:
        connection.execute(
            insert(UNIT_CODES),
            {
                "line_id": line_id,
                "kind": kind.value,
                "value": value,
                "unique_key": key,
                "captured_at": at,
            },
        )
    except IntegrityError as error:
        raise UnitCodeTaken(key) from error


def last_counted(connection: Connection, shipment_id: int) -> Row | None:  # type: ignore[type-arg]
    """The shipment's last counting event (a scan, a typed quantity, a supervisor's
    verification) that no undo has taken back: id, kind, line_id, quantity, code."""
    return connection.execute(_LAST_COUNTED, {"sid": shipment_id}).first()


def uncount(connection: Connection, line_id: int, quantity: int, by_code: int) -> bool:
    """Take units off a line's count, never below zero; False when they are not there."""
    result = connection.execute(
        _UNCOUNT, {"line": line_id, "units": quantity, "by_code": by_code}
    )
    return result.rowcount == 1


def drop_last_unit_code(connection: Connection, line_id: int) -> str | None:
    """Remove the unit code captured last on a line (its unit was taken back), so that it
    may be scanned again; the undo event keeps what it was."""
    row = connection.execute(_LAST_UNIT_CODE, {"line": line_id}).first()
    if row is None:
        return None
    connection.execute(delete(UNIT_CODES).where(UNIT_CODES.c.id == row.id))
    return row.value


def move_state(
    connection: Connection,
    shipment_id: int,
    source: OrderState,
    target: OrderState,
    *,
    station: str | None,
) -> bool:
    """Change the state only if it still is `source`; False when someone else changed it."""
    result = connection.execute(
        _MOVE,
        {"sid": shipment_id, "source": source.value, "target": target.value, "station": station},
    )
    return result.rowcount == 1


def claim(connection: Connection, shipment_id: int, station: str | None) -> None:
    """The parcel is on this station's bench (None: on no bench)."""
    connection.execute(_CLAIM, {"sid": shipment_id, "station": station})


def resumable(connection: Connection, station: str) -> int | None:
    """The shipment this station last worked on, if it is still on this bench: being packed,
    or packed and waiting for its wrap confirmation, weight or label."""
    return connection.scalar(_RESUMABLE, {"station": station})


def next_to_pack(connection: Connection, passed: Collection[int] = ()) -> int | None:
    """The most urgent confirmed parcel on no bench, but those in `passed`. On PostgreSQL
    the rows other stations are claiming right now are skipped (SKIP LOCKED), not waited for;
    the claim itself is the guarded move in the caller's open."""
    query = (
        select(SHIPMENTS.c.id)
        .where(
            SHIPMENTS.c.state == OrderState.CONFIRMED.value,
            SHIPMENTS.c.packing_station.is_(None),
        )
        .order_by(SHIPMENTS.c.ship_by, SHIPMENTS.c.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    if passed:
        query = query.where(SHIPMENTS.c.id.not_in(list(passed)))
    return connection.scalar(query)


def release(connection: Connection, shipment_id: int, station: str) -> bool:
    """The parcel on no bench, if `station` still holds it; its counts stay as they are."""
    result = connection.execute(
        update(SHIPMENTS)
        .where(SHIPMENTS.c.id == shipment_id, SHIPMENTS.c.packing_station == station)
        .values(packing_station=None)
    )
    return result.rowcount == 1
