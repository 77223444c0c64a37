"""Consumption tax per rate for qualified invoices: hand-computed orders and invariants."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.documents.model import DocumentLine
from packstation.documents.tax import TaxBucket, tax_breakdown
from tests.documents.samples import EIGHT, TEN, rakuten_order


def line(price: int, rate: Decimal | None, quantity: int = 1) -> DocumentLine:
    return DocumentLine("SKU", "name", "", quantity, Decimal(price), rate)


def test_mixed_order_with_shipping_and_a_coupon() -> None:
    # Lines: 2 × ¥1,080 (8 %), ¥3,300 (10 %), ¥2,160 (8 %); shipping ¥550 (10 %); coupon ¥500.
    # 10 %: 3,300 + 550 = 3,850; 8 %: 2,160 + 2,160 = 4,320; together 8,170.
    # Coupon share of 10 %: 500 × 3,850 / 8,170 = 235.62 → 236; 8 % takes the rest, 264.
    # 10 %: 3,850 − 236 = 3,614, tax 3,614 × 10 / 110 = 328.5 → 328 (rounded down).
    # 8 %: 4,320 − 264 = 4,056, tax 4,056 × 8 / 108 = 300.4 → 300.
    order = rakuten_order()
    assert tax_breakdown(order.lines, order.shipping_fee, order.discount, True) == [
        TaxBucket(TEN, Decimal(3614), Decimal(328)),
        TaxBucket(EIGHT, Decimal(4056), Decimal(300)),
    ]


def test_tax_is_rounded_once_per_rate_not_per_line() -> None:
    # Per line: 99 × 8 / 108 = 7.33 → 7, three times 21. Per invoice: 297 × 8 / 108 = 22.
    lines = [line(99, EIGHT), line(99, EIGHT), line(99, EIGHT)]
    assert tax_breakdown(lines, Decimal(0), Decimal(0), True) == [
        TaxBucket(EIGHT, Decimal(297), Decimal(22))
    ]


def test_tax_is_rounded_down() -> None:
    # 1,099 × 10 / 110 = 99.9 → 99.
    (bucket,) = tax_breakdown([line(1099, TEN)], Decimal(0), Decimal(0), True)
    assert bucket.tax == Decimal(99)


def test_prices_without_tax_get_the_rate_on_top() -> None:
    # 10 %: 1,000 + shipping 500 = 1,500 → 150; 8 %: 3 × 333 = 999 → 79.92 → 79.
    lines = [line(1000, TEN), line(333, EIGHT, quantity=3)]
    assert tax_breakdown(lines, Decimal(500), Decimal(0), False) == [
        TaxBucket(TEN, Decimal(1500), Decimal(150)),
        TaxBucket(EIGHT, Decimal(999), Decimal(79)),
    ]


def test_shipping_alone_is_taxed_at_the_standard_rate() -> None:
    assert tax_breakdown([line(540, EIGHT)], Decimal(660), Decimal(0), True) == [
        TaxBucket(TEN, Decimal(660), Decimal(60)),
        TaxBucket(EIGHT, Decimal(540), Decimal(40)),
    ]


def test_lines_without_a_rate_take_their_share_of_the_discount_but_no_bucket() -> None:
    # 10 %: 2,000; untaxed: 2,000; discount 1,000 is half each: 10 % keeps 1,500 → 136.
    buckets = tax_breakdown([line(2000, TEN), line(2000, None)], Decimal(0), Decimal(1000), True)
    assert buckets == [TaxBucket(TEN, Decimal(1500), Decimal(136))]


def test_no_rate_no_bucket() -> None:
    assert tax_breakdown([line(1990, None)], Decimal(0), Decimal(0), True) == []


@pytest.mark.parametrize(
    ("shipping", "discount"), [(Decimal(-1), Decimal(0)), (Decimal(0), Decimal(-1))]
)
def test_negative_amounts_are_refused(shipping: Decimal, discount: Decimal) -> None:
    with pytest.raises(ValueError, match="negative"):
        tax_breakdown([line(100, TEN)], shipping, discount, True)


def test_a_discount_larger_than_the_order_is_refused() -> None:
    with pytest.raises(ValueError, match="larger"):
        tax_breakdown([line(100, TEN)], Decimal(0), Decimal(101), True)


@given(
    st.lists(
        st.tuples(st.integers(1, 50_000), st.sampled_from([TEN, EIGHT]), st.integers(1, 5)),
        min_size=1,
        max_size=8,
    ),
    st.integers(0, 2_000),
    st.integers(0, 100),
    st.booleans(),
)
def test_the_discount_is_shared_out_exactly_and_tax_never_exceeds_the_rate(
    items: list[tuple[int, Decimal, int]],
    shipping: int,
    discount_percent: int,
    included: bool,
) -> None:
    lines = [line(price, rate, quantity) for price, rate, quantity in items]
    grand_total = sum(item.amount for item in lines) + shipping
    discount = grand_total * discount_percent // 100
    buckets = tax_breakdown(lines, Decimal(shipping), discount, included)
    assert sum(bucket.taxable_total for bucket in buckets) == grand_total - discount
    for bucket in buckets:
        exact = bucket.taxable_total * bucket.rate / ((1 + bucket.rate) if included else 1)
        assert bucket.tax == int(exact)
