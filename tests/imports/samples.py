"""Sample files: the Rakuten headers, rows to change, CSV text; and sorting what a parser yields."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from packstation.connectors.imports import RowError
from packstation.connectors.imports.rakuten_csv import LEGACY_HEADER
from packstation.domain.model import IncomingOrder

RAKUTEN_LEGACY_HEADER = list(LEGACY_HEADER)

# The newer layout: 注文番号, one 市区町村以降 address column, money headers with the suffix.
RAKUTEN_NEW_HEADER = [
    "注文番号", "受注ステータス", "注文日時", "お届け日指定", "お届け時間帯", "コメント",
    "ギフトチェック（0:なし/1:あり）", "送料(-99999=無効値)", "合計金額(-99999=無効値)",
    "注文者郵便番号１", "注文者郵便番号２", "注文者住所：都道府県", "注文者住所：市区町村以降",
    "注文者名字", "注文者名前", "注文者電話番号１", "注文者電話番号２", "注文者電話番号３", "メールアドレス",
    "送付先郵便番号１", "送付先郵便番号２", "送付先住所：都道府県", "送付先住所：市区町村以降",
    "送付先名字", "送付先名前", "送付先電話番号１", "送付先電話番号２", "送付先電話番号３",
    "商品ID", "商品名", "商品番号", "単価(-99999=無効値)", "個数", "項目・選択肢", "配送会社",
]  # fmt: skip

PERSON = {
    "郵便番号１": "100",
    "郵便番号２": "0001",
    "住所：都道府県": "東京都",
    "住所：都市区": "千代田区",
    "住所：町以降": "千代田1-1 楽天マンション101",
    "名字": "楽天",
    "名前": "太郎",
    "名字フリガナ": "ラクテン",
    "名前フリガナ": "タロウ",
    "電話番号１": "03",
    "電話番号２": "1234",
    "電話番号３": "5678",
}


def rakuten_row(number: str = "502763-20240501-00000001") -> dict[str, str]:
    """One item row of a legacy Rakuten order (merge changes in with `|`)."""
    row = {
        "受注番号": number,
        "受注ステータス": "新規受付",
        "注文日時": "2024-05-01 14:14:42",
        "注文日": "2024-05-01",
        "注文時間": "14:14:42",
        "複数送付先フラグ": "0",
        "ギフトチェック（0:なし/1:あり）": "0",
        "送料(-99999=無効値)": "0",
        "合計金額(-99999=無効値)": "2160",
        "送付先送料": "0",
        "メールアドレス": "taro@example.jp",
        "商品ID": "10000001",
        "商品名": "緑茶ティーバッグ",
        "商品番号": "tea-001",
        "単価": "1080",
        "個数": "2",
        "項目・選択肢": "サイズ:M",
        "配送会社": "1001",
    }
    for who in ("注文者", "送付先"):
        row.update({who + key: value for key, value in PERSON.items()})
    return row


def csv_text(
    header: Iterable[str], rows: Iterable[Mapping[str, str]], *, delimiter: str = ","
) -> str:
    """A CSV file with every field quoted and CRLF line ends, as Rakuten serves it."""
    header = list(header)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        unknown = set(row) - set(header)
        assert not unknown, f"not in the header: {unknown}"
        writer.writerow([row.get(name, "") for name in header])
    return out.getvalue()


def orders(results: Iterable[object]) -> list[IncomingOrder]:
    results = list(results)
    return [result for result in results if isinstance(result, IncomingOrder)]


def errors(results: Iterable[object]) -> list[tuple[int, str]]:
    """(line, English text) of every RowError."""
    return [
        (result.line, result.message.render()) for result in results if isinstance(result, RowError)
    ]
