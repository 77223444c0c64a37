from __future__ import annotations

import pytest

from packstation.connectors.imports import FORMATS, detect_format, parse_orders

from .samples import RAKUTEN_LEGACY_HEADER, RAKUTEN_NEW_HEADER, csv_text, rakuten_row

OZON_CSV = "Номер заказа;Номер отправления;Принят в обработку;Артикул;Количество\r\n1-1;1-1-1;2024-05-01 10:00;A;1\r\n"


@pytest.mark.parametrize(
    ("content", "encoding", "expected"),
    [
        (csv_text(RAKUTEN_LEGACY_HEADER, [rakuten_row()]), "cp932", "rakuten-csv"),
        (csv_text(RAKUTEN_NEW_HEADER, []), "utf-8-sig", "rakuten-csv"),
        ("\ufeff" + OZON_CSV, "utf-8", "ozon-csv"),
        (OZON_CSV.replace("Номер отправления", "НОМЕР ОТПРАВЛЕНИЯ"), "utf-8", "ozon-csv"),
        (OZON_CSV, "cp1251", "ozon-csv"),
        (OZON_CSV, "cp932", "ozon-csv"),
        ("order_number,ordered_at,sku,quantity\r\nA,2024-05-01,S,1\r\n", "utf-8", "generic"),
        ("Order ID;Date\nA;B\n", "cp932", "generic"),
        ('{"OrderModelList": [], "MessageModelList": [], "version": 7}', "utf-8", "rakuten-json"),
        ('  [{"orderNumber": "1-2-3", "orderProgress": 100}]', "utf-8-sig", "rakuten-json"),
        ('{"result": {"postings": [], "has_next": false}}', "utf-8", "ozon-json"),
        ('\n[{"posting_number": "1-1-1"}]', "utf-8", "ozon-json"),
        ('{"result": {"posting_number": "1-1-1"}}', "utf-8", "ozon-json"),
    ],
)
def test_detect_each_format(write, content, encoding, expected):
    path = write("file", content, encoding)

    assert detect_format(path) == expected
    assert expected in FORMATS


@pytest.mark.parametrize("content", [b"", b"  \r\n", b'{"orders": []}'])
def test_nothing_to_detect(write, content):
    with pytest.raises(ValueError):
        detect_format(write("file", content))


def test_detection_reads_only_the_head_of_the_file(write):
    path = write(
        "big.json", b'{"result": {"postings": [' + b" " * 200_000 + b"\xff\xfe not json at all"
    )

    assert detect_format(path) == "ozon-json"


@pytest.mark.parametrize(
    ("fmt", "content", "expected"),
    [
        ("rakuten", csv_text(RAKUTEN_LEGACY_HEADER, [rakuten_row()]), "502763-20240501-00000001"),
        ("Rakuten", '[{"orderNumber": "R-1", "orderDatetime": "2024-05-01T10:00:00+0900"}]', "R-1"),
        ("ozon", OZON_CSV, "1-1-1"),
        ("OZON", '[{"posting_number": "1-1-2", "in_process_at": "2024-05-01T10:00:00Z"}]', "1-1-2"),
    ],
)
def test_a_short_name_sniffs_csv_or_json(write, fmt, content, expected):
    path = write("file", content)

    [order] = parse_orders(path, fmt)

    assert order.number == expected


def test_an_unknown_format_is_refused_at_once(write):
    path = write("o.csv", "order_number\n")

    with pytest.raises(ValueError, match="amazon"):
        parse_orders(path, "amazon")


def test_a_column_map_is_only_for_the_generic_format(write):
    path = write("o.csv", csv_text(RAKUTEN_LEGACY_HEADER, []))
    column_map = write("map.json", {"columns": {}})

    with pytest.raises(ValueError, match="generic"):
        parse_orders(path, "rakuten-csv", column_map=column_map)
