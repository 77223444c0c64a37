from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from packstation.connectors.imports import RowError, parse_orders
from packstation.domain.model import Address, IncomingLine, Marketplace, MarketStatus

from .samples import (
    RAKUTEN_LEGACY_HEADER,
    RAKUTEN_NEW_HEADER,
    csv_text,
    errors,
    orders,
    rakuten_row,
)

JST = timezone(timedelta(hours=9))
TARO = Address(
    name="楽天\u3000太郎",
    name_kana="ラクテン\u3000タロウ",
    postal_code="100-0001",
    region="東京都",
    city="千代田区",
    line1="千代田1-1 楽天マンション101",
    country="JP",
    phone="03-1234-5678",
    email="taro@example.jp",
)


def parse(path):
    return list(parse_orders(path, "rakuten-csv"))


@pytest.mark.parametrize(
    ("encoding", "bom"), [("cp932", b""), ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf")]
)
def test_a_legacy_file_in_each_encoding(write, encoding, bom):
    text = csv_text(
        RAKUTEN_LEGACY_HEADER,
        [
            rakuten_row() | {"送付先名字": "山田", "送付先名前": "花子", "送付先郵便番号１": "530"},
            rakuten_row() | {"商品番号": "cup-002", "商品名": "湯呑み", "単価": "2200", "個数": "1",
                             "送付先名字": "山田", "送付先名前": "花子", "送付先郵便番号１": "530"},
            rakuten_row("502763-20240501-00000002"),
        ],
    )  # fmt: skip
    path = write("orders.csv", bom + text.encode(encoding))

    results = parse(path)

    assert errors(results) == []
    first, second = orders(results)
    assert first.marketplace is Marketplace.RAKUTEN
    assert first.number == "502763-20240501-00000001"
    assert first.ordered_at == datetime(2024, 5, 1, 14, 14, 42, tzinfo=JST)
    assert first.ordered_at.utcoffset() == timedelta(hours=9)
    assert first.currency == "JPY"
    assert first.total == Decimal(2160)
    assert first.orderer == TARO
    assert first.source_lines == (2, 3)
    [shipment] = first.shipments
    assert shipment.key == "1"
    assert shipment.status is MarketStatus.TO_PACK
    assert shipment.marketplace_status == "新規受付"
    assert shipment.ship_by is None
    assert shipment.carrier == "ヤマト運輸"
    assert shipment.ship_to.name == "山田\u3000花子"
    assert shipment.ship_to.postal_code == "530-0001"
    assert shipment.ship_to.email == ""
    assert shipment.lines == [
        IncomingLine(
            "tea-001", "緑茶ティーバッグ", 2, Decimal(1080), "サイズ:M", marketplace_sku="10000001"
        ),
        IncomingLine("cup-002", "湯呑み", 1, Decimal(2200), "サイズ:M", marketplace_sku="10000001"),
    ]
    assert second.source_lines == (4,)
    # The recipient is the orderer: one address, email included.
    assert second.shipments[0].ship_to == TARO


def full_width(text: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


def test_full_width_headers_and_values(write):
    header = {name: full_width(name) for name in RAKUTEN_LEGACY_HEADER}
    header["受注番号"] = "　受注番号 "
    row = rakuten_row() | {
        "個数": "３",
        "単価": "１，０８０",
        "注文日時": "２０２４／０５／０１　０９：０５：００",
        "送付先郵便番号１": "５３０",
        "送付先郵便番号２": "０００１",
        "送付先電話番号１": "０６",
        "送付先住所：都道府県": "大阪",
        "送付先名字": "山田",
        "お届け時間帯": "１４：００～１６：００",
        "お届け日指定": "２０２４年５月３日",
    }
    rows = [{header[name]: value for name, value in row.items()}]
    path = write("orders.csv", csv_text(header.values(), rows), "cp932")

    [order] = orders(parse(path))

    assert order.ordered_at == datetime(2024, 5, 1, 9, 5, tzinfo=JST)
    [shipment] = order.shipments
    assert shipment.lines[0].quantity == 3
    assert shipment.lines[0].unit_price == Decimal(1080)
    assert shipment.ship_to.postal_code == "530-0001"
    assert shipment.ship_to.phone == "06-1234-5678"
    assert shipment.ship_to.region == "大阪府"
    assert shipment.ship_to.name == "山田\u3000太郎"  # names are kept as written
    assert shipment.time_slot == "14:00~16:00"
    assert shipment.delivery_date == date(2024, 5, 3)


def test_the_newer_layout(write):
    row = {
        "注文番号": "289999-20171117-00065901",
        "受注ステータス": "発送待ち",
        "注文日時": "2017/11/17 10:00:00",
        "送料(-99999=無効値)": "-99999",
        "合計金額(-99999=無効値)": "-99999",
        "注文者名字": "楽天",
        "注文者名前": "太郎",
        "送付先郵便番号１": "060",
        "送付先郵便番号２": "0001",
        "送付先住所：都道府県": "北海道",
        "送付先住所：市区町村以降": "札幌市中央区北1条西2丁目",
        "送付先名字": "北海",
        "送付先名前": "道子",
        "送付先電話番号１": "011",
        "送付先電話番号２": "",
        "送付先電話番号３": "2222",
        "商品番号": "",
        "商品ID": "77",
        "商品名": "鮭",
        "単価(-99999=無効値)": "3000",
        "個数": "1",
    }
    path = write("new.csv", csv_text(RAKUTEN_NEW_HEADER, [row]), "cp932")

    [order] = orders(parse(path))

    assert order.number == "289999-20171117-00065901"
    assert order.ordered_at == datetime(2017, 11, 17, 10, tzinfo=JST)
    assert order.total is None
    [shipment] = order.shipments
    assert shipment.shipping_fee == Decimal(0)
    assert shipment.ship_to == Address(
        name="北海\u3000道子",
        postal_code="060-0001",
        region="北海道",
        city="",
        line1="札幌市中央区北1条西2丁目",
        country="JP",
        phone="011-2222",
    )
    assert shipment.lines == [IncomingLine("77", "鮭", 1, Decimal(3000), marketplace_sku="77")]


def test_several_destinations_are_several_shipments(write):
    hanako = {
        "送付先名字": "山田",
        "送付先名前": "花子",
        "送付先郵便番号１": "530",
        "送付先送料": "500",
    }
    jiro = {
        "送付先名字": "鈴木",
        "送付先名前": "次郎",
        "送付先郵便番号１": "980",
        "送付先送料": "700",
    }
    rows = [
        (rakuten_row() | {"複数送付先フラグ": "1", **hanako}),
        (rakuten_row() | {"複数送付先フラグ": "1", "商品番号": "a", **jiro}),
        (rakuten_row() | {"複数送付先フラグ": "1", "商品番号": "b", **hanako}),
    ]
    path = write("multi.csv", csv_text(RAKUTEN_LEGACY_HEADER, rows), "cp932")

    [order] = orders(parse(path))

    first, second = order.shipments
    assert (first.key, second.key) == ("1", "2")
    assert first.ship_to.name == "山田\u3000花子"
    assert second.ship_to.name == "鈴木\u3000次郎"
    assert (first.shipping_fee, second.shipping_fee) == (Decimal(500), Decimal(700))
    assert [line.sku for line in first.lines] == ["tea-001", "b"]
    assert [line.sku for line in second.lines] == ["a"]


def test_gift_noshi_wrapping_time_slot_and_invoice(write):
    row = rakuten_row() | {
        "ギフトチェック（0:なし/1:あり）": "1",
        "のし": "御祝",
        "ラッピングタイトル(包装紙)": "包装紙",
        "ラッピング名(包装紙)": "花柄",
        "ラッピングタイトル(リボン)": "リボン",
        "ラッピング名(リボン)": "赤",
        "お届け時間帯": "午前中",
        "お届け日指定": "2024/05/04",
        "コメント": "  領収書をお願いします。\n宛名は楽天株式会社で  ",
        "配送会社": "佐川急便",
    }
    path = write("gift.csv", csv_text(RAKUTEN_LEGACY_HEADER, [row]), "cp932")

    [order] = orders(parse(path))

    assert order.gift
    assert order.invoice_requested
    assert order.buyer_notes == "領収書をお願いします。\n宛名は楽天株式会社で"
    [shipment] = order.shipments
    assert shipment.noshi == "御祝"
    assert shipment.gift_wrap == "包装紙: 花柄; リボン: 赤"
    assert shipment.time_slot == "午前中"
    assert shipment.delivery_date == date(2024, 5, 4)
    assert shipment.carrier == "佐川急便"


@pytest.mark.parametrize("text", ["指定なし", "", "-"])
def test_no_delivery_date(write, text):
    path = write(
        "o.csv",
        csv_text(RAKUTEN_LEGACY_HEADER, [(rakuten_row() | {"お届け日指定": text})]),
        "cp932",
    )

    [order] = orders(parse(path))

    assert order.shipments[0].delivery_date is None


def test_order_date_and_time_columns_when_there_is_no_order_datetime(write):
    header = [name for name in RAKUTEN_LEGACY_HEADER if name != "注文日時"]
    row = rakuten_row() | {"注文日": "2024/05/02", "注文時間": "08:30:00"}
    del row["注文日時"]
    path = write("o.csv", csv_text(header, [row]), "cp932")

    [order] = orders(parse(path))

    assert order.ordered_at == datetime(2024, 5, 2, 8, 30, tzinfo=JST)


def test_an_offset_in_the_file_is_kept(write):
    row = rakuten_row() | {"注文日時": "2024-05-01T05:00:00Z"}
    path = write("o.csv", csv_text(RAKUTEN_LEGACY_HEADER, [row]))

    [order] = orders(parse(path))

    assert order.ordered_at == datetime(2024, 5, 1, 5, tzinfo=UTC)
    assert order.ordered_at.utcoffset() == timedelta(0)


def test_a_postal_code_that_does_not_normalise_is_kept_as_written(write):
    row = rakuten_row() | {"送付先郵便番号１": "12", "送付先郵便番号２": "34x"}
    path = write("o.csv", csv_text(RAKUTEN_LEGACY_HEADER, [row]))

    [order] = orders(parse(path))

    assert order.shipments[0].ship_to.postal_code == "12-34x"


def test_a_quantity_of_zero_is_not_an_error(write):
    path = write("o.csv", csv_text(RAKUTEN_LEGACY_HEADER, [(rakuten_row() | {"個数": "0"})]))

    [order] = orders(parse(path))

    assert order.shipments[0].lines[0].quantity == 0


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("新規受付", MarketStatus.TO_PACK),
        ("注文確認待ち", MarketStatus.TO_PACK),
        ("発送待ち", MarketStatus.TO_PACK),
        ("", MarketStatus.TO_PACK),
        ("楽天処理中", MarketStatus.PENDING),
        ("発送前入金待ち", MarketStatus.PENDING),
        ("変更確定待ち", MarketStatus.CHANGE_PENDING),
        ("キャンセル確定待ち", MarketStatus.CHANGE_PENDING),
        ("保留", MarketStatus.CHANGE_PENDING),
        ("発送済", MarketStatus.SHIPPED),
        ("発送後入金待ち", MarketStatus.SHIPPED),
        ("処理済", MarketStatus.SHIPPED),
        ("支払手続き中", MarketStatus.SHIPPED),
        ("支払手続き済", MarketStatus.SHIPPED),
        ("キャンセル確定", MarketStatus.CANCELLED),
        ("キャンセル", MarketStatus.CANCELLED),
        ("謎の状態", MarketStatus.PENDING),
    ],
)
def test_status(write, text, status):
    path = write(
        "o.csv", csv_text(RAKUTEN_LEGACY_HEADER, [(rakuten_row() | {"受注ステータス": text})])
    )

    [order] = orders(parse(path))

    assert order.shipments[0].status is status
    assert order.shipments[0].marketplace_status == text


