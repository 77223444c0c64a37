"""1-D and QR codes drawn on a reportlab canvas on the printer's dot grid.

A thermal head prints whole dots. A bar 2.6 dots wide comes out 2 or 3 dots depending on
where it starts, and a scanner reads the difference as a different symbol. So every bar
and space here is a whole number of dots at the printer's dpi, and every edge sits on the
dot grid: `x_dots`, `y_dots` are whole dots from the page's bottom-left corner (reportlab's
origin), and the page itself must be a whole number of dots (the waybill's is).

- Code 128 in code sets B and C: runs of digits go in set C (two digits a symbol), the rest in
  set B. Values, check and patterns come from `packstation.devices.printers.barcode_bars`,
  the same bars the printer simulator decodes.
- NW-7 (Codabar): 4 bars and 3 spaces a character, narrow and wide, a narrow space between
  characters; start and stop characters A-D are part of `data` ("A444413758703A").
  Widths from the Codabar table as python-barcode and Keyence's primer give it.
- QR: the module matrix from `qrcode`, each module `module_dots` square.

Quiet zones are not drawn (they are white): leave `QUIET_MODULES` modules free either side
(10 for the 1-D codes, 4 for QR).
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

from packstation.devices.printers.barcode_bars import BarcodeDataError, code128_pattern

QUIET_MODULES = 10
QR_QUIET_MODULES = 4
# pdfium widens a filled rectangle to every pixel its edge touches, so a bar from dot 149 to
# dot 155 would print 7 dots: each edge is drawn this far inside its dot boundary.
INSET = 0.02
CODABAR_START_STOP = frozenset("ABCD")

# Codabar characters: bar, space, bar, space, bar, space, bar; "1" is wide.
_CODABAR = {
    "0": "0000011",
    "1": "0000110",
    "2": "0001001",
    "3": "1100000",
    "4": "0010010",
    "5": "1000010",
    "6": "0100001",
    "7": "0100100",
    "8": "0110000",
    "9": "1001000",
    "-": "0001100",
    "$": "0011000",
    ":": "1000101",
    "/": "1010001",
    ".": "1010100",
    "+": "0010101",
    "A": "0011010",
    "B": "0101001",
    "C": "0001011",
    "D": "0001110",
}


class BarcodeError(BarcodeDataError):
    """Data the symbology cannot hold."""


def codabar_widths(data: str, narrow: int, wide: int) -> list[int]:
    """Element widths in dots (bar, space, bar, ...) of NW-7 `data` with its start and stop."""
    if len(data) < 3 or data[0] not in CODABAR_START_STOP or data[-1] not in CODABAR_START_STOP:
        raise BarcodeError("NW-7 data starts and ends with one of A, B, C, D")
    if any(char not in _CODABAR or char in CODABAR_START_STOP for char in data[1:-1]):
        raise BarcodeError("NW-7 holds digits and - $ : / . + between start and stop")
    widths: list[int] = []
    for index, char in enumerate(data):
        if index:
            widths.append(narrow)  # the gap between characters
        widths += [wide if element == "1" else narrow for element in _CODABAR[char]]
    return widths


def code128_width(text: str, module_dots: int) -> int:
    """Width in dots of the bars of `text` (without quiet zones)."""
    return len(code128_pattern(text)) * module_dots


def codabar_wide(narrow: int) -> int:
    """The wide element for a narrow one: 2.5 times, whole dots (5 for 2, 8 for 3)."""
    return (narrow * 5 + 1) // 2


def codabar_width(data: str, narrow: int) -> int:
    """Width in dots of NW-7 `data` with narrow elements of `narrow` dots."""
    return sum(codabar_widths(data, narrow, codabar_wide(narrow)))


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR modules of `data` (UTF-8, error correction M), without the quiet zone."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data.encode("utf-8"))
    code.make(fit=True)
    return code.get_matrix()


def draw_code128(
    canvas: Canvas,
    x_dots: int,
    y_dots: int,
    data: str,
    module_dots: int,
    height_dots: int,
    dpi: int,
) -> int:
    """Draw `data` as Code 128 with its first bar at `x_dots`; return its width in dots."""
    pattern = code128_pattern(data)
    _draw_widths(canvas, x_dots, y_dots, _pattern_widths(pattern, module_dots), height_dots, dpi)
    return len(pattern) * module_dots


def draw_codabar(
    canvas: Canvas,
    x_dots: int,
    y_dots: int,
    data: str,
    module_dots: int,
    height_dots: int,
    dpi: int,
) -> int:
    """Draw NW-7 `data` ("A…A") with narrow elements of `module_dots`; return its width."""
    widths = codabar_widths(data, module_dots, codabar_wide(module_dots))
    _draw_widths(canvas, x_dots, y_dots, widths, height_dots, dpi)
    return sum(widths)


def draw_qr(canvas: Canvas, x_dots: int, y_dots: int, data: str, module_dots: int, dpi: int) -> int:
    """Draw `data` as a QR code, bottom-left corner at (`x_dots`, `y_dots`); return its size."""
    matrix = qr_matrix(data)
    size = len(matrix)
    canvas.saveState()
    canvas.scale(72 / dpi, 72 / dpi)
    canvas.setFillColorRGB(0, 0, 0)
    for row, modules in enumerate(matrix):
        y = y_dots + (size - 1 - row) * module_dots
        for start, length in _dark_runs(modules):
            canvas.rect(
                x_dots + start * module_dots + INSET,
                y + INSET,
                length * module_dots - 2 * INSET,
                module_dots - 2 * INSET,
                stroke=0,
                fill=1,
            )
    canvas.restoreState()
    return size * module_dots


def _pattern_widths(pattern: str, module_dots: int) -> list[int]:
    """Module pattern → element widths in dots, bar first (a pattern starts with a bar)."""
    widths: list[int] = []
    previous = ""
    for module in pattern:
        if module == previous:
            widths[-1] += module_dots
        else:
            widths.append(module_dots)
            previous = module
    return widths


def _dark_runs(modules: list[bool]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for index, dark in enumerate(modules):
        if not dark:
            continue
        if runs and runs[-1][0] + runs[-1][1] == index:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((index, 1))
    return runs


def _draw_widths(
    canvas: Canvas, x_dots: int, y_dots: int, widths: list[int], height_dots: int, dpi: int
) -> None:
    """Bars and spaces, alternately, from `x_dots`: the bars filled black."""
    canvas.saveState()
    canvas.scale(72 / dpi, 72 / dpi)
    canvas.setFillColorRGB(0, 0, 0)
    x = x_dots
    for index, width in enumerate(widths):
        if index % 2 == 0:
            canvas.rect(x + INSET, y_dots + INSET, width - 2 * INSET, height_dots - 2 * INSET, 0, 1)
        x += width
    canvas.restoreState()
