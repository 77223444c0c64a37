"""The packing slip (納品書 / Упаковочный лист / Packing slip / 发货单) as an A4 or A5 PDF.

Layout, top to bottom: the shop (logo, name, address, phone, e-mail) beside the title, the
order number as text and as a Code 128 barcode and the order and ship dates; the ship-to
(お届け先) and orderer (ご注文者) blocks, each left out when it has nothing in it; the table
of lines, continued on further pages with its header repeated; shipping fee, discount and
total; the qualified-invoice block (登録番号 and the tax per rate, `tax.py`) when the buyer
asked for one and the shop is registered; the gift message; the shop's thank-you. Every page
ends with the order number and "1 / 2".

A gift slip goes in the parcel of a present: it shows no price, amount or total anywhere.

Every text is set in `fonts.font_for(text)`, line by line, so Japanese, Chinese and Russian
never fall into a font without their glyphs; characters that font lacks (Droid Sans
Fallback, the Chinese font, has no Latin letters or digits) go in DejaVu Sans (`font_runs`). The words are in the document's language
(`data.language`), from `TEXTS`, which the receipt layout shares.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from packstation.documents import fonts
from packstation.documents.formatting import address_lines, long_date, money
from packstation.documents.model import SlipData
from packstation.documents.tax import REDUCED_RATE, TaxBucket, tax_breakdown
from packstation.domain.model import Address
from packstation.resources import is_cjk

PAGES = ("A4", "A5")  # the keys of _SHEETS
REDUCED_MARK = "※"

TEXTS: dict[str, dict[str, str]] = {
    "title": {"ja": "納品書", "ru": "Упаковочный лист", "en": "Packing slip", "zh_CN": "发货单"},
    "order_number": {
        "ja": "注文番号",
        "ru": "Номер заказа",
        "en": "Order number",
        "zh_CN": "订单号",
    },
    "ordered_at": {"ja": "注文日", "ru": "Дата заказа", "en": "Order date", "zh_CN": "下单日期"},
    "ship_date": {"ja": "出荷日", "ru": "Дата отгрузки", "en": "Ship date", "zh_CN": "发货日期"},
    "ship_to": {"ja": "お届け先", "ru": "Получатель", "en": "Ship to", "zh_CN": "收货人"},
    "orderer": {"ja": "ご注文者", "ru": "Заказчик", "en": "Ordered by", "zh_CN": "订购人"},
    "honorific": {"ja": "様", "ru": "", "en": "", "zh_CN": ""},
    "phone": {"ja": "TEL", "ru": "Тел.", "en": "Tel.", "zh_CN": "电话"},
    "email": {"ja": "E-mail", "ru": "Эл. почта", "en": "E-mail", "zh_CN": "邮箱"},
    "sku": {"ja": "商品番号", "ru": "Артикул", "en": "SKU", "zh_CN": "商品编号"},
    "name": {"ja": "商品名", "ru": "Наименование", "en": "Item", "zh_CN": "商品名称"},
    "variant": {"ja": "項目", "ru": "Вариант", "en": "Variant", "zh_CN": "规格"},
    "quantity": {"ja": "数量", "ru": "Кол-во", "en": "Qty", "zh_CN": "数量"},
    "unit_price": {"ja": "単価", "ru": "Цена", "en": "Unit price", "zh_CN": "单价"},
    "amount": {"ja": "金額", "ru": "Сумма", "en": "Amount", "zh_CN": "金额"},
    "subtotal": {"ja": "小計", "ru": "Подытог", "en": "Subtotal", "zh_CN": "小计"},
    "shipping": {"ja": "送料", "ru": "Доставка", "en": "Shipping", "zh_CN": "运费"},
    "discount": {"ja": "割引", "ru": "Скидка", "en": "Discount", "zh_CN": "优惠"},
    "tax": {"ja": "消費税", "ru": "Налог", "en": "Tax", "zh_CN": "消费税"},
    "total": {"ja": "合計", "ru": "Итого", "en": "Total", "zh_CN": "合计"},
    "registration": {
        "ja": "登録番号",
        "ru": "Регистрационный номер",
        "en": "Registration number",
        "zh_CN": "登记号码",
    },
    "rate_total": {
        "ja": "{rate}%対象",
        "ru": "По ставке {rate}%",
        "en": "Subject to {rate}%",
        "zh_CN": "{rate}%税率对象",
    },
    "tax_included": {
        "ja": "内消費税",
        "ru": "в т. ч. налог",
        "en": "incl. tax",
        "zh_CN": "含消费税",
    },
    "tax_added": {"ja": "消費税", "ru": "налог", "en": "tax", "zh_CN": "消费税"},
    "reduced_note": {
        "ja": "※は軽減税率対象",
        "ru": "※ — пониженная ставка налога",
        "en": "※ reduced tax rate",
        "zh_CN": "※为轻减税率对象",
    },
    "gift_message": {
        "ja": "メッセージ",
        "ru": "Поздравление",
        "en": "Gift message",
        "zh_CN": "礼品留言",
    },
    "thank_you": {
        "ja": "この度はご注文いただき、誠にありがとうございました。",
        "ru": "Спасибо за покупку!",
        "en": "Thank you for your order!",
        "zh_CN": "感谢您的惠顾！",
    },
}


def text(key: str, language: str, **values: object) -> str:
    """The word `key` in `language`, with `{placeholders}` filled from `values`."""
    return TEXTS[key][language].format(**values)


@dataclass(frozen=True)
class SlipTotals:
    """What the slip's totals say; `tax_added` is non-zero only for tax-excluded prices."""

    subtotal: Decimal
    tax_added: Decimal
    total: Decimal
    buckets: tuple[TaxBucket, ...]


