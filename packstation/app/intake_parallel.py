"""A large order file parsed by several processes and stored by this one.

The file is cut into ranges of whole orders (`csv_chunks`). Worker processes parse and prepare
the ranges (`intake_prepare`) and hand back plain tuples; this process takes them in the
file's order, so stock is reserved first come, first served and errors are listed as a
one-process import lists them. An order number a range repeats from an earlier range is
refused here, on each of its rows, as the one-process parse refuses it within a range. From a
range that csv read differently than it was cut (a stray quote), the rest of the file is read
here in one piece.

Processes are spawned, not forked: this runs on the GUI's database thread, and forking a
process with threads is unsafe. Starting them costs about half a second, so only a file
larger than `MIN_BYTES` is parsed this way.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import cache
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from packstation.app.intake_prepare import Prepared, Preparer, no_collections
from packstation.app.settings import Settings
from packstation.connectors.imports import csv_chunks
from packstation.connectors.imports.csv_chunks import Chunk, ChunkReader, Layout
from packstation.connectors.imports.csv_reading import read_rows
from packstation.connectors.imports.detect import resolve_format
from packstation.connectors.imports.grouping import (
    checked_row,
    consecutive_groups,
    finish_group,
    group_lines,
)
from packstation.connectors.imports.problems import NOT_TOGETHER, FileFormatError, RowError
from packstation.connectors.imports.progress import Progress
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.domain.model import IncomingOrder
from packstation.store.bulk import Values, values_for
from packstation.store.orders import Actor

log = logging.getLogger(__name__)
FILE_CHANGED = QT_TRANSLATE_NOOP(
    "Import", "{file} changed while it was being imported: import it again"
)


@dataclass(frozen=True, slots=True)
class Parsing:
    """How a large file is parsed: by how many processes, from what size, in what ranges."""

    workers: int = min(os.cpu_count() or 1, 4)
    min_bytes: int = 8 * 1024 * 1024
    chunk_bytes: int = 2 * 1024 * 1024


# What a range hands back, in file order: a RowError, or an order number's first run of rows
# in the range as (number, its rows' lines, its Prepared payload or its RowErrors).
Entry = RowError | tuple[str, list[int], tuple[Any, ...] | list[RowError]]


def in_parallel(
    path: Path,
    fmt: str | None,
    database_url: str,
    settings: Settings,
    actor: Actor,
    progress: Progress | None,
    parsing: Parsing,
) -> Iterator[Prepared | RowError] | None:
    """The file's orders prepared by several processes; None when the file is small, or not
    one that can be cut (the caller then parses it in this process)."""
    if parsing.workers < 2 or not path.is_file() or path.stat().st_size < parsing.min_bytes:
        return None
    resolved = resolve_format(path, fmt, column_map=None)
    planned = csv_chunks.plan(path, resolved, str(path), parsing.chunk_bytes)
    if planned is None:
        return None
    layout, chunks = planned
    task = Task(layout, database_url.split(":", 1)[0], settings, actor)
    return _prepared(task, chunks, progress, parsing.workers)


@dataclass(frozen=True, slots=True)
class Task:
    """What every range's process is given, besides its range."""

    layout: Layout
    drivername: str
    settings: Settings
    actor: Actor


