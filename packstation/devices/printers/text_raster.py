"""A line of text drawn into a 1-bit Bitmap with the project font, for printers without the glyphs.

Sizes follow the printer's own text: ESC/POS Font A is 12x24 dots and a Kanji 24x24 dots
(Epson ESC/POS reference, `ESC !`/`GS !`), so size (w, h) draws glyphs 24·h dots high and
stretches them w/h times sideways, as `GS !` does. Lines longer than the paper wrap at the
character that no longer fits, as the printer wraps text.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from packstation.devices.printers.raster import Bitmap
from packstation.resources import font_path_for

BASE_DOTS = 24  # the height of a Kanji and of Font A
ALIGNS = ("left", "center", "right")


@lru_cache(maxsize=32)
def _font(path: Path, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), pixels)


def render_text(
    text: str,
    width: int,
    *,
    size: tuple[int, int] = (1, 1),
    bold: bool = False,
    align: str = "left",
) -> Bitmap:
    """`text` (one block; "\\n" starts a new line) on a strip `width` dots wide."""
    if align not in ALIGNS:
        raise ValueError(f"align must be one of {ALIGNS}, not {align!r}")
    size_w, size_h = size
    stretch = size_w / size_h
    font = _font(font_path_for(text), BASE_DOTS * size_h)
    stroke = 1 if bold else 0
    line_height = (BASE_DOTS + 6) * size_h  # the printer's default 1/6-inch-like pitch
    lines = [
        piece
        for paragraph in text.split("\n")
        for piece in _wrap(paragraph, font, stroke, max(1.0, width / stretch))
    ]
    strips = []
    for line in lines:
        drawn_width = max(1, round(font.getlength(line) + 2 * stroke))
        strip = Image.new("L", (drawn_width, line_height), 255)
        ImageDraw.Draw(strip).text(
            (stroke, 0), line, font=font, fill=0, stroke_width=stroke, stroke_fill=0
        )
        if size_w != size_h:
            strip = strip.resize(
                (max(1, min(width, round(drawn_width * stretch))), line_height),
                Image.Resampling.NEAREST,
            )
        strips.append(strip)
    page = Image.new("L", (width, line_height * len(strips)), 255)
    for row, strip in enumerate(strips):
        free = width - strip.width
        x = {"left": 0, "center": free // 2, "right": free}[align]
        page.paste(strip, (max(0, x), row * line_height))
    return Bitmap.from_image(page)


def _wrap(line: str, font: ImageFont.FreeTypeFont, stroke: int, width: float) -> list[str]:
    """Greedy wrap at characters: receipts mix scripts that have no spaces to break at."""
    pieces: list[str] = []
    start = 0
    for end in range(1, len(line) + 1):
        if end - start > 1 and font.getlength(line[start:end]) + 2 * stroke > width:
            pieces.append(line[start : end - 1])
            start = end - 1
    pieces.append(line[start:])
    return pieces
