"""A line of text drawn into a 1-bit Bitmap with the project font, for printers without the glyphs.

Sizes follow the printer's own text: ESC/POS Font A is 12x24 dots and a Kanji 24x24 dots
(Epson ESC/POS reference, `ESC !`/`GS !`), so size (w, h) draws glyphs 24·h dots high and
stretches them w/h times sideways, as `GS !` does. Lines longer than the paper wrap at the
character that no longer fits, as the printer wraps text.

The font is proportional (a space or a "1" is narrower than Font A's 12-dot cell, a "0" or
"W" wider), so a drawn line is laid out in dots, never in cells: `text_width` is how wide it
comes out, and `render_pair` sets a value flush with the right edge, where spaces counted in
cells would leave it short or push it past.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from packstation.devices.printers.raster import Bitmap
from packstation.resources import font_path_for

BASE_DOTS = 24  # the height of a Kanji and of Font A
CELL_DOTS = BASE_DOTS // 2  # the width of a Font A character, half a Kanji's
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
    pen = _Pen(text, size, bold)
    lines = [
        piece
        for paragraph in text.split("\n")
        for piece in _wrap(paragraph, pen.font, pen.stroke, max(1.0, width / pen.stretch))
    ]
    strips = [pen.strip(line, width) for line in lines]
    page = Image.new("L", (width, pen.line_height * len(strips)), 255)
    for row, strip in enumerate(strips):
        free = width - strip.width
        x = {"left": 0, "center": free // 2, "right": free}[align]
        page.paste(strip, (max(0, x), row * pen.line_height))
    return Bitmap.from_image(page)


def render_pair(
    left: str, right: str, width: int, *, size: tuple[int, int] = (1, 1), bold: bool = False
) -> Bitmap | None:
    """`left` flush with the left edge and `right` flush with the right edge of one line
    `width` dots wide, in one font; None when they do not fit with a cell between them (or,
    one of them empty, when the other does not fit)."""
    pen = _Pen(left + right, size, bold)
    parts = [part for part in (left, right) if part]
    gap = CELL_DOTS * size[0] * (len(parts) - 1)
    if sum(pen.length(part) for part in parts) * pen.stretch + gap > width:
        return None
    page = Image.new("L", (width, pen.line_height), 255)
    if left:
        page.paste(pen.strip(left, width), (0, 0))
    if right:
        strip = pen.strip(right, width)
        page.paste(strip, (width - strip.width, 0))
    return Bitmap.from_image(page)


def text_width(text: str, *, size: tuple[int, int] = (1, 1), bold: bool = False) -> float:
    """The dots one line of `text` takes when drawn."""
    pen = _Pen(text, size, bold)
    return pen.length(text) * pen.stretch


class _Pen:
    """The font, stroke and stretch text in one style is drawn with."""

    def __init__(self, text: str, size: tuple[int, int], bold: bool) -> None:
        size_w, size_h = size
        self.stretch = size_w / size_h
        self.font = _font(font_path_for(text), BASE_DOTS * size_h)
        self.stroke = 1 if bold else 0
        self.line_height = (BASE_DOTS + 6) * size_h  # the printer's default 1/6-inch-like pitch

    def length(self, line: str) -> float:
        """Dots across `line` before stretching: its advance and the stroke on both sides."""
        return self.font.getlength(line) + 2 * self.stroke

    def strip(self, line: str, width: int) -> Image.Image:
        """`line` drawn on a strip as wide as its ink, stretched, at most `width`."""
        drawn_width = max(1, round(self.length(line)))
        strip = Image.new("L", (drawn_width, self.line_height), 255)
        ImageDraw.Draw(strip).text(
            (self.stroke, 0),
            line,
            font=self.font,
            fill=0,
            stroke_width=self.stroke,
            stroke_fill=0,
        )
        if self.stretch != 1:
            strip = strip.resize(
                (max(1, min(width, round(drawn_width * self.stretch))), self.line_height),
                Image.Resampling.NEAREST,
            )
        return strip


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