def _prepared(
    task: Task, chunks: list[Chunk], progress: Progress | None, workers: int
) -> Iterator[Prepared | RowError]:
    layout = task.layout
    total = chunks[-1].end if chunks else 0
    seen: set[str] = set()
    rereader = Rereader(layout)
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
    try:
        waiting: deque[tuple[int, Future[tuple[bool, list[Entry]]]]] = deque()
        ahead = iter(range(len(chunks)))
        for space in ahead:
            waiting.append((space, pool.submit(prepare_range, task, chunks[space], space)))
            if len(waiting) > workers * 2:
                break
        while waiting:
            space, future = waiting.popleft()
            chunk = chunks[space]
            try:
                aligned, entries = future.result()
            except BrokenProcessPool:  # a worker died (killed, out of memory): go on here
                log.warning("a parsing process stopped; %s is read on here", layout.source)
                aligned = False
            if not aligned:
                rest = Chunk(chunk.start, total, chunk.lines_before, True)
                _, entries = prepare_range(task, rest, space)
                yield from _merged(entries, seen, layout.source, rereader)
                break
            following = next(ahead, None)
            if following is not None:
                waiting.append(
                    (following, pool.submit(prepare_range, task, chunks[following], following))
                )
            yield from _merged(entries, seen, layout.source, rereader)
            if progress is not None:
                progress(chunk.end, total)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if progress is not None:
        progress(total, total)


def _merged(
    entries: list[Entry], seen: set[str], source: str, rereader: Rereader
) -> Iterator[Prepared | RowError]:
    for entry in entries:
        if isinstance(entry, RowError):
            yield entry
            continue
        number, lines, payload = entry
        if number in seen:
            yield from (
                RowError(source, line, NOT_TOGETHER(order=number), number) for line in lines
            )
            continue
        seen.add(number)
        if isinstance(payload, list):
            yield from payload
        else:
            yield Prepared(*payload, None, rereader)


@cache
def _values(drivername: str) -> Values:
    return values_for(drivername)


def prepare_range(task: Task, chunk: Chunk, space: int) -> tuple[bool, list[Entry]]:
    """In a worker process: one range's orders, prepared, their rows' relative ids in their
    own `space`; and whether the range ended aligned."""
    layout = task.layout
    preparer = Preparer(_values(task.drivername), task.settings, task.actor, layout.source, space)
    with no_collections():
        return _prepare_range(layout, chunk, preparer)


def _prepare_range(
    layout: Layout, chunk: Chunk, preparer: Preparer
) -> tuple[bool, list[Entry]]:
    header, number_at, build = layout.grouping()
    source = layout.source
    reader = ChunkReader(layout, chunk)
    seen: set[str] = set()
    entries: list[Entry] = []
    for item in consecutive_groups(reader.rows(), source, header.width, number_at):
        if isinstance(item, RowError):
            entries.append(item)
            continue
        number = item[0]
        repeated = number in seen
        result = finish_group(source, item, seen, build)
        if repeated:  # RowErrors on its rows
            entries.extend(result)
            continue
        if isinstance(result, list):
            payload: tuple[Any, ...] | list[RowError] = result
        else:
            prepared = preparer.prepare(result[0])
            payload = prepared.payload() if isinstance(prepared, Prepared) else prepared
        entries.append((number, group_lines(item), payload))
    return reader.aligned, entries


class Rereader:
    """Reads an order of the file again, by the lines its rows begin on: for an order that
    turns out to be stored and changed, which `Intake` applies from the order itself."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self._starts: list[int] | None = None

    def order(self, lines: tuple[int, ...]) -> IncomingOrder:
        layout = self.layout
        if self._starts is None:
            data = Path(layout.path).read_bytes()
            self._starts = [0] + [m.end() for m in re.finditer(rb"\r\n|\r|\n", data)]
        header, number_at, build = layout.grouping()
        wanted = set(lines)
        number, rows = "", []
        with open(layout.path, "rb") as binary:
            binary.seek(self._starts[lines[0] - 1])
            text = io.TextIOWrapper(binary, encoding=layout.encoding, newline="")
            reader = csv.reader(text, delimiter=layout.delimiter)
            for item in read_rows(reader, layout.source, lines[0] - 1):
                if isinstance(item, RowError):
                    continue
                line, row = item
                if line > lines[-1]:
                    break
                if line in wanted:
                    number, _ = checked_row(row, header.width, number_at)
                    rows.append((line, row))
        order = build(number, rows) if rows else []
        if not isinstance(order, IncomingOrder):
            raise FileFormatError(FILE_CHANGED(file=layout.source))
        return order
