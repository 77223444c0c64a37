"""What every import format shares: row errors, text decoding, numbers and dates, progress."""

from __future__ import annotations

import codecs
import csv
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Self, TextIO

from packstation.domain.address import (
    normalize_jp_postal,
    normalize_prefecture,
    normalize_width,
)
from packstation.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    untranslated,
)
from packstation.domain.model import IncomingOrder

if TYPE_CHECKING:
    from _csv import _reader

# Called with (bytes read so far, file size in bytes).
Progress = Callable[[int, int], None]

ORDER_SKIPPED = QT_TRANSLATE_NOOP(
    "Import", "Order {order} was not imported because of the errors above"
)
NOT_TOGETHER = QT_TRANSLATE_NOOP(
    "Import", "Rows of order {order} are not together; sort the file by order number"
)
NO_ORDER_NUMBER = QT_TRANSLATE_NOOP("Import", "The order number is missing")
NO_SKU = QT_TRANSLATE_NOOP("Import", "The SKU is missing")
WRONG_COLUMN_COUNT = QT_TRANSLATE_NOOP(
    "Import", "The row has {found} columns, the header has {expected}"
)
UNREADABLE_ROW = QT_TRANSLATE_NOOP("Import", "The row cannot be read: {detail}")
NOT_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not a whole number")
NOT_AMOUNT = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not an amount")
NOT_DATETIME = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not a date and time")
MISSING_VALUE = QT_TRANSLATE_NOOP("Import", "{column} is missing")
NOT_VALUE = QT_TRANSLATE_NOOP("Import", "{column} has an unexpected value “{value}”")
NOT_OBJECT = QT_TRANSLATE_NOOP("Import", "The record is not a JSON object")
NOT_JSON = QT_TRANSLATE_NOOP("Import", "{file} is not JSON: {detail}")
NOT_ORDERS = QT_TRANSLATE_NOOP("Import", "{file} does not hold {format} orders")
NOT_DATE = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not a date")
NOT_TAX_RATE = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not a tax rate")
NOT_YES_NO = QT_TRANSLATE_NOOP(
    "Import", "{column} “{value}” is not yes or no (1/0, true/false, yes/no)"
)
EMPTY_FILE = QT_TRANSLATE_NOOP("Import", "{file} is empty")
MISSING_COLUMNS = QT_TRANSLATE_NOOP("Import", "{file} lacks the columns: {columns}")
NOT_TEXT = QT_TRANSLATE_NOOP("Import", "{file} is not {encoding} text (at byte {offset})")
NOT_ACCEPTED_TEXT = QT_TRANSLATE_NOOP(
    "Import",
    "{file} is not {encoding} text (at byte {offset}); import files are UTF-8, "
    "Shift_JIS (cp932) for Rakuten or Windows-1251 for Ozon",
)

PROGRESS_EVERY = 4096  # rows (or records) between two progress reports
_SAMPLE_SIZE = 64 * 1024
_SHOWN_LENGTH = 60


@dataclass(frozen=True, slots=True)
class RowError:
    """A row (or record) that could not be imported, and why."""

    source: str  # the file name as given
    line: int  # 1-based physical line in a CSV file; 1-based record number in a JSON file
    message: Message
    order_number: str = ""

    def render(self, translate: Translate = untranslated) -> str:
        return f"{self.source}:{self.line}: {self.message.render(translate)}"


class FileFormatError(ValueError):
    """The whole file cannot be imported: wrong format, missing columns, not text."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message

    def __reduce__(self) -> tuple[type[FileFormatError], tuple[Message]]:
        return FileFormatError, (self.message,)  # raised in a parsing process, re-raised here


# --- text --------------------------------------------------------------------------------


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


class Header:
    """Column indexes by normalised header name.

    A row of the header's width gets one extra empty field at index `width` (see
    `checked_row`): a missing optional column resolves to that index, so rows can be
    indexed directly without checking which columns the file has.
    """

    def __init__(
        self, source: str, names: list[str], key: Callable[[str], str] = header_key
    ) -> None:
        self.source = source
        self.names = names
        self.width = len(names)
        self.indexes: dict[str, int] = {}
        for index, name in enumerate(names):
            self.indexes.setdefault(key(name), index)

    def index(self, *names: str) -> int:
        """The first of `names` present, else the blank field."""
        for name in names:
            if name in self.indexes:
                return self.indexes[name]
        return self.width

    def name(self, index: int) -> str:
        """A column's header as the file writes it, for messages."""
        return self.names[index].replace("\ufeff", "").strip() if index < self.width else ""

    def require(self, *alternatives: tuple[str, ...]) -> None:
        """FileFormatError naming every required column (with its alternatives) not present."""
        missing = [
            " / ".join(names) for names in alternatives if not any(n in self.indexes for n in names)
        ]
        if missing:
            raise FileFormatError(MISSING_COLUMNS(file=self.source, columns=", ".join(missing)))


