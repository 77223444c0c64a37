"""How one block of receipt text goes to an ESC/POS printer: code page, Kanji mode or raster.

python-escpos 3.1's magic encoder is bypassed (hardware.md §1): it sends any string with a
CJK ideograph as GB18030 without a command, full-width kana as "?", and forgets to resend
`ESC t` after `ESC @` or a style change. Here every block states what it needs:

- ASCII goes as is (it is the same in every code page below).
- Other characters a single-byte code page of the profile holds go as `ESC t n` + the bytes,
  `n` being the profile's slot (`ESC t`, Epson ESC/POS reference), before every block.
  CP866 is preferred for Cyrillic, then (WPC)1251. Epson page 1 ("CP932" in the database) is
  the half-width Katakana page: it serves half-width kana only.
- Japanese on a Japanese model ("kanji" mode): `FS C 1` (Shift JIS), `FS &` (Kanji mode on),
  CP932 bytes, `FS .` (off), then `FS C 0` (back to JIS). Epson ESC/POS reference `FS C`
  ("effective only for Japanese model"; 0 = JIS, 1 = Shift JIS), `FS &`, `FS .`. In Shift JIS
  a Japanese model reads lead bytes 81-9F/E0-EF as Kanji even outside Kanji mode (HPRT PPTII-A
  manual, `FS &`: "effective only when the JIS code system is selected"), which would swallow
  CP866 capitals (80-9F); returning to JIS keeps later code-page text intact.
- Anything else, or a block with a character no route carries: the whole block drawn with the
  project font (`text_raster`) and sent as `GS v 0`.

Widths: Font A cells of 12 dots. Sent as text, a character takes one cell, a Kanji two (24
dots, `ESC !`); a drawn line takes what its proportional font draws (`text_raster`), so a
line with a label on the left and a value on the right (`encode_pair`) is padded with spaces
when it goes as text and laid out in dots when it is drawn.

Style: `ESC a n` alignment, `ESC ! 0` (Font A, modes off), `ESC E n` emphasis, `GS ! n` size
(width-1 in the high nibble, height-1 in the low, 1..8 each); rasterised text gets the same
size and alignment in the image.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from packstation.devices.printers.escpos_profiles import ProfileInfo
from packstation.devices.printers.escpos_raster import DEFAULT_BAND_HEIGHT, encode_raster
from packstation.devices.printers.text_raster import (
    ALIGNS,
    CELL_DOTS,
    render_pair,
    render_text,
    text_width,
)

ESC, FS, GS, LF = 0x1B, 0x1C, 0x1D, 0x0A
KATAKANA_PAGE = "CP932"  # Epson page 1: half-width Katakana
PREFERRED_PAGES = (
    "CP866",
    "WPC1251",
    "CP1251",
    "CP1252",
    "CP858",
    "CP850",
    "CP437",
    "ISO_8859-15",
    "CP852",
    "CP1250",
    "ISO_8859-2",
    "CP1257",
    "CP1253",
    "ISO_8859-7",
    KATAKANA_PAGE,
)
KANJI_ON = bytes((FS, 0x43, 1, FS, 0x26))  # FS C 1, FS &
KANJI_OFF = bytes((FS, 0x2E, FS, 0x43, 0))  # FS ., FS C 0


@dataclass(frozen=True)
class TextStyle:
    bold: bool = False
    size: tuple[int, int] = (1, 1)  # width and height multipliers, 1..8
    align: str = "left"

    def __post_init__(self) -> None:
        if self.align not in ALIGNS:
            raise ValueError(f"align must be one of {ALIGNS}, not {self.align!r}")
        if len(self.size) != 2 or not all(1 <= n <= 8 for n in self.size):
            raise ValueError(f"size must be two multipliers 1..8, not {self.size!r}")

    def commands(self) -> bytes:
        width, height = self.size
        return bytes(
            (
                ESC, 0x61, ALIGNS.index(self.align),
                ESC, 0x21, 0,
                ESC, 0x45, int(self.bold),
                GS, 0x21, (width - 1) << 4 | (height - 1),
            )
        )  # fmt: skip


@dataclass(frozen=True)
class Run:
    """Consecutive characters that go the same way."""

    kind: str  # "ascii", "page" or "kanji"
    text: str
    page: str = ""  # for "page": the code page name


def clean(text: str) -> str:
    """Control characters (ESC, GS, ...) in shop data must not reach the printer as commands."""
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)


def plan(line: str, profile: ProfileInfo, mode: str) -> list[Run] | None:
    """The runs of one line, or None when it has to go as a raster image."""
    runs: list[Run] = []
    for char in line:
        last = runs[-1] if runs else None
        if " " <= char <= "~":
            if last is None:
                runs.append(Run("ascii", char))
            else:
                runs[-1] = Run(last.kind, last.text + char, last.page)
            continue
        if mode == "raster":
            return None
        if last is not None and last.kind != "ascii" and _carries(last, char, profile):
            runs[-1] = Run(last.kind, last.text + char, last.page)
            continue
        run = _route(char, profile, mode)
        if run is None:
            return None
        if last is not None and last.kind == "ascii":
            runs[-1] = Run(run.kind, last.text + char, run.page)
        else:
            runs.append(run)
    return runs


def columns(line: str, profile: ProfileInfo, mode: str, *, bold: bool = False) -> float:
    """The Font A cells `line` takes on paper: as text, one a character and two a Kanji;
    drawn, its drawn width in cells (a fraction)."""
    runs = plan(clean(line), profile, mode)
    if runs is None:
        return text_width(clean(line), bold=bold) / CELL_DOTS
    return sum(_cells(run) for run in runs)


def encode_pair(
    label: str,
    value: str,
    profile: ProfileInfo,
    mode: str,
    style: TextStyle,
    *,
    max_band_height: int = DEFAULT_BAND_HEIGHT,
) -> bytes | None:
    """One line: `label` at the left edge and `value` ending at the right edge of the paper's
    last cell; None when the two do not fit on one line with a cell between them (or, the
    label empty, when the value does not fit)."""
    label, value = clean(label), clean(value)
    cell = CELL_DOTS * style.size[0]
    cells = profile.width_dots // cell
    runs = plan(label + value, profile, mode)
    if runs is not None:
        room = cells - sum(_cells(run) for run in runs)  # a character's cells are its own
        if room < (1 if label and value else 0):
            return None
        return encode_line(label + " " * room + value, profile, mode, style)
    bitmap = render_pair(label, value, cells * cell, size=style.size, bold=style.bold)
    if bitmap is None:
        return None
    return bytes((ESC, 0x61, 0)) + encode_raster(
        bitmap, paper_width=profile.width_dots, max_band_height=max_band_height
    )


def encode_line(
    line: str,
    profile: ProfileInfo,
    mode: str,
    style: TextStyle,
    *,
    max_band_height: int = DEFAULT_BAND_HEIGHT,
) -> bytes:
    """One printed line (wrapped by the printer if long): style, text, LF; or a raster."""
    runs = plan(line, profile, mode)
    if runs is None:
        bitmap = render_text(
            line, profile.width_dots, size=style.size, bold=style.bold, align=style.align
        )
        return bytes((ESC, 0x61, 0)) + encode_raster(
            bitmap, paper_width=profile.width_dots, max_band_height=max_band_height
        )
    return style.commands() + b"".join(_encode_run(run, profile) for run in runs) + b"\n"


def _cells(run: Run) -> int:
    return len(run.text.encode("cp932")) if run.kind == "kanji" else len(run.text)


def _route(char: str, profile: ProfileInfo, mode: str) -> Run | None:
    for page in PREFERRED_PAGES:
        if page in profile.code_pages and _single_byte(char, profile, page):
            return Run("page", char, page)
    if mode == "kanji" and _kanji_encodes(char, profile):
        return Run("kanji", char)
    return None


def _carries(run: Run, char: str, profile: ProfileInfo) -> bool:
    if run.kind == "kanji":
        return _kanji_encodes(char, profile)
    return _single_byte(char, profile, run.page)


def _single_byte(char: str, profile: ProfileInfo, page: str) -> bool:
    codec = profile.encodings[profile.code_pages[page]]
    try:
        return len(char.encode(codec)) == 1
    except (UnicodeEncodeError, LookupError):
        return False


def _kanji_encodes(char: str, profile: ProfileInfo) -> bool:
    try:
        encoded = char.encode("cp932")
    except UnicodeEncodeError:
        return False
    # A single byte here is half-width Katakana, read through the Katakana page.
    return len(encoded) == 2 or KATAKANA_PAGE in profile.code_pages


def _encode_run(run: Run, profile: ProfileInfo) -> bytes:
    if run.kind == "ascii":
        return run.text.encode("ascii")
    if run.kind == "page":
        slot = profile.code_pages[run.page]
        return bytes((ESC, 0x74, slot)) + run.text.encode(profile.encodings[slot])
    encoded = run.text.encode("cp932")
    katakana = b""
    if any(0xA1 <= byte <= 0xDF for byte in _single_bytes(encoded)):
        katakana = bytes((ESC, 0x74, profile.code_pages[KATAKANA_PAGE]))
    return katakana + KANJI_ON + encoded + KANJI_OFF


def _single_bytes(encoded: bytes) -> list[int]:
    """The bytes of a CP932 string that are characters on their own, not halves of a Kanji."""
    singles = []
    index = 0
    while index < len(encoded):
        byte = encoded[index]
        if 0x81 <= byte <= 0x9F or 0xE0 <= byte <= 0xFC:
            index += 2
        else:
            singles.append(byte)
            index += 1
    return singles