def slip_totals(data: SlipData) -> SlipTotals:
    """Subtotal, consumption tax per rate, and the total the buyer paid."""
    subtotal = sum((line.amount for line in data.lines), Decimal(0))
    taxed = any(line.tax_rate is not None for line in data.lines)
    buckets = (
        tax_breakdown(data.lines, data.shipping_fee, data.discount, data.prices_include_tax)
        if taxed
        else []
    )
    tax_added = Decimal(0) if data.prices_include_tax else sum((b.tax for b in buckets), Decimal(0))
    total = subtotal + data.shipping_fee - data.discount + tax_added
    return SlipTotals(subtotal, tax_added, total, tuple(buckets))


def shows_invoice(data: SlipData) -> bool:
    """The qualified-invoice block: asked for by the buyer, possible for a registered shop.

    Never on a gift slip, which shows no amounts.
    """
    return data.invoice_requested and bool(data.shop.registration_number) and not data.gift


def thank_you(data: SlipData) -> str:
    """The shop's own thank-you when it is written in the slip's script, else the default.

    A shop has one thank-you; a Japanese one on an English slip would greet a buyer who
    cannot read it, so the slip then says the standard words in its language. Japanese is
    told from Chinese by its kana.
    """
    own = data.shop.thank_you
    cjk = any(is_cjk(char) for char in own)
    kana = any("\u3040" <= char <= "\u30ff" for char in own)
    cyrillic = any("\u0400" <= char <= "\u04ff" for char in own)
    fits = {"ja": kana, "zh_CN": cjk and not kana, "ru": cyrillic and not cjk}
    if own and fits.get(data.language, not cjk and not cyrillic):
        return own
    return text("thank_you", data.language)


def is_reduced(rate: Decimal | None) -> bool:
    return rate is not None and rate == REDUCED_RATE


def percent(rate: Decimal) -> str:
    """`Decimal("0.08")` → "8"."""
    return f"{(rate * 100).normalize():f}"


def person_lines(address: Address, language: str) -> list[str]:
    """An address block: Japanese puts the name, with 様, after the address; others first."""
    lines = address_lines(address)
    honorific = text("honorific", language)
    if language == "ja":
        name = f"{address.name} {honorific}" if address.name else ""
        lines = [*lines, name]
    else:
        lines = [address.name, *lines]
    if address.phone:
        lines.append(f"{text('phone', language)} {address.phone}")
    return [line for line in lines if line]


def people_blocks(data: SlipData) -> list[tuple[str, list[str]]]:
    """The ship-to and orderer blocks as (heading key, lines), each left out when it has
    nothing to show: no name, address or phone (an Ozon posting carries no orderer)."""
    blocks = []
    for key, address in (("ship_to", data.ship_to), ("orderer", data.orderer)):
        lines = person_lines(address, data.language) if address is not None else []
        if lines:
            blocks.append((key, lines))
    return blocks


