"""A 50-page handover manifest (Japanese shop, Yamato) rendered to PDF.

The parcel count is the most that still fits on 50 pages (totals and signatures included),
worked out from the layout's own pagination; the result is checked once: 50 pages, and the
last tracking number reads back from the last page.
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from decimal import Decimal

import pypdfium2 as pdfium

from packstation.documents.manifest import page_count, render_manifest
from packstation.documents.model import ManifestData, ManifestParcel, Shop
from packstation.domain.model import Address

RUNS = 5
PAGES = 50
SHOP = Shop(
    "梱包堂 渋谷本店",
    Address("", "", "150-0001", "東京都", "渋谷区", "神宮前1-2-3", "パックビル5階", "JP"),
    "03-1234-5678",
)


def parcels_for(pages: int) -> int:
    """The most parcels whose manifest takes `pages` pages."""
    count = 0
    while page_count(count + 1) <= pages:
        count += 1
    return count


def manifest(count: int) -> ManifestData:
    parcels = tuple(
        ManifestParcel(
            f"502763-20261123-{n:08d}", f"4{n:011d}", Decimal(600 + n % 900), ("60", "80")[n % 2]
        )
        for n in range(1, count + 1)
    )
    return ManifestData("ja", SHOP, "yamato", date(2026, 11, 23), "15:00", parcels)


def _check(pdf: bytes, data: ManifestData) -> None:
    document = pdfium.PdfDocument(pdf)
    try:
        assert len(document) == PAGES, f"{len(document)} pages, not {PAGES}"
        last = document[len(document) - 1].get_textpage().get_text_range()
    finally:
        document.close()
    assert data.parcels[-1].tracking_number in last, "the last parcel is not on the last page"


def run() -> dict[str, float]:
    count = parcels_for(PAGES)
    data = manifest(count)
    pdf = render_manifest(data)
    _check(pdf, data)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        render_manifest(data)
        times.append(time.perf_counter() - start)
    return {"parcels": count, "median_s": statistics.median(times), "bytes": len(pdf)}


def report() -> None:
    figures = run()
    print(f"Handover manifest PDF, {PAGES} pages A4 ({figures['parcels']:,} parcels):")
    print(
        f"  median of {RUNS} runs {figures['median_s']:.3f} s   {figures['bytes']:,} bytes"
        "   (goal: < 1 s)"
    )


if __name__ == "__main__":
    report()
