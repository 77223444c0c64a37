"""The shop's rate table, kept as JSON beside settings.json so that it can be edited.

A missing file gives the example rates (`DEFAULT_RATES`). A file that cannot be read as a
rate table raises DamagedRates and is left as it is: not read, not moved, and not written
over by `save` unless the caller says so (after telling the user).
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from packstation.app.files import write_atomically
from packstation.domain.carriers import service
from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.domain.rates import DEFAULT_RATES, Cost, Rate, RateTable

SCHEMA_VERSION = 1

RATES_DAMAGED = QT_TRANSLATE_NOOP(
    "Rates",
    "The rate table {path} could not be read ({reason}); it is left as it is. Correct it, or"
    " move it away to start again from the example rates.",
)

RATES_EXAMPLE = QT_TRANSLATE_NOOP(
    "Rates", "Until then the bench suggests services by the example rates."
)


class DamagedRates(DomainError):
    """A rate table file that is not one: not JSON, not of this shape, or naming a service
    the carrier registry does not have."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(RATES_DAMAGED(path=path, reason=reason))
        self.path = path
        self.reason = reason


def load(path: Path) -> RateTable:
    if not path.exists():
        return DEFAULT_RATES
    try:
        return from_dict(json.loads(path.read_bytes().decode("utf-8")))
    except UnicodeDecodeError:
        raise DamagedRates(path, "not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise DamagedRates(path, f"not JSON: {error}") from None
    except ValueError as error:
        raise DamagedRates(path, str(error)) from None


def save(table: RateTable, path: Path, *, replace_damaged: bool = False) -> None:
    """Write the table (atomically); a damaged file in its place raises DamagedRates instead
    of being lost, unless `replace_damaged`."""
    if not replace_damaged:
        load(path)
    text = json.dumps(to_dict(table), ensure_ascii=False, indent=2)
    write_atomically(path, text.encode("utf-8"))


def to_dict(table: RateTable) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "rates": [
            {
                "carrier": rate.carrier,
                "service": rate.service,
                "size_class": rate.size_class,
                "up_to_g": rate.up_to_g,
                "amount": str(rate.cost.amount),
                "currency": rate.cost.currency,
            }
            for rate in table.rates
        ],
    }


def from_dict(data: object) -> RateTable:
    """The table in `data`; ValueError saying what is wrong when it is not one."""
    if not isinstance(data, dict):
        raise ValueError(f"not an object but {type(data).__name__}")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"schema_version {data.get('schema_version')!r}")
    rates = data.get("rates")
    if not isinstance(rates, list):
        raise ValueError("rates: not a list")
    return RateTable(tuple(_rate(number, item) for number, item in enumerate(rates, 1)))


def _rate(number: int, item: object) -> Rate:
    if not isinstance(item, dict):
        raise ValueError(f"rate {number}: not an object")
    carrier, name = item.get("carrier"), item.get("service")
    if not isinstance(carrier, str) or not isinstance(name, str):
        raise ValueError(f"rate {number}: carrier and service must be text")
    known = service(carrier, name)
    if known is None:
        raise ValueError(f"rate {number}: {carrier} has no service {name!r}")
    size, grams = item.get("size_class"), item.get("up_to_g")
    for key, value in (("size_class", size), ("up_to_g", grams)):
        if value is not None and (type(value) is not int or value <= 0):
            raise ValueError(f"rate {number}: {key} {value!r}")
    if known.size_classes and size is None:
        raise ValueError(f"rate {number}: {name} is billed by size class")
    if not known.size_classes and size is not None:
        raise ValueError(f"rate {number}: {name} has no size classes")
    currency = item.get("currency")
    if not isinstance(currency, str) or len(currency) != 3 or not currency.isupper():
        raise ValueError(f"rate {number}: currency {currency!r}")
    return Rate(carrier, name, Cost(_amount(number, item.get("amount")), currency), size, grams)


def _amount(number: int, value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"rate {number}: amount {value!r}")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"rate {number}: amount {value!r}") from None
    if not amount.is_finite() or amount < 0:
        raise ValueError(f"rate {number}: amount {value!r}")
    return amount