def render_slip_pdf(data: SlipData, page: str = "A4") -> bytes:
    """The packing slip of `data` on `page` ("A4" or "A5") paper, as PDF bytes."""
    if page not in PAGES:
        raise ValueError(f"page must be one of {PAGES}, not {page!r}")
    fonts.register()
    sheet = _SHEETS[page]
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=sheet.size,
        leftMargin=sheet.margin,
        rightMargin=sheet.margin,
        topMargin=sheet.margin,
        bottomMargin=sheet.margin + sheet.font * 2,
        title=f"{text('title', data.language)} {data.order_number}",
        author=data.shop.name,
    )
    story = _Story(data, sheet, document.width).flowables()
    document.build(story, canvasmaker=_footer_canvas(data.order_number, sheet))
    return out.getvalue()


@dataclass(frozen=True)
class _Sheet:
    """Sizes for one paper size, in points."""

    size: tuple[float, float]
    margin: float
    font: float  # body text
    title: float
    logo_height: float
    bar_height: float


_SHEETS = {
    "A4": _Sheet(A4, 14 * mm, 9, 20, 16 * mm, 12 * mm),
    "A5": _Sheet(A5, 9 * mm, 7, 15, 12 * mm, 10 * mm),
}

_LINE = colors.HexColor("#9a9a9a")
_SHADE = colors.HexColor("#ececec")
_QUIET_MODULES = 10
_MODULE = inch / 100
_PADDING = 3
_HEADER_SCALE = 0.9
_NUMERIC_COLUMNS = frozenset({"quantity", "unit_price", "amount"})
_CAPS = {"sku": 0.22, "variant": 0.18}  # of the table's width


