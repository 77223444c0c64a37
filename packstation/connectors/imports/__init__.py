"""Order exports and product catalogues read into domain values.

`parse_orders` and `parse_catalogue` stream a file: they yield values and RowErrors (rows
that could not be read, and why) and raise ValueError (FileFormatError) when the file as a
whole cannot be read. Nothing here stores anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from packstation.connectors.imports import (
    catalogue_csv,
    generic_csv,
    ozon_csv,
    ozon_json,
    rakuten_csv,
    rakuten_json,
)
from packstation.connectors.imports.detect import FORMATS, detect_format, resolve_format
from packstation.connectors.imports.problems import FileFormatError, RowError
from packstation.connectors.imports.progress import Progress
from packstation.domain.model import CatalogueProduct, IncomingOrder

__all__ = [
    "FORMATS",
    "FileFormatError",
    "Progress",
    "RowError",
    "detect_format",
    "parse_catalogue",
    "parse_orders",
]

_PARSERS: dict[str, Callable[[Path, Progress | None], Iterator[IncomingOrder | RowError]]] = {
    "rakuten-csv": rakuten_csv.parse,
    "rakuten-json": rakuten_json.parse,
    "ozon-json": ozon_json.parse,
    "ozon-csv": ozon_csv.parse,
}


def parse_orders(
    path: Path,
    fmt: str | None = None,
    *,
    column_map: Path | None = None,
    progress: Progress | None = None,
) -> Iterator[IncomingOrder | RowError]:
    """The orders of an export file, and a RowError for each row that cannot be read.

    `fmt`: None (detect), one of FORMATS, or "rakuten" / "ozon" (CSV or JSON is sniffed).
    `column_map` (a JSON file) only applies to the generic format. An unknown format raises
    ValueError at once; a file that cannot be read as a whole raises it while iterating.
    """
    path = Path(path)
    resolved = resolve_format(path, fmt, column_map=column_map)
    if resolved == "generic":
        return generic_csv.parse(path, column_map, progress)
    return _PARSERS[resolved](path, progress)


def parse_catalogue(
    path: Path, *, progress: Progress | None = None
) -> Iterator[CatalogueProduct | RowError]:
    """The products of a catalogue CSV, and a RowError for each row that cannot be read."""
    return catalogue_csv.parse(Path(path), progress)
