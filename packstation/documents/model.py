"""What a document shows, as plain values: the layouts take these and nothing else.

The app fills them from the database; the layouts never see the cost price, because it is
not here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from packstation.domain.model import Address

LANGUAGES = ("ja", "ru", "en", "zh_CN")
CARRIERS = (
    "yamato",
    "sagawa",
    "japanpost",
    "russianpost",
    "cdek",
    "dhl",
    "ups",
    "fedex",
    "usps",
    "generic",
)


@dataclass(frozen=True)
class Shop:
    name: str
    address: Address = field(default_factory=Address)
    phone: str = ""
    email: str = ""
    registration_number: str = ""  # 適格請求書発行事業者登録番号: "T" + 13 digits
    logo_path: str = ""  # PNG or JPEG
    thank_you: str = ""  # the slip's footer, in the shop's words


@dataclass(frozen=True)
class DocumentLine:
    sku: str
    name: str
    variant: str
    quantity: int
    unit_price: Decimal  # as the marketplace charged it (tax included in Japan)
    tax_rate: Decimal | None = None  # 0.10, 0.08; None where no consumption tax applies

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class SlipData:
    language: str  # one of LANGUAGES
    shop: Shop
    marketplace: str  # "rakuten", "ozon", "other"
    order_number: str  # with the destination when the order has several: "… (1/2)"
    ordered_at: datetime
    ship_date: date
    ship_to: Address | None
    orderer: Address | None
    lines: tuple[DocumentLine, ...]
    currency: str = "JPY"
    shipping_fee: Decimal = Decimal(0)
    discount: Decimal = Decimal(0)  # coupons and points, a positive amount taken off
    prices_include_tax: bool = True
    invoice_requested: bool = False  # the buyer asked for a qualified invoice
    gift: bool = False  # a gift: the slip shows no prices
    gift_message: str = ""


@dataclass(frozen=True)
class WaybillData:
    carrier: str  # one of CARRIERS
    service: str  # "宅急便", "ゆうパック", "Посылка", "Express Worldwide", …
    tracking_number: str
    ship_to: Address
    sender: Shop
    order_number: str
    ship_date: date
    delivery_date: date | None = None
    time_slot: str = ""  # as the order gives it: "14:00-16:00", "午前中"
    size_class: str = ""  # "60", "80", … (Japanese carriers); "" unknown or none
    weight_g: Decimal | None = None
    cod_amount: Decimal | None = None  # cash on delivery, in `currency`
    currency: str = "JPY"
    fragile: bool = False
    this_side_up: bool = False
    contents: str = ""  # 品名: what the parcel holds, short
    parcel: tuple[int, int] = (1, 1)  # this parcel of how many


@dataclass(frozen=True)
class ManifestParcel:
    order_number: str
    tracking_number: str
    weight_g: Decimal | None
    size_class: str = ""


@dataclass(frozen=True)
class ManifestData:
    language: str
    shop: Shop
    carrier: str
    day: date
    pickup_time: str  # "15:00" or "" when not arranged
    parcels: tuple[ManifestParcel, ...]
