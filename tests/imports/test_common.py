from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from packstation.connectors.imports import RowError, parse_orders
from packstation.connectors.imports.problems import NO_SKU
from packstation.connectors.imports.text_encoding import detect_encoding
from packstation.connectors.imports.values import (
    parse_bool,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_int,
    parse_tax_rate,
)

from .samples import errors, orders

JST = timezone(timedelta(hours=9))


@pytest.mark.parametrize(
    ("sample", "complete", "encoding"),
    [
        (b"\xef\xbb\xbfabc", True, "utf-8-sig"),
        ("受注番号".encode(), True, "utf-8"),
        ("受注番号".encode("cp932"), True, "cp932"),
        ("受注番号".encode()[:-1], False, "utf-8"),  # a character cut at the end of the sample
        ("受注番号".encode()[:-1], True, "cp932"),  # ... but the file really ends there
        (b"abc", True, "utf-8"),
    ],
)
def test_detect_encoding(sample, complete, encoding):
    assert detect_encoding(sample, complete=complete) == encoding


@pytest.mark.parametrize(
    ("header", "encoding"),
    [("Артикул", "cp1251"), ("Артикул", "cp932"), ("Sku", "cp932"), ("Арт", "cp932")],
)
def test_the_legacy_encoding_is_the_one_whose_header_fits(header, encoding):
    sample = f"{header};Количество\r\n".encode(encoding)

    detected = detect_encoding(
        sample, complete=True, legacy=("cp932", "cp1251"), fits=lambda line: "Артикул" in line
    )

    assert detected == (encoding if header == "Артикул" else "cp932")


def test_a_utf8_file_with_a_character_across_the_64_kib_sample(write):
    padding = "x" * (
        64 * 1024
        - len("order_number,ordered_at,sku,quantity,notes\n")
        - len("A,2024-05-01,S,1,")
        - 1
    )
    text = f"order_number,ordered_at,sku,quantity,notes\nA,2024-05-01,S,1,{padding}茶\n"
    path = write("o.csv", text)
    assert (
        len(b"order_number,ordered_at,sku,quantity,notes\nA,2024-05-01,S,1," + padding.encode())
        == 64 * 1024 - 1
    )

    [order] = orders(parse_orders(path, "generic"))

    assert order.buyer_notes.endswith("x茶")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1080", Decimal(1080)),
        ("-99999", Decimal(-99999)),
        ("12.50", Decimal("12.50")),
        ("1,200", Decimal(1200)),
        ("1,234,567", Decimal(1234567)),
        ("1 234,56", Decimal("1234.56")),
        ("1\u00a0234,5", Decimal("1234.5")),
        ("1.234,56", Decimal("1234.56")),
        ("1,234.56", Decimal("1234.56")),
        ("12,5", Decimal("12.5")),
        ("１，２００", Decimal(1200)),
        ("¥1,200", Decimal(1200)),
        ("NaN", None),
        ("Infinity", None),
        ("1e3", None),
        ("1,2,3", None),
        ("abc", None),
        ("", None),
    ],
)
def test_parse_decimal(text, value):
    assert parse_decimal(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("3", 3), ("-1", -1), ("３", 3), ("2.0", 2), ("2.5", None), ("x", None), ("", None)],
)
def test_parse_int(text, value):
    assert parse_int(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2017-10-27 14:14:42", datetime(2017, 10, 27, 14, 14, 42, tzinfo=JST)),
        ("2017/10/27 14:14", datetime(2017, 10, 27, 14, 14, tzinfo=JST)),
        ("2017/1/7 9:05", datetime(2017, 1, 7, 9, 5, tzinfo=JST)),
        ("2017-10-27T14:14:42+0900", datetime(2017, 10, 27, 14, 14, 42, tzinfo=JST)),
        ("2017-10-27T05:14:42Z", datetime(2017, 10, 27, 5, 14, 42, tzinfo=UTC)),
        ("2017-10-27T05:14:42.123456789Z", datetime(2017, 10, 27, 5, 14, 42, 123456, tzinfo=UTC)),
        ("2017-10-27", datetime(2017, 10, 27, tzinfo=JST)),
        ("2017-02-30 10:00", None),
        ("27 Oct 2017", None),
        ("2017-10-27 10:00+25:00", None),
    ],
)
def test_parse_datetime(text, value):
    parsed = parse_datetime(text, JST)
    assert parsed == value
    if value is not None:
        assert parsed.utcoffset() == value.utcoffset()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024-05-01", date(2024, 5, 1)),
        ("2024/5/1", date(2024, 5, 1)),
        ("2024年5月1日", date(2024, 5, 1)),
        ("2024/05/01(水)", date(2024, 5, 1)),
        ("指定なし", None),
        ("2024-02-30", None),
    ],
)
def test_parse_date(text, value):
    assert parse_date(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0.1", "0.1"),
        ("0.08", "0.08"),
        ("10%", "0.1"),
        ("8 %", "0.08"),
        ("10", "0.1"),
        ("0", "0"),
        ("150", None),
        ("-1", None),
    ],
)
def test_parse_tax_rate(text, value):
    assert parse_tax_rate(text) == (Decimal(value) if value else None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1", True),
        ("TRUE", True),
        ("Yes", True),
        ("да", True),
        ("", False),
        ("0", False),
        ("No", False),
        ("2", None),
    ],
)
def test_parse_bool(text, value):
    assert parse_bool(text) is value


def test_a_row_error_renders_with_its_file_and_line():
    error = RowError("orders.csv", 12, NO_SKU(), "A-1")

    assert error.render() == "orders.csv:12: The SKU is missing"
    assert (
        error.render(lambda context, source: f"[{context}] {source}")
        == "orders.csv:12: [Import] The SKU is missing"
    )


def test_a_field_past_the_csv_readers_limit_is_read_and_reported_with_its_row(write):
    huge = "x" * (csv.field_size_limit() + 1)
    text = f'order_number,ordered_at,sku,quantity\nA,2024-05-01,S,1\nB,2024-05-01,S,"{huge}"\nC,2024-05-01,S,1\n'
    path = write("o.csv", text)

    results = list(parse_orders(path, "generic"))

    assert [order.number for order in orders(results)] == ["A", "C"]
    [(line, message), (skipped_line, _)] = errors(results)
    assert line == skipped_line == 3
    assert message.startswith("quantity “xxx")
