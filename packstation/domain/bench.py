"""A shipment as the bench shows it: what to pack, what is in, what to watch out for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from packstation.domain.holds import HoldReason
from packstation.domain.model import Address, UnitCodeKind
from packstation.domain.states import OrderState


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

    @property
    def label(self) -> str:
        """The order number, with the destination when the order has several."""
        if self.shipments_in_order > 1:
            return f"{self.number} ({self.seq}/{self.shipments_in_order})"
        return self.number

    @property
    def fragile(self) -> bool:
        return any(line.fragile for line in self.lines)

    @property
    def units(self) -> int:
        return sum(line.ordered for line in self.lines)

    @property
    def units_scanned(self) -> int:
        return sum(line.scanned for line in self.lines)

    def line(self, line_id: int) -> LineView:
        return next(line for line in self.lines if line.line_id == line_id)
