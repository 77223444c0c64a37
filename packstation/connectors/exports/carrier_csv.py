"""What the carrier files share: the waybill fields they read, Shift_JIS rows, postal codes,
half-width kana, delivery time slots, and the tracking numbers read back.

The carriers' label software (Yamato B2 Cloud, Sagawa e飛伝Ⅲ) reads CSV in Shift_JIS
(written here as cp932, Windows' Shift_JIS) with CRLF line ends.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal
from pathlib import Path
from typing import Protocol

from packstation.connectors.exports.cells import needs_quote, original_cell, safe_cell
from packstation.domain.address import normalize_jp_postal, normalize_width
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.model import Address

ENCODING = "cp932"

NO_ADDRESS = QT_TRANSLATE_NOOP("Export", "Order {order}: no delivery address, not exported")
BAD_POSTAL = QT_TRANSLATE_NOOP(
    "Export", "Order {order}: postal code “{postal}” is not 7 digits, not exported"
)
BAD_SENDER_POSTAL = QT_TRANSLATE_NOOP(
    "Export",
    "Order {order}: the shop's postal code “{postal}” is not 7 digits (settings), not exported",
)
NO_PHONE = QT_TRANSLATE_NOOP("Export", "Order {order}: no phone number to deliver to, not exported")
NOT_SHIFT_JIS = QT_TRANSLATE_NOOP(
    "Export", "Order {order}: “{character}” cannot be written in Shift_JIS, not exported"
)
UNKNOWN_SLOT = QT_TRANSLATE_NOOP(
    "Export",
    "Order {order}: the carrier has no delivery time slot “{slot}”: exported without one",
)
NO_KEY = QT_TRANSLATE_NOOP("Export", "Line {line}: no order reference")
NO_NUMBER = QT_TRANSLATE_NOOP("Export", "Line {line}: order {order} has no tracking number")
NOT_CARRIER_FILE = QT_TRANSLATE_NOOP(
    "Export", "Line {line} has {found} columns: this is not a {format} file"
)


class Sender(Protocol):
    """The shop, as the documents' `Shop` gives it."""

    name: str
    address: Address
    phone: str


class Waybill(Protocol):
    """What a carrier row reads of the documents' `WaybillData`."""

    service: str
    ship_to: Address
    sender: Sender
    order_number: str
    ship_date: date
    delivery_date: date | None
    time_slot: str
    cod_amount: Decimal | None
    fragile: bool
    contents: str


@dataclass(frozen=True, slots=True)
class Row:
    """One waybill's row, or why it cannot be written (`cells` None); notes are written rows'
    caveats."""

    cells: tuple[str, ...] | None
    problems: tuple[Message, ...] = ()
    notes: tuple[Message, ...] = ()


@dataclass(slots=True)
class Checks:
    """A row's problems and notes as it is built."""

    order: str
    problems: list[Message] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)

    def postal(self, raw: str, text=BAD_POSTAL) -> str:  # type: ignore[no-untyped-def]
        postal = normalize_jp_postal(raw)
        if postal is None:
            self.problems.append(text(order=self.order, postal=raw))
            return ""
        return postal

    def addresses(self, waybill: Waybill) -> tuple[str, str]:
        """The recipient's and the shop's postal codes as NNN-NNNN, with what a carrier needs
        to deliver checked: a street, both postal codes, a phone number to call."""
        if not street(waybill.ship_to):
            self.problems.append(NO_ADDRESS(order=self.order))
        postal = self.postal(waybill.ship_to.postal_code)
        sender_postal = self.postal(waybill.sender.address.postal_code, BAD_SENDER_POSTAL)
        if not phone(waybill.ship_to.phone):
            self.problems.append(NO_PHONE(order=self.order))
        return postal, sender_postal

    def row(self, cells: Sequence[str]) -> Row:
        if not self.problems:
            for cell in cells:
                bad = unencodable(cell)
                if bad:
                    self.problems.append(NOT_SHIFT_JIS(order=self.order, character=bad))
                    break
        if self.problems:
            return Row(None, tuple(self.problems))
        return Row(tuple(cells), (), tuple(self.notes))


def cash_on_delivery(amount: Decimal) -> tuple[str, str]:
    """The amount to collect and the consumption tax in it, whole yen. WaybillData has no tax
    split: the standard 10% is taken as included."""
    return str(int(amount)), str(int((amount * 10 / 110).quantize(1, ROUND_DOWN)))


def unencodable(text: str) -> str:
    """The first character of `text` Shift_JIS (cp932) has no code for; "" if none."""
    for character in text:
        try:
            character.encode(ENCODING)
        except UnicodeEncodeError:
            return character
    return ""


