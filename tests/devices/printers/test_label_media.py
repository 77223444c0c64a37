"""Label media: mm to dots, darkness scales, and a raster too large for the labels."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.devices.printers.label_media import LabelDoesNotFit, LabelMedia, format_mm
from packstation.devices.printers.raster import Bitmap
from packstation.domain.errors import DomainError


def blank(width: int, height: int) -> Bitmap:
    return Bitmap(width, height, bytes((width + 7) // 8 * height))


@pytest.mark.parametrize(
    ("width", "height", "dpi", "dots"),
    [
        (100, 150, 203, (800, 1200)),
        (100, 150, 300, (1181, 1771)),
        (Decimal(58), Decimal("40.1"), 203, (464, 320)),
        (10.125, 5, 203, (81, 40)),
    ],
)
def test_the_media_size_in_dots(width: object, height: object, dpi: int, dots: tuple) -> None:
    media = LabelMedia(width, height, dpi=dpi)  # type: ignore[arg-type]
    assert (media.width_dots, media.height_dots) == dots


def test_floats_become_decimals_that_print_plainly() -> None:
    media = LabelMedia(99.5, 150.0)
    assert media.width_mm == Decimal("99.5")
    assert format_mm(media.width_mm) == "99.5"
    assert format_mm(media.height_mm) == "150"


@pytest.mark.parametrize(("darkness", "density"), [(0, 0), (1, 1), (15, 8), (29, 15), (30, 15)])
def test_zpl_darkness_maps_onto_tspl_density(darkness: int, density: int) -> None:
    assert LabelMedia(100, 150, darkness=darkness).tspl_density == density


@pytest.mark.parametrize(
    "options",
    [
        {"dpi": 600},
        {"kind": "roll"},
        {"darkness": 31},
        {"darkness": -1},
        {"speed": 0},
        {"speed": 15},
        {"gap_mm": -1},
        {"width_mm": 0},
    ],
)
def test_impossible_media_is_refused(options: dict) -> None:
    values = {"width_mm": 100, "height_mm": 150} | options
    with pytest.raises(ValueError):
        LabelMedia(**values)


def test_a_raster_that_fits_is_accepted() -> None:
    LabelMedia(100, 150).check_fits(blank(800, 1200))
    LabelMedia(100, 150).check_fits(blank(10, 10))


@pytest.mark.parametrize(("width", "height"), [(801, 1200), (800, 1201)])
def test_a_raster_larger_than_the_label_is_refused_not_cropped(width: int, height: int) -> None:
    with pytest.raises(LabelDoesNotFit) as caught:
        LabelMedia(100, 150).check_fits(blank(width, height))
    error = caught.value
    assert isinstance(error, DomainError)
    assert error.message.text.context == "Label printer"
    text = error.message.render()
    assert f"{width / 8:.1f}".rstrip("0").rstrip(".") in text
    assert "100 × 150 mm" in text
    assert "media settings" in text and "layout" in text
