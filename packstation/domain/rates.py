"""What a parcel costs to send, and which services to offer for it, cheapest first.

A rate is the cost of one carrier's service for one size class (the services billed by the
Japanese size classes) or one weight band (up to and including `up_to_g`; None: any
weight). The table is the shop's own: the default below holds EXAMPLE figures only, roughly
of the carriers' list prices for a parcel within Japan or Russia, for the shop to replace
with its contract's; they are not any carrier's tariff.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from packstation.domain.carriers import Service, fits, services
from packstation.domain.parcel_size import Dimensions, size_class


@dataclass(frozen=True, slots=True)
class Cost:
    amount: Decimal
    currency: str  # ISO 4217: "JPY", "RUB", …

    def __str__(self) -> str:
        """As a price tag reads: ¥940, 350 ₽, 12.50 USD."""
        whole = self.amount == self.amount.to_integral_value()
        amount = f"{self.amount:,.0f}" if whole else f"{self.amount:,.2f}"
        if self.currency == "JPY":
            return f"¥{amount}"
        if self.currency == "RUB":
            return f"{amount} ₽"
        return f"{amount} {self.currency}"


@dataclass(frozen=True, slots=True)
class Rate:
    carrier: str
    service: str  # the service's name, as in the carrier registry
    cost: Cost
    size_class: int | None = None
    up_to_g: int | None = None


@dataclass(frozen=True, slots=True)
class RateTable:
    rates: tuple[Rate, ...] = ()

    def cost(self, service: Service, size: int | None, weight_g: Decimal) -> Cost | None:
        """The service's cost for this size class (None for services without classes) at
        this weight: the narrowest weight band that holds it; None when no rate does."""
        key = (service.carrier, service.name, size)
        matching = [
            rate
            for rate in self.rates
            if (rate.carrier, rate.service, rate.size_class) == key
            and (rate.up_to_g is None or weight_g <= rate.up_to_g)
        ]
        best = min(matching, key=lambda rate: (rate.up_to_g is None, rate.up_to_g), default=None)
        return None if best is None else best.cost


@dataclass(frozen=True, slots=True)
class Offer:
    carrier: str
    service: str
    size_class: int | None
    cost: Cost | None


def suggest(
    weight_g: Decimal,
    box: Dimensions | None,
    carriers: Iterable[str],
    rates: RateTable | None = None,
) -> list[Offer]:
    """The services of these carriers a parcel in this box (None: not known) weighing this
    much fits, cheapest first; services without a rate follow, in the registry's order.
    Costs in different currencies are not compared: they are grouped by currency."""
    table = DEFAULT_RATES if rates is None else rates
    offers = []
    for service in services(carriers):
        if not fits(service, box, weight_g):
            continue
        size = size_class(service.carrier, box, weight_g) if service.size_classes else None
        cost = table.cost(service, size, weight_g)
        offers.append(Offer(service.carrier, service.name, size, cost))
    return sorted(offers, key=_cheapest_first)


def _cheapest_first(offer: Offer) -> tuple[bool, str, Decimal]:
    if offer.cost is None:
        return True, "", Decimal(0)
    return False, offer.cost.currency, offer.cost.amount


def _by_size(carrier: str, service: str, amounts: dict[int, int]) -> list[Rate]:
    return [
        Rate(carrier, service, Cost(Decimal(amount), "JPY"), size_class=size)
        for size, amount in amounts.items()
    ]


def _by_weight(carrier: str, service: str, currency: str, bands: dict[int, int]) -> list[Rate]:
    return [
        Rate(carrier, service, Cost(Decimal(amount), currency), up_to_g=grams)
        for grams, amount in bands.items()
    ]


DEFAULT_RATES = RateTable(
    (
        *_by_size(
            "yamato",
            "宅急便",
            {60: 940, 80: 1220, 100: 1530, 120: 1880, 140: 2210, 160: 2530, 180: 3210, 200: 3870},
        ),
        Rate("yamato", "宅急便コンパクト", Cost(Decimal(680), "JPY")),
        Rate("yamato", "ネコポス", Cost(Decimal(385), "JPY")),
        *_by_size("sagawa", "飛脚宅配便", {60: 880, 80: 1150, 100: 1450, 140: 2030, 160: 2280}),
        *_by_size(
            "japanpost",
            "ゆうパック",
            {60: 870, 80: 1100, 100: 1390, 120: 1610, 140: 1880, 160: 2100, 170: 2340},
        ),
        Rate("japanpost", "ゆうパケット", Cost(Decimal(360), "JPY")),
        Rate("japanpost", "クリックポスト", Cost(Decimal(185), "JPY")),
        *_by_weight("russianpost", "Посылка", "RUB", {1000: 350, 5000: 600, 20_000: 1500}),
        *_by_weight("cdek", "Посылка склад-дверь", "RUB", {1000: 450, 5000: 800, 30_000: 2200}),
        *_by_weight("dhl", "Express Worldwide", "JPY", {500: 7000, 2000: 12_000, 70_000: 90_000}),
        *_by_weight("ups", "Standard", "JPY", {500: 6500, 2000: 11_000, 70_000: 85_000}),
    )
)
