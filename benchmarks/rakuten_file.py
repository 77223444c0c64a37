"""A large Rakuten RMS order download in the full legacy layout (126 columns, CP932, all quoted)."""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path

from packstation.connectors.imports.rakuten_csv import LEGACY_HEADER

PLACES = (
    ("150", "0001", "東京都", "渋谷区", "神宮前4-12-10 グランドメゾン神宮前502"),
    ("530", "0001", "大阪府", "大阪市北区", "梅田1-1-3 大阪駅前第3ビル12階"),
    ("060", "0042", "北海道", "札幌市中央区", "大通西3丁目6番地"),
    ("604", "8005", "京都府", "京都市中京区", "河原町通三条上る恵比須町427"),
    ("810", "0001", "福岡県", "福岡市中央区", "天神2-5-55 天神ビル8階"),
)
NAMES = (
    ("山田", "花子", "ヤマダ", "ハナコ"),
    ("佐藤", "健一", "サトウ", "ケンイチ"),
    ("鈴木", "美咲", "スズキ", "ミサキ"),
)
SKUS = tuple(f"BENCH-{i:03d}" for i in range(200))


def write(path: Path, orders: int, seed: int = 7) -> int:
    """Write `orders` orders (about 1.5 item rows each); returns the number of rows."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 20, 9, 0)
    rows = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="cp932", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(LEGACY_HEADER)
        for serial in range(orders):
            at = start + timedelta(seconds=serial * 3)
            number = f"502763-{at:%Y%m%d}-{serial:08d}"
            zip1, zip2, prefecture, city, street = PLACES[serial % len(PLACES)]
            family, given, family_kana, given_kana = NAMES[serial % len(NAMES)]
            items = 1 if rng.random() < 0.5 else 2
            for item in range(items):
                sku = SKUS[rng.randrange(len(SKUS))]
                price = 500 + 100 * rng.randrange(40)
                quantity = 1 + rng.randrange(3)
                row = [""] * 126
                row[0:16] = [
                    number,
                    "発送待ち",
                    "",
                    "",
                    "",
                    "14:00～16:00" if serial % 7 == 0 else "",
                    "",
                    "",
                    "",
                    "",
                    str(price * quantity),
                    "11",
                    "0",
                    "1" if serial % 11 == 0 else "0",
                    "[配送日時指定:]\n指定なし\n[ギフト配送希望:]\nなし" if serial % 5 == 0 else "",
                    f"{at:%Y-%m-%d %H:%M:%S}",
                ]
                row[16:26] = [
                    "0",
                    "0",
                    "1",
                    str(price * quantity),
                    "0",
                    "0",
                    "0",
                    str(price * quantity),
                    str(price * quantity),
                    "",
                ]
                row[36:38] = [f"{at:%Y-%m-%d}", f"{at:%H:%M:%S}"]
                row[44:57] = [
                    zip1,
                    zip2,
                    prefecture,
                    city,
                    street,
                    family,
                    given,
                    family_kana,
                    given_kana,
                    "03",
                    "1234",
                    f"{serial % 10000:04d}",
                    f"buyer{serial}@example.jp",
                ]
                row[59] = "クレジットカード"
                row[60:63] = ["VISA", "XXXX-XXXX-XXXX-1234", "HANAKO YAMADA"]
                row[66:68] = ["宅配便", "普通"]
                row[74:76] = ["包装紙", "花柄"] if serial % 11 == 0 else ["", ""]
                row[82:98] = [
                    "0",
                    "0",
                    "0",
                    "",
                    str(price * quantity),
                    "御祝" if serial % 13 == 0 else "",
                    zip1,
                    zip2,
                    prefecture,
                    city,
                    street,
                    family,
                    given,
                    family_kana,
                    given_kana,
                    "03",
                ]
                row[98:101] = [
                    "1234",
                    f"{serial % 10000:04d}",
                    f"{10000000 + rng.randrange(10**7)}",
                ]
                row[101:106] = [
                    f"ベンチマーク商品 {sku} 静岡県産 深蒸し煎茶 100g",
                    sku,
                    f"https://item.rakuten.co.jp/shop/{sku.lower()}/",
                    str(price),
                    str(quantity),
                ]
                row[106:110] = ["0", "1", "0", "色:青 サイズ:M" if item else ""]
                row[110:113] = ["1", "0", str(rng.randrange(10**9))]
                row[122] = "1001"
                writer.writerow(row)
                rows += 1
    return rows
