"""What tells one carrier's waybill from another's: name, language, header colours, barcode.

No logos: a header band in the carrier's colour with its name, in a text colour that stays
readable both in colour and after thresholding for a thermal head (a band lighter than the
threshold prints white and carries dark text; a darker band prints black and carries light
text).

Barcodes: Yamato, Sagawa and Japan Post print their 12-digit numbers as NW-7 (Codabar) with
start and stop "a" (Aimjal's NW-7 page lists 宅配便 as its typical use with start/stop a…a; a
shop's carrier-issued spec quoted on okusu.net asks for NW-7, the 7DR check, start and stop
A). No carrier document confirming it for each of the three was found. UPU S10 numbers
(Japan Post EMS, Russian Post international) and everything else go in Code 128, which every
carrier's scanners read; a number Code 128 cannot hold (not ASCII) becomes a QR code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Symbology = Literal["codabar", "code128", "qr"]


@dataclass(frozen=True)
class CarrierMark:
    carrier: str
    names: Mapping[str, str]  # the carrier's name in each document language
    band: str  # header band colour, "#RRGGBB"
    band_text: str  # the name's colour on the band
    language: str | None  # the waybill's language; None: the destination's
    symbology: Literal["codabar", "code128"]  # for the carrier's own numbers

    def name(self, language: str) -> str:
        return self.names.get(language, self.names["en"])


MARKS: dict[str, CarrierMark] = {
    "yamato": CarrierMark(
        "yamato",
        {
            "ja": "ヤマト運輸",
            "ru": "Yamato Transport",
            "en": "Yamato Transport",
            "zh_CN": "大和运输",
        },
        band="#FFD100",
        band_text="#000000",
        language="ja",
        symbology="codabar",
    ),
    "sagawa": CarrierMark(
        "sagawa",
        {"ja": "佐川急便", "ru": "Sagawa Express", "en": "Sagawa Express", "zh_CN": "佐川急便"},
        band="#00489D",
        band_text="#FFFFFF",
        language="ja",
        symbology="codabar",
    ),
    "japanpost": CarrierMark(
        "japanpost",
        {"ja": "日本郵便", "ru": "Почта Японии", "en": "Japan Post", "zh_CN": "日本邮政"},
        band="#D7000F",
        band_text="#FFFFFF",
        language="ja",
        symbology="codabar",
    ),
    "russianpost": CarrierMark(
        "russianpost",
        {"ja": "ロシア郵便", "ru": "Почта России", "en": "Russian Post", "zh_CN": "俄罗斯邮政"},
        band="#0055A5",
        band_text="#FFFFFF",
        language="ru",
        symbology="code128",
    ),
    "cdek": CarrierMark(
        "cdek",
        {"ja": "CDEK", "ru": "СДЭК", "en": "CDEK", "zh_CN": "CDEK"},
        band="#1AB248",
        band_text="#FFFFFF",
        language="ru",
        symbology="code128",
    ),
    "dhl": CarrierMark(
        "dhl",
        {"ja": "DHL Express", "ru": "DHL Express", "en": "DHL Express", "zh_CN": "DHL Express"},
        band="#FFCC00",
        band_text="#D40511",
        language="en",
        symbology="code128",
    ),
    "ups": CarrierMark(
        "ups",
        {"ja": "UPS", "ru": "UPS", "en": "UPS", "zh_CN": "UPS"},
        band="#351C15",
        band_text="#FFB500",
        language="en",
        symbology="code128",
    ),
    "fedex": CarrierMark(
        "fedex",
        {"ja": "FedEx", "ru": "FedEx", "en": "FedEx", "zh_CN": "联邦快递"},
        band="#4D148C",
        band_text="#FFFFFF",
        language="en",
        symbology="code128",
    ),
    "usps": CarrierMark(
        "usps",
        {"ja": "USPS", "ru": "USPS", "en": "USPS", "zh_CN": "美国邮政"},
        band="#333366",
        band_text="#FFFFFF",
        language="en",
        symbology="code128",
    ),
    "generic": CarrierMark(
        "generic",
        {"ja": "宅配便", "ru": "Отправление", "en": "Parcel", "zh_CN": "包裹"},
        band="#000000",
        band_text="#FFFFFF",
        language=None,
        symbology="code128",
    ),
}

_LANGUAGE_BY_COUNTRY = {"JP": "ja", "RU": "ru", "CN": "zh_CN"}


def mark_for(carrier: str) -> CarrierMark:
    """The carrier's mark; an unknown carrier gets the generic one."""
    return MARKS.get(carrier, MARKS["generic"])


def language_for(mark: CarrierMark, country: str) -> str:
    """The waybill's language: the carrier's own, else the destination country's, else English."""
    if mark.language:
        return mark.language
    return _LANGUAGE_BY_COUNTRY.get(country.upper(), "en")


def symbology_for(mark: CarrierMark, number: str) -> Symbology:
    """The barcode the number is printed in."""
    if mark.symbology == "codabar" and number.isascii() and number.isdigit():
        return "codabar"
    if number and all(0x20 <= ord(char) <= 0x7E for char in number):
        return "code128"
    return "qr"


def luminance(colour: str) -> float:
    """The grey level 0..255 a "#RRGGBB" colour renders as (ITU-R BT.601 weights)."""
    red, green, blue = (int(colour[index : index + 2], 16) for index in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue
