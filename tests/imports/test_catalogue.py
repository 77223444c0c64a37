from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.connectors.imports import RowError, parse_catalogue
from packstation.domain.model import CatalogueBarcode, CatalogueProduct, UnitCodeKind
from packstation.domain.parcel_size import Dimensions

from .samples import csv_text, errors

HEADER = ["sku", "name", "barcodes", "weight_g", "cost_price", "fragile", "stock"]
FULL_HEADER = [*HEADER, "variant", "image", "unit_code", "case_barcodes"]


def row(sku: str = "TEA-1", **fields: str) -> dict[str, str]:
    return {
        "sku": sku,
        "name": "緑茶ティーバッグ",
        "barcodes": "4901234567894",
        "weight_g": "120",
        "cost_price": "450.5",
        "fragile": "0",
        "stock": "12",
    } | fields


def products(results):
    return [result for result in results if isinstance(result, CatalogueProduct)]


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8", ","), ("utf-8-sig", ";"), ("cp932", "\t")]
)
def test_good_rows(write, encoding, delimiter):
    rows = [
        row(),
        row("CUP-1", name="湯呑み", barcodes="12345670, 036000291452 ;4006381333931", weight_g="", cost_price="",
            fragile="yes", stock="", variant="白", image="images/cup.png", unit_code="serial",
            case_barcodes="14901234567891*12"),
        row("MARKED", unit_code="MARK", barcodes="", fragile="TRUE", stock="-2"),
    ]  # fmt: skip
    path = write("catalogue.csv", csv_text(FULL_HEADER, rows, delimiter=delimiter), encoding)

    results = list(parse_catalogue(path))

    assert errors(results) == []
    assert products(results) == [
        CatalogueProduct(
            sku="TEA-1",
            name="緑茶ティーバッグ",
            barcodes=[CatalogueBarcode("4901234567894")],
            weight_g=120,
            cost_price=Decimal("450.5"),
            fragile=False,
            stock=12,
            source_line=2,
        ),
        CatalogueProduct(
            sku="CUP-1",
            name="湯呑み",
            barcodes=[
                CatalogueBarcode("12345670"),
                CatalogueBarcode("036000291452"),
                CatalogueBarcode("4006381333931"),
                CatalogueBarcode("14901234567891", 12),
            ],
            weight_g=None,
            cost_price=None,
            fragile=True,
            stock=0,
            variant="白",
            image_path="images/cup.png",
            unit_code=UnitCodeKind.SERIAL,
            source_line=3,
        ),
        CatalogueProduct(
            sku="MARKED",
            name="緑茶ティーバッグ",
            weight_g=120,
            cost_price=Decimal("450.5"),
            fragile=True,
            stock=-2,
            unit_code=UnitCodeKind.MARK,
            source_line=4,
        ),
    ]


def test_case_codes_inside_barcodes_and_full_width_numbers(write):
    rows = [
        row(
            barcodes="４９０１２３４５６７８９４　14901234567891*６",
            weight_g="１２０",
            cost_price="１，２００",
        )
    ]
    path = write("c.csv", csv_text(HEADER, rows), "cp932")

    [product] = products(parse_catalogue(path))

    assert product.barcodes == [
        CatalogueBarcode("4901234567894"),
        CatalogueBarcode("14901234567891", 6),
    ]
    assert product.weight_g == 120
    assert product.cost_price == Decimal(1200)


def test_a_code_that_is_not_a_gtin_is_taken_as_it_is(write):
    path = write("c.csv", csv_text(HEADER, [row(barcodes="SKU-TEA-1;12345")]))

    [product] = products(parse_catalogue(path))

    assert [barcode.code for barcode in product.barcodes] == ["SKU-TEA-1", "12345"]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"sku": ""}, "The SKU is missing"),
        ({"name": " "}, "The product name is missing"),
        ({"weight_g": "1.5"}, "weight_g “1.5” is not a whole number of grams"),
        ({"weight_g": "-3"}, "weight_g “-3” is not a whole number of grams"),
        ({"stock": "a few"}, "stock “a few” is not a whole number"),
        ({"cost_price": "expensive"}, "cost_price “expensive” is not an amount"),
        ({"fragile": "perhaps"}, "fragile “perhaps” is not yes or no (1/0, true/false, yes/no)"),
        ({"barcodes": "4901234567890"}, "Barcode 4901234567890 has a wrong check digit"),
        ({"barcodes": "12345678"}, "Barcode 12345678 has a wrong check digit"),
        ({"barcodes": "4901234567894*0"}, "Pack quantity “0” of barcode 4901234567894 is not a whole number of at least 1"),
        ({"barcodes": "4901234567894*x"}, "Pack quantity “x” of barcode 4901234567894 is not a whole number of at least 1"),
        ({"barcodes": "*6"}, "“*6” is not a barcode"),
        ({"barcodes": "4901234567894 4901234567894*2"}, "Barcode 4901234567894 is given with pack quantities 1 and 2"),
        ({"case_barcodes": "14901234567891"}, "Case barcode 14901234567891 has no pack quantity: write 14901234567891*12 for a case of 12"),
        ({"unit_code": "imei"}, "unit_code “imei” is not “serial”, “lot” or “mark”"),
    ],
)  # fmt: skip
def test_a_bad_row_is_skipped_and_the_rest_read(write, fields, reason):
    rows = [row("A"), row("B") | fields, row("C")]
    path = write("c.csv", csv_text(FULL_HEADER, rows))

    results = list(parse_catalogue(path))

    assert [product.sku for product in products(results)] == ["A", "C"]
    assert errors(results) == [(3, reason)]
    assert [result.source for result in results if isinstance(result, RowError)] == [str(path)]


def test_a_duplicate_sku(write):
    path = write("c.csv", csv_text(HEADER, [row("A"), row("B"), row("A", name="again")]))

    results = list(parse_catalogue(path))

    assert [product.sku for product in products(results)] == ["A", "B"]
    assert errors(results) == [(4, "SKU A is already on line 2")]


def test_a_row_with_the_wrong_number_of_columns(write):
    path = write(
        "c.csv", "sku,name,barcodes,weight_g,cost_price,fragile,stock\nA,Tea,,1,1,0,1\nB,Cup,,1\n"
    )

    results = list(parse_catalogue(path))

    assert [product.sku for product in products(results)] == ["A"]
    assert errors(results) == [(3, "The row has 4 columns, the header has 7")]


def test_parsing_twice_gives_the_same_products(write):
    path = write(
        "c.csv",
        csv_text(
            FULL_HEADER, [row("A", case_barcodes="14901234567891*12"), row("B", unit_code="lot")]
        ),
    )

    assert list(parse_catalogue(path)) == list(parse_catalogue(path))


def test_headers_in_other_case_and_order(write):
    path = write("c.csv", "Stock,SKU,Name,Barcodes,Weight_g,Cost_Price,Fragile\n3,A,Tea,,1,1,no\n")

    [product] = products(parse_catalogue(path))

    assert (product.sku, product.stock, product.fragile) == ("A", 3, False)


def test_a_header_without_required_columns(write):
    path = write("c.csv", "sku,name,barcodes\nA,Tea,\n")

    with pytest.raises(ValueError, match="weight_g, cost_price, fragile, stock"):
        list(parse_catalogue(path))


def test_progress_ends_with_the_whole_file(write):
    path = write("c.csv", csv_text(HEADER, [row(f"S{n}") for n in range(5000)]))
    calls = []

    list(parse_catalogue(path, progress=lambda done, total: calls.append((done, total))))

    size = path.stat().st_size
    assert calls[-1] == (size, size)
    assert len(calls) >= 2


def test_a_box_has_its_outer_size_in_millimetres(write):
    header = [*HEADER, "box", "length_mm", "width_mm", "height_mm"]
    rows = [
        row("BOX-60", box="yes", length_mm="250", width_mm="180", height_mm="150"),
        row("BOX-X", box="yes"),
        row("BOX-HALF", box="yes", length_mm="250"),
        row("BOX-ZERO", box="yes", length_mm="250", width_mm="0", height_mm="150"),
    ]
    path = write("c.csv", csv_text(header, rows))

    results = list(parse_catalogue(path))

    assert [(p.sku, p.dimensions) for p in products(results)] == [
        ("BOX-60", Dimensions(250, 180, 150)),
        ("BOX-X", None),
    ]
    assert errors(results) == [
        (4, "A box's size needs all of length_mm, width_mm and height_mm, or none of them"),
        (5, "width_mm “0” is not a whole number of millimetres above 0"),
    ]
