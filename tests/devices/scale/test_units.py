from decimal import Decimal

import pytest

from packstation.devices.scale.mt_sics import Decoder
from packstation.devices.scale.reading import ScaleState
from packstation.devices.scale.units import UnknownUnit, from_grams, to_grams, unit_name


@pytest.mark.parametrize(
    ("value", "unit", "grams"),
    [
        ("1", "g", "1"),
        ("1.25", "kg", "1250"),
        ("1", "lb", "453.59237"),
        ("1", "oz", "28.349523125"),
        ("16", "oz", "453.59237"),
        ("2.5", "KG", "2500"),
        ("3", " g", "3"),
        ("1", "lbs", "453.59237"),
    ],
)
def test_conversions_are_exact(value: str, unit: str, grams: str) -> None:
    assert to_grams(Decimal(value), unit) == Decimal(grams)


def test_from_grams_rounds_to_the_frame_decimals() -> None:
    assert from_grams(Decimal("453.59237"), "lb", 2) == Decimal("1.00")
    assert from_grams(Decimal("1234.5"), "kg", 3) == Decimal("1.234")  # half to even


def test_an_unknown_unit_raises_here_but_is_an_error_reading_in_a_decoder() -> None:
    with pytest.raises(UnknownUnit):
        unit_name("ct")
    [reading] = Decoder().feed(b"S S      12.00 ct\r\n")
    assert reading.state is ScaleState.ERROR
    assert reading.raw == b"S S      12.00 ct"
