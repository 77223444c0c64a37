from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from packstation.connectors.imports import parse_orders
from packstation.domain.model import IncomingLine, Marketplace, MarketStatus

from .samples import csv_text, errors, orders

MSK = timezone(timedelta(hours=3))
HEADER = [
    "Номер заказа", "Номер отправления", "Принят в обработку", "Дата отгрузки", "Статус",
    "Дата доставки", "Фактическая дата передачи в доставку", "Сумма отправления",
    "Код валюты отправления", "Наименование товара", "OZON id", "Артикул", "Итоговая стоимость товара",
    "Код валюты товара", "Количество", "Стоимость доставки",
]  # fmt: skip


def row(posting: str = "57195475-0050-3") -> dict[str, str]:
    """One product row of a posting (merge changes in with `|`)."""
    return {
        "Номер заказа": posting.rsplit("-", 1)[0],
        "Номер отправления": posting,
        "Принят в обработку": "2024-05-01 12:34:56",
        "Дата отгрузки": "2024-05-02 14:00:00",
        "Статус": "Ожидает сборки",
        "Наименование товара": "Чай зелёный",
        "OZON id": "1234567",
        "Артикул": "TEA-1",
        "Итоговая стоимость товара": "1 234,50",
        "Код валюты товара": "RUB",
        "Количество": "2",
    }


def ozon_file(write, rows, *, encoding="utf-8-sig", header=HEADER):
    return write("orders.csv", csv_text(header, rows, delimiter=";"), encoding)


def parse(path):
    return list(parse_orders(path, "ozon-csv"))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp932"])
def test_a_cabinet_export(write, encoding):
    rows = [row(), (row() | {"Артикул": "CUP-1", "Наименование товара": "Кружка", "OZON id": "7654321",
                          "Итоговая стоимость товара": "99", "Количество": "1"}), row("57195475-0051-1")]  # fmt: skip
    if encoding == "cp932":  # Cyrillic is in CP932 too
        rows = [r | {"Наименование товара": "Чай"} for r in rows]
    path = ozon_file(write, rows, encoding=encoding)

    results = parse(path)

    assert errors(results) == []
    first, second = orders(results)
    assert first.marketplace is Marketplace.OZON
    assert first.number == "57195475-0050-3"
    assert first.ordered_at == datetime(2024, 5, 1, 12, 34, 56, tzinfo=MSK)
    assert first.ordered_at.utcoffset() == timedelta(hours=3)
    assert first.currency == "RUB"
    assert first.source_lines == (2, 3)
    [shipment] = first.shipments
    assert shipment.key == "57195475-0050-3"
    assert shipment.ship_to is None
    assert shipment.codes == ("57195475-0050",)
    assert shipment.ship_by == datetime(2024, 5, 2, 14, tzinfo=MSK)
    assert shipment.status is MarketStatus.TO_PACK
    assert shipment.marketplace_status == "Ожидает сборки"
    assert [
        (line.sku, line.quantity, line.unit_price, line.marketplace_sku) for line in shipment.lines
    ] == [
        ("TEA-1", 2, Decimal("1234.50"), "1234567"),
        ("CUP-1", 1, Decimal(99), "7654321"),
    ]
    assert second.number == "57195475-0051-1"


@pytest.mark.parametrize("fmt", ["ozon-csv", "ozon", None])
def test_a_windows_1251_export(write, fmt):
    rows = [row(), (row() | {"Наименование товара": "Кружка «Ёлка»", "Статус": "Отменён"})]
    path = ozon_file(write, rows, encoding="cp1251")

    results = list(parse_orders(path, fmt))

    assert errors(results) == []
    [order] = orders(results)
    [shipment] = order.shipments
    assert [line.name for line in shipment.lines] == ["Чай зелёный", "Кружка «Ёлка»"]
    assert shipment.marketplace_status == "Ожидает сборки"


@pytest.mark.parametrize("fmt", ["ozon-csv", None])
def test_a_file_in_no_accepted_encoding(write, fmt):
    content = csv_text(HEADER, [row()], delimiter=";").encode("cp1251")
    path = write("orders.csv", b"\x98\x80;" + content)  # 0x98: in neither CP932 nor Windows-1251

    with pytest.raises(ValueError) as raised:
        list(parse_orders(path, fmt))

    assert raised.value.message.render() == (
        f"{path} is not {'cp1251' if fmt else 'cp932'} text (at byte 0); import files are UTF-8, "
        "Shift_JIS (cp932) for Rakuten or Windows-1251 for Ozon"
    )


def test_russian_dates_and_full_width_numbers(write):
    rows = [(row() | {"Принят в обработку": "01.05.2024 12:34", "Дата отгрузки": "2.5.2024 9:05:07",
                   "Количество": "３", "Итоговая стоимость товара": "1\u00a0234,5"})]  # fmt: skip
    path = ozon_file(write, rows)

    [order] = orders(parse(path))

    assert order.ordered_at == datetime(2024, 5, 1, 12, 34, tzinfo=MSK)
    assert order.shipments[0].ship_by == datetime(2024, 5, 2, 9, 5, 7, tzinfo=MSK)
    assert order.shipments[0].lines == [
        IncomingLine("TEA-1", "Чай зелёный", 3, Decimal("1234.5"), marketplace_sku="1234567")
    ]


