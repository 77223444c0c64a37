"""A 100x150 mm waybill raster at 203 dpi into ZPL (Z64, ASCII compressed) and TSPL BITMAP.

Ours starts from the Pillow image, as zebrafy does (`Bitmap.from_image` included), and each
result is checked once: it decodes dot for dot in the simulator's decoder.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image
from zebrafy import ZebrafyImage

from benchmarks.timing import median_ms
from packstation.devices.printers import tspl, zpl
from packstation.devices.printers.calibration_label import render_test_label
from packstation.devices.printers.label_media import LabelMedia
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.simulation import SimDecoder
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.printers.tspl_decode import TsplDecoder
from packstation.devices.printers.zpl_decode import ZplDecoder

RUNS = 50
MEDIA = LabelMedia(100, 150, dpi=203)


def _decodes_to(decoder: SimDecoder, data: bytes, image: Image.Image) -> None:
    decoder.feed(data, PrinterStatus())
    [job] = decoder.take_jobs()
    assert job.complete and job.images[0].tobytes() == image.tobytes(), "decoded label differs"


def run() -> list[tuple[str, float, int]]:
    """(route, median ms, bytes sent) for each route."""
    image = render_test_label(
        MEDIA, station="梱包ステーション 1", lines=["2026-11-23 09:00", "Заказ № 1001"]
    ).to_image()

    def ours_zpl(compression: zpl.Compression) -> bytes:
        return zpl.encode_label(Bitmap.from_image(image), MEDIA, compression=compression)

    def zebrafy(fmt: str) -> bytes:
        label = ZebrafyImage(image, format=fmt, dither=False, set_label_size=True).to_zpl()
        return label.encode("ascii")

    routes: list[tuple[str, Callable[[], bytes], SimDecoder]] = [
        ("ZPL Z64, ours", lambda: ours_zpl("z64"), ZplDecoder(203)),
        ("ZPL Z64, zebrafy", lambda: zebrafy("Z64"), ZplDecoder(203)),
        ("ZPL ASCII compressed, ours", lambda: ours_zpl("ascii"), ZplDecoder(203)),
        ("ZPL ASCII compressed, zebrafy", lambda: zebrafy("ASCII_COMPRESSED"), ZplDecoder(203)),
        (
            "TSPL BITMAP, ours",
            lambda: tspl.encode_label(Bitmap.from_image(image), MEDIA),
            TsplDecoder(203),
        ),
    ]
    results = []
    for name, make, decoder in routes:
        data = make()
        _decodes_to(decoder, data, image)
        results.append((name, median_ms(make, RUNS), len(data)))
    return results


def report() -> None:
    print(f"Label raster 100x150 mm at 203 dpi (800x1200 dots), median of {RUNS} runs:")
    for name, median, size in run():
        print(f"  {name:<31} {median:7.2f} ms   {size:>9,} bytes")
    print("  (each output decodes dot for dot in the simulator's decoder; goal: ours ≤ zebrafy)")


if __name__ == "__main__":
    report()
