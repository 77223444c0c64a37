"""Sagawa e飛伝Ⅲ: 出荷データ rows to import, and the tracking numbers it issued.

The 74 columns, in order, are those of and-period/furumaru
(api/internal/store/exporter/sagawa/sagawa.go, which cites the raku-uru manual page
contents.raku-uru.jp/documents/manual/data/ordercsv/ehiden3.html). Its header array splits
部署ご担当者コード取得区分 into two names ("部署ご担当者コード", "取得区分") and so has 75; its
`Receipt.Record()` writes 74 values with the one 部署ご担当者コード取得区分, which is what is
written here. Time-slot codes from the same file: 01 午前中, 12 (12-14), 14, 16, 18 (18-20),
04 (18-21), 19 (19-21).

お客様管理番号 (column 10) is the order reference, as for B2 Cloud. Left blank because no
source confirms their codes: クール便指定 (furumaru's 001/002/003 are unverified),
指定シール (so a fragile parcel gets no seal here), 決済種別. Dates are written YYYYMMDD and
postal codes NNN-NNNN; the date form is not confirmed by a source.

The issued numbers are read from an export in the same layout: お客様管理番号 and
お問い合せ送り状No., by the header's names when the file has one, else columns 10 and 62
(unconfirmed by a sample file).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from packstation.connectors.exports.carrier_csv import (
    Checks,
    Issued,
    Row,
    Waybill,
    cash_on_delivery,
    clip,
    phone,
    read_issued,
    slot_code,
    street,
)
from packstation.domain.messages import Message

FORMAT = "e飛伝Ⅲ"

HEADERS = (
    "お届け先コード取得区分",
    "お届け先コード",
    "お届け先電話番号",
    "お届け先郵便番号",
    "お届け先住所１",
    "お届け先住所２",
    "お届け先住所３",
    "お届け先名称１",
    "お届け先名称２",
    "お客様管理番号",
    "お客様コード",
    "部署ご担当者コード取得区分",
    "部署ご担当者コード",
    "部署ご担当者名称",
    "荷送人電話番号",
    "ご依頼主コード取得区分",
    "ご依頼主コード",
    "ご依頼主電話番号",
    "ご依頼主郵便番号",
    "ご依頼主住所１",
    "ご依頼主住所２",
    "ご依頼主名称１",
    "ご依頼主名称２",
    "荷姿",
    "品名１",
    "品名２",
    "品名３",
    "品名４",
    "品名５",
    "荷札荷姿",
    "荷札品名1",
    "荷札品名2",
    "荷札品名3",
    "荷札品名4",
    "荷札品名5",
    "荷札品名6",
    "荷札品名7",
    "荷札品名8",
    "荷札品名9",
    "荷札品名10",
    "荷札品名11",
    "出荷個数",
    "スピード指定",
    "クール便指定",
    "配達日",
    "配達指定時間帯",
    "配達指定時間（時分）",
    "代引金額",
    "消費税",
    "決済種別",
    "保険金額",
    "指定シール1",
    "指定シール2",
    "指定シール3",
    "営業所受取",
    "ＳＲＣ区分",
    "営業所受取営業所コード",
    "元着区分",
    "メールアドレス",
    "ご不在時連絡先",
    "出荷日",
    "お問い合せ送り状No.",
    "出荷場印字区分",
    "集約解除指定",
    "編集1",
    "編集2",
    "編集3",
    "編集4",
    "編集5",
    "編集6",
    "編集7",
    "編集8",
    "編集9",
    "編集10",
)
REFERENCE = 9
TRACKING = 61

TIME_SLOTS = {
    (8, 12): "01",
    (12, 14): "12",
    (14, 16): "14",
    (16, 18): "16",
    (18, 20): "18",
    (18, 21): "04",
    (19, 21): "19",
}


def row(waybill: Waybill, reference: str) -> Row:
    """The waybill's row of HEADERS; `reference` goes in お客様管理番号."""
    checks = Checks(waybill.order_number)
    ship_to, sender = waybill.ship_to, waybill.sender
    postal, sender_postal = checks.addresses(waybill)
    cells = [""] * len(HEADERS)
    cells[2] = phone(ship_to.phone)
    cells[3] = postal
    cells[4] = ship_to.region.strip() + ship_to.city.strip()
    cells[5] = ship_to.line1.strip()
    cells[6] = ship_to.line2.strip()
    cells[7] = ship_to.name.strip()
    cells[9] = reference
    cells[17] = phone(sender.phone or sender.address.phone)
    cells[18] = sender_postal
    cells[19] = street(sender.address)
    cells[20] = sender.address.line2.strip()
    cells[21] = sender.name.strip()
    cells[24] = clip(waybill.contents, 32)
    cells[41] = "1"
    cells[44] = waybill.delivery_date.strftime("%Y%m%d") if waybill.delivery_date else ""
    cells[45] = slot_code(checks, waybill.time_slot, TIME_SLOTS)
    if waybill.cod_amount is not None:
        cells[47], cells[48] = cash_on_delivery(waybill.cod_amount)
    cells[60] = waybill.ship_date.strftime("%Y%m%d")
    return checks.row(cells)


def issued(path: Path) -> Iterator[Issued | Message]:
    """The tracking numbers of an e飛伝Ⅲ export in this layout, by order reference."""
    return read_issued(
        path, FORMAT, (HEADERS[REFERENCE], REFERENCE), (HEADERS[TRACKING], TRACKING)
    )
