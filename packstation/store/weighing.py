"""Boxes, parcel weights and the unit weights learned from single-SKU parcels."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from packstation.domain.parcel_size import Dimensions
from packstation.domain.weights import UnitWeight, learn
from packstation.store.schema import BARCODES, PRODUCTS, SHIPMENTS, WEIGHT_SAMPLES

SAMPLES_KEPT = 50  # the latest parcels per SKU that the learned weight is drawn from
MG = Decimal(1000)


@dataclass(frozen=True, slots=True)
class Box:
    sku: str
    name: str
    tare: Decimal | None  # grams
    dimensions: Dimensions | None = None  # unknown: the parcel has no size class


_BOX_COLUMNS = (
    PRODUCTS.c.sku,
    PRODUCTS.c.name,
    PRODUCTS.c.weight_g,
    PRODUCTS.c.length_mm,
    PRODUCTS.c.width_mm,
    PRODUCTS.c.height_mm,
)
_BOXES = (
    select(BARCODES.c.code, *_BOX_COLUMNS)
    .join(PRODUCTS, PRODUCTS.c.id == BARCODES.c.product_id)
    .where(PRODUCTS.c.is_box)
)
_BOX = select(*_BOX_COLUMNS).where(PRODUCTS.c.sku == bindparam("sku"))
_CATALOGUE = select(PRODUCTS.c.sku, PRODUCTS.c.weight_g).where(
    PRODUCTS.c.sku.in_(bindparam("skus", expanding=True))
)
_SAMPLES = (
    select(WEIGHT_SAMPLES.c.sku, WEIGHT_SAMPLES.c.unit_mg)
    .where(WEIGHT_SAMPLES.c.sku.in_(bindparam("skus", expanding=True)))
    .order_by(WEIGHT_SAMPLES.c.id.desc())
)


def _grams(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def box_dimensions(row) -> Dimensions | None:  # type: ignore[no-untyped-def]
    """A row's box dimensions (its `length_mm`, `width_mm`, `height_mm`); None unless all
    three are known."""
    sides = (row.length_mm, row.width_mm, row.height_mm)
    return None if None in sides else Dimensions(*sides)


def _box(row) -> Box:  # type: ignore[no-untyped-def]
    return Box(row.sku, row.name, _grams(row.weight_g), box_dimensions(row))


def boxes_by_code(connection: Connection) -> dict[str, Box]:
    """Every box's barcodes (lookup keys), for the bench to tell a box scan from an item."""
    return {row.code: _box(row) for row in connection.execute(_BOXES)}


def box(connection: Connection, sku: str | None) -> Box | None:
    if sku is None:
        return None
    row = connection.execute(_BOX, {"sku": sku}).first()
    return None if row is None else _box(row)


def set_box(connection: Connection, shipment_id: int, sku: str) -> None:
    connection.execute(update(SHIPMENTS).where(SHIPMENTS.c.id == shipment_id).values(box_sku=sku))


def unit_weights(connection: Connection, skus: Iterable[str]) -> dict[str, UnitWeight]:
    wanted = sorted(set(skus))
    catalogue = {sku: grams for sku, grams in connection.execute(_CATALOGUE, {"skus": wanted})}
    return learned_weights(connection, {sku: catalogue.get(sku) for sku in wanted})


def learned_weights(
    connection: Connection, catalogue: dict[str, int | None]
) -> dict[str, UnitWeight]:
    """The unit weights of these SKUs, whose catalogue weights (grams) are already read."""
    wanted = sorted(catalogue)
    samples: dict[str, list[Decimal]] = defaultdict(list)
    for sku, unit_mg in connection.execute(_SAMPLES, {"skus": wanted}):
        samples[sku].append(Decimal(unit_mg) / MG)
    return {
        sku: UnitWeight(sku, _grams(catalogue[sku]), learn(samples.get(sku, []))) for sku in wanted
    }


def sampled_skus(connection: Connection) -> list[str]:
    """Every SKU that single-SKU parcels have taught a weight for."""
    return list(connection.scalars(select(WEIGHT_SAMPLES.c.sku).distinct().order_by("sku")))


def record_weight(connection: Connection, shipment_id: int, grams: Decimal, at: datetime) -> None:
    connection.execute(
        update(SHIPMENTS)
        .where(SHIPMENTS.c.id == shipment_id)
        .values(weight_mg=int(grams * MG), weighed_at=at)
    )


def record_sample(
    connection: Connection, sku: str, unit_grams: Decimal, shipment_id: int, at: datetime
) -> None:
    """A parcel's unit weight; weighing the same parcel again replaces its sample. Only the
    SKU's latest SAMPLES_KEPT samples stay, so reading them stays cheap as parcels add up."""
    connection.execute(delete(WEIGHT_SAMPLES).where(WEIGHT_SAMPLES.c.shipment_id == shipment_id))
    connection.execute(
        insert(WEIGHT_SAMPLES),
        {"sku": sku, "unit_mg": int(unit_grams * MG), "shipment_id": shipment_id, "at": at},
    )
    oldest_kept = (
        select(WEIGHT_SAMPLES.c.id)
        .where(WEIGHT_SAMPLES.c.sku == sku)
        .order_by(WEIGHT_SAMPLES.c.id.desc())
        .limit(1)
        .offset(SAMPLES_KEPT - 1)
        .scalar_subquery()
    )
    connection.execute(
        delete(WEIGHT_SAMPLES).where(WEIGHT_SAMPLES.c.sku == sku, WEIGHT_SAMPLES.c.id < oldest_kept)
    )
