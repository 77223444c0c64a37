"""The packing slip on receipt paper: 80 mm (576 dots, 48 columns) or 58 mm (384 dots, 32).

The same content as the PDF (`slip_pdf`), one column: the shop, the title, the order number
as text and as a Code 128 barcode, the dates, ship-to and orderer, each line (name, SKU and
variant, quantity × price and amount), the totals, the qualified-invoice block, the gift
message, the thank-you, and a cut. A gift slip shows no price, amount or total.

Columns are Font A cells, 12 dots wide: a character sent in Kanji mode takes two, as it is
24 dots wide (Epson ESC/POS reference, `ESC !`), everything sent through a code page takes
one. `escpos_text.columns` says which way each character goes, so the widths here are the
printer's; a line drawn as a raster image (no code page or Kanji mode for it) is measured by
what its proportional font draws. Every line is wrapped to the paper before it is sent, so
the printer never wraps one on its own, and a value on the right (`pair`) ends at the right
edge whether the line goes as text or is drawn. The ruble sign is in no printer code page;
receipts write "руб." (in Russian; "RUB" otherwise) so that amounts stay text.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from packstation.devices.printers import barcode_bars
from packstation.devices.printers.escpos_job import (
    MIN_MODULE,
    BarcodeTooWideError,
    ReceiptJob,
)
from packstation.devices.printers.escpos_profiles import ProfileInfo
from packstation.devices.printers.escpos_text import columns
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.text_raster import CELL_DOTS
from packstation.documents.formatting import address_lines, long_date, money
from packstation.documents.model import SlipData
from packstation.documents.slip_pdf import (
    REDUCED_MARK,
    is_reduced,
    people_blocks,
    percent,
    shows_invoice,
    slip_totals,
    text,
    thank_you,
)

PAPERS = {"80mm": 576, "58mm": 384}  # printable dots of each paper width
BAR_HEIGHT = 64
UPRIGHT_BAR_LENGTH = 160  # dots across the paper, 20 mm at 203 dpi
# Japanese line-breaking rules (禁則処理): these never start a line.
NO_LINE_START = frozenset(
    "、。，．・：；？！）」』】〕〉》ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ…,.:;!?)]}%"
)


def render_slip_receipt(
    data: SlipData, profile: ProfileInfo, text_mode: str, width: str = "80mm"
) -> bytes:
    """The ESC/POS job of the slip of `data` on `width` paper ("80mm" or "58mm")."""
    if width not in PAPERS:
        raise ValueError(f"width must be one of {sorted(PAPERS)}, not {width!r}")
    paper = replace(profile, width_dots=min(profile.width_dots, PAPERS[width]))
    receipt = _Receipt(data, ReceiptJob(paper, text_mode))
    receipt.compose()
    return receipt.job.cut().bytes()


class _Receipt:
    """Writes one slip into a ReceiptJob, line by line, each within the paper's columns."""

    def __init__(self, data: SlipData, job: ReceiptJob) -> None:
        self.data = data
        self.job = job
        self.columns = job.profile.width_dots // CELL_DOTS
        self.totals = slip_totals(data)
        self.invoice = shows_invoice(data)

    def t(self, key: str, **values: object) -> str:
        return text(key, self.data.language, **values)

    def compose(self) -> None:
        data, shop = self.data, self.data.shop
        self.block(shop.name, bold=True, align="center")
        contact = address_lines(shop.address)
        contact += [f"{self.t('phone')} {shop.phone}"] if shop.phone else []
        contact += [shop.email] if shop.email else []
        self.block(*contact, align="center")
        self.job.line_feed(1)
        self._title()
        self.rule("=")
        self.pair(self.t("order_number"), data.order_number)
        self._barcode()
        self.pair(self.t("ordered_at"), long_date(data.ordered_at.date(), data.language))
        self.pair(self.t("ship_date"), long_date(data.ship_date, data.language))
        for key, lines in people_blocks(data):
            self.rule("-")
            self.block(self.t(key), bold=True)
            self.block(*lines)
        self.rule("-")
        self._lines()
        if not data.gift:
            self.rule("-")
            self._totals()
        if self.invoice:
            self.rule("=")
            self._invoice()
        if data.gift_message:
            self.rule("=")
            self.block(self.t("gift_message"), bold=True)
            self.block(*data.gift_message.splitlines())
        self.rule("=")
        self.block(thank_you(data), align="center")

    # Parts --------------------------------------------------------------------------------

    def _title(self) -> None:
        title = self.t("title")
        double = self.width(title, bold=True) * 2 <= self.columns
        size = (2, 2) if double else (1, 2)
        self.job.text(title, bold=True, size=size, align="center")

    def _barcode(self) -> None:
        """The order number in Code 128 (when it is ASCII), printed across the paper.

        A number too long for bars of at least 2 dots across 58 mm paper (a Rakuten order
        number needs 253 modules) is printed upright instead: the bars run along the paper,
        which has room for any length, as a raster image of 2-dot modules.
        """
        number = self.data.order_number
        if not number or not all(" " <= char <= "~" for char in number):
            return
        try:
            self.job.barcode_code128(number, height=BAR_HEIGHT, hri="off")
        except BarcodeTooWideError:
            modules = barcode_bars.code128_pattern(number)
            bars = barcode_bars.bars_bitmap(modules, MIN_MODULE, UPRIGHT_BAR_LENGTH)
            upright = bars.to_image().rotate(90, expand=True)
            self.job.image(Bitmap.from_image(upright), align="center")

    def _lines(self) -> None:
        for line in self.data.lines:
            self.block(line.name, bold=True)
            self.block(" / ".join(part for part in (line.sku, line.variant) if part))
            if self.data.gift:
                self.pair(self.t("quantity"), str(line.quantity))
                continue
            mark = f" {REDUCED_MARK}" if self.invoice and is_reduced(line.tax_rate) else ""
            self.pair(
                f"  {line.quantity} x {self.money(line.unit_price)}",
                self.money(line.amount) + mark,
            )

    def _totals(self) -> None:
        data, totals = self.data, self.totals
        self.pair(self.t("subtotal"), self.money(totals.subtotal))
        if data.shipping_fee:
            self.pair(self.t("shipping"), self.money(data.shipping_fee))
        if data.discount:
            self.pair(self.t("discount"), self.money(-data.discount))
        if totals.tax_added:
            self.pair(self.t("tax"), self.money(totals.tax_added))
        self.pair(self.t("total"), self.money(totals.total), bold=True)

    def _invoice(self) -> None:
        shop = self.data.shop
        self.block(f"{self.t('registration')} {shop.registration_number}", shop.name)
        included = self.data.prices_include_tax
        tax_word = self.t("tax_included" if included else "tax_added")
        for bucket in self.totals.buckets:
            self.pair(
                self.t("rate_total", rate=percent(bucket.rate)), self.money(bucket.taxable_total)
            )
            self.pair(f"  ({tax_word})", self.money(bucket.tax))
        if any(is_reduced(line.tax_rate) for line in self.data.lines):
            self.block(self.t("reduced_note"))

    # Lines --------------------------------------------------------------------------------

    def money(self, amount: Decimal) -> str:
        written = money(amount, self.data.currency)
        return written.replace("₽", "руб." if self.data.language == "ru" else "RUB")

    def block(self, *texts: str, bold: bool = False, align: str = "left") -> None:
        """`texts`, each wrapped to the paper."""
        for value in texts:
            for line in self.wrap(value, bold=bold):
                self.job.text(line, bold=bold, align=align)

    def pair(self, label: str, value: str, *, bold: bool = False) -> None:
        """`label` on the left and `value` on the right; two lines if they do not fit one."""
        if self.job.pair(label, value, bold=bold):
            return
        self.block(label, bold=bold)
        for line in self.wrap(value, bold=bold):
            self.job.pair("", line, bold=bold)

    def rule(self, char: str) -> None:
        self.job.text(char * self.columns)

    def width(self, line: str, *, bold: bool = False) -> float:
        """The columns `line` takes on this printer (see the module doc)."""
        return columns(line, self.job.profile, self.job.mode, bold=bold)

    def wrap(self, value: str, *, bold: bool = False) -> list[str]:
        """`value` in lines of at most `columns`: at a space where there is one, else anywhere.

        Japanese has no spaces to break at, and a code longer than a line must break too;
        closing punctuation and small kana take the character before them to the next line.
        """
        lines: list[str] = []
        for paragraph in value.splitlines() or [""]:
            line = ""
            for char in paragraph:
                if self.width(line + char, bold=bold) <= self.columns:
                    line += char
                    continue
                cut = line.rfind(" ")
                if cut > 0 and char != " ":
                    lines.append(line[:cut].rstrip())
                    line = line[cut + 1 :] + char
                elif char in NO_LINE_START and len(line) > 1:
                    lines.append(line[:-1])
                    line = line[-1] + char
                else:
                    lines.append(line.rstrip())
                    line = char.strip()
            lines.append(line.rstrip())
        return lines
