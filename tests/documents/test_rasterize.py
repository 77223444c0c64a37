"""PDF → printer dots: sizes, threshold, pages, and marketplace labels put on the media whole."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import zxingcpp
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from packstation.devices.printers.raster import Bitmap
from packstation.documents.rasterize import (
    THRESHOLD,
    fit_marketplace_label,
    pdf_pages,
    pdf_to_bitmap,
)

OZON_LABEL = Path(__file__).parent / "fixtures" / "ozon-label.pdf"
POSTING = "57195475-0050-3"
# the fixture's frame: a 69 x 114 mm rectangle stroked 1 pt wide, in dots at 203 dpi
FRAME = ((69 * mm + 1) * 203 / 72, (114 * mm + 1) * 203 / 72)


def ink_box(bitmap: Bitmap) -> tuple[int, int, int, int]:
    """The bounding box (left, top, right, bottom) of the black dots."""
    box = bitmap.to_image().convert("L").point(lambda level: 255 - level).getbbox()
    assert box is not None
    return box


def codes(bitmap: Bitmap) -> list[str]:
    image = bitmap.to_image().convert("L")
    return [
        result.text
        for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)
    ]


def pdf_of(pages: list[tuple[float, float, int]]) -> bytes:
    """Pages of (width pt, height pt, grey level of a full-page fill)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True)
    for width, height, grey in pages:
        canvas.setPageSize((width, height))
        canvas.setFillGray(grey / 255)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_the_ozon_label_prints_as_it_is_centred_on_the_media() -> None:
    bitmap = fit_marketplace_label(OZON_LABEL.read_bytes(), 800, 1200, 203)
    assert (bitmap.width, bitmap.height) == (800, 1200)
    assert codes(bitmap) == [POSTING]
    left, top, right, bottom = ink_box(bitmap)
    # the frame at its own size (pdfium may add a dot either side), centred
    assert right - left == pytest.approx(FRAME[0], abs=3)
    assert bottom - top == pytest.approx(FRAME[1], abs=3)
    assert abs(left - (800 - right)) <= 1 and abs(top - (1200 - bottom)) <= 1


def test_the_ozon_label_at_300_dpi() -> None:
    bitmap = fit_marketplace_label(OZON_LABEL.read_bytes(), 1181, 1771, 300)
    assert (bitmap.width, bitmap.height) == (1181, 1771)
    assert codes(bitmap) == [POSTING]


def test_a_label_larger_than_the_media_is_scaled_down_whole() -> None:
    # 58 x 100 mm media at 203 dpi: the 75 x 120 mm label must shrink to 464 dots wide
    bitmap = fit_marketplace_label(OZON_LABEL.read_bytes(), 464, 800, 203)
    assert (bitmap.width, bitmap.height) == (464, 800)
    left, top, right, bottom = ink_box(bitmap)
    scale = 464 / (75 * mm * 203 / 72)
    assert right - left == pytest.approx(FRAME[0] * scale, abs=3)
    assert bottom - top == pytest.approx(FRAME[1] * scale, abs=3)
    assert left > 0 and top > 0 and right < 464 and bottom < 800  # nothing cropped
    assert codes(bitmap) == [POSTING]


def test_a_small_label_is_never_scaled_up() -> None:
    bitmap = fit_marketplace_label(OZON_LABEL.read_bytes(), 1600, 2400, 203)
    left, top, right, bottom = ink_box(bitmap)
    assert right - left == pytest.approx(FRAME[0], abs=3)
    assert bottom - top == pytest.approx(FRAME[1], abs=3)


def test_a_page_exactly_the_media_size_fits_without_scaling() -> None:
    pdf = pdf_of([(800 * 72 / 203 - 0.005, 1200 * 72 / 203 - 0.005, 0)])
    bitmap = fit_marketplace_label(pdf, 800, 1200, 203)
    assert bitmap.to_image().getextrema() == (0, 0)  # every dot of the media: not scaled


def test_the_ozon_fixture_is_the_label_it_claims_to_be() -> None:
    pdf = OZON_LABEL.read_bytes()
    assert pdf_pages(pdf) == 1
    bitmap = pdf_to_bitmap(pdf, 203)
    assert (bitmap.width, bitmap.height) == (600, 960)  # 75 x 120 mm at 8 dots/mm
    assert codes(bitmap) == [POSTING]


def test_pages_and_page_index() -> None:
    pdf = pdf_of([(100, 50, 255), (100, 50, 0)])
    assert pdf_pages(pdf) == 2
    white, black = pdf_to_bitmap(pdf, 72), pdf_to_bitmap(pdf, 72, page=1)
    assert white.to_image().getextrema() == (255, 255)
    assert black.to_image().getextrema() == (0, 0)
    with pytest.raises(IndexError):
        pdf_to_bitmap(pdf, 72, page=2)


@pytest.mark.parametrize(("grey", "threshold", "black"), [(150, 160, True), (170, 160, False)])
def test_threshold(grey: int, threshold: int, black: bool) -> None:
    bitmap = pdf_to_bitmap(pdf_of([(72, 72, grey)]), 72, threshold)
    assert (bitmap.width, bitmap.height) == (72, 72)
    assert bitmap.to_image().getextrema() == ((0, 0) if black else (255, 255))


def test_the_default_threshold_is_the_printers() -> None:
    assert THRESHOLD == 160


def test_the_size_is_pypdfium2s_ceiling_of_the_page_in_dots() -> None:
    assert (pdf_to_bitmap(pdf_of([(100 * mm, 150 * mm, 255)]), 203).height) == 1199
    assert (pdf_to_bitmap(pdf_of([(100 * mm, 150 * mm, 255)]), 203).width) == 800
