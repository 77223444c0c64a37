"""Order → waybill PDF → 203 dpi raster → ZPL, including the database read, per label.

Side by side with the bare library route for a similar Japanese label: reportlab (text and
a Code 128) → pypdfium2 → zebrafy's Z64.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from datetime import date

import pypdfium2 as pdfium
from reportlab.graphics.barcode import code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from zebrafy import ZebrafyImage

from benchmarks.scan_verdict import SHIP_TO
from packstation.app.context import Station
from packstation.app.documents import Documents, waybill_data
from packstation.app.intake import Intake
from packstation.app.settings import Settings
from packstation.devices.printers import zpl
from packstation.devices.printers.label_media import LabelMedia
from packstation.documents import fonts
from packstation.documents.rasterize import pdf_to_bitmap
from packstation.documents.waybill import render_waybill
from packstation.domain.model import (
    CatalogueProduct,
    IncomingLine,
    IncomingOrder,
    IncomingShipment,
    Marketplace,
)
from packstation.store.catalogue import upsert_product
from packstation.store.database import Database
from packstation.store.shipping import set_shipping

LABELS = 200
MEDIA = LabelMedia(100, 150, 203)


def _ours(documents: Documents, settings: Settings, shipment_id: int) -> bytes:
    parcel = documents.parcel(shipment_id)
    pdf = render_waybill(waybill_data(parcel, settings, date.today()), dpi=203)
    return zpl.encode_label(pdf_to_bitmap(pdf, 203), MEDIA)


def _bare(number: str) -> str:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(100 * mm, 150 * mm))
    canvas.setFont(fonts.JAPANESE, 16)
    canvas.drawString(8 * mm, 130 * mm, "〒150-0001 東京都渋谷区神宮前1-2-3")
    canvas.setFont(fonts.JAPANESE, 22)
    canvas.drawString(8 * mm, 118 * mm, "山田 太郎 様")
    code128.Code128(number, barHeight=15 * mm, barWidth=0.375 * mm).drawOn(canvas, 8 * mm, 20 * mm)
    canvas.save()
    page = pdfium.PdfDocument(buffer.getvalue())[0]
    image = page.render(scale=203 / 72).to_pil().convert("L")
    return ZebrafyImage(image, format="Z64").to_zpl()


def run() -> dict[str, float]:
    fonts.register()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/bench.sqlite3")
        station = Station("bench", "bench")
        settings = Settings(station_name="bench", operator="bench")
        settings.shop.name = "梱包堂"
        with db.session() as session, session.begin():
            upsert_product(session, CatalogueProduct("TEA", "静岡 深蒸し煎茶 100g", [], 130))
        orders = [
            IncomingOrder(
                Marketplace.RAKUTEN,
                f"502763-20261123-{n:08d}",
                station.now(),
                [IncomingShipment("1", [IncomingLine("TEA", "静岡 深蒸し煎茶 100g", 2)], SHIP_TO)],
            )
            for n in range(LABELS)
        ]
        Intake(db, station, settings).store_orders(orders, "bench")
        with db.engine.begin() as connection:
            for shipment_id in range(1, LABELS + 1):
                number = f"{44441375870 + shipment_id:011d}"
                tracking = number + str(int(number) % 7)
                set_shipping(connection, shipment_id, "yamato", "宅急便", tracking)
        documents = Documents(db, settings)
        ours, bare = [], []
        for shipment_id in range(1, LABELS + 1):
            start = time.perf_counter()
            _ours(documents, settings, shipment_id)
            ours.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            _bare(f"{444413758700 + shipment_id}")
            bare.append((time.perf_counter() - start) * 1000)
        db.dispose()
    return {"ours": statistics.median(ours), "bare": statistics.median(bare)}


def report() -> None:
    figures = run()
    ratio = figures["ours"] / figures["bare"]
    print(f"Order → waybill PDF → 203 dpi raster → ZPL, median of {LABELS} labels (goal < 40 ms)")
    print(f"  packstation, with the database read   {figures['ours']:.1f} ms")
    print(f"  bare reportlab → pypdfium2 → zebrafy  {figures['bare']:.1f} ms   (ratio {ratio:.2f})")


if __name__ == "__main__":
    report()
