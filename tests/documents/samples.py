"""Sample packing slips: a Rakuten order, an Ozon order, a gift, a cross-border order.

Products carry a cost price, as the catalogue does; `order_line` leaves it behind, as the app
does when it fills a `DocumentLine`. Every builder takes `cost_prices` (SKU → cost) so a test
can choose values and check that no layout ever prints them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from packstation.documents.model import DocumentLine, Shop, SlipData
from packstation.domain.model import Address

JST = timezone(timedelta(hours=9))
MSK = timezone(timedelta(hours=3))
TEN = Decimal("0.10")
EIGHT = Decimal("0.08")
NO_COSTS: Mapping[str, Decimal] = {}


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    variant: str
    unit_price: Decimal
    cost_price: Decimal  # what the shop paid: never on a slip
    tax_rate: Decimal | None = None


SENCHA = Product(
    "TEA-SENCHA-100", "静岡県産 深蒸し煎茶", "100g袋", Decimal(1080), Decimal(412), EIGHT
)
YUNOMI = Product("CUP-ARITA-01", "有田焼 湯呑み 藍染め", "藍色", Decimal(3300), Decimal(1357), TEN)
DORAYAKI = Product(
    "WGS-DORA-12", "抹茶どら焼き 12個入り", "抹茶", Decimal(2160), Decimal(973), EIGHT
)
FUROSHIKI = Product("GFT-FURO-70", "風呂敷 ギフト包装", "桜柄", Decimal(1650), Decimal(618), TEN)

THERMOS = Product(
    "OZ-THERMO-450",
    "Термокружка стальная «Байкал»",
    "Чёрный, 450 мл",
    Decimal("1990.00"),
    Decimal("731.40"),
)
IVAN_TEA = Product(
    "OZ-IVANCHAI-100",
    "Иван-чай ферментированный",
    "100 г",
    Decimal("349.50"),
    Decimal("118.20"),
)

SENCHA_EN = Product(
    "TEA-SENCHA-100", "Deep-steamed sencha green tea", "100 g", Decimal("12.50"), Decimal("3.17")
)
YUNOMI_EN = Product(
    "CUP-ARITA-01", "Arita porcelain teacup", "Indigo", Decimal("28.00"), Decimal("9.43")
)

MIDORIYA = Shop(
    name="茶房 みどり屋",
    address=Address(
        postal_code="422-8067",
        region="静岡県",
        city="静岡市駿河区",
        line1="南町10-5",
        line2="みどりビル 2F",
        country="JP",
    ),
    phone="054-123-4567",
    email="shop@midoriya.example",
    registration_number="T1234567890123",
    thank_you="この度はご注文いただき誠にありがとうございました。またのご利用をお待ちしております。",
)

SAMOVAR = Shop(
    name="ООО «Самовар и Чай»",
    address=Address(
        postal_code="125009",
        region="г. Москва",
        city="Москва",
        line1="ул. Тверская, д. 7, офис 12",
        country="RU",
    ),
    phone="+7 495 123-45-67",
    email="shop@samovar.example",
    thank_you="Спасибо за покупку! Будем рады видеть вас снова.",
)

HANAKO = Address(
    name="山田 花子",
    name_kana="ヤマダ ハナコ",
    postal_code="150-0002",
    region="東京都",
    city="渋谷区",
    line1="渋谷2丁目21-1",
    line2="渋谷ヒカリエ 11階",
    country="JP",
    phone="03-1234-5678",
)
TARO = Address(
    name="山田 太郎",
    name_kana="ヤマダ タロウ",
    postal_code="530-0011",
    region="大阪府",
    city="大阪市北区",
    line1="大深町3-1",
    line2="グランフロント大阪 205号室",
    country="JP",
    phone="06-9876-5432",
)
MISAKI = Address(
    name="佐藤 美咲",
    postal_code="060-0042",
    region="北海道",
    city="札幌市中央区",
    line1="大通西4丁目1",
    country="JP",
    phone="011-222-3333",
)
MARIA = Address(
    name="Иванова Мария Петровна",
    postal_code="630099",
    region="Новосибирская область",
    city="Новосибирск",
    line1="ул. Советская, д. 18, кв. 42",
    country="RU",
    phone="+7 913 555-12-34",
)
EMILY = Address(
    name="Emily Carter",
    line1="1450 Pine Street",
    line2="Apt 3B",
    city="San Francisco",
    region="CA",
    postal_code="94109",
    country="US",
    phone="+1 415 555 0142",
)


def stocked(product: Product, cost_prices: Mapping[str, Decimal]) -> Product:
    """`product` as the catalogue holds it, its cost price taken from `cost_prices` if there."""
    return replace(product, cost_price=cost_prices.get(product.sku, product.cost_price))


def order_line(
    product: Product, quantity: int, cost_prices: Mapping[str, Decimal] = NO_COSTS
) -> DocumentLine:
    """The slip's line for `product`: the sale price only, as the app fills it."""
    item = stocked(product, cost_prices)
    return DocumentLine(
        sku=item.sku,
        name=item.name,
        variant=item.variant,
        quantity=quantity,
        unit_price=item.unit_price,
        tax_rate=item.tax_rate,
    )


