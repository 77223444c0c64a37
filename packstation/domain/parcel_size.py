"""A parcel's size class (サイズ) for the Japanese carriers, from its box and its weight.

Yamato 宅急便 (sum of the three sides / most weight): 60 cm / 2 kg, 80 / 5, 100 / 10,
120 / 15, 140 / 20, 160 / 25, 180 / 30, 200 / 30. The billed size is the larger of the sides'
class and the weight's class (danchizumano-nandeyanen.com/?p=450715, quoting Yamato). Sagawa
is given the same table. ゆうパック takes up to 25 kg at any size, so Japan Post's class
is the sides' alone; its classes are 60 to 160 and then 170, the largest
(asahinablog.com/archives/2107, takumick.com/?p=9546). Other carriers have no size classes. A
parcel too large or too heavy for the table has no class, and neither has a box whose
dimensions are unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

SIZE_CLASSES = (60, 80, 100, 120, 140, 160, 180, 200)  # sum of the three sides, cm
YU_PACK_CLASSES = (60, 80, 100, 120, 140, 160, 170)
_MOST_GRAMS = dict(zip(SIZE_CLASSES, (2, 5, 10, 15, 20, 25, 30, 30), strict=True))
_BY_WEIGHT = ("yamato", "sagawa")
_BY_SIDES = ("japanpost",)


@dataclass(frozen=True, slots=True)
class Dimensions:
    """A box's outer dimensions in millimetres."""

    length_mm: int
    width_mm: int
    height_mm: int

    @property
    def sides_mm(self) -> int:
        return self.length_mm + self.width_mm + self.height_mm


def size_class(carrier: str, box: Dimensions | None, weight_g: Decimal | None) -> int | None:
    """The carrier's size class of a parcel in this box weighing this much (not yet weighed:
    by its sides); None when the carrier has no classes or the parcel fits none."""
    if box is None or carrier not in (*_BY_WEIGHT, *_BY_SIDES):
        return None
    classes = YU_PACK_CLASSES if carrier in _BY_SIDES else SIZE_CLASSES
    by_sides = next((size for size in classes if box.sides_mm <= size * 10), None)
    if by_sides is None or carrier in _BY_SIDES or weight_g is None:
        return by_sides
    by_weight = next(
        (size for size in SIZE_CLASSES if weight_g <= _MOST_GRAMS[size] * 1000), None
    )
    return None if by_weight is None else max(by_sides, by_weight)
