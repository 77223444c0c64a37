from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from packstation.connectors.imports import parse_orders
from packstation.connectors.imports.ozon_json import parse_response
from packstation.connectors.imports.problems import RowError
from packstation.domain.model import Address, IncomingLine, Marketplace, MarketStatus

from .samples import errors, orders


def posting(number: str = "57195475-0050-3", **fields: object) -> dict[str, object]:
    """An FBS posting as /v3/posting/fbs/list returns it."""
    return {
        "posting_number": number,
        "order_id": 77712345,
        "order_number": number.rsplit("-", 1)[0],
        "status": "awaiting_packaging",
        "substatus": "posting_created",
        "delivery_method": {"id": 1, "name": "Ozon Логистика самостоятельно, Москва", "warehouse": "Склад"},
        "tracking_number": "",
        "tpl_integration_type": "ozon",
        "in_process_at": "2024-05-01T09:15:00Z",
        "shipment_date": "2024-05-02T10:00:00Z",
        "delivering_date": None,
        "cancellation": {"cancel_reason_id": 0, "cancel_reason": ""},
        "customer": None,
        "products": [
            {"price": "1234.50", "currency_code": "RUB", "offer_id": "TEA-1", "name": "Чай", "sku": 1234567, "quantity": 2},
            {"price": "99.00", "currency_code": "RUB", "offer_id": "CUP-1", "name": "Кружка", "sku": 7654321, "quantity": 1},
        ],
        "addressee": None,
        "barcodes": {"upper_barcode": "%101%806044518", "lower_barcode": "24602016000"},
        "requirements": {
            "products_requiring_gtd": [],
            "products_requiring_country": [],
            "products_requiring_mandatory_mark": [],
        },
    } | fields  # fmt: skip


def parse(path):
    return list(parse_orders(path, "ozon-json"))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_an_fbs_posting(write, encoding):
    path = write(
        "postings.json", {"result": {"postings": [posting()], "has_next": False}}, encoding
    )

    results = parse(path)

    assert errors(results) == []
    [order] = orders(results)
    assert order.marketplace is Marketplace.OZON
    assert order.number == "57195475-0050-3"
    assert order.ordered_at == datetime(2024, 5, 1, 9, 15, tzinfo=UTC)
    assert order.currency == "RUB"
    assert order.source_lines == (1,)
    [shipment] = order.shipments
    assert shipment.key == "57195475-0050-3"
    assert shipment.ship_to is None
    assert shipment.codes == ("57195475-0050", "%101%806044518", "24602016000")
    assert shipment.ship_by == datetime(2024, 5, 2, 10, tzinfo=UTC)
    assert shipment.status is MarketStatus.TO_PACK
    assert shipment.marketplace_status == "awaiting_packaging"
    assert shipment.carrier == "Ozon Логистика самостоятельно, Москва"
    assert shipment.lines == [
        IncomingLine("TEA-1", "Чай", 2, Decimal("1234.50"), marketplace_sku="1234567"),
        IncomingLine("CUP-1", "Кружка", 1, Decimal("99.00"), marketplace_sku="7654321"),
    ]


def test_an_rfbs_posting_has_a_ship_to(write):
    customer = {
        "customer_id": 1,
        "name": "Иван Петров",
        "phone": "+7 999 123-45-67",
        "address": {
            "address_tail": "ул. Ленина, д. 1, кв. 2",
            "city": "Казань",
            "comment": "Домофон 12",
            "country": "Россия",
            "district": "",
            "region": "Республика Татарстан",
            "zip_code": "420111",
            "pvz_code": 0,
        },
    }
    path = write(
        "p.json",
        {"postings": [posting(customer=customer, addressee={"name": "Анна Петрова", "phone": "+79990000000"}, barcodes=None)]},
    )  # fmt: skip

    [order] = orders(parse(path))

    [shipment] = order.shipments
    assert shipment.ship_to == Address(
        name="Анна Петрова",
        postal_code="420111",
        region="Республика Татарстан",
        city="Казань",
        line1="ул. Ленина, д. 1, кв. 2",
        country="RU",
        phone="+79990000000",
    )
    assert shipment.codes == ("57195475-0050",)
    assert order.buyer_notes == "Домофон 12"


def test_an_rfbs_posting_named_by_the_customer(write):
    customer = {
        "name": "Иван",
        "phone": "+7 999",
        "address": {"city": "Минск", "country": "Беларусь", "zip_code": "２２００３０"},
    }
    path = write("p.json", [posting(customer=customer)])

    [order] = orders(parse(path))

    ship_to = order.shipments[0].ship_to
    assert (ship_to.name, ship_to.phone, ship_to.country, ship_to.postal_code) == (
        "Иван",
        "+7 999",
        "BY",
        "220030",
    )


def test_requires_mark(write):
    requirements = {"products_requiring_mandatory_mark": ["1234567"]}
    path = write("p.json", {"result": {"postings": [posting(requirements=requirements)]}})

    [order] = orders(parse(path))

    assert [line.requires_mark for line in order.shipments[0].lines] == [True, False]


