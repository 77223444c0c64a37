"""Amounts, addresses and dates as each country writes them on paper, and the carriers as
each language names them."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from packstation.domain.model import Address

_SYMBOLS = {"JPY": "¥", "RUB": "₽", "USD": "$", "EUR": "€", "CNY": "¥"}
_NO_DECIMALS = frozenset({"JPY"})


def money(amount: Decimal, currency: str) -> str:
    """`¥1,980` (yen has no decimals), `1 990,00 ₽`, `$12.50`."""
    places = Decimal(1) if currency in _NO_DECIMALS else Decimal("0.01")
    value = amount.quantize(places, ROUND_HALF_UP)
    symbol = _SYMBOLS.get(currency, currency + " ")
    if currency == "RUB":
        whole, _, cents = f"{value:,.2f}".partition(".")
        return f"{whole.replace(',', ' ')},{cents} {symbol}"
    text = f"{value:,.0f}" if currency in _NO_DECIMALS else f"{value:,.2f}"
    return f"{symbol}{text}" if not text.startswith("-") else f"-{symbol}{text[1:]}"


def address_lines(address: Address) -> list[str]:
    """The address in the order its country's post reads it.

    Japan: 〒 postal code, prefecture + city + street, building, then the name (様 added by
    the layout where it belongs). Russia: name, street, city, region, index. Elsewhere: name,
    lines, city region postal code, country.
    """
    country = (address.country or "").upper()
    if country in ("JP", ""):
        if country == "" and not _looks_japanese(address):
            return _international(address)
        lines = [f"〒{address.postal_code}"] if address.postal_code else []
        place = "".join(part for part in (address.region, address.city, address.line1) if part)
        lines += [place] if place else []
        lines += [address.line2] if address.line2 else []
        return lines
    if country == "RU":
        lines = [part for part in (address.line1, address.line2) if part]
        lines += [", ".join(part for part in (address.city, address.region) if part)]
        lines += [address.postal_code] if address.postal_code else []
        return [line for line in lines if line]
    return _international(address)


def _international(address: Address) -> list[str]:
    lines = [part for part in (address.line1, address.line2) if part]
    place = " ".join(part for part in (address.city, address.region, address.postal_code) if part)
    lines += [place] if place else []
    lines += [address.country] if address.country else []
    return lines


def _looks_japanese(address: Address) -> bool:
    code = address.postal_code.replace("-", "")
    return len(code) == 7 and code.isdigit()


def long_date(day: date, language: str) -> str:
    """`2026年11月23日`, `23.11.2026`, `2026-11-23` (English and Chinese read ISO fine)."""
    if language == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    if language == "ru":
        return day.strftime("%d.%m.%Y")
    if language == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


CARRIER_NAMES: dict[str, dict[str, str]] = {
    "yamato": {
        "ja": "ヤマト運輸",
        "ru": "Yamato Transport",
        "en": "Yamato Transport",
        "zh_CN": "大和运输",
    },
    "sagawa": {
        "ja": "佐川急便",
        "ru": "Sagawa Express",
        "en": "Sagawa Express",
        "zh_CN": "佐川急便",
    },
    "japanpost": {"ja": "日本郵便", "ru": "Почта Японии", "en": "Japan Post", "zh_CN": "日本邮政"},
    "russianpost": {
        "ja": "ロシア郵便",
        "ru": "Почта России",
        "en": "Russian Post",
        "zh_CN": "俄罗斯邮政",
    },
    "cdek": {"ja": "CDEK", "ru": "СДЭК", "en": "CDEK", "zh_CN": "CDEK"},
    "dhl": {"ja": "DHL", "ru": "DHL", "en": "DHL", "zh_CN": "DHL"},
    "ups": {"ja": "UPS", "ru": "UPS", "en": "UPS", "zh_CN": "UPS"},
    "fedex": {"ja": "FedEx", "ru": "FedEx", "en": "FedEx", "zh_CN": "联邦快递"},
    "usps": {"ja": "USPS", "ru": "USPS", "en": "USPS", "zh_CN": "美国邮政"},
    "generic": {
        "ja": "その他の運送会社",
        "ru": "Другой перевозчик",
        "en": "Other carrier",
        "zh_CN": "其他承运方",
    },
}


def carrier_name(carrier: str, language: str) -> str:
    """The carrier as the document's language calls it (the code itself when unknown)."""
    return CARRIER_NAMES.get(carrier, {}).get(language, carrier)
