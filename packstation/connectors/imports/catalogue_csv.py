"""Product catalogue CSV: one product per row, each row on its own.

Columns: sku, name, barcodes, weight_g, cost_price, fragile, stock (required), variant,
image, unit_code, case_barcodes, box (optional; "yes" for packaging, whose weight is its
tare), length_mm, width_mm, height_mm (optional; a box's outer size, all three or none).
Barcodes are separated by `;`, `,` or spaces; a
code written `CODE*QTY` stands for a pack of QTY units (case_barcodes must say QTY).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from packstation.connectors.imports.csv_reading import CsvFile, Header
from packstation.connectors.imports.grouping import checked_row
from packstation.connectors.imports.problems import (
    NO_SKU,
    NOT_AMOUNT,
    NOT_WHOLE_NUMBER,
    NOT_YES_NO,
    RowError,
)
from packstation.connectors.imports.progress import Progress
from packstation.connectors.imports.text import clean, header_key, shown
from packstation.connectors.imports.values import parse_bool, parse_decimal, parse_int
from packstation.domain.barcodes import is_valid_gtin, looks_like_gtin
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.model import CatalogueBarcode, CatalogueProduct, UnitCodeKind
from packstation.domain.parcel_size import Dimensions

REQUIRED = ("sku", "name", "barcodes", "weight_g", "cost_price", "fragile", "stock")

NO_NAME = QT_TRANSLATE_NOOP("Import", "The product name is missing")
DUPLICATE_SKU = QT_TRANSLATE_NOOP("Import", "SKU {sku} is already on line {line}")
NOT_GRAMS = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not a whole number of grams")
NOT_MILLIMETRES = QT_TRANSLATE_NOOP(
    "Import", "{column} “{value}” is not a whole number of millimetres above 0"
)
PART_OF_A_SIZE = QT_TRANSLATE_NOOP(
    "Import", "A box's size needs all of length_mm, width_mm and height_mm, or none of them"
)
NOT_UNIT_CODE = QT_TRANSLATE_NOOP("Import", "{column} “{value}” is not “serial”, “lot” or “mark”")
NOT_BARCODE = QT_TRANSLATE_NOOP("Import", "“{value}” is not a barcode")
BAD_CHECK_DIGIT = QT_TRANSLATE_NOOP("Import", "Barcode {code} has a wrong check digit")
BAD_PACK_QUANTITY = QT_TRANSLATE_NOOP(
    "Import", "Pack quantity “{value}” of barcode {code} is not a whole number of at least 1"
)
NO_PACK_QUANTITY = QT_TRANSLATE_NOOP(
    "Import", "Case barcode {code} has no pack quantity: write {code}*12 for a case of 12"
)
TWO_PACK_QUANTITIES = QT_TRANSLATE_NOOP(
    "Import", "Barcode {code} is given with pack quantities {first} and {second}"
)

_SEPARATORS_RE = re.compile(r"[;,\s]+")


class _RowProblem(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def add_barcodes(found: dict[str, CatalogueBarcode], text: str, *, case: bool) -> None:
    """Add `4901234567894; 14901234567891*12` to `found` (code → barcode), in order."""
    for token in _SEPARATORS_RE.split(clean(text)):
        if not token:
            continue
        code, star, quantity_text = token.partition("*")
        if not code:
            raise _RowProblem(NOT_BARCODE(value=shown(token)))
        if looks_like_gtin(code) and not is_valid_gtin(code):
            raise _RowProblem(BAD_CHECK_DIGIT(code=code))
        quantity = 1
        if star:
            parsed = parse_int(quantity_text)
            if parsed is None or parsed < 1:
                raise _RowProblem(BAD_PACK_QUANTITY(value=shown(quantity_text), code=code))
            quantity = parsed
        elif case:
            raise _RowProblem(NO_PACK_QUANTITY(code=code))
        known = found.setdefault(code, CatalogueBarcode(code, quantity))
        if known.pack_quantity != quantity:
            raise _RowProblem(
                TWO_PACK_QUANTITIES(code=code, first=known.pack_quantity, second=quantity)
            )


class _Columns:
    def __init__(self, header: Header) -> None:
        header.require(*((name,) for name in REQUIRED))
        self.header = header
        at = header.index
        self.sku, self.name, self.barcodes = at("sku"), at("name"), at("barcodes")
        self.weight, self.cost, self.fragile, self.stock = (
            at("weight_g"),
            at("cost_price"),
            at("fragile"),
            at("stock"),
        )
        self.variant, self.image, self.unit_code = at("variant"), at("image"), at("unit_code")
        self.case_barcodes, self.box = at("case_barcodes"), at("box")
        self.sides = (at("length_mm"), at("width_mm"), at("height_mm"))

    def product(self, line: int, row: list[str]) -> CatalogueProduct:
        """The row's product; _RowProblem when the row cannot be read."""
        sku = row[self.sku].strip()
        if not sku:
            raise _RowProblem(NO_SKU())
        name = row[self.name].strip()
        if not name:
            raise _RowProblem(NO_NAME())
        codes: dict[str, CatalogueBarcode] = {}
        add_barcodes(codes, row[self.barcodes], case=False)
        add_barcodes(codes, row[self.case_barcodes], case=True)
        return CatalogueProduct(
            sku=sku,
            name=name,
            barcodes=list(codes.values()),
            weight_g=self._weight(row),
            cost_price=self._cost(row),
            fragile=self._yes_no(row, self.fragile),
            stock=self._stock(row),
            variant=row[self.variant].strip(),
            image_path=row[self.image].strip(),
            unit_code=self._unit_code(row),
            is_box=self._yes_no(row, self.box),
            dimensions=self._dimensions(row),
            source_line=line,
        )

    def _weight(self, row: list[str]) -> int | None:
        raw = clean(row[self.weight])
        if not raw:
            return None
        grams = parse_int(raw)
        if grams is None or grams < 0:
            raise _RowProblem(NOT_GRAMS(column=self.header.name(self.weight), value=shown(raw)))
        return grams

    def _dimensions(self, row: list[str]) -> Dimensions | None:
        sides = [self._millimetres(row, column) for column in self.sides]
        if all(side is None for side in sides):
            return None
        length, width, height = sides
        if length is None or width is None or height is None:
            raise _RowProblem(PART_OF_A_SIZE())
        return Dimensions(length, width, height)

    def _millimetres(self, row: list[str], column: int) -> int | None:
        raw = clean(row[column])
        if not raw:
            return None
        value = parse_int(raw)
        if value is None or value <= 0:
            raise _RowProblem(NOT_MILLIMETRES(column=self.header.name(column), value=shown(raw)))
        return value

    def _cost(self, row: list[str]) -> Decimal | None:
        raw = clean(row[self.cost])
        if not raw:
            return None
        cost = parse_decimal(raw)
        if cost is None:
            raise _RowProblem(NOT_AMOUNT(column=self.header.name(self.cost), value=shown(raw)))
        return cost

    def _yes_no(self, row: list[str], column: int) -> bool:
        raw = clean(row[column])
        value = parse_bool(raw)
        if value is None:
            raise _RowProblem(NOT_YES_NO(column=self.header.name(column), value=shown(raw)))
        return value

    def _stock(self, row: list[str]) -> int:
        raw = clean(row[self.stock])
        stock = parse_int(raw) if raw else 0
        if stock is None:
            raise _RowProblem(
                NOT_WHOLE_NUMBER(column=self.header.name(self.stock), value=shown(raw))
            )
        return stock

    def _unit_code(self, row: list[str]) -> UnitCodeKind | None:
        raw = clean(row[self.unit_code])
        if not raw:
            return None
        try:
            return UnitCodeKind(raw.lower())
        except ValueError:
            raise _RowProblem(
                NOT_UNIT_CODE(column=self.header.name(self.unit_code), value=shown(raw))
            ) from None


def parse(path: Path, progress: Progress | None = None) -> Iterator[CatalogueProduct | RowError]:
    with CsvFile(path, progress) as csv_file:
        source = csv_file.source
        header = Header(source, csv_file.header, lambda name: header_key(name).casefold())
        columns = _Columns(header)
        first_lines: dict[str, int] = {}
        for item in csv_file.rows():
            if isinstance(item, RowError):
                yield item
                continue
            line, row = item
            sku, problem = checked_row(row, header.width, columns.sku)
            if problem is not None:
                yield RowError(source, line, problem)
                continue
            try:
                product = columns.product(line, row)
            except _RowProblem as error:
                yield RowError(source, line, error.message)
                continue
            if sku in first_lines:
                yield RowError(source, line, DUPLICATE_SKU(sku=sku, line=first_lines[sku]))
                continue
            first_lines[sku] = line
            yield product