def test_requires_mark_with_numbers(write):
    path = write("p.json", [posting(requirements={"products_requiring_mandatory_mark": [7654321]})])

    [order] = orders(parse(path))

    assert [line.requires_mark for line in order.shipments[0].lines] == [False, True]


def test_a_get_response_and_other_shapes(write):
    assert [o.number for o in orders(parse(write("get.json", {"result": posting("1-1-1")})))] == [
        "1-1-1"
    ]
    assert [
        o.number for o in orders(parse(write("bare.json", [posting("2-2-1"), posting("2-2-2")])))
    ] == ["2-2-1", "2-2-2"]
    assert parse(write("empty.json", {"result": {"postings": [], "has_next": False}})) == []


def test_carrier_falls_back_to_the_integration_type_and_currency_to_rubles(write):
    products = [{"offer_id": "A", "name": "a", "sku": 1, "quantity": 1, "price": "10"}]
    path = write(
        "p.json",
        [posting(delivery_method=None, tpl_integration_type="3pl_tracking", products=products)],
    )

    [order] = orders(parse(path))

    assert order.shipments[0].carrier == "3pl_tracking"
    assert order.currency == "RUB"


def test_an_offset_is_kept(write):
    path = write("p.json", [posting(in_process_at="2024-05-01T12:15:00+03:00", shipment_date=None)])

    [order] = orders(parse(path))

    assert order.ordered_at.utcoffset() == timedelta(hours=3)
    assert order.ordered_at == datetime(2024, 5, 1, 12, 15, tzinfo=timezone(timedelta(hours=3)))
    assert order.shipments[0].ship_by is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("awaiting_packaging", MarketStatus.TO_PACK),
        ("awaiting_registration", MarketStatus.PENDING),
        ("acceptance_in_progress", MarketStatus.PENDING),
        ("awaiting_approve", MarketStatus.PENDING),
        ("awaiting_verification", MarketStatus.PENDING),
        ("arbitration", MarketStatus.CHANGE_PENDING),
        ("client_arbitration", MarketStatus.CHANGE_PENDING),
        ("awaiting_deliver", MarketStatus.PACKED),
        ("delivering", MarketStatus.SHIPPED),
        ("driver_pickup", MarketStatus.SHIPPED),
        ("sent_by_seller", MarketStatus.SHIPPED),
        ("delivered", MarketStatus.DELIVERED),
        ("cancelled", MarketStatus.CANCELLED),
        ("cancelled_from_split_pending", MarketStatus.CANCELLED),
        ("not_accepted", MarketStatus.CANCELLED),
        ("something_new", MarketStatus.PENDING),
    ],
)
def test_status(write, text, status):
    path = write("p.json", [posting(status=text)])

    [order] = orders(parse(path))

    assert order.shipments[0].status is status
    assert order.shipments[0].marketplace_status == text


def product(**fields: object) -> dict[str, object]:
    return {"offer_id": "X", "name": "x", "sku": 1, "quantity": 1, "price": "1.00"} | fields


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"in_process_at": None}, "in_process_at is missing"),
        ({"in_process_at": "soon"}, "in_process_at “soon” is not a date and time"),
        (
            {"shipment_date": "2024-99-01T00:00:00Z"},
            "shipment_date “2024-99-01T00:00:00Z” is not a date and time",
        ),
        (
            {"products": [product(quantity="1.5")]},
            "products[0].quantity “1.5” is not a whole number",
        ),
        ({"products": [product(price="free")]}, "products[0].price “free” is not an amount"),
        ({"products": [product(offer_id="")]}, "The SKU is missing"),
        ({"products": {"offer_id": "X"}}, 'products has an unexpected value “{"offer_id": "X"}”'),
        ({"customer": "anonymous"}, "customer has an unexpected value “anonymous”"),
    ],
)
def test_a_bad_posting_is_skipped_and_the_rest_read(write, fields, reason):
    path = write("p.json", [posting("1-1-1"), posting("2-2-2", **fields), posting("3-3-3")])

    results = parse(path)

    assert [order.number for order in orders(results)] == ["1-1-1", "3-3-3"]
    assert errors(results) == [
        (2, reason),
        (2, "Order 2-2-2 was not imported because of the errors above"),
    ]


def test_records_that_are_not_postings(write):
    path = write("p.json", [1, {"status": "awaiting_packaging"}, posting("3-3-3")])

    results = parse(path)

    assert [order.number for order in orders(results)] == ["3-3-3"]
    assert errors(results) == [
        (1, "The record is not a JSON object"),
        (2, "The order number is missing"),
    ]


@pytest.mark.parametrize("content", [b"", b"[1, 2", b'{"orders": []}', b'{"result": 5}'])
def test_a_file_that_is_not_a_postings_response(write, content):
    with pytest.raises(ValueError):
        parse(write("p.json", content))


def test_postings_the_client_received_read_as_a_file_of_them(write):
    answer = [posting("1-1-1"), posting("1-1-2", in_process_at=None)]
    from_file = parse(write("postings.json", answer))
    in_memory = list(parse_response(answer, "Ozon Seller API"))
    assert orders(in_memory) == orders(from_file)
    assert {(e.source, e.line, e.order_number) for e in in_memory if isinstance(e, RowError)} == {
        ("Ozon Seller API", 2, "1-1-2")
    }
