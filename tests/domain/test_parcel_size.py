from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.domain.parcel_size import Dimensions, size_class

BOX_60 = Dimensions(250, 180, 150)  # 58 cm
D = Decimal


@pytest.mark.parametrize(
    ("sides_cm", "expected"),
    [(60, 60), (61, 80), (80, 80), (100, 100), (140, 140), (180, 180), (200, 200), (201, None)],
)
def test_the_sides_give_the_class(sides_cm: int, expected: int | None) -> None:
    box = Dimensions(sides_cm * 10 - 200, 100, 100)
    assert size_class("yamato", box, None) == expected


@pytest.mark.parametrize(
    ("grams", "expected"),
    [(2000, 60), (2001, 80), (5000, 80), (9999, 100), (15000, 120), (25000, 160), (30000, 180)],
)
def test_a_heavy_parcel_in_a_small_box_is_billed_by_its_weight(grams: int, expected: int) -> None:
    assert size_class("yamato", BOX_60, D(grams)) == expected
    assert size_class("sagawa", BOX_60, D(grams)) == expected


def test_a_large_light_parcel_is_billed_by_its_sides() -> None:
    assert size_class("yamato", Dimensions(500, 400, 300), D(800)) == 120


def test_too_heavy_for_the_table_has_no_class() -> None:
    assert size_class("yamato", BOX_60, D("30000.1")) is None


def test_japan_post_goes_by_the_sides_alone() -> None:
    assert size_class("japanpost", BOX_60, D(20000)) == 60


@pytest.mark.parametrize(
    ("sides_cm", "expected"), [(160, 160), (161, 170), (170, 170), (171, None)]
)
def test_yu_pack_ends_at_170(sides_cm: int, expected: int | None) -> None:
    box = Dimensions(sides_cm * 10 - 200, 100, 100)
    assert size_class("japanpost", box, None) == expected


def test_no_class_without_dimensions_or_for_carriers_without_classes() -> None:
    assert size_class("yamato", None, D(500)) is None
    assert size_class("russianpost", BOX_60, D(500)) is None
    assert size_class("generic", BOX_60, D(500)) is None
