from __future__ import annotations

import copy
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from packstation.connectors.imports import parse_orders
from packstation.connectors.imports.problems import RowError
from packstation.connectors.imports.rakuten_json import parse_response
from packstation.domain.model import Address, IncomingLine, Marketplace, MarketStatus

from .samples import errors, orders

JST = timezone(timedelta(hours=9))

SENDER = {
    "zipCode1": "530",
    "zipCode2": "0001",
    "prefecture": "大阪府",
    "city": "大阪市北区",
    "subAddress": "梅田1-1-1",
    "familyName": "山田",
    "firstName": "花子",
    "familyNameKana": "ヤマダ",
    "firstNameKana": "ハナコ",
    "phoneNumber1": "06",
    "phoneNumber2": "1111",
    "phoneNumber3": "2222",
    "isolatedIslandFlag": 0,
}
HANAKO = Address(
    name="山田\u3000花子",
    name_kana="ヤマダ\u3000ハナコ",
    postal_code="530-0001",
    region="大阪府",
    city="大阪市北区",
    line1="梅田1-1-1",
    country="JP",
    phone="06-1111-2222",
)


def item(**fields: object) -> dict[str, object]:
    return {
        "itemDetailId": 1,
        "itemName": "緑茶ティーバッグ",
        "itemId": 10000001,
        "itemNumber": "tea-001",
        "manageNumber": "tea",
        "price": 1080,
        "units": 2,
        "selectedChoice": "サイズ:M",
        "deleteItemFlag": 0,
        "TaxRate": 0.08,
        "SkuModelList": [{"variantId": "v-1", "merchantDefinedSkuId": None, "skuInfo": None}],
    } | fields


def package(
    basket_id: int = 1001, sender_key: str = "SenderModel", **fields: object
) -> dict[str, object]:
    return {
        "basketId": basket_id,
        "postagePrice": 0,
        "noshi": None,
        "packageDeleteFlag": 0,
        sender_key: dict(SENDER),
        "ItemModelList": [item()],
        "defaultDeliveryCompanyCode": "1001",
    } | fields


def order_model(number: str = "502763-20171027-00006701", **fields: object) -> dict[str, object]:
    return {
        "orderNumber": number,
        "orderProgress": 300,
        "orderDatetime": "2017-10-27T14:14:42+0900",
        "deliveryDate": None,
        "shippingTerm": None,
        "remarks": "[配送日時指定:]",
        "giftCheckFlag": 0,
        "totalPrice": 2160,
        "OrdererModel": {
            "zipCode1": "100",
            "zipCode2": "0001",
            "prefecture": "東京都",
            "city": "千代田区",
            "subAddress": "千代田1-1",
            "familyName": "楽天",
            "firstName": "太郎",
            "familyNameKana": "ラクテン",
            "firstNameKana": "タロウ",
            "phoneNumber1": "03",
            "phoneNumber2": "1234",
            "phoneNumber3": "5678",
            "emailAddress": "abc@pc.fw.rakuten.ne.jp",
        },
        "DeliveryModel": {"deliveryName": "宅配便", "deliveryClass": 1},
        "PackageModelList": [package()],
    } | fields


def response(*models: object) -> dict[str, object]:
    return {"MessageModelList": [{"messageType": "INFO", "messageCode": "ORDER_EXT_API_GET_ORDER_INFO_101"}],
            "OrderModelList": list(models), "version": 7}  # fmt: skip


def parse(path):
    return list(parse_orders(path, "rakuten-json"))


