"""Tables. Every fact the bench produces (a scan, a transition, a taught barcode) is a row."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from packstation.store.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(14, 2)
Id = BigInteger().with_variant(Integer, "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    sku: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    variant: Mapped[str] = mapped_column(String(500), default="")
    weight_g: Mapped[int | None] = mapped_column(Integer)
    cost_price: Mapped[Decimal | None] = mapped_column(Money)
    fragile: Mapped[bool] = mapped_column(Boolean, default=False)
    image_path: Mapped[str] = mapped_column(String(1000), default="")
    stock: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    unit_code: Mapped[str | None] = mapped_column(String(10))
    # Packaging, not goods: scanning its barcode at the bench picks the parcel's box, and
    # its weight is the box's tare.
    is_box: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # A box's outer dimensions: they give the parcel's size class (サイズ).
    length_mm: Mapped[int | None] = mapped_column(Integer)
    width_mm: Mapped[int | None] = mapped_column(Integer)
    height_mm: Mapped[int | None] = mapped_column(Integer)

    barcodes: Mapped[list[ProductBarcode]] = relationship(
        back_populates="product", cascade="all, delete-orphan"
    )


class ProductBarcode(Base):
    __tablename__ = "product_barcodes"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        Id, ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(100), unique=True)  # lookup key: GTIN-14 or as printed
    printed: Mapped[str] = mapped_column(String(100))
    pack_quantity: Mapped[int] = mapped_column(Integer, default=1)
    taught: Mapped[bool] = mapped_column(Boolean, default=False)

    product: Mapped[Product] = relationship(back_populates="barcodes")


class Order(Base):
    __tablename__ = "orders"
    # number first: the index also finds an order by its number alone (a scan)
    __table_args__ = (UniqueConstraint("number", "marketplace"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    marketplace: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(100))
    ordered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    currency: Mapped[str] = mapped_column(String(3), default="JPY")
    gift: Mapped[bool] = mapped_column(Boolean, default=False)
    invoice_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    buyer_notes: Mapped[str] = mapped_column(Text, default="")
    total: Mapped[Decimal | None] = mapped_column(Money)
    orderer: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    source: Mapped[str] = mapped_column(String(1000), default="")

    shipments: Mapped[list[Shipment]] = relationship(
        back_populates="order", order_by="Shipment.seq", cascade="all, delete-orphan"
    )


class Shipment(Base):
    __tablename__ = "shipments"
    __table_args__ = (
        UniqueConstraint("order_id", "key"),
        Index("ix_shipments_state_ship_by", "state", "ship_by"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    order_id: Mapped[int] = mapped_column(Id, ForeignKey("orders.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))
    seq: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(20))
    market_status: Mapped[str] = mapped_column(String(50), default="")
    ship_by: Mapped[datetime] = mapped_column(UTCDateTime)
    delivery_date: Mapped[date | None] = mapped_column(Date)
    time_slot: Mapped[str] = mapped_column(String(50), default="")
    gift_wrap: Mapped[str] = mapped_column(String(200), default="")
    noshi: Mapped[str] = mapped_column(String(200), default="")
    shipping_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    carrier: Mapped[str] = mapped_column(String(100), default="")
    ship_to: Mapped[dict[str, str] | None] = mapped_column(JSON(none_as_null=True))
    hold_reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    stock_reserved: Mapped[bool] = mapped_column(Boolean, default=False)
    packing_station: Mapped[str | None] = mapped_column(String(100), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    box_sku: Mapped[str | None] = mapped_column(String(100))
    weight_mg: Mapped[int | None] = mapped_column(Integer)  # as the scale read it
    weighed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    service: Mapped[str] = mapped_column(String(100), server_default="")
    tracking_number: Mapped[str | None] = mapped_column(String(100), index=True)
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A parcel split off one of the order's imported shipments (the packer closed a parcel, or
    # stock was short): that shipment's key. Imports match the parcel to it.
    split_from: Mapped[str | None] = mapped_column(String(100))
    backorder: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # Given to the carrier at the end-of-day handover: when, and in which one.
    handed_over_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handover_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("handovers.id", ondelete="SET NULL"), index=True
    )

    order: Mapped[Order] = relationship(back_populates="shipments")
    lines: Mapped[list[Line]] = relationship(
        back_populates="shipment", order_by="Line.seq", cascade="all, delete-orphan"
    )


class ShipmentCode(Base):
    """Codes besides the order number that open a shipment when scanned: an Ozon posting's
    order number, the barcodes a marketplace prints on its label."""

    __tablename__ = "shipment_codes"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    code: Mapped[str] = mapped_column(String(200), index=True)
    shipment_id: Mapped[int] = mapped_column(
        Id, ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )


class Line(Base):
    __tablename__ = "lines"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(
        Id, ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(500))
    variant: Mapped[str] = mapped_column(String(500), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax_rate: Mapped[Decimal | None] = mapped_column(Numeric(5, 4))
    marketplace_sku: Mapped[str] = mapped_column(String(100), default="")
    requires_mark: Mapped[bool] = mapped_column(Boolean, default=False)
    scanned: Mapped[int] = mapped_column(Integer, default=0)
    scanned_by_code: Mapped[int] = mapped_column(Integer, default=0)

    shipment: Mapped[Shipment] = relationship(back_populates="lines")


class UnitCode(Base):
    """A serial number, lot or Честный ЗНАК mark captured for one packed unit."""

    __tablename__ = "unit_codes"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    line_id: Mapped[int] = mapped_column(Id, ForeignKey("lines.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    value: Mapped[str] = mapped_column(String(300))
    unique_key: Mapped[str | None] = mapped_column(String(300), unique=True)
    captured_at: Mapped[datetime] = mapped_column(UTCDateTime)


class WeightSample(Base):
    """One unit's weight as a parcel that held only that SKU showed it."""

    __tablename__ = "weight_samples"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    sku: Mapped[str] = mapped_column(String(100), index=True)
    unit_mg: Mapped[int] = mapped_column(Integer)
    shipment_id: Mapped[int] = mapped_column(
        Id, ForeignKey("shipments.id", ondelete="CASCADE"), unique=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class PrintedDocument(Base):
    """Every document sent to a printer: what, for which parcel, where, which copy."""

    __tablename__ = "printed_documents"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    shipment_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # slip, waybill, manifest
    job_id: Mapped[str] = mapped_column(String(100), index=True)
    copy: Mapped[int] = mapped_column(Integer, default=1)
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    printer: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20))  # printed, not_sent, interrupted
    detail: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    station: Mapped[str] = mapped_column(String(100))
    operator: Mapped[str] = mapped_column(String(100))


