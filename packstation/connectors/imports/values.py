"""Numbers, dates, times, yes/no and tax rates as the import files write them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from packstation.connectors.imports.text import nfkc

_LOOSE_NUMBER_RE = re.compile(r"[+-]?\d+(?:\.\d+)?")
_THOUSANDS_RE = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+")
_NUMBER_NOISE = str.maketrans("", "", " \u00a0\u202f\u2009'¥$€₽円")
_DATETIME_RE = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)
_DATE_RE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*\(.{1,3}\))?")


def parse_int(text: str) -> int | None:
    """`3`, `３`, `-1`, `2.0` → int; anything else → None. `text` is already trimmed."""
    try:
        return int(text)
    except ValueError:
        pass
    value = parse_decimal(text)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def parse_decimal(text: str) -> Decimal | None:
    """A plain decimal, or with thousands separators (`1,200`, `1 234,50`); else None."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        return _loose_decimal(text)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -12 <= exponent <= 0:
        return value
    return None


def _loose_decimal(text: str) -> Decimal | None:
    text = nfkc(text).translate(_NUMBER_NOISE)
    if "," in text and "." in text:
        text = (
            text.replace(",", "")
            if text.rfind(".") > text.rfind(",")
            else text.replace(".", "").replace(",", ".")
        )
    elif _THOUSANDS_RE.fullmatch(text):
        text = text.replace(",", "")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    if not _LOOSE_NUMBER_RE.fullmatch(text):
        return None
    return Decimal(text)


def parse_datetime(text: str, default_tz: timezone) -> datetime | None:
    """ISO 8601 (also `/` separators, `+0900`, `Z`), naive → `default_tz`; else None."""
    text = text.replace("/", "-")
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        value = _loose_datetime(text)
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=default_tz)
    if value.tzinfo is not None:
        return value
    if "T" in text or " " in text:
        # Much faster than value.replace(tzinfo=...), and right once the text has a time
        # (a bare `2024-05-01+09:00` would read as 09:00).
        try:
            return datetime.fromisoformat(text + _offset_text(default_tz))
        except ValueError:
            pass
    return value.replace(tzinfo=default_tz)


@lru_cache(maxsize=16)
def _offset_text(tz: timezone) -> str:
    minutes = int(tz.utcoffset(None).total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _loose_datetime(text: str) -> datetime | None:
    match = _DATETIME_RE.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=parse_offset(offset) if offset else None,
        )
    except ValueError:
        return None


def parse_offset(text: str) -> timezone:
    """`Z`, `+09:00`, `+0900`, `-03:00` → timezone; ValueError otherwise."""
    if text in ("Z", "z"):
        return UTC
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", text)
    if match is None:
        raise ValueError(text)
    sign, hours, minutes = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    return timezone(-delta if sign == "-" else delta)


def parse_date(text: str) -> date | None:
    """`2024-05-01`, `2024/5/1`, `2024年5月1日`, `2024/05/01(水)` → date; else None."""
    try:
        return date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        pass
    match = _DATE_RE.fullmatch(text)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def looks_like_no_date(text: str) -> bool:
    """Text such as `指定なし` or `-` that says there is no date, rather than a broken one."""
    return not any(char.isdigit() for char in text)


_TRUE = frozenset({"1", "true", "yes", "y", "да", "はい"})
_FALSE = frozenset({"", "0", "false", "no", "n", "нет", "いいえ"})


def parse_bool(text: str) -> bool | None:
    """1/0, true/false, yes/no (any case; also да/нет, はい/いいえ); empty → False; else None."""
    text = text.lower()
    if text in _TRUE:
        return True
    return False if text in _FALSE else None


def parse_tax_rate(text: str) -> Decimal | None:
    """`0.1` (a fraction), `10%` or `10` (percent) → Decimal('0.1'); None if not a rate."""
    percent = text.endswith("%")
    value = parse_decimal(text.rstrip("%").strip())
    if value is None or value < 0:
        return None
    if percent or value >= 1:
        value /= 100
    return value if value <= 1 else None
