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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from packstation.resources import font_path_for, resource

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


_NAMES = {file: name for name, file in _FILES.items()}


def font_for(text: str, bold: bool = False) -> str:
    """The font to set `text` in: the one `resources.font_path_for` draws it with on a
    printer too (IPAexGothic has no bold: headings in it stay regular)."""
    register()
    name = _NAMES[font_path_for(text).name]
    return LATIN_BOLD if bold and name == LATIN else name


@cache
def _glyphs(face: str) -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(face).face.charToGlyph)  # type: ignore[attr-defined]


def font_runs(line: str, bold: bool = False) -> list[tuple[str, str]]:
    """`line` as (font, text) runs: `font_for(line)`, and DejaVu Sans for the characters it
    lacks (Droid Sans Fallback has no Latin letters or digits)."""
    main = font_for(line, bold)
    fallback = LATIN_BOLD if bold else LATIN
    runs: list[tuple[str, str]] = []
    for char in line:
        face = (
            main if ord(char) in _glyphs(main) or ord(char) not in _glyphs(fallback) else fallback
        )
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + char)
        else:
            runs.append((face, char))
    return runs


def text_width(line: str, size: float, bold: bool = False) -> float:
    return sum(stringWidth(part, face, size) for face, part in font_runs(line, bold))


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    line: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> float:
    """Draw `line` run by run, each in a font that has its glyphs; returns its width."""
    width = text_width(line, size, bold)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for face, part in font_runs(line, bold):
        canvas.setFont(face, size)
        canvas.drawString(x, y, part)
        x += stringWidth(part, face, size)
    return width
