"""What a scanned code says: GTIN check digits, AIM symbology identifiers, GS1 element strings.

A scanner hands over text. Before the pack session decides what it means, this module
strips the AIM symbology identifier (`]C1`, `]E0`, `]d2`, ...), finds GS1 element strings
(GTIN in AI 01, lot 10, expiry 17, serial 21, Честный ЗНАК crypto parts 91 and 92) and
normalises every GTIN (EAN-8, UPC-A, EAN-13/JAN, GTIN-14) to 14 digits so that one lookup
finds a product whichever form is printed on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from biip import ParseError
from biip.gs1_messages import GS1Message

GS = "\x1d"
GTIN_LENGTHS = frozenset({8, 12, 13, 14})
# AIM symbology identifiers whose data is a GS1 element string (ISO/IEC 15424).
_GS1_SYMBOLOGIES = frozenset({"]C1", "]d2", "]Q3", "]e0", "]J1"})
_EAN_SYMBOLOGIES = frozenset({"]E0", "]E1", "]E2", "]E3", "]E4", "]X0"})


def gtin_check_digit(body: str) -> int:
    """GS1 mod-10 check digit for the digits before it (weights 3,1,3,... from the right)."""
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = ord(char) - 48
        total += digit * 3 if position % 2 == 0 else digit
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    return (
        len(code) in GTIN_LENGTHS
        and code.isascii()
        and code.isdigit()
        and gtin_check_digit(code[:-1]) == ord(code[-1]) - 48
    )


def to_gtin14(code: str) -> str:
    return code.rjust(14, "0")


def looks_like_gtin(code: str) -> bool:
    """Digits only, of a GTIN length: a misread shows as a wrong check digit."""
    return len(code) in GTIN_LENGTHS and code.isascii() and code.isdigit()


def lookup_key(code: str) -> str:
    """The key a product barcode is stored and looked up under."""
    if is_valid_gtin(code):
        return to_gtin14(code)
    return code


@dataclass(frozen=True, slots=True)
class ScannedCode:
    raw: str
    data: str  # without the symbology identifier
    symbology: str = ""  # "]C1", "]E0", ... or "" when the scanner sends none
    gtin: str | None = None  # GTIN-14, valid check digit
    lot: str | None = None
    serial: str | None = None
    expiry: date | None = None
    mark: str | None = (
        None  # the whole Честный ЗНАК element string, when AIs 01+21+91/92 are present
    )
    gs1: bool = False
    bad_check_digit: bool = False
    unreadable: bool = False  # announced or looked like GS1 but did not parse

    @property
    def key(self) -> str:
        """What to look the code up by: the GTIN-14 when there is one, else the text."""
        return self.gtin if self.gtin is not None else self.data


def parse_scan(raw: str) -> ScannedCode:
    text = raw.strip(" \r\n\t")
    symbology = ""
    data = text
    if len(text) >= 3 and text[0] == "]":
        symbology, data = text[:3], text[3:]
    if data.startswith("(01)"):
        return _parse_gs1(text, symbology, data, hri=True)
    if symbology in _GS1_SYMBOLOGIES or data.startswith(GS) or _looks_like_element_string(data):
        return _parse_gs1(text, symbology, data.lstrip(GS), hri=False)
    if looks_like_gtin(data):
        if symbology in _EAN_SYMBOLOGIES or is_valid_gtin(data):
            return ScannedCode(text, data, symbology, gtin=to_gtin14(data))
        return ScannedCode(text, data, symbology, bad_check_digit=True)
    return ScannedCode(text, data, symbology)


def _looks_like_element_string(data: str) -> bool:
    """`01` + 14 digits + more: a GS1 code from a scanner that sends no symbology identifier."""
    return (
        len(data) > 16 and data.startswith("01") and data[2:16].isascii() and data[2:16].isdigit()
    )


def _parse_gs1(text: str, symbology: str, data: str, *, hri: bool) -> ScannedCode:
    try:
        message = GS1Message.parse_hri(data) if hri else GS1Message.parse(data)
    except (ParseError, ValueError):
        return ScannedCode(text, data, symbology, gs1=True, unreadable=True)
    values: dict[str, str] = {}
    expiry: date | None = None
    for element in message.element_strings:
        values.setdefault(element.ai.ai, element.value)
        if element.ai.ai == "17":
            expiry = element.date
    gtin = values.get("01")
    if gtin is not None and not is_valid_gtin(gtin):
        return ScannedCode(text, data, symbology, gs1=True, bad_check_digit=True)
    mark = None
    if gtin is not None and "21" in values and ("91" in values or "92" in values):
        mark = message.value
    return ScannedCode(
        text,
        data,
        symbology,
        gtin=gtin,
        lot=values.get("10"),
        serial=values.get("21"),
        expiry=expiry,
        mark=mark,
        gs1=True,
    )
