from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.weights import (
    LearnedWeight,
    Tolerance,
    UnitWeight,
    check_weight,
    expected_weight,
    learn,
    single_sku,
    unit_sample,
)

D = Decimal


def units(**grams: int | None) -> dict[str, UnitWeight]:
    return {sku: UnitWeight(sku, None if g is None else D(g)) for sku, g in grams.items()}


def test_expected_weight_is_units_plus_box() -> None:
    expected = expected_weight({"TEA": 2, "CUP": 1}, units(TEA=120, CUP=240), D(80))
    assert expected.grams == D(560) and expected.missing == ()


def test_a_unit_without_weight_leaves_the_expected_weight_unknown() -> None:
    expected = expected_weight({"TEA": 2, "NEW": 1}, units(TEA=120, NEW=None), None)
    assert expected.grams is None and expected.missing == ("NEW",)
    check = check_weight(D(500), expected, Tolerance())
    assert check.passed and "NEW" in check.message.render()


def test_tolerance_is_the_larger_of_grams_and_percent() -> None:
    tolerance = Tolerance(D(30), D(5))
    assert tolerance.allowed(D(200)) == D(30)
    assert tolerance.allowed(D(2000)) == D(100)


def test_weight_outside_the_tolerance_fails_with_the_difference() -> None:
    expected = expected_weight({"TEA": 2}, units(TEA=120), D(80))
    inside = check_weight(D("345.5"), expected, Tolerance(D(30), D(5)))
    assert inside.passed
    outside = check_weight(D(200), expected, Tolerance(D(30), D(5)))
    assert not outside.passed
    text = outside.message.render()
    assert "200 g" in text and "expected 320 g" in text and "−120" in text


def test_learned_weight_is_robust_to_outliers() -> None:
    samples = [D("101"), D("99"), D("100"), D("100.5"), D("99.5"), D("350"), D("98")]
    learned = learn(samples)
    assert learned is not None and learned.grams == D("99.8")
    assert learned.samples == 6  # the 350 g parcel (a second item?) is left out


def test_learned_weight_stands_in_for_a_missing_catalogue_weight_once_trusted() -> None:
    few = UnitWeight("TEA", None, LearnedWeight(D(120), 2))
    enough = UnitWeight("TEA", None, LearnedWeight(D(120), 5))
    assert few.grams is None and enough.grams == D(120)


def test_a_large_disagreement_with_the_catalogue_is_flagged() -> None:
    assert UnitWeight("TEA", D(100), LearnedWeight(D(130), 8)).disagrees
    assert not UnitWeight("TEA", D(100), LearnedWeight(D(105), 8)).disagrees
    assert not UnitWeight("TEA", D(100), LearnedWeight(D(130), 2)).disagrees


def test_single_sku_parcels_give_a_unit_sample() -> None:
    assert single_sku([("TEA", 2), ("TEA", 1)]) == ("TEA", 3)
    assert single_sku([("TEA", 2), ("CUP", 1)]) is None
    assert unit_sample(D(380), D(80), 3) == D(100)
    assert unit_sample(D(50), D(80), 1) is None


@given(st.lists(st.decimals(min_value=1, max_value=10_000, places=1), min_size=1, max_size=60))
def test_learned_weight_lies_within_the_samples(samples: list[Decimal]) -> None:
    learned = learn(samples)
    assert learned is not None
    assert min(samples) - D("0.1") <= learned.grams <= max(samples) + D("0.1")
    assert 1 <= learned.samples <= len(samples)