class TrackingRange(Base):
    """Waybill numbers a carrier gave the shop: each is handed out once, in order."""

    __tablename__ = "tracking_ranges"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    carrier: Mapped[str] = mapped_column(String(30))
    account: Mapped[str] = mapped_column(String(100), default="")
    first: Mapped[int] = mapped_column(BigInteger)  # numbers without their check digit
    last: Mapped[int] = mapped_column(BigInteger)
    next: Mapped[int] = mapped_column(BigInteger)


class Handover(Base):
    """One carrier's pickup: opened at the station, the parcels scanned as they go onto the
    truck, closed with the manifest. `open_key` ("carrier day") is set while it is open, so
    that a carrier has one open handover a day."""

    __tablename__ = "handovers"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    carrier: Mapped[str] = mapped_column(String(30))
    day: Mapped[date] = mapped_column(Date)
    open_key: Mapped[str | None] = mapped_column(String(50), unique=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    station: Mapped[str] = mapped_column(String(100))
    operator: Mapped[str] = mapped_column(String(100))
    manifest_name: Mapped[str] = mapped_column(String(300), default="")
    receipt_name: Mapped[str] = mapped_column(String(300), default="")
    receipt_sha256: Mapped[str] = mapped_column(String(64), default="")
    # Ozon: the act (акт приёма-передачи) Ozon made for the handover, its barcode and file.
    act_id: Mapped[int | None] = mapped_column(BigInteger)
    act_barcode: Mapped[str] = mapped_column(String(100), server_default="")
    act_name: Mapped[str] = mapped_column(String(300), server_default="")

    __table_args__ = (Index("ix_handovers_carrier_day", "carrier", "day"),)


class HandoverScan(Base):
    """A parcel scanned at a handover, committed with its verdict: a crash loses none."""

    __tablename__ = "handover_scans"
    __table_args__ = (UniqueConstraint("handover_id", "shipment_id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    handover_id: Mapped[int] = mapped_column(
        Id, ForeignKey("handovers.id", ondelete="CASCADE")
    )
    shipment_id: Mapped[int] = mapped_column(
        Id, ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(300))  # as scanned
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    station: Mapped[str] = mapped_column(String(100))
    operator: Mapped[str] = mapped_column(String(100))


class Event(Base):
    """The audit trail: who, when, at which station, what, and why."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    station: Mapped[str] = mapped_column(String(100))
    operator: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(30))
    order_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    shipment_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )
    line_id: Mapped[int | None] = mapped_column(Id, ForeignKey("lines.id", ondelete="SET NULL"))
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str | None] = mapped_column(String(20))
    code: Mapped[str | None] = mapped_column(String(300))
    outcome: Mapped[str | None] = mapped_column(String(30))
    quantity: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class MarketplaceLabel(Base):
    """The label a marketplace made for a parcel (Ozon FBS: the package label PDF), printed as
    its waybill; in the database, so that every station sharing it can print it."""

    __tablename__ = "marketplace_labels"

    shipment_id: Mapped[int] = mapped_column(
        Id, ForeignKey("shipments.id", ondelete="CASCADE"), primary_key=True
    )
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OutboxMessage(Base):
    """A message to the outside (the buyer's e-mail, a marketplace's shipping confirmation),
    written in the same transaction as the change it tells of and sent later by the outbox
    sender. `key` makes it once only: the same message enqueued again is the same row."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    shipment_id: Mapped[int | None] = mapped_column(
        Id, ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(20), default="pending")  # sending, sent, failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_outbox_state_due", "state", "due_at"),)


class User(Base):
    """Someone who signs in at a station: a packer, a supervisor or an admin. The PIN is kept
    as a scrypt hash (domain/users.py), the badge as the SHA-256 of its code; `locked_until`
    is set after too many wrong PINs."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # packer, supervisor, admin
    pin_hash: Mapped[str] = mapped_column(String(200))
    badge_digest: Mapped[str | None] = mapped_column(String(64), unique=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# The tables themselves, for the Core statements of the bulk and hot paths.
def modelled(name: str | None, type_: str, parent_names: object) -> bool:
    """Whether the models describe a database object, for comparing them (alembic's
    include_name): PostgreSQL's prefix-search indexes (migration 0010) are made there alone."""
    return not (type_ == "index" and name is not None and name.endswith("_prefix"))


ORDERS: Table = Order.__table__  # type: ignore[assignment]
SHIPMENTS: Table = Shipment.__table__  # type: ignore[assignment]
LINES: Table = Line.__table__  # type: ignore[assignment]
PRODUCTS: Table = Product.__table__  # type: ignore[assignment]
BARCODES: Table = ProductBarcode.__table__  # type: ignore[assignment]
UNIT_CODES: Table = UnitCode.__table__  # type: ignore[assignment]
EVENTS: Table = Event.__table__  # type: ignore[assignment]
CODES: Table = ShipmentCode.__table__  # type: ignore[assignment]
WEIGHT_SAMPLES: Table = WeightSample.__table__  # type: ignore[assignment]
PRINTED: Table = PrintedDocument.__table__  # type: ignore[assignment]
TRACKING_RANGES: Table = TrackingRange.__table__  # type: ignore[assignment]
OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]
MARKETPLACE_LABELS: Table = MarketplaceLabel.__table__  # type: ignore[assignment]
HANDOVERS: Table = Handover.__table__  # type: ignore[assignment]
HANDOVER_SCANS: Table = HandoverScan.__table__  # type: ignore[assignment]