def costs_of(sample: str, cost_prices: Mapping[str, Decimal] = NO_COSTS) -> list[Decimal]:
    """The cost prices of the products in `sample` (a key of BUILDERS)."""
    return [stocked(product, cost_prices).cost_price for product in PRODUCTS_OF[sample]]


def rakuten_order(
    cost_prices: Mapping[str, Decimal] = NO_COSTS, *, invoice_requested: bool = True
) -> SlipData:
    """Tea, sweets (8 %) and a teacup (10 %), shipping ¥550, a ¥500 coupon, invoice asked."""
    return SlipData(
        language="ja",
        shop=MIDORIYA,
        marketplace="rakuten",
        order_number="502763-20261123-0000012345",
        ordered_at=datetime(2026, 11, 23, 10, 15, tzinfo=JST),
        ship_date=date(2026, 11, 24),
        ship_to=HANAKO,
        orderer=TARO,
        lines=(
            order_line(SENCHA, 2, cost_prices),
            order_line(YUNOMI, 1, cost_prices),
            order_line(DORAYAKI, 1, cost_prices),
        ),
        currency="JPY",
        shipping_fee=Decimal(550),
        discount=Decimal(500),
        prices_include_tax=True,
        invoice_requested=invoice_requested,
    )


def ozon_order(cost_prices: Mapping[str, Decimal] = NO_COSTS) -> SlipData:
    """A Russian order in roubles, no consumption tax, a 150 ₽ discount."""
    return SlipData(
        language="ru",
        shop=SAMOVAR,
        marketplace="ozon",
        order_number="47382915-0012-1",
        ordered_at=datetime(2026, 11, 22, 18, 40, tzinfo=MSK),
        ship_date=date(2026, 11, 24),
        ship_to=MARIA,
        orderer=MARIA,
        lines=(order_line(THERMOS, 1, cost_prices), order_line(IVAN_TEA, 3, cost_prices)),
        currency="RUB",
        discount=Decimal("150.00"),
    )


def gift_order(cost_prices: Mapping[str, Decimal] = NO_COSTS) -> SlipData:
    """A present sent straight to the recipient: a message and no prices at all."""
    return SlipData(
        language="ja",
        shop=MIDORIYA,
        marketplace="rakuten",
        order_number="502763-20261123-0000012399",
        ordered_at=datetime(2026, 11, 23, 21, 5, tzinfo=JST),
        ship_date=date(2026, 11, 25),
        ship_to=MISAKI,
        orderer=TARO,
        lines=(order_line(DORAYAKI, 2, cost_prices), order_line(FUROSHIKI, 1, cost_prices)),
        currency="JPY",
        shipping_fee=Decimal(880),
        gift=True,
        gift_message="美咲さん、お誕生日おめでとう！\nいつも本当にありがとう。太郎より",
    )


def cross_border_order(cost_prices: Mapping[str, Decimal] = NO_COSTS) -> SlipData:
    """An export to the United States in dollars: tax exempt, prices without tax."""
    return SlipData(
        language="en",
        shop=MIDORIYA,
        marketplace="other",
        order_number="MDR-EX-20261123-0042",
        ordered_at=datetime(2026, 11, 23, 2, 30, tzinfo=JST),
        ship_date=date(2026, 11, 25),
        ship_to=EMILY,
        orderer=EMILY,
        lines=(order_line(SENCHA_EN, 3, cost_prices), order_line(YUNOMI_EN, 1, cost_prices)),
        currency="USD",
        shipping_fee=Decimal("25.00"),
        prices_include_tax=False,
    )


def long_order(count: int = 60) -> SlipData:
    """The Rakuten order with `count` lines: enough to run over several pages."""
    products = (SENCHA, YUNOMI, DORAYAKI, FUROSHIKI)
    lines = tuple(
        DocumentLine(
            sku=f"{products[i % 4].sku}-{i + 1:02d}",
            name=f"{products[i % 4].name} No.{i + 1}",
            variant=products[i % 4].variant,
            quantity=1 + i % 3,
            unit_price=products[i % 4].unit_price,
            tax_rate=products[i % 4].tax_rate,
        )
        for i in range(count)
    )
    return replace(rakuten_order(), lines=lines)


PRODUCTS_OF: dict[str, tuple[Product, ...]] = {
    "rakuten": (SENCHA, YUNOMI, DORAYAKI),
    "ozon": (THERMOS, IVAN_TEA),
    "gift": (DORAYAKI, FUROSHIKI),
    "cross_border": (SENCHA_EN, YUNOMI_EN),
}
BUILDERS: dict[str, Callable[..., SlipData]] = {
    "rakuten": rakuten_order,
    "ozon": ozon_order,
    "gift": gift_order,
    "cross_border": cross_border_order,
}
