"""Japanese addresses, names and phone numbers as the marketplaces' files split them."""

from __future__ import annotations

from functools import lru_cache

from packstation.connectors.imports.text import clean
from packstation.domain.address import normalize_jp_postal, normalize_prefecture


def jp_postal(first: str, second: str = "") -> str:
    """`NNN-NNNN` from one field or from the 3- and 4-digit halves when it normalises, else
    the text as written (a later check holds the order with the reason)."""
    first, second = first.strip(), second.strip()
    digits = first + second
    if len(first) == 3 and len(second) == 4 and digits.isascii() and digits.isdigit():
        return f"{first}-{second}"
    raw = f"{first}-{second}" if first and second else first or second
    return normalize_jp_postal(raw) or raw


@lru_cache(maxsize=256)
def jp_region(raw: str) -> str:
    """The prefecture's full name when it is one, else the text as written."""
    return normalize_prefecture(raw) or raw.strip()


def joined_name(family: str, given: str) -> str:
    """Family and given name joined by a full-width space, as Japanese labels write them."""
    family, given = family.strip(), given.strip()
    return f"{family}\u3000{given}" if family and given else family or given


def joined_phone(*parts: str) -> str:
    """Phone number parts joined by `-`, empty parts left out."""
    return "-".join([part for part in map(clean, parts) if part])


def wants_invoice(notes: str) -> bool:
    """The buyer asks for a receipt or an invoice (領収書, 請求書) in the order notes."""
    return "領収書" in notes or "請求書" in notes