# --- encodings ---------------------------------------------------------------------------


def detect_encoding(
    sample: bytes,
    *,
    complete: bool,
    legacy: Sequence[str] = ("cp932",),
    fits: Callable[[str], bool] | None = None,
) -> str:
    """BOM → utf-8-sig; strict UTF-8 → utf-8; else one of the `legacy` encodings.

    The legacy encoding is the first in which the sample's first line decodes to a header
    that `fits` (one the caller knows), else `legacy[0]`. `complete` is False when the
    sample is the head of a longer file: a multibyte character cut at its end does not
    count against UTF-8.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        cut_at_end = error.end == len(sample) and error.reason == "unexpected end of data"
        if complete or not cut_at_end:
            return _legacy_encoding(sample, legacy, fits)
    return "utf-8"


def _legacy_encoding(
    sample: bytes, legacy: Sequence[str], fits: Callable[[str], bool] | None
) -> str:
    if fits is not None:
        first_line = sample.split(b"\n", 1)[0]
        for encoding in legacy:
            try:
                header = first_line.decode(encoding)
            except UnicodeDecodeError:
                continue
            if fits(header):
                return encoding
    return legacy[0]


def read_sample(path: Path) -> tuple[bytes, bool]:
    """The head of the file, and whether it is the whole file."""
    with open(path, "rb") as file:
        sample = file.read(_SAMPLE_SIZE + 1)
    return sample[:_SAMPLE_SIZE], len(sample) <= _SAMPLE_SIZE


def read_text(path: Path) -> str:
    """The whole file as text (JSON files, column maps), its encoding detected."""
    data = Path(path).read_bytes()
    encoding = detect_encoding(data, complete=True)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise FileFormatError(
            NOT_ACCEPTED_TEXT(file=str(path), encoding=encoding, offset=error.start)
        ) from None


# --- numbers and dates -------------------------------------------------------------------

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


# --- reading CSV -------------------------------------------------------------------------


def sniff_delimiter(sample: bytes, encoding: str) -> str:
    """`,`, `;` or tab: whichever the first line holds most of (`,` on a tie)."""
    first_line = sample.decode(encoding, errors="replace").split("\n", 1)[0]
    return max(",;\t", key=first_line.count)


class CsvFile:
    """A CSV file read row by row, each with its first physical line, reporting progress.

    Use it in a `with` block. The header is read on opening: FileFormatError when the file
    is empty or not text in its encoding. `encoding` None detects it (`legacy` and `fits` as
    in `detect_encoding`). `delimiter` None sniffs `,`, `;` or tab.
    """

    def __init__(
        self,
        path: Path,
        progress: Progress | None,
        *,
        encoding: str | None = None,
        legacy: Sequence[str] = ("cp932",),
        fits: Callable[[str], bool] | None = None,
        delimiter: str | None = None,
    ) -> None:
        self.source = str(path)
        self._progress = progress
        sample, complete = read_sample(path)
        self._not_text_message = NOT_TEXT if encoding else NOT_ACCEPTED_TEXT
        self.encoding = encoding or detect_encoding(
            sample, complete=complete, legacy=legacy, fits=fits
        )
        self._file: TextIO = open(path, encoding=self.encoding, newline="")  # noqa: SIM115
        self.total = os.fstat(self._file.fileno()).st_size
        # csv's limit (128 KiB a field) would drop a row, and the rest of its order be
        # imported without it; a field as long as the file is read, and an order holding
        # one too long to store is reported and skipped whole (store.limits).
        csv.field_size_limit(max(csv.field_size_limit(), self.total))
        self.delimiter = delimiter or sniff_delimiter(sample, self.encoding)
        self._reader = csv.reader(self._file, delimiter=self.delimiter)
        try:
            header = next(self._reader, None)
        except UnicodeDecodeError as error:
            not_text = self._not_text(error)
            self._file.close()
            raise not_text from None
        except csv.Error as error:
            self._file.close()
            raise FileFormatError(UNREADABLE_ROW(detail=str(error))) from None
        if header is None:
            self._file.close()
            raise FileFormatError(EMPTY_FILE(file=self.source))
        self.header = header

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def _not_text(self, error: UnicodeDecodeError) -> FileFormatError:
        offset = max(self._file.buffer.tell() - len(error.object) + error.start, 0)
        return FileFormatError(
            self._not_text_message(file=self.source, encoding=self.encoding, offset=offset)
        )

    def rows(self) -> Iterator[tuple[int, list[str]] | RowError]:
        """(first line, fields) per row; blank rows are left out; unreadable rows → RowError.

        Progress is reported every few thousand rows and once at the end.
        """
        buffer, total, progress = self._file.buffer, self.total, self._progress

        def report(count: int) -> None:
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(min(buffer.tell(), total), total)

        try:
            yield from read_rows(self._reader, self.source, self._reader.line_num, report)
        except UnicodeDecodeError as error:
            raise self._not_text(error) from None
        if progress is not None:
            progress(total, total)


def read_rows(
    reader: _reader,
    source: str,
    lines_before: int,
    counted: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, list[str]] | RowError]:
    """(first physical line, fields) per row of a csv reader that has read `lines_before`
    lines of the file before its own; blank rows are left out; unreadable rows → RowError.
    `counted(n)` is told of every row read."""
    base = lines_before - reader.line_num
    line = reader.line_num
    count = 0
    while True:
        try:
            for row in reader:
                start = line + 1
                line = reader.line_num
                count += 1
                if counted is not None:
                    counted(count)
                if any(row):
                    yield base + start, row
            return
        except csv.Error as error:
            start = line + 1
            line = reader.line_num
            yield RowError(source, base + start, UNREADABLE_ROW(detail=str(error)))


# --- reading JSON ------------------------------------------------------------------------


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


# --- grouping rows into orders -----------------------------------------------------------


Rows = list[tuple[int, list[str]]]  # (first physical line, fields) of one order's rows
Problems = list[tuple[int, Message]]  # (line, what is wrong)
# Builds an order from its rows, or says what is wrong with them. Each row has the header's
# width plus the blank field (see `Header`).
BuildOrder = Callable[[str, Rows], IncomingOrder | Problems]


def finish_order(
    source: str, number: str, rows: Rows, bad_rows: Problems, build: BuildOrder
) -> tuple[IncomingOrder] | list[RowError]:
    """The order; or a RowError per bad row (its first problem) and one more, on the
    order's first line, saying the order was skipped."""
    result = build(number, rows) if rows else []
    if not bad_rows and isinstance(result, IncomingOrder):
        return (result,)
    problems = bad_rows + result if isinstance(result, list) else bad_rows
    first_problems = dict(reversed(problems))  # line → its first problem
    errors = [
        RowError(source, line, first_problems[line], number) for line in sorted(first_problems)
    ]
    first_line = min(line for line, _ in rows + bad_rows)
    errors.append(RowError(source, first_line, ORDER_SKIPPED(order=number), number))
    return errors


