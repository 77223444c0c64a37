"""A parcel's history: everything that happened to it, and every document printed for it."""

from __future__ import annotations

from sqlalchemy import Connection, select

from packstation.store.schema import EVENTS, PRINTED, SHIPMENTS


def events(connection: Connection, shipment_id: int) -> list:  # type: ignore[type-arg]
    query = select(EVENTS).where(EVENTS.c.shipment_id == shipment_id).order_by(EVENTS.c.id)
    return list(connection.execute(query))


def carrier(connection: Connection, shipment_id: int) -> str:
    """The carrier the parcel goes with ("" not chosen yet)."""
    query = select(SHIPMENTS.c.carrier).where(SHIPMENTS.c.id == shipment_id)
    return connection.scalar(query) or ""


def printed(connection: Connection, shipment_id: int) -> list:  # type: ignore[type-arg]
    query = select(PRINTED).where(PRINTED.c.shipment_id == shipment_id).order_by(PRINTED.c.id)
    return list(connection.execute(query))
