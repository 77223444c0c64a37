"""The fonts documents are set in, embedded in every PDF.

IPAexGothic covers kanji, kana and full-width forms (and Latin and Cyrillic, but as JIS
full-width glyphs); DejaVu Sans is proportional Latin and Cyrillic. A text with any
Japanese or Chinese character is set in IPAexGothic, anything else in DejaVu Sans, so
Russian reads like Russian and Japanese like Japanese.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from packstation.resources import resource

JAPANESE = "IPAexGothic"
LATIN = "DejaVuSans"
LATIN_BOLD = "DejaVuSans-Bold"

_FILES = {
    JAPANESE: "ipaexg.ttf",
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
}


@cache
def register() -> None:
    """Make the fonts known to reportlab (once per process)."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))


def is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3000 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0x3400 <= code <= 0x9FFF  # CJK ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFF00 <= code <= 0xFFEF  # full-width and half-width forms
        or 0x31F0 <= code <= 0x31FF  # katakana extensions
    )


def font_for(text: str, bold: bool = False) -> str:
    """The font to set `text` in (IPAexGothic has no bold: headings in it stay regular)."""
    register()
    if any(is_cjk(char) for char in text):
        return JAPANESE
    return LATIN_BOLD if bold else LATIN
