from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from packstation.connectors.imports import parse_orders
from packstation.domain.model import Address, IncomingLine, Marketplace, MarketStatus

from .samples import csv_text, errors, orders

JST = timezone(timedelta(hours=9))
HEADER = ["order_number", "ordered_at", "sku", "quantity", "item_name", "unit_price", "name", "postal_code",
          "region", "city", "line1", "country", "phone", "shipment"]  # fmt: skip


def row(number: str = "A-1", **fields: str) -> dict[str, str]:
    return {
        "order_number": number,
        "ordered_at": "2024-05-01T10:00:00+09:00",
        "sku": "TEA-1",
        "quantity": "2",
        "item_name": "Tea",
        "unit_price": "1080",
        "name": "Taro Rakuten",
        "postal_code": "1000001",
        "region": "東京",
        "city": "千代田区",
        "line1": "千代田1-1",
        "country": "JP",
        "phone": "03-1234-5678",
    } | fields


def parse(path, **options):
    return list(parse_orders(path, "generic", **options))


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp932", b"")]
)
def test_a_file_with_default_headers(write, encoding, bom):
    path = write(
        "o.csv", bom + csv_text(HEADER, [row(), row(sku="CUP-1", quantity="1")]).encode(encoding)
    )

    results = parse(path)

    assert errors(results) == []
    [order] = orders(results)
    assert order.marketplace is Marketplace.OTHER
    assert order.number == "A-1"
    assert order.ordered_at == datetime(2024, 5, 1, 10, tzinfo=JST)
    assert order.currency == "JPY"
    assert order.source_lines == (2, 3)
    [shipment] = order.shipments
    assert shipment.key == "1"
    assert shipment.status is MarketStatus.TO_PACK
    assert shipment.ship_to == Address(
        name="Taro Rakuten",
        postal_code="100-0001",
        region="東京都",
        city="千代田区",
        line1="千代田1-1",
        country="JP",
        phone="03-1234-5678",
    )
    assert [(line.sku, line.quantity) for line in shipment.lines] == [("TEA-1", 2), ("CUP-1", 1)]


def test_rows_of_an_order_are_grouped_wherever_they_are(write):
    rows = [
        row("A"),
        row("B"),
        row("A", sku="X", shipment="2", name="Hanako"),
        row("C"),
        row("A", sku="Y"),
    ]
    path = write("o.csv", csv_text(HEADER, rows))

    results = parse(path)

    assert errors(results) == []
    assert [order.number for order in orders(results)] == ["A", "B", "C"]
    first = orders(results)[0]
    assert first.source_lines == (2, 4, 6)
    assert [
        (shipment.key, [line.sku for line in shipment.lines]) for shipment in first.shipments
    ] == [
        ("1", ["TEA-1", "Y"]),
        ("2", ["X"]),
    ]
    assert first.shipments[1].ship_to.name == "Hanako"


def test_every_field(write):
    fields = {
        "order_number": "Z-9",
        "marketplace": "Ozon",
        "ordered_at": "2024-05-01 10:00",
        "ship_by": "2024-05-02T18:00:00Z",
        "shipment": "box-1",
        "name": "Иван",
        "name_kana": "",
        "postal_code": "４２０１１１",
        "region": "Татарстан",
        "city": "Казань",
        "line1": "ул. Ленина, 1",
        "line2": "кв. 2",
        "country": "",
        "phone": "+7 999 000-00-00",
        "email": "ivan@example.ru",
        "delivery_date": "2024-05-04",
        "time_slot": "１０:００-１４:００",
        "gift_wrap": "Бумага",
        "noshi": "",
        "gift": "yes",
        "invoice": "1",
        "notes": " Позвонить заранее ",
        "sku": "TEA-1",
        "item_name": "Чай",
        "variant": "100 г",
        "quantity": "１",
        "unit_price": "1 234,50",
        "tax_rate": "20%",
        "shipping_fee": "300",
        "currency": "rub",
        "total": "1534.50",
        "status": "packed",
    }
    path = write("o.csv", csv_text(fields, [fields]))

    [order] = orders(parse(path))

    assert order.marketplace is Marketplace.OZON
    assert order.ordered_at == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert order.currency == "RUB"
    assert order.gift
    assert order.invoice_requested
    assert order.buyer_notes == "Позвонить заранее"
    assert order.total == Decimal("1534.50")
    [shipment] = order.shipments
    assert shipment.key == "box-1"
    assert shipment.ship_by == datetime(2024, 5, 2, 18, tzinfo=UTC)
    assert shipment.delivery_date == date(2024, 5, 4)
    assert shipment.time_slot == "10:00-14:00"
    assert shipment.gift_wrap == "Бумага"
    assert shipment.shipping_fee == Decimal(300)
    assert shipment.status is MarketStatus.PACKED
    assert shipment.marketplace_status == "packed"
    assert shipment.ship_to == Address(
        name="Иван",
        postal_code="420111",
        region="Татарстан",
        city="Казань",
        line1="ул. Ленина, 1",
        line2="кв. 2",
        country="RU",
        phone="+7 999 000-00-00",
        email="ivan@example.ru",
    )
    assert shipment.lines == [
        IncomingLine("TEA-1", "Чай", 1, Decimal("1234.50"), "100 г", Decimal("0.2"))
    ]


@pytest.mark.parametrize(
    ("text", "rate"), [("0.1", "0.1"), ("10%", "0.1"), ("10", "0.1"), ("８", "0.08"), ("", None)]
)
def test_tax_rate(write, text, rate):
    path = write("o.csv", csv_text([*HEADER, "tax_rate"], [row(tax_rate=text)]))

    [order] = orders(parse(path))

    assert order.shipments[0].lines[0].tax_rate == (Decimal(rate) if rate else None)


