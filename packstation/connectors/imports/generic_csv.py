"""Our own order CSV, for shops on other platforms: one row per item, headers named by a
column map (default: our field names).

Unlike the marketplace exports, rows of an order need not be together: all rows of the
file are grouped by order number, orders in first-seen order. Within an order, rows are
grouped into shipments by the `shipment` column (default "1").
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timezone
from decimal import Decimal
from pathlib import Path

from packstation.connectors.imports.csv_reading import CsvFile, Header
from packstation.connectors.imports.grouping import Problems, Rows, checked_row, finish_order
from packstation.connectors.imports.jp_address import jp_postal, jp_region
from packstation.connectors.imports.problems import (
    MISSING_COLUMNS,
    MISSING_VALUE,
    NO_ORDER_NUMBER,
    NO_SKU,
    NOT_AMOUNT,
    NOT_DATE,
    NOT_DATETIME,
    NOT_TAX_RATE,
    NOT_WHOLE_NUMBER,
    NOT_YES_NO,
    FileFormatError,
    RowError,
)
from packstation.connectors.imports.progress import Progress
from packstation.connectors.imports.text import clean, header_key, shown
from packstation.connectors.imports.text_encoding import read_text
from packstation.connectors.imports.values import (
    looks_like_no_date,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_int,
    parse_offset,
    parse_tax_rate,
)
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.model import (
    Address,
    IncomingLine,
    IncomingOrder,
    IncomingShipment,
    Marketplace,
    MarketStatus,
)

FIELDS = (
    "order_number",
    "marketplace",
    "ordered_at",
    "ship_by",
    "shipment",
    "name",
    "name_kana",
    "postal_code",
    "region",
    "city",
    "line1",
    "line2",
    "country",
    "phone",
    "email",
    "delivery_date",
    "time_slot",
    "gift_wrap",
    "noshi",
    "gift",
    "invoice",
    "notes",
    "sku",
    "item_name",
    "variant",
    "quantity",
    "unit_price",
    "tax_rate",
    "shipping_fee",
    "currency",
    "total",
    "status",
)
REQUIRED = ("order_number", "ordered_at", "sku", "quantity")
MAP_KEYS = ("columns", "delimiter", "encoding", "timezone", "date_format")
STATUSES = {"": MarketStatus.TO_PACK} | {status.value: status for status in MarketStatus}
DEFAULT_COUNTRY = {Marketplace.RAKUTEN: "JP", Marketplace.OZON: "RU", Marketplace.OTHER: ""}
DEFAULT_CURRENCY = {Marketplace.RAKUTEN: "JPY", Marketplace.OZON: "RUB", Marketplace.OTHER: "JPY"}

BAD_MAP = QT_TRANSLATE_NOOP("Import", "Column map {file}: {problem}")
MAP_NOT_JSON = QT_TRANSLATE_NOOP("Import", "it is not a JSON object")
MAP_UNKNOWN_KEYS = QT_TRANSLATE_NOOP("Import", "unknown settings {keys} (known: {known})")
MAP_UNKNOWN_FIELDS = QT_TRANSLATE_NOOP("Import", "unknown fields {fields} in “columns”")
MAP_NOT_TEXT = QT_TRANSLATE_NOOP("Import", "“{key}” must be text")
MAP_BAD_DELIMITER = QT_TRANSLATE_NOOP("Import", "the delimiter must be one character")
MAP_BAD_ENCODING = QT_TRANSLATE_NOOP("Import", "unknown encoding “{encoding}”")
MAP_BAD_TIMEZONE = QT_TRANSLATE_NOOP(
    "Import", "the timezone must be an offset such as +09:00, or UTC"
)
UNKNOWN_MARKETPLACE = QT_TRANSLATE_NOOP(
    "Import", "{column} “{value}” is not “rakuten”, “ozon” or “other”"
)


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """How a file names our fields, and how it writes text and times."""

    columns: dict[str, str] = field(default_factory=dict)  # our field name → the file's header
    delimiter: str | None = None  # None: sniff `,`, `;` or tab
    encoding: str | None = None  # None: detect
    zone: timezone = UTC  # for times without an offset
    date_format: str = ""  # strptime format tried before ISO 8601

    def header(self, name: str) -> str:
        return self.columns.get(name, name)


def load_column_map(path: Path | None) -> ColumnMap:
    if path is None:
        return ColumnMap()
    source = str(path)

    def bad(problem: Message) -> FileFormatError:
        return FileFormatError(BAD_MAP(file=source, problem=problem))

    try:
        data = json.loads(read_text(path))
    except (ValueError, RecursionError):
        raise bad(MAP_NOT_JSON()) from None
    if not isinstance(data, dict):
        raise bad(MAP_NOT_JSON())
    unknown = sorted(set(data) - set(MAP_KEYS))
    if unknown:
        raise bad(MAP_UNKNOWN_KEYS(keys=", ".join(unknown), known=", ".join(MAP_KEYS)))
    for key in MAP_KEYS[1:]:
        if not isinstance(data.get(key, ""), str):
            raise bad(MAP_NOT_TEXT(key=key))
    columns = data.get("columns", {})
    if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
        raise bad(MAP_NOT_TEXT(key="columns"))
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        raise bad(MAP_UNKNOWN_FIELDS(fields=", ".join(unknown)))
    delimiter = data.get("delimiter") or None
    if delimiter is not None and len(delimiter) != 1:
        raise bad(MAP_BAD_DELIMITER())
    encoding = data.get("encoding") or None
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise bad(MAP_BAD_ENCODING(encoding=encoding)) from None
    tz: timezone = UTC
    if data.get("timezone"):
        offset = data["timezone"].strip()
        try:
            tz = UTC if offset.upper() == "UTC" else parse_offset(offset)
        except ValueError:
            raise bad(MAP_BAD_TIMEZONE()) from None
    return ColumnMap(columns, delimiter, encoding, tz, data.get("date_format", ""))


def column_key(name: str) -> str:
    return header_key(name).casefold()


class _Builder:
    """Builds an order from all its rows; a shipment per `shipment` value."""

    def __init__(self, header: Header, column_map: ColumnMap) -> None:
        self.header = header
        self.map = column_map
        self.at = {name: header.index(column_key(column_map.header(name))) for name in FIELDS}
        missing = [column_map.header(name) for name in REQUIRED if self.at[name] == header.width]
        if missing:
            raise FileFormatError(MISSING_COLUMNS(file=header.source, columns=", ".join(missing)))

    def name(self, field_name: str) -> str:
        return self.header.name(self.at[field_name])

    def __call__(self, number: str, rows: Rows) -> IncomingOrder | Problems:
        problems: Problems = []
        shipments: dict[str, IncomingShipment] = {}
        first_line, first = rows[0]
        order = self._order(number, first_line, first, problems)
        for line, row in rows:
            item = self._line(line, row, problems)
            key = row[self.at["shipment"]].strip() or "1"
            shipment = shipments.get(key)
            if shipment is None and order is not None:
                shipment = shipments[key] = self._shipment(
                    key, line, row, order.marketplace, problems
                )
            if item is not None and shipment is not None:
                shipment.lines.append(item)
        if problems or order is None:
            return problems
        order.shipments = list(shipments.values())
        order.source_lines = tuple(line for line, _ in rows)
        return order

    def _order(
        self, number: str, line: int, row: list[str], problems: Problems
    ) -> IncomingOrder | None:
        at = self.at
        raw = clean(row[at["marketplace"]])
        try:
            marketplace = Marketplace(raw.lower() or Marketplace.OTHER)
        except ValueError:
            problems.append(
                (line, UNKNOWN_MARKETPLACE(column=self.name("marketplace"), value=shown(raw)))
            )
            return None
        ordered_at = self._datetime(line, row, "ordered_at", problems)
        if ordered_at is None:
            if not clean(row[at["ordered_at"]]):
                problems.append((line, MISSING_VALUE(column=self.name("ordered_at"))))
            return None
        gift = self._yes_no(line, row, "gift", problems)
        invoice = self._yes_no(line, row, "invoice", problems)
        total = self._amount(line, row, "total", problems)
        return IncomingOrder(
            marketplace=marketplace,
            number=number,
            ordered_at=ordered_at,
            shipments=[],
            currency=clean(row[at["currency"]]).upper() or DEFAULT_CURRENCY[marketplace],
            gift=bool(gift),
            invoice_requested=bool(invoice),
            buyer_notes=row[at["notes"]].strip(),
            total=total,
        )

    def _shipment(
        self, key: str, line: int, row: list[str], marketplace: Marketplace, problems: Problems
    ) -> IncomingShipment:
        at = self.at
        raw_status = row[at["status"]].strip()
        status = STATUSES.get(clean(raw_status).lower().replace(" ", "_"), MarketStatus.PENDING)
        return IncomingShipment(
            key=key,
            lines=[],
            ship_to=self._address(row, marketplace),
            status=status,
            marketplace_status=raw_status,
            ship_by=self._datetime(line, row, "ship_by", problems),
            delivery_date=self._date(line, row, "delivery_date", problems),
            time_slot=clean(row[at["time_slot"]]),
            gift_wrap=row[at["gift_wrap"]].strip(),
            noshi=row[at["noshi"]].strip(),
            shipping_fee=self._amount(line, row, "shipping_fee", problems) or Decimal(0),
        )

    def _address(self, row: list[str], marketplace: Marketplace) -> Address:
        at = self.at
        country = clean(row[at["country"]]).upper() or DEFAULT_COUNTRY[marketplace]
        postal, region = row[at["postal_code"]], row[at["region"]]
        return Address(
            name=row[at["name"]].strip(),
            name_kana=row[at["name_kana"]].strip(),
            postal_code=jp_postal(postal) if country == "JP" else clean(postal),
            region=jp_region(region) if country == "JP" else region.strip(),
            city=row[at["city"]].strip(),
            line1=row[at["line1"]].strip(),
            line2=row[at["line2"]].strip(),
            country=country,
            phone=clean(row[at["phone"]]),
            email=row[at["email"]].strip(),
        )

    def _line(self, line: int, row: list[str], problems: Problems) -> IncomingLine | None:
        at = self.at
        sku = row[at["sku"]].strip()
        if not sku:
            problems.append((line, NO_SKU()))
            return None
        raw = clean(row[at["quantity"]])
        quantity = parse_int(raw)
        if quantity is None:
            problems.append(
                (line, NOT_WHOLE_NUMBER(column=self.name("quantity"), value=shown(raw)))
            )
            return None
        known = len(problems)
        price = self._amount(line, row, "unit_price", problems)
        raw = clean(row[at["tax_rate"]])
        tax_rate = parse_tax_rate(raw) if raw else None
        if raw and tax_rate is None:
            problems.append((line, NOT_TAX_RATE(column=self.name("tax_rate"), value=shown(raw))))
        if len(problems) > known:
            return None
        return IncomingLine(
            sku=sku,
            name=row[at["item_name"]].strip(),
            quantity=quantity,
            unit_price=price or Decimal(0),
            variant=row[at["variant"]].strip(),
            tax_rate=tax_rate,
        )

    def _amount(self, line: int, row: list[str], name: str, problems: Problems) -> Decimal | None:
        raw = clean(row[self.at[name]])
        if not raw:
            return None
        value = parse_decimal(raw)
        if value is None:
            problems.append((line, NOT_AMOUNT(column=self.name(name), value=shown(raw))))
        return value

    def _yes_no(self, line: int, row: list[str], name: str, problems: Problems) -> bool | None:
        raw = clean(row[self.at[name]])
        value = parse_bool(raw)
        if value is None:
            problems.append((line, NOT_YES_NO(column=self.name(name), value=shown(raw))))
        return value

    def _datetime(
        self, line: int, row: list[str], name: str, problems: Problems
    ) -> datetime | None:
        raw = clean(row[self.at[name]])
        if not raw:
            return None
        moment = self._strptime(raw) or parse_datetime(raw, self.map.zone)
        if moment is None:
            problems.append((line, NOT_DATETIME(column=self.name(name), value=shown(raw))))
        return moment

    def _date(self, line: int, row: list[str], name: str, problems: Problems) -> date | None:
        raw = clean(row[self.at[name]])
        if looks_like_no_date(raw):
            return None
        moment = self._strptime(raw)
        day = parse_date(raw) or (moment.date() if moment else None)
        if day is None:
            problems.append((line, NOT_DATE(column=self.name(name), value=shown(raw))))
        return day

    def _strptime(self, raw: str) -> datetime | None:
        """`raw` read with the map's date_format, in the map's timezone unless it has one."""
        if not self.map.date_format:
            return None
        try:
            moment = datetime.strptime(raw, self.map.date_format)
        except ValueError:
            return None
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=self.map.zone)


def parse(
    path: Path, column_map: Path | None = None, progress: Progress | None = None
) -> Iterator[IncomingOrder | RowError]:
    settings = load_column_map(column_map)
    with CsvFile(
        path, progress, encoding=settings.encoding, delimiter=settings.delimiter
    ) as csv_file:
        source = csv_file.source
        header = Header(source, csv_file.header, column_key)
        build = _Builder(header, settings)
        number_at, width = build.at["order_number"], header.width
        orders: dict[str, tuple[Rows, Problems]] = {}
        for item in csv_file.rows():
            if isinstance(item, RowError):
                yield item
                continue
            line, row = item
            number, problem = checked_row(row, width, number_at)
            if not number:
                yield RowError(source, line, problem or NO_ORDER_NUMBER())
                continue
            rows, bad_rows = orders.setdefault(number, ([], []))
            if problem is None:
                rows.append((line, row))
            else:
                bad_rows.append((line, problem))
        for number, (rows, bad_rows) in orders.items():
            yield from finish_order(source, number, rows, bad_rows, build)
