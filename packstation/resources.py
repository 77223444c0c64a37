"""Where the files in `resources/` are: sounds, fonts, translations, demo data."""

from __future__ import annotations

from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return ROOT.joinpath(*parts)


def font_path() -> Path:
    """The project's font for printed text: kanji, kana, Latin and Cyrillic."""
    return resource("fonts", "ipaexg.ttf")


@cache
def _japanese_characters() -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    return frozenset(TTFontFile(str(font_path())).charToGlyph)


def is_cjk(char: str) -> bool:
    """Japanese or Chinese: the characters a Latin and Cyrillic font has no glyph for."""
    code = ord(char)
    return (
        0x3000 <= code <= 0x9FFF  # CJK punctuation, kana, symbols, ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFF00 <= code <= 0xFFEF  # full-width and half-width forms
    )


def font_path_for(text: str) -> Path:
    """The font a line of text is drawn in: IPAexGothic for Japanese, Droid Sans Fallback
    for Chinese characters Japanese fonts lack, DejaVu Sans (proportional) for the rest —
    IPAexGothic's Latin and Cyrillic are full-width."""
    cjk = [ord(char) for char in text if is_cjk(char)]
    if not cjk:
        return resource("fonts", "DejaVuSans.ttf")
    if all(code in _japanese_characters() for code in cjk):
        return font_path()
    return resource("fonts", "DroidSansFallbackFull.ttf")
