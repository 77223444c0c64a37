"""The packing slip on receipt paper, read back through the ESC/POS simulator's decoder."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from decimal import Decimal

import pytest
import zxingcpp
from PIL import Image, ImageOps

from packstation.devices.printers.escpos_decode import EscPosDecoder
from packstation.devices.printers.escpos_profiles import ProfileInfo, profile_info
from packstation.devices.printers.simulation import DecodedJob
from packstation.devices.printers.status import PrinterStatus
from packstation.documents.formatting import address_lines, money
from packstation.documents.slip_pdf import render_slip_pdf
from packstation.documents.slip_receipt import render_slip_receipt
from packstation.domain.model import Address
from tests.documents import samples
from tests.documents.test_slip_pdf import pages_text

TM_T20 = profile_info("TM-T20II")  # 576 dots, hardware barcodes, CP866
NT_5890K = profile_info("NT-5890K")  # 384 dots, no hardware barcodes
COLUMNS = {"80mm": 48, "58mm": 32}
WIDTHS = tuple(COLUMNS)
# Japanese samples are printed in Kanji mode (a Japanese model), the others by code page.
MODES = {"rakuten": "kanji", "gift": "kanji", "ozon": "auto", "cross_border": "auto"}


def printed(data: bytes, profile: ProfileInfo = TM_T20) -> DecodedJob:
    decoder = EscPosDecoder(profile)
    decoder.feed(data, PrinterStatus())
    jobs = decoder.take_jobs() + decoder.close()
    assert len(jobs) == 1
    return jobs[0]


def columns(line: str) -> int:
    """Font A cells: kana, kanji and marks such as ※ take two (Kanji mode), the rest one."""
    return sum(
        2 if ord(char) > 0x2000 and unicodedata.east_asian_width(char) in "WFA" else 1
        for char in line
    )


def scanned(job: DecodedJob) -> list[str]:
    return [result.text for image in job.images for result in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("width", WIDTHS)
def test_japanese_text_reads_back_in_kanji_mode(width: str) -> None:
    order = samples.rakuten_order()
    job = printed(render_slip_receipt(order, TM_T20, "kanji", width))
    text = job.text.replace("\n", "")  # Japanese wraps anywhere
    expected = [*address_lines(samples.HANAKO), *address_lines(samples.TARO)]
    expected += ["山田 花子 様", "山田 太郎 様", "お届け先", "ご注文者", "納品書"]
    expected += [line.name for line in order.lines]
    expected += [samples.MIDORIYA.name, "登録番号 T1234567890123", "※は軽減税率対象"]
    for value in expected:
        assert value in text
    assert not job.images[1:], "nothing but the barcode is drawn as an image"


@pytest.mark.parametrize("width", WIDTHS)
def test_russian_text_reads_back_through_code_pages(width: str) -> None:
    order = samples.ozon_order()
    job = printed(render_slip_receipt(order, TM_T20, "auto", width))
    text = " ".join(job.text.split())  # a long line breaks at a space
    expected = [samples.MARIA.name, *address_lines(samples.MARIA), "Упаковочный лист"]
    expected += [line.name for line in order.lines]
    for value in expected:
        assert value in text
    assert "Итого" in job.text and "2 888,50 руб." in job.text
    assert "ESC t 17 (cp866)" in job.notes


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("sample", sorted(samples.BUILDERS))
def test_no_line_is_wider_than_the_paper_and_the_barcode_scans(sample: str, width: str) -> None:
    order = samples.BUILDERS[sample]()
    for profile in (TM_T20, NT_5890K):
        job = printed(render_slip_receipt(order, profile, MODES[sample], width), profile)
        too_wide = [line for line in job.text.split("\n") if columns(line) > COLUMNS[width]]
        assert too_wide == []
        assert all(image.width <= min(profile.width_dots, 48 * 12) for image in job.images)
        assert scanned(job) == [order.order_number]
        assert job.complete and job.notes[-1] == "cut"


def test_a_long_order_number_on_58mm_paper_is_printed_upright() -> None:
    order = samples.rakuten_order()  # 26 characters: 253 modules, too many for 384 dots
    job = printed(render_slip_receipt(order, TM_T20, "kanji", "58mm"))
    (barcode,) = job.images
    assert barcode.height > barcode.width
    assert scanned(job) == [order.order_number]
    across = printed(render_slip_receipt(order, TM_T20, "kanji", "80mm"))
    assert "CODE128: " + order.order_number in across.notes


def test_rows_are_padded_to_the_paper_edge() -> None:
    job = printed(render_slip_receipt(samples.rakuten_order(), TM_T20, "kanji", "80mm"))
    lines = job.text.split("\n")
    total = next(line for line in lines if line.startswith("合計"))
    assert total.endswith("¥7,670") and columns(total) == 48
    sencha = next(line for line in lines if line.startswith("  2 x ¥1,080 "))
    assert sencha.endswith(" ¥2,160 ※") and columns(sencha) == 48


def test_japanese_is_wrapped_without_punctuation_at_a_line_start() -> None:
    job = printed(render_slip_receipt(samples.gift_order(), TM_T20, "kanji", "80mm"))
    assert not [line for line in job.text.split("\n") if line.startswith(tuple("、。！"))]
    assert samples.MIDORIYA.thank_you in job.text.replace("\n", "")


def test_raster_mode_draws_what_the_printer_cannot_write() -> None:
    order = samples.rakuten_order()
    job = printed(render_slip_receipt(order, NT_5890K, "raster", "58mm"), NT_5890K)
    assert "山田" not in job.text  # Japanese is drawn, not sent as text
    assert order.order_number in job.text  # ASCII lines stay text
    assert all(image.width <= 384 for image in job.images)
    assert scanned(job) == [order.order_number]


def two_column_rows(image: Image.Image) -> list[tuple[int, int]]:
    """(top, rightmost ink) of each 30-dot text row of a drawn slip that starts at the left
    edge and has a gap of 4 cells or more in it: a label and its value."""
    rows = []
    for top in range(0, image.height - 29, 30):
        row = ImageOps.invert(image.crop((0, top, image.width, top + 30)).convert("L"))
        inked = [x for x in range(image.width) if row.crop((x, 0, x + 1, 30)).getbbox()]
        gaps = [b - a for a, b in zip(inked, inked[1:], strict=False)]
        if inked and inked[0] <= 3 and max(gaps, default=0) > 48:
            rows.append((top, inked[-1] + 1))
    return rows


@pytest.mark.parametrize(
    ("sample", "profile", "width"), [("rakuten", TM_T20, "80mm"), ("ozon", NT_5890K, "58mm")]
)
def test_drawn_values_end_at_the_right_margin(
    sample: str, profile: ProfileInfo, width: str
) -> None:
    """In raster mode the labels and values are drawn in a proportional font: the value is
    set flush right in dots, not after spaces counted in cells."""
    order = samples.BUILDERS[sample]()
    job = printed(render_slip_receipt(order, profile, "raster", width), profile)
    rows = [row for image in job.images if image.height % 30 == 0 for row in two_column_rows(image)]
    assert len(rows) >= 4  # the dates and the totals at least
    margin = profile.width_dots
    assert [(top, right) for top, right in rows if not margin - 5 <= right <= margin] == []


@pytest.mark.parametrize("mode", ["auto", "raster"])
@pytest.mark.parametrize("width", WIDTHS)
def test_an_orderer_without_name_address_or_phone_leaves_its_block_out(
    width: str, mode: str
) -> None:
    """An Ozon FBS posting carries no customer data: no "Заказчик" heading over nothing, the
    receipt is the one of an order without an orderer (an e-mail is not printed)."""

    def receipt(orderer: Address | None) -> bytes:
        order = replace(samples.ozon_order(), orderer=orderer)
        return render_slip_receipt(order, TM_T20, mode, width)

    without = receipt(None)
    assert receipt(Address()) == without
    assert receipt(Address(email="buyer@example.ru")) == without
    if mode == "auto":
        text = printed(receipt(Address())).text
        assert "Получатель" in text and "Заказчик" not in text


def test_a_receipt_with_neither_address_has_no_address_block() -> None:
    order = replace(samples.ozon_order(), ship_to=None, orderer=Address())
    lines = printed(render_slip_receipt(order, TM_T20, "auto", "80mm")).text.split("\n")
    assert not {"Получатель", "Заказчик"} & set(lines)
    dates = next(i for i, line in enumerate(lines) if line.startswith("Дата отгрузки"))
    assert lines[dates + 1] == "-" * 48 and "Термокружка" in lines[dates + 2]


def test_an_orderer_who_is_the_recipient_is_still_printed_under_both_headings() -> None:
    lines = printed(render_slip_receipt(samples.ozon_order(), TM_T20, "auto", "80mm")).text
    assert "Получатель" in lines and "Заказчик" in lines
    assert lines.count(samples.MARIA.name) == 2


@pytest.mark.parametrize("width", WIDTHS)
def test_a_gift_receipt_shows_no_price(width: str) -> None:
    order = samples.gift_order()
    job = printed(render_slip_receipt(order, TM_T20, "kanji", width))
    for absent in ("¥", "合計", "小計", "送料", "1,650", "2,160"):
        assert absent not in job.text
    for message in order.gift_message.splitlines():
        assert message in job.text.replace("\n", "")


def test_a_printer_narrower_than_the_paper_sets_the_columns() -> None:
    tm_t88 = profile_info("TM-T88V")  # 512 dots on 80 mm paper: 42 columns
    job = printed(render_slip_receipt(samples.ozon_order(), tm_t88, "auto", "80mm"), tm_t88)
    assert max(columns(line) for line in job.text.split("\n")) == 42


def test_unknown_paper_width_is_refused() -> None:
    with pytest.raises(ValueError, match="80mm"):
        render_slip_receipt(samples.rakuten_order(), TM_T20, "kanji", "112mm")


@pytest.mark.parametrize("sample", sorted(samples.BUILDERS))
def test_no_layout_ever_shows_a_cost_price(sample: str) -> None:
    chosen = {product.sku: Decimal("4321.98") for product in samples.PRODUCTS_OF[sample]}
    for costs in (samples.NO_COSTS, chosen):
        order = samples.BUILDERS[sample](costs)
        texts = ["\n".join(pages_text(render_slip_pdf(order, page))) for page in ("A4", "A5")]
        texts += [
            printed(render_slip_receipt(order, TM_T20, MODES[sample], width)).text
            for width in WIDTHS
        ]
        for cost in samples.costs_of(sample, costs):
            written = money(cost, order.currency)
            forms = {written, written.replace("₽", "руб."), written.strip("¥$ ₽")}
            assert not [form for text in texts for form in forms if form in text]


def test_the_cost_price_is_not_a_sale_price_of_the_samples() -> None:
    for sample in samples.PRODUCTS_OF:
        order = samples.BUILDERS[sample]()
        sold = {line.unit_price for line in order.lines} | {line.amount for line in order.lines}
        assert not sold & set(samples.costs_of(sample)), sample


def test_receipt_and_pdf_agree_on_the_totals() -> None:
    order = replace(samples.rakuten_order(), prices_include_tax=False)
    job = printed(render_slip_receipt(order, TM_T20, "kanji", "80mm"))
    assert "¥8,355" in job.text and "¥685" in job.text
    assert "¥8,355" in pages_text(render_slip_pdf(order))[0]
