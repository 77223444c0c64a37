from __future__ import annotations

from decimal import Decimal

from packstation.domain.carriers import service
from packstation.domain.parcel_size import Dimensions
from packstation.domain.rates import DEFAULT_RATES, Cost, Offer, Rate, RateTable, suggest

D = Decimal
BOOK = Dimensions(300, 220, 25)  # an A4-ish book: post-box size
BOX_60 = Dimensions(250, 180, 150)


def test_the_fitting_services_come_cheapest_first() -> None:
    offers = suggest(D(800), BOOK, ["yamato", "japanpost"])
    assert [(offer.service, offer.cost) for offer in offers] == [
        ("クリックポスト", Cost(D(185), "JPY")),
        ("ゆうパケット", Cost(D(360), "JPY")),
        ("ネコポス", Cost(D(385), "JPY")),
        ("ゆうパック", Cost(D(870), "JPY")),
        ("宅急便", Cost(D(940), "JPY")),
    ]
    assert offers[-1] == Offer("yamato", "宅急便", 60, Cost(D(940), "JPY"))


def test_a_heavy_parcel_is_priced_by_its_size_class() -> None:
    offers = suggest(D(12_000), BOX_60, ["yamato", "japanpost"])
    assert [(offer.service, offer.size_class, offer.cost) for offer in offers] == [
        ("ゆうパック", 60, Cost(D(870), "JPY")),  # by the sides alone
        ("宅急便", 120, Cost(D(1880), "JPY")),  # by its weight
    ]


def test_services_without_a_rate_come_last_in_the_registry_order() -> None:
    table = RateTable((Rate("ups", "Standard", Cost(D(9000), "JPY"), up_to_g=5000),))
    offers = suggest(D(3000), BOX_60, ["ozon", "dhl", "ups"], table)
    assert [(offer.carrier, offer.cost) for offer in offers] == [
        ("ups", Cost(D(9000), "JPY")),
        ("ozon", None),
        ("dhl", None),
    ]


def test_the_narrowest_weight_band_that_holds_the_weight_applies() -> None:
    costs = [offer.cost for offer in suggest(D(1000), None, ["russianpost"])]
    assert costs == [Cost(D(350), "RUB")]
    costs = [offer.cost for offer in suggest(D("1000.1"), None, ["russianpost"])]
    assert costs == [Cost(D(600), "RUB")]
    assert suggest(D(20_001), None, ["russianpost"]) == []


def test_an_unknown_box_gets_only_services_without_dimension_limits() -> None:
    offers = suggest(D(500), None, ["yamato", "russianpost", "cdek", "ozon", "generic"])
    assert [offer.service for offer in offers] == ["Посылка", "Посылка склад-дверь", "FBS"]


def test_currencies_are_grouped_not_compared() -> None:
    offers = suggest(D(500), None, ["russianpost"]) + suggest(D(500), BOX_60, ["yamato"])
    mixed = suggest(D(500), BOX_60, ["yamato", "russianpost"])
    assert [offer.cost.currency for offer in mixed if offer.cost] == ["JPY", "RUB"]
    assert sorted(offers, key=lambda offer: offer.service) == sorted(
        mixed, key=lambda offer: offer.service
    )


def test_the_default_table_prices_only_registered_services() -> None:
    assert all(service(rate.carrier, rate.service) for rate in DEFAULT_RATES.rates)
