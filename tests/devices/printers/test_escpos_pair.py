"""A label on the left and a value on the right: the value ends at the paper's last cell,
drawn (raster) or sent as text, read back through the printer simulator's decoder."""

from __future__ import annotations

import unicodedata

import pytest
from PIL import Image, ImageDraw, ImageFont, ImageOps

from packstation.devices.printers.escpos_decode import EscPosDecoder
from packstation.devices.printers.escpos_job import ReceiptJob
from packstation.devices.printers.escpos_profiles import ProfileInfo, profile_info
from packstation.devices.printers.simulation import DecodedJob
from packstation.devices.printers.status import PrinterStatus
from packstation.resources import font_path_for

TM_T20 = profile_info("TM-T20II")  # 576 dots: 48 cells
NT_5890K = profile_info("NT-5890K")  # 384 dots: 32 cells
# Proportional text: wide digits and yen signs, narrow "1"s and commas.
PAIRS = [
    ("合計", "¥7,670"),
    ("注文日", "2026年11月23日"),
    ("  2 x ¥1,080", "¥2,160 ※"),
    ("Total", "€1,111.11"),
    ("Итого", "2 888,50 руб."),
]


def printed(data: bytes, profile: ProfileInfo) -> DecodedJob:
    decoder = EscPosDecoder(profile)
    decoder.feed(data, PrinterStatus())
    jobs = decoder.close()
    assert len(jobs) == 1
    return jobs[0]


def bearing(text: str) -> float:
    """The white the font leaves right of its last glyph's printed ink, within its advance."""
    font = ImageFont.truetype(str(font_path_for(text)), 24)
    last = Image.new("L", (48, 30), 255)
    ImageDraw.Draw(last).text((0, 0), text[-1], font=font, fill=0)
    return font.getlength(text[-1]) - ink(last.point(lambda grey: 0 if grey < 160 else 255))[2]


def cells(line: str) -> int:
    """Font A cells sent as text: kana, kanji and marks such as ※ take two, the rest one."""
    return sum(
        2 if ord(char) > 0x2000 and unicodedata.east_asian_width(char) in "WFA" else 1
        for char in line
    )


def ink(image: Image.Image) -> tuple[int, int, int, int]:
    box = ImageOps.invert(image.convert("L")).getbbox()
    assert box is not None
    return box


@pytest.mark.parametrize("profile", [TM_T20, NT_5890K], ids=["80mm", "58mm"])
@pytest.mark.parametrize(("label", "value"), PAIRS)
@pytest.mark.parametrize("bold", [False, True])
def test_a_drawn_value_ends_at_the_right_margin(
    profile: ProfileInfo, label: str, value: str, bold: bool
) -> None:
    job = ReceiptJob(profile, "raster")
    assert job.pair(label, value, bold=bold)
    (image,) = printed(job.bytes(), profile).images
    left, _, right, _ = ink(image)
    margin = profile.width_dots  # 48 and 32 cells of 12 dots: the paper's whole width
    assert margin - right == pytest.approx(bearing(label + value), abs=1.5)
    assert margin - 5 <= right <= margin
    assert left <= 3 or label.startswith(" ")


@pytest.mark.parametrize(("label", "value"), PAIRS[:3])
def test_a_value_sent_as_text_ends_in_the_last_cell(label: str, value: str) -> None:
    job = ReceiptJob(TM_T20, "kanji")
    assert job.pair(label, value)
    line = printed(job.bytes(), TM_T20).text
    assert line.startswith(label) and line.endswith(" " + value)
    assert cells(line) == 48


def test_a_pair_that_does_not_fit_prints_nothing() -> None:
    for mode in ("raster", "kanji"):
        job = ReceiptJob(NT_5890K, mode)
        assert not job.pair("ご注文者様のお名前とご住所", "東京都渋谷区渋谷2丁目21-1")
        assert job.bytes() == ReceiptJob(NT_5890K, mode).bytes()


def test_a_value_alone_ends_at_the_right_margin_however_long() -> None:
    job = ReceiptJob(NT_5890K, "raster")
    assert job.pair("", "ООО «Самовар и Чай»")
    assert ink(printed(job.bytes(), NT_5890K).images[0])[2] >= 381