class _Story:
    """The flowables of one slip."""

    def __init__(self, data: SlipData, sheet: _Sheet, width: float) -> None:
        self.data = data
        self.language = data.language
        self.sheet = sheet
        self.width = width
        self.totals = slip_totals(data)
        self.invoice = shows_invoice(data)
        self._styles: dict[tuple[str, float, int, bool], ParagraphStyle] = {}

    def flowables(self) -> list[Flowable]:
        gap = self.sheet.font
        story: list[Flowable] = [self._header(), Spacer(1, gap)]
        if people_blocks(self.data):
            story += [self._people(), Spacer(1, gap)]
        story.append(self._lines_table())
        if not self.data.gift:
            story += [Spacer(1, gap / 2), self._totals_table()]
        if self.invoice:
            story += [Spacer(1, gap), self._invoice_block()]
        if self.data.gift_message:
            story += [Spacer(1, gap), self._gift_block()]
        story += [Spacer(1, gap * 1.5), self.para(thank_you(self.data), align=TA_CENTER)]
        return story

    # Text ---------------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return text(key, self.language, **values)

    def para(
        self,
        lines: str | Sequence[str],
        *,
        scale: float = 1.0,
        bold: bool = False,
        align: int = TA_LEFT,
    ) -> Paragraph:
        """A paragraph of `lines`, each line set in the font its characters need."""
        lines = [lines] if isinstance(lines, str) else list(lines)
        runs = [fonts.font_runs(line, bold) for line in lines]
        faces = {face for line in runs for face, _ in line}
        cjk = fonts.JAPANESE in faces or fonts.CHINESE in faces
        markup = "<br/>".join(
            "".join(f'<font face="{face}">{escape(part)}</font>' for face, part in line)
            for line in runs
        )
        first = runs[0][0][0] if runs and runs[0] else fonts.font_for("", bold)
        return Paragraph(markup, self._style(first, scale, align, cjk))

    def _style(self, face: str, scale: float, align: int, cjk: bool) -> ParagraphStyle:
        key = (face, scale, align, cjk)
        if key not in self._styles:
            size = self.sheet.font * scale
            self._styles[key] = ParagraphStyle(
                f"slip-{len(self._styles)}",
                fontName=face,
                fontSize=size,
                leading=size * 1.3,
                alignment=align,
                wordWrap="CJK" if cjk else None,
            )
        return self._styles[key]

    def money(self, amount: Decimal) -> str:
        return money(amount, self.data.currency)

    # Blocks -------------------------------------------------------------------------------

    def _header(self) -> Table:
        data, shop = self.data, self.data.shop
        left: list[Flowable] = []
        if shop.logo_path:
            left += [self._logo(shop.logo_path), Spacer(1, self.sheet.font / 2)]
        left.append(self.para(shop.name, scale=1.4, bold=True))
        contact = address_lines(shop.address)
        contact += [f"{self.t('phone')} {shop.phone}"] if shop.phone else []
        contact += [f"{self.t('email')} {shop.email}"] if shop.email else []
        left.append(self.para(contact, scale=0.9))
        right_width = self.width * 0.5
        right: list[Flowable] = [
            self.para(
                self.t("title"), scale=self.sheet.title / self.sheet.font, bold=True, align=TA_RIGHT
            ),
            Spacer(1, self.sheet.font / 2),
            self.para(f"{self.t('order_number')}: {data.order_number}", align=TA_RIGHT),
        ]
        barcode = self._barcode(right_width)
        right += [barcode] if barcode is not None else []
        right.append(
            self.para(
                [
                    f"{self.t('ordered_at')}: {long_date(data.ordered_at.date(), self.language)}",
                    f"{self.t('ship_date')}: {long_date(data.ship_date, self.language)}",
                ],
                align=TA_RIGHT,
            )
        )
        table = Table([[left, right]], colWidths=[self.width - right_width, right_width])
        table.setStyle(
            TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ])
        )  # fmt: skip
        return table

    def _logo(self, path: str) -> Image:
        width, height = ImageReader(path).getSize()
        scale = min(self.sheet.logo_height / height, self.width * 0.4 / width)
        logo = Image(path, width=width * scale, height=height * scale)
        logo.hAlign = "LEFT"
        return logo

    def _barcode(self, space: float) -> Code128 | None:
        """The order number in Code 128 within `space`; None if it is not ASCII.

        Modules are 1/100 inch (0.254 mm, the common 10 mil): whole dots at 200, 300 and
        600 dpi, so no printer or raster smears the bars unevenly. A number too long for
        that gets narrower bars.
        """
        number = self.data.order_number
        if not number or not all(" " <= char <= "~" for char in number):
            return None
        modules = Code128(number, barWidth=1, quiet=0).width
        module = min(_MODULE, space / (modules + 2 * _QUIET_MODULES))
        quiet = module * _QUIET_MODULES
        barcode = Code128(
            number,
            barWidth=module,
            barHeight=self.sheet.bar_height,
            humanReadable=False,
            lquiet=quiet,
            rquiet=quiet,
        )
        barcode.hAlign = "RIGHT"
        return barcode

    def _people(self) -> Table:
        blocks = [
            [self.para(self.t(key), scale=0.9, bold=True), self.para(lines)]
            for key, lines in people_blocks(self.data)
        ]
        column = (self.width - self.sheet.font) / 2
        cells = [blocks[0] if blocks else "", "", blocks[1] if len(blocks) > 1 else ""]
        table = Table([cells], colWidths=[column, self.sheet.font, column])
        commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        commands += [("BOX", (i * 2, 0), (i * 2, 0), 0.6, _LINE) for i in range(len(blocks))]
        table.setStyle(TableStyle(commands))
        return table

    def _lines_table(self) -> Table:
        """SKU, name, variant, quantity, unit price, amount (and ※); a gift stops at quantity."""
        keys = ["sku", "name", "variant", "quantity"]
        if not self.data.gift:
            keys += ["unit_price", "amount"] + (["mark"] if self.invoice else [])
        header = [self.t(key) if key != "mark" else "" for key in keys]
        body = []
        for line in self.data.lines:
            cells = [line.sku, line.name, line.variant, str(line.quantity)]
            cells += [self.money(line.unit_price), self.money(line.amount)]
            cells += [REDUCED_MARK if is_reduced(line.tax_rate) else ""]
            body.append(cells[: len(keys)])
        rows = [
            [
                self._cell(key, cell, bold=True, scale=_HEADER_SCALE)
                for key, cell in zip(keys, header)
            ]
        ]
        rows += [[self._cell(key, cell) for key, cell in zip(keys, cells)] for cells in body]
        table = Table(rows, colWidths=self._column_widths(keys, header, body), repeatRows=1)
        table.setStyle(
            TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, _LINE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, _LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
            ])
        )  # fmt: skip
        return table

    def _cell(self, key: str, value: str, *, bold: bool = False, scale: float = 1.0) -> Paragraph:
        align = TA_RIGHT if key in _NUMERIC_COLUMNS else TA_LEFT
        return self.para(value, scale=scale, bold=bold, align=align)

    def _column_widths(
        self, keys: list[str], header: list[str], body: list[list[str]]
    ) -> list[float]:
        """Numbers and SKUs as wide as their longest text; the name takes what is left.

        SKU and variant are capped (they wrap beyond them) to leave the name room.
        """
        size = self.sheet.font
        widths = []
        for column, key in enumerate(keys):
            if key == "name":
                widths.append(0.0)  # what the others leave, below
                continue
            texts = [(header[column], True, size * _HEADER_SCALE)]
            texts += [(cells[column], False, size) for cells in body]
            widest = max(
                sum(stringWidth(part, face, points) for face, part in fonts.font_runs(value, bold))
                for value, bold, points in texts
            )
            widths.append(min(widest + 2 * _PADDING + 1, self.width * _CAPS.get(key, 1.0)))
        widths[keys.index("name")] = self.width - sum(widths)
        return widths

    def _totals_table(self) -> Table:
        data, totals = self.data, self.totals
        rows = [(self.t("subtotal"), self.money(totals.subtotal))]
        if data.shipping_fee:
            rows.append((self.t("shipping"), self.money(data.shipping_fee)))
        if data.discount:
            rows.append((self.t("discount"), self.money(-data.discount)))
        if totals.tax_added:
            rows.append((self.t("tax"), self.money(totals.tax_added)))
        cells = [[self.para(label), self.para(value, align=TA_RIGHT)] for label, value in rows]
        cells.append(
            [
                self.para(self.t("total"), scale=1.2, bold=True),
                self.para(self.money(totals.total), scale=1.2, bold=True, align=TA_RIGHT),
            ]
        )
        width = self.width * 0.42
        table = Table(cells, colWidths=[width * 0.5, width * 0.5], hAlign="RIGHT")
        table.setStyle(
            TableStyle([
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ])
        )  # fmt: skip
        return table

    def _invoice_block(self) -> Table:
        shop = self.data.shop
        included = self.data.prices_include_tax
        tax_word = self.t("tax_included" if included else "tax_added")
        lines = [f"{self.t('registration')} {shop.registration_number}", shop.name]
        lines += [
            f"{self.t('rate_total', rate=percent(bucket.rate))} {self.money(bucket.taxable_total)}"
            f" ({tax_word} {self.money(bucket.tax)})"
            for bucket in self.totals.buckets
        ]
        if any(is_reduced(line.tax_rate) for line in self.data.lines):
            lines.append(self.t("reduced_note"))
        table = Table([[self.para(lines, scale=0.95)]], colWidths=[self.width * 0.6])
        table.hAlign = "RIGHT"
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, _LINE)]))
        return table

    def _gift_block(self) -> Table:
        message = self.data.gift_message.splitlines()
        table = Table(
            [[self.para(self.t("gift_message"), scale=0.9, bold=True)], [self.para(message)]],
            colWidths=[self.width],
        )
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, _LINE)]))
        return table


def _footer_canvas(order_number: str, sheet: _Sheet) -> type[Canvas]:
    """A canvas class that ends every page with the order number and "page / pages"."""

    class FooterCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(len(self._pages))
                super().showPage()
            super().save()

        def _footer(self, pages: int) -> None:
            size = sheet.font * 0.85
            width, _ = sheet.size
            y = sheet.margin
            self.setFillColor(colors.HexColor("#555555"))
            x = sheet.margin
            for face, part in fonts.font_runs(order_number):
                self.setFont(face, size)
                self.drawString(x, y, part)
                x += stringWidth(part, face, size)
            self.setFont(fonts.LATIN, size)
            self.drawRightString(width - sheet.margin, y, f"{self._pageNumber} / {pages}")

    return FooterCanvas
