"""Opening an order by its scanned number with 1,000,000 orders in the database."""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from packstation.app.context import Station
from packstation.app.packing import PackingService
from packstation.app.settings import Settings
from packstation.store.database import Database
from packstation.store.orders import shipments_by_code
from packstation.store.packing import claim
from packstation.store.schema import BARCODES, LINES, ORDERS, PRODUCTS, SHIPMENTS

CACHE = Path(__file__).parent / ".cache"
ORDER_COUNT = 1_000_000
BATCH = 50_000
SHIP_TO = {
    "name": "山田 太郎",
    "postal_code": "150-0001",
    "region": "東京都",
    "city": "渋谷区",
    "line1": "神宮前1-2-3",
    "country": "JP",
    "phone": "03-1234-5678",
}


def number(n: int) -> str:
    return f"502763-20261123-{n:08d}"


def build(path: Path, count: int = ORDER_COUNT) -> None:
    """A database of `count` confirmed Rakuten orders, written in bulk."""
    db = Database(f"sqlite:///{path}")
    start = datetime(2026, 11, 20, tzinfo=UTC)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA synchronous=OFF")
        product = connection.execute(
            insert(PRODUCTS).returning(PRODUCTS.c.id),
            {
                "sku": "SKU-1",
                "name": "Item",
                "variant": "",
                "fragile": False,
                "image_path": "",
                "stock": 10**9,
                "reserved": 0,
            },
        ).scalar_one()
        connection.execute(
            insert(BARCODES),
            {
                "product_id": product,
                "code": "04900000000011",
                "printed": "4900000000011",
                "pack_quantity": 1,
                "taught": False,
            },
        )
        for first in range(0, count, BATCH):
            ids = range(first + 1, min(first + BATCH, count) + 1)
            connection.execute(
                insert(ORDERS),
                [
                    {
                        "id": i,
                        "marketplace": "rakuten",
                        "number": number(i),
                        "ordered_at": start + timedelta(seconds=i),
                        "currency": "JPY",
                        "gift": False,
                        "invoice_requested": False,
                        "buyer_notes": "",
                        "orderer": {},
                        "fingerprint": "",
                        "source": "bench",
                    }
                    for i in ids
                ],
            )
            connection.execute(
                insert(SHIPMENTS),
                [
                    {
                        "id": i,
                        "order_id": i,
                        "key": "1",
                        "seq": 1,
                        "state": "confirmed",
                        "market_status": "発送待ち",
                        "ship_by": start + timedelta(seconds=i, hours=48),
                        "time_slot": "",
                        "gift_wrap": "",
                        "noshi": "",
                        "shipping_fee": 0,
                        "carrier": "",
                        "ship_to": SHIP_TO,
                        "hold_reasons": [],
                        "stock_reserved": True,
                        "fingerprint": "",
                    }
                    for i in ids
                ],
            )
            connection.execute(
                insert(LINES),
                [
                    {
                        "shipment_id": i,
                        "seq": 1,
                        "sku": "SKU-1",
                        "name": "Item",
                        "variant": "",
                        "quantity": 2,
                        "unit_price": 1000,
                        "marketplace_sku": "",
                        "requires_mark": False,
                        "scanned": 0,
                        "scanned_by_code": 0,
                    }
                    for i in ids
                ],
            )
    db.dispose()


def cached(count: int = ORDER_COUNT) -> Path:
    """The database of `count` orders, built once into benchmarks/.cache."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"orders-{count}-v2.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        build(path.with_suffix(".tmp"), count)
        path.with_suffix(".tmp").rename(path)
        took = time.perf_counter() - started
        print(f"  (built the {count:,}-order database once in {took:.0f} s)")
    return path


def run(samples: int = 2000) -> dict[str, float]:
    source = cached()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders.sqlite3"
        shutil.copyfile(source, path)
        db = Database(f"sqlite:///{path}")
        bench = PackingService(
            db, Station("bench", "bench"), Settings(station_name="bench", operator="bench")
        )
        picks = random.Random(1).sample(range(1, ORDER_COUNT + 1), samples)
        lookups, opens = [], []
        with db.engine.connect() as connection:
            for n in picks[: samples // 2]:
                started = time.perf_counter()
                found = shipments_by_code(connection, number(n))
                lookups.append((time.perf_counter() - started) * 1000)
                assert found
        floors = []
        for n in picks[: samples // 2]:
            started = time.perf_counter()
            with db.engine.begin() as connection:
                ((shipment_id, _),) = shipments_by_code(connection, number(n))
                claim(connection, shipment_id, "floor")
            floors.append((time.perf_counter() - started) * 1000)
        for n in picks[samples // 2 :]:
            started = time.perf_counter()
            result = bench.open_code(number(n))
            opens.append((time.perf_counter() - started) * 1000)
            assert result.view is not None and result.view.number == number(n)
        db.dispose()
    return {
        "lookup_median_ms": statistics.median(lookups),
        "floor_median_ms": statistics.median(floors),
        "open_median_ms": statistics.median(opens),
        "open_p99_ms": sorted(opens)[int(0.99 * len(opens))],
    }


def report() -> None:
    figures = run()
    print("Opening an order by scanned number, 1,000,000 orders in SQLite:")
    print(
        f"  full open (lookup, load, claim, commit): median {figures['open_median_ms']:.3f} ms, "
        f"p99 {figures['open_p99_ms']:.3f} ms   (goal: median < 1 ms)"
    )
    print(
        f"  floors: lookup {figures['lookup_median_ms']:.3f} ms; lookup + one update + commit "
        f"{figures['floor_median_ms']:.3f} ms (median)"
    )


if __name__ == "__main__":
    report()
