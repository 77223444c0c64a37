"""The labels loaded in a label printer: size, how the printer finds each label, darkness.

Sizes are in millimetres as printed on the label roll; the printer works in dots. A 203 dpi
head has 8 dots/mm (Zebra ZPL II Programming Guide, "dpmm": 8 dpmm = 203 dpi, 12 dpmm = 300
dpi); for 300 dpi this module counts 300/25.4 = 11.811 dots/mm and rounds down, so a raster
made for the media never runs past its edge.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from packstation.devices.printers.raster import Bitmap
from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP

MediaKind = Literal["gap", "mark", "continuous"]
KINDS: tuple[MediaKind, ...] = ("gap", "mark", "continuous")
DPIS = (203, 300)
MAX_DARKNESS = 30  # ZPL ~SD: 00..30
MAX_TSPL_DENSITY = 15  # TSPL DENSITY: 0..15
MAX_SPEED = 14  # inches per second, ZPL ^PR and TSPL SPEED accept up to 14 on the fastest heads

_DOTS_PER_MM = {203: Decimal(8), 300: Decimal(300) / Decimal("25.4")}

LABEL_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Label printer",
    "The label is {label_width} × {label_height} mm but the printer holds "
    "{media_width} × {media_height} mm labels. Change the media settings of the label "
    "printer or choose a layout for this label size.",
)


class LabelDoesNotFit(DomainError):
    """A raster larger than the loaded labels: refused, never cropped."""


def dots_per_mm(dpi: int) -> Decimal:
    if dpi not in _DOTS_PER_MM:
        raise ValueError(f"dpi must be one of {DPIS}, not {dpi}")
    return _DOTS_PER_MM[dpi]


def mm_to_dots(mm: Decimal, dpi: int) -> int:
    """Whole dots in `mm` millimetres, rounded down."""
    return math.floor(mm * dots_per_mm(dpi))


def format_mm(mm: Decimal | float) -> str:
    """A length as a printer command takes it: "100", "99.5" (never "1E+2")."""
    return format(Decimal(str(mm)).normalize(), "f")


@dataclass(frozen=True)
class LabelMedia:
    width_mm: Decimal | float
    height_mm: Decimal | float  # label length along the feed; for continuous media, the cut length
    dpi: int = 203
    kind: MediaKind = "gap"
    gap_mm: Decimal | float = Decimal(2)  # gap or black mark height; ignored for continuous
    darkness: int = 15  # ZPL ~SD scale 0..30
    speed: int | None = None  # inches per second; None keeps the printer's setting

    def __post_init__(self) -> None:
        for name in ("width_mm", "height_mm", "gap_mm"):
            value = getattr(self, name)
            if not isinstance(value, Decimal):
                object.__setattr__(self, name, Decimal(str(value)))
        if self.dpi not in DPIS:
            raise ValueError(f"dpi must be one of {DPIS}, not {self.dpi}")
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {self.kind!r}")
        if self.width_dots < 1 or self.height_dots < 1:
            raise ValueError("a label needs a width and a height of at least one dot")
        if self.gap_mm < 0:
            raise ValueError("the gap cannot be negative")
        if not 0 <= self.darkness <= MAX_DARKNESS:
            raise ValueError(f"darkness must be 0..{MAX_DARKNESS}, not {self.darkness}")
        if self.speed is not None and not 1 <= self.speed <= MAX_SPEED:
            raise ValueError(f"speed must be 1..{MAX_SPEED} inches/s, not {self.speed}")

    @property
    def width_dots(self) -> int:
        return mm_to_dots(Decimal(self.width_mm), self.dpi)

    @property
    def height_dots(self) -> int:
        return mm_to_dots(Decimal(self.height_mm), self.dpi)

    @property
    def tspl_density(self) -> int:
        """The darkness on TSPL's DENSITY scale 0..15, rounded half up."""
        return (self.darkness * MAX_TSPL_DENSITY * 2 + MAX_DARKNESS) // (MAX_DARKNESS * 2)

    def check_fits(self, bitmap: Bitmap) -> None:
        """Raise `LabelDoesNotFit` when the raster is wider or taller than the label."""
        if bitmap.width <= self.width_dots and bitmap.height <= self.height_dots:
            return
        per_mm = dots_per_mm(self.dpi)
        raise LabelDoesNotFit(
            LABEL_TOO_LARGE(
                label_width=_one_decimal(bitmap.width / per_mm),
                label_height=_one_decimal(bitmap.height / per_mm),
                media_width=_one_decimal(Decimal(self.width_mm)),
                media_height=_one_decimal(Decimal(self.height_mm)),
            )
        )


def _one_decimal(mm: Decimal) -> str:
    return format_mm(mm.quantize(Decimal("0.1")))
