"""The packing slip PDF: text read back with pdfium, glyphs checked, barcode scanned."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from PIL import Image, ImageDraw
from reportlab.pdfbase.ttfonts import TTFontFile

from packstation.documents import fonts
from packstation.documents.formatting import address_lines
from packstation.documents.model import LANGUAGES
from packstation.documents.slip_pdf import TEXTS, render_slip_pdf
from packstation.domain.model import Address
from packstation.resources import resource
from tests.documents import samples

PAGES = ("A4", "A5")
FONT_FILES = {
    fonts.JAPANESE: "ipaexg.ttf",
    fonts.LATIN: "DejaVuSans.ttf",
    fonts.LATIN_BOLD: "DejaVuSans-Bold.ttf",
    fonts.CHINESE: "DroidSansFallbackFull.ttf",
}


@contextmanager
def opened(pdf: bytes) -> Iterator[pdfium.PdfDocument]:
    document = pdfium.PdfDocument(pdf)
    try:
        yield document
    finally:
        document.close()


def pages_text(pdf: bytes) -> list[str]:
    with opened(pdf) as document:
        return [page.get_textpage().get_text_range() for page in document]


def flat(text: str) -> str:
    """Whitespace collapsed: a long name wraps inside its table cell."""
    return " ".join(text.split())


@cache
def glyphs(font: str) -> frozenset[int]:
    return frozenset(TTFontFile(str(resource("fonts", FONT_FILES[font]))).charToGlyph)


def tofu(pdf: bytes) -> list[tuple[str, str]]:
    """(character, font) for every character set in a font that has no glyph for it."""
    missing = []
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    with opened(pdf) as document:
        for page in document:
            textpage = page.get_textpage()
            for index in range(textpage.count_chars()):
                char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
                if char.isspace() or pdfium_c.FPDFText_IsGenerated(textpage, index):
                    continue
                pdfium_c.FPDFText_GetFontInfo(textpage, index, name, 128, ctypes.byref(flags))
                font = name.value.decode().split("+")[-1]
                if ord(char) not in glyphs(font):
                    missing.append((char, font))
    return missing


def scan(pdf: bytes, page: int = 0) -> list[str]:
    with opened(pdf) as document:
        image = document[page].render(scale=200 / 72).to_pil()
    return [result.text for result in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("page", PAGES)
def test_japanese_addresses_and_products_read_back_exactly(page: str) -> None:
    order = samples.rakuten_order()
    pdf = render_slip_pdf(order, page)
    text = flat(pages_text(pdf)[0])
    expected = [*address_lines(samples.HANAKO), *address_lines(samples.TARO)]
    expected += ["山田 花子 様", "山田 太郎 様", "お届け先", "ご注文者", "納品書"]
    expected += [line.name for line in order.lines] + [line.variant for line in order.lines]
    expected += [*address_lines(samples.MIDORIYA.address), samples.MIDORIYA.name]
    expected += ["注文日: 2026年11月23日", "出荷日: 2026年11月24日"]
    for value in expected:
        assert flat(value) in text
    assert tofu(pdf) == []


@pytest.mark.parametrize("page", PAGES)
def test_russian_addresses_and_products_read_back_exactly(page: str) -> None:
    order = samples.ozon_order()
    pdf = render_slip_pdf(order, page)
    text = flat(pages_text(pdf)[0])
    expected = [samples.MARIA.name, *address_lines(samples.MARIA), "Упаковочный лист"]
    expected += [line.name for line in order.lines] + [line.variant for line in order.lines]
    expected += [samples.SAMOVAR.name, "1 990,00 ₽", "Итого 2 888,50 ₽", "Скидка -150,00 ₽"]
    for value in expected:
        assert flat(value) in text
    assert tofu(pdf) == []


@pytest.mark.parametrize("page", PAGES)
def test_the_order_number_barcode_scans_at_200_dpi(page: str) -> None:
    for build in samples.BUILDERS.values():
        order = build()
        assert scan(render_slip_pdf(order, page)) == [order.order_number]


def test_totals_and_the_qualified_invoice_block() -> None:
    text = flat(pages_text(render_slip_pdf(samples.rakuten_order()))[0])
    for value in ("小計 ¥7,620", "送料 ¥550", "割引 -¥500", "合計 ¥7,670"):
        assert value in text
    assert "登録番号 T1234567890123" in text
    assert "10%対象 ¥3,614 (内消費税 ¥328)" in text
    assert "8%対象 ¥4,056 (内消費税 ¥300)" in text
    assert "※は軽減税率対象" in text
    # Sencha and dorayaki are food (8 %), the teacup is not.
    assert text.count("※") == 3


def test_the_registration_number_only_when_the_buyer_asked_for_an_invoice() -> None:
    unregistered = replace(samples.MIDORIYA, registration_number="")
    cases = {
        samples.rakuten_order(invoice_requested=True): True,
        samples.rakuten_order(invoice_requested=False): False,
        replace(samples.rakuten_order(), shop=unregistered): False,
    }
    for order, shown in cases.items():
        text = "".join(pages_text(render_slip_pdf(order)))
        assert ("T1234567890123" in text) is shown
        assert ("登録番号" in text) is shown
        assert ("※" in text) is shown


def test_prices_without_tax_get_a_tax_line_in_the_totals() -> None:
    order = replace(samples.rakuten_order(), prices_include_tax=False)
    text = flat(pages_text(render_slip_pdf(order))[0])
    # 10 %: 3,614 → 361; 8 %: 4,056 → 324; total 7,670 + 685.
    assert "消費税 ¥685" in text
    assert "合計 ¥8,355" in text
    assert "10%対象 ¥3,614 (消費税 ¥361)" in text


@pytest.mark.parametrize("page", PAGES)
def test_a_long_order_runs_over_pages_with_the_header_and_page_numbers(page: str) -> None:
    order = samples.long_order(60)
    texts = pages_text(render_slip_pdf(order, page))
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"{number} / {len(texts)}" in text
        assert "商品番号" in text and "商品名" in text and "金額" in text
        assert order.order_number in text
    whole = flat("\n".join(texts))
    assert [line.sku for line in order.lines if line.sku in whole] == [
        line.sku for line in order.lines
    ]
    assert "合計" in texts[-1] and "合計" not in texts[0]


@pytest.mark.parametrize("page", PAGES)
def test_a_gift_slip_shows_no_price_at_all(page: str) -> None:
    order = samples.gift_order()
    pdf = render_slip_pdf(order, page)
    text = flat("\n".join(pages_text(pdf)))
    for absent in ("¥", "単価", "金額", "小計", "送料", "合計", "1,650", "2,160", "880"):
        assert absent not in text
    for line in order.lines:
        assert f"{line.sku} {line.name} {line.variant} {line.quantity}" in text
    for message in order.gift_message.splitlines():
        assert message in text
    assert "メッセージ" in text
    assert tofu(pdf) == []


def test_english_slip_with_the_default_thank_you() -> None:
    pdf = render_slip_pdf(samples.cross_border_order())
    text = flat(pages_text(pdf)[0])
    for value in ("Packing slip", "Emily Carter", "San Francisco CA 94109", "Total $90.50"):
        assert value in text
    assert "Thank you for your order!" in text
    assert samples.MIDORIYA.thank_you not in text  # Japanese: not for this buyer
    assert "Registration" not in text and "Tax" not in text
    assert tofu(pdf) == []


def test_the_logo_is_drawn(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    image = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(image).ellipse((10, 10, 90, 90), fill="darkgreen")
    image.save(logo)
    order = samples.rakuten_order()
    with_logo = replace(order, shop=replace(order.shop, logo_path=str(logo)))
    for data, count in ((order, 0), (with_logo, 1)):
        with opened(render_slip_pdf(data)) as document:
            images = list(document[0].get_objects([pdfium_c.FPDF_PAGEOBJ_IMAGE]))
        assert len(images) == count


def test_page_sizes_and_fonts_embedded() -> None:
    for page, size in (("A4", (595, 842)), ("A5", (420, 595))):
        pdf = render_slip_pdf(samples.rakuten_order(), page)
        with opened(pdf) as document:
            width, height = document[0].get_size()
        assert (round(width), round(height)) == size
        assert pdf.count(b"/FontFile2") >= 2  # IPAexGothic and DejaVu Sans, embedded


def test_unknown_page_size_is_refused() -> None:
    with pytest.raises(ValueError, match="A4"):
        render_slip_pdf(samples.rakuten_order(), "Letter")


def test_every_text_is_there_in_every_language() -> None:
    for key, words in TEXTS.items():
        assert set(words) == set(LANGUAGES), key
        assert all(words[language] or key == "honorific" for language in LANGUAGES), key


def test_a_missing_orderer_leaves_its_block_out() -> None:
    order = replace(samples.ozon_order(), orderer=None)
    text = flat(pages_text(render_slip_pdf(order, "A5"))[0])
    assert "Получатель" in text and "Заказчик" not in text


@pytest.mark.parametrize("page", PAGES)
def test_an_orderer_without_name_address_or_phone_leaves_its_block_out(page: str) -> None:
    """An Ozon FBS posting carries no customer data: the orderer is an empty Address (an
    e-mail alone is not shown on the slip)."""
    for orderer in (Address(), Address(email="buyer@example.ru")):
        order = replace(samples.ozon_order(), orderer=orderer)
        text = flat(pages_text(render_slip_pdf(order, page))[0])
        assert "Получатель" in text and samples.MARIA.name in text
        assert "Заказчик" not in text


def test_a_slip_with_neither_address_has_no_address_block() -> None:
    order = replace(samples.ozon_order(), ship_to=None, orderer=Address())
    text = flat(pages_text(render_slip_pdf(order, "A5"))[0])
    assert "Получатель" not in text and "Заказчик" not in text
    assert "Упаковочный лист" in text and "Итого" in text


def test_an_orderer_with_only_a_phone_keeps_its_block() -> None:
    order = replace(samples.ozon_order(), orderer=Address(phone="+7 900 000-00-00"))
    text = flat(pages_text(render_slip_pdf(order, "A5"))[0])
    assert "Заказчик Тел. +7 900 000-00-00" in text


def test_an_orderer_who_is_the_recipient_is_still_shown_under_both_headings() -> None:
    text = flat(pages_text(render_slip_pdf(samples.ozon_order(), "A5"))[0])
    assert "Получатель" in text and "Заказчик" in text
    assert text.count(samples.MARIA.name) == 2


@pytest.mark.parametrize("page", PAGES)
def test_a_chinese_slip_reads_back_without_tofu(page: str) -> None:
    order = replace(samples.cross_border_order(), language="zh_CN")
    pdf = render_slip_pdf(order, page)
    text = flat(pages_text(pdf)[0])
    for value in (
        "发货单",
        "订单号: MDR-EX-20261123-0042",
        "下单日期: 2026年11月23日",
        "合计 $90.50",
    ):
        assert value in text
    assert "感谢您的惠顾！" in text
    assert tofu(pdf) == []
