"""Carriers, tracking numbers and what a parcel's documents say about it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Connection, and_, func, insert, or_, select, update

from packstation.domain.bench import shipment_label
from packstation.domain.model import Address, UnitCodeKind
from packstation.domain.parcel_size import Dimensions
from packstation.domain.states import OrderState
from packstation.store.labels import label_of
from packstation.store.orders import address_from_json
from packstation.store.packing import SHIPMENTS_IN_ORDER
from packstation.store.schema import (
    LINES,
    ORDERS,
    PRODUCTS,
    SHIPMENTS,
    TRACKING_RANGES,
    UNIT_CODES,
)
from packstation.store.weighing import MG, box_dimensions


@dataclass(frozen=True, slots=True)
class ParcelLine:
    sku: str
    name: str
    variant: str
    quantity: int
    unit_price: Decimal
    tax_rate: Decimal | None
    fragile: bool = False


@dataclass(frozen=True, slots=True)
class Parcel:
    """A shipment with what its documents need; no cost price is read."""

    shipment_id: int
    marketplace: str
    number: str
    seq: int
    shipments_in_order: int
    ordered_at: datetime
    currency: str
    gift: bool
    invoice_requested: bool
    total: Decimal | None
    orderer: Address | None
    ship_to: Address | None
    shipping_fee: Decimal
    delivery_date: date | None
    time_slot: str
    carrier: str
    service: str
    tracking_number: str | None
    box_sku: str | None
    box_dimensions: Dimensions | None
    weight: Decimal | None
    lines: tuple[ParcelLine, ...]
    marketplace_label: bytes | None = None  # the marketplace's own label PDF (Ozon FBS)

    @property
    def label(self) -> str:
        return shipment_label(self.number, self.seq, self.shipments_in_order)


def load_parcel(connection: Connection, shipment_id: int) -> Parcel | None:
    row = connection.execute(
        select(
            SHIPMENTS,
            ORDERS.c.marketplace,
            ORDERS.c.number,
            ORDERS.c.ordered_at,
            ORDERS.c.currency,
            ORDERS.c.gift,
            ORDERS.c.invoice_requested,
            ORDERS.c.total,
            ORDERS.c.orderer,
            SHIPMENTS_IN_ORDER,
            PRODUCTS.c.length_mm,
            PRODUCTS.c.width_mm,
            PRODUCTS.c.height_mm,
        )
        .join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
        .outerjoin(PRODUCTS, PRODUCTS.c.sku == SHIPMENTS.c.box_sku)
        .where(SHIPMENTS.c.id == shipment_id)
    ).first()
    if row is None:
        return None
    lines = tuple(
        ParcelLine(*line)
        for line in connection.execute(
            select(
                LINES.c.sku,
                LINES.c.name,
                LINES.c.variant,
                LINES.c.quantity,
                LINES.c.unit_price,
                LINES.c.tax_rate,
                func.coalesce(PRODUCTS.c.fragile, False),
            )
            .outerjoin(PRODUCTS, PRODUCTS.c.sku == LINES.c.sku)
            .where(LINES.c.shipment_id == shipment_id)
            .order_by(LINES.c.seq)
        )
    )
    return Parcel(
        shipment_id=row.id,
        marketplace=row.marketplace,
        number=row.number,
        seq=row.seq,
        shipments_in_order=row.shipments_in_order,
        ordered_at=row.ordered_at,
        currency=row.currency,
        gift=row.gift,
        invoice_requested=row.invoice_requested,
        total=row.total,
        orderer=address_from_json(row.orderer),
        ship_to=address_from_json(row.ship_to),
        shipping_fee=row.shipping_fee,
        delivery_date=row.delivery_date,
        time_slot=row.time_slot,
        carrier=row.carrier,
        service=row.service,
        tracking_number=row.tracking_number,
        box_sku=row.box_sku,
        box_dimensions=box_dimensions(row),
        weight=None if row.weight_mg is None else Decimal(row.weight_mg) / MG,
        lines=lines,
        marketplace_label=label_of(connection, shipment_id),
    )


def add_range(connection: Connection, carrier: str, account: str, first: int, last: int) -> int:
    """A block of numbers the carrier gave the shop (without check digits)."""
    if first > last:
        raise ValueError("a range ends after it starts")
    result = connection.execute(
        insert(TRACKING_RANGES).values(
            carrier=carrier, account=account, first=first, last=last, next=first
        )
    )
    return result.inserted_primary_key[0]  # type: ignore[index]


def tracking_ranges(connection: Connection) -> list:  # type: ignore[type-arg]
    return list(connection.execute(select(TRACKING_RANGES).order_by(TRACKING_RANGES.c.id)))


def allocate(connection: Connection, carrier: str) -> int | None:
    """The next unused number of the carrier's ranges, taken for good (in the caller's
    transaction); None when every range is used up. Two stations never get the same one:
    the update only succeeds while `next` is still what this station read."""
    while True:
        row = connection.execute(
            select(TRACKING_RANGES.c.id, TRACKING_RANGES.c.next)
            .where(
                TRACKING_RANGES.c.carrier == carrier,
                TRACKING_RANGES.c.next <= TRACKING_RANGES.c.last,
            )
            .order_by(TRACKING_RANGES.c.id)
            .limit(1)
        ).first()
        if row is None:
            return None
        taken = connection.execute(
            update(TRACKING_RANGES)
            .where(and_(TRACKING_RANGES.c.id == row.id, TRACKING_RANGES.c.next == row.next))
            .values(next=row.next + 1)
        )
        if taken.rowcount == 1:
            return int(row.next)


def set_shipping(
    connection: Connection, shipment_id: int, carrier: str, service: str, tracking: str | None
) -> None:
    connection.execute(
        update(SHIPMENTS)
        .where(SHIPMENTS.c.id == shipment_id)
        .values(carrier=carrier, service=service, tracking_number=tracking)
    )


def mark_shipped(connection: Connection, shipment_id: int, at: datetime) -> None:
    connection.execute(update(SHIPMENTS).where(SHIPMENTS.c.id == shipment_id).values(shipped_at=at))


def order_of(connection: Connection, shipment_id: int) -> int | None:
    """The order a parcel belongs to (None: no such parcel)."""
    return connection.scalar(select(SHIPMENTS.c.order_id).where(SHIPMENTS.c.id == shipment_id))


def shipment_by_reference(connection: Connection, reference: str) -> int | None:
    """The shipment a carrier file's order reference names: the order number of a one-parcel
    order, or the number and "-" and the parcel's place of an order with several."""
    by_number = connection.scalars(
        select(SHIPMENTS.c.id)
        .join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
        .where(ORDERS.c.number == reference)
    ).all()
    if len(by_number) == 1:
        return by_number[0]
    number, _, seq = reference.rpartition("-")
    if by_number or not (number and seq.isdigit()):
        return None
    found = connection.scalars(
        select(SHIPMENTS.c.id)
        .join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
        .where(ORDERS.c.number == number, SHIPMENTS.c.seq == int(seq))
    ).all()
    return found[0] if len(found) == 1 else None


