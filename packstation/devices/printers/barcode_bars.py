"""Code 128 and EAN-13 as a printer draws them: modules of whole dots, no smoothing.

Shared by the ESC/POS simulator (what `GS k` prints), the job builder (printers without
hardware barcodes get the same bars as a raster image), the test label and the documents:
`code128_data` is the one encoder of text into Code 128 data.

Code 128 data is in ESC/POS form (Epson ESC/POS reference `GS k` m = 73; HPRT TP80K manual
"GS k 73 10 123 66 78 111 46 123 67 12 34 56" for "No. 123456"): it starts with a code set
selector `{A`, `{B` or `{C`; `{A`/`{B`/`{C` inside switch sets, `{S` shifts one character,
`{1`..`{4` are FNC1..FNC4 and `{{` is "{". In set C each byte is one value 0..99 (two digits),
not two ASCII digits (Cino VersaJet programming reference). Symbol values, patterns, check
value (start + Σ position·value, mod 103) and the stop pattern: ISO/IEC 15417.

EAN-13: left half in L/G codes chosen by the first digit, right half in R codes, guards
101 / 01010 / 101 (ISO/IEC 15420).
"""

from __future__ import annotations

from packstation.devices.printers.raster import Bitmap

QUIET_MODULES = 10

# Bar/space widths of Code 128 values 0..106 (106 = stop, 13 modules).
_CODE128_WIDTHS = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 "
    "112232 122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 "
    "311222 321122 321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 "
    "112313 132113 132311 211313 231113 231311 112133 112331 132131 113123 113321 133121 "
    "313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 112412 122114 "
    "122411 142112 142211 241211 221114 413111 241112 134111 111242 121142 121241 114212 "
    "124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 "
    "114311 411113 411311 113141 114131 311141 411131 211412 211214 211232 2331112"
)
_CODE128 = tuple(_CODE128_WIDTHS.split())
START = {"A": 103, "B": 104, "C": 105}
STOP = 106
_SWITCH = {"A": 101, "B": 100, "C": 99}  # value of "code A/B/C" (in another set)
_FNC = {"A": {1: 102, 2: 97, 3: 96, 4: 101}, "B": {1: 102, 2: 97, 3: 96, 4: 100}}

_EAN_L_CODES = "0001101 0011001 0010011 0111101 0100011 0110001 0101111 0111011 0110111 0001011"
_EAN_PARITIES = "LLLLLL LLGLGG LLGGLG LLGGGL LGLLGG LGGLLG LGGGLL LGLGLG LGLGGL LGGLGL"
_EAN_L = tuple(_EAN_L_CODES.split())
_EAN_R = ["".join("1" if bit == "0" else "0" for bit in code) for code in _EAN_L]
_EAN_G = [code[::-1] for code in _EAN_R]
_EAN_PARITY = tuple(_EAN_PARITIES.split())


class BarcodeDataError(ValueError):
    pass


def code128_values(data: bytes) -> tuple[list[int], str]:
    """ESC/POS Code 128 data → symbol values (start, data, check, stop) and the text it holds.

    FNC1 reads as GS (0x1D) in the text, as scanners send it; other FNCs are left out.
    """
    if len(data) < 2 or data[0] != 0x7B or chr(data[1]) not in START:
        raise BarcodeDataError("Code 128 data must start with {A, {B or {C")
    code_set = chr(data[1])
    values = [START[code_set]]
    text: list[str] = []
    index = 2
    shift = False
    while index < len(data):
        byte = data[index]
        current = ("B" if code_set == "A" else "A") if shift else code_set
        shift = False
        if byte == 0x7B:
            if index + 1 >= len(data):
                raise BarcodeDataError("a lone { at the end of Code 128 data")
            special = chr(data[index + 1])
            index += 2
            if special == "{" and current != "C":
                values.append(_char_value(0x7B, current))
                text.append("{")
            elif special in _SWITCH and special != current:
                values.append(_SWITCH[special])
                code_set = special
            elif special == "S" and current != "C":
                values.append(98)
                shift = True
            elif special in "1234" and (current != "C" or special == "1"):
                values.append(_FNC.get(current, _FNC["A"])[int(special)])
                if special == "1":
                    text.append("\x1d")
            else:
                raise BarcodeDataError(f"{{{special} is not allowed in code set {current}")
            continue
        if current == "C":
            if byte > 99:
                raise BarcodeDataError(f"code set C takes values 0..99, not {byte}")
            values.append(byte)
            text.append(f"{byte:02d}")
        else:
            values.append(_char_value(byte, current))
            text.append(chr(byte))
        index += 1
    if len(values) < 2:
        raise BarcodeDataError("Code 128 data holds no characters")
    check = (values[0] + sum(position * value for position, value in enumerate(values))) % 103
    return [*values, check, STOP], "".join(text)


