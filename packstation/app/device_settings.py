"""The bench devices as the station's settings describe them.

Plain data, part of the typed settings file: which port, which protocol, which paper. A
real device or a simulator is only a different address here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from packstation.devices.transport import SerialConfig
from packstation.domain.weights import Tolerance


@dataclass
class SerialSettings:
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "none"  # "none", "even", "odd"
    stopbits: int = 1

    def config(self, port: str, timeout: float = 0.2) -> SerialConfig:
        return SerialConfig(
            port, self.baudrate, self.bytesize, self.parity, self.stopbits, timeout=timeout
        )


@dataclass
class ScaleSettings:
    enabled: bool = False
    protocol: str = "mt-sics"  # see packstation.devices.scale.registry
    port: str = ""  # a device path, socket://host:port, rfc2217://host:port
    serial: SerialSettings = field(default_factory=SerialSettings)
    pattern: str = ""  # the "line" protocol's regular expression
    stable_ms: int = 600  # scales without a stability flag: equal readings for this long
    auto_capture: bool = True
    capture_hold_ms: int = 800  # stable above the minimum this long: taken
    min_grams: int = 20
    tolerance_grams: int = 30
    tolerance_percent: float = 5.0
    require_weight: bool = True  # an order is not done before its parcel is weighed

    def tolerance(self) -> Tolerance:
        return Tolerance(Decimal(self.tolerance_grams), Decimal(str(self.tolerance_percent)))


@dataclass
class ScannerSettings:
    """A serial (COM/USB-CDC) scanner; keyboard-wedge scanners need no settings here."""

    enabled: bool = False
    port: str = ""
    serial: SerialSettings = field(default_factory=SerialSettings)
    prefix: str = ""
    suffix: str = "\r"
    gs_substitute: str = ""  # a printable character the scanner sends for GS (FNC1)


@dataclass
class PrinterSettings:
    enabled: bool = False
    language: str = "escpos"  # "escpos", "zpl", "tspl"; "pdf" (labels, to a CUPS queue)
    connection: str = "network"  # "network", "usb", "serial", "file", "cups"
    address: str = ""  # host[:port], vvvv:pppp, a device path, a CUPS queue
    serial: SerialSettings = field(default_factory=SerialSettings)
    profile: str = "default"  # python-escpos capability profile (receipt printers)
    text_mode: str = "auto"  # "auto", "kanji", "raster" (receipt printers)
    paper_width_dots: int = 576  # when the profile does not know it
    dpi: int = 203
    label_width_mm: float = 100.0
    label_height_mm: float = 150.0
    media: str = "gap"  # "gap", "mark", "continuous"
    gap_mm: float = 3.0
    darkness: int = 15  # 0..30


@dataclass
class ShopSettings:
    """The shop as its documents show it."""

    name: str = ""
    postal_code: str = ""
    region: str = ""
    city: str = ""
    line1: str = ""
    line2: str = ""
    country: str = "JP"
    phone: str = ""
    email: str = ""
    registration_number: str = ""  # 適格請求書発行事業者登録番号, "T" + 13 digits
    logo_path: str = ""
    thank_you: str = ""
    slip_language: str = ""  # "" follows the order's marketplace and country


@dataclass
class ShippingSettings:
    """What the bench prints and which carrier a marketplace's parcels go with by default."""

    print_slip: bool = True
    print_waybill: bool = True
    carriers: dict[str, str] = field(
        default_factory=lambda: {"rakuten": "yamato", "ozon": "russianpost", "other": "generic"}
    )
    services: dict[str, str] = field(
        default_factory=lambda: {
            "yamato": "宅急便",
            "sagawa": "飛脚宅配便",
            "japanpost": "ゆうパック",
            "russianpost": "Посылка",
            "cdek": "Посылка склад-дверь",
            "dhl": "Express Worldwide",
            "ups": "Standard",
            "fedex": "International Priority",
            "usps": "Priority Mail International",
            "generic": "",
        }
    )


@dataclass
class NotifySettings:
    """The buyer's mail when the parcel ships, through the shop's SMTP server. The password
    is kept in the OS keyring, never here."""

    smtp_host: str = ""  # empty: no mail is sent
    smtp_port: int = 587
    starttls: bool = True
    username: str = ""
    sender: str = ""  # the From address
    marketplace_tells: dict[str, bool] = field(
        default_factory=lambda: {"rakuten": True, "ozon": True, "other": False}
    )


@dataclass
class MarketplaceApi:
    """A shop connected through its marketplace's API. Its keys are in the OS keyring under
    `shop`, never here."""

    enabled: bool = False
    shop: str = "default"  # whose keys (packstation keys rakuten|ozon --shop)
    api_url: str = ""  # empty: the marketplace's own address
    timeout_s: float = 30.0
    fetch_minutes: int = 5  # the background fetch of the GUI; 0: only by hand
    confirm_at_intake: bool = True  # Rakuten: confirmOrder (100 → 300) for fetched orders
    report_shipping: bool = True  # tell the marketplace each parcel's tracking number
