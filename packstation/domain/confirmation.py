"""Confirmation checks: can this shipment be packed as it is?

Each failed check gives a reason the packer and the shop owner can act on; an order
with any reason goes on hold with all of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from packstation.domain.address import (
    is_plausible_phone,
    is_valid_ru_index,
    normalize_jp_postal,
    normalize_prefecture,
)
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.model import Address

UNKNOWN_SKU = QT_TRANSLATE_NOOP(
    "Confirmation", "Unknown SKU {sku}: add it to the catalogue or fix the order"
)
BAD_QUANTITY = QT_TRANSLATE_NOOP("Confirmation", "Quantity {quantity} of {sku} must be at least 1")
NO_LINES = QT_TRANSLATE_NOOP("Confirmation", "The shipment has no items")
BAD_JP_POSTAL = QT_TRANSLATE_NOOP("Confirmation", "Postal code “{postal}” is not NNN-NNNN")
BAD_PREFECTURE = QT_TRANSLATE_NOOP("Confirmation", "“{region}” is not a Japanese prefecture")
BAD_RU_INDEX = QT_TRANSLATE_NOOP("Confirmation", "Postal index “{postal}” is not 6 digits")
NO_POSTAL = QT_TRANSLATE_NOOP("Confirmation", "Postal code missing")
NO_ADDRESS = QT_TRANSLATE_NOOP("Confirmation", "Ship-to address missing")
NO_NAME = QT_TRANSLATE_NOOP("Confirmation", "Recipient name missing")
NO_PHONE = QT_TRANSLATE_NOOP("Confirmation", "Recipient phone missing")
BAD_PHONE = QT_TRANSLATE_NOOP("Confirmation", "Recipient phone “{phone}” is not a phone number")
NO_STOCK = QT_TRANSLATE_NOOP(
    "Confirmation", "Not enough stock of {sku}: needs {needed}, {available} available"
)


@dataclass(frozen=True, slots=True)
class LineNeed:
    sku: str
    quantity: int


def check_lines(lines: Iterable[LineNeed], available: Mapping[str, int]) -> list[Message]:
    """SKUs known, quantities positive, stock enough (`available`: SKU → free units)."""
    lines = list(lines)
    if not lines:
        return [NO_LINES()]
    problems: list[Message] = []
    needed: dict[str, int] = {}
    for line in lines:
        if line.quantity < 1:
            problems.append(BAD_QUANTITY(quantity=line.quantity, sku=line.sku))
        elif line.sku in available:
            needed[line.sku] = needed.get(line.sku, 0) + line.quantity
    for sku in dict.fromkeys(line.sku for line in lines if line.sku not in available):
        problems.append(UNKNOWN_SKU(sku=sku))
    for sku, quantity in needed.items():
        if available[sku] < quantity:
            problems.append(NO_STOCK(sku=sku, needed=quantity, available=max(available[sku], 0)))
    return problems


def check_address(address: Address | None) -> list[Message]:
    """The ship-to a carrier label needs. `None` means the marketplace labels the parcel."""
    if address is None:
        return []
    problems: list[Message] = []
    if not address.name.strip():
        problems.append(NO_NAME())
    if not (address.city.strip() or address.line1.strip()):
        problems.append(NO_ADDRESS())
    country = address.country.upper()
    if country == "JP":
        if normalize_jp_postal(address.postal_code) is None:
            problems.append(BAD_JP_POSTAL(postal=address.postal_code))
        if normalize_prefecture(address.region) is None:
            problems.append(BAD_PREFECTURE(region=address.region))
    elif country == "RU":
        if not is_valid_ru_index(address.postal_code):
            problems.append(BAD_RU_INDEX(postal=address.postal_code))
    elif not address.postal_code.strip():
        problems.append(NO_POSTAL())
    if not address.phone.strip():
        problems.append(NO_PHONE())
    elif not is_plausible_phone(address.phone):
        problems.append(BAD_PHONE(phone=address.phone))
    return problems
