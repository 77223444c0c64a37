"""Exact conversion of a scale's units to grams.

The pound is 0.45359237 kg exactly (international yard and pound agreement, 1959) and the
avoirdupois ounce 1/16 of it, 28.349523125 g. Decimal keeps every conversion exact.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

GRAMS_PER_UNIT: dict[str, Decimal] = {
    "g": Decimal(1),
    "kg": Decimal(1000),
    "lb": Decimal("453.59237"),
    "oz": Decimal("28.349523125"),
}

_SPELLINGS = {"lbs": "lb", "#": "lb"}


class UnknownUnit(ValueError):
    """A frame named a unit this table does not know: the decoder reports an ERROR reading."""


def unit_name(text: str) -> str:
    """The table's name for a unit as scales spell it ("KG", " g", "lbs")."""
    name = text.strip().lower()
    name = _SPELLINGS.get(name, name)
    if name not in GRAMS_PER_UNIT:
        raise UnknownUnit(text)
    return name


def to_grams(value: Decimal, unit: str) -> Decimal:
    return value * GRAMS_PER_UNIT[unit_name(unit)]


def from_grams(grams: Decimal, unit: str, decimals: int) -> Decimal:
    """Grams in `unit`, rounded to the `decimals` a frame shows (for the frame builders)."""
    value = grams / GRAMS_PER_UNIT[unit_name(unit)]
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