@pytest.mark.parametrize(
    ("columns", "reason"),
    [
        ({"商品番号": "", "商品ID": ""}, "The SKU is missing"),
        ({"個数": "2.5"}, "個数 “2.5” is not a whole number"),
        ({"個数": ""}, "個数 “” is not a whole number"),
        ({"単価": "abc"}, "単価 “abc” is not an amount"),
    ],
)
def test_a_bad_item_row_skips_its_order_and_nothing_else(write, columns, reason):
    rows = [rakuten_row("A"), rakuten_row("B"), (rakuten_row("B") | columns), rakuten_row("C")]
    path = write("o.csv", csv_text(RAKUTEN_LEGACY_HEADER, rows), "cp932")

    results = parse(path)

    assert [order.number for order in orders(results)] == ["A", "C"]
    assert errors(results) == [
        (4, reason),
        (3, "Order B was not imported because of the errors above"),
    ]
    row_errors = [result for result in results if isinstance(result, RowError)]
    assert {error.order_number for error in row_errors} == {"B"}
    assert {error.source for error in row_errors} == {str(path)}


@pytest.mark.parametrize(
    ("columns", "reason"),
    [
        ({"注文日時": "2024-13-45 10:00"}, "注文日時 “2024-13-45 10:00” is not a date and time"),
        ({"注文日時": ""}, "注文日時 is missing"),
        ({"送付先送料": "free"}, "送付先送料 “free” is not an amount"),
        ({"合計金額(-99999=無効値)": "x"}, "合計金額(-99999=無効値) “x” is not an amount"),
        ({"お届け日指定": "2024-02-30"}, "お届け日指定 “2024-02-30” is not a date"),
    ],
)
def test_a_bad_order_column_skips_its_order(write, columns, reason):
    """Order columns repeat on every row of an order; they are read from its first row."""
    rows = [
        rakuten_row("A"),
        (rakuten_row("B") | columns),
        (rakuten_row("B") | columns),
        rakuten_row("C"),
    ]
    path = write("o.csv", csv_text(RAKUTEN_LEGACY_HEADER, rows), "cp932")

    results = parse(path)

    assert [order.number for order in orders(results)] == ["A", "C"]
    assert errors(results) == [
        (3, reason),
        (3, "Order B was not imported because of the errors above"),
    ]


