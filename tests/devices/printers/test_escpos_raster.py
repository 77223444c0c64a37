"""`GS v 0` raster images: bands, alignment, the paper's width."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.devices.printers.escpos_decode import EscPosDecoder
from packstation.devices.printers.escpos_job import ReceiptJob
from packstation.devices.printers.escpos_profiles import profile_info
from packstation.devices.printers.escpos_raster import (
    ImageTooWideError,
    band_header,
    encode_raster,
)
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.status import PrinterStatus


@st.composite
def bitmaps(draw: st.DrawFn) -> Bitmap:
    width = draw(st.integers(1, 120))
    height = draw(st.integers(1, 70))
    row_bytes = (width + 7) // 8
    pad = -width % 8
    rows = []
    for _ in range(height):
        row = bytearray(draw(st.binary(min_size=row_bytes, max_size=row_bytes)))
        row[-1] &= (0xFF << pad) & 0xFF  # padding bits are white, as in Bitmap.from_image
        rows.append(bytes(row))
    return Bitmap(width, height, b"".join(rows))


def decode_single_image(data: bytes, chunks: list[int]) -> Bitmap:
    decoder = EscPosDecoder()
    position = 0
    for size in chunks:
        decoder.feed(data[position : position + size], PrinterStatus())
        position += size
    decoder.feed(data[position:], PrinterStatus())
    (job,) = decoder.close()
    (image,) = job.images
    return Bitmap.from_image(image)


@settings(max_examples=80, deadline=None)
@given(bitmaps(), st.integers(1, 80), st.lists(st.integers(1, 50), max_size=30))
def test_round_trip_is_pixel_identical(bitmap: Bitmap, band: int, chunks: list[int]) -> None:
    data = encode_raster(bitmap, max_band_height=band)
    assert data.count(b"\x1dv0") == -(-bitmap.height // band)
    decoded = decode_single_image(data, chunks)
    assert decoded.height == bitmap.height
    assert decoded.data == bitmap.data  # same rows, padding bits included
    assert decoded.to_image().crop((0, 0, bitmap.width, bitmap.height)).tobytes() == (
        bitmap.to_image().tobytes()
    )


def test_bands_of_the_default_height() -> None:
    bitmap = Bitmap(16, 600, bytes(2 * 600))
    data = encode_raster(bitmap)
    assert data.startswith(band_header(2, 256))
    assert data.count(band_header(2, 256)) == 2
    assert band_header(2, 88) in data
    assert len(data) == 3 * 8 + 2 * 600


def test_alignment_pads_with_white_bytes() -> None:
    bitmap = Bitmap(8, 1, b"\xff")
    assert (
        encode_raster(bitmap, paper_width=64, align="right")
        == band_header(8, 1) + bytes(7) + b"\xff"
    )
    assert (
        encode_raster(bitmap, paper_width=64, align="center")
        == band_header(4, 1) + bytes(3) + b"\xff"
    )


def test_too_wide_an_image_is_refused_with_a_message() -> None:
    job = ReceiptJob(profile_info("TM-T20II"))
    with pytest.raises(ImageTooWideError) as raised:
        job.image(Bitmap(800, 1, bytes(100)))
    assert raised.value.message.text.context == "Receipt printer"
    assert "800" in str(raised.value) and "576" in str(raised.value)


def test_band_height_is_checked() -> None:
    with pytest.raises(ValueError):
        encode_raster(Bitmap(8, 1, b"\x00"), max_band_height=0)
