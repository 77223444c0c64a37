"""The labels marketplaces made for parcels (Ozon FBS), kept until the parcel's waybill is
printed from them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, insert, select

from packstation.domain.audit import EventKind
from packstation.domain.states import OrderState
from packstation.store.print_ledger import MAY_BE_PRINTED
from packstation.store.schema import EVENTS, MARKETPLACE_LABELS, PRINTED


def keep(connection: Connection, shipment_id: int, pdf: bytes, at: datetime) -> None:
    """The parcel's label, replacing one fetched before."""
    table = MARKETPLACE_LABELS
    connection.execute(delete(table).where(table.c.shipment_id == shipment_id))
    connection.execute(insert(table).values(shipment_id=shipment_id, pdf=pdf, fetched_at=at))


def label_of(connection: Connection, shipment_id: int) -> bytes | None:
    return connection.scalar(
        select(MARKETPLACE_LABELS.c.pdf).where(MARKETPLACE_LABELS.c.shipment_id == shipment_id)
    )


def unprinted(connection: Connection, station: str) -> list[int]:
    """The parcels this station packed whose marketplace label has come and has not been
    printed (nor may have been: an interrupted job counts), oldest first."""
    printed = select(PRINTED.c.shipment_id).where(
        PRINTED.c.kind == "waybill", PRINTED.c.state.in_(MAY_BE_PRINTED)
    )
    packed_here = select(EVENTS.c.shipment_id).where(
        EVENTS.c.kind == EventKind.TRANSITION.value,
        EVENTS.c.to_state == OrderState.PACKED.value,
        EVENTS.c.station == station,
    )
    return list(
        connection.scalars(
            select(MARKETPLACE_LABELS.c.shipment_id)
            .where(
                MARKETPLACE_LABELS.c.shipment_id.not_in(printed),
                MARKETPLACE_LABELS.c.shipment_id.in_(packed_here),
            )
            .order_by(MARKETPLACE_LABELS.c.fetched_at)
        )
    )
