"""A parcel's documents from the database and the shop's settings: the packing slip, the
waybill, the day's manifest per carrier."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from packstation.app.device_settings import ShopSettings
from packstation.app.settings import Settings
from packstation.documents.model import (
    DocumentLine,
    ManifestData,
    ManifestParcel,
    Shop,
    SlipData,
    WaybillData,
)
from packstation.domain.model import Address
from packstation.domain.parcel_size import Dimensions, size_class
from packstation.store.database import Database
from packstation.store.manifest import manifest_rows
from packstation.store.schema import SHIPMENTS
from packstation.store.shipping import Parcel, load_parcel

_MARKETPLACE_LANGUAGE = {"rakuten": "ja", "ozon": "ru"}
_COUNTRY_LANGUAGE = {"JP": "ja", "RU": "ru", "CN": "zh_CN"}


class NoSuchParcel(LookupError):
    pass


def shop(settings: ShopSettings) -> Shop:
    address = Address(
        name=settings.name,
        postal_code=settings.postal_code,
        region=settings.region,
        city=settings.city,
        line1=settings.line1,
        line2=settings.line2,
        country=settings.country,
        phone=settings.phone,
        email=settings.email,
    )
    return Shop(
        name=settings.name,
        address=address,
        phone=settings.phone,
        email=settings.email,
        registration_number=settings.registration_number,
        logo_path=settings.logo_path,
        thank_you=settings.thank_you,
    )


def document_language(parcel: Parcel, settings: ShopSettings) -> str:
    """The shop's choice if it made one; else the marketplace's; else the destination's."""
    if settings.slip_language:
        return settings.slip_language
    if parcel.marketplace in _MARKETPLACE_LANGUAGE:
        return _MARKETPLACE_LANGUAGE[parcel.marketplace]
    country = (parcel.ship_to.country if parcel.ship_to else "").upper()
    return _COUNTRY_LANGUAGE.get(country, "en")


def slip_data(parcel: Parcel, settings: Settings, ship_date: date) -> SlipData:
    lines = tuple(
        DocumentLine(
            line.sku, line.name, line.variant, line.quantity, line.unit_price, line.tax_rate
        )
        for line in parcel.lines
    )
    goods = sum((line.amount for line in lines), start=parcel.shipping_fee)
    # What the buyer paid below the list prices and fee: coupons and points.
    discount = max(goods - parcel.total, 0) if parcel.total is not None else 0
    return SlipData(
        language=document_language(parcel, settings.shop),
        shop=shop(settings.shop),
        marketplace=parcel.marketplace,
        order_number=parcel.label,
        ordered_at=parcel.ordered_at,
        ship_date=ship_date,
        ship_to=parcel.ship_to,
        orderer=parcel.orderer,
        lines=lines,
        currency=parcel.currency,
        shipping_fee=parcel.shipping_fee,
        discount=discount,
        prices_include_tax=parcel.marketplace == "rakuten" or parcel.currency == "JPY",
        invoice_requested=parcel.invoice_requested,
        gift=parcel.gift,
    )


def parcel_size(carrier: str, box: Dimensions | None, weight_g: Decimal | None) -> str:
    """The size class the carrier bills a parcel in this box as ("60", "80", …); "" when the
    box's dimensions are unknown or the carrier has no size classes."""
    size = size_class(carrier, box, weight_g)
    return "" if size is None else str(size)


def waybill_data(parcel: Parcel, settings: Settings, ship_date: date) -> WaybillData:
    if parcel.ship_to is None:
        raise NoSuchParcel(f"{parcel.label} has no address: the marketplace prints its label")
    carrier = parcel.carrier or settings.shipping.carriers.get(parcel.marketplace, "generic")
    return WaybillData(
        carrier=carrier,
        service=parcel.service,
        tracking_number=parcel.tracking_number or "",
        ship_to=parcel.ship_to,
        sender=shop(settings.shop),
        order_number=parcel.label,
        ship_date=ship_date,
        delivery_date=parcel.delivery_date,
        time_slot=parcel.time_slot,
        size_class=parcel_size(carrier, parcel.box_dimensions, parcel.weight),
        weight_g=parcel.weight,
        currency=parcel.currency,
        fragile=any(line.fragile for line in parcel.lines),
        contents=", ".join(line.name for line in parcel.lines)[:60],
        parcel=(parcel.seq, parcel.shipments_in_order),
    )


class Documents:
    def __init__(self, db: Database, settings: Settings) -> None:
        self.db = db
        self.settings = settings

    def parcel(self, shipment_id: int) -> Parcel:
        with self.db.engine.connect() as connection:
            parcel = load_parcel(connection, shipment_id)
        if parcel is None:
            raise NoSuchParcel(f"no shipment {shipment_id}")
        return parcel

    def manifest(self, carrier: str, day: date) -> ManifestData:
        """The parcels with a tracking number of this carrier weighed or shipped that day."""
        start = datetime.combine(day, time()).astimezone()
        end = start + timedelta(days=1)
        when = SHIPMENTS.c.weighed_at
        query = (
            select(SHIPMENTS.c.id)
            .where(
                SHIPMENTS.c.carrier == carrier,
                SHIPMENTS.c.tracking_number.is_not(None),
                when >= start,
                when < end,
            )
            .order_by(when)
        )
        with self.db.engine.connect() as connection:
            shipment_ids = list(connection.scalars(query))
        return self.manifest_of(carrier, day, shipment_ids)

    def manifest_of(self, carrier: str, day: date, shipment_ids: list[int]) -> ManifestData:
        """The manifest of exactly these parcels, in this order (a handover's)."""
        with self.db.engine.connect() as connection:
            rows = manifest_rows(connection, shipment_ids)
        items = tuple(
            ManifestParcel(
                row.label,
                row.tracking_number or "",
                row.weight,
                parcel_size(carrier, row.box_dimensions, row.weight),
            )
            for row in rows
        )
        language = self.settings.shop.slip_language or (
            "ja" if self.settings.shop.country == "JP" else "ru"
        )
        return ManifestData(language, shop(self.settings.shop), carrier, day, "", items)
