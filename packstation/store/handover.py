"""A carrier's handovers, their scans, and the parcels a handover lists or a code names."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, Row, func, insert, or_, select, update

from packstation.domain.bench import shipment_label
from packstation.domain.handover import HandoverParcel, Pickup, Scanned, on_list
from packstation.domain.states import OrderState
from packstation.store.packing import SHIPMENTS_IN_ORDER
from packstation.store.schema import CODES, HANDOVER_SCANS, HANDOVERS, ORDERS, SHIPMENTS


def open_key(carrier: str, day: date) -> str:
    return f"{carrier} {day.isoformat()}"


def find_open(connection: Connection, carrier: str, day: date) -> Row | None:  # type: ignore[type-arg]
    return connection.execute(
        select(HANDOVERS).where(HANDOVERS.c.open_key == open_key(carrier, day))
    ).first()


def create(
    connection: Connection, carrier: str, day: date, at: datetime, station: str, operator: str
) -> int:
    result = connection.execute(
        insert(HANDOVERS).values(
            carrier=carrier,
            day=day,
            open_key=open_key(carrier, day),
            opened_at=at,
            station=station,
            operator=operator,
            manifest_name="",
            receipt_name="",
            receipt_sha256="",
        )
    )
    return result.inserted_primary_key[0]  # type: ignore[index]


def load(connection: Connection, handover_id: int) -> Row | None:  # type: ignore[type-arg]
    return connection.execute(select(HANDOVERS).where(HANDOVERS.c.id == handover_id)).first()


def pickup(connection: Connection, row: Row) -> Pickup:  # type: ignore[type-arg]
    """The handover with the day its carrier's list starts: its first handover's."""
    first = connection.scalar(
        select(func.min(HANDOVERS.c.day)).where(HANDOVERS.c.carrier == row.carrier)
    )
    return Pickup(row.id, row.carrier, row.day, min(first or row.day, row.day))


_PARCEL = (
    select(
        SHIPMENTS.c.id,
        SHIPMENTS.c.seq,
        SHIPMENTS.c.carrier,
        SHIPMENTS.c.state,
        SHIPMENTS.c.tracking_number,
        SHIPMENTS.c.shipped_at,
        SHIPMENTS.c.handover_id,
        SHIPMENTS.c.handed_over_at,
        ORDERS.c.number,
        SHIPMENTS_IN_ORDER,
    )
    .join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
    .order_by(SHIPMENTS.c.shipped_at, SHIPMENTS.c.id)
)


def _parcel(row: Row) -> HandoverParcel:  # type: ignore[type-arg]
    return HandoverParcel(
        shipment_id=row.id,
        label=shipment_label(row.number, row.seq, row.shipments_in_order),
        carrier=row.carrier,
        state=OrderState(row.state),
        tracking_number=row.tracking_number,
        shipped_on=row.shipped_at.astimezone().date() if row.shipped_at else None,
        handover_id=row.handover_id,
        handed_over_at=row.handed_over_at,
    )


def _local_start(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def listed(connection: Connection, of: Pickup) -> list[HandoverParcel]:
    """The parcels the handover's carrier takes at it, oldest shipped first."""
    rows = connection.execute(
        _PARCEL.where(
            SHIPMENTS.c.carrier == of.carrier,
            SHIPMENTS.c.state == OrderState.SHIPPED.value,
            SHIPMENTS.c.shipped_at >= _local_start(of.since),
            SHIPMENTS.c.shipped_at < _local_start(of.day + timedelta(days=1)),
            or_(SHIPMENTS.c.handover_id.is_(None), SHIPMENTS.c.handover_id == of.handover_id),
        )
    )
    return [parcel for parcel in map(_parcel, rows) if on_list(parcel, of)]


def by_code(connection: Connection, forms: Collection[str]) -> list[HandoverParcel]:
    """The parcels a scanned code names: by tracking number or by another of their codes."""
    coded = select(CODES.c.shipment_id).where(CODES.c.code.in_(forms))
    rows = connection.execute(
        _PARCEL.where(or_(SHIPMENTS.c.tracking_number.in_(forms), SHIPMENTS.c.id.in_(coded)))
    )
    return [_parcel(row) for row in rows]


def scans(connection: Connection, handover_id: int) -> dict[int, Scanned]:
    rows = connection.execute(
        select(HANDOVER_SCANS).where(HANDOVER_SCANS.c.handover_id == handover_id)
    )
    return {
        row.shipment_id: Scanned(row.shipment_id, row.at, row.operator, row.station)
        for row in rows
    }


def add_scan(
    connection: Connection,
    handover_id: int,
    shipment_id: int,
    code: str,
    at: datetime,
    station: str,
    operator: str,
) -> None:
    connection.execute(
        insert(HANDOVER_SCANS).values(
            handover_id=handover_id,
            shipment_id=shipment_id,
            code=code,
            at=at,
            station=station,
            operator=operator,
        )
    )


def close(connection: Connection, handover_id: int, at: datetime) -> bool:
    """The handover closed and its scanned parcels handed over (those another handover did
    not take first); False when it was closed already (by another station)."""
    closed = connection.execute(
        update(HANDOVERS)
        .where(HANDOVERS.c.id == handover_id, HANDOVERS.c.closed_at.is_(None))
        .values(closed_at=at, open_key=None)
    )
    if closed.rowcount != 1:
        return False
    scanned = select(HANDOVER_SCANS.c.shipment_id).where(
        HANDOVER_SCANS.c.handover_id == handover_id
    )
    connection.execute(
        update(SHIPMENTS)
        .where(SHIPMENTS.c.id.in_(scanned), SHIPMENTS.c.handover_id.is_(None))
        .values(handed_over_at=at, handover_id=handover_id)
    )
    return True


def handed_over(connection: Connection, handover_id: int) -> list[int]:
    """The parcels handed over at the handover, in the order they were scanned."""
    return list(
        connection.scalars(
            select(HANDOVER_SCANS.c.shipment_id)
            .join(SHIPMENTS, SHIPMENTS.c.id == HANDOVER_SCANS.c.shipment_id)
            .where(
                HANDOVER_SCANS.c.handover_id == handover_id,
                SHIPMENTS.c.handover_id == handover_id,
            )
            .order_by(HANDOVER_SCANS.c.at, HANDOVER_SCANS.c.id)
        )
    )


def set_manifest(connection: Connection, handover_id: int, name: str) -> None:
    connection.execute(
        update(HANDOVERS).where(HANDOVERS.c.id == handover_id).values(manifest_name=name)
    )


def set_receipt(connection: Connection, handover_id: int, name: str, sha256: str) -> None:
    connection.execute(
        update(HANDOVERS)
        .where(HANDOVERS.c.id == handover_id)
        .values(receipt_name=name, receipt_sha256=sha256)
    )


def order_ids(connection: Connection, shipment_ids: Collection[int]) -> dict[int, int]:
    """Each shipment's order, for the events."""
    rows = connection.execute(
        select(SHIPMENTS.c.id, SHIPMENTS.c.order_id).where(SHIPMENTS.c.id.in_(shipment_ids))
    )
    return {row.id: row.order_id for row in rows}


def tracking_numbers(connection: Connection, shipment_ids: Collection[int]) -> list[str]:
    """The tracking numbers of these parcels, in the order given (Ozon: the posting numbers)."""
    rows = dict(
        connection.execute(
            select(SHIPMENTS.c.id, SHIPMENTS.c.tracking_number).where(
                SHIPMENTS.c.id.in_(shipment_ids)
            )
        ).all()
    )
    return [rows[shipment_id] for shipment_id in shipment_ids if rows.get(shipment_id)]
