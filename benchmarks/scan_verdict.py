"""Scan → verdict, including the database commit, with the durability settings the app ships."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from benchmarks.timing import percentile
from packstation.app.context import Station
from packstation.app.intake import Intake
from packstation.app.packing import Level, PackingService
from packstation.app.settings import Settings
from packstation.domain.barcodes import gtin_check_digit
from packstation.domain.model import (
    Address,
    CatalogueBarcode,
    CatalogueProduct,
    IncomingLine,
    IncomingOrder,
    IncomingShipment,
    Marketplace,
)
from packstation.store.catalogue import upsert_product
from packstation.store.database import Database

ORDERS = 2500  # 2 lines of 2 units each: 10,000 item scans
SHIP_TO = Address(
    "山田 太郎",
    "",
    "150-0001",
    "東京都",
    "渋谷区",
    "神宮前1-2-3",
    country="JP",
    phone="03-1234-5678",
)


def bare_sqlite(folder: Path, synchronous: str, count: int = 2000) -> float:
    """Median ms of one INSERT + COMMIT on a WAL database: the floor for any durable scan."""
    connection = sqlite3.connect(folder / f"bare-{synchronous}.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(f"PRAGMA synchronous={synchronous}")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT, at REAL)")
    times = []
    for i in range(count):
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO t (code, at) VALUES (?, ?)", (str(i), time.time()))
        connection.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    connection.close()
    return statistics.median(times)


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/bench.sqlite3")
        station = Station("bench", "bench")
        settings = Settings(station_name="bench", operator="bench")
        codes = []
        with db.session() as session, session.begin():
            for i in range(2):
                body = f"49000000000{i}"
                code = body + str(gtin_check_digit(body))
                codes.append(code)
                upsert_product(
                    session,
                    CatalogueProduct(
                        f"SKU-{i}",
                        f"Item {i}",
                        [CatalogueBarcode(code)],
                        100,
                        Decimal(1),
                        False,
                        10**6,
                    ),
                )
        orders = [
            IncomingOrder(
                Marketplace.RAKUTEN,
                f"502763-20261123-{n:08d}",
                station.now(),
                [
                    IncomingShipment(
                        "1",
                        [IncomingLine("SKU-0", "Item 0", 2), IncomingLine("SKU-1", "Item 1", 2)],
                        SHIP_TO,
                    )
                ],
            )
            for n in range(ORDERS)
        ]
        Intake(db, station, settings).store_orders(orders, "bench")
        bench = PackingService(db, station, settings)
        scans: list[float] = []
        opens: list[float] = []
        t = 0.0
        for order in orders:
            start = time.perf_counter()
            bench.scan(order.number, t)
            opens.append((time.perf_counter() - start) * 1000)
            for code in (codes[0], codes[0], codes[1], codes[1]):
                t += 1000.0
                start = time.perf_counter()
                result = bench.scan(code, t)
                scans.append((time.perf_counter() - start) * 1000)
                assert result.level in (Level.GOOD, Level.DONE), result.message.render()
        db.dispose()
        return {
            "scans": len(scans),
            "median_ms": statistics.median(scans),
            "p99_ms": percentile(scans, 0.99),
            "max_ms": max(scans),
            "open_median_ms": statistics.median(opens),
            "bare_full_ms": bare_sqlite(Path(folder), "FULL"),
            "bare_normal_ms": bare_sqlite(Path(folder), "NORMAL"),
        }


def report() -> None:
    figures = run()
    print(
        f"Scan → verdict incl. commit (SQLite WAL, synchronous=FULL), {figures['scans']:,} scans:"
    )
    print(
        f"  median {figures['median_ms']:.3f} ms   p99 {figures['p99_ms']:.3f} ms   max {figures['max_ms']:.3f} ms   (goal: p99 < 2 ms)"
    )
    print(
        f"  bare SQLite insert+commit: FULL {figures['bare_full_ms']:.3f} ms, NORMAL {figures['bare_normal_ms']:.3f} ms (median)"
    )
    print(
        f"  opening the next order by scan (2,500 orders): median {figures['open_median_ms']:.3f} ms"
    )


if __name__ == "__main__":
    report()
