"""Waybills rendered for real: page size in dots, barcodes read back, addresses read back."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
import zxingcpp
from hypothesis import given
from hypothesis import strategies as st

from packstation.devices.printers.barcode_bars import (
    BarcodeDataError,
    code128_data,
    code128_values,
)
from packstation.devices.printers.label_media import LabelMedia
from packstation.documents.barcodes import BarcodeError, codabar_widths
from packstation.documents.carrier_marks import (
    MARKS,
    language_for,
    luminance,
    mark_for,
    symbology_for,
)
from packstation.documents.formatting import address_lines
from packstation.documents.model import CARRIERS, LANGUAGES, Shop, WaybillData
from packstation.documents.rasterize import THRESHOLD, pdf_pages, pdf_to_bitmap
from packstation.documents.waybill import TEXTS, page_dots, render_waybill
from packstation.domain.model import Address

TOKYO = Address(
    name="山田 太郎",
    postal_code="100-0001",
    region="東京都",
    city="千代田区",
    line1="千代田1-1-1",
    line2="皇居前ハイツ302号室",
    country="JP",
    phone="03-1234-5678",
)
MOSCOW = Address(
    name="Иванова Мария Петровна",
    postal_code="101000",
    region="Московская область",
    city="Москва",
    line1="ул. Тверская, д. 7, кв. 12",
    country="RU",
    phone="+7 916 123-45-67",
)
SAN_FRANCISCO = Address(
    name="John Smith",
    postal_code="94103",
    region="CA",
    city="San Francisco",
    line1="500 Howard St",
    country="US",
)
SHOP_JP = Shop(
    name="さくら雑貨店",
    address=Address(
        postal_code="150-0001", region="東京都", city="渋谷区", line1="神宮前1-2-3", country="JP"
    ),
    phone="03-9876-5432",
)
SHOP_RU = Shop(
    name="ООО «Сакура»",
    address=Address(
        postal_code="190000", city="Санкт-Петербург", line1="Невский пр., д. 1", country="RU"
    ),
)

# carrier → (service, tracking number as given, what the barcode holds, ship-to, sender)
CASES = {
    "yamato": ("宅急便", "4444-1375-8703", "444413758703", TOKYO, SHOP_JP),
    "sagawa": ("飛脚宅配便", "512547514334", "512547514334", TOKYO, SHOP_JP),
    "japanpost": ("ゆうパック", "4055-4842-4886", "405548424886", TOKYO, SHOP_JP),
    "russianpost": ("Посылка", "10100085000012", "10100085000012", MOSCOW, SHOP_RU),
    "cdek": ("Посылка склад-дверь", "1234567890", "1234567890", MOSCOW, SHOP_RU),
    "dhl": ("Express Worldwide", "3318810025", "3318810025", SAN_FRANCISCO, SHOP_JP),
    "ups": ("Worldwide Saver", "1Z5R89390357567127", "1Z5R89390357567127", SAN_FRANCISCO, SHOP_JP),
    "fedex": ("International Priority", "9865 7878 8855", "986578788855", SAN_FRANCISCO, SHOP_JP),
    "usps": (
        "Priority Mail International",
        "420 94103 9400111206206406260787",  # as the label's barcode reads: ZIP routing first
        "9400111206206406260787",
        SAN_FRANCISCO,
        SHOP_JP,
    ),
    "generic": ("", "AB-123456", "AB-123456", TOKYO, SHOP_JP),
}
SIZES = {203: (800, 1200), 300: (1181, 1771)}


def waybill(carrier: str, **changes: object) -> WaybillData:
    service, number, _, ship_to, sender = CASES[carrier]
    data = WaybillData(
        carrier=carrier,
        service=service,
        tracking_number=number,
        ship_to=ship_to,
        sender=sender,
        order_number="502763-20171027-00006701",
        ship_date=date(2026, 11, 23),
        delivery_date=date(2026, 11, 25),
        time_slot="14:00-16:00",
        size_class="60",
        weight_g=Decimal(1250),
        contents="陶器のマグカップ",
        parcel=(1, 2),
    )
    return dataclasses.replace(data, **changes)


def page_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return document[0].get_textpage().get_text_range()
    finally:
        document.close()


def decode(pdf: bytes, dpi: int, formats: zxingcpp.BarcodeFormat) -> list[str]:
    image = pdf_to_bitmap(pdf, dpi).to_image().convert("L")
    return [result.text for result in zxingcpp.read_barcodes(image, formats=formats)]


def test_every_carrier_has_a_case() -> None:
    assert set(CASES) == set(CARRIERS) == set(MARKS)


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("carrier", CARRIERS)
def test_the_tracking_barcode_reads_back_at_the_printers_dpi(carrier: str, dpi: int) -> None:
    pdf = render_waybill(waybill(carrier), dpi)
    expected = CASES[carrier][2]
    bitmap = pdf_to_bitmap(pdf, dpi)
    assert (bitmap.width, bitmap.height) == SIZES[dpi] == page_dots(dpi)
    if MARKS[carrier].symbology == "codabar":
        assert decode(pdf, dpi, zxingcpp.BarcodeFormat.Codabar) == [f"A{expected}A"]
    else:
        assert decode(pdf, dpi, zxingcpp.BarcodeFormat.Code128) == [expected]
    # one symbol on the label: a scanner at the bench cannot pick up the wrong one
    assert len(zxingcpp.read_barcodes(bitmap.to_image().convert("L"))) == 1


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_page_is_the_label_media_in_dots(dpi: int) -> None:
    media = LabelMedia(100, 150, dpi)
    bitmap = pdf_to_bitmap(render_waybill(waybill("yamato"), dpi), dpi)
    media.check_fits(bitmap)  # a 300 dpi page of 1772 rows would be refused here
    assert (bitmap.width, bitmap.height) == (media.width_dots, media.height_dots)
    assert pdf_pages(render_waybill(waybill("yamato"), dpi)) == 1


@pytest.mark.parametrize(
    ("carrier", "dpi", "widths", "elements"),
    [
        ("ups", 203, {3, 6, 9, 12}, 14 * 6 + 7),  # Code 128, 3-dot modules
        ("ups", 300, {4, 8, 12, 16}, 14 * 6 + 7),  # 4-dot modules
        ("yamato", 203, {2, 5}, 14 * 8 - 1),  # NW-7: narrow 2, wide 5
        ("yamato", 300, {3, 8}, 14 * 8 - 1),  # narrow 3, wide 8
    ],
)
def test_bars_are_whole_dots_on_the_grid(
    carrier: str, dpi: int, widths: set[int], elements: int
) -> None:
    """Every bar and space is a whole number of modules: no dot gained or lost to rounding."""
    image = pdf_to_bitmap(render_waybill(waybill(carrier), dpi), dpi).to_image()
    row = image.height - round(60 * dpi / 203)  # through the barcode
    pixels = [image.getpixel((x, row)) == 0 for x in range(image.width)]
    runs: list[int] = []
    for index, dark in enumerate(pixels):
        if index and dark == pixels[index - 1]:
            runs[-1] += 1
        else:
            runs.append(1)
    inner = runs[1:-1]  # between the white margins
    assert len(inner) == elements
    assert set(inner) <= widths


def test_the_japanese_address_comes_back_exactly() -> None:
    text = page_text(render_waybill(waybill("yamato")))
    for line in address_lines(TOKYO):
        assert line in text
    assert "山田 太郎 様" in text
    assert "TEL 03-1234-5678" in text
    assert "〒150-0001 東京都渋谷区神宮前1-2-3" in text  # the sender
    assert "ヤマト運輸" in text and "宅急便" in text
    assert "4444-1375-8703" in text
    assert "2026年11月25日" in text and "14:00-16:00" in text


def test_the_russian_address_comes_back_exactly() -> None:
    text = page_text(render_waybill(waybill("russianpost")))
    assert "Иванова Мария Петровна" in text
    for line in address_lines(MOSCOW):
        assert line in text
    assert "Почта России" in text and "Кому" in text and "От кого" in text
    assert "101000 85 00001 2" in text
    assert "1,25 кг" in text


def test_a_japanese_carrier_to_a_russian_address_keeps_both_scripts() -> None:
    text = page_text(render_waybill(waybill("japanpost", ship_to=MOSCOW)))
    for line in address_lines(MOSCOW):
        assert line in text
    assert "お届け先" in text and "様" in text


def test_every_label_text_exists_in_every_language() -> None:
    for key, texts in TEXTS.items():
        assert set(texts) == set(LANGUAGES), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_waybill_speaks_the_language_asked_for(language: str) -> None:
    text = page_text(render_waybill(waybill("generic"), language=language))
    for key in ("ship_to", "sender", "tracking", "contents", "order", "parcel"):
        assert TEXTS[key][language] in text


def test_cash_on_delivery_and_handling_marks() -> None:
    data = waybill("yamato", cod_amount=Decimal(12800), fragile=True, this_side_up=True)
    text = page_text(render_waybill(data))
    assert "代金引換" in text and "¥12,800" in text
    assert "ワレモノ" in text and "FRAGILE" in text
    assert "天地無用" in text and "THIS SIDE UP" in text
    plain = page_text(render_waybill(waybill("yamato")))
    assert "代金引換" not in plain and "FRAGILE" not in plain and "天地無用" not in plain


def test_rubles_on_delivery() -> None:
    data = waybill("cdek", cod_amount=Decimal(1990), currency="RUB")
    assert "1 990,00 ₽" in page_text(render_waybill(data))


def test_parcel_n_of_m_and_order_number() -> None:
    text = page_text(render_waybill(waybill("sagawa", parcel=(2, 3))))
    assert "2 / 3" in text and "502763-20171027-00006701" in text


def test_a_text_too_long_for_its_box_is_shrunk_never_cut() -> None:
    street = "千代田1-1-1 " + "とても長い建物の名前" * 6 + "の302号室"
    data = waybill("yamato", ship_to=dataclasses.replace(TOKYO, line2=street))
    assert _squeezed(street) in _squeezed(page_text(render_waybill(data)))
    name = "Константинопольская-Переславская Анастасия-Мария Александровна Оглы"
    data = waybill("cdek", ship_to=dataclasses.replace(MOSCOW, name=name))
    assert name in " ".join(page_text(render_waybill(data)).split())


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_fonts_are_embedded() -> None:
    pdf = render_waybill(waybill("yamato", ship_to=MOSCOW))
    assert pdf.count(b"/FontFile2") >= 2


def test_a_number_code_128_cannot_hold_becomes_a_qr_code() -> None:
    pdf = render_waybill(waybill("generic", tracking_number="追跡-12345"))
    assert decode(pdf, 203, zxingcpp.BarcodeFormat.QRCode) == ["追跡-12345"]


def test_no_tracking_number_yet_prints_no_barcode() -> None:
    pdf = render_waybill(waybill("yamato", tracking_number=""))
    assert zxingcpp.read_barcodes(pdf_to_bitmap(pdf, 203).to_image().convert("L")) == []
    assert "お問い合せ番号" in page_text(pdf)


def test_an_invalid_number_is_printed_as_given() -> None:
    pdf = render_waybill(waybill("yamato", tracking_number="444413758704"))
    assert decode(pdf, 203, zxingcpp.BarcodeFormat.Codabar) == ["A444413758704A"]


def test_band_text_stays_readable_after_thresholding() -> None:
    """A band lighter than the threshold prints white: its text must print black, and back."""
    for mark in MARKS.values():
        band_prints = luminance(mark.band) < THRESHOLD
        text_prints = luminance(mark.band_text) < THRESHOLD
        assert band_prints != text_prints, mark.carrier
        assert abs(luminance(mark.band) - THRESHOLD) > 30, mark.carrier
        assert abs(luminance(mark.band_text) - THRESHOLD) > 20, mark.carrier


def test_symbology_and_language_choices() -> None:
    assert symbology_for(MARKS["yamato"], "444413758703") == "codabar"
    assert symbology_for(MARKS["japanpost"], "EA123456785JP") == "code128"
    assert symbology_for(MARKS["generic"], "追跡") == "qr"
    assert language_for(MARKS["cdek"], "JP") == "ru"
    assert language_for(MARKS["generic"], "cn") == "zh_CN"
    assert language_for(MARKS["generic"], "DE") == "en"
    assert mark_for("unknown") is MARKS["generic"]


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1))
def test_code128_sets_b_and_c_hold_any_printable_ascii(text: str) -> None:
    values, decoded = code128_values(code128_data(text))
    assert decoded == text
    all_b, _ = code128_values(b"{B" + text.replace("{", "{{").encode())
    assert len(values) <= len(all_b)


def test_code128_set_c_for_digits() -> None:
    assert code128_data("444413758703") == b"{C" + bytes([44, 44, 13, 75, 87, 3])
    with pytest.raises(BarcodeDataError):
        code128_data("追跡")


def test_codabar_needs_its_start_and_stop() -> None:
    assert len(codabar_widths("A1A", 2, 5)) == 3 * 7 + 2
    for bad in ("444413758703", "A12X4A", "A"):
        with pytest.raises(BarcodeError):
            codabar_widths(bad, 2, 5)