def checked_row(row: list[str], width: int, number_at: int) -> tuple[str, Message | None]:
    """The row's order number, and what is wrong with its shape (None: nothing).

    A row of the header's width gets the blank field appended (see `Header`).
    """
    number = row[number_at].strip() if number_at < len(row) else ""
    if len(row) != width:
        return number, WRONG_COLUMN_COUNT(found=len(row), expected=width)
    row.append("")
    return number, None


Group = tuple[str, Rows, Problems]  # an order number, its rows, and its rows of a wrong shape


def consecutive_groups(
    rows: Iterable[tuple[int, list[str]] | RowError], source: str, width: int, number_at: int
) -> Iterator[Group | RowError]:
    """Consecutive rows with the same number in column `number_at`, as groups. A row without
    a number is a RowError; it does not end the group around it."""
    number = ""
    group: Rows = []
    bad_rows: Problems = []
    for item in rows:
        if isinstance(item, RowError):
            yield item
            continue
        line, row = item
        key, problem = checked_row(row, width, number_at)
        if not key:
            yield RowError(source, line, problem or NO_ORDER_NUMBER())
            continue
        if key != number:
            if number:
                yield number, group, bad_rows
            number, group, bad_rows = key, [], []
        if problem is None:
            group.append((line, row))
        else:
            bad_rows.append((line, problem))
    if number:
        yield number, group, bad_rows


def finish_group(
    source: str, group: Group, seen: set[str], build: BuildOrder
) -> tuple[IncomingOrder] | list[RowError]:
    """The group's order (see `finish_order`); a RowError on each of its rows instead when
    its number was `seen` in an earlier group."""
    number, rows, bad_rows = group
    if number in seen:
        return [
            RowError(source, line, NOT_TOGETHER(order=number), number)
            for line in group_lines(group)
        ]
    seen.add(number)
    return finish_order(source, number, rows, bad_rows, build)


def group_lines(group: Group) -> list[int]:
    _, rows, bad_rows = group
    return sorted([line for line, _ in rows] + [line for line, _ in bad_rows])


def group_consecutive(
    csv_file: CsvFile, header: Header, number_at: int, build: BuildOrder
) -> Iterator[IncomingOrder | RowError]:
    """Orders from consecutive rows with the same number in column `number_at`.

    Rows of a number seen again after its group ended give a RowError each, not an order.
    """
    source = csv_file.source
    seen: set[str] = set()
    for item in consecutive_groups(csv_file.rows(), source, header.width, number_at):
        if isinstance(item, RowError):
            yield item
        else:
            yield from finish_group(source, item, seen, build)


# --- Japanese addresses ------------------------------------------------------------------


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
