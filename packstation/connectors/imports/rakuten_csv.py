"""Rakuten RMS order CSV (受注データ): one row per item, the order's columns repeated.

Both layouts are read by header name: the legacy one (受注番号, 送付先住所：都市区 + 町以降)
and the newer one (注文番号, 送付先住所：市区町村以降, money headers suffixed
`(-99999=無効値)`). This parser is on the path of 100 MB imports: column indexes are
resolved once, rows are indexed directly and order-level columns are read from an order's
first row only.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta, timezone
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from packstation.connectors.imports.csv_reading import CsvFile, Header
from packstation.connectors.imports.grouping import BuildOrder, Problems, Rows, group_consecutive
from packstation.connectors.imports.jp_address import (
    joined_name,
    joined_phone,
    jp_postal,
    jp_region,
    wants_invoice,
)
from packstation.connectors.imports.problems import (
    MISSING_VALUE,
    NO_SKU,
    NOT_AMOUNT,
    NOT_DATE,
    NOT_DATETIME,
    NOT_TAX_RATE,
    NOT_WHOLE_NUMBER,
    RowError,
)
from packstation.connectors.imports.progress import Progress
from packstation.connectors.imports.text import clean, clean_repeated, header_key, nfkc, shown
from packstation.connectors.imports.values import (
    looks_like_no_date,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_int,
    parse_tax_rate,
)
from packstation.domain.model import (
    Address,
    IncomingLine,
    IncomingOrder,
    IncomingShipment,
    Marketplace,
    MarketStatus,
)

JST = timezone(timedelta(hours=9))
NOT_SET = Decimal(-99999)  # Rakuten's "no value" in money columns
_SENTINEL_SUFFIX = "(-99999=無効値)"

# The legacy RMS order download, all 126 headers in order (reference/domain.md, appendix).
# Parsing goes by header name; this is the layout for writing sample files.
LEGACY_HEADER = (
    "受注番号",
    "受注ステータス",
    "カード決済ステータス",
    "入金日",
    "配送日",
    "お届け時間帯",
    "お届け日指定",
    "担当者",
    "ひとことメモ",
    "メール差込文(お客様へのメッセージ)",
    "初期購入合計金額",
    "利用端末",
    "メールキャリアコード",
    "ギフトチェック（0:なし/1:あり）",
    "コメント",
    "注文日時",
    "複数送付先フラグ",
    "警告表示フラグ",
    "楽天会員フラグ",
    "合計",
    "消費税(-99999=無効値)",
    "送料(-99999=無効値)",
    "代引料(-99999=無効値)",
    "請求金額(-99999=無効値)",
    "合計金額(-99999=無効値)",
    "同梱ID",
    "同梱ステータス",
    "同梱商品合計金額",
    "同梱送料合計",
    "同梱代引料合計",
    "同梱消費税合計",
    "同梱請求金額",
    "同梱合計金額",
    "同梱楽天バンク決済振替手数料",
    "同梱ポイント利用合計",
    "メールフラグ",
    "注文日",
    "注文時間",
    "モバイルキャリア決済番号",
    "購入履歴修正可否タイプ",
    "購入履歴修正アイコンフラグ",
    "購入履歴修正催促メールフラグ",
    "送付先一致フラグ",
    "ポイント利用有無",
    "注文者郵便番号１",
    "注文者郵便番号２",
    "注文者住所：都道府県",
    "注文者住所：都市区",
    "注文者住所：町以降",
    "注文者名字",
    "注文者名前",
    "注文者名字フリガナ",
    "注文者名前フリガナ",
    "注文者電話番号１",
    "注文者電話番号２",
    "注文者電話番号３",
    "メールアドレス",
    "注文者性別",
    "注文者誕生日",
    "決済方法",
    "クレジットカード種類",
    "クレジットカード番号",
    "クレジットカード名義人",
    "クレジットカード有効期限",
    "クレジットカード分割選択",
    "クレジットカード分割備考",
    "配送方法",
    "配送区分",
    "ポイント利用額",
    "ポイント利用条件",
    "ポイントステータス",
    "楽天バンク決済ステータス",
    "楽天バンク振替手数料負担区分",
    "楽天バンク決済手数料",
    "ラッピングタイトル(包装紙)",
    "ラッピング名(包装紙)",
    "ラッピング料金(包装紙)",
    "税込別(包装紙)",
    "ラッピングタイトル(リボン)",
    "ラッピング名(リボン)",
    "ラッピング料金(リボン)",
    "税込別(リボン)",
    "送付先送料",
    "送付先代引料",
    "送付先消費税",
    "お荷物伝票番号",
    "送付先商品合計金額",
    "のし",
    "送付先郵便番号１",
    "送付先郵便番号２",
    "送付先住所：都道府県",
    "送付先住所：都市区",
    "送付先住所：町以降",
    "送付先名字",
    "送付先名前",
    "送付先名字フリガナ",
    "送付先名前フリガナ",
    "送付先電話番号１",
    "送付先電話番号２",
    "送付先電話番号３",
    "商品ID",
    "商品名",
    "商品番号",
    "商品URL",
    "単価",
    "個数",
    "送料込別",
    "税込別",
    "代引手数料込別",
    "項目・選択肢",
    "ポイント倍率",
    "ポイントタイプ",
    "レコードナンバー",
    "納期情報",
    "在庫タイプ",
    "ラッピング種類(包装紙)",
    "ラッピング種類(リボン)",
    "あす楽希望",
    "クーポン利用額",
    "店舗発行クーポン利用額",
    "楽天発行クーポン利用額",
    "同梱注文クーポン利用額",
    "配送会社",
    "薬事フラグ",
    "楽天スーパーDEAL",
    "メンバーシッププログラム",
)

S = MarketStatus
STATUSES = {
    "": S.TO_PACK,
    "新規受付": S.TO_PACK,
    "注文確認待ち": S.TO_PACK,
    "発送待ち": S.TO_PACK,
    "楽天処理中": S.PENDING,
    "発送前入金待ち": S.PENDING,
    "変更確定待ち": S.CHANGE_PENDING,
    "キャンセル確定待ち": S.CHANGE_PENDING,
    "保留": S.CHANGE_PENDING,
    "発送済": S.SHIPPED,
    "発送後入金待ち": S.SHIPPED,
    "処理済": S.SHIPPED,
    "支払手続き中": S.SHIPPED,
    "支払手続き済": S.SHIPPED,
    "キャンセル確定": S.CANCELLED,
    "キャンセル": S.CANCELLED,
}
WRAPPING_TITLES = {"1": "包装紙", "2": "リボン"}  # the API's title codes, if a file uses them
# RakutenPayOrderAPI deliveryCompany codes 1000, 1001, ... (oh0123/rakuten-spi-sdk rms/order.go).
DELIVERY_COMPANIES = (
    "その他", "ヤマト運輸", "佐川急便", "日本郵便", "西濃運輸", "セイノースーパーエクスプレス",
    "福山通運", "名鉄運輸", "トナミ運輸", "第一貨物", "新潟運輸", "中越運送", "岡山県貨物運送",
    "久留米運送", "山陽自動車運送", "日本トラック", "エコ配", "EMS", "DHL", "FedEx", "UPS",
    "日本通運", "TNT", "OCS", "USPS", "SFエクスプレス", "Aramex", "SGHグローバル・ジャパン",
    "Rakuten EXPRESS",
)  # fmt: skip


@lru_cache(maxsize=256)
def carrier_name(code: str) -> str:
    """`1001` → `ヤマト運輸`; other text as written."""
    code = code.strip()
    index = int(code) - 1000 if code.isascii() and code.isdigit() else -1
    return DELIVERY_COMPANIES[index] if 0 <= index < len(DELIVERY_COMPANIES) else code


def column_key(name: str) -> str:
    """NFKC, trimmed, without the `(-99999=無効値)` suffix of the newer layout."""
    return header_key(name).removesuffix(_SENTINEL_SUFFIX).rstrip()


class _PersonColumns:
    """Where a person's columns are (送付先… for the recipient, 注文者… for the orderer)."""

    def __init__(self, header: Header, prefix: str, *email: str) -> None:
        indexes = (
            header.index(f"{prefix}名字"),
            header.index(f"{prefix}名前"),
            header.index(f"{prefix}名字フリガナ"),
            header.index(f"{prefix}名前フリガナ"),
            header.index(f"{prefix}郵便番号1"),
            header.index(f"{prefix}郵便番号2"),
            header.index(f"{prefix}住所:都道府県"),
            header.index(f"{prefix}住所:都市区"),
            header.index(f"{prefix}住所:町以降", f"{prefix}住所:市区町村以降"),
            header.index(f"{prefix}電話番号1"),
            header.index(f"{prefix}電話番号2"),
            header.index(f"{prefix}電話番号3"),
            header.index(*email),
        )
        self.fields = itemgetter(*indexes)  # in the order `_address` takes them
        # What tells two destinations of an order apart: name, postal code and address.
        self.destination = itemgetter(*indexes[:9])


