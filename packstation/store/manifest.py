"""What a carrier's manifest lists of each parcel, for all of its parcels in one query."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, bindparam, select

from packstation.domain.bench import shipment_label
from packstation.domain.parcel_size import Dimensions
from packstation.store.packing import SHIPMENTS_IN_ORDER
from packstation.store.schema import ORDERS, PRODUCTS, SHIPMENTS
from packstation.store.weighing import MG, box_dimensions


@dataclass(frozen=True, slots=True)
class ManifestRow:
    shipment_id: int
    label: str
    tracking_number: str | None
    box_dimensions: Dimensions | None
    weight: Decimal | None


# The ids are written into the statement as it is sent (they are integers), not bound one
# variable each: one statement for any number of parcels, past SQLite's limit of variables.
_ROWS = (
    select(
        SHIPMENTS.c.id,
        SHIPMENTS.c.seq,
        SHIPMENTS.c.tracking_number,
        SHIPMENTS.c.weight_mg,
        ORDERS.c.number,
        SHIPMENTS_IN_ORDER,
        PRODUCTS.c.length_mm,
        PRODUCTS.c.width_mm,
        PRODUCTS.c.height_mm,
    )
    .join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
    .outerjoin(PRODUCTS, PRODUCTS.c.sku == SHIPMENTS.c.box_sku)
    .where(SHIPMENTS.c.id.in_(bindparam("ids", expanding=True, literal_execute=True)))
)


def manifest_rows(connection: Connection, shipment_ids: Sequence[int]) -> list[ManifestRow]:
    """These parcels' manifest rows in the order given; an id of no shipment is left out."""
    found = {
        row.id: row
        for row in connection.execute(_ROWS, {"ids": [int(sid) for sid in shipment_ids]})
    }
    return [
        ManifestRow(
            shipment_id=row.id,
            label=shipment_label(row.number, row.seq, row.shipments_in_order),
            tracking_number=row.tracking_number,
            box_dimensions=box_dimensions(row),
            weight=None if row.weight_mg is None else Decimal(row.weight_mg) / MG,
        )
        for row in (found[sid] for sid in shipment_ids if sid in found)
    ]
