"""Bitmaps, media and chunked feeding shared by the ZPL, TSPL and test-label tests."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st
from PIL import Image

from packstation.devices.printers.label_media import LabelMedia, dots_per_mm
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.simulation import DecodedJob, SimDecoder
from packstation.devices.printers.status import PrinterStatus


def clean_bitmap(width: int, height: int, data: bytes) -> Bitmap:
    """`data` as a bitmap, the padding bits at the end of each row white."""
    row_bytes = (width + 7) // 8
    spare = row_bytes * 8 - width
    mask = (0xFF << spare) & 0xFF
    rows = bytearray(data[: row_bytes * height].ljust(row_bytes * height, b"\0"))
    for end in range(row_bytes - 1, len(rows), row_bytes):
        rows[end] &= mask
    return Bitmap(width, height, bytes(rows))


@st.composite
def bitmaps(draw: st.DrawFn, max_width: int = 90, max_height: int = 40) -> Bitmap:
    width = draw(st.integers(1, max_width))
    height = draw(st.integers(1, max_height))
    size = (width + 7) // 8 * height
    # Mostly white and black with runs, as labels are, plus random bytes.
    byte = st.sampled_from([0x00, 0x00, 0xFF, 0x0F, 0xF0, 0x55]) | st.integers(0, 255)
    data = draw(st.lists(byte, min_size=size, max_size=size))
    return clean_bitmap(width, height, bytes(data))


def exact_media(bitmap: Bitmap, dpi: int, **options: object) -> LabelMedia:
    """Media of exactly the bitmap's size in dots."""
    per_mm = dots_per_mm(dpi)
    width = (Decimal(bitmap.width) + Decimal("0.5")) / per_mm
    height = (Decimal(bitmap.height) + Decimal("0.5")) / per_mm
    return LabelMedia(width, height, dpi=dpi, **options)  # type: ignore[arg-type]


def feed_in_pieces(
    decoder: SimDecoder, data: bytes, cuts: list[int], status: PrinterStatus | None = None
) -> tuple[bytes, list[DecodedJob]]:
    """Feed `data` cut after each of the `cuts` lengths (then the rest); replies and jobs."""
    status = status or PrinterStatus()
    replies = b""
    position = 0
    for cut in cuts:
        replies += decoder.feed(data[position : position + cut], status)
        position += cut
    replies += decoder.feed(data[position:], status)
    return replies, decoder.take_jobs()


def same_pixels(image: Image.Image, bitmap: Bitmap) -> bool:
    expected = bitmap.to_image()
    return image.size == expected.size and image.tobytes() == expected.tobytes()
