"""Which carrier a name means: the app's codes and the names orders, imports and people write.

"Japan Post", "japan-post", "JAPAN_POST" and "japanpost" are one carrier: names are compared
without case (Unicode case folding, so "СДЭК" is "сдэк"), without spaces, hyphens, underscores
and dots, and with full-width letters read as ASCII (NFKC).
"""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-_.‐‑‒–—―・]+")

# carrier code → the names it goes by, as people write them
_NAMES: dict[str, tuple[str, ...]] = {
    "yamato": ("yamato", "Yamato Transport", "ヤマト運輸"),
    "sagawa": ("sagawa", "Sagawa Express", "佐川急便"),
    "japanpost": ("japanpost", "Japan Post", "日本郵便", "ゆうパック"),
    "russianpost": ("russianpost", "Russian Post", "Почта России"),
    "cdek": ("cdek", "СДЭК"),
    "dhl": ("dhl", "DHL Express"),
    "ups": ("ups",),
    "fedex": ("fedex", "FedEx Express"),
    "usps": ("usps",),
    "generic": ("generic",),
}


def squashed(name: str) -> str:
    """The name as names are compared: NFKC, case-folded, without separators."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", name).casefold())


_CODES = {squashed(name): code for code, names in _NAMES.items() for name in names}


def carrier_from_name(name: str) -> str | None:
    """The carrier code `name` means ("japan-post" → "japanpost"); None when it is none we know."""
    return _CODES.get(squashed(name))
