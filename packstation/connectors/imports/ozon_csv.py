"""Ozon seller-cabinet order export: semicolon-separated, one row per product per posting.

Headers are matched case-insensitively with ё read as е. Each posting is its own order
(as in the API): numbered by its posting number, the order number in its codes, no
ship-to (Ozon labels the parcel). Times without an offset are Moscow time. A file that
is not UTF-8 is Windows-1251, or CP932 when only that reads its header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from packstation.connectors.imports.csv_reading import CsvFile, Header
from packstation.connectors.imports.grouping import BuildOrder, Problems, Rows, group_consecutive
from packstation.connectors.imports.ozon_json import MSK, posting_codes
from packstation.connectors.imports.problems import (
    MISSING_VALUE,
    NO_SKU,
    NOT_AMOUNT,
    NOT_DATETIME,
    NOT_WHOLE_NUMBER,
    RowError,
)
from packstation.connectors.imports.progress import Progress
from packstation.connectors.imports.text import clean, header_key, shown
from packstation.connectors.imports.values import parse_datetime, parse_decimal, parse_int
from packstation.domain.model import (
    IncomingLine,
    IncomingOrder,
    IncomingShipment,
    Marketplace,
    MarketStatus,
)

S = MarketStatus
STATUSES = {
    "ожидает сборки": S.TO_PACK,
    "ожидает упаковки": S.TO_PACK,
    "ожидает отгрузки": S.PACKED,
    "доставляется": S.SHIPPED,
    "передается в доставку": S.SHIPPED,
    "доставлен": S.DELIVERED,
    "доставлено": S.DELIVERED,
    "отменен": S.CANCELLED,
    "отменено": S.CANCELLED,
    "ожидает подтверждения": S.PENDING,
    "ожидает регистрации": S.PENDING,
    "арбитраж": S.CHANGE_PENDING,
}
PRICE_HEADERS = (
    "ваша цена",
    "цена продажи",
    "итоговая стоимость товара",
    "стоимость товара для покупателя",
)
_RUSSIAN_DATE_RE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(.*)")


def folded(text: str) -> str:
    """Lower case, ё as е: how headers and statuses are compared."""
    return text.lower().replace("ё", "е")


def column_key(name: str) -> str:
    return folded(header_key(name))


def is_header(line: str) -> bool:
    """Whether a CSV file's first line is an Ozon cabinet export's header."""
    return "номер отправления" in column_key(line)


def moscow_time(text: str) -> datetime | None:
    """`2024-05-01 12:34:56` or `01.05.2024 12:34[:56]`, Moscow time unless it has an offset."""
    match = _RUSSIAN_DATE_RE.fullmatch(text)
    if match is not None:
        day, month, year, rest = match.groups()
        text = f"{year}-{int(month):02d}-{int(day):02d}{rest}"
    return parse_datetime(text, MSK)


class _Builder:
    def __init__(self, header: Header) -> None:
        header.require(
            ("номер отправления",), ("артикул",), ("количество",), ("принят в обработку",)
        )
        self.header = header
        self.posting = header.index("номер отправления")
        self.order_number = header.index("номер заказа")
        self.ordered_at = header.index("принят в обработку")
        self.ship_by = header.index("дата отгрузки")
        self.status = header.index("статус")
        self.name = header.index("название товара", "наименование товара")
        self.ozon_sku = header.index("ozon id", "sku")
        self.sku = header.index("артикул")
        self.quantity = header.index("количество")
        self.price = header.index(*PRICE_HEADERS)
        self.currency = header.index("код валюты товара")

    def __call__(self, number: str, rows: Rows) -> IncomingOrder | Problems:
        problems: Problems = []
        lines = [self._line(line, row, problems) for line, row in rows]
        first_line, first = rows[0]
        ordered_at = self._time(first_line, first, self.ordered_at, problems, required=True)
        ship_by = self._time(first_line, first, self.ship_by, problems, required=False)
        if problems or ordered_at is None:
            return problems
        status = first[self.status].strip()
        shipment = IncomingShipment(
            key=number,
            lines=[line for line in lines if line is not None],
            ship_to=None,
            status=STATUSES.get(folded(status), MarketStatus.PENDING),
            marketplace_status=status,
            ship_by=ship_by,
            codes=posting_codes(first[self.order_number].strip()),
        )
        currencies = (row[self.currency].strip() for _, row in rows)
        return IncomingOrder(
            marketplace=Marketplace.OZON,
            number=number,
            ordered_at=ordered_at,
            shipments=[shipment],
            currency=next((code for code in currencies if code), "RUB"),
            source_lines=tuple(line for line, _ in rows),
        )

    def _line(self, line: int, row: list[str], problems: Problems) -> IncomingLine | None:
        sku = row[self.sku].strip()
        if not sku:
            problems.append((line, NO_SKU()))
            return None
        raw = clean(row[self.quantity])
        quantity = parse_int(raw)
        if quantity is None:
            problems.append(
                (line, NOT_WHOLE_NUMBER(column=self.header.name(self.quantity), value=shown(raw)))
            )
            return None
        raw = clean(row[self.price])
        price = parse_decimal(raw) if raw else Decimal(0)
        if price is None:
            problems.append(
                (line, NOT_AMOUNT(column=self.header.name(self.price), value=shown(raw)))
            )
            return None
        return IncomingLine(
            sku=sku,
            name=row[self.name].strip(),
            quantity=quantity,
            unit_price=price,
            marketplace_sku=clean(row[self.ozon_sku]),
        )

    def _time(
        self, line: int, row: list[str], column: int, problems: Problems, *, required: bool
    ) -> datetime | None:
        raw = clean(row[column])
        if not raw:
            if required:
                problems.append((line, MISSING_VALUE(column=self.header.name(column))))
            return None
        moment = moscow_time(raw)
        if moment is None:
            problems.append((line, NOT_DATETIME(column=self.header.name(column), value=shown(raw))))
        return moment


def grouping(source: str, names: list[str]) -> tuple[Header, int, BuildOrder]:
    """How the file's rows make orders: its header, the posting number's column, the builder."""
    header = Header(source, names, column_key)
    builder = _Builder(header)
    return header, builder.posting, builder


def open_csv(path: Path, progress: Progress | None = None) -> CsvFile:
    return CsvFile(path, progress, legacy=("cp1251", "cp932"), fits=is_header)


def parse(path: Path, progress: Progress | None = None) -> Iterator[IncomingOrder | RowError]:
    with open_csv(path, progress) as csv_file:
        header, number_at, build = grouping(csv_file.source, csv_file.header)
        yield from group_consecutive(csv_file, header, number_at, build)
