"""Japanese consumption tax per rate, as a qualified invoice (適格請求書) states it.

A qualified invoice gives, for each tax rate, the total of the amounts charged at that rate
and the consumption tax on it. The tax is rounded once per rate per invoice, never per line:
the National Tax Agency's rule "一の適格請求書につき、税率ごとに1回の端数処理"
(消費税法施行令第70条の10; NTA, インボイス制度に関するQ&A). Rounding down (切り捨て) is the common
practice and the one used here.

Choices made here:
- The shipping fee is charged at the standard rate, 10 %.
- A discount (coupons, points) is spread over the rates in proportion to each rate's total,
  each share rounded to the yen (half up); the rate with the largest total takes what the
  rounding leaves, so the shares add up to the discount exactly. Lines without a tax rate
  take their share too (it lowers no bucket), as the discount was given on the whole order.
- `taxable_total` is the total as charged: tax included when the prices include it (税込),
  tax excluded otherwise (税抜). The tax is total × rate / (1 + rate) for the first and
  total × rate for the second.

Amounts are yen: the tax is rounded down to whole yen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from packstation.documents.model import DocumentLine

STANDARD_RATE = Decimal("0.10")
REDUCED_RATE = Decimal("0.08")
_YEN = Decimal(1)


@dataclass(frozen=True)
class TaxBucket:
    """One rate of a qualified invoice: "10%対象 ¥3,614 (内消費税 ¥328)"."""

    rate: Decimal
    taxable_total: Decimal
    tax: Decimal


def tax_breakdown(
    lines: Iterable[DocumentLine],
    shipping_fee: Decimal,
    discount: Decimal,
    prices_include_tax: bool,
) -> list[TaxBucket]:
    """The buckets per tax rate, highest rate first; rates with nothing charged are left out.

    Raises ValueError for a negative shipping fee or discount, or a discount larger than
    everything charged.
    """
    if shipping_fee < 0 or discount < 0:
        raise ValueError("the shipping fee and the discount must not be negative")
    pools: dict[Decimal | None, Decimal] = {}
    for line in lines:
        pools[line.tax_rate] = pools.get(line.tax_rate, Decimal(0)) + line.amount
    if shipping_fee:
        pools[STANDARD_RATE] = pools.get(STANDARD_RATE, Decimal(0)) + shipping_fee
    shares = _discount_shares(pools, discount)
    buckets = []
    for rate in sorted((rate for rate in pools if rate is not None), reverse=True):
        total = pools[rate] - shares[rate]
        if not total:
            continue
        tax = total * rate / (1 + rate) if prices_include_tax else total * rate
        buckets.append(TaxBucket(rate, total, tax.quantize(_YEN, ROUND_DOWN)))
    return buckets


def _discount_shares(
    pools: dict[Decimal | None, Decimal], discount: Decimal
) -> dict[Decimal | None, Decimal]:
    """`discount` split over the pools in proportion to their totals (see the module doc)."""
    grand_total = sum(pools.values(), Decimal(0))
    if discount > grand_total:
        raise ValueError(f"the discount {discount} is larger than the order total {grand_total}")
    if not discount:
        return dict.fromkeys(pools, Decimal(0))
    largest = max(pools, key=lambda rate: (pools[rate], rate or Decimal(0)))
    shares = {
        rate: (discount * total / grand_total).quantize(_YEN, ROUND_HALF_UP)
        for rate, total in pools.items()
        if rate != largest
    }
    shares[largest] = discount - sum(shares.values(), Decimal(0))
    return shares
