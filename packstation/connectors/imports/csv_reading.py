"""Reading a CSV import file: its header, its rows with their lines, its progress."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Self, TextIO

from packstation.connectors.imports.problems import (
    EMPTY_FILE,
    MISSING_COLUMNS,
    NOT_ACCEPTED_TEXT,
    NOT_TEXT,
    UNREADABLE_ROW,
    FileFormatError,
    RowError,
)
from packstation.connectors.imports.progress import PROGRESS_EVERY, Progress
from packstation.connectors.imports.text import header_key
from packstation.connectors.imports.text_encoding import detect_encoding, read_sample

if TYPE_CHECKING:
    from _csv import _reader


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
