"""Yamato B2 Cloud: 送り状発行データ rows to import, and the tracking numbers it issued.

The layout is Yamato's 「送り状発行データレイアウト 入出力用」 (new_exchange1.pdf on
bmypage.kuronekoyamato.co.jp). Its 94 column names, in order, are as and-period/furumaru
lists them (api/internal/store/exporter/yamato/yamato.go, `receiptHeaders`); the numbered
columns labocho/yamato_b2_cloud fills (lib/yamato_b2_cloud/record.rb, ATTRIBUTE_NUMBERS:
2 送り状種類, 5/6 the dates, 7 time slot, 9/11/12/13/16 the recipient, 20/22/23/24/25 the
sender, 28 品名, 34/35 the amount to collect, 40 請求先顧客コード, 42 運賃管理番号) fall on
the same names. From those sources:

- 送り状種類 0 発払い, 2 コレクト (cash on delivery), 7 ネコポス, 8 宅急便コンパクト,
  9 宅急便コンパクトコレクト; クール区分 0 通常; 伝票番号 blank (B2 gives the number).
- Dates YYYY/MM/DD, postal codes NNN-NNNN (labocho); kana half-width (furumaru narrows it).
- 配達時間帯 0812 午前中, 1416, 1618, 1820, 1921.

お客様管理番号 is the order reference (the order number, "-2" etc. after it when the order
has several parcels): B2 refuses a second waybill with a key it has. 請求先顧客コード and
運賃管理番号 stay blank: the shop's B2 import pattern supplies its own.

B2's issued-data export (発行済データ) is read in the same 入出力 layout: お客様管理番号 and
伝票番号, found by the header's names when the file has one, else columns 1 and 4. That the
export keeps these names and positions is what the layout's "入出力用" says; no sample file
confirmed it.
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
    half_width_kana,
    phone,
    read_issued,
    slot_code,
    street,
)
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message

FORMAT = "B2 Cloud"

HEADERS = (
    "お客様管理番号",
    "送り状種類",
    "クール区分",
    "伝票番号",
    "出荷予定日",
    "お届け予定日",
    "配送時間帯",
    "お届け先コード",
    "お届け先電話番号",
    "お届け先電話番号枝番",
    "お届け先郵便番号",
    "お届け先住所",
    "お届け先アパートマンション名",
    "お届け先会社・部門１",
    "お届け先会社・部門２",
    "お届け先名",
    "お届け先名(ｶﾅ)",
    "敬称",
    "ご依頼主コード",
    "ご依頼主電話番号",
    "ご依頼主電話番号枝番",
    "ご依頼主郵便番号",
    "ご依頼主住所",
    "ご依頼主アパートマンション名",
    "ご依頼主名",
    "ご依頼主名(ｶﾅ)",
    "品名コード１",
    "品名１",
    "品名コード２",
    "品名２",
    "荷扱い１",
    "荷扱い２",
    "記事",
    "ｺﾚｸﾄ代金引換額（税込)",
    "内消費税額等",
    "止置き",
    "営業所コード",
    "発行枚数",
    "個数口枠の印字",
    "請求先顧客コード",
    "請求先分類コード",
    "運賃管理番号",
    "クロネコwebコレクトデータ登録",
    "クロネコwebコレクト加盟店番号",
    "クロネコwebコレクト申込受付番号１",
    "クロネコwebコレクト申込受付番号２",
    "クロネコwebコレクト申込受付番号３",
    "お届け予定ｅメール利用区分",
    "お届け予定ｅメールe-mailアドレス",
    "入力機種",
    "お届け予定ｅメールメッセージ",
    "お届け完了ｅメール利用区分",
    "お届け完了ｅメールe-mailアドレス",
    "お届け完了ｅメールメッセージ",
    "クロネコ収納代行利用区分",
    "予備",
    "収納代行請求金額(税込)",
    "収納代行内消費税額等",
    "収納代行請求先郵便番号",
    "収納代行請求先住所",
    "収納代行請求先住所（アパートマンション名）",
    "収納代行請求先会社・部門名１",
    "収納代行請求先会社・部門名２",
    "収納代行請求先名(漢字)",
    "収納代行請求先名(カナ)",
    "収納代行問合せ先郵便番号",
    "収納代行問合せ先住所",
    "収納代行問合せ先住所（アパートマンション名）",
    "収納代行問合せ先電話番号",
    "収納代行管理番号",
    "収納代行品名",
    "収納代行備考",
    "複数口くくりキー",
    "検索キータイトル1",
    "検索キー1",
    "検索キータイトル2",
    "検索キー2",
    "検索キータイトル3",
    "検索キー3",
    "検索キータイトル4",
    "検索キー4",
    "検索キータイトル5",
    "検索キー5",
    "予備",
    "予備",
    "投函予定メール利用区分",
    "投函予定メールe-mailアドレス",
    "投函予定メールメッセージ",
    "投函完了メール（お届け先宛）利用区分",
    "投函予定メール（お届け先宛）e-mailアドレス",
    "投函予定メール（お届け先宛）メッセージ",
    "投函完了メール（ご依頼主宛）利用区分",
    "投函予定メール（ご依頼主宛）e-mailアドレス",
    "投函予定メール（ご依頼主宛）メッセージ",
)
REFERENCE = 0
TRACKING = 3

TIME_SLOTS = {(8, 12): "0812", (14, 16): "1416", (16, 18): "1618", (18, 20): "1820", (19, 21): "1921"}
FRAGILE = "ワレ物注意"

NO_AMOUNT = QT_TRANSLATE_NOOP(
    "Export", "Order {order}: cash on delivery without an amount to collect, not exported"
)


def _invoice_type(waybill: Waybill) -> str:
    service = waybill.service
    collect = waybill.cod_amount is not None or "コレクト" in service
    if "ネコポス" in service or "ゆうパケット" in service:
        return "7"
    if "コンパクト" in service:
        return "9" if collect else "8"
    return "2" if collect else "0"


def row(waybill: Waybill, reference: str) -> Row:
    """The waybill's row of HEADERS; `reference` goes in お客様管理番号."""
    checks = Checks(waybill.order_number)
    ship_to, sender = waybill.ship_to, waybill.sender
    postal, sender_postal = checks.addresses(waybill)
    kind = _invoice_type(waybill)
    amount = tax = ""
    if kind in ("2", "9"):
        if waybill.cod_amount is None:
            checks.problems.append(NO_AMOUNT(order=checks.order))
        else:
            amount, tax = cash_on_delivery(waybill.cod_amount)
    cells = [""] * len(HEADERS)
    cells[0] = reference
    cells[1] = kind
    cells[2] = "0"
    cells[4] = waybill.ship_date.strftime("%Y/%m/%d")
    cells[5] = waybill.delivery_date.strftime("%Y/%m/%d") if waybill.delivery_date else ""
    cells[6] = slot_code(checks, waybill.time_slot, TIME_SLOTS)
    cells[8] = phone(ship_to.phone)
    cells[10] = postal
    cells[11] = street(ship_to)
    cells[12] = ship_to.line2.strip()
    cells[15] = ship_to.name.strip()
    cells[16] = clip(half_width_kana(ship_to.name_kana.strip()), 50)
    cells[17] = "様"
    cells[19] = phone(sender.phone or sender.address.phone)
    cells[21] = sender_postal
    cells[22] = street(sender.address)
    cells[23] = sender.address.line2.strip()
    cells[24] = sender.name.strip()
    cells[27] = clip(waybill.contents, 50)
    cells[30] = FRAGILE if waybill.fragile else ""
    cells[33] = amount
    cells[34] = tax
    cells[37] = "1"
    return checks.row(cells)


def issued(path: Path) -> Iterator[Issued | Message]:
    """The tracking numbers of B2's issued-data export, by order reference."""
    return read_issued(
        path, FORMAT, (HEADERS[REFERENCE], REFERENCE), (HEADERS[TRACKING], TRACKING)
    )
