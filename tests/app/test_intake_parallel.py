"""A file parsed by several processes is stored as one process stores it: the same orders,
states, reservations, errors and changes, in the same order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.app.intake import ImportSummary, Intake
from packstation.app.intake_parallel import Parsing
from packstation.connectors.imports import FileFormatError
from packstation.connectors.imports.csv_chunks import plan
from packstation.store.database import Database
from tests.app.test_bulk_writers import snapshot
from tests.builders import load_products
from tests.conftest import POSTGRES
from tests.imports.samples import RAKUTEN_LEGACY_HEADER, csv_text, rakuten_row
from tests.imports.test_csv_chunks import with_a_stray_quote
from tests.postgres import scratch_database

pytestmark = pytest.mark.both_databases

PARALLEL = Parsing(workers=2, min_bytes=0, chunk_bytes=6000)
ONE_PROCESS = Parsing(workers=1)


def number(serial: int) -> str:
    return f"502763-20240501-{serial:08d}"


def order_rows(serial: int, quantity: int = 1, status: str = "新規受付") -> list[dict[str, str]]:
    """One or two item rows; every third order's comment runs over several lines."""
    comment = "[配送日時指定:]\n指定なし\n[備考:]\n置き配希望" if serial % 3 == 0 else ""
    skus = ("TEA", "TEAPOT")[: 1 + serial % 2]
    return [
        rakuten_row(number(serial))
        | {"商品番号": sku, "個数": str(quantity), "コメント": comment, "受注ステータス": status}
        for sku in skus
    ]


def write(path: Path, rows: list[dict[str, str]], *tail: str) -> Path:
    path.write_bytes((csv_text(RAKUTEN_LEGACY_HEADER, rows) + "".join(tail)).encode("cp932"))
    return path


@pytest.fixture
def reference(db_url: str, tmp_path: Path) -> Iterator[Database]:
    """A second database of the same kind, for the one-process import."""
    if db_url.startswith("sqlite"):
        database = Database(f"sqlite:///{tmp_path / 'one-process.sqlite3'}")
        yield database
        database.dispose()
        return
    with scratch_database(POSTGRES, "packstation_reference") as url:
        database = Database(url)
        yield database
        database.dispose()


def run(db: Database, station, settings, path: Path, parsing: Parsing) -> ImportSummary:  # type: ignore[no-untyped-def]
    intake = Intake(db, station, settings)
    intake.parsing = parsing
    return intake.run(path, "rakuten")


def same_import(db, reference, station, settings, *paths: Path) -> list[ImportSummary]:  # type: ignore[no-untyped-def]
    """Import the files into both databases, in parallel and in one process; assert both
    store the same and report the same; the parallel summaries."""
    load_products(db)
    load_products(reference)
    summaries = []
    for path in paths:
        planned = plan(path, "rakuten-csv", str(path), PARALLEL.chunk_bytes)
        assert planned is not None and len(planned[1]) > 3
        parallel = run(db, station, settings, path, PARALLEL)
        alone = run(reference, station, settings, path, ONE_PROCESS)
        assert [e.render() for e in parallel.errors] == [e.render() for e in alone.errors]
        assert [m.render() for m in parallel.not_applied] == [m.render() for m in alone.not_applied]
        counts = (parallel.new, parallel.changed, parallel.unchanged, parallel.on_hold)
        assert counts == (alone.new, alone.changed, alone.unchanged, alone.on_hold)
        summaries.append(parallel)
    assert snapshot(db) == snapshot(reference)
    return summaries


def test_a_file_cut_into_ranges_is_stored_as_one_process_stores_it(
    db, reference, station, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    rows = [row for serial in range(150) for row in order_rows(serial)]
    rows.insert(40, rakuten_row("") | {"商品番号": "TEA"})  # no order number: a row error
    rows += order_rows(7)  # order 7 again, far from its first rows: not together
    path = write(tmp_path / "orders.csv", rows, '"502763-20240501-99999999","short row"\r\n')
    (summary,) = same_import(db, reference, station, settings, path)
    assert summary.new == 150  # order 7's second run of rows is refused, row by row
    assert 0 < summary.on_hold < 150  # the tea ran out part-way: first come, first served
    refused = [e for e in summary.errors if e.order_number == number(7)]
    assert len(refused) == 2 and len(summary.errors) == 5


def test_a_quote_inside_a_field_reads_the_rest_in_one_process(
    db, reference, station, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    rows = [row for serial in range(120) for row in order_rows(serial)]
    path = tmp_path / "quoted.csv"
    path.write_bytes(with_a_stray_quote(csv_text(RAKUTEN_LEGACY_HEADER, rows)).encode("cp932"))
    (summary,) = same_import(db, reference, station, settings, path)
    assert summary.new == 120


def test_a_changed_file_imported_again_changes_what_one_process_changes(
    db, reference, station, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    first = write(tmp_path / "first.csv", [r for s in range(100) for r in order_rows(s)])
    changed = [
        row
        for serial in range(100)
        for row in order_rows(
            serial,
            quantity=2 if serial % 10 == 0 else 1,
            status="キャンセル" if serial % 25 == 1 else "新規受付",
        )
    ]
    second = write(tmp_path / "second.csv", changed)
    _, again = same_import(db, reference, station, settings, first, second)
    assert again.changed == 14 and again.unchanged == 86


def test_bytes_that_are_not_the_files_text_stop_the_import_with_the_offset(
    db, station, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    load_products(db)
    rows = [row for serial in range(100) for row in order_rows(serial)]
    data = csv_text(RAKUTEN_LEGACY_HEADER, rows).encode("cp932")
    broken = data[: len(data) // 2] + b"\x81\x20" + data[len(data) // 2 :]
    path = tmp_path / "broken.csv"
    path.write_bytes(broken)
    with pytest.raises(FileFormatError) as raised:
        run(db, station, settings, path, PARALLEL)
    assert f"at byte {len(data) // 2}" in str(raised.value)
