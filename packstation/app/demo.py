"""Demo data: a small Japanese–Russian cross-border shop and a realistic packing queue.

`packstation demo` (and `make run`) loads it into an empty database: some twenty products
with pictures and valid barcodes, and some forty Rakuten orders and Ozon postings whose
ship-by deadlines are spread around the moment of loading (some overdue, some due within
hours). Two orders are wrong on purpose and go on hold through the ordinary checks: a
postal code with a digit missing, and an Ozon listing whose SKU is not in the catalogue.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select

from packstation.app.context import Station
from packstation.app.intake import Intake
from packstation.app.settings import Settings
from packstation.connectors.imports.jp_address import wants_invoice
from packstation.domain.barcodes import gtin_check_digit
from packstation.domain.counts import ORDERS, PARCELS, PARCELS_ON_HOLD, PRODUCTS
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.model import (
    Address,
    CatalogueBarcode,
    CatalogueProduct,
    IncomingLine,
    IncomingOrder,
    IncomingShipment,
    Marketplace,
    UnitCodeKind,
)
from packstation.domain.parcel_size import Dimensions
from packstation.store.catalogue import upsert_product
from packstation.store.database import Database
from packstation.store.schema import Order
from packstation.store.shipping import add_range

SEED = 502763
JST = timezone(timedelta(hours=9), "JST")
RAKUTEN_SHOP = "502763"
RAKUTEN_STATUS = "発送待ち"
OZON_STATUS = "awaiting_packaging"
OZON_LEAD = timedelta(hours=40)  # an Ozon posting appears this long before its shipment date
STANDARD_TAX = Decimal("0.10")
DEMO_LOADED = QT_TRANSLATE_NOOP("Cli", "Demo loaded: {products}, {orders} ({parcels}), {held}")
FOOD_TAX = Decimal("0.08")  # the reduced rate for food and drink
SERIAL, MARK = UnitCodeKind.SERIAL, UnitCodeKind.MARK


@dataclass
class DemoSummary:
    products: int
    orders: int
    shipments: int
    on_hold: int
    skipped: bool

    def report(self) -> Message:
        return DEMO_LOADED(
            products=PRODUCTS(n=self.products),
            orders=ORDERS(n=self.orders),
            parcels=PARCELS(n=self.shipments),
            held=PARCELS_ON_HOLD(n=self.on_hold),
        )


class _Item(NamedTuple):
    sku: str
    name: str  # as the product's own label gives it
    yen: int  # Rakuten price, tax included
    rub: int  # Ozon price
    cost: int  # cost price, JPY
    weight_g: int
    stock: int
    codes: tuple[str, ...] = ()  # GTIN bodies; the check digit is computed
    case: int = 0  # units in a case labelled with a GTIN-14: indicator 1 + the first code
    variant: str = ""
    fragile: bool = False
    food: bool = False
    unit_code: UnitCodeKind | None = None
    jp: str = ""  # Rakuten listing title, when not `name`
    ru: str = ""  # Ozon listing title, when not `name`


# sku, name, yen, rub, cost, weight_g, stock, barcodes, ...
CATALOGUE = (
    _Item("TEA-SENCHA-100", "静岡 深蒸し煎茶 100g", 1080, 990, 420, 130, 80,
          ("490163012015", "490163011506"), food=True,
          ru="Зелёный чай сенча из Сидзуоки, 100 г"),
    _Item("TEA-MATCHA-30", "宇治抹茶 「初昔」 30g缶", 1620, 1590, 780, 95, 40,
          ("490163030118",), food=True,
          ru="Матча из Удзи «Хацумукаси», банка 30 г"),
    _Item("TEA-GENMAI-20", "玄米茶 ティーバッグ 20袋", 540, 490, 190, 70, 60,
          ("4916305",), food=True, ru="Чай генмайча в пакетиках, 20 шт."),
    _Item("FOOD-RAMEN-SHOYU", "カップ麺 醤油ラーメン", 248, 189, 98, 98, 144,
          ("490210520118",), case=12, food=True,
          ru="Лапша быстрого приготовления со вкусом соевого соуса"),
    _Item("CER-YUNOMI-AI", "有田焼 湯呑み 藍染", 2860, 2690, 1150, 230, 18,
          ("456012340011",), fragile=True, ru="Чашка юноми, фарфор Арита, индиго"),
    _Item("CER-CHAWAN-BL", "美濃焼 茶碗", 1980, 1790, 720, 260, 12,
          ("456012340028",), variant="色:青", fragile=True,
          ru="Пиала тяван, керамика Мино, синяя"),
    _Item("CER-CHAWAN-WH", "美濃焼 茶碗", 1980, 1790, 720, 260, 9,
          ("456012340035",), variant="色:白", fragile=True,
          ru="Пиала тяван, керамика Мино, белая"),
    _Item("KIT-DONABE-8", "伊賀焼 土鍋 8号 (2〜3人用)", 8800, 8490, 3900, 2900, 5,
          ("456098761002",), fragile=True, ru="Глиняный горшок донабэ Ига, 8 го"),
    _Item("GLS-KIRIKO-RURI", "江戸切子 ぐい呑み 瑠璃", 16500, 15900, 7200, 160, 2,
          ("458123450019",), fragile=True,
          ru="Рюмка гуиноми «Эдо-кирико», синее стекло"),
    _Item("STA-PEN-05-BK", "ゲルインクボールペン 0.5mm", 165, 149, 62, 11, 200,
          ("4902506", "490250601234"), variant="色:黒",
          ru="Гелевая ручка 0,5 мм, чёрная"),
    _Item("STA-NOTE-A5", "方眼ノート A5 5mm方眼", 440, 390, 150, 180, 70,
          ("490148012345",), ru="Тетрадь A5 в клетку 5 мм"),
    _Item("STA-WASHI-5", "マスキングテープ 和柄 5巻セット", 1320, 1190, 480, 90, 25,
          ru="Набор васи-скотча с японскими узорами, 5 рулонов"),
    _Item("COS-LOTION-200", "化粧水 しっとり 200mL", 1760, 1690, 640, 240, 35,
          ("454931012056", "454931012049"), ru="Лосьон для лица увлажняющий, 200 мл"),
    _Item("COS-SUN-50", "日焼け止めジェル SPF50+ PA++++ 90g", 1430, 1390, 520, 120, 40,
          ("454931013107",), ru="Солнцезащитный гель SPF50+, 90 г"),
    _Item("COS-LIPBALM", "Beeswax Lip Balm 4.25 g", 440, 390, 160, 15, 60,
          ("07429800123",), jp="リップバーム ミツロウ 4.25g (米国製)",
          ru="Бальзам для губ с пчелиным воском, 4,25 г"),
    _Item("TOY-KENDAMA", "けん玉 競技用", 1650, 1490, 610, 150, 20,
          ("458112300108",), variant="色:赤", ru="Кендама спортивная, красная"),
    _Item("TEX-TENUGUI-FUJI", "手ぬぐい 富士山", 990, 890, 330, 45, 30,
          ("459487000221",), ru="Полотенце тэнугуи «Фудзи»"),
    _Item("ELC-EARBUDS-W", "ワイヤレスイヤホン TW-1", 5980, 5490, 2600, 140, 10,
          ("458801230457",), variant="色:白", unit_code=SERIAL,
          ru="Беспроводные наушники TW-1, белые"),
    _Item("RU-MATRYOSHKA-5", "Матрёшка «Семёновская», 5 мест", 3980, 1990, 1100, 320, 15,
          ("460701234008",), jp="マトリョーシカ 5個組 セミョーノフ"),
    _Item("RU-SHAWL-RED", "Павловопосадский платок, шерсть, 89×89 см", 12800, 6900, 5400,
          150, 6, ("460123456030", "460123456047"),
          jp="パブロフスキー・ポサード ショール 89cm 赤"),
    _Item("RU-PERFUME-30", "Духи «Сирень», 30 мл", 3300, 1290, 900, 210, 14,
          ("464045610030",), fragile=True, unit_code=MARK, jp="香水 ライラック 30mL"),
)  # fmt: skip
# Listed on a marketplace but never added to the catalogue: its order goes on hold.
UNLISTED = (
    _Item("TEA-HOJI-100", "ほうじ茶 100g", 1180, 1090, 450, 110, 0, food=True,
          ru="Чай ходзича обжаренный, 100 г"),
)  # fmt: skip
ITEMS = {item.sku: item for item in (*CATALOGUE, *UNLISTED)}
# Waybill numbers as a carrier hands them to a shop (without the check digit).
TRACKING_RANGES = (("yamato", 44441375870, 44441376869), ("sagawa", 51254751430, 51254752429))
# Shipping boxes with in-store codes: a scan picks the box and its tare; the outer size (mm,
# its sides summing under 60, 80 and 100 cm) gives the parcel's size class.
BOXES = (
    ("BOX-60", "段ボール 60サイズ", 150, "200000000060", Dimensions(250, 180, 150)),
    ("BOX-80", "段ボール 80サイズ", 260, "200000000080", Dimensions(340, 250, 180)),
    ("BOX-100", "段ボール 100サイズ", 420, "200000000100", Dimensions(420, 320, 230)),
)

# Picture of a product: colour and shape by the SKU's first part.
PALETTE = {
    "TEA": ((96, 160, 80), "circle"),
    "FOOD": ((224, 140, 60), "square"),
    "CER": ((70, 110, 190), "circle"),
    "KIT": ((150, 100, 70), "square"),
    "GLS": ((40, 150, 200), "diamond"),
    "STA": ((200, 170, 40), "triangle"),
    "COS": ((210, 110, 150), "circle"),
    "TOY": ((200, 70, 60), "circle"),
    "TEX": ((130, 110, 190), "square"),
    "ELC": ((110, 120, 130), "square"),
    "RU": ((190, 50, 60), "diamond"),
}
PICTURE_SIZE = 256
TEXT_COLOUR = (60, 60, 60)


def _jp(
    name: str, kana: str, postal: str, prefecture: str, city: str, line1: str, phone: str
) -> Address:
    return Address(name, kana, postal, prefecture, city, line1, country="JP", phone=phone)


def _ru(name: str, index: str, region: str, city: str, line1: str, phone: str) -> Address:
    return Address(name, "", index, region, city, line1, country="RU", phone=phone)


JP_PEOPLE = {
    "yamada": _jp("山田　花子", "ヤマダ　ハナコ", "150-0001", "東京都", "渋谷区",
                  "神宮前4-12-10 グランドメゾン神宮前502", "090-1234-5678"),
    "sato": _jp("佐藤　健一", "サトウ　ケンイチ", "530-0001", "大阪府", "大阪市北区",
                "梅田1-3-1 大阪駅前第1ビル8F", "06-6345-1122"),
    "suzuki": _jp("鈴木　美咲", "スズキ　ミサキ", "060-0042", "北海道", "札幌市中央区",
                  "大通西5-8-1", "080-2345-6789"),
    "takahashi": _jp("高橋　誠", "タカハシ　マコト", "460-0008", "愛知県", "名古屋市中区",
                     "栄3-5-12", "052-261-3344"),
    "watanabe": _jp("渡辺　さくら", "ワタナベ　サクラ", "604-8005", "京都府",
                    "京都市中京区", "恵比須町534 ハイツ河原町203", "075-211-4455"),
    "tanaka": _jp("田中　由美", "タナカ　ユミ", "810-0001", "福岡県", "福岡市中央区",
                  "天神2-11-3 天神コーポ301", "092-711-2233"),
    "ito": _jp("伊藤　大輔", "イトウ　ダイスケ", "980-0021", "宮城県", "仙台市青葉区",
               "中央2-2-10", "070-3456-7890"),
    "kobayashi": _jp("小林　恵子", "コバヤシ　ケイコ", "900-0015", "沖縄県", "那覇市",
                     "久茂地1-1-1", "098-862-1234"),
    "nakamura": _jp("中村　翔太", "ナカムラ　ショウタ", "220-0012", "神奈川県",
                    "横浜市西区", "みなとみらい3-6-1 みなとみらいタワー1203",
                    "045-222-3344"),
    # A digit of the postal code missing: the order goes on hold.
    "mori": _jp("森　智子", "モリ　トモコ", "330-006", "埼玉県", "さいたま市浦和区",
                "高砂3-15-1", "048-822-5566"),
    "kato": _jp("加藤　直樹", "カトウ　ナオキ", "730-0011", "広島県", "広島市中区",
                "基町6-78", "082-221-4567"),
    "yamamoto": _jp("山本　拓也", "ヤマモト　タクヤ", "650-0021", "兵庫県",
                    "神戸市中央区", "三宮町1-9-1", "078-391-2345"),
    "yamamoto_parents": _jp("山本　正雄", "ヤマモト　マサオ", "700-0024", "岡山県",
                            "岡山市北区", "駅元町1-1", "086-225-6789"),
    "nishimura": _jp("西村　和子", "ニシムラ　カズコ", "790-0001", "愛媛県", "松山市",
                     "一番町3-2-1", "089-941-2233"),
    "yoshida": _jp("吉田　陽菜", "ヨシダ　ヒナ", "260-0013", "千葉県", "千葉市中央区",
                   "中央2-5-1", "080-4567-8901"),
    "matsumoto": _jp("松本　彩", "マツモト　アヤ", "380-0838", "長野県", "長野市",
                     "県町593", "026-232-1234"),
    "inoue": _jp("井上　修", "イノウエ　オサム", "870-0021", "大分県", "大分市",
                 "府内町3-4-20", "097-532-1111"),
    "kimura": _jp("木村　玲奈", "キムラ　レイナ", "920-0981", "石川県", "金沢市",
                  "片町2-2-5", "090-8765-4321"),
    "hayashi": _jp("林　健太", "ハヤシ　ケンタ", "320-0033", "栃木県", "宇都宮市",
                   "本町12-3", "028-622-3456"),
    "shimizu": _jp("清水　美穂", "シミズ　ミホ", "420-0853", "静岡県", "静岡市葵区",
                   "追手町9-6", "054-255-1234"),
    "yamaguchi": _jp("山口　隆", "ヤマグチ　タカシ", "950-0087", "新潟県",
                     "新潟市中央区", "東大通1-2-23", "025-243-5566"),
    "saito": _jp("斎藤　友美", "サイトウ　トモミ", "370-0841", "群馬県", "高崎市",
                 "栄町3-23", "027-321-7788"),
    "ogawa": _jp("小川　大和", "オガワ　ヤマト", "890-0053", "鹿児島県", "鹿児島市",
                 "中央町1-1", "099-254-3344"),
}  # fmt: skip
RU_PEOPLE = {
    "ivanova": _ru("Иванова Мария Сергеевна", "141070", "Московская область", "Королёв",
                   "ул. Ленина, д. 12, кв. 45", "+7 916 123-45-67"),
    "smirnov": _ru("Смирнов Алексей Петрович", "191186", "Санкт-Петербург",
                   "Санкт-Петербург", "наб. реки Мойки, д. 40, кв. 8", "+7 921 555-12-34"),
    "kuznetsova": _ru("Кузнецова Елена Викторовна", "620014", "Свердловская область",
                      "Екатеринбург", "ул. Малышева, д. 51, кв. 112", "+7 912 404-77-10"),
    "popov": _ru("Попов Дмитрий Андреевич", "690091", "Приморский край", "Владивосток",
                 "ул. Светланская, д. 29, кв. 17", "+7 924 233-18-05"),
}  # fmt: skip


class _Rakuten(NamedTuple):
    age: float  # hours since the order; the 48 h default deadline makes > 48 overdue
    to: str  # recipient, a key of JP_PEOPLE
    lines: str  # "SKU*quantity SKU ..."
    orderer: str = ""  # when the recipient did not order it
    second: tuple[str, str] = ("", "")  # another destination: (recipient, lines)
    gift_wrap: str = ""
    noshi: str = ""
    time_slot: str = ""  # delivery three days from now, in this slot
    notes: str = ""
    fee: int = 0
    carrier: str = "ヤマト運輸"


class _Ozon(NamedTuple):
    due_in: float  # hours from now to the shipment date; negative: overdue
    lines: str
    to: str = ""  # rFBS: recipient, a key of RU_PEOPLE; FBS ("") gets Ozon's label
    split: str = ""  # the lines of a second posting of the same order
    carrier: str = ""


RAKUTEN = (
    _Rakuten(57, "yamada", "TEA-SENCHA-100*2 CER-YUNOMI-AI*2"),
    _Rakuten(52.5, "sato", "STA-PEN-05-BK*3 STA-NOTE-A5", carrier="日本郵便"),
    _Rakuten(49.5, "suzuki", "FOOD-RAMEN-SHOYU*12", fee=880, carrier="佐川急便"),
    _Rakuten(47.5, "watanabe", "GLS-KIRIKO-RURI", orderer="takahashi",
             gift_wrap="包装紙: 花柄; リボン: 赤", noshi="御祝",
             notes="贈り物です。金額のわかるものは同梱しないでください。"),
    _Rakuten(46.5, "tanaka", "COS-LOTION-200 COS-SUN-50*2"),
    _Rakuten(45.5, "ito", "ELC-EARBUDS-W"),
    _Rakuten(44.5, "kobayashi", "TEA-MATCHA-30*2 TEA-GENMAI-20*3 STA-WASHI-5",
             fee=1100, notes="置き配希望（玄関前）"),
    _Rakuten(43, "nakamura", "KIT-DONABE-8", carrier="佐川急便"),
    _Rakuten(42.25, "mori", "TEA-SENCHA-100 TEX-TENUGUI-FUJI"),
    _Rakuten(40, "kato", "CER-CHAWAN-BL*2 CER-CHAWAN-WH*2",
             notes="領収書を「株式会社カトウ設計」宛でお願いします。"),
    _Rakuten(37, "yamamoto_parents", "TEA-SENCHA-100*2 TEA-MATCHA-30",
             orderer="yamamoto", second=("nishimura", "TEA-SENCHA-100*2 TEX-TENUGUI-FUJI"),
             noshi="御礼", notes="両親と義両親へ別々にお送りください。"),
    _Rakuten(34, "yoshida", "TOY-KENDAMA*2", fee=550),
    _Rakuten(30, "matsumoto", "TEA-SENCHA-100 COS-LIPBALM*2", time_slot="14:00-16:00"),
    _Rakuten(26, "inoue", "RU-MATRYOSHKA-5"),
    _Rakuten(22, "kimura", "RU-SHAWL-RED", gift_wrap="包装紙: 無地; リボン: 金"),
    _Rakuten(18, "hayashi", "STA-WASHI-5*2 STA-PEN-05-BK*2", carrier="日本郵便"),
    _Rakuten(14, "shimizu", "CER-YUNOMI-AI STA-NOTE-A5"),
    _Rakuten(12, "yamaguchi", "COS-LOTION-200"),
    _Rakuten(8, "saito", "FOOD-RAMEN-SHOYU*3 TEA-GENMAI-20"),
    _Rakuten(5, "suzuki", "ELC-EARBUDS-W COS-LIPBALM", fee=550),
    _Rakuten(2, "ogawa", "TEA-MATCHA-30 CER-CHAWAN-BL"),
    _Rakuten(0.5, "tanaka", "TEX-TENUGUI-FUJI*3", carrier="日本郵便"),
)  # fmt: skip
OZON = (
    _Ozon(-6, "TEA-MATCHA-30*2"),
    _Ozon(-2, "CER-YUNOMI-AI"),
    _Ozon(-0.75, "TEA-SENCHA-100 TEA-GENMAI-20*2", to="ivanova", carrier="Почта России"),
    _Ozon(1, "RU-PERFUME-30"),
    _Ozon(2, "ELC-EARBUDS-W"),
    _Ozon(3, "KIT-DONABE-8", split="TEA-SENCHA-100*2"),
    _Ozon(4.5, "COS-SUN-50*3"),
    _Ozon(5.5, "GLS-KIRIKO-RURI", to="smirnov", carrier="СДЭК"),
    _Ozon(9, "TOY-KENDAMA"),
    _Ozon(12, "TEA-HOJI-100"),
    _Ozon(16, "STA-PEN-05-BK*5 STA-NOTE-A5*2"),
    _Ozon(20, "COS-LOTION-200 COS-SUN-50", to="kuznetsova", carrier="СДЭК"),
    _Ozon(24, "FOOD-RAMEN-SHOYU*6"),
    _Ozon(27, "CER-CHAWAN-WH"),
    _Ozon(30, "TEA-MATCHA-30 TEX-TENUGUI-FUJI"),
    _Ozon(34, "ELC-EARBUDS-W STA-WASHI-5", to="popov", carrier="Почта России"),
    _Ozon(36, "COS-LIPBALM*2"),
    _Ozon(38, "RU-PERFUME-30*2"),
)  # fmt: skip


def load_demo(
    db: Database,
    station: Station,
    settings: Settings,
    *,
    images_dir: Path,
    now: datetime | None = None,
) -> DemoSummary:
    """Load the demo catalogue and orders, unless the database already has an order.

    Deadlines are placed around `now` (default: the station's clock, UTC), to the minute.
    """
    with db.session() as session:
        if session.scalar(select(Order.id).limit(1)) is not None:
            return DemoSummary(0, 0, 0, 0, skipped=True)
    moment = (now or station.now()).astimezone(UTC).replace(second=0, microsecond=0)
    products = [_product(item, images_dir) for item in CATALOGUE] + [
        CatalogueProduct(
            sku,
            name,
            [CatalogueBarcode(_gtin(body))],
            tare,
            stock=500,
            is_box=True,
            dimensions=size,
        )
        for sku, name, tare, body, size in BOXES
    ]
    with db.session() as session, session.begin():
        for product in products:
            upsert_product(session, product)
        for carrier, first, last in TRACKING_RANGES:
            add_range(session.connection(), carrier, "demo", first, last)
    orders = demo_orders(moment)
    summary = Intake(db, station, settings).store_orders(orders, "demo")
    return DemoSummary(
        products=len(products),
        orders=summary.new,
        shipments=sum(len(order.shipments) for order in orders),
        on_hold=summary.on_hold,
        skipped=False,
    )


def demo_orders(now: datetime) -> list[IncomingOrder]:
    """The demo orders, their deadlines relative to `now`; the same `now`, the same orders."""
    rng = random.Random(SEED)
    ozon_skus = {sku: str(rng.randrange(100_000_000, 2_000_000_000)) for sku in ITEMS}
    return _rakuten_orders(now, rng) + _ozon_orders(now, rng, ozon_skus)


# -- catalogue -------------------------------------------------------------------------------
def _gtin(body: str) -> str:
    return body + str(gtin_check_digit(body))


def _barcodes(item: _Item) -> list[CatalogueBarcode]:
    barcodes = [CatalogueBarcode(_gtin(body)) for body in item.codes]
    if item.case:
        barcodes.append(CatalogueBarcode(_gtin("1" + item.codes[0]), item.case))
    return barcodes


def _product(item: _Item, images_dir: Path) -> CatalogueProduct:
    return CatalogueProduct(
        sku=item.sku,
        name=item.name,
        barcodes=_barcodes(item),
        weight_g=item.weight_g,
        cost_price=Decimal(item.cost),
        fragile=item.fragile,
        stock=item.stock,
        variant=item.variant,
        image_path=str(_picture(item.sku, images_dir)),
        unit_code=item.unit_code,
    )


def _mix(colour: tuple[int, int, int], white: float) -> tuple[int, int, int]:
    red, green, blue = (round(c + (255 - c) * white) for c in colour)
    return red, green, blue


def _picture(sku: str, folder: Path) -> Path:
    """A soft tile with the category's shape and the SKU: enough to tell products apart."""
    colour, shape = PALETTE[sku.split("-")[0]]
    image = Image.new("RGB", (PICTURE_SIZE, PICTURE_SIZE), _mix(colour, 0.8))
    draw = ImageDraw.Draw(image)
    left, top, right, bottom = 68, 36, 188, 156
    middle_x, middle_y = (left + right) // 2, (top + bottom) // 2
    fill = _mix(colour, 0.15)
    if shape == "circle":
        draw.ellipse((left, top, right, bottom), fill=fill)
    elif shape == "square":
        draw.rounded_rectangle((left, top, right, bottom), radius=18, fill=fill)
    elif shape == "triangle":
        draw.polygon([(middle_x, top), (right, bottom), (left, bottom)], fill=fill)
    else:
        draw.polygon(
            [(middle_x, top), (right, middle_y), (middle_x, bottom), (left, middle_y)],
            fill=fill,
        )
    font = ImageFont.load_default(size=20)
    text_left, text_top, text_right, text_bottom = draw.textbbox((0, 0), sku, font=font)
    draw.text(
        (
            (PICTURE_SIZE - (text_right - text_left)) / 2 - text_left,
            206 - (text_bottom - text_top) / 2 - text_top,
        ),
        sku,
        font=font,
        fill=TEXT_COLOUR,
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder.resolve() / f"{sku}.png"
    image.save(path, "PNG")
    return path


# -- orders ----------------------------------------------------------------------------------
def _items(spec: str) -> list[tuple[_Item, int]]:
    """`"TEA-SENCHA-100*2 STA-NOTE-A5"`: two of the first, one of the second."""
    items = []
    for part in spec.split():
        sku, _, quantity = part.partition("*")
        items.append((ITEMS[sku], int(quantity or 1)))
    return items


def _total(shipments: list[IncomingShipment]) -> Decimal:
    total = Decimal(0)
    for shipment in shipments:
        total += shipment.shipping_fee
        total += sum(line.unit_price * line.quantity for line in shipment.lines)
    return total


def _rakuten_lines(spec: str) -> list[IncomingLine]:
    return [
        IncomingLine(
            sku=item.sku,
            name=item.jp or item.name,
            quantity=quantity,
            unit_price=Decimal(item.yen),
            variant=item.variant,
            tax_rate=FOOD_TAX if item.food else STANDARD_TAX,
            marketplace_sku=item.sku.lower(),
        )
        for item, quantity in _items(spec)
    ]


def _rakuten_orders(now: datetime, rng: random.Random) -> list[IncomingOrder]:
    """Numbered in the order they were placed: shop, order date in Japan, serial."""
    orders = []
    serial = 6700
    delivery = (now.astimezone(JST) + timedelta(days=3)).date()
    for spec in sorted(RAKUTEN, key=lambda spec: -spec.age):
        serial += rng.randint(3, 40)
        ordered_at = now - timedelta(hours=spec.age)
        buyer = spec.orderer or spec.to
        orderer = replace(JP_PEOPLE[buyer], email=f"{rng.getrandbits(64):016x}@fw.rakuten.ne.jp")
        destinations = [(spec.to, spec.lines)]
        if spec.second[0]:
            destinations.append(spec.second)
        shipments = [
            IncomingShipment(
                key=str(index),
                lines=_rakuten_lines(lines),
                ship_to=orderer if person == buyer else JP_PEOPLE[person],
                marketplace_status=RAKUTEN_STATUS,
                delivery_date=delivery if spec.time_slot else None,
                time_slot=spec.time_slot,
                gift_wrap=spec.gift_wrap,
                noshi=spec.noshi,
                shipping_fee=Decimal(spec.fee),
                carrier=spec.carrier,
            )
            for index, (person, lines) in enumerate(destinations, start=1)
        ]
        orders.append(
            IncomingOrder(
                marketplace=Marketplace.RAKUTEN,
                number=f"{RAKUTEN_SHOP}-{ordered_at.astimezone(JST):%Y%m%d}-{serial:08d}",
                ordered_at=ordered_at,
                shipments=shipments,
                orderer=orderer,
                currency="JPY",
                gift=bool(spec.gift_wrap or spec.noshi),
                invoice_requested=wants_invoice(spec.notes),
                buyer_notes=spec.notes,
                total=_total(shipments),
            )
        )
    return orders


def _ozon_orders(
    now: datetime, rng: random.Random, ozon_skus: dict[str, str]
) -> list[IncomingOrder]:
    """One order per posting (`order-posting index`), as Ozon ships and labels them."""
    orders = []
    for spec in OZON:
        number = f"{rng.randrange(10_000_000, 100_000_000)}-{rng.randrange(1, 10_000):04d}"
        ship_by = now + timedelta(hours=spec.due_in)
        ship_to = RU_PEOPLE[spec.to] if spec.to else None
        postings = [lines for lines in (spec.lines, spec.split) if lines]
        for index, lines in enumerate(postings, start=1):
            posting = f"{number}-{index}"
            shipment = IncomingShipment(
                key=posting,
                lines=[
                    IncomingLine(
                        sku=item.sku,
                        name=item.ru or item.name,
                        quantity=quantity,
                        unit_price=Decimal(item.rub),
                        marketplace_sku=ozon_skus[item.sku],
                        requires_mark=item.unit_code is MARK,
                    )
                    for item, quantity in _items(lines)
                ],
                ship_to=ship_to,
                marketplace_status=OZON_STATUS,
                ship_by=ship_by,
                codes=(number,),
                carrier=spec.carrier,
            )
            orders.append(
                IncomingOrder(
                    marketplace=Marketplace.OZON,
                    number=posting,
                    ordered_at=ship_by - OZON_LEAD,
                    shipments=[shipment],
                    orderer=ship_to or Address(),
                    currency="RUB",
                    total=_total([shipment]),
                )
            )
    return orders