def clip(text: str, size: int) -> str:
    """`text` cut to at most `size` bytes of Shift_JIS, the way the carriers count length,
    leaving room for the `'` that `safe_cell` puts before a formula as the file is written
    (cutting never makes a formula of a text that is none)."""
    if needs_quote(text):
        size -= 1
    out = []
    used = 0
    for character in text:
        width = len(character.encode(ENCODING, errors="replace"))
        if used + width > size:
            break
        out.append(character)
        used += width
    return "".join(out)


def street(address: Address) -> str:
    """Prefecture, city and street, as one line."""
    return "".join(part.strip() for part in (address.region, address.city, address.line1))


def phone(raw: str) -> str:
    return normalize_width(raw).strip()


def _half_width_table() -> dict[str, str]:
    """Full-width katakana (and signs) to the half-width forms, voiced ones as two."""
    table = {}
    half = [chr(code) for code in range(0xFF61, 0xFFA0)]
    for character in half:
        table.setdefault(unicodedata.normalize("NFKC", character), character)
    for character in half:
        for mark in ("ﾞ", "ﾟ"):
            voiced = unicodedata.normalize("NFKC", character + mark)
            if len(voiced) == 1:
                table.setdefault(voiced, character + mark)
    table.update({"ヵ": "ｶ", "ヶ": "ｹ", "ヰ": "ｲ", "ヱ": "ｴ", "ヮ": "ﾜ", "　": " "})
    return table


_HALF_WIDTH = str.maketrans(_half_width_table())


def half_width_kana(text: str) -> str:
    """`ヤマダ タロウ`, `やまだ　たろう` → `ﾔﾏﾀﾞ ﾀﾛｳ`: katakana and hiragana to half-width."""
    text = unicodedata.normalize("NFKC", text)
    katakana = "".join(
        chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" or c in "ゝゞ" else c for c in text
    )
    return katakana.translate(_HALF_WIDTH)


_MORNING = re.compile(r"午前|^AM$|^am$")
_HOURS = re.compile(r"^(\d{1,2})(?::?\d{2})?(?:時)?\s*[-~〜～ー―]\s*(\d{1,2})(?::?\d{2})?(?:時)?$")
_CODE = re.compile(r"^(\d{2})(\d{2})$")


def slot_hours(slot: str) -> tuple[int, int] | None:
    """An order's time slot as (from, to) hours: "14:00-16:00", "14時～16時", "1416" →
    (14, 16); "午前中" → (8, 12); None when it is not one of those forms."""
    text = unicodedata.normalize("NFKC", slot).strip()
    if _MORNING.search(text):
        return (8, 12)
    match = _HOURS.match(text) or _CODE.match(text)
    if match is None:
        return None
    return int(match.group(1)), int(match.group(2))


def slot_code(checks: Checks, slot: str, codes: dict[tuple[int, int], str]) -> str:
    """The carrier's code for the order's time slot; none given is ""; one the carrier has no
    code for is "" and noted."""
    if not slot.strip():
        return ""
    code = codes.get(slot_hours(slot) or (-1, -1))
    if code is None:
        checks.notes.append(UNKNOWN_SLOT(order=checks.order, slot=slot))
        return ""
    return code


def write_rows(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """The file in Shift_JIS with CRLF line ends, the header first; no cell is a formula."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(map(safe_cell, header))
    writer.writerows(map(safe_cell, cells) for cells in rows)
    path.write_bytes(buffer.getvalue().encode(ENCODING))


@dataclass(frozen=True, slots=True)
class Issued:
    """A tracking number the carrier's software gave a waybill: its line in the file, the
    order reference we wrote, and the number."""

    line: int
    reference: str
    number: str


def read_issued(
    path: Path, format_name: str, reference: tuple[str, int], number: tuple[str, int]
) -> Iterator[Issued | Message]:
    """The (reference, number) pairs of a file in the export layout, by the header's names
    when it has one, else by the layout's positions (0-based); a line without them is a
    message. A reference written as a neutralised formula (`safe_cell`) is read as it was."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode(ENCODING, errors="replace")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    first = 1
    if rows and reference[0] in [cell.strip() for cell in rows[0]]:
        names = [cell.strip() for cell in rows[0]]
        key_at = names.index(reference[0])
        number_at = names.index(number[0]) if number[0] in names else number[1]
        rows = rows[1:]
        first = 2
    else:
        key_at, number_at = reference[1], number[1]
    for line, cells in enumerate(rows, start=first):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) <= max(key_at, number_at):
            yield NOT_CARRIER_FILE(line=line, found=len(cells), format=format_name)
            continue
        key = original_cell(cells[key_at].strip())
        tracking = original_cell(cells[number_at].strip())
        if not key:
            yield NO_KEY(line=line)
        elif not tracking:
            yield NO_NUMBER(line=line, order=key)
        else:
            yield Issued(line, key, tracking)