def _char_value(byte: int, code_set: str) -> int:
    if code_set == "A" and 0x00 <= byte <= 0x5F:
        return byte - 32 if byte >= 0x20 else byte + 64
    if code_set == "B" and 0x20 <= byte <= 0x7F:
        return byte - 32
    raise BarcodeDataError(f"byte {byte:#04x} is not in code set {code_set}")


def code128_modules(values: list[int]) -> str:
    """The module pattern ("1" bar, "0" space) of a value sequence from `code128_values`."""
    modules = []
    for value in values:
        for position, width in enumerate(_CODE128[value]):
            modules.append(("1" if position % 2 == 0 else "0") * int(width))
    return "".join(modules)


def code128_data(data: str) -> bytes:
    """ESC/POS Code 128 data for printable ASCII, digit runs packed in code set C.

    Set C halves the width of digits, which keeps order and tracking numbers on 58 mm paper:
    a run switches to C at 4 digits at either end of the data and at 6 in the middle (below
    that the switching codes cost more than they save); an odd run leaves its first digit in B.
    """
    if not data or not all(" " <= char <= "~" for char in data):
        raise BarcodeDataError(f"Code 128 here takes printable ASCII, not {data!r}")
    out = bytearray()
    current = ""
    index = 0
    while index < len(data):
        run = len(data[index:]) - len(data[index:].lstrip("0123456789"))
        edge = index == 0 or index + run == len(data)
        if run >= (4 if edge else 6) or (run == len(data) and run % 2 == 0):
            if run % 2:
                current = _code_set(out, current, "B")
                out += data[index].encode("ascii")
                index, run = index + 1, run - 1
            current = _code_set(out, current, "C")
            out += bytes(int(data[i : i + 2]) for i in range(index, index + run, 2))
            index += run
        else:
            current = _code_set(out, current, "B")
            out += b"{{" if data[index] == "{" else data[index].encode("ascii")
            index += 1
    return bytes(out)


def code128_pattern(text: str) -> str:
    """The modules of printable ASCII `text` as Code 128, quiet zones not included."""
    values, _ = code128_values(code128_data(text))
    return code128_modules(values)


def _code_set(out: bytearray, current: str, wanted: str) -> str:
    """Start with, or switch to, code set `wanted` (`{B`, `{C`: the same in both places)."""
    if current != wanted:
        out += b"{" + wanted.encode("ascii")
    return wanted


def ean13_check_digit(digits12: str) -> int:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    return (10 - total % 10) % 10


def ean13_modules(digits: str) -> str:
    """The 95 modules of EAN-13 for 12 digits (check digit added) or 13 (check digit verified)."""
    if len(digits) not in (12, 13) or not digits.isascii() or not digits.isdigit():
        raise BarcodeDataError("EAN-13 takes 12 or 13 digits")
    check = ean13_check_digit(digits[:12])
    if len(digits) == 13 and int(digits[12]) != check:
        raise BarcodeDataError(f"EAN-13 check digit should be {check}")
    full = digits[:12] + str(check)
    parity = _EAN_PARITY[int(full[0])]
    left = "".join(
        (_EAN_L if p == "L" else _EAN_G)[int(d)] for p, d in zip(parity, full[1:7], strict=True)
    )
    right = "".join(_EAN_R[int(d)] for d in full[7:])
    return "101" + left + "01010" + right + "101"


def bars_bitmap(modules: str, module_width: int, height: int) -> Bitmap:
    """Bars `module_width` dots per module, `height` dots high, with a quiet zone either side."""
    quiet = "0" * QUIET_MODULES
    row_bits = "".join(bit * module_width for bit in quiet + modules + quiet)
    row_bits += "0" * (-len(row_bits) % 8)
    row = int(row_bits, 2).to_bytes(len(row_bits) // 8, "big")
    width = (len(modules) + 2 * QUIET_MODULES) * module_width
    return Bitmap(width, height, row * height)
