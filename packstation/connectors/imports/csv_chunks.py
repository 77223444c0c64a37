"""A large CSV order file cut into byte ranges of whole orders, each readable on its own, so
that several processes can parse one file.

A cut falls after a line break outside quotes: after an even number of `"` since the range
began. In the encodings order files come in (UTF-8, Shift_JIS/cp932, Windows-1251) neither
`"` nor a line break is ever part of another character, so the bytes are counted without
decoding them. The cut then moves on to the first row whose order number differs from the one
before it, so that an order's rows stay in one range.

A quote inside an unquoted field (`5"` for inches) is read by csv as a plain character, and
puts the count out of step. So a range is read with one more row appended that only a range
ending outside quotes reads back whole (`ChunkReader.aligned`). The first range begins where
csv ended the header; a range is known to begin at a row when every range before it ended
aligned; from the first one that did not, the caller reads the rest of the file in one piece.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from packstation.connectors.imports import ozon_csv, rakuten_csv
from packstation.connectors.imports.csv_reading import CsvFile, Header, read_rows
from packstation.connectors.imports.grouping import BuildOrder
from packstation.connectors.imports.problems import NOT_ACCEPTED_TEXT, FileFormatError, RowError
from packstation.connectors.imports.progress import Progress

Grouping = Callable[[str, list[str]], tuple[Header, int, BuildOrder]]
# Formats whose orders are runs of rows with the same number: how to open and to group them.
FORMATS: dict[str, tuple[Callable[[Path, Progress | None], CsvFile], Grouping]] = {
    "rakuten-csv": (rakuten_csv.open_csv, rakuten_csv.grouping),
    "ozon-csv": (ozon_csv.open_csv, ozon_csv.grouping),
}
# Encodings in which `"`, CR and LF are never a byte of another character.
SPLITTABLE = {"utf-8", "utf-8-sig", "cp932", "shift_jis", "cp1251"}
_END_MARK = "\ue000packstation: end of range\ue000"


@dataclass(frozen=True, slots=True)
class Layout:
    """What a process needs to read any range of the file."""

    path: str
    source: str  # the file as the user named it, for messages
    fmt: str
    encoding: str
    delimiter: str
    names: list[str]  # the header

    def grouping(self) -> tuple[Header, int, BuildOrder]:
        return FORMATS[self.fmt][1](self.source, self.names)


@dataclass(frozen=True, slots=True)
class Chunk:
    start: int  # byte offsets: [start, end)
    end: int
    lines_before: int  # physical lines of the file before `start`
    last: bool  # runs to the end of the file


def line_breaks(data: bytes, start: int, end: int) -> int:
    """Lines as csv counts them (LF, CR LF, or a lone CR)."""
    return (
        data.count(b"\n", start, end) + data.count(b"\r", start, end)
        - data.count(b"\r\n", start, end)
    )  # fmt: skip


def next_row(data: bytes, start: int, at: int | None = None) -> int:
    """Where the row after the one at `start` begins (len(data) when it is the last), looking
    for its end from `at` on."""
    quotes = 0
    position = start
    at = start if at is None else at
    while True:
        newline = data.find(b"\n", at)
        if newline < 0:
            return len(data)
        quotes += data.count(b'"', position, newline)
        position = newline
        if quotes % 2 == 0:
            return newline + 1
        at = newline + 1


def plan(
    path: Path, fmt: str, source: str, size: int
) -> tuple[Layout, list[Chunk]] | None:
    """The file cut into ranges of about `size` bytes; None when it cannot be cut (not a
    format of runs of rows, an encoding that does not allow it, or a header csv reads
    differently than counted)."""
    if fmt not in FORMATS:
        return None
    try:
        with FORMATS[fmt][0](path, None) as csv_file:
            layout = Layout(
                str(path), source, fmt, csv_file.encoding, csv_file.delimiter, csv_file.header
            )
    except FileFormatError:
        return None  # the one-process parse reports it
    if codecs.lookup(layout.encoding).name not in SPLITTABLE:
        return None
    data = path.read_bytes()
    body = next_row(data, 0)
    if _rows(data[:body], layout) != [layout.names]:
        return None
    _, number_at, _ = layout.grouping()
    chunks = []
    start, lines = body, line_breaks(data, 0, body)
    while start < len(data):
        end = len(data) if start + size >= len(data) else _cut(data, start, size, layout, number_at)
        chunks.append(Chunk(start, end, lines, end == len(data)))
        lines += line_breaks(data, start, end)
        start = end
    return layout, chunks


def _cut(data: bytes, start: int, size: int, layout: Layout, number_at: int) -> int:
    """The first row at or after `start + size` whose order number is not the one before."""
    row = next_row(data, start, start + size - 1)
    last = ""
    while row < len(data):
        following = next_row(data, row)
        fields = _rows(data[row:following], layout)
        number = fields[0][number_at].strip() if fields and number_at < len(fields[0]) else ""
        if number:
            if last and number != last:
                return row
            last = number
        row = following
    return len(data)


def _rows(data: bytes, layout: Layout) -> list[list[str]]:
    try:
        text = data.decode(layout.encoding)
    except UnicodeDecodeError:
        return []
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=layout.delimiter))


class ChunkReader:
    """One range's rows; after reading them, `aligned` tells whether the range ended where
    a row ends (a last range always does)."""

    def __init__(self, layout: Layout, chunk: Chunk) -> None:
        self.layout = layout
        self.chunk = chunk
        self.aligned = chunk.last

    def rows(self) -> Iterator[tuple[int, list[str]] | RowError]:
        layout, chunk = self.layout, self.chunk
        with open(layout.path, "rb") as file:
            file.seek(chunk.start)
            data = file.read(chunk.end - chunk.start)
        try:
            text = data.decode(layout.encoding)
        except UnicodeDecodeError as error:
            raise FileFormatError(
                NOT_ACCEPTED_TEXT(
                    file=layout.source, encoding=layout.encoding, offset=chunk.start + error.start
                )
            ) from None
        if not chunk.last:
            text += _END_MARK + "\n"
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=layout.delimiter)
        for item in read_rows(reader, layout.source, chunk.lines_before):
            if not chunk.last and not isinstance(item, RowError) and item[1] == [_END_MARK]:
                self.aligned = True
                return
            yield item