def test_an_offset_is_kept(write):
    path = ozon_file(write, [(row() | {"Принят в обработку": "2024-05-01T09:34:56+00:00"})])

    [order] = orders(parse(path))

    assert order.ordered_at.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("header", "price"),
    [
        ("Ваша цена", "500"),
        ("Цена продажи", "400"),
        ("Итоговая стоимость товара", "300"),
        ("Стоимость товара для покупателя", "200"),
    ],
)
def test_price_comes_from_the_first_price_column_present(write, header, price):
    all_prices = {"Ваша цена": "500", "Цена продажи": "400", "Итоговая стоимость товара": "300",
                  "Стоимость товара для покупателя": "200"}  # fmt: skip
    names = list(all_prices)
    present = names[names.index(header) :]
    columns = [name for name in HEADER if name != "Итоговая стоимость товара"] + present
    fields = {name: value for name, value in row().items() if name != "Итоговая стоимость товара"}
    path = ozon_file(write, [fields | {name: all_prices[name] for name in present}], header=columns)

    [order] = orders(parse(path))

    assert order.shipments[0].lines[0].unit_price == Decimal(price)


def test_headers_in_other_case(write):
    header = [name.upper() for name in HEADER]
    path = ozon_file(write, [{name.upper(): value for name, value in row().items()}], header=header)

    assert len(orders(parse(path))) == 1


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ожидает сборки", MarketStatus.TO_PACK),
        ("Ожидает упаковки", MarketStatus.TO_PACK),
        ("ожидает отгрузки", MarketStatus.PACKED),
        ("Доставляется", MarketStatus.SHIPPED),
        ("Передаётся в доставку", MarketStatus.SHIPPED),
        ("Передается в доставку", MarketStatus.SHIPPED),
        ("Доставлен", MarketStatus.DELIVERED),
        ("Доставлено", MarketStatus.DELIVERED),
        ("Отменён", MarketStatus.CANCELLED),
        ("ОТМЕНЕНО", MarketStatus.CANCELLED),
        ("Ожидает подтверждения", MarketStatus.PENDING),
        ("Ожидает регистрации", MarketStatus.PENDING),
        ("Арбитраж", MarketStatus.CHANGE_PENDING),
        ("Что-то новое", MarketStatus.PENDING),
    ],
)
def test_status(write, text, status):
    path = ozon_file(write, [(row() | {"Статус": text})])

    [order] = orders(parse(path))

    assert order.shipments[0].status is status
    assert order.shipments[0].marketplace_status == text


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"Количество": "two"}, "Количество “two” is not a whole number"),
        (
            {"Итоговая стоимость товара": "1,2,3"},
            "Итоговая стоимость товара “1,2,3” is not an amount",
        ),
        ({"Артикул": ""}, "The SKU is missing"),
    ],
)
def test_a_bad_product_row_skips_its_posting(write, fields, reason):
    rows = [row("1-1-1"), row("2-2-2"), (row("2-2-2") | fields), row("3-3-3")]
    path = ozon_file(write, rows)

    results = parse(path)

    assert [order.number for order in orders(results)] == ["1-1-1", "3-3-3"]
    assert errors(results) == [
        (4, reason),
        (3, "Order 2-2-2 was not imported because of the errors above"),
    ]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"Принят в обработку": ""}, "Принят в обработку is missing"),
        ({"Принят в обработку": "вчера"}, "Принят в обработку “вчера” is not a date and time"),
        ({"Дата отгрузки": "32.01.2024"}, "Дата отгрузки “32.01.2024” is not a date and time"),
    ],
)
def test_a_bad_posting_column_skips_its_posting(write, fields, reason):
    rows = [row("1-1-1"), (row("2-2-2") | fields), row("3-3-3")]
    path = ozon_file(write, rows)

    results = parse(path)

    assert [order.number for order in orders(results)] == ["1-1-1", "3-3-3"]
    assert errors(results) == [
        (3, reason),
        (3, "Order 2-2-2 was not imported because of the errors above"),
    ]


def test_rows_of_a_posting_that_are_not_together(write):
    path = ozon_file(write, [row("1-1-1"), row("2-2-2"), row("1-1-1")])

    results = parse(path)

    assert [order.number for order in orders(results)] == ["1-1-1", "2-2-2"]
    assert errors(results) == [
        (4, "Rows of order 1-1-1 are not together; sort the file by order number")
    ]


def test_a_header_without_the_posting_number(write):
    header = [name for name in HEADER if name != "Номер отправления"]
    path = write("o.csv", ";".join(header) + "\n")

    with pytest.raises(ValueError, match="номер отправления"):
        parse(path)


def test_progress_ends_with_the_whole_file(write):
    path = ozon_file(write, [row(f"{n}-1-1") for n in range(5000)])
    calls = []

    list(parse_orders(path, "ozon-csv", progress=lambda done, total: calls.append((done, total))))

    size = path.stat().st_size
    assert calls[-1] == (size, size)
    assert len(calls) >= 2
