"""Importing a 100,000-order Rakuten CSV (full legacy layout, CP932), next to Python's csv alone."""

from __future__ import annotations

import csv
import os
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from benchmarks import postgres, rakuten_file
from packstation.app.context import Station
from packstation.app.intake import Intake
from packstation.app.intake_parallel import Parsing
from packstation.app.settings import Settings
from packstation.domain.model import CatalogueProduct
from packstation.store.catalogue import upsert_product
from packstation.store.database import Database
from tests.postgres import scratch_database

CACHE = Path(__file__).parent / ".cache"
ORDERS = 100_000
VERSION = 1  # bump when rakuten_file changes
PARALLEL = Parsing()
ONE_PROCESS = Parsing(workers=1)


def sample_file() -> tuple[Path, int]:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"rakuten-{ORDERS}-v{VERSION}.csv"
    rows_file = path.with_suffix(".rows")
    if not path.exists() or not rows_file.exists():
        rows = rakuten_file.write(path.with_suffix(".tmp"), ORDERS)
        path.with_suffix(".tmp").rename(path)
        rows_file.write_text(str(rows))
    return path, int(rows_file.read_text())


def csv_only(path: Path) -> float:
    started = time.perf_counter()
    with path.open(encoding="cp932", newline="") as source:
        for _ in csv.reader(source):
            pass
    return time.perf_counter() - started


def full_import(url: str, path: Path, parsing: Parsing) -> tuple[float, int, int]:
    db = Database(url)
    with db.session() as session, session.begin():
        for sku in rakuten_file.SKUS:
            upsert_product(session, CatalogueProduct(sku, sku, [], 100, Decimal(100), False, 10**9))
    intake = Intake(db, Station("bench", "bench"), Settings(station_name="bench", operator="bench"))
    intake.parsing = parsing
    started = time.perf_counter()
    summary = intake.run(path, "rakuten")
    elapsed = time.perf_counter() - started
    db.dispose()
    assert summary.ok, summary.errors[:3]
    return elapsed, summary.new, summary.on_hold


def on_sqlite(path: Path, parsing: Parsing = PARALLEL) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as folder:
        return full_import(f"sqlite:///{folder}/import.sqlite3", path, parsing)


def on_postgres(path: Path, parsing: Parsing = PARALLEL) -> tuple[float, int, int]:
    with scratch_database(postgres.server(), "packstation_bench") as url:
        return full_import(url, path, parsing)


def report() -> None:
    path, rows = sample_file()
    size = path.stat().st_size / 1e6
    bare = min(csv_only(path) for _ in range(2))
    print(f"Rakuten CSV import, {ORDERS:,} orders in {rows:,} rows, {size:.0f} MB CP932:")
    print(f"  csv module alone (decode + parse): {bare:.2f} s")
    databases = [("SQLite", on_sqlite)]
    if postgres.server():
        databases.append(("PostgreSQL", on_postgres))
    for name, run in databases:
        for label, parsing in (
            ("one process", ONE_PROCESS),
            (f"{PARALLEL.workers} parsing processes", PARALLEL),
        ):
            elapsed, _, _ = run(path, parsing)
            print(
                f"  import into {name}, {label}: {elapsed:.2f} s = {elapsed / bare:.2f}× csv"
                "   (goal: < 3×)"
            )
    if not postgres.server():
        print(postgres.SKIPPED)
    print(f"  ({os.cpu_count()} CPU cores on this machine)")


if __name__ == "__main__":
    report()