def test_line_numbers_count_multi_line_fields(write):
    rows = [
        (rakuten_row("A") | {"項目・選択肢": "色:赤\nサイズ:L\n"}),
        (rakuten_row("B") | {"コメント": "一行目\r\n二行目"}),
        (rakuten_row("B") | {"個数": "many"}),
    ]
    path = write("o.csv", csv_text(RAKUTEN_LEGACY_HEADER, rows), "cp932")

    results = parse(path)

    assert orders(results)[0].source_lines == (2,)
    assert errors(results) == [
        (7, "個数 “many” is not a whole number"),
        (5, "Order B was not imported because of the errors above"),
    ]


def test_a_row_with_the_wrong_number_of_columns(write):
    text = csv_text(RAKUTEN_LEGACY_HEADER, [rakuten_row("A"), rakuten_row("B")])
    lines = text.split("\r\n")
    lines[2] = lines[2] + ',"extra"'
    path = write("o.csv", "\r\n".join(lines))

    results = parse(path)

    assert [order.number for order in orders(results)] == ["A"]
    assert errors(results) == [
        (3, "The row has 127 columns, the header has 126"),
        (3, "Order B was not imported because of the errors above"),
    ]


def test_a_row_without_an_order_number(write):
    path = write(
        "o.csv",
        csv_text(RAKUTEN_LEGACY_HEADER, [rakuten_row("A"), rakuten_row(""), rakuten_row("C")]),
    )

    results = parse(path)

    assert [order.number for order in orders(results)] == ["A", "C"]
    assert errors(results) == [(3, "The order number is missing")]