def _address(fields: tuple[str, ...]) -> Address:
    (
        family,
        given,
        family_kana,
        given_kana,
        zip1,
        zip2,
        prefecture,
        city,
        line1,
        phone1,
        phone2,
        phone3,
        email,
    ) = fields
    digits = phone1 + phone2 + phone3
    if phone1 and phone2 and phone3 and digits.isascii() and digits.isdigit():
        phone = f"{phone1}-{phone2}-{phone3}"
    else:
        phone = joined_phone(phone1, phone2, phone3)
    # Positional, in Address's field order: keywords make this hot call 30% slower.
    return Address(
        joined_name(family, given),  # name
        joined_name(family_kana, given_kana),  # name_kana
        jp_postal(zip1, zip2),  # postal_code
        jp_region(prefecture),  # region
        city.strip(),  # city
        line1.strip(),  # line1
        "",  # line2
        "JP",  # country
        phone,  # phone
        email.strip(),  # email
    )


class Columns:
    """Column indexes of one file, resolved once from its header."""

    def __init__(self, header: Header) -> None:
        header.require(
            ("受注番号", "注文番号"), ("商品番号", "商品ID"), ("個数",), ("注文日時", "注文日")
        )
        self.header = header
        self.number = header.index("受注番号", "注文番号")
        self.status = header.index("受注ステータス")
        self.ordered_at = header.index("注文日時")
        self.order_date = header.index("注文日")
        self.order_time = header.index("注文時間")
        self.delivery_date = header.index("お届け日指定")
        self.time_slot = header.index("お届け時間帯")
        self.noshi = header.index("のし")
        self.wrappings = tuple(
            (
                header.index(f"ラッピングタイトル({kind})"),
                header.index(f"ラッピング名({kind})"),
                kind,
            )
            for kind in ("包装紙", "リボン")
        )
        self.gift = header.index("ギフトチェック(0:なし/1:あり)", "ギフトチェック")
        self.comment = header.index("コメント")
        self.carrier = header.index("配送会社")
        self.shipping_fee = header.index("送付先送料", "送料")
        self.total = header.index("合計金額")
        self.ship_to = _PersonColumns(header, "送付先")
        self.orderer = _PersonColumns(header, "注文者", "メールアドレス", "注文者メールアドレス")
        self.sku = header.index("商品番号")
        self.item_id = header.index("商品ID")
        self.item_name = header.index("商品名")
        self.variant = header.index("項目・選択肢")
        self.unit_price = header.index("単価")
        self.quantity = header.index("個数")
        self.tax_rate = header.index("税率")


