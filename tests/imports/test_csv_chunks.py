"""Cutting an order file into ranges: each begins at a row of a new order, together they
read as the whole file reads, and a range csv reads differently than it was cut says so."""

from __future__ import annotations

from pathlib import Path

from packstation.connectors.imports import RowError
from packstation.connectors.imports.csv_chunks import ChunkReader, Layout, plan
from packstation.connectors.imports.rakuten_csv import open_csv

from .samples import RAKUTEN_LEGACY_HEADER, csv_text, rakuten_row


def rows(count: int) -> list[dict[str, str]]:
    """Orders of one to three rows; some comments run over several lines."""
    return [
        rakuten_row(f"502763-20240501-{serial:08d}")
        | {"コメント": "一行目\r\n二行目\n三行目" if serial % 4 == 0 else "", "商品番号": f"S{item}"}
        for serial in range(count)
        for item in range(1 + serial % 3)
    ]


def write(path: Path, text: str, encoding: str = "cp932") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def whole(path: Path) -> list[tuple[int, list[str]] | RowError]:
    with open_csv(path) as csv_file:
        return list(csv_file.rows())


def read(layout: Layout, chunks) -> tuple[list[tuple[int, list[str]] | RowError], list[bool]]:  # type: ignore[no-untyped-def]
    found, aligned = [], []
    for chunk in chunks:
        reader = ChunkReader(layout, chunk)
        found += list(reader.rows())
        aligned.append(reader.aligned)
    return found, aligned


def test_ranges_begin_at_a_new_order_and_read_as_the_whole_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "orders.csv", csv_text(RAKUTEN_LEGACY_HEADER, rows(200)))
    planned = plan(path, "rakuten-csv", "orders.csv", 5000)
    assert planned is not None
    layout, chunks = planned
    assert len(chunks) > 20 and chunks[-1].last and not chunks[0].last
    assert [c.end for c in chunks[:-1]] == [c.start for c in chunks[1:]]
    found, aligned = read(layout, chunks)
    assert all(aligned)
    assert found == whole(path)
    firsts = [next(ChunkReader(layout, c).rows()) for c in chunks]
    previous = [found[found.index(first) - 1] for first in firsts[1:]]
    assert all(a[1][0] != b[1][0] for a, b in zip(firsts[1:], previous, strict=True))


def test_a_quote_inside_an_unquoted_field_shows_as_a_range_not_aligned(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = with_a_stray_quote(csv_text(RAKUTEN_LEGACY_HEADER, rows(200)))
    path = write(tmp_path / "orders.csv", text)
    planned = plan(path, "rakuten-csv", "orders.csv", 5000)
    assert planned is not None
    _, aligned = read(*planned)
    assert aligned[0] and not all(aligned)


def with_a_stray_quote(text: str) -> str:
    """The file with an item name halfway down unquoted, and holding a quote: 緑茶 5" …"""
    name = '"緑茶ティーバッグ"'
    halfway = text.index(name, len(text) // 2)
    return text[:halfway] + '緑茶 5" ティーバッグ' + text[halfway + len(name) :]


def test_files_that_cannot_be_cut_by_their_bytes_are_not(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = csv_text(RAKUTEN_LEGACY_HEADER, rows(50))
    utf16 = write(tmp_path / "utf16.csv", text, "utf-16")
    assert plan(utf16, "rakuten-csv", "utf16.csv", 5000) is None
    json = write(tmp_path / "orders.json", "[]", "utf-8")
    assert plan(json, "rakuten-json", "orders.json", 5000) is None
