"""The handover manifest, read back from the PDF: numbers, pages, totals, the shop's own words."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal

import pypdfium2 as pdfium
import pytest

from packstation.documents.formatting import CARRIER_NAMES, carrier_name
from packstation.documents.manifest import TEXTS, format_weight, page_count, render_manifest
from packstation.documents.model import CARRIERS, LANGUAGES, ManifestData, ManifestParcel, Shop
from packstation.domain.model import Address
from packstation.domain.tracking import display

TOKYO_SHOP = Shop(
    "梱包堂 渋谷本店",
    Address("", "", "150-0001", "東京都", "渋谷区", "神宮前1-2-3", "パックビル5階", "JP"),
    "03-1234-5678",
)
TOKYO_LINES = ("〒150-0001", "東京都渋谷区神宮前1-2-3", "パックビル5階")
NOVOSIBIRSK_SHOP = Shop(
    "ООО «Ромашка»",
    Address(
        "",
        "",
        "630099",
        "Новосибирская область",
        "Новосибирск",
        "ул. Ленина, д. 5, офис 12",
        "",
        "RU",
    ),
    "+7 383 123-45-67",
)
NOVOSIBIRSK_LINES = ("ул. Ленина, д. 5, офис 12", "Новосибирск, Новосибирская область", "630099")
SIZES = ("60", "80", "100", "120")


def parcels(count: int) -> tuple[ManifestParcel, ...]:
    """Fixed-width numbers, so that no number is part of another; every 7th parcel unweighed."""
    return tuple(
        ManifestParcel(
            f"502763-20261123-{n:08d}",
            f"4{n:011d}",
            None if n % 7 == 3 else Decimal(750 + 13 * n),
            SIZES[n % 4],
        )
        for n in range(1, count + 1)
    )


def manifest(
    count: int = 30,
    language: str = "ja",
    shop: Shop = TOKYO_SHOP,
    carrier: str = "yamato",
    pickup_time: str = "15:00",
) -> ManifestData:
    return ManifestData(language, shop, carrier, date(2026, 11, 23), pickup_time, parcels(count))


def page_texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def lines(text: str) -> list[str]:
    return text.split("\r\n")


@pytest.fixture(scope="module")
def long_manifest() -> tuple[ManifestData, list[str]]:
    data = manifest(200)
    return data, page_texts(render_manifest(data))


def test_every_tracking_and_order_number_comes_back_once(
    long_manifest: tuple[ManifestData, list[str]],
) -> None:
    data, pages = long_manifest
    text = "\n".join(pages)
    for parcel in data.parcels:
        shown = display(data.carrier, parcel.tracking_number)
        assert text.count(shown) == 1, shown
        assert text.count(parcel.order_number) == 1, parcel.order_number


def test_rows_are_numbered_in_order_across_pages(
    long_manifest: tuple[ManifestData, list[str]],
) -> None:
    data, pages = long_manifest
    rows = [
        line.split(" ")[:3] for page in pages for line in lines(page) if "502763-20261123-" in line
    ]
    expected = [
        [str(n), parcel.order_number, display(data.carrier, parcel.tracking_number)]
        for n, parcel in enumerate(data.parcels, start=1)
    ]
    assert rows == expected


@pytest.mark.parametrize(("count", "pages"), [(0, 1), (1, 1), (30, 2), (200, 6)])
def test_page_count(count: int, pages: int) -> None:
    assert len(page_texts(render_manifest(manifest(count)))) == pages
    assert page_count(count) == pages


def test_the_pages_count_themselves_and_repeat_the_table_header(
    long_manifest: tuple[ManifestData, list[str]],
) -> None:
    _, pages = long_manifest
    header = " ".join(TEXTS[key]["ja"] for key in ("number", "order", "tracking", "weight"))
    for number, page in enumerate(pages, start=1):
        assert lines(page)[-1] == f"{number} / {len(pages)}"
        assert lines(page)[0] == TEXTS["title"]["ja"]
        assert header in page
        more = number < len(pages)
        assert (TEXTS["continued"]["ja"] in page) is more


def test_pages_after_the_first_remind_whose_parcels_they_list(
    long_manifest: tuple[ManifestData, list[str]],
) -> None:
    _, pages = long_manifest
    for page in pages[1:]:
        assert lines(page)[1] == "梱包堂 渋谷本店 / ヤマト運輸 / 2026年11月23日"


def test_totals_on_the_last_page_only(long_manifest: tuple[ManifestData, list[str]]) -> None:
    data, pages = long_manifest
    weighed = [parcel.weight_g for parcel in data.parcels if parcel.weight_g is not None]
    grams = sum(weighed, Decimal(0))
    assert len(weighed) == 171
    assert grams == Decimal(351_473)
    totals = "個数：200個 総重量：351.47 kg （重量未計測：29個）"
    assert totals in pages[-1]
    assert "個数：" not in "".join(pages[:-1])
    sizes = Counter(parcel.size_class for parcel in data.parcels)
    assert sizes == {"60": 50, "80": 50, "100": 50, "120": 50}
    assert "サイズ別： 60 × 50, 80 × 50, 100 × 50, 120 × 50" in pages[-1]


def test_totals_without_unweighed_parcels_say_nothing_of_them() -> None:
    data = ManifestData(
        "en",
        TOKYO_SHOP,
        "dhl",
        date(2026, 11, 23),
        "",
        (
            ManifestParcel("1001", "JD014600006281810001", Decimal(1250)),
            ManifestParcel("1002", "JD014600006281810002", Decimal("2499.5")),
        ),
    )
    [page] = page_texts(render_manifest(data))
    assert "Parcels: 2 Total weight: 3.75 kg\r\n" in page
    assert "not weighed" not in page
    assert "By size" not in page


def test_an_empty_day_still_gives_a_page_to_sign() -> None:
    [page] = page_texts(render_manifest(manifest(0, "en")))
    assert "Parcels: 0 Total weight: 0.00 kg" in page
    assert "Received by (carrier)" in page


def test_japanese_shop_and_carrier_come_back_exactly() -> None:
    page = page_texts(render_manifest(manifest(5, "ja")))[0]
    found = lines(page)
    for line in (TOKYO_SHOP.name, *TOKYO_LINES, "電話 03-1234-5678", "ヤマト運輸"):
        assert line in found
    assert "集荷日 2026年11月23日" in found
    assert "集荷時刻 15:00" in found
    assert "荷送人（引渡者）" in page
    assert "運送会社（受領者）" in page


@pytest.mark.parametrize(("carrier", "name"), [("russianpost", "Почта России"), ("cdek", "СДЭК")])
def test_russian_shop_and_carrier_come_back_exactly(carrier: str, name: str) -> None:
    pages = page_texts(render_manifest(manifest(40, "ru", NOVOSIBIRSK_SHOP, carrier, "")))
    found = lines(pages[0])
    for line in (NOVOSIBIRSK_SHOP.name, *NOVOSIBIRSK_LINES, "Тел. +7 383 123-45-67", name):
        assert line in found
    assert "Дата 23.11.2026" in found
    assert "Время забора" in found
    assert lines(pages[1])[1] == f"ООО «Ромашка» / {name} / 23.11.2026"
    for words in ("Сдал (отправитель)", "Принял (перевозчик)", "ФИО", "Подпись", "М.П."):
        assert words in pages[-1]


@pytest.mark.parametrize(
    "language",
    LANGUAGES,
)
def test_each_language_has_its_title_and_carrier_name(language: str) -> None:
    pages = page_texts(render_manifest(manifest(3, language)))
    [page] = pages
    assert lines(page)[0] == TEXTS["title"][language]
    assert carrier_name("yamato", language) in lines(page)
    assert TEXTS["received_at"][language] in page


def test_the_titles_are_the_agreed_ones() -> None:
    assert TEXTS["title"] == {
        "ja": "集荷引渡書（出荷明細）",
        "ru": "Акт приёма-передачи отправлений",
        "en": "Handover manifest",
        "zh_CN": "交接凭证",
    }


def test_every_text_and_carrier_is_in_every_language() -> None:
    assert set(CARRIER_NAMES) == set(CARRIERS)
    for table in (*TEXTS.values(), *CARRIER_NAMES.values()):
        assert set(table) == set(LANGUAGES)
    assert carrier_name("seino", "ja") == "seino"


def test_a_long_order_number_shrinks_but_stays_whole() -> None:
    long_number = "AMZ-" + "1234567890" * 5
    data = ManifestData(
        "en",
        TOKYO_SHOP,
        "ups",
        date(2026, 11, 23),
        "",
        (ManifestParcel(long_number, "1Z999AA10123456784", None),),
    )
    [page] = page_texts(render_manifest(data))
    assert long_number in page
    assert "1Z 999 AA1 01 2345 6784" in page


@pytest.mark.parametrize(
    ("grams", "language", "text"),
    [
        (Decimal(1250), "ja", "1.25 kg"),
        (Decimal(1234567), "en", "1,234.57 kg"),
        (Decimal(1234567), "ru", "1 234,57 кг"),
        (Decimal(5), "zh_CN", "0.01 kg"),
    ],
)
def test_weights_are_kilograms_as_each_language_writes_them(
    grams: Decimal, language: str, text: str
) -> None:
    assert format_weight(grams, language) == text


def test_an_a4_pdf_with_the_fonts_embedded() -> None:
    pdf = render_manifest(manifest(3, "ru", NOVOSIBIRSK_SHOP, "russianpost"))
    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
        image = document[0].render(scale=1).to_pil().convert("L")
    finally:
        document.close()
    assert (round(width), round(height)) == (595, 842)
    assert pdf.count(b"/FontFile2") >= 2
    assert image.getextrema() == (0, 255)


def test_the_same_data_gives_the_same_bytes() -> None:
    assert render_manifest(manifest(10)) == render_manifest(manifest(10))


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="de"):
        render_manifest(manifest(1, "de"))


@pytest.mark.parametrize(
    ("carrier", "number", "shown"),
    [
        ("yamato", "444413758703", "4444-1375-8703"),
        ("russianpost", "10100085000012", "101000 85 00001 2"),
        ("russianpost", "RA123456785RU", "RA 123456785 RU"),
    ],
)
def test_tracking_numbers_are_listed_as_the_carrier_prints_them(
    carrier: str, number: str, shown: str
) -> None:
    parcel = ManifestParcel("502763-20261123-00000001", number, Decimal(800), "")
    data = ManifestData("ja", TOKYO_SHOP, carrier, date(2026, 11, 23), "", (parcel,))
    assert shown in "\n".join(page_texts(render_manifest(data)))
