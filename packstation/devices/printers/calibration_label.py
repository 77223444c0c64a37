"""The label a shop owner prints to check a label printer: size, scale, text, barcodes.

Everything is drawn on whole dots: a 1-dot border at the media edge (is the label where the
printer thinks it is?), a millimetre ruler with 10 mm marks (does 10 mm print as 10 mm?),
large text in Latin, Japanese and Cyrillic (is the font there, is the darkness right?), the
station, the media settings, the caller's lines, a Code 128 symbol (module 3 dots at 203 dpi,
4 at 300) and a QR code with integer modules, both of which a scanner must read back.
"""

from __future__ import annotations

from dataclasses import dataclass

import qrcode
from PIL import Image, ImageDraw, ImageFont

from packstation.devices.printers.barcode_bars import (
    QUIET_MODULES,
    bars_bitmap,
    code128_pattern,
)
from packstation.devices.printers.label_media import LabelMedia, dots_per_mm, format_mm
from packstation.devices.printers.raster import Bitmap
from packstation.resources import font_path, font_path_for

TEST_CODE128 = "PS-TEST-0001"
TITLE = "TEST"
SUBTITLES = ("テスト印刷", "Тестовая печать")
_BAR_MODULE = {203: 3, 300: 4}  # dots
_QR_MODULE_MM = 0.75

_QR_QUIET_MODULES = 4  # ISO/IEC 18004


def qr_payload(media: LabelMedia) -> str:
    """What the test label's QR code holds: the test code and the media in dots."""
    return f"{TEST_CODE128} {media.width_dots}x{media.height_dots}@{media.dpi}"


def render_test_label(media: LabelMedia, *, station: str, lines: list[str]) -> Bitmap:
    """The test label, exactly the media's size in dots; parts that do not fit are left out.

    The Code 128 symbol keeps its room first, then the text fills what is left from the top;
    the QR code comes last, where there is room for it.
    """
    width, height = media.width_dots, media.height_dots
    per_mm = float(dots_per_mm(media.dpi))
    canvas = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, width - 1, height - 1), outline=0, width=1)
    margin = round(2 * per_mm)
    inner = width - 2 * margin
    gap = round(1.5 * per_mm)
    y = margin + _ruler(draw, margin, margin, inner, per_mm)
    barcode = _Code128Block.make(media, inner, height, per_mm, gap)
    reserved = barcode.height + gap if barcode and y + barcode.height <= height - margin else 0

    settings = (
        f"{format_mm(media.width_mm)} × {format_mm(media.height_mm)} mm, {media.dpi} dpi, "
        f"{width} × {height} dots"
    )
    title_mm = min(16.0, 0.2 * height / per_mm)
    texts = [
        (TITLE, title_mm),
        *((line, 6.0) for line in SUBTITLES),
        (station, 5.0),
        (settings, 3.2),
    ]
    texts += [(line, 3.2) for line in lines]
    for text, size_mm in texts:
        font = _fitting_font(text, round(size_mm * per_mm), inner)
        left, top, _, bottom = draw.textbbox((0, 0), text, font=font)
        if y + bottom - top > height - margin - reserved:
            break
        draw.text((margin - left, y - top), text, font=font, fill=0)
        y += bottom - top + gap

    if reserved and barcode:
        barcode.draw(canvas, draw, y)
        y += reserved
    _qr(canvas, media, margin, y, per_mm)
    return Bitmap.from_image(canvas)


def _ruler(draw: ImageDraw.ImageDraw, x: int, y: int, length: int, per_mm: float) -> int:
    """Ticks every millimetre, longer every 5 and numbered every 10 (in cm); its height."""
    tall = round(4 * per_mm)
    font = ImageFont.truetype(str(font_path()), max(round(2.5 * per_mm), 8))
    draw.line((x, y + tall, x + length - 1, y + tall), fill=0)
    mm = 0
    while round(mm * per_mm) < length:
        tick_x = x + round(mm * per_mm)
        tick = tall if mm % 10 == 0 else round((2.5 if mm % 5 == 0 else 1.5) * per_mm)
        draw.line((tick_x, y + tall - tick, tick_x, y + tall), fill=0)
        if mm % 10 == 0 and mm:
            draw.text((tick_x + 2, y), str(mm // 10), font=font, fill=0)
        mm += 1
    return tall + round(2 * per_mm)


def _fitting_font(text: str, size: int, width: int) -> ImageFont.FreeTypeFont:
    """The font at `size` dots, or smaller until `text` fits in `width` dots."""
    font = ImageFont.truetype(str(font_path_for(text)), max(size, 8))
    length = font.getlength(text)
    if length > width:
        font = ImageFont.truetype(str(font_path_for(text)), max(int(size * width / length), 8))
    return font


@dataclass(frozen=True)
class _Code128Block:
    """The Code 128 symbol with its quiet zones and its text below, `height` dots in all."""

    bars: Bitmap
    font: ImageFont.FreeTypeFont
    text_top: int  # the font's offset above the text's ink
    gap: int

    @property
    def height(self) -> int:
        return self.bars.height + self.gap + self.text_height

    @property
    def text_height(self) -> int:
        _, top, _, bottom = self.font.getbbox(TEST_CODE128)
        return bottom - top

    @classmethod
    def make(
        cls, media: LabelMedia, inner: int, height: int, per_mm: float, gap: int
    ) -> _Code128Block | None:
        modules = code128_pattern(TEST_CODE128)
        module = _BAR_MODULE[media.dpi]
        while module > 1 and (len(modules) + 2 * QUIET_MODULES) * module > inner:
            module -= 1
        bars = bars_bitmap(modules, module, round(min(15 * per_mm, 0.25 * height)))
        if bars.width > inner:
            return None
        font = _fitting_font(TEST_CODE128, round(3.5 * per_mm), inner)
        return cls(bars, font, font.getbbox(TEST_CODE128)[1], gap)

    def draw(self, canvas: Image.Image, draw: ImageDraw.ImageDraw, y: int) -> None:
        canvas.paste(self.bars.to_image().convert("L"), ((canvas.width - self.bars.width) // 2, y))
        text_x = (canvas.width - round(self.font.getlength(TEST_CODE128))) // 2
        text_y = y + self.bars.height + self.gap - self.text_top
        draw.text((text_x, text_y), TEST_CODE128, font=self.font, fill=0)


def _qr(canvas: Image.Image, media: LabelMedia, margin: int, y: int, per_mm: float) -> None:
    """The QR code centred below `y`, modules of whole dots, if it fits with its quiet zone."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(qr_payload(media))
    code.make(fit=True)
    matrix = code.get_matrix()
    count = len(matrix)
    room_x = canvas.width - 2 * margin
    room_y = canvas.height - margin - y
    module = max(round(_QR_MODULE_MM * per_mm), 2)
    while module > 2 and (count + 2 * _QR_QUIET_MODULES) * module > min(room_x, room_y):
        module -= 1
    side = count * module
    if (count + 2 * _QR_QUIET_MODULES) * module > min(room_x, room_y):
        return
    left = (canvas.width - side) // 2
    top = y + _QR_QUIET_MODULES * module
    draw = ImageDraw.Draw(canvas)
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                x0, y0 = left + column * module, top + row * module
                draw.rectangle((x0, y0, x0 + module - 1, y0 + module - 1), fill=0)
