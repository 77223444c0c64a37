"""Raster encoding of a 100x150 mm label at 203 dpi for a 4-inch ESC/POS printer.

800x1200 dots, paper 832 dots wide: `encode_raster` (GS v 0 in 256-dot bands) beside
python-escpos 3.1 `Dummy().image(pil_image)` (impl bitImageRaster, fragments of 960 dots;
the "default" profile has no width to check). Both start from the same Pillow image; ours
includes the conversion to a Bitmap. The output must decode pixel-identical.
"""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from benchmarks.timing import median_ms
from packstation.devices.printers.barcode_bars import bars_bitmap, code128_pattern
from packstation.devices.printers.escpos_decode import EscPosDecoder
from packstation.devices.printers.escpos_library import Dummy, quiet
from packstation.devices.printers.escpos_raster import encode_raster
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.status import PrinterStatus
from packstation.resources import font_path

WIDTH, HEIGHT, PAPER = 800, 1200, 832
RUNS = 50


def label() -> Image.Image:
    """A waybill-like label: boxes, text in three scripts, a Code 128 barcode."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(str(font_path()), 56)
    small = ImageFont.truetype(str(font_path()), 30)
    draw.rectangle((10, 10, WIDTH - 10, HEIGHT - 10), outline=0, width=6)
    for y in (250, 520, 1000):
        draw.line((10, y, WIDTH - 10, y), fill=0, width=4)
    draw.text((40, 40), "〒150-0001 東京都渋谷区", font=big, fill=0)
    draw.text((40, 130), "山田 太郎 様  03-1234-5678", font=small, fill=0)
    draw.text((40, 280), "Заказ №502763-20261123", font=big, fill=0)
    draw.text((40, 380), "Packstation demo shop, 2 items, 1.25 kg", font=small, fill=0)
    bars = bars_bitmap(code128_pattern("502763-20261123-00000001"), 3, 300).to_image()
    image.paste(bars.convert("L"), ((WIDTH - bars.width) // 2, 620))
    draw.text((40, 1040), "Packed 2026-11-23 09:41  Station A", font=small, fill=0)
    return image


def run() -> dict[str, float]:
    image = label()

    def ours() -> bytes:
        return encode_raster(Bitmap.from_image(image), paper_width=PAPER)

    def python_escpos() -> bytes:
        printer = Dummy()
        with quiet():
            printer.image(image)
        return printer.output

    encoded = ours()
    bitmap = Bitmap.from_image(image)
    decoder = EscPosDecoder()
    decoder.feed(encoded, PrinterStatus())
    (job,) = decoder.close()
    (decoded,) = job.images
    assert Bitmap.from_image(decoded) == Bitmap.from_image(image), "raster did not round-trip"
    return {
        "ours_ms": median_ms(ours, RUNS),
        "encode_only_ms": median_ms(lambda: encode_raster(bitmap, paper_width=PAPER), RUNS),
        "python_escpos_ms": median_ms(python_escpos, RUNS),
        "ours_bytes": len(encoded),
        "python_escpos_bytes": len(python_escpos()),
    }


def report() -> None:
    figures = run()
    print(f"ESC/POS raster, {WIDTH}x{HEIGHT} dot label (100x150 mm, 203 dpi), median of {RUNS}:")
    print(f"  {'encoder':<34}{'ms':>9}{'bytes':>10}")
    print(
        f"  {'packstation encode_raster':<34}{figures['ours_ms']:>9.2f}{figures['ours_bytes']:>10,}"
    )
    print(f"  {'  of which GS v 0 bands from a Bitmap':<34}{figures['encode_only_ms']:>9.3f}")
    print(
        f"  {'python-escpos Dummy().image()':<34}{figures['python_escpos_ms']:>9.2f}"
        f"{figures['python_escpos_bytes']:>10,}"
    )
    print("  (both from the same Pillow image; goal: at least as fast; decoded pixel-identical)")


if __name__ == "__main__":
    report()
