"""A shipment as the bench shows it: what to pack, what is in, what to watch out for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from packstation.domain.holds import HoldReason
from packstation.domain.model import Address, UnitCodeKind
from packstation.domain.states import OrderState
from packstation.domain.weights import Expected, UnitWeight, expected_weight


def shipment_label(number: str, seq: int, shipments_in_order: int) -> str:
    """The order number, with the destination when the order has several: "… (1/2)"."""
    if shipments_in_order > 1:
        return f"{number} ({seq}/{shipments_in_order})"
    return number


@dataclass(frozen=True, slots=True)
class LineView:
    line_id: int
    sku: str
    name: str
    variant: str
    ordered: int
    scanned: int
    scanned_by_code: int
    image_path: str = ""
    fragile: bool = False
    unit_code: UnitCodeKind | None = None
    has_barcode: bool = True

    @property
    def open(self) -> int:
        return self.ordered - self.scanned


@dataclass(frozen=True, slots=True)
class ShipmentView:
    shipment_id: int
    order_id: int
    marketplace: str
    number: str
    seq: int
    shipments_in_order: int
    state: OrderState
    ordered_at: datetime
    ship_by: datetime
    ship_to: Address | None
    delivery_date: date | None
    time_slot: str
    gift: bool
    gift_wrap: str
    noshi: str
    invoice_requested: bool
    buyer_notes: str
    carrier: str
    holds: tuple[HoldReason, ...]
    packing_station: str | None
    lines: tuple[LineView, ...]
    service: str = ""
    tracking_number: str | None = None
    box_sku: str | None = None
    box_tare: Decimal | None = None  # grams
    weight: Decimal | None = None  # grams, once the parcel is weighed
    unit_weights: tuple[UnitWeight, ...] = ()
    wrapped: bool = False  # the packer confirmed the gift wrap and noshi asked for
    backorder: bool = False  # what stock was short for when another parcel of it went out

    @property
    def label(self) -> str:
        return shipment_label(self.number, self.seq, self.shipments_in_order)

    @property
    def fragile(self) -> bool:
        return any(line.fragile for line in self.lines)

    @property
    def units(self) -> int:
        return sum(line.ordered for line in self.lines)

    @property
    def units_scanned(self) -> int:
        return sum(line.scanned for line in self.lines)

    @property
    def expected_weight(self) -> Expected:
        quantities: dict[str, int] = {}
        for line in self.lines:
            quantities[line.sku] = quantities.get(line.sku, 0) + line.ordered
        units = {unit.sku: unit for unit in self.unit_weights}
        return expected_weight(quantities, units, self.box_tare)

    def unit_weight(self, sku: str) -> UnitWeight | None:
        return next((unit for unit in self.unit_weights if unit.sku == sku), None)

    def line(self, line_id: int) -> LineView:
        return next(line for line in self.lines if line.line_id == line_id)
