"""The waybill (送り状): one 100 × 150 mm label per parcel, laid out on the printer's dot grid.

From the top: the carrier band (name and service), delivery date, time slot, size and
weight; the ship-to address, large; the sender, small, with the ship date; contents, order
number and parcel n of m; cash on delivery and the handling marks (ワレモノ / FRAGILE,
天地無用 / THIS SIDE UP); the tracking number, grouped for reading and as the carrier's
barcode.

The page is exactly the label's dots (`page_dots`): pypdfium2 sizes a bitmap
`ceil(page × dpi / 72)`, so the page is made a hair (0.005 pt) smaller than its whole
number of dots. Every box, line and bar is placed in whole dots from the top-left corner,
so what a 203 or 300 dpi head prints is what the PDF shows. A text too long for its box
is set smaller (or on a second line where the box allows), never cut.

Texts are in the waybill's language: the carrier's (Japanese carriers Japanese, Russian
ones Russian, DHL and UPS English), else the destination's, unless the caller says.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from packstation.devices.printers.label_media import LabelMedia, dots_per_mm
from packstation.documents import barcodes
from packstation.documents.carrier_marks import (
    CarrierMark,
    language_for,
    mark_for,
    symbology_for,
)
from packstation.documents.fonts import JAPANESE, font_for
from packstation.documents.formatting import address_lines, long_date, money
from packstation.documents.model import WaybillData
from packstation.domain.model import Address
from packstation.domain.tracking import display, validate

WIDTH_MM = 100
HEIGHT_MM = 150
_SHAVE_PT = 0.005  # below a whole dot, so that pypdfium2's ceil() lands on it

TEXTS: dict[str, dict[str, str]] = {
    "title": {"ja": "送り状", "ru": "Накладная", "en": "Waybill", "zh_CN": "运单"},
    "ship_to": {"ja": "お届け先", "ru": "Кому", "en": "Ship to", "zh_CN": "收件人"},
    "sender": {"ja": "ご依頼主", "ru": "От кого", "en": "From", "zh_CN": "寄件人"},
    "delivery_date": {
        "ja": "お届け予定日",
        "ru": "Дата доставки",
        "en": "Delivery date",
        "zh_CN": "送达日期",
    },
    "time_slot": {"ja": "時間帯", "ru": "Время", "en": "Time slot", "zh_CN": "时段"},
    "size": {"ja": "サイズ", "ru": "Размер", "en": "Size", "zh_CN": "尺寸"},
    "weight": {"ja": "重量", "ru": "Вес", "en": "Weight", "zh_CN": "重量"},
    "unspecified": {"ja": "指定なし", "ru": "не указано", "en": "any", "zh_CN": "不指定"},
    "ship_date": {"ja": "発送日", "ru": "Отправлено", "en": "Shipped", "zh_CN": "发货日期"},
    "contents": {"ja": "品名", "ru": "Вложение", "en": "Contents", "zh_CN": "品名"},
    "order": {"ja": "注文番号", "ru": "Заказ", "en": "Order", "zh_CN": "订单号"},
    "parcel": {"ja": "個口", "ru": "Место", "en": "Parcel", "zh_CN": "件数"},
    "cod": {
        "ja": "代金引換",
        "ru": "Наложенный платёж",
        "en": "Cash on delivery",
        "zh_CN": "货到付款",
    },
    "fragile": {"ja": "ワレモノ", "ru": "ХРУПКОЕ", "en": "FRAGILE", "zh_CN": "易碎品"},
    "this_side_up": {"ja": "天地無用", "ru": "ВЕРХ", "en": "THIS SIDE UP", "zh_CN": "此面向上"},
    "tracking": {
        "ja": "お問い合せ番号",
        "ru": "Трек-номер",
        "en": "Tracking number",
        "zh_CN": "运单号",
    },
    "phone": {"ja": "TEL", "ru": "Тел.", "en": "Tel.", "zh_CN": "电话"},
    "kg": {"ja": "kg", "ru": "кг", "en": "kg", "zh_CN": "kg"},
    "honorific": {"ja": "様", "ru": "", "en": "", "zh_CN": ""},
}

_BLACK = HexColor("#000000")
_WHITE = HexColor("#FFFFFF")
_LINE_GAP = 1.18  # line height / font size
_ASCENT = 0.86  # baseline below the top of the line, / font size


def page_dots(dpi: int) -> tuple[int, int]:
    """The label in printer dots: 800 × 1200 at 203 dpi, 1181 × 1771 at 300 dpi.

    The same whole dots the label printer's media settings count (`LabelMedia`, rounded down
    so that a raster never runs past the label's edge).
    """
    media = LabelMedia(WIDTH_MM, HEIGHT_MM, dpi)
    return media.width_dots, media.height_dots


def render_waybill(data: WaybillData, dpi: int = 203, language: str | None = None) -> bytes:
    """The waybill as a one-page PDF sized to whole dots at `dpi` (203 or 300)."""
    mark = mark_for(data.carrier)
    language = language or language_for(mark, data.ship_to.country)
    width, height = page_dots(dpi)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(width * 72 / dpi - _SHAVE_PT, height * 72 / dpi - _SHAVE_PT),
        invariant=True,
    )
    canvas.setTitle(f"{TEXTS['title'][language]} {data.order_number}")
    canvas.setCreator("packstation")
    _Waybill(_Sheet(canvas, dpi, width, height), data, mark, language).draw()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class _Item:
    """One text of a block: its nominal size in points and how many lines it may take."""

    text: str
    size: float
    bold: bool = False
    max_lines: int = 1


class _Sheet:
    """A canvas addressed in printer dots from the top-left corner."""

    def __init__(self, canvas: Canvas, dpi: int, width: int, height: int) -> None:
        self.canvas = canvas
        self.dpi = dpi
        self.width = width
        self.height = height
        self.per_mm = float(dots_per_mm(dpi))

    def mm(self, value: float) -> int:
        """Millimetres as whole dots."""
        return round(value * self.per_mm)

    def pt(self, dots: float) -> float:
        return dots * 72 / self.dpi

    def dots(self, points: float) -> float:
        return points * self.dpi / 72

    def fill(self, x: int, y: int, w: int, h: int, colour: HexColor = _BLACK) -> None:
        """A filled rectangle, top-left (x, y), in whole dots."""
        canvas = self.canvas
        canvas.saveState()
        canvas.scale(72 / self.dpi, 72 / self.dpi)
        canvas.setFillColor(colour)
        canvas.rect(
            x + barcodes.INSET,
            self.height - y - h + barcodes.INSET,
            w - 2 * barcodes.INSET,
            h - 2 * barcodes.INSET,
            stroke=0,
            fill=1,
        )
        canvas.restoreState()

    def frame(self, x: int, y: int, w: int, h: int, line: int) -> None:
        """A box outline `line` dots thick, inside (x, y, w, h)."""
        self.fill(x, y, w, line)
        self.fill(x, y + h - line, w, line)
        self.fill(x, y, line, h)
        self.fill(x + w - line, y, line, h)

    def text(
        self,
        x: float,
        top: float,
        text: str,
        size: float,
        bold: bool = False,
        colour: HexColor = _BLACK,
    ) -> None:
        """`text` at `size` points, its line's top at `top` dots, starting at `x` dots.

        IPAex Gothic has no bold: bold Japanese is drawn filled and stroked (render mode 2).
        """
        font = font_for(text, bold)
        canvas = self.canvas
        canvas.saveState()
        canvas.setFillColor(colour)
        canvas.setStrokeColor(colour)
        baseline = top + self.dots(size * _ASCENT)
        text_object = canvas.beginText(self.pt(x), self.pt(self.height - baseline))
        text_object.setFont(font, size)
        if bold and font == JAPANESE:
            canvas.setLineWidth(size * 0.045)
            text_object.setTextRenderMode(2)
        text_object.textOut(text)
        canvas.drawText(text_object)
        canvas.restoreState()

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        """Width of `text` in dots."""
        return self.dots(stringWidth(text, font_for(text, bold), size))

    def fitted_size(self, text: str, size: float, width: float, bold: bool = False) -> float:
        """`size`, or smaller so that `text` fits `width` dots on one line."""
        natural = self.text_width(text, size, bold)
        return size if natural <= width else size * width / natural * 0.999

    def wrap(self, text: str, size: float, width: float, bold: bool = False) -> list[str]:
        """`text` in lines no wider than `width` (a word wider than that stays whole)."""
        lines: list[str] = []
        line = ""
        for token in _tokens(text):
            candidate = line + token
            if line and self.text_width(candidate.rstrip(), size, bold) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line = candidate
        if line.strip():
            lines.append(line.rstrip())
        return lines or [""]

    def stack(self, x: int, y: int, w: int, h: int, items: list[_Item]) -> None:
        """The items one under another in the box, all scaled down together until they fit.

        Each item first takes more lines (up to its `max_lines`), then a smaller size; when
        even that overflows the box, every size shrinks by 5 % and the block is tried again.
        """
        items = [item for item in items if item.text]
        scale = 1.0
        while True:
            laid = [self._lay(item, item.size * scale, w) for item in items]
            total = sum(len(lines) * size * _LINE_GAP for lines, size in laid)
            if self.dots(total) <= h or scale < 0.1:
                break
            scale *= 0.95
        top = float(y)
        for item, (lines, size) in zip(items, laid, strict=True):
            for line in lines:
                self.text(x, top, line, size, item.bold)
                top += self.dots(size * _LINE_GAP)

    def _lay(self, item: _Item, size: float, width: float) -> tuple[list[str], float]:
        """Lines and size of one item.

        On one line if that takes no more than 30 % off its size (a name or a street reads
        best unbroken); else wrapped into at most `max_lines`; else set smaller.
        """
        one_line = self.fitted_size(item.text, size, width, item.bold)
        if one_line >= size * 0.7 or item.max_lines == 1:
            return [item.text], one_line
        lines = self.wrap(item.text, size, width, item.bold)
        while len(lines) > item.max_lines or any(
            self.text_width(line, size, item.bold) > width for line in lines
        ):
            if len(lines) <= item.max_lines:
                widest = max(self.text_width(line, size, item.bold) for line in lines)
                size *= width / widest * 0.999
            else:
                size *= 0.95
            lines = self.wrap(item.text, size, width, item.bold)
        return lines, size

    def centred(
        self,
        x: int,
        y: int,
        w: int,
        h: int,
        text: str,
        size: float,
        bold: bool = False,
        colour: HexColor = _BLACK,
    ) -> None:
        """One line centred in the box, set smaller if it is too wide or too high for it."""
        size = self.fitted_size(text, size, w, bold)
        size = min(size, h / self.dots(_LINE_GAP))
        left = x + (w - self.text_width(text, size, bold)) / 2
        # centre the glyphs (about 0.8 em from baseline to cap top), not the line box
        top = y + (h - self.dots(size)) / 2 - self.dots(size * (_ASCENT - 0.8))
        self.text(left, top, text, size, bold, colour)


class _Waybill:
    """The waybill's blocks, each in its band of the label (millimetres from the top)."""

    def __init__(self, sheet: _Sheet, data: WaybillData, mark: CarrierMark, language: str):
        self.sheet = sheet
        self.data = data
        self.mark = mark
        self.language = language
        self.margin = sheet.mm(3)
        self.inner = sheet.width - 2 * self.margin
        self.line = max(1, sheet.mm(0.25))
        self.thick = max(2, sheet.mm(0.4))

    def t(self, key: str) -> str:
        return TEXTS[key][self.language]

    def draw(self) -> None:
        self.band(3, 15)
        self.schedule(16, 29)
        self.ship_to(30, 80)
        self.sender(81, 101)
        self.details(102, 114)
        self.marks(115, 125)
        self.tracking(126, 147)

    def band(self, top: float, bottom: float) -> None:
        sheet, mark = self.sheet, self.mark
        y, h = sheet.mm(top), sheet.mm(bottom) - sheet.mm(top)
        colour = HexColor(mark.band_text)
        sheet.fill(self.margin, y, self.inner, h, HexColor(mark.band))
        sheet.frame(self.margin, y, self.inner, h, self.line)
        pad = sheet.mm(2)
        name_width = self.inner * 0.6 - pad
        name = mark.name(self.language)
        size = sheet.fitted_size(name, 20, name_width, bold=True)
        size = min(size, h * 0.8 / sheet.dots(_LINE_GAP))
        sheet.text(self.margin + pad, y + (h - sheet.dots(size)) / 2, name, size, True, colour)
        service = self.data.service
        if service:
            width = self.inner * 0.4 - 2 * pad
            size = min(sheet.fitted_size(service, 13, width, bold=True), 13)
            left = self.margin + self.inner - pad - sheet.text_width(service, size, True)
            sheet.text(left, y + (h - sheet.dots(size)) / 2, service, size, True, colour)

    def schedule(self, top: float, bottom: float) -> None:
        data = self.data
        unspecified = self.t("unspecified")
        delivery = long_date(data.delivery_date, self.language) if data.delivery_date else ""
        cells = [
            (30, self.t("delivery_date"), delivery or unspecified),
            (26, self.t("time_slot"), data.time_slot or unspecified),
            (16, self.t("size"), data.size_class or "—"),
            (22, self.t("weight"), self.weight() or "—"),
        ]
        self.cells(
            top, bottom, [(width, label, [_Item(value, 12, True)]) for width, label, value in cells]
        )

    def weight(self) -> str:
        grams = self.data.weight_g
        if grams is None:
            return ""
        kilograms = (Decimal(grams) / 1000).quantize(Decimal("0.01")).normalize()
        text = format(kilograms, "f")
        if self.language == "ru":
            text = text.replace(".", ",")
        return f"{text} {self.t('kg')}"

    def ship_to(self, top: float, bottom: float) -> None:
        sheet, address = self.sheet, self.data.ship_to
        y, h = sheet.mm(top), sheet.mm(bottom) - sheet.mm(top)
        sheet.frame(self.margin, y, self.inner, h, self.thick)
        tab_h = sheet.mm(5)
        tab_w = min(self.inner // 2, sheet.mm(24))
        sheet.fill(self.margin, y, tab_w, tab_h)
        sheet.centred(self.margin, y, tab_w, tab_h, self.t("ship_to"), 9, True, _WHITE)
        pad = sheet.mm(3)
        sheet.stack(
            self.margin + pad,
            y + tab_h + sheet.mm(1.5),
            self.inner - 2 * pad,
            h - tab_h - sheet.mm(1.5) - self.thick - sheet.mm(1),
            self.ship_to_items(address),
        )

    def ship_to_items(self, address: Address) -> list[_Item]:
        lines = address_lines(address)
        honorific = self.t("honorific")
        name = f"{address.name} {honorific}" if address.name and honorific else address.name
        phone = f"{self.t('phone')} {address.phone}" if address.phone else ""
        if lines and lines[0].startswith("〒"):
            return [
                _Item(lines[0], 18, True),
                *(_Item(line, 15, max_lines=2) for line in lines[1:]),
                _Item(name, 24, True, max_lines=2),
                _Item(phone, 12),
            ]
        last_bold = (address.country or "").upper() == "RU" and bool(address.postal_code)
        body = [_Item(line, 15, max_lines=2) for line in lines]
        if last_bold and body:
            body[-1] = _Item(body[-1].text, 18, True)
        return [_Item(name, 22, True, max_lines=2), *body, _Item(phone, 12)]

    def sender(self, top: float, bottom: float) -> None:
        sheet, shop = self.sheet, self.data.sender
        y, h = sheet.mm(top), sheet.mm(bottom) - sheet.mm(top)
        sheet.frame(self.margin, y, self.inner, h, self.line)
        tab_h = sheet.mm(4)
        tab_w = min(self.inner // 2, sheet.mm(20))
        sheet.fill(self.margin, y, tab_w, tab_h)
        sheet.centred(self.margin, y, tab_w, tab_h, self.t("sender"), 7, True, _WHITE)
        shipped = f"{self.t('ship_date')} {long_date(self.data.ship_date, self.language)}"
        pad = sheet.mm(2)
        width = self.inner - tab_w - 2 * pad
        size = sheet.fitted_size(shipped, 7, width)
        left = self.margin + self.inner - pad - sheet.text_width(shipped, size)
        sheet.text(left, y + (tab_h - sheet.dots(size)) / 2, shipped, size)
        joiner = " " if (shop.address.country or "JP").upper() == "JP" else ", "
        phone = f"{self.t('phone')} {shop.phone}" if shop.phone else ""
        sheet.stack(
            self.margin + pad,
            y + tab_h + sheet.mm(1),
            self.inner - 2 * pad,
            h - tab_h - sheet.mm(1) - self.line - sheet.mm(0.5),
            [
                _Item(shop.name, 10, True),
                _Item(joiner.join(address_lines(shop.address)), 8, max_lines=2),
                _Item(phone, 8),
            ],
        )

    def details(self, top: float, bottom: float) -> None:
        data = self.data
        number, count = data.parcel
        self.cells(
            top,
            bottom,
            [
                (42, self.t("contents"), [_Item(data.contents or "—", 9, max_lines=2)]),
                (34, self.t("order"), [_Item(data.order_number or "—", 9, True, max_lines=2)]),
                (18, self.t("parcel"), [_Item(f"{number} / {count}", 14, True)]),
            ],
        )

    def marks(self, top: float, bottom: float) -> None:
        sheet, data = self.sheet, self.data
        y, h = sheet.mm(top), sheet.mm(bottom) - sheet.mm(top)
        gap = sheet.mm(1.5)
        x = self.margin
        if data.cod_amount is not None:
            w = sheet.mm(44)
            sheet.fill(x, y, w, h)
            label_h = int(h * 0.38)
            sheet.centred(x, y + sheet.mm(0.5), w, label_h, self.t("cod"), 8, True, _WHITE)
            amount = money(data.cod_amount, data.currency)
            sheet.centred(x, y + label_h, w, h - label_h, amount, 14, True, _WHITE)
            x += w + gap
        badges = [
            key
            for key, on in (("fragile", data.fragile), ("this_side_up", data.this_side_up))
            if on
        ]
        if not badges:
            return
        right = self.margin + self.inner
        w = min(sheet.mm(30), (right - x - gap * (len(badges) - 1)) // len(badges))
        x = right - len(badges) * w - (len(badges) - 1) * gap
        for key in badges:
            sheet.fill(x, y, w, h)
            english = TEXTS[key]["en"]
            if self.language == "en":
                sheet.centred(x, y, w, h, english, 12, True, _WHITE)
            else:
                main_h = int(h * 0.62)
                sheet.centred(x, y + sheet.mm(0.5), w, main_h, self.t(key), 13, True, _WHITE)
                sheet.centred(x, y + main_h, w, h - main_h, english, 7, True, _WHITE)
            x += w + gap

    def tracking(self, top: float, bottom: float) -> None:
        sheet = self.sheet
        y, h = sheet.mm(top), sheet.mm(bottom) - sheet.mm(top)
        sheet.fill(self.margin, y, self.inner, self.line)
        number = self.tracking_number()
        label = self.t("tracking")
        label_size = 8
        line_h = sheet.mm(6)
        sheet.text(self.margin, y + sheet.mm(1.6), label, label_size)
        shown = display(self.data.carrier, number) if number else "—"
        left = self.margin + sheet.text_width(label, label_size) + sheet.mm(3)
        width = self.margin + self.inner - left
        size = min(sheet.fitted_size(shown, 15, width, bold=True), 15)
        sheet.text(left, y + sheet.mm(0.8), shown, size, True)
        if number:
            self.barcode(number, y + line_h + sheet.mm(1), h - line_h - sheet.mm(1))

    def tracking_number(self) -> str:
        """The number as the barcode holds it: normalised when it is valid, else as given."""
        check = validate(self.data.carrier, self.data.tracking_number)
        return check.normalized if check.ok else self.data.tracking_number.strip()

    def barcode(self, number: str, y: int, h: int) -> None:
        """The tracking barcode, centred, its modules whole dots; narrower modules if needed."""
        sheet = self.sheet
        symbology = symbology_for(self.mark, number)
        bottom = sheet.height - y - h
        if symbology == "qr":
            modules = len(barcodes.qr_matrix(number))
            module = max(1, h // modules)
            size = modules * module
            x = (sheet.width - size) // 2
            barcodes.draw_qr(sheet.canvas, x, sheet.height - y - size, number, module, sheet.dpi)
            return
        if symbology == "codabar":
            data = f"A{number}A"
            module = max(1, int(0.3 * sheet.per_mm))
            while module > 1 and not _fits(
                barcodes.codabar_width(data, module), module, sheet.width
            ):
                module -= 1
            width = barcodes.codabar_width(data, module)
            x = (sheet.width - width) // 2
            barcodes.draw_codabar(sheet.canvas, x, bottom, data, module, h, sheet.dpi)
            return
        module = max(1, int(0.38 * sheet.per_mm))
        while module > 1 and not _fits(barcodes.code128_width(number, module), module, sheet.width):
            module -= 1
        width = barcodes.code128_width(number, module)
        x = (sheet.width - width) // 2
        barcodes.draw_code128(sheet.canvas, x, bottom, number, module, h, sheet.dpi)

    def cells(self, top: float, bottom: float, cells: list[tuple[float, str, list[_Item]]]) -> None:
        """A row of boxed cells: a small label on top, the values below it."""
        sheet = self.sheet
        y, h = sheet.mm(top), sheet.mm(bottom) - sheet.mm(top)
        x = self.margin
        total = sum(width for width, _, _ in cells)
        pad = sheet.mm(1.2)
        for index, (width_mm, label, items) in enumerate(cells):
            w = (
                self.margin + self.inner - x
                if index == len(cells) - 1
                else round(self.inner * width_mm / total)
            )
            sheet.frame(x, y, w, h, self.line)
            label_size = sheet.fitted_size(label, 6.5, w - 2 * pad)
            sheet.text(x + pad, y + sheet.mm(0.7), label, label_size)
            value_top = y + sheet.mm(0.7) + sheet.dots(6.5 * _LINE_GAP) + sheet.mm(0.3)
            value_h = y + h - self.line - sheet.mm(0.4) - value_top
            sheet.stack(x + pad, int(value_top), w - 2 * pad, int(value_h), items)
            x += w


def _fits(width: int, module: int, page_width: int) -> bool:
    """Bars plus a quiet zone of 10 modules either side fit the label's width."""
    return width + 2 * barcodes.QUIET_MODULES * module <= page_width


_TOKEN = re.compile(r"[^\s\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\S\s*|\s+")


def _tokens(text: str) -> list[str]:
    """Words (with the space after them) for Latin and Cyrillic; each CJK character alone."""
    return _TOKEN.findall(text)