@pytest.mark.parametrize("sender_key", ["SenderModel", "senderModel"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_a_getorder_response(write, sender_key, encoding):
    path = write(
        "orders.json",
        response(order_model(PackageModelList=[package(sender_key=sender_key)])),
        encoding,
    )

    results = parse(path)

    assert errors(results) == []
    [order] = orders(results)
    assert order.marketplace is Marketplace.RAKUTEN
    assert order.number == "502763-20171027-00006701"
    assert order.ordered_at == datetime(2017, 10, 27, 14, 14, 42, tzinfo=JST)
    assert order.total == Decimal(2160)
    assert order.currency == "JPY"
    assert order.orderer.name == "楽天\u3000太郎"
    assert order.orderer.email == "abc@pc.fw.rakuten.ne.jp"
    assert order.orderer.phone == "03-1234-5678"
    assert order.source_lines == (1,)
    [shipment] = order.shipments
    assert shipment.key == "1001"
    assert shipment.ship_to == HANAKO
    assert shipment.status is MarketStatus.TO_PACK
    assert shipment.marketplace_status == "300"
    assert shipment.carrier == "ヤマト運輸"
    assert shipment.lines == [
        IncomingLine(
            sku="tea-001",
            name="緑茶ティーバッグ",
            quantity=2,
            unit_price=Decimal(1080),
            variant="サイズ:M",
            tax_rate=Decimal("0.08"),
            marketplace_sku="10000001",
        )
    ]


def test_a_bare_list_and_a_single_order(write):
    assert len(orders(parse(write("list.json", [order_model("A"), order_model("B")])))) == 2
    assert [order.number for order in orders(parse(write("one.json", order_model("C"))))] == ["C"]


def test_sku_comes_from_the_sku_model_then_item_number_then_manage_number(write):
    items = [
        item(
            SkuModelList=[
                {"variantId": "v", "merchantDefinedSkuId": "TEA-M", "skuInfo": "サイズ:M"}
            ]
        ),
        item(itemNumber=None),
        item(itemNumber="", SkuModelList=None, selectedChoice=None),
    ]
    path = write("o.json", response(order_model(PackageModelList=[package(ItemModelList=items)])))

    [order] = orders(parse(path))

    assert [line.sku for line in order.shipments[0].lines] == ["TEA-M", "tea", "tea"]


def test_gift_wrapping_delivery_date_and_time_slot(write):
    model = order_model(
        giftCheckFlag=1,
        deliveryDate="2017-10-30",
        shippingTerm=1416,
        remarks="請求書を同封してください",
        WrappingModel1={"title": 1, "name": "花柄", "price": 300, "deleteWrappingFlag": 0},
        WrappingModel2={"title": 2, "name": "赤", "price": 100, "deleteWrappingFlag": 0},
        PackageModelList=[package(noshi="御祝", postagePrice=500)],
    )
    path = write("o.json", response(model))

    [order] = orders(parse(path))

    assert order.gift
    assert order.invoice_requested
    assert order.buyer_notes == "請求書を同封してください"
    [shipment] = order.shipments
    assert shipment.delivery_date == date(2017, 10, 30)
    assert shipment.time_slot == "14:00-16:00"
    assert shipment.gift_wrap == "包装紙: 花柄; リボン: 赤"
    assert shipment.noshi == "御祝"
    assert shipment.shipping_fee == Decimal(500)


@pytest.mark.parametrize(
    ("term", "slot"),
    [
        (None, ""),
        (0, ""),
        (1, "午前"),
        (2, "午後"),
        (9, "その他"),
        (812, "08:00-12:00"),
        (1921, "19:00-21:00"),
    ],
)
def test_shipping_term(write, term, slot):
    path = write("o.json", response(order_model(shippingTerm=term)))

    [order] = orders(parse(path))

    assert order.shipments[0].time_slot == slot


def test_several_packages_and_deleted_ones(write):
    jiro = dict(SENDER, familyName="鈴木", firstName="次郎")
    packages = [
        package(1),
        package(2, SenderModel=jiro, postagePrice=-9999, ItemModelList=[item(itemNumber="a"), item(itemNumber="b", deleteItemFlag=1)]),
        package(3, packageDeleteFlag=1),
    ]  # fmt: skip
    path = write("o.json", response(order_model(PackageModelList=packages, totalPrice=-9999)))

    [order] = orders(parse(path))

    assert order.total is None
    assert [shipment.key for shipment in order.shipments] == ["1", "2"]
    assert order.shipments[1].ship_to.name == "鈴木\u3000次郎"
    assert order.shipments[1].shipping_fee == Decimal(0)
    assert [line.sku for line in order.shipments[1].lines] == ["a"]


@pytest.mark.parametrize(
    ("progress", "status"),
    [
        (100, MarketStatus.TO_PACK),
        (200, MarketStatus.PENDING),
        (300, MarketStatus.TO_PACK),
        (400, MarketStatus.CHANGE_PENDING),
        (500, MarketStatus.SHIPPED),
        (600, MarketStatus.SHIPPED),
        (700, MarketStatus.SHIPPED),
        (800, MarketStatus.CHANGE_PENDING),
        (900, MarketStatus.CANCELLED),
        (999, MarketStatus.PENDING),
    ],
)
def test_status(write, progress, status):
    path = write("o.json", response(order_model(orderProgress=progress)))

    [order] = orders(parse(path))

    assert order.shipments[0].status is status
    assert order.shipments[0].marketplace_status == str(progress)


def test_an_order_time_without_offset_is_japan_time(write):
    path = write("o.json", response(order_model(orderDatetime="2017-10-27 14:14:42")))

    [order] = orders(parse(path))

    assert order.ordered_at == datetime(2017, 10, 27, 14, 14, 42, tzinfo=JST)


def broken(**changes: object) -> dict[str, object]:
    model = copy.deepcopy(order_model("BAD"))
    for path, value in changes.items():
        target = model
        *parents, key = path.split("__")
        for parent in parents:
            target = target[int(parent)] if isinstance(target, list) else target[parent]
        target[key] = value
    return model


@pytest.mark.parametrize(
    ("model", "reason"),
    [
        (broken(orderDatetime=None), "orderDatetime is missing"),
        (broken(orderDatetime="yesterday"), "orderDatetime “yesterday” is not a date and time"),
        (broken(deliveryDate="2017-02-30"), "deliveryDate “2017-02-30” is not a date"),
        (broken(totalPrice="lots"), "totalPrice “lots” is not an amount"),
        (
            broken(PackageModelList__0__ItemModelList__0__units="two"),
            "PackageModelList[0].ItemModelList[0].units “two” is not a whole number",
        ),
        (
            broken(PackageModelList__0__ItemModelList__0__price=True),
            "PackageModelList[0].ItemModelList[0].price “true” is not an amount",
        ),
        (
            broken(PackageModelList__0__ItemModelList__0__itemNumber="", PackageModelList__0__ItemModelList__0__manageNumber=""),
            "The SKU is missing",
        ),
        (broken(PackageModelList="none"), "PackageModelList has an unexpected value “none”"),
        (broken(OrdererModel=[1]), "OrdererModel has an unexpected value “[1]”"),
    ],
)  # fmt: skip
def test_a_bad_record_is_skipped_and_the_rest_read(write, model, reason):
    path = write("o.json", response(order_model("A"), model, order_model("C")))

    results = parse(path)

    assert [order.number for order in orders(results)] == ["A", "C"]
    assert errors(results) == [
        (2, reason),
        (2, "Order BAD was not imported because of the errors above"),
    ]


def test_records_that_are_not_orders(write):
    path = write(
        "o.json", response("text", order_model(""), {"orderProgress": 100}, order_model("D"))
    )

    results = parse(path)

    assert [order.number for order in orders(results)] == ["D"]
    assert errors(results) == [
        (1, "The record is not a JSON object"),
        (2, "The order number is missing"),
        (3, "The order number is missing"),
    ]


def test_an_empty_order_model_list(write):
    assert (
        parse(write("o.json", {"MessageModelList": [], "OrderModelList": None, "version": 7})) == []
    )


@pytest.mark.parametrize("content", [b"{not json", b'{"something": 1}', b'"text"'])
def test_a_file_that_is_not_a_getorder_response(write, content):
    with pytest.raises(ValueError):
        parse(write("o.json", content))


def test_progress_ends_with_the_whole_file(write):
    path = write("o.json", response(*(order_model(f"N{n}") for n in range(5000))))
    calls = []

    results = list(
        parse_orders(path, "rakuten-json", progress=lambda done, total: calls.append((done, total)))
    )

    assert len(results) == 5000
    size = path.stat().st_size
    assert calls[-1] == (size, size)
    assert len(calls) >= 2


def test_an_answer_in_memory_parses_as_the_same_answer_in_a_file(write):
    answer = response(
        order_model(), order_model("289999-20171117-00065901", orderDatetime="yesterday")
    )
    from_file = parse(write("orders.json", answer))
    in_memory = list(parse_response(answer, "Rakuten RMS"))
    assert orders(in_memory) == orders(from_file)
    assert [(e.line, e.order_number) for e in in_memory if isinstance(e, RowError)] == [
        (2, "289999-20171117-00065901"),
        (2, "289999-20171117-00065901"),
    ]
    assert {e.source for e in in_memory if isinstance(e, RowError)} == {"Rakuten RMS"}
