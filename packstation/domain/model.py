"""Value types for products and orders as they arrive and as the pack bench sees them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from packstation.domain.parcel_size import Dimensions


class Marketplace(StrEnum):
    RAKUTEN = "rakuten"
    OZON = "ozon"
    OTHER = "other"


class UnitCodeKind(StrEnum):
    """What must be captured for every single unit of a product."""

    SERIAL = "serial"
    LOT = "lot"
    MARK = "mark"  # Russian Честный ЗНАК: GS1 DataMatrix with AIs 01, 21, 91, 92


class MarketStatus(StrEnum):
    """A marketplace's own status, mapped to what it means for the bench."""

    PENDING = "pending"  # not yet released for packing (payment, marketplace checks)
    TO_PACK = "to_pack"
    CHANGE_PENDING = "change_pending"  # the marketplace is changing or cancelling it
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Address:
    name: str = ""
    name_kana: str = ""
    postal_code: str = ""
    region: str = ""  # Japanese prefecture, Russian oblast / krai
    city: str = ""
    line1: str = ""
    line2: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    phone: str = ""
    email: str = ""

    def values(self) -> tuple[str, ...]:
        """The fields in declaration order (quicker than dataclasses.astuple)."""
        return (
            self.name,
            self.name_kana,
            self.postal_code,
            self.region,
            self.city,
            self.line1,
            self.line2,
            self.country,
            self.phone,
            self.email,
        )


@dataclass(frozen=True, slots=True)
class CatalogueBarcode:
    code: str
    pack_quantity: int = 1


@dataclass(slots=True)
class CatalogueProduct:
    """A product row as a catalogue file gives it."""

    sku: str
    name: str
    barcodes: list[CatalogueBarcode] = field(default_factory=list)
    weight_g: int | None = None
    cost_price: Decimal | None = None
    fragile: bool = False
    stock: int = 0
    variant: str = ""
    image_path: str = ""
    unit_code: UnitCodeKind | None = None
    is_box: bool = False  # packaging: its weight is the box's tare
    dimensions: Dimensions | None = None  # a box's outer size
    source_line: int = 0


@dataclass(slots=True)
class IncomingLine:
    sku: str
    name: str
    quantity: int
    unit_price: Decimal = Decimal(0)
    variant: str = ""
    tax_rate: Decimal | None = None  # a fraction: 0.10, 0.08
    marketplace_sku: str = ""
    requires_mark: bool = False


@dataclass(slots=True)
class IncomingShipment:
    """One destination of an order: its own parcel, packed and labelled on its own."""

    key: str  # Rakuten basketId, Ozon posting number, or "1"
    lines: list[IncomingLine]
    ship_to: Address | None  # None: the marketplace delivers on its own label (Ozon FBS)
    status: MarketStatus = MarketStatus.TO_PACK
    marketplace_status: str = ""
    ship_by: datetime | None = None  # None: order time + the marketplace's default
    delivery_date: date | None = None
    time_slot: str = ""
    gift_wrap: str = ""
    noshi: str = ""
    shipping_fee: Decimal = Decimal(0)
    codes: tuple[str, ...] = ()  # barcodes the marketplace prints for this parcel
    carrier: str = ""


@dataclass(slots=True)
class IncomingOrder:
    marketplace: Marketplace
    number: str
    ordered_at: datetime
    shipments: list[IncomingShipment]
    orderer: Address = field(default_factory=Address)
    currency: str = "JPY"
    gift: bool = False
    invoice_requested: bool = False
    buyer_notes: str = ""
    total: Decimal | None = None
    source_lines: tuple[int, ...] = ()
