"""Which format a file is in, from its first 64 KiB."""

from __future__ import annotations

from pathlib import Path

from packstation.connectors.imports.ozon_csv import is_header as is_ozon_header
from packstation.connectors.imports.problems import EMPTY_FILE, FileFormatError
from packstation.connectors.imports.text import header_key
from packstation.connectors.imports.text_encoding import detect_encoding, read_sample
from packstation.domain.messages import QT_TRANSLATE_NOOP

FORMATS = ("rakuten-csv", "rakuten-json", "ozon-json", "ozon-csv", "generic")
MARKETPLACES = ("rakuten", "ozon")  # short names: CSV or JSON is sniffed

UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("Import", "Unknown import format “{format}”; use one of {known}")
UNKNOWN_JSON = QT_TRANSLATE_NOOP(
    "Import", "{file} is JSON, but neither a Rakuten getOrder nor an Ozon postings response"
)
MAP_ONLY_GENERIC = QT_TRANSLATE_NOOP(
    "Import", "A column map is only for the generic format, not for {format}"
)


def _head(path: Path) -> str:
    """The start of the file as text, without BOM or leading space.

    A file that is not UTF-8 is CP932 (Rakuten) or Windows-1251 (Ozon), whichever reads
    the header of a known CSV format.
    """
    sample, complete = read_sample(path)
    encoding = detect_encoding(
        sample,
        complete=complete,
        legacy=("cp932", "cp1251"),
        fits=lambda line: _csv_format(line) != "generic",
    )
    text = sample.decode(encoding, errors="replace")
    text = text.lstrip("\ufeff \t\r\n")
    if not text:
        raise FileFormatError(EMPTY_FILE(file=str(path)))
    return text


def detect_format(path: Path) -> str:
    """One of FORMATS; FileFormatError (a ValueError) for an empty file or unknown JSON."""
    head = _head(path)
    if head[0] in "{[":
        if '"OrderModelList"' in head or '"orderNumber"' in head:
            return "rakuten-json"
        if '"postings"' in head or '"posting_number"' in head or '"result"' in head:
            return "ozon-json"
        raise FileFormatError(UNKNOWN_JSON(file=str(path)))
    return _csv_format(head.split("\n", 1)[0])


def _csv_format(header_line: str) -> str:
    header = header_key(header_line)
    if "受注番号" in header or "注文番号" in header:
        return "rakuten-csv"
    if is_ozon_header(header_line):
        return "ozon-csv"
    return "generic"


def resolve_format(path: Path, fmt: str | None, *, column_map: Path | None = None) -> str:
    """`fmt` as one of FORMATS: detected when None, CSV or JSON sniffed for a short name.

    A column map without a format means the generic format.
    """
    if fmt is None:
        resolved = "generic" if column_map is not None else detect_format(path)
    else:
        name = fmt.strip().lower()
        if name in MARKETPLACES:
            resolved = f"{name}-json" if _head(path)[0] in "{[" else f"{name}-csv"
        elif name in FORMATS:
            resolved = name
        else:
            raise FileFormatError(
                UNKNOWN_FORMAT(format=fmt, known=", ".join(FORMATS + MARKETPLACES))
            )
    if column_map is not None and resolved != "generic":
        raise FileFormatError(MAP_ONLY_GENERIC(format=resolved))
    return resolved
