"""What the Ozon handlers of the outbox write down: a parcel's label, the parcels Ozon took,
and the act of an Ozon handover (its id first, so that a message sent again asks for the
same act rather than making a second one)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from packstation.app.context import Station
from packstation.app.files import write_atomically
from packstation.domain.audit import EventKind
from packstation.domain.states import OrderState
from packstation.store import labels as labels_store
from packstation.store import shipping as shipping_store
from packstation.store.database import Database
from packstation.store.events import add_events, event_row
from packstation.store.schema import HANDOVERS


class OzonRecords:
    def __init__(self, db: Database, station: Station, folder: Path) -> None:
        self.db = db
        self.station = station
        self.folder = folder  # the data folder: the acts go beside the manifests

    def keep_label(self, shipment_id: int, pdf: bytes) -> None:
        with self.db.engine.begin() as connection:
            labels_store.keep(connection, shipment_id, pdf, self.station.now())

    def shipped(self, parcels: list[int], posting: str) -> None:
        """Ozon took the posting: its packed parcels are shipped, with the posting number as
        their tracking number, and wait for Ozon's courier on the Ozon handover list."""
        station, at = self.station, self.station.now()
        with self.db.engine.begin() as connection:
            for parcel in parcels:
                order = shipping_store.ship_with_marketplace(
                    connection, parcel, "ozon", posting, at
                )
                if order is None:
                    continue  # shipped at an earlier send of the message
                event = event_row(
                    at,
                    station.name,
                    station.operator,
                    EventKind.TRANSITION,
                    order_id=order,
                    shipment_id=parcel,
                    from_state=OrderState.PACKED.value,
                    to_state=OrderState.SHIPPED.value,
                    reason="ozon",
                )
                add_events(connection, [event])

    def act_of(self, handover_id: int) -> int | None:
        with self.db.engine.connect() as connection:
            query = select(HANDOVERS.c.act_id).where(HANDOVERS.c.id == handover_id)
            return connection.scalar(query)

    def remember_act(self, handover_id: int, act_id: int) -> None:
        with self.db.engine.begin() as connection:
            connection.execute(
                update(HANDOVERS).where(HANDOVERS.c.id == handover_id).values(act_id=act_id)
            )

    def keep_act(self, handover_id: int, pdf: bytes, barcode: str) -> None:
        """The act's PDF beside the handover's manifest, and its barcode for the courier."""
        name = f"manifests/ozon-act-{handover_id}.pdf"
        write_atomically(self.folder / name, pdf)
        with self.db.engine.begin() as connection:
            connection.execute(
                update(HANDOVERS)
                .where(HANDOVERS.c.id == handover_id)
                .values(act_name=name, act_barcode=barcode)
            )
