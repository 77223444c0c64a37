"""PDF pages as the 1-bit dots a thermal printer prints (pypdfium2).

A page is rendered at `dpi / 72` pixels per point in grey and thresholded: a pixel darker than
`threshold` prints. pypdfium2 sizes the bitmap `ceil(page size × scale)`, so a page that is a
whole number of dots (as the waybill's is) comes out exactly that many dots.

The threshold, chosen by looking at 7 and 8 pt IPAex Gothic at 203 dpi (a stroke is about
one dot and anti-aliasing spreads it over two grey pixels): at 96, strokes of 京 and 霞 drop
out; at 128 the lower strokes of 県 and 番 thin to broken single dots; at 192 the dense 霞 and
鑑 start to fill in, and at 224 霞 is a black blot. 160 keeps every stroke and the counters
open, and is what `raster.DEFAULT_THRESHOLD` (the receipt printer's) already is.
"""

from __future__ import annotations

import math

import pypdfium2 as pdfium
from PIL import Image

from packstation.devices.printers.raster import DEFAULT_THRESHOLD, Bitmap

THRESHOLD = DEFAULT_THRESHOLD


def pdf_pages(pdf: bytes) -> int:
    """How many pages `pdf` has."""
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def pdf_to_bitmap(pdf: bytes, dpi: int, threshold: int = THRESHOLD, page: int = 0) -> Bitmap:
    """Page `page` of `pdf` at `dpi`, grey below `threshold` black."""
    return Bitmap.from_image(render_grey(pdf, dpi / 72, page), threshold)


def fit_marketplace_label(
    pdf: bytes,
    media_width_dots: int,
    media_height_dots: int,
    dpi: int,
    threshold: int = THRESHOLD,
    page: int = 0,
) -> Bitmap:
    """A marketplace's label PDF (Ozon FBS) on the loaded label, as it is.

    Printed at its own size when it fits; a label larger than the media is scaled down (never
    up) until it fits whole, never cropped. It is centred on the media, and the bitmap is the
    media's size.
    """
    document = pdfium.PdfDocument(pdf)
    try:
        width_pt, height_pt = document[page].get_size()
    finally:
        document.close()
    scale = dpi / 72
    scale = min(scale, media_width_dots / width_pt, media_height_dots / height_pt)
    # pypdfium2 rounds the bitmap size up: step below a size that would come out one too big.
    while math.ceil(width_pt * scale) > media_width_dots or (
        math.ceil(height_pt * scale) > media_height_dots
    ):
        scale *= 0.9999
    label = render_grey(pdf, scale, page)
    media = Image.new("L", (media_width_dots, media_height_dots), 255)
    media.paste(
        label,
        ((media_width_dots - label.width) // 2, (media_height_dots - label.height) // 2),
    )
    return Bitmap.from_image(media, threshold)


def render_grey(pdf: bytes, scale: float, page: int = 0) -> Image.Image:
    """Page `page` of `pdf` as a grey Pillow image, `scale` pixels per point, white paper."""
    document = pdfium.PdfDocument(pdf)
    try:
        if not 0 <= page < len(document):
            raise IndexError(f"the PDF has {len(document)} pages, no page {page + 1}")
        bitmap = document[page].render(scale=scale, grayscale=True, fill_color=(255, 255, 255, 255))
        return bitmap.to_pil().convert("L")
    finally:
        document.close()
