"""The packing queue: shipments by ship-by deadline, with what the packer must see at a glance."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from packstation.domain.holds import HoldReason
from packstation.domain.messages import Message
from packstation.domain.outbox import MARKETPLACE_KINDS, SENT
from packstation.domain.states import CONFIRMATION_PENDING, STATE_LABELS, OrderState
from packstation.store.orders import holds_from_json
from packstation.store.packing import SHIPMENTS_IN_ORDER
from packstation.store.schema import (
    CODES,
    LINES,
    ORDERS,
    OUTBOX,
    PRODUCTS,
    SHIPMENTS,
)


@dataclass(frozen=True, slots=True)
class QueueRow:
    shipment_id: int
    number: str
    seq: int
    marketplace: str
    state: OrderState
    ship_by: datetime
    destination: str
    units: int
    units_scanned: int
    gift: bool
    fragile: bool
    gift_wrap: str
    noshi: str
    delivery_date: date | None
    time_slot: str
    holds: tuple[HoldReason, ...]
    packing_station: str | None = None  # the bench it is on (being packed, or packed and not done)
    parcels: int = 1  # how many shipments its order has: "parcel 2 of 3"
    backorder: bool = False  # what stock was short for when another parcel of it went out
    confirmation_pending: bool = False  # shipped, the marketplace not told yet (the outbox)

    def state_label(self) -> Message:
        if self.confirmation_pending and self.state is OrderState.SHIPPED:
            return CONFIRMATION_PENDING()
        return STATE_LABELS[self.state]()


def queue_rows(
    session: Session,
    states: Collection[OrderState],
    marketplace: str | None = None,
    search: str = "",
    limit: int = 500,
    *,
    benched: bool = False,
) -> list[QueueRow]:
    """Shipments in `states` by deadline; `benched`: also the packed parcels still on a bench
    (waiting for their wrap confirmation, weight or label), which belong in the packing queue."""
    wanted = SHIPMENTS.c.state.in_([state.value for state in states])
    if benched:
        wanted = or_(
            wanted,
            and_(
                SHIPMENTS.c.state == OrderState.PACKED.value,
                SHIPMENTS.c.packing_station.is_not(None),
            ),
        )
    query = (
        select(
            SHIPMENTS.c.id,
            ORDERS.c.number,
            SHIPMENTS.c.seq,
            ORDERS.c.marketplace,
            SHIPMENTS.c.state,
            SHIPMENTS.c.ship_by,
            SHIPMENTS.c.ship_to,
            ORDERS.c.gift,
            SHIPMENTS.c.gift_wrap,
            SHIPMENTS.c.noshi,
            SHIPMENTS.c.delivery_date,
            SHIPMENTS.c.time_slot,
            SHIPMENTS.c.hold_reasons,
            SHIPMENTS.c.packing_station,
            SHIPMENTS.c.backorder,
            SHIPMENTS_IN_ORDER,
        )
        .join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
        .where(wanted)
        .order_by(SHIPMENTS.c.ship_by, SHIPMENTS.c.id)
        .limit(limit)
    )
    if marketplace:
        query = query.where(ORDERS.c.marketplace == marketplace)
    text = search.strip()
    if text:
        matching = select(CODES.c.shipment_id).where(
            CODES.c.code.like(f"%{_escape(text)}%", escape="\\")
        )
        query = query.where(
            or_(
                SHIPMENTS.c.id.in_(matching),
                ORDERS.c.number.like(f"%{_escape(text)}%", escape="\\"),
            )
        )
    rows = session.execute(query).all()
    ids = [row.id for row in rows]
    pending = set(
        session.scalars(
            select(OUTBOX.c.shipment_id).where(
                OUTBOX.c.shipment_id.in_(ids),
                OUTBOX.c.kind.in_(MARKETPLACE_KINDS),
                OUTBOX.c.state != SENT,
            )
        )
    )
    totals = {
        row.shipment_id: (row.units, row.scanned, bool(row.fragile))
        for row in session.execute(
            select(
                LINES.c.shipment_id,
                func.sum(LINES.c.quantity).label("units"),
                func.sum(LINES.c.scanned).label("scanned"),
                func.max(case((PRODUCTS.c.fragile, 1), else_=0)).label("fragile"),
            )
            .outerjoin(PRODUCTS, PRODUCTS.c.sku == LINES.c.sku)
            .where(LINES.c.shipment_id.in_(ids))
            .group_by(LINES.c.shipment_id)
        )
    }
    return [
        QueueRow(
            shipment_id=row.id,
            number=row.number,
            seq=row.seq,
            marketplace=row.marketplace,
            state=OrderState(row.state),
            ship_by=row.ship_by,
            destination=_destination(row.ship_to),
            units=totals.get(row.id, (0, 0, False))[0] or 0,
            units_scanned=totals.get(row.id, (0, 0, False))[1] or 0,
            gift=row.gift,
            fragile=totals.get(row.id, (0, 0, False))[2],
            gift_wrap=row.gift_wrap,
            noshi=row.noshi,
            delivery_date=row.delivery_date,
            time_slot=row.time_slot,
            holds=tuple(holds_from_json(row.hold_reasons or [])),
            packing_station=row.packing_station,
            parcels=row.shipments_in_order,
            backorder=row.backorder,
            confirmation_pending=row.id in pending,
        )
        for row in rows
    ]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _destination(ship_to: dict[str, str] | None) -> str:
    if not ship_to:
        return ""
    place = " ".join(part for part in (ship_to.get("region", ""), ship_to.get("city", "")) if part)
    name = ship_to.get("name", "")
    return f"{name} · {place}" if name and place else name or place