@pytest.mark.parametrize(
    ("text", "status"),
    [("", MarketStatus.TO_PACK)]
    + [(status.value, status) for status in MarketStatus]
    + [("weird", MarketStatus.PENDING)],
)
def test_status(write, text, status):
    path = write("o.csv", csv_text([*HEADER, "status"], [row(status=text)]))

    [order] = orders(parse(path))

    assert order.shipments[0].status is status


def test_a_shipment_without_an_address_still_has_a_ship_to(write):
    path = write("o.csv", "order_number,ordered_at,sku,quantity\nA,2024-05-01,S,1\n")

    [order] = orders(parse(path))

    assert order.shipments[0].ship_to == Address()
    assert order.ordered_at == datetime(2024, 5, 1, tzinfo=UTC)


def test_a_column_map(write):
    column_map = write(
        "map.json",
        {
            "columns": {
                "order_number": "Order ID",
                "sku": "Item SKU",
                "quantity": "Qty",
                "ordered_at": "Date",
            },
            "delimiter": ";",
            "encoding": "cp932",
            "timezone": "+09:00",
            "date_format": "%d/%m/%Y %H:%M",
        },
    )
    text = "Order ID;Item SKU;Qty;Date;name;ship_by\n1001;TEA-1;2;05/04/2024 09:30;山田;2024-04-06T12:00\n"
    path = write("o.csv", text, "cp932")

    [order] = orders(parse(path, column_map=column_map))

    assert order.number == "1001"
    assert order.ordered_at == datetime(2024, 4, 5, 9, 30, tzinfo=JST)
    assert order.shipments[0].ship_by == datetime(2024, 4, 6, 12, tzinfo=JST)
    assert order.shipments[0].lines[0].sku == "TEA-1"
    assert order.shipments[0].ship_to.name == "山田"


def test_a_column_map_alone_means_the_generic_format(write):
    column_map = write("map.json", {"columns": {"order_number": "受注番号"}})
    path = write("o.csv", "受注番号,ordered_at,sku,quantity\nA,2024-05-01,S,1\n")

    assert [order.number for order in orders(parse_orders(path, column_map=column_map))] == ["A"]


def test_missing_required_columns_are_named(write):
    path = write("o.csv", "Order ID,sku\nA,S\n")
    column_map = write("map.json", {"columns": {"order_number": "Order ID", "quantity": "Qty"}})

    with pytest.raises(ValueError, match="ordered_at, Qty"):
        parse(path, column_map=column_map)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"[1]", "not a JSON object"),
        (b"{", "not a JSON object"),
        ({"colums": {}}, "unknown settings colums"),
        ({"columns": {"order_no": "X"}}, "unknown fields order_no"),
        ({"columns": {"sku": 1}}, "“columns” must be text"),
        ({"delimiter": ";;"}, "delimiter must be one character"),
        ({"encoding": "klingon"}, "unknown encoding"),
        ({"timezone": "Tokyo"}, "timezone must be an offset"),
        ({"date_format": 5}, "“date_format” must be text"),
    ],
)
def test_a_bad_column_map(write, content, problem):
    path = write("o.csv", "order_number,ordered_at,sku,quantity\nA,2024-05-01,S,1\n")

    with pytest.raises(ValueError, match=problem):
        parse(path, column_map=write("map.json", content))


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"quantity": "1.5"}, "quantity “1.5” is not a whole number"),
        ({"sku": ""}, "The SKU is missing"),
        ({"unit_price": "cheap"}, "unit_price “cheap” is not an amount"),
    ],
)
def test_a_bad_row_skips_its_order(write, fields, reason):
    rows = [row("A"), row("B"), row("C"), row("B", **fields)]
    path = write("o.csv", csv_text(HEADER, rows))

    results = parse(path)

    assert [order.number for order in orders(results)] == ["A", "C"]
    assert errors(results) == [
        (5, reason),
        (3, "Order B was not imported because of the errors above"),
    ]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"ordered_at": "May 1st"}, "ordered_at “May 1st” is not a date and time"),
        ({"ordered_at": ""}, "ordered_at is missing"),
    ],
)
def test_order_columns_come_from_the_first_row_of_an_order(write, fields, reason):
    rows = [row("B", **fields), row("A"), row("B", ordered_at="")]
    path = write("o.csv", csv_text(HEADER, rows))

    results = parse(path)

    assert [order.number for order in orders(results)] == ["A"]
    assert errors(results) == [
        (2, reason),
        (2, "Order B was not imported because of the errors above"),
    ]


@pytest.mark.parametrize(
    ("column", "text", "reason"),
    [
        ("gift", "maybe", "gift “maybe” is not yes or no (1/0, true/false, yes/no)"),
        ("marketplace", "amazon", "marketplace “amazon” is not “rakuten”, “ozon” or “other”"),
        ("tax_rate", "abc", "tax_rate “abc” is not a tax rate"),
        ("delivery_date", "2024-02-30", "delivery_date “2024-02-30” is not a date"),
        ("ship_by", "tomorrow", "ship_by “tomorrow” is not a date and time"),
        ("total", "x", "total “x” is not an amount"),
    ],
)
def test_a_bad_optional_value(write, column, text, reason):
    path = write("o.csv", csv_text([*HEADER, column], [row("A", **{column: text})]))

    assert errors(parse(path)) == [
        (2, reason),
        (2, "Order A was not imported because of the errors above"),
    ]
