"""The carrier files as their software reads them: Shift_JIS, CRLF, every column in place."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from packstation.connectors.exports import b2cloud, ehiden
from packstation.connectors.exports.carrier_csv import (
    Issued,
    half_width_kana,
    slot_hours,
    write_rows,
)
from packstation.documents.model import Shop, WaybillData
from packstation.domain.model import Address
from tests.builders import TOKYO

SHOP = Shop(
    "梱包堂",
    Address("梱包堂", postal_code="5300001", region="大阪府", city="大阪市北区", line1="梅田1-1"),
    phone="06-1234-5678",
)
WAYBILL = WaybillData(
    carrier="yamato",
    service="宅急便",
    tracking_number="",
    ship_to=replace(TOKYO, line2="神宮前ハイツ101"),
    sender=SHOP,
    order_number="502763-20261122-00000001",
    ship_date=date(2026, 11, 23),
    delivery_date=date(2026, 11, 25),
    time_slot="14:00-16:00",
    fragile=True,
    contents="Green tea 100g, Tea cup",
)


def read_back(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")
    return list(csv.reader(raw.decode("cp932").splitlines()))


def test_a_b2_cloud_row_has_every_column_and_the_rules(tmp_path: Path) -> None:
    row = b2cloud.row(WAYBILL, "502763-20261122-00000001")
    assert row.cells is not None and row.problems == () and row.notes == ()
    write_rows(tmp_path / "b2.csv", b2cloud.HEADERS, [row.cells])
    header, cells = read_back(tmp_path / "b2.csv")
    assert len(header) == len(cells) == 94
    assert header[0] == "お客様管理番号" and header[3] == "伝票番号"
    named = dict(zip(header, cells, strict=True))
    assert named["お客様管理番号"] == "502763-20261122-00000001"
    assert (named["送り状種類"], named["クール区分"], named["伝票番号"]) == ("0", "0", "")
    assert (named["出荷予定日"], named["お届け予定日"]) == ("2026/11/23", "2026/11/25")
    assert named["配送時間帯"] == "1416"
    assert named["お届け先郵便番号"] == "150-0001"
    assert named["お届け先住所"] == "東京都渋谷区神宮前1-2-3"
    assert named["お届け先アパートマンション名"] == "神宮前ハイツ101"
    assert (named["お届け先名"], named["お届け先名(ｶﾅ)"]) == ("山田 太郎", "ﾔﾏﾀﾞ ﾀﾛｳ")
    assert named["ご依頼主郵便番号"] == "530-0001" and named["ご依頼主名"] == "梱包堂"
    assert named["ご依頼主住所"] == "大阪府大阪市北区梅田1-1"
    assert named["品名１"] == "Green tea 100g, Tea cup" and named["荷扱い１"] == "ワレ物注意"


def test_b2_invoice_types_follow_the_service() -> None:
    def kind(**changes: object) -> str:
        cells = b2cloud.row(replace(WAYBILL, **changes), "X").cells
        assert cells is not None
        return cells[1]

    assert kind(service="ネコポス") == "7"
    assert kind(service="宅急便コンパクト") == "8"
    assert kind(cod_amount=Decimal(3300)) == "2"
    cells = b2cloud.row(replace(WAYBILL, cod_amount=Decimal(3300)), "X").cells
    assert cells is not None and (cells[33], cells[34]) == ("3300", "300")


def test_a_row_that_cannot_be_written_is_told_with_its_order() -> None:
    wrong = b2cloud.row(replace(WAYBILL, ship_to=replace(TOKYO, postal_code="15-0001")), "X")
    assert wrong.cells is None
    assert [m.render() for m in wrong.problems] == [
        "Order 502763-20261122-00000001: postal code “15-0001” is not 7 digits, not exported"
    ]
    nowhere = ehiden.row(replace(WAYBILL, ship_to=Address("山田", postal_code="1500001")), "X")
    assert nowhere.cells is None and "no delivery address" in nowhere.problems[0].render()
    emoji = b2cloud.row(replace(WAYBILL, contents="お茶🍵"), "X")
    assert emoji.cells is None and "“🍵” cannot be written in Shift_JIS" in emoji.problems[0].render()


def test_a_time_slot_the_carrier_lacks_is_left_blank_and_told() -> None:
    row = b2cloud.row(replace(WAYBILL, time_slot="12:00-14:00"), "X")
    assert row.cells is not None and row.cells[6] == ""
    assert "no delivery time slot “12:00-14:00”" in row.notes[0].render()
    sagawa = ehiden.row(replace(WAYBILL, time_slot="12:00-14:00"), "X")
    assert sagawa.cells is not None and sagawa.cells[45] == "12" and sagawa.notes == ()
    for slot, code in (("午前中", "0812"), ("19-21", "1921"), ("1820", "1820"), ("", "")):
        cells = b2cloud.row(replace(WAYBILL, time_slot=slot), "X").cells
        assert cells is not None and cells[6] == code


def test_an_ehiden_row_has_74_columns(tmp_path: Path) -> None:
    row = ehiden.row(WAYBILL, "502763-20261122-00000001")
    assert row.cells is not None
    write_rows(tmp_path / "sagawa.csv", ehiden.HEADERS, [row.cells])
    header, cells = read_back(tmp_path / "sagawa.csv")
    assert len(header) == len(cells) == 74
    named = dict(zip(header, cells, strict=True))
    assert named["お客様管理番号"] == "502763-20261122-00000001"
    assert named["お届け先郵便番号"] == "150-0001" and named["お届け先名称１"] == "山田 太郎"
    assert (named["お届け先住所１"], named["お届け先住所２"]) == ("東京都渋谷区", "神宮前1-2-3")
    assert (named["配達日"], named["配達指定時間帯"], named["出荷日"]) == ("20261125", "14", "20261123")
    assert named["出荷個数"] == "1" and named["お問い合せ送り状No."] == ""


def test_issued_numbers_are_read_by_header_or_by_position(tmp_path: Path) -> None:
    cells = list(b2cloud.HEADERS)
    first = [""] * 94
    first[0], first[3] = "A-1", "4444-1375-8703"
    write_rows(tmp_path / "issued.csv", cells, [first, ["B-2", "0", "0"]])
    items = list(b2cloud.issued(tmp_path / "issued.csv"))
    assert items[0] == Issued(2, "A-1", "4444-1375-8703")
    assert "Line 3 has 3 columns" in items[1].render()  # type: ignore[union-attr]
    (tmp_path / "bare.csv").write_bytes("A-1,0,0,444413758703\r\n".encode("cp932"))
    assert list(b2cloud.issued(tmp_path / "bare.csv")) == [Issued(1, "A-1", "444413758703")]


def test_kana_and_slots() -> None:
    assert half_width_kana("ヤマダ　タロウ") == "ﾔﾏﾀﾞ ﾀﾛｳ"
    assert half_width_kana("ぱんだ") == "ﾊﾟﾝﾀﾞ"
    assert slot_hours("１４時～１６時") == (14, 16) and slot_hours("夜") is None
