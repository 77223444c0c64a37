"""CSV cells a spreadsheet cannot run as a formula (CSV injection, CWE-1236).

The carrier files are read by the carriers' label software, but a shop opens them in Excel
or LibreOffice as often, and a buyer writes the name, address and notes. A cell starting
with `=`, `+`, `-` or `@` is a formula there (`=HYPERLINK(...)`, `@SUM(...)`, DDE as
`+1+cmd|' /C calc'!A0`), and a leading TAB or CR hides such a start from a check that only
looks at the first character. OWASP's rule puts a `'` before every such cell: a spreadsheet
shows the text and runs nothing.

`+` and `-` also start phone numbers (`+81-3-1234-5678`, `+79161234567`), negative amounts
and the `-` of "no date", which the carriers' software must read as written. So a cell
starting with `+` or `-` is left as it is when the rest holds only digits, spaces and
`-` `.` `(` `)`: without a letter there is no function, no cell reference and no DDE
link (`|`, `!`), so the most a spreadsheet can make of it is arithmetic on the digits.
Every other `+` or `-` cell (`-2+3`, `+A1`, `-cmd|...`) is neutralised, and `=`, `@`, TAB
and CR always are.

The `'` is one more byte of the carrier's field length: `clip` leaves room for it. Reading
a file back (`original_cell`) takes off exactly the `'` that `safe_cell` put there; so that
a cell that itself starts with `'` and a formula (`'=x`) reads back as written, it gets one
more `'` too.
"""

from __future__ import annotations

import re

QUOTE = "'"
_ALWAYS = frozenset("=@\t\r")
_SIGNS = frozenset("+-")
_PLAIN_NUMBER = re.compile(r"[+-][0-9 .()\-]*")


def is_formula(text: str) -> bool:
    """Whether a spreadsheet would read `text` as a formula (see the module's rule)."""
    if not text:
        return False
    first = text[0]
    if first in _ALWAYS:
        return True
    return first in _SIGNS and _PLAIN_NUMBER.fullmatch(text) is None


def needs_quote(text: str) -> bool:
    """Whether `safe_cell` puts a `'` before `text`."""
    return is_formula(text.lstrip(QUOTE))


def safe_cell(text: str) -> str:
    """`text`, with a `'` before it when a spreadsheet would run it (applied once, as the
    file is written)."""
    return QUOTE + text if needs_quote(text) else text


def original_cell(text: str) -> str:
    """A cell as it was before `safe_cell`: the `'` taken off a neutralised formula only."""
    return text[1:] if text.startswith(QUOTE) and needs_quote(text) else text
