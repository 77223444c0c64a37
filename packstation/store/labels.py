"""The labels marketplaces made for parcels (Ozon FBS), kept until the parcel's waybill is
printed from them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, insert, select

from packstation.store.schema import MARKETPLACE_LABELS


def keep(connection: Connection, shipment_id: int, pdf: bytes, at: datetime) -> None:
    """The parcel's label, replacing one fetched before."""
    table = MARKETPLACE_LABELS
    connection.execute(delete(table).where(table.c.shipment_id == shipment_id))
    connection.execute(insert(table).values(shipment_id=shipment_id, pdf=pdf, fetched_at=at))


def label_of(connection: Connection, shipment_id: int) -> bytes | None:
    return connection.scalar(
        select(MARKETPLACE_LABELS.c.pdf).where(MARKETPLACE_LABELS.c.shipment_id == shipment_id)
    )
