"""The day's handover manifest of 2,000 parcels, from the database to the PDF's bytes.

A SQLite database of 2,000 packed Yamato parcels weighed on one day (every tenth order went
out in two parcels; three boxes, one of them without dimensions), written in bulk. Timed: the
whole manifest (`Documents.manifest` and `render_manifest`) and its data alone, and beside
them the floors: the joined query of the parcels' rows alone and the render alone.
"""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from benchmarks.timing import median_ms
from packstation.app.documents import Documents
from packstation.app.settings import Settings
from packstation.documents.manifest import render_manifest
from packstation.store.database import Database
from packstation.store.manifest import manifest_rows
from packstation.store.schema import LINES, ORDERS, PRODUCTS, SHIPMENTS

PARCELS = 2_000
RUNS = 5
DAY = date(2026, 11, 23)
BOXES = [("BOX-60", 250, 180, 150), ("BOX-80", 330, 240, 200), ("BAG", None, None, None)]
PRODUCT = {"variant": "", "fragile": False, "image_path": "", "stock": 0, "reserved": 0}
SHIP_TO = {
    "name": "山田 太郎",
    "postal_code": "150-0001",
    "region": "東京都",
    "city": "渋谷区",
    "line1": "神宮前1-2-3",
    "country": "JP",
    "phone": "03-1234-5678",
}


def _order(order: int, at: datetime) -> dict[str, object]:
    return {
        "id": order,
        "marketplace": "rakuten",
        "number": f"502763-20261122-{order:08d}",
        "ordered_at": at,
        "currency": "JPY",
        "gift": False,
        "invoice_requested": False,
        "buyer_notes": "",
        "orderer": {},
        "fingerprint": "",
        "source": "bench",
    }


def _line(shipment_id: int) -> dict[str, object]:
    return {
        "shipment_id": shipment_id,
        "seq": 1,
        "sku": "TEA",
        "name": "Green tea 100g",
        "variant": "",
        "quantity": 1,
        "unit_price": 1000,
        "marketplace_sku": "",
        "requires_mark": False,
        "scanned": 1,
        "scanned_by_code": 0,
    }


def _shipment(n: int, order: int, seq: int, weighed: datetime) -> dict[str, object]:
    box = BOXES[n % len(BOXES)][0]
    return {
        "id": n,
        "order_id": order,
        "key": "1" if seq == 1 else f"1/{seq}",
        "seq": seq,
        "split_from": None if seq == 1 else "1",
        "state": "packed",
        "market_status": "発送待ち",
        "ship_by": weighed + timedelta(hours=24),
        "time_slot": "",
        "gift_wrap": "",
        "noshi": "",
        "shipping_fee": 0,
        "carrier": "yamato",
        "service": "宅急便",
        "ship_to": SHIP_TO,
        "hold_reasons": [],
        "stock_reserved": True,
        "fingerprint": "",
        "box_sku": box,
        "weight_mg": (600 + n * 7 % 4000) * 1000,
        "weighed_at": weighed,
        "tracking_number": f"4444{n:08d}",
    }


def build(path: Path) -> None:
    """PARCELS parcels of Rakuten orders; the first of every ten orders goes in two."""
    db = Database(f"sqlite:///{path}")
    start = datetime.combine(DAY, time(9)).astimezone()
    products = [{"sku": "TEA", "name": "Green tea 100g", "weight_g": 120}] + [
        {
            "sku": sku,
            "name": sku,
            "is_box": True,
            "weight_g": 150,
            "length_mm": length,
            "width_mm": width,
            "height_mm": height,
        }
        for sku, length, width, height in BOXES
    ]
    orders, shipments, lines = [], [], []
    order, seq = 0, 2
    for n in range(1, PARCELS + 1):
        if seq == 1 and order % 10 == 1:
            seq = 2
        else:
            order, seq = order + 1, 1
            orders.append(_order(order, start - timedelta(days=1, seconds=order)))
        shipments.append(_shipment(n, order, seq, start + timedelta(seconds=8 * n)))
        lines.append(_line(n))
    with db.engine.begin() as connection:
        for product in products:
            connection.execute(insert(PRODUCTS), PRODUCT | product)
        connection.execute(insert(ORDERS), orders)
        connection.execute(insert(SHIPMENTS), shipments)
        connection.execute(insert(LINES), lines)
    db.dispose()


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "manifest.sqlite3"
        build(path)
        db = Database(f"sqlite:///{path}")
        documents = Documents(db, Settings(station_name="bench", operator="bench"))
        data = documents.manifest("yamato", DAY)
        assert len(data.parcels) == PARCELS, len(data.parcels)
        with db.engine.connect() as connection:
            ids = list(connection.scalars(select(SHIPMENTS.c.id).order_by(SHIPMENTS.c.id)))
            query_ms = median_ms(lambda: manifest_rows(connection, ids), RUNS)
        data_ms = median_ms(lambda: documents.manifest("yamato", DAY), RUNS)
        render_ms = median_ms(lambda: render_manifest(data), RUNS)
        total_ms = median_ms(lambda: render_manifest(documents.manifest("yamato", DAY)), RUNS)
        db.dispose()
    return {"total_ms": total_ms, "data_ms": data_ms, "query_ms": query_ms, "render_ms": render_ms}


def report() -> None:
    figures = run()
    print(f"Handover manifest of {PARCELS:,} parcels from SQLite to the PDF (median of {RUNS}):")
    print(
        f"  data + render {figures['total_ms']:.0f} ms (the data {figures['data_ms']:.0f} ms)"
        "   (goal: < 1000 ms)"
    )
    print(
        f"  floors: the joined query alone {figures['query_ms']:.0f} ms,"
        f" the render alone {figures['render_ms']:.0f} ms"
    )


if __name__ == "__main__":
    report()
