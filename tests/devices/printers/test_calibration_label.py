"""The test label: its size, border and ruler, and barcodes a scanner reads after the printer."""

from __future__ import annotations

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.devices.printers import tspl, zpl
from packstation.devices.printers.barcode_bars import bars_bitmap, code128_pattern
from packstation.devices.printers.calibration_label import (
    TEST_CODE128,
    qr_payload,
    render_test_label,
)
from packstation.devices.printers.label_media import LabelMedia
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.printers.tspl_decode import TsplDecoder
from packstation.devices.printers.zpl_decode import ZplDecoder

STATION = "梱包ステーション 1"
LINES = ["2026-11-23 09:00", "Оператор: Айко"]


def scanned(image) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(found.format.name, found.text) for found in zxingcpp.read_barcodes(image)}


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_label_fills_the_media_with_a_border_and_a_ruler(dpi: int) -> None:
    media = LabelMedia(100, 150, dpi=dpi)
    image = render_test_label(media, station=STATION, lines=LINES).to_image()
    assert image.size == (media.width_dots, media.height_dots)
    for x, y in [(0, 0), (image.width - 1, 0), (0, image.height - 1), (image.width // 2, 0)]:
        assert image.getpixel((x, y)) == 0
    assert image.getpixel((1, 1)) == 255
    per_mm = media.width_dots / 100 if dpi == 203 else 300 / 25.4
    margin = round(2 * per_mm)
    baseline = margin + round(4 * per_mm)
    for cm in range(10):  # the 10 mm ticks reach the top of the ruler
        assert image.getpixel((margin + round(10 * cm * per_mm), margin)) == 0
    assert image.getpixel((margin + round(5 * per_mm), margin)) == 255  # a 5 mm tick is shorter
    assert image.getpixel((margin + round(5 * per_mm), baseline - 1)) == 0


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("language", ["zpl-z64", "zpl-ascii", "tspl"])
def test_barcodes_read_back_from_what_the_printer_decoded(dpi: int, language: str) -> None:
    media = LabelMedia(100, 150, dpi=dpi)
    label = render_test_label(media, station=STATION, lines=LINES)
    if language == "tspl":
        decoder: ZplDecoder | TsplDecoder = TsplDecoder(dpi)
        data = tspl.encode_label(label, media)
    else:
        decoder = ZplDecoder(dpi)
        data = zpl.encode_label(label, media, compression=language.removeprefix("zpl-"))  # type: ignore[arg-type]
    decoder.feed(data, PrinterStatus())
    [job] = decoder.take_jobs()
    assert scanned(job.images[0]) == {("Code128", TEST_CODE128), ("QRCode", qr_payload(media))}


@pytest.mark.parametrize(("width", "height", "dpi"), [(58, 40, 203), (40, 30, 203), (50, 30, 300)])
def test_small_labels_keep_the_code_128(width: int, height: int, dpi: int) -> None:
    media = LabelMedia(width, height, dpi=dpi)
    image = render_test_label(media, station=STATION, lines=LINES).to_image()
    assert image.size == (media.width_dots, media.height_dots)
    assert ("Code128", TEST_CODE128) in scanned(image)


@settings(max_examples=25, deadline=None)
@given(st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=20))
def test_code128_of_any_text_scans_back(text: str) -> None:
    bars = bars_bitmap(code128_pattern(text), 2, 40).to_image()
    assert scanned(bars) == {("Code128", text)}
