"""The fonts documents are set in, embedded in every PDF.

IPAexGothic covers kanji, kana and full-width forms (and Latin and Cyrillic, but as JIS
full-width glyphs); DejaVu Sans is proportional Latin and Cyrillic; Droid Sans Fallback has
the simplified Chinese characters that Japanese fonts lack. A text with CJK characters is set
in IPAexGothic when it has every one of them, else in Droid Sans Fallback; anything else in
DejaVu Sans, so Russian reads like Russian, Japanese like Japanese and Chinese like Chinese.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from packstation.resources import resource

JAPANESE = "IPAexGothic"
LATIN = "DejaVuSans"
LATIN_BOLD = "DejaVuSans-Bold"
CHINESE = "DroidSansFallback"

_FILES = {
    JAPANESE: "ipaexg.ttf",
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    CHINESE: "DroidSansFallbackFull.ttf",
}


@cache
def register() -> None:
    """Make the fonts known to reportlab (once per process)."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))


@cache
def _japanese_glyphs() -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(JAPANESE)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


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
    cjk = [char for char in text if is_cjk(char)]
    if cjk:
        glyphs = _japanese_glyphs()
        return JAPANESE if all(ord(char) in glyphs for char in cjk) else CHINESE
    return LATIN_BOLD if bold else LATIN