class _Builder:
    """Builds an order from its rows: order columns from the first row, a shipment per
    destination from that destination's first row, a line per row."""

    def __init__(self, columns: Columns) -> None:
        self.c = columns
        self.name = columns.header.name

    def __call__(self, number: str, rows: Rows) -> IncomingOrder | Problems:
        problems: Problems = []
        first_line, first = rows[0]
        order = self._order(number, first_line, first, problems)
        destination_of = self.c.ship_to.destination
        shipments: dict[tuple[str, ...], IncomingShipment] = {}
        for line, row in rows:
            item = self._item(line, row, problems)
            if problems or order is None or item is None:
                continue  # the order is skipped; the other rows are still checked
            destination = destination_of(row)
            shipment = shipments.get(destination)
            if shipment is None:
                shipment = self._shipment(line, row, order, problems)
                if shipment is None:
                    continue
                shipments[destination] = shipment
                order.shipments.append(shipment)
            shipment.lines.append(item)
        if problems or order is None:
            return problems
        order.source_lines = (first_line,) if len(rows) == 1 else tuple([line for line, _ in rows])
        return order

    def _item(self, line: int, row: list[str], problems: Problems) -> IncomingLine | None:
        """The row's line; None and a problem when the row cannot be read."""
        c = self.c
        sku = row[c.sku].strip() or row[c.item_id].strip()
        if not sku:
            problems.append((line, NO_SKU()))
            return None
        raw = row[c.quantity]
        try:
            quantity = int(raw)
        except ValueError:
            quantity = parse_int(clean(raw))
            if quantity is None:
                problems.append(
                    (line, NOT_WHOLE_NUMBER(column=self.name(c.quantity), value=shown(raw)))
                )
                return None
        raw = row[c.unit_price]
        if raw.isascii() and raw.isdigit():
            price = Decimal(raw)
        else:
            known = len(problems)
            price = self._money(line, row, c.unit_price, problems)
            if len(problems) > known:
                return None
        tax_rate = None
        raw = row[c.tax_rate]
        if raw:
            tax_rate = parse_tax_rate(clean(raw))
            if tax_rate is None:
                problems.append(
                    (line, NOT_TAX_RATE(column=self.name(c.tax_rate), value=shown(raw)))
                )
                return None
        # Positional, in IncomingLine's field order: this runs once per row.
        return IncomingLine(
            sku,  # sku
            row[c.item_name].strip(),  # name
            quantity,  # quantity
            Decimal(0) if price is None else price,  # unit_price
            row[c.variant].strip(),  # variant
            tax_rate,  # tax_rate
            row[c.item_id].strip(),  # marketplace_sku
        )

    def _order(
        self, number: str, line: int, row: list[str], problems: Problems
    ) -> IncomingOrder | None:
        """The order-level columns, from the order's first row."""
        c = self.c
        ordered_at_column = c.ordered_at
        raw = row[c.ordered_at]
        if ordered_at_column == c.header.width:
            ordered_at_column = c.order_date
            raw = f"{row[c.order_date].strip()} {row[c.order_time].strip()}"
        raw = raw.strip() if raw.isascii() else clean(raw)
        if not raw:
            problems.append((line, MISSING_VALUE(column=self.name(ordered_at_column))))
            return None
        ordered_at = parse_datetime(raw, JST)
        if ordered_at is None:
            problems.append(
                (line, NOT_DATETIME(column=self.name(ordered_at_column), value=shown(raw)))
            )
            return None
        total = self._money(line, row, c.total, problems)
        notes = row[c.comment].strip()
        gift = row[c.gift]
        orderer = c.orderer.fields(row)
        return IncomingOrder(
            marketplace=Marketplace.RAKUTEN,
            number=number,
            ordered_at=ordered_at,
            shipments=[],
            orderer=_address(orderer),
            currency="JPY",
            gift=(gift if gift.isascii() else clean(gift)).strip() == "1",
            invoice_requested=wants_invoice(notes),
            buyer_notes=notes,
            total=None if total == NOT_SET else total,
        )

    def _shipment(
        self, line: int, row: list[str], order: IncomingOrder, problems: Problems
    ) -> IncomingShipment | None:
        """A destination, from its first row: the order's delivery wishes and its own fee."""
        c = self.c
        delivery_date = None
        raw = row[c.delivery_date]
        if raw:
            raw = clean(raw)
            delivery_date = parse_date(raw)
            if delivery_date is None and not looks_like_no_date(raw):
                problems.append(
                    (line, NOT_DATE(column=self.name(c.delivery_date), value=shown(raw)))
                )
                return None
        fee = self._money(line, row, c.shipping_fee, problems)
        if problems:
            return None
        status = row[c.status].strip()
        return IncomingShipment(
            key=str(len(order.shipments) + 1),
            lines=[],
            ship_to=self._ship_to(row, order),
            status=STATUSES.get(clean_repeated(status), MarketStatus.PENDING),
            marketplace_status=status,
            delivery_date=delivery_date,
            time_slot=clean_repeated(row[c.time_slot]),
            gift_wrap=self._wrapping(row),
            noshi=row[c.noshi].strip(),
            shipping_fee=Decimal(0) if fee is None or fee == NOT_SET else fee,
            carrier=carrier_name(row[c.carrier]),
        )

    def _ship_to(self, row: list[str], order: IncomingOrder) -> Address:
        """The recipient; the orderer's address (email included) when it is the orderer."""
        fields = self.c.ship_to.fields(row)
        if fields[:12] == self.c.orderer.fields(row)[:12]:
            return order.orderer
        return _address(fields)

    def _money(self, line: int, row: list[str], column: int, problems: Problems) -> Decimal | None:
        """The amount in the column; None when it is empty or not a number (a problem)."""
        raw = row[column]
        if raw.isascii() and raw.isdigit():
            return Decimal(raw)
        raw = clean(raw)
        if not raw:
            return None
        value = parse_decimal(raw)
        if value is None:
            problems.append((line, NOT_AMOUNT(column=self.name(column), value=shown(raw))))
        return value

    def _wrapping(self, row: list[str]) -> str:
        """`包装紙: 花柄; リボン: 赤` from the wrapping title and name columns."""
        parts = []
        for title_at, name_at, kind in self.c.wrappings:
            title, name = row[title_at], row[name_at]
            if not (title or name):
                continue
            title, name = nfkc(title).strip(), name.strip()
            title = WRAPPING_TITLES.get(title, title)
            if name:
                parts.append(f"{title or kind}: {name}")
            elif title:
                parts.append(title)
        return "; ".join(parts)


def grouping(source: str, names: list[str]) -> tuple[Header, int, BuildOrder]:
    """How the file's rows make orders: its header, the order number's column, the builder."""
    header = Header(source, names, column_key)
    columns = Columns(header)
    return header, columns.number, _Builder(columns)


def open_csv(path: Path, progress: Progress | None = None) -> CsvFile:
    return CsvFile(path, progress, delimiter=",")


def parse(path: Path, progress: Progress | None = None) -> Iterator[IncomingOrder | RowError]:
    with open_csv(path, progress) as csv_file:
        header, number_at, build = grouping(csv_file.source, csv_file.header)
        yield from group_consecutive(csv_file, header, number_at, build)
