"""Reading a JSON import file: its records, their typed fields, the orders they make."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

from packstation.connectors.imports.problems import (
    NO_ORDER_NUMBER,
    NOT_AMOUNT,
    NOT_DATE,
    NOT_DATETIME,
    NOT_JSON,
    NOT_OBJECT,
    NOT_VALUE,
    NOT_WHOLE_NUMBER,
    ORDER_SKIPPED,
    FileFormatError,
    RowError,
)
from packstation.connectors.imports.progress import PROGRESS_EVERY, Progress
from packstation.connectors.imports.text import clean, shown
from packstation.connectors.imports.text_encoding import read_text
from packstation.connectors.imports.values import (
    looks_like_no_date,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_int,
)
from packstation.domain.messages import Message
from packstation.domain.model import IncomingOrder


class RecordProblem(Exception):
    """What makes a JSON record unreadable; raised and caught while reading that record."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def load_json(path: Path) -> object:
    text = read_text(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FileFormatError(NOT_JSON(file=str(path), detail=str(error))) from None
    except (ValueError, RecursionError) as error:  # huge numbers, deep nesting
        raise FileFormatError(
            NOT_JSON(file=str(path), detail=str(error) or type(error).__name__)
        ) from None


def json_records(
    records: list[object], progress: Progress | None, total: int
) -> Iterator[tuple[int, object]]:
    """(1-based record number, record); progress as the share of records done, in `total`
    units (the file's size)."""
    count = len(records)
    for number, record in enumerate(records, 1):
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(total * number // count, total)
        yield number, record
    if progress is not None:
        progress(total, total)


def _shown_json(value: object) -> str:
    return shown(json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value)


def json_text(value: object, field: str) -> str:
    """A string (or number) field, trimmed; None → ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise RecordProblem(NOT_VALUE(column=field, value=_shown_json(value)))


def json_object(value: object, field: str) -> dict[str, object]:
    """An object field; None → {}."""
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    raise RecordProblem(NOT_VALUE(column=field, value=_shown_json(value)))


def json_list(value: object, field: str) -> list[object]:
    """A list field; None → []."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    raise RecordProblem(NOT_VALUE(column=field, value=_shown_json(value)))


def json_int(value: object, field: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    number = parse_int(clean(value)) if isinstance(value, str) else None
    if isinstance(value, float) and value.is_integer():
        number = int(value)
    if number is None:
        raise RecordProblem(NOT_WHOLE_NUMBER(column=field, value=_shown_json(value)))
    return number


def json_decimal(value: object, field: str) -> Decimal | None:
    """A number or decimal string; None or "" → None."""
    if value is None:
        return None
    amount: Decimal | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        amount = Decimal(str(value)) if math.isfinite(value) else None
    elif isinstance(value, str):
        if not value.strip():
            return None
        amount = parse_decimal(clean(value))
    if amount is None:
        raise RecordProblem(NOT_AMOUNT(column=field, value=_shown_json(value)))
    return amount


def json_datetime(value: object, field: str, default_tz: timezone) -> datetime | None:
    """An ISO 8601 string; None or "" → None."""
    text = clean(json_text(value, field))
    if not text:
        return None
    moment = parse_datetime(text, default_tz)
    if moment is None:
        raise RecordProblem(NOT_DATETIME(column=field, value=shown(text)))
    return moment


def json_date(value: object, field: str) -> date | None:
    """A date string; None, "" or text without digits (`指定なし`) → None."""
    text = clean(json_text(value, field))
    if looks_like_no_date(text):
        return None
    day = parse_date(text)
    if day is None:
        raise RecordProblem(NOT_DATE(column=field, value=shown(text)))
    return day


class JsonObject:
    """The fields of one JSON object; problems name a field by its path (`a.b[0].c`)."""

    def __init__(self, value: object, path: str = "") -> None:
        self.data = json_object(value, path)
        self.path = path

    def name(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str) -> object:
        return self.data.get(key)

    def text(self, key: str) -> str:
        return json_text(self.data.get(key), self.name(key))

    def int(self, key: str) -> int:
        return json_int(self.data.get(key), self.name(key))

    def decimal(self, key: str) -> Decimal | None:
        return json_decimal(self.data.get(key), self.name(key))

    def datetime(self, key: str, default_tz: timezone) -> datetime | None:
        return json_datetime(self.data.get(key), self.name(key), default_tz)

    def date(self, key: str) -> date | None:
        return json_date(self.data.get(key), self.name(key))

    def child(self, *keys: str) -> JsonObject:
        """The first of `keys` present, as an object ({} when none is)."""
        key = next((key for key in keys if key in self.data), keys[0])
        return JsonObject(self.data.get(key), self.name(key))

    def children(self, key: str) -> list[JsonObject]:
        items = json_list(self.data.get(key), self.name(key))
        return [JsonObject(item, f"{self.name(key)}[{n}]") for n, item in enumerate(items)]


def skipped_record(source: str, number: int, message: Message, order_number: str) -> list[RowError]:
    """The problem of a JSON record, and, when it names an order, that the order was skipped."""
    errors = [RowError(source, number, message, order_number)]
    if order_number:
        errors.append(RowError(source, number, ORDER_SKIPPED(order=order_number), order_number))
    return errors


def json_orders(
    path: Path,
    progress: Progress | None,
    records_of: Callable[[object, str], Iterable[object]],
    number_key: str,
    build: Callable[[JsonObject, str], IncomingOrder],
) -> Iterator[IncomingOrder | RowError]:
    """The orders of a JSON export, one record each: `records_of` finds the records in the
    document, `build` makes an order of one record (raising RecordProblem)."""
    document = load_json(path)
    total = os.stat(path).st_size
    yield from document_orders(document, str(path), records_of, number_key, build, progress, total)


def document_orders(
    document: object,
    source: str,
    records_of: Callable[[object, str], Iterable[object]],
    number_key: str,
    build: Callable[[JsonObject, str], IncomingOrder],
    progress: Progress | None = None,
    total: int = 0,
) -> Iterator[IncomingOrder | RowError]:
    """The orders of a JSON document already read (a file's, or an API's answer); RowErrors
    name `source` and the record's number."""
    records = list(records_of(document, source))
    for index, record in json_records(records, progress, total):
        if not isinstance(record, dict):
            yield RowError(source, index, NOT_OBJECT())
            continue
        item = JsonObject(record)
        number = ""
        try:
            number = item.text(number_key)
            if not number:
                raise RecordProblem(NO_ORDER_NUMBER())
            order = build(item, number)
        except RecordProblem as problem:
            yield from skipped_record(source, index, problem.message, number)
            continue
        order.source_lines = (index,)
        yield order