def tracking_owner(connection: Connection, number: str) -> int | None:
    """The shipment that has this tracking number, if one has."""
    return connection.scalars(
        select(SHIPMENTS.c.id).where(SHIPMENTS.c.tracking_number == number).limit(1)
    ).first()


def set_tracking(connection: Connection, shipment_id: int, carrier: str, number: str) -> None:
    """The number a carrier's software issued, with its carrier; the service stays."""
    connection.execute(
        update(SHIPMENTS)
        .where(SHIPMENTS.c.id == shipment_id)
        .values(carrier=carrier, tracking_number=number)
    )


def sibling_parcels(connection: Connection, shipment_id: int) -> list[tuple[int, str]]:
    """Every parcel (id, state) of the shipment's order that came of the same marketplace
    shipment: itself and the parcels split off it, in their order."""
    key, split_from, order_id = connection.execute(
        select(SHIPMENTS.c.key, SHIPMENTS.c.split_from, SHIPMENTS.c.order_id).where(
            SHIPMENTS.c.id == shipment_id
        )
    ).one()
    origin = split_from or key
    rows = connection.execute(
        select(SHIPMENTS.c.id, SHIPMENTS.c.state)
        .where(
            SHIPMENTS.c.order_id == order_id,
            or_(SHIPMENTS.c.key == origin, SHIPMENTS.c.split_from == origin),
        )
        .order_by(SHIPMENTS.c.seq)
    )
    return [(row.id, row.state) for row in rows]


def parcel_contents(connection: Connection, shipment_id: int) -> list[tuple[str, int, list[str]]]:
    """Each line of the parcel as its marketplace knows it: (marketplace SKU, quantity, the
    marks captured from its units at packing)."""
    lines = connection.execute(
        select(LINES.c.id, LINES.c.marketplace_sku, LINES.c.quantity)
        .where(LINES.c.shipment_id == shipment_id)
        .order_by(LINES.c.seq)
    ).all()
    marks: dict[int, list[str]] = {line.id: [] for line in lines}
    for line_id, value in connection.execute(
        select(UNIT_CODES.c.line_id, UNIT_CODES.c.value)
        .where(UNIT_CODES.c.line_id.in_(marks), UNIT_CODES.c.kind == UnitCodeKind.MARK.value)
        .order_by(UNIT_CODES.c.id)
    ):
        marks[line_id].append(value)
    return [(line.marketplace_sku, line.quantity, marks[line.id]) for line in lines]


def ship_with_marketplace(
    connection: Connection, shipment_id: int, carrier: str, tracking: str, at: datetime
) -> int | None:
    """A packed parcel that carries its marketplace's own label shipped: the marketplace took
    it (Ozon FBS: packed in Ozon, awaiting its courier). Its tracking number is the one the
    label shows (the posting number) unless it has one. Its order's id; None when it was not
    packed (shipped already, or changed meanwhile)."""
    shipped = connection.execute(
        update(SHIPMENTS)
        .where(SHIPMENTS.c.id == shipment_id, SHIPMENTS.c.state == OrderState.PACKED.value)
        .values(
            state=OrderState.SHIPPED.value,
            carrier=carrier,
            tracking_number=func.coalesce(SHIPMENTS.c.tracking_number, tracking),
            shipped_at=at,
        )
    )
    if shipped.rowcount != 1:
        return None
    return connection.scalar(select(SHIPMENTS.c.order_id).where(SHIPMENTS.c.id == shipment_id))
