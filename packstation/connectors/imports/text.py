"""Text as the import formats compare and quote it."""

from __future__ import annotations

from functools import lru_cache

from packstation.domain.address import normalize_width

_SHOWN_LENGTH = 60


def nfkc(text: str) -> str:
    """Full-width digits and letters to ASCII; ASCII text is returned as it is (fast)."""
    return text if text.isascii() else normalize_width(text)


def clean(text: str) -> str:
    """NFKC and trimmed: for numbers, codes, dates and phones (not for names)."""
    return nfkc(text).strip()


@lru_cache(maxsize=1024)
def clean_repeated(text: str) -> str:
    """`clean`, remembered: for columns with few distinct values (statuses, time slots)."""
    return clean(text)


def header_key(text: str) -> str:
    """How a column header is matched: NFKC, no BOM, trimmed."""
    return normalize_width(text).replace("\ufeff", "").strip()


def shown(text: str) -> str:
    """A value as quoted in a message: trimmed, and cut when it is long."""
    text = text.strip()
    return text if len(text) <= _SHOWN_LENGTH else text[: _SHOWN_LENGTH - 1] + "…"