def test_blank_lines_are_left_out(write):
    text = csv_text(RAKUTEN_LEGACY_HEADER, [rakuten_row("A")]) + "\r\n" + "," * 125 + "\r\n"
    path = write("o.csv", text)

    results = parse(path)

    assert errors(results) == []
    assert len(orders(results)) == 1


def test_rows_of_an_order_that_are_not_together(write):
    rows = [
        rakuten_row("A"),
        rakuten_row("B"),
        rakuten_row("A"),
        rakuten_row("A"),
        rakuten_row("C"),
    ]
    path = write("o.csv", csv_text(RAKUTEN_LEGACY_HEADER, rows), "cp932")

    results = parse(path)

    assert [order.number for order in orders(results)] == ["A", "B", "C"]
    not_together = "Rows of order A are not together; sort the file by order number"
    assert errors(results) == [(4, not_together), (5, not_together)]
    assert [result.order_number for result in results if isinstance(result, RowError)] == ["A", "A"]


def test_progress_ends_with_the_whole_file(write):
    rows = [rakuten_row(f"N{n:05d}") for n in range(5000)]
    path = write("o.csv", csv_text(RAKUTEN_LEGACY_HEADER, rows), "cp932")
    calls = []

    results = list(
        parse_orders(path, "rakuten-csv", progress=lambda done, total: calls.append((done, total)))
    )

    size = path.stat().st_size
    assert len(orders(results)) == 5000
    assert len(calls) >= 2
    assert calls[-1] == (size, size)
    assert all(0 < done <= total == size for done, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


@pytest.mark.parametrize("missing", ["受注番号", "個数"])
def test_a_header_without_a_required_column(write, missing):
    header = [name for name in RAKUTEN_LEGACY_HEADER if name != missing]
    path = write("o.csv", ",".join(header) + "\r\n")

    with pytest.raises(ValueError, match=missing):
        parse(path)


def test_an_empty_file(write):
    with pytest.raises(ValueError, match="empty"):
        parse(write("o.csv", b""))


def test_bytes_that_are_not_text_in_the_encoding(write):
    text = csv_text(RAKUTEN_LEGACY_HEADER, [rakuten_row("A")]).encode("utf-8")
    path = write("o.csv", text + b'"\xff\xfe"\r\n')

    with pytest.raises(ValueError, match="not cp932 text"):
        parse(path)
