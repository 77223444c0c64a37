"""What a receipt printer model can do, from python-escpos's capability database.

The database is escpos-printer-db as bundled with python-escpos 3.1 (`escpos/capabilities.json`,
35 profiles). Per profile it gives `media.width.pixels` and `media.dpi` (both "Unknown" in the
"default" profile), `features` (`qrCode`, `barcodeB`, `bitImageRaster`, ...) and `codePages`,
a map from the `ESC t n` slot number to a code page name; the same page can sit in two slots
(NT-5890K: CP866 in 17 and 59), and like python-escpos (`BaseProfile.get_code_pages`) the
higher slot wins. The `encodings` section names the Python codec of each page.

Japanese models: the database has no Kanji flag and none of its profiles is a Japanese model
(the Kanji commands `FS C`, `FS &`, `FS .` are "effective only for Japanese model", Epson
ESC/POS reference). A profile counts as one when a custom capability file
(`ESCPOS_CAPABILITIES_FILE`) sets a `kanji` feature or names it so ("Japan", "Kanji", a "-J"
model suffix); otherwise the station's `text_mode` setting ("kanji") says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from packstation.devices.printers.escpos_library import CAPABILITIES
from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP

TEXT_MODES = ("auto", "kanji", "raster")

UNKNOWN_PROFILE = QT_TRANSLATE_NOOP(
    "Receipt printer",
    "The receipt printer profile {name} is not known. Choose the printer model in the settings.",
)

_JAPANESE_MODEL = re.compile(r"japan|kanji|[-_ ]j$", re.IGNORECASE)


class UnknownProfileError(DomainError):
    pass


@dataclass(frozen=True)
class ProfileInfo:
    """The facts about one printer model that the job builder and the simulator need."""

    name: str
    label: str  # "Epson TM-T20II", for a settings dropdown
    width_dots: int  # printable width
    dpi: int
    code_pages: Mapping[str, int]  # code page name ("CP866") → `ESC t` slot
    encodings: Mapping[int, str] = field(repr=False)  # slot → Python codec ("cp866")
    features: frozenset[str] = frozenset()
    japanese_model: bool = False

    def supports(self, feature: str) -> bool:
        return feature in self.features


def profile_names() -> list[str]:
    """Every profile in the database, "default" first, for the settings dropdown."""
    names = sorted(CAPABILITIES["profiles"], key=str.lower)
    names.remove("default")
    return ["default", *names]


def profile_label(name: str) -> str:
    data = _profile_data(name)
    return f"{data.get('vendor', '')} {data.get('name', name)}".strip()


def profile_info(name: str, *, fallback_width: int = 576, fallback_dpi: int = 203) -> ProfileInfo:
    """The profile `name`; width and dpi fall back to the configured ones where it has none."""
    data = _profile_data(name)
    media = data.get("media", {})
    pages: dict[str, int] = {}
    encodings: dict[int, str] = {}
    known = CAPABILITIES["encodings"]
    for slot_text, page in sorted(data.get("codePages", {}).items(), key=lambda kv: int(kv[0])):
        codec = known.get(page, {}).get("python_encode")
        if codec is None:
            continue
        pages[page] = int(slot_text)
        encodings[int(slot_text)] = codec
    features = frozenset(key for key, on in data.get("features", {}).items() if on)
    return ProfileInfo(
        name=name,
        label=profile_label(name),
        width_dots=_number(media.get("width", {}).get("pixels"), fallback_width),
        dpi=_number(media.get("dpi"), fallback_dpi),
        code_pages=pages,
        encodings=encodings,
        features=features,
        japanese_model="kanji" in features or _names_japanese_model(name, data),
    )


def resolve_text_mode(profile: ProfileInfo, text_mode: str) -> str:
    """How text beyond ASCII goes out: "kanji", "codepage" or "raster".

    "kanji": a Japanese model; Japanese in Kanji mode, other scripts by code page.
    "codepage": code pages where the profile has one for the text, a raster image otherwise.
    "raster": every block that is not plain ASCII as a raster image (any `GS v 0` printer).
    """
    if text_mode not in TEXT_MODES:
        raise ValueError(f"text_mode must be one of {TEXT_MODES}, not {text_mode!r}")
    if text_mode == "auto":
        return "kanji" if profile.japanese_model else "codepage"
    return text_mode


def _profile_data(name: str) -> dict[str, Any]:
    try:
        return CAPABILITIES["profiles"][name]
    except KeyError:
        raise UnknownProfileError(UNKNOWN_PROFILE(name=name)) from None


def _names_japanese_model(name: str, data: Mapping[str, Any]) -> bool:
    texts = (name, str(data.get("name", "")), str(data.get("notes", "")))
    return any(_JAPANESE_MODEL.search(text.strip()) for text in texts)


def _number(value: object, fallback: int) -> int:
    if isinstance(value, int | float) and value > 0:
        return int(value)
    return fallback
