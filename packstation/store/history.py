"""A parcel's history: everything that happened to it, and every document printed for it."""

from __future__ import annotations

from sqlalchemy import Connection, select

from packstation.store.schema import EVENTS, PRINTED


def events(connection: Connection, shipment_id: int) -> list:  # type: ignore[type-arg]
    query = select(EVENTS).where(EVENTS.c.shipment_id == shipment_id).order_by(EVENTS.c.id)
    return list(connection.execute(query))


def printed(connection: Connection, shipment_id: int) -> list:  # type: ignore[type-arg]
    query = select(PRINTED).where(PRINTED.c.shipment_id == shipment_id).order_by(PRINTED.c.id)
    return list(connection.execute(query))
