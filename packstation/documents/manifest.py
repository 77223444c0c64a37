"""The handover manifest: one carrier's parcels of one day, signed by both sides at pickup.

An A4 PDF drawn straight on the reportlab canvas (fast enough for hundreds of parcels): the
shop and the carrier, the day and the pickup time, a numbered table of parcels that goes on
over as many pages as it needs with its header repeated, the totals on the last page and a
box per side for name, signature, stamp and the time the parcels changed hands. Every page
says "n / total".

The layout is fixed (a row is always one line high), so the pages are counted before a
single one is drawn: `page_count` tells the same number `render_manifest` produces.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from io import BytesIO

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from packstation.documents.fonts import draw_text, text_width
from packstation.documents.formatting import address_lines, carrier_name, long_date
from packstation.documents.model import LANGUAGES, ManifestData, ManifestParcel
from packstation.domain.tracking import display

TEXTS: dict[str, dict[str, str]] = {
    "title": {
        "ja": "集荷引渡書（出荷明細）",
        "ru": "Акт приёма-передачи отправлений",
        "en": "Handover manifest",
        "zh_CN": "交接凭证",
    },
    "shipper": {"ja": "荷送人", "ru": "Отправитель", "en": "Shipper", "zh_CN": "发货方"},
    "carrier": {"ja": "運送会社", "ru": "Перевозчик", "en": "Carrier", "zh_CN": "承运方"},
    "phone": {"ja": "電話", "ru": "Тел.", "en": "Phone", "zh_CN": "电话"},
    "day": {"ja": "集荷日", "ru": "Дата", "en": "Date", "zh_CN": "日期"},
    "pickup": {"ja": "集荷時刻", "ru": "Время забора", "en": "Pickup time", "zh_CN": "揽收时间"},
    "number": {"ja": "No.", "ru": "№", "en": "No.", "zh_CN": "序号"},
    "order": {"ja": "注文番号", "ru": "Номер заказа", "en": "Order number", "zh_CN": "订单号"},
    "tracking": {
        "ja": "送り状番号",
        "ru": "Трек-номер",
        "en": "Tracking number",
        "zh_CN": "运单号",
    },
    "weight": {"ja": "重量", "ru": "Вес", "en": "Weight", "zh_CN": "重量"},
    "size": {"ja": "サイズ", "ru": "Размер", "en": "Size", "zh_CN": "尺寸"},
    "check": {"ja": "確認", "ru": "Отметка", "en": "Check", "zh_CN": "核对"},
    "kg": {"ja": "kg", "ru": "кг", "en": "kg", "zh_CN": "kg"},
    "count": {
        "ja": "個数：{n}個",
        "ru": "Количество отправлений: {n} шт.",
        "en": "Parcels: {n}",
        "zh_CN": "件数：{n}件",
    },
    "total_weight": {
        "ja": "総重量：{w}",
        "ru": "Общий вес: {w}",
        "en": "Total weight: {w}",
        "zh_CN": "总重量：{w}",
    },
    "unweighed": {
        "ja": "（重量未計測：{n}個）",
        "ru": "(без веса: {n} шт.)",
        "en": "({n} not weighed)",
        "zh_CN": "（未称重：{n}件）",
    },
    "by_size": {"ja": "サイズ別：", "ru": "По размерам: ", "en": "By size: ", "zh_CN": "按尺寸："},
    "continued": {
        "ja": "次ページに続く",
        "ru": "Продолжение на следующей странице",
        "en": "Continued on the next page",
        "zh_CN": "接下页",
    },
    "hands_over": {
        "ja": "荷送人（引渡者）",
        "ru": "Сдал (отправитель)",
        "en": "Handed over by (shipper)",
        "zh_CN": "交货人（发货方）",
    },
    "receives": {
        "ja": "運送会社（受領者）",
        "ru": "Принял (перевозчик)",
        "en": "Received by (carrier)",
        "zh_CN": "收货人（承运方）",
    },
    "name": {"ja": "氏名", "ru": "ФИО", "en": "Name", "zh_CN": "姓名"},
    "signature": {"ja": "署名", "ru": "Подпись", "en": "Signature", "zh_CN": "签名"},
    "stamp": {"ja": "印", "ru": "М.П.", "en": "Stamp", "zh_CN": "盖章"},
    "handed_over_at": {
        "ja": "引渡時刻",
        "ru": "Время передачи",
        "en": "Handed over at",
        "zh_CN": "交接时间",
    },
    "received_at": {
        "ja": "受領時刻",
        "ru": "Время приёма",
        "en": "Received at",
        "zh_CN": "签收时间",
    },
}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
TOP = PAGE_HEIGHT - 14 * mm
BOTTOM = 14 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN

FIRST_TABLE_TOP = TOP - 50 * mm  # below the title and the shop / carrier blocks
NEXT_TABLE_TOP = TOP - 17 * mm  # below the title and the one-line reminder
TABLE_BOTTOM = BOTTOM + 9 * mm  # above the "continued" note and the page number
HEADER_HEIGHT = 7 * mm
ROW_HEIGHT = 6 * mm
CLOSING_HEIGHT = 72 * mm  # totals and the two signature boxes

# (key in TEXTS, width, alignment) of the table's columns, left to right.
COLUMNS = (
    ("number", 13 * mm, "right"),
    ("order", 57 * mm, "left"),
    ("tracking", 48 * mm, "left"),
    ("weight", 24 * mm, "right"),
    ("size", 20 * mm, "centre"),
    ("check", 18 * mm, "centre"),
)
CELL_PADDING = 1.8 * mm
CELL_SIZE = 9.0
SMALLEST_SIZE = 5.0

GREY = Color(0.45, 0.45, 0.45)
RULE = Color(0.6, 0.6, 0.6)
SHADE = Color(0.93, 0.93, 0.93)
HEADER_SHADE = Color(0.84, 0.84, 0.84)


def format_weight(grams: Decimal, language: str) -> str:
    """Grams as kilograms to two places: `1.25 kg`, `1 234,50 кг` in Russian."""
    kilograms = (grams / 1000).quantize(Decimal("0.01"), ROUND_HALF_UP)
    text = f"{kilograms:,.2f}"
    if language == "ru":
        whole, _, cents = text.partition(".")
        text = f"{whole.replace(',', ' ')},{cents}"
    return f"{text} {TEXTS['kg'][language]}"


def page_count(parcels: int) -> int:
    """How many pages the manifest of `parcels` parcels takes."""
    return len(_paginate(parcels)[0])


def render_manifest(data: ManifestData) -> bytes:
    """The manifest of `data` as a printable A4 PDF."""
    if data.language not in LANGUAGES:
        raise ValueError(f"no manifest texts for language {data.language!r}")
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle(TEXTS["title"][data.language])
    canvas.setAuthor(data.shop.name)
    _Manifest(canvas, data).draw()
    canvas.save()
    return buffer.getvalue()


def _paginate(parcels: int) -> tuple[list[range], bool]:
    """The rows (as indexes into the parcels) of each page, and whether the totals and
    signatures need a page of their own because they do not fit below the last rows."""
    first = int((FIRST_TABLE_TOP - HEADER_HEIGHT - TABLE_BOTTOM) / ROW_HEIGHT + 1e-6)
    following = int((NEXT_TABLE_TOP - HEADER_HEIGHT - TABLE_BOTTOM) / ROW_HEIGHT + 1e-6)
    pages = [range(min(parcels, first))]
    while pages[-1].stop < parcels:
        start = pages[-1].stop
        pages.append(range(start, min(parcels, start + following)))
    top = FIRST_TABLE_TOP if len(pages) == 1 else NEXT_TABLE_TOP
    last_bottom = top - HEADER_HEIGHT - len(pages[-1]) * ROW_HEIGHT
    closing_apart = last_bottom - CLOSING_HEIGHT < TABLE_BOTTOM
    if closing_apart:
        pages.append(range(parcels, parcels))
    return pages, closing_apart


def _fit(text: str, size: float, width: float, bold: bool) -> float:
    """The font size at which `text` fits in `width` (never below SMALLEST_SIZE)."""
    needed = text_width(text, size, bold)
    if needed <= width:
        return size
    return max(SMALLEST_SIZE, size * width / needed)


@dataclass
class _Manifest:
    """Draws one manifest, page after page, on a fresh canvas."""

    canvas: Canvas
    data: ManifestData

    def text(self, key: str) -> str:
        return TEXTS[key][self.data.language]

    def draw(self) -> None:
        pages, closing_apart = _paginate(len(self.data.parcels))
        for number, rows in enumerate(pages, start=1):
            last = number == len(pages)
            self.draw_title()
            if number == 1:
                self.draw_parties()
            else:
                self.draw_reminder()
            top = FIRST_TABLE_TOP if number == 1 else NEXT_TABLE_TOP
            if last and closing_apart:
                self.draw_closing(top)
            else:
                bottom = self.draw_table(top, rows)
                if last:
                    self.draw_closing(bottom - 6 * mm)
            if not last:
                self.put(
                    PAGE_WIDTH - MARGIN, TABLE_BOTTOM - 5 * mm, self.text("continued"), 8, "right"
                )
            self.put(PAGE_WIDTH / 2, BOTTOM, f"{number} / {len(pages)}", 9, "centre")
            self.canvas.showPage()

    def put(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        align: str = "left",
        bold: bool = False,
        width: float | None = None,
    ) -> float:
        """Draw one line of text in the font that has its glyphs; returns its width.

        With `width`, the text shrinks until it fits: a number is never cut short."""
        if width is not None:
            size = _fit(text, size, width, bold)
        return draw_text(self.canvas, x, y, text, size, bold=bold, align=align)

    def put_pair(self, x: float, y: float, label: str, value: str, size: float) -> None:
        """`label: value`, the label grey, each part in its own font."""
        self.canvas.setFillColor(GREY)
        x += self.put(x, y, label, size)
        self.canvas.setFillColor(black)
        self.put(x + 2 * mm, y, value, size)

    def draw_title(self) -> None:
        self.put(MARGIN, TOP - 6 * mm, self.text("title"), 16, bold=True)
        self.canvas.setLineWidth(0.8)
        self.canvas.line(MARGIN, TOP - 9 * mm, PAGE_WIDTH - MARGIN, TOP - 9 * mm)

    def draw_reminder(self) -> None:
        """Who hands what to whom on which day, in one line, on the pages after the first."""
        data = self.data
        parts = (
            data.shop.name,
            carrier_name(data.carrier, data.language),
            long_date(data.day, data.language),
        )
        x = MARGIN
        for index, part in enumerate(parts):
            if index:
                x += self.put(x, TOP - 13.5 * mm, "  /  ", 9)
            x += self.put(x, TOP - 13.5 * mm, part, 9)

    def draw_parties(self) -> None:
        data, language = self.data, self.data.language
        half = WIDTH / 2
        self.canvas.setFillColor(GREY)
        self.put(MARGIN, TOP - 15 * mm, self.text("shipper"), 8)
        self.put(MARGIN + half + 4 * mm, TOP - 15 * mm, self.text("carrier"), 8)
        self.canvas.setFillColor(black)

        y = TOP - 21 * mm
        self.put(MARGIN, y, data.shop.name, 11, bold=True, width=half - 4 * mm)
        for line in address_lines(data.shop.address):
            y -= 4.8 * mm
            self.put(MARGIN, y, line, 9, width=half - 4 * mm)
        phone = data.shop.phone or data.shop.address.phone
        if phone:
            self.put_pair(MARGIN, y - 4.8 * mm, self.text("phone"), phone, 9)

        x = MARGIN + half + 4 * mm
        carrier = carrier_name(data.carrier, language)
        self.put(x, TOP - 22 * mm, carrier, 14, bold=True, width=half - 4 * mm)
        self.put_pair(x, TOP - 30 * mm, self.text("day"), long_date(data.day, language), 10)
        pickup_y = TOP - 37 * mm
        self.canvas.setFillColor(GREY)
        label = self.put(x, pickup_y, self.text("pickup"), 10)
        self.canvas.setFillColor(black)
        if data.pickup_time:
            self.put(x + label + 2 * mm, pickup_y, data.pickup_time, 10)
        else:
            self.canvas.setLineWidth(0.5)
            self.canvas.line(x + label + 2 * mm, pickup_y - 1, x + label + 32 * mm, pickup_y - 1)

    def draw_table(self, top: float, rows: range) -> float:
        """The header and `rows` of the parcels table from `top` down; returns its bottom."""
        canvas, parcels = self.canvas, self.data.parcels
        bottom = top - HEADER_HEIGHT - len(rows) * ROW_HEIGHT
        canvas.setFillColor(HEADER_SHADE)
        canvas.rect(MARGIN, top - HEADER_HEIGHT, WIDTH, HEADER_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(SHADE)
        for line, index in enumerate(rows):
            if index % 2:
                y = top - HEADER_HEIGHT - (line + 1) * ROW_HEIGHT
                canvas.rect(MARGIN, y, WIDTH, ROW_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(black)

        x = MARGIN
        for key, width, align in COLUMNS:
            self.put(
                _anchor(x, width, align),
                top - HEADER_HEIGHT + 2.3 * mm,
                self.text(key),
                8.5,
                align,
                bold=True,
                width=width - 2 * CELL_PADDING,
            )
            x += width

        boxes = []
        for line, index in enumerate(rows):
            baseline = top - HEADER_HEIGHT - (line + 1) * ROW_HEIGHT + 1.9 * mm
            x = MARGIN
            for (_, width, align), value in zip(COLUMNS, self.cells(index, parcels[index])):
                if value:
                    self.put(
                        _anchor(x, width, align),
                        baseline,
                        value,
                        CELL_SIZE,
                        align,
                        width=width - 2 * CELL_PADDING,
                    )
                x += width
            boxes.append(baseline - 0.6 * mm)
        self.draw_grid(top, bottom)
        check_x = PAGE_WIDTH - MARGIN - COLUMNS[-1][1] / 2 - 1.75 * mm
        canvas.setLineWidth(0.6)
        for y in boxes:
            canvas.rect(check_x, y, 3.5 * mm, 3.5 * mm, stroke=1, fill=0)
        return bottom

    def cells(self, index: int, parcel: ManifestParcel) -> tuple[str, ...]:
        weight = parcel.weight_g
        return (
            str(index + 1),
            parcel.order_number,
            display(self.data.carrier, parcel.tracking_number),
            "—" if weight is None else format_weight(weight, self.data.language),
            parcel.size_class,
            "",
        )

    def draw_grid(self, top: float, bottom: float) -> None:
        canvas = self.canvas
        lines = []
        x = MARGIN
        for _, width, _ in COLUMNS[:-1]:
            x += width
            lines.append((x, top, x, bottom))
        y = top - HEADER_HEIGHT
        while y > bottom + 1:
            y -= ROW_HEIGHT
            lines.append((MARGIN, y, PAGE_WIDTH - MARGIN, y))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.lines(lines)
        canvas.setStrokeColor(black)
        canvas.setLineWidth(0.8)
        canvas.rect(MARGIN, bottom, WIDTH, top - bottom, stroke=1, fill=0)
        canvas.line(MARGIN, top - HEADER_HEIGHT, PAGE_WIDTH - MARGIN, top - HEADER_HEIGHT)

    def draw_closing(self, top: float) -> None:
        """The totals, then a signature box for the shipper and one for the carrier."""
        language, parcels = self.data.language, self.data.parcels
        weights = [parcel.weight_g for parcel in parcels if parcel.weight_g is not None]
        y = top - 4 * mm
        x = MARGIN + self.put(MARGIN, y, self.text("count").format(n=len(parcels)), 11, bold=True)
        total = format_weight(sum(weights, Decimal(0)), language)
        x += 10 * mm
        x += self.put(x, y, self.text("total_weight").format(w=total), 11, bold=True)
        if len(weights) < len(parcels):
            unweighed = self.text("unweighed").format(n=len(parcels) - len(weights))
            self.put(x + 3 * mm, y, unweighed, 10)
        sizes = Counter(parcel.size_class for parcel in parcels if parcel.size_class)
        if sizes:
            listing = ", ".join(
                f"{size} × {count}" for size, count in sorted(sizes.items(), key=_size_order)
            )
            self.put_pair(MARGIN, y - 6 * mm, self.text("by_size").rstrip(), listing, 9)
        box_top = y - 12 * mm
        box_width = (WIDTH - 6 * mm) / 2
        self.draw_signature_box(MARGIN, box_top, box_width, "hands_over", "handed_over_at")
        self.draw_signature_box(
            MARGIN + box_width + 6 * mm, box_top, box_width, "receives", "received_at"
        )

    def draw_signature_box(self, x: float, top: float, width: float, title: str, time: str) -> None:
        canvas = self.canvas
        height = 50 * mm
        canvas.setFillColor(HEADER_SHADE)
        canvas.rect(x, top - 7 * mm, width, 7 * mm, stroke=0, fill=1)
        canvas.setFillColor(black)
        canvas.setLineWidth(0.8)
        canvas.rect(x, top - height, width, height, stroke=1, fill=0)
        self.put(x + 3 * mm, top - 5 * mm, self.text(title), 10, bold=True)

        stamp_radius = 10 * mm
        stamp_x = x + width - stamp_radius - 4 * mm
        stamp_y = top - 7 * mm - (height - 7 * mm) / 2
        line_end = stamp_x - stamp_radius - 4 * mm
        canvas.setLineWidth(0.5)
        for row, key in enumerate(("name", "signature", time)):
            y = top - 17 * mm - row * 12 * mm
            canvas.setFillColor(GREY)
            self.put(x + 3 * mm, y, self.text(key), 9)
            canvas.setFillColor(black)
            canvas.line(x + 3 * mm, y - 2 * mm, line_end, y - 2 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setDash(2, 2)
        canvas.circle(stamp_x, stamp_y, stamp_radius, stroke=1, fill=0)
        canvas.setDash()
        canvas.setStrokeColor(black)
        canvas.setFillColor(RULE)
        self.put(stamp_x, stamp_y - 3.5, self.text("stamp"), 11, "centre")
        canvas.setFillColor(black)


def _anchor(x: float, width: float, align: str) -> float:
    """Where a cell's text is drawn from for its alignment."""
    if align == "right":
        return x + width - CELL_PADDING
    if align == "centre":
        return x + width / 2
    return x + CELL_PADDING


def _size_order(item: tuple[str, int]) -> tuple[int, int, str]:
    """Size classes in numeric order (60, 80, 100, …), named boxes after them."""
    size = item[0]
    return (0, int(size), "") if size.isdigit() else (1, 0, size)
