"""Is this a tracking number of that carrier? Formats and check digits, before a label prints.

A scanned or typed number is normalised first (hyphens and spaces dropped, letters upper
case), then checked against the carrier's formats:

- Yamato, Sagawa, Japan Post: 12 digits, "7DR": the last digit is the first 11 read as one
  number, mod 7 (samples 444413758703, 512547514334, 4055-4842-4886: shipping-jp-js README,
  nanoappli.com). Japan Post 書留 numbers are 11 digits with the 7DR check on the first 10;
  its international items (EMS, small packets) carry UPU S10 numbers.
- Russian Post: 14-digit ШПИ (6-digit office index, 2-digit month code, 5-digit serial,
  check = (10 - (3·Σ digits at odd positions 1..13 + Σ digits at even positions 2..12) mod 10)
  mod 10, positions counted from 1 on the left) or an international S10 number.
- UPU S10: 2 letters, 8 digits, check digit, 2-letter country; weights 8,6,4,2,3,5,9,7,
  check = 11 - (sum mod 11), where 10 becomes 0 and 11 becomes 5.
- CDEK: 10 digits. CDEK publishes no check digit, so only the form is checked.
- DHL Express: 10 or 11 digits, the last being the others read as one number, mod 7.
- UPS: "1Z" + 16 letters and digits; over the 15 characters after "1Z" a letter counts as
  (its ASCII code - 3) mod 10, characters at odd 0-based positions count double, and the
  check is (10 - sum mod 10) mod 10 (jkeen/tracking_number_data; sample 1Z5R89390357567127).
- FedEx Express: 12 digits; digits 1..11 weighted 3,1,7,3,1,7,… from the left, check = sum
  mod 11 mod 10 (jkeen/tracking_number_data couriers/fedex.json "FedEx Express (12)"; sample
  986578788855). FedEx's 15-, 22- (96…) and 34-digit formats are not taken.
- USPS: 20 or 22 digits (IMpb 92/93/94/95…), GS1 mod 10: from the rightmost digit before the
  check leftwards weights 3,1,3,1,…, check = (10 - sum mod 10) mod 10
  (jkeen/tracking_number_data couriers/usps.json; sample 9400111206206406260787). The label's
  barcode reads with a leading "420" and the 5- or 9-digit ZIP it routes to; that prefix is
  dropped, so the number stored is the one printed under the barcode.
- Any other carrier ("generic"): anything not empty, kept as written (hyphens and all).

Shown to people (`display`), a valid number is grouped the way the carrier prints it:
4444-1375-8703 (Yamato, Sagawa, Japan Post; 書留 4444-1375-870), 123456 78 12345 6 (Russian
Post: office index, month, serial, check), RA 123456785 JP (S10: service, serial and check,
country), CDEK 1234 567 890, DHL 33 1881 0025, UPS 1Z 5R8 939 03 5756 7127, FedEx
9865 7878 8855, USPS 9400 1112 0620 6406 2607 87. What is stored and put in barcodes stays
the normalised form.

What the check digits catch: the ШПИ and USPS checks (weights 3 and 1, both prime to 10)
catch every single wrong digit. The mod-7 checks (7DR, 書留, DHL) miss a digit that is off by
exactly 7 (0↔7, 1↔8, 2↔9): 10^k is never a multiple of 7, so the remainder only stays the
same when the change itself is ±7. UPS misses a digit off by 5 where it counts double, and a letter
counts like the digit it maps to. S10 maps both remainders 0 and 6 to check digit 5, so it
misses some single wrong digits too, and so does FedEx: a wrong digit always changes the sum
mod 11 (the weights and the change are prime to 11), but remainders 0 and 10 both give check
digit 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import cycle

from packstation.domain.messages import QT_TRANSLATE_NOOP, Message, Text

WRONG_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "Tracking",
    "Tracking number {number} has a wrong check digit for {carrier}: "
    "scan it again or type it carefully.",
)
WRONG_FORMAT = QT_TRANSLATE_NOOP(
    "Tracking",
    "{number} is not a {carrier} tracking number: expected {expected}.",
)
EMPTY = QT_TRANSLATE_NOOP("Tracking", "Scan or type the tracking number.")

CARRIER_NAMES: dict[str, Text] = {
    "yamato": QT_TRANSLATE_NOOP("Tracking", "Yamato Transport"),
    "sagawa": QT_TRANSLATE_NOOP("Tracking", "Sagawa Express"),
    "japanpost": QT_TRANSLATE_NOOP("Tracking", "Japan Post"),
    "russianpost": QT_TRANSLATE_NOOP("Tracking", "Russian Post"),
    "cdek": QT_TRANSLATE_NOOP("Tracking", "CDEK"),
    "dhl": QT_TRANSLATE_NOOP("Tracking", "DHL Express"),
    "ups": QT_TRANSLATE_NOOP("Tracking", "UPS"),
    "fedex": QT_TRANSLATE_NOOP("Tracking", "FedEx"),
    "usps": QT_TRANSLATE_NOOP("Tracking", "USPS"),
    "generic": QT_TRANSLATE_NOOP("Tracking", "the carrier"),
}

_EXPECTED: dict[str, Text] = {
    "yamato": QT_TRANSLATE_NOOP("Tracking", "12 digits, such as 4444-1375-8703"),
    "sagawa": QT_TRANSLATE_NOOP("Tracking", "12 digits, such as 5125-4751-4334"),
    "japanpost": QT_TRANSLATE_NOOP(
        "Tracking", "12 digits (11 for registered mail), or 13 characters such as EA123456785JP"
    ),
    "russianpost": QT_TRANSLATE_NOOP(
        "Tracking", "14 digits, or 13 characters such as RA123456785RU"
    ),
    "cdek": QT_TRANSLATE_NOOP("Tracking", "10 digits"),
    "dhl": QT_TRANSLATE_NOOP("Tracking", "10 or 11 digits, such as 3318810025"),
    "ups": QT_TRANSLATE_NOOP("Tracking", "1Z and 16 letters or digits (18 characters)"),
    "fedex": QT_TRANSLATE_NOOP("Tracking", "12 digits, such as 9865 7878 8855"),
    "usps": QT_TRANSLATE_NOOP("Tracking", "20 or 22 digits, such as 9400 1112 0620 6406 2607 87"),
}

_S10 = re.compile(r"[A-Z]{2}[0-9]{9}[A-Z]{2}")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_UPS = re.compile(r"1Z[0-9A-Z]{16}")
_FEDEX_WEIGHTS = (3, 1, 7)
# "420", a 5- or 9-digit ZIP, then the 20- or 22-digit number: 28, 30, 32 or 34 digits
_USPS_ROUTED = re.compile(r"420(?:[0-9]{5}|[0-9]{9})([0-9]{20}|[0-9]{22})")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―ー－]+")

_TWELVE_DIGITS = ((4, 4, 4), "-")
_S10_GROUPS = ((2, 9, 2), " ")
# carrier → {form: (group sizes, separator)}; a form missing is shown as it is
_GROUPS: dict[str, dict[str, tuple[tuple[int, ...], str]]] = {
    "yamato": {"7dr": _TWELVE_DIGITS},
    "sagawa": {"7dr": _TWELVE_DIGITS},
    "japanpost": {"7dr": _TWELVE_DIGITS, "7dr11": ((4, 4, 3), "-"), "s10": _S10_GROUPS},
    "russianpost": {"rp14": ((6, 2, 5, 1), " "), "s10": _S10_GROUPS},
    "cdek": {"plain": ((4, 3, 3), " ")},
    "dhl": {"7dr": ((2, 4, 4), " "), "7dr11": ((3, 4, 4), " ")},
    "ups": {"ups": ((2, 3, 3, 2, 4, 4), " ")},
    "fedex": {"fedex": ((4, 4, 4), " ")},
    "usps": {"usps": ((4, 4, 4, 4, 4), " "), "usps22": ((4, 4, 4, 4, 4, 2), " ")},
}


@dataclass(frozen=True, slots=True)
class TrackingCheck:
    ok: bool
    normalized: str  # the number as stored and printed in barcodes: no hyphens, no spaces
    message: Message | None = None  # why it is not ok


def validate(carrier: str, number: str) -> TrackingCheck:
    """Check `number` as a tracking number of `carrier` (one of the documents' CARRIERS)."""
    normalized = normalize(number)
    if carrier == "usps":
        normalized = without_zip_routing(normalized)
    if not normalized:
        return TrackingCheck(False, "", EMPTY())
    form = _form(carrier, normalized)
    if form is None:  # a carrier whose format is unknown: the number as it is written
        return TrackingCheck(True, number.strip())
    if not form:
        return TrackingCheck(
            False,
            normalized,
            WRONG_FORMAT(
                number=number.strip(), carrier=carrier_name(carrier), expected=_EXPECTED[carrier]()
            ),
        )
    if not _check_digit_ok(form, normalized):
        return TrackingCheck(
            False,
            normalized,
            WRONG_CHECK_DIGIT(number=number.strip(), carrier=carrier_name(carrier)),
        )
    return TrackingCheck(True, normalized)


def display(carrier: str, number: str) -> str:
    """The tracking number as people read it, grouped as the carrier prints it; a number that
    is not valid for the carrier is shown as it is written."""
    check = validate(carrier, number)
    if not check.ok:
        return number.strip()
    form = _form(carrier, check.normalized)
    length = len(check.normalized)
    if (form, length) in (("7dr", 11), ("usps", 22)):  # 書留 and DHL's 11, USPS's 22 digits
        form = f"{form}{length}"
    groups = _GROUPS.get(carrier, {}).get(form or "")
    if groups is None:
        return check.normalized
    sizes, separator = groups
    parts, start = [], 0
    for size in sizes:
        parts.append(check.normalized[start : start + size])
        start += size
    return separator.join(parts)


def normalize(number: str) -> str:
    """Without spaces and hyphens (ASCII, Unicode and full-width), digits and letters ASCII,
    and without the start and stop characters (`A…A`) an NW-7 label reads with when the
    scanner is set to send them."""
    text = "".join(_ascii(char) for char in _SEPARATORS.sub("", number)).upper()
    if len(text) > 2 and text[0] in "ABCD" and text[-1] in "ABCD" and text[1:-1].isdigit():
        return text[1:-1]
    return text


def seven_dr_check(body: str) -> int:
    """The 7DR check digit of the digits before it: their value mod 7."""
    return int(body) % 7


def russian_post_check(body: str) -> int:
    """The check digit of a 14-digit ШПИ from its first 13 digits."""
    odd = sum(int(digit) for digit in body[0::2])
    even = sum(int(digit) for digit in body[1::2])
    return (10 - (3 * odd + even) % 10) % 10


def s10_check(serial: str) -> int:
    """The UPU S10 check digit of the 8 serial digits."""
    total = sum(int(digit) * weight for digit, weight in zip(serial, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: 0, 11: 5}.get(check, check)


def ups_check(body: str) -> int:
    """The UPS check digit of the 15 characters after "1Z"."""
    total = 0
    for position, char in enumerate(body):
        value = int(char) if char.isdigit() else (ord(char) - 3) % 10
        total += value * 2 if position % 2 else value
    return (10 - total % 10) % 10


def fedex_check(body: str) -> int:
    """The check digit of a 12-digit FedEx Express number from its first 11 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(body, cycle(_FEDEX_WEIGHTS)))
    return total % 11 % 10


def gs1_check(body: str) -> int:
    """The GS1 mod-10 check digit of the digits before it (USPS): weights 3, 1, 3, 1, …
    from the rightmost digit leftwards."""
    reversed_digits = enumerate(reversed(body))
    total = sum(int(digit) * (1 if position % 2 else 3) for position, digit in reversed_digits)
    return (10 - total % 10) % 10


def without_zip_routing(number: str) -> str:
    """A USPS number without the "420" + ZIP routing prefix its label's barcode reads with."""
    routed = _USPS_ROUTED.fullmatch(number)
    return routed.group(1) if routed else number


def _form(carrier: str, number: str) -> str | None:
    """Which of the carrier's formats `number` has ("" none of them; None: nothing to check)."""
    digits = number.isascii() and number.isdigit()
    if carrier in ("yamato", "sagawa"):
        return "7dr" if digits and len(number) == 12 else ""
    if carrier == "japanpost":
        if digits and len(number) in (11, 12):
            return "7dr"
        return "s10" if _S10.fullmatch(number) else ""
    if carrier == "russianpost":
        if digits and len(number) == 14:
            return "rp14"
        return "s10" if _S10.fullmatch(number) else ""
    if carrier == "cdek":
        return "plain" if digits and len(number) == 10 else ""
    if carrier == "dhl":
        return "7dr" if digits and len(number) in (10, 11) else ""
    if carrier == "ups":
        return "ups" if _UPS.fullmatch(number) else ""
    if carrier == "fedex":
        return "fedex" if digits and len(number) == 12 else ""
    if carrier == "usps":
        return "usps" if digits and len(number) in (20, 22) else ""
    return None


def _check_digit_ok(form: str, number: str) -> bool:
    last = number[-1]
    if form == "7dr":
        return seven_dr_check(number[:-1]) == int(last)
    if form == "rp14":
        return russian_post_check(number[:13]) == int(last)
    if form == "s10":
        return s10_check(number[2:10]) == int(number[10])
    if form == "ups":
        return last.isdigit() and ups_check(number[2:17]) == int(last)
    if form == "fedex":
        return fedex_check(number[:11]) == int(last)
    if form == "usps":
        return gs1_check(number[:-1]) == int(last)
    return True


def carrier_name(carrier: str) -> Message:
    """The carrier as the packer knows it, in the packer's language."""
    return CARRIER_NAMES.get(carrier, CARRIER_NAMES["generic"])()


def _ascii(char: str) -> str:
    """Full-width digits and letters (０-９, Ａ-Ｚ, ａ-ｚ) as ASCII; anything else unchanged."""
    code = ord(char)
    return chr(code - 0xFEE0) if 0xFF10 <= code <= 0xFF5A else char
