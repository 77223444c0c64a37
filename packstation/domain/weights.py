"""Parcel weights: what a parcel should weigh, whether it does, and what units really weigh.

Expected weight = the units' weights + the box's tare. A unit's weight is the catalogue's,
or, when the catalogue has none, the weight learned from earlier parcels that held that
SKU alone. Weights are in grams, as Decimal: a scale's reading is never rounded here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from statistics import median

from packstation.domain.messages import QT_TRANSLATE_NOOP, Message

WITHIN = QT_TRANSLATE_NOOP("Weight", "Weight {weight} g: as expected ({expected} g ± {allowed} g)")
OUTSIDE = QT_TRANSLATE_NOOP(
    "Weight",
    "WEIGHT CHECK: {weight} g, expected {expected} g ± {allowed} g ({difference} g). "
    "Check the parcel for a missing or extra item. A supervisor decides.",
)
UNKNOWN = QT_TRANSLATE_NOOP(
    "Weight",
    "Weight {weight} g recorded. No expected weight: the catalogue has no weight for {skus}",
)

MIN_SAMPLES = 5  # learned weights count once this many single-SKU parcels agree
DISAGREEMENT = Decimal("0.15")  # learned vs catalogue: flag beyond 15 %


@dataclass(frozen=True, slots=True)
class Tolerance:
    grams: Decimal = Decimal(30)
    percent: Decimal = Decimal(5)

    def allowed(self, expected: Decimal) -> Decimal:
        return max(self.grams, expected * self.percent / 100)


@dataclass(frozen=True, slots=True)
class LearnedWeight:
    grams: Decimal
    samples: int


@dataclass(frozen=True, slots=True)
class UnitWeight:
    sku: str
    catalogue: Decimal | None
    learned: LearnedWeight | None = None

    @property
    def grams(self) -> Decimal | None:
        if self.catalogue is not None:
            return self.catalogue
        if self.learned is not None and self.learned.samples >= MIN_SAMPLES:
            return self.learned.grams
        return None

    @property
    def disagrees(self) -> bool:
        """The catalogue weight is off from what parcels show: the catalogue needs a fix."""
        learned = self.learned
        if self.catalogue is None or learned is None or learned.samples < MIN_SAMPLES:
            return False
        return abs(learned.grams - self.catalogue) > DISAGREEMENT * max(learned.grams, Decimal(1))


@dataclass(frozen=True, slots=True)
class Expected:
    grams: Decimal | None  # None: some unit has no weight
    missing: tuple[str, ...] = ()  # SKUs without a weight


def expected_weight(
    quantities: Mapping[str, int], units: Mapping[str, UnitWeight], box_tare: Decimal | None
) -> Expected:
    total = box_tare or Decimal(0)
    missing = []
    for sku, quantity in quantities.items():
        unit = units.get(sku)
        grams = unit.grams if unit is not None else None
        if grams is None:
            missing.append(sku)
        else:
            total += grams * quantity
    if missing:
        return Expected(None, tuple(sorted(missing)))
    return Expected(total)


@dataclass(frozen=True, slots=True)
class WeightCheck:
    weight: Decimal
    expected: Decimal | None
    allowed: Decimal
    message: Message

    @property
    def passed(self) -> bool:
        return self.expected is None or abs(self.weight - self.expected) <= self.allowed


def check_weight(weight: Decimal, expected: Expected, tolerance: Tolerance) -> WeightCheck:
    if expected.grams is None:
        message = UNKNOWN(weight=show_grams(weight), skus=", ".join(expected.missing))
        return WeightCheck(weight, None, Decimal(0), message)
    allowed = tolerance.allowed(expected.grams)
    difference = weight - expected.grams
    values = {
        "weight": show_grams(weight),
        "expected": show_grams(expected.grams),
        "allowed": show_grams(allowed),
    }
    if abs(difference) <= allowed:
        return WeightCheck(weight, expected.grams, allowed, WITHIN(**values))
    sign = "+" if difference > 0 else "−"
    message = OUTSIDE(difference=f"{sign}{show_grams(abs(difference))}", **values)
    return WeightCheck(weight, expected.grams, allowed, message)


def unit_sample(parcel: Decimal, box_tare: Decimal | None, quantity: int) -> Decimal | None:
    """One unit's weight from a parcel that held `quantity` units of one SKU."""
    if quantity <= 0:
        return None
    unit = (parcel - (box_tare or Decimal(0))) / quantity
    return unit if unit > 0 else None


def learn(samples: Sequence[Decimal]) -> LearnedWeight | None:
    """A robust unit weight: the median of the samples within 3 MADs of the median."""
    if not samples:
        return None
    middle = median(samples)
    spread = median(abs(sample - middle) for sample in samples)
    kept = [s for s in samples if spread == 0 or abs(s - middle) <= 3 * spread] or samples
    return LearnedWeight(Decimal(median(kept)).quantize(Decimal("0.1")), len(kept))


def show_grams(grams: Decimal) -> str:
    """Grams as a packer reads them: whole grams, or one decimal under 100 g."""
    step = Decimal("0.1") if abs(grams) < 100 and grams != grams.to_integral() else Decimal(1)
    return f"{grams.quantize(step, ROUND_HALF_UP):f}"


def single_sku(quantities: Iterable[tuple[str, int]]) -> tuple[str, int] | None:
    """The SKU and quantity of a parcel holding one SKU only, else None."""
    items = [(sku, qty) for sku, qty in quantities if qty > 0]
    skus = {sku for sku, _ in items}
    if len(skus) != 1:
        return None
    return items[0][0], sum(qty for _, qty in items)
