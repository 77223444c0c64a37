"""The simulator's ZPL II reader: labels back as images, `~HS` and `~HI` answered.

Commands start with `^` or `~` followed by two letters (`^A` takes one: the font follows);
the parameters run to the next `^` or `~` (Zebra ZPL II Programming Guide, "ZPL II Basics").
Only `^GFB` carries binary data, exactly `b` bytes after its fourth comma. A label is
`^XA … ^XZ`; fields are drawn black on white and never erase one another. `^GF` data is
read in all its ASCII forms (plain and compressed hex, `:Z64:` and `:B64:`, see `zpl`) and as
binary (`^GFB`); compressed binary (`^GFC`) is only noted.

Bytes may arrive cut anywhere: a command is read once its end is known, so nothing is
decoded twice and nothing half. Garbage never raises; it ends up in the job's notes.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from PIL import Image, ImageChops

from packstation.devices.printers.simulation import DecodedJob
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.printers.zpl import host_status_reply, identity_reply

MAX_WIDTH = 4096  # dots: a 600 dpi head of 6.8 in; ^PW never asks for more
MAX_LENGTH = 32000  # dots: the ^LL maximum
MAX_GRAPHIC_BYTES = MAX_WIDTH * MAX_LENGTH // 8
_HEADER_LIMIT = 64  # bytes a ^GF header "a,b,c,d," may take

_PREFIX = re.compile(rb"[\^~]")
_INSTANT = {b"XA", b"XZ", b"FS", b"HS", b"HI", b"HM", b"JA", b"PS", b"PP"}
_SETTINGS = {b"MN", b"SD", b"MD", b"PR", b"MT", b"MM", b"PO", b"CF", b"BY", b"LS", b"LT", b"JU"}
Note = Callable[[str], None]
BlitMode = Literal["or", "overwrite", "xor"]
_ASCII_TOKEN = re.compile(r"([G-Yg-z]+)([0-9A-Fa-f])|([0-9A-Fa-f]+)|([,!:])")


def stops_printing(status: PrinterStatus) -> bool:
    """A label in progress when this is true comes out unfinished."""
    return not status.online or status.cover_open or status.paper_end or status.error


@dataclass
class _Label:
    fields: list[tuple[int, int, Image.Image]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class ZplDecoder:
    """A `SimDecoder` for ZPL II; `dpi` is the simulated head's (ZPL itself counts in dots)."""

    def __init__(self, dpi: int = 203) -> None:
        self.dpi = dpi
        self._buffer = bytearray()
        self._resume = 0  # where to go on looking for the end of the pending command
        self._jobs: list[DecodedJob] = []
        self._label: _Label | None = None
        self._pending_notes: list[str] = []
        self._discarding = False
        # Printer settings that last from label to label.
        self._width: int | None = None
        self._length: int | None = None
        self._home = (0, 0)
        self._utf8 = False
        # The field being built.
        self._origin = (0, 0)
        self._field_kind = "text"
        self._field_data: str | None = None
        self._copies = 1

    def feed(self, data: bytes, status: PrinterStatus) -> bytes:
        # A label in progress stops when the printer does: before these bytes, and after
        # them for a label they started.
        self._stop_if_stopped(status)
        self._buffer += data
        replies: list[bytes] = []
        self._parse(status, replies, final=False)
        self._stop_if_stopped(status)
        return b"".join(replies)

    def _stop_if_stopped(self, status: PrinterStatus) -> None:
        if self._label is not None and not self._discarding and stops_printing(status):
            self._finish(complete=False)
            self._discarding = True

    def take_jobs(self) -> list[DecodedJob]:
        jobs, self._jobs = self._jobs, []
        return jobs

    def close(self) -> list[DecodedJob]:
        self._parse(PrinterStatus(), [], final=True)
        if self._label is not None and not self._discarding:
            self._note("the connection ended before ^XZ")
            self._finish(complete=False)
        self._label = None
        self._discarding = False
        return self.take_jobs()

    # The command stream.

    def _parse(self, status: PrinterStatus, replies: list[bytes], *, final: bool) -> None:
        buffer = self._buffer
        position = 0
        while True:
            found = _PREFIX.search(buffer, position)
            if found is None:
                position = len(buffer)
                break
            start = found.start()
            if len(buffer) - start < 3:
                position = start
                break
            code = bytes(buffer[start + 1 : start + 3]).upper()
            if code.startswith(b"A") and code != b"A@":
                code, params_start = b"A", start + 2
            else:
                params_start = start + 3
            prefix = chr(buffer[start])
            if code in _INSTANT:
                self._command(prefix, code, b"", status, replies)
                position = params_start
                continue
            if code == b"GF":
                end = self._binary_graphic_end(buffer, params_start, final)
                if end == -1:
                    position = start
                    break
                if end is not None:
                    self._graphic(bytes(buffer[params_start:end]))
                    position = end
                    continue
            following = _PREFIX.search(buffer, max(params_start, self._resume))
            if following is None and not final:
                position = start
                break
            end = following.start() if following is not None else len(buffer)
            self._command(prefix, code, bytes(buffer[params_start:end]), status, replies)
            position = end
        del buffer[:position]
        self._resume = len(buffer)

    def _binary_graphic_end(self, buffer: bytearray, start: int, final: bool) -> int | None:
        """End of a `^GFB` field; None for ASCII data or a bad header, -1 to wait for bytes."""
        if start >= len(buffer):
            return None if final else -1
        if buffer[start : start + 1].upper() != b"B":
            return None
        commas = []
        index = start
        while len(commas) < 4:
            index = buffer.find(b",", index, start + _HEADER_LIMIT)
            if index == -1:
                waiting = len(buffer) < start + _HEADER_LIMIT and not final
                if waiting and not _PREFIX.search(buffer, start):
                    return -1
                return None
            commas.append(index)
            index += 1
        try:
            size = int(buffer[commas[0] + 1 : commas[1]])
        except ValueError:
            return None
        if not 0 < size <= MAX_GRAPHIC_BYTES:
            return None
        end = commas[3] + 1 + size
        if end > len(buffer):
            return len(buffer) if final else -1
        return end

    def _command(
        self, prefix: str, code: bytes, params: bytes, status: PrinterStatus, replies: list[bytes]
    ) -> None:
        name = code.decode("latin-1")
        text = params.decode("latin-1")
        if code == b"HS":
            if status.online:
                replies.append(
                    host_status_reply(
                        status,
                        label_length=self._length or 0,
                        partial_format=self._label is not None,
                    )
                )
        elif code == b"HI":
            if status.online:
                replies.append(identity_reply(self.dpi))
        elif code == b"XA":
            self._start_label()
        elif code == b"XZ":
            self._end_label(status)
        elif code == b"FS":
            self._end_field()
        elif code == b"FD":
            data = params.replace(b"\r", b"").replace(b"\n", b"")  # ZPL ignores line breaks
            self._field_data = data.decode("utf-8" if self._utf8 else "latin-1", "replace")
        elif code in (b"A", b"A@"):
            self._field_kind = "text"
        elif code.startswith(b"B") and code != b"BY":
            self._field_kind = f"barcode ^{name}"
        elif code in (b"FO", b"FT"):
            x, y = _numbers(text, 2)
            self._origin = (self._home[0] + x, self._home[1] + y)
            if code == b"FT":
                self._note("^FT placed like ^FO")
        elif code == b"LH":
            self._home = _numbers(text, 2)
        elif code == b"PW":
            self._width = _size(text, MAX_WIDTH)
        elif code == b"LL":
            self._length = _size(text, MAX_LENGTH)
        elif code == b"PQ":
            self._copies = max(1, _numbers(text, 1)[0])
        elif code == b"CI":
            self._utf8 = text.strip().startswith("28")
        elif code == b"GF":
            self._graphic(params)
        elif code == b"FX":
            pass
        elif code in _SETTINGS:
            self._note(f"{prefix}{name}{text.strip()}")
        else:
            self._note(f"unknown command {prefix}{name}{text[:20]}")

    # Labels and fields.

    def _note(self, note: str) -> None:
        (self._label.notes if self._label is not None else self._pending_notes).append(note)

    def _start_label(self) -> None:
        if self._label is not None and not self._discarding:
            self._note("^XA inside a label: the label so far is dropped")
        self._discarding = False
        self._label = _Label(notes=self._pending_notes)
        self._pending_notes = []
        self._copies = 1
        self._reset_field()

    def _end_label(self, status: PrinterStatus) -> None:
        if self._label is None:
            self._note("^XZ without ^XA")
            return
        if self._discarding:
            self._label = None
            self._discarding = False
            return
        self._finish(complete=not stops_printing(status))

    def _reset_field(self) -> None:
        self._origin = self._home
        self._field_kind = "text"
        self._field_data = None

    def _end_field(self) -> None:
        if self._label is not None and self._field_data is not None:
            if self._field_kind == "text":
                self._label.text.append(self._field_data)
            else:
                self._label.notes.append(f"{self._field_kind}: {self._field_data}")
        self._reset_field()

    def _graphic(self, params: bytes) -> None:
        image = _graphic_image(params, self._note)
        if image is None:
            return
        if self._label is None:
            self._note("^GF outside ^XA … ^XZ ignored")
            return
        self._label.fields.append((*self._origin, image))

    def _finish(self, *, complete: bool) -> None:
        label = self._label
        if label is None:
            return
        width = self._width or max((x + im.width for x, _, im in label.fields), default=1)
        length = self._length or max((y + im.height for _, y, im in label.fields), default=1)
        canvas = Image.new("1", (min(width, MAX_WIDTH), min(length, MAX_LENGTH)), 255)
        for x, y, image in label.fields:
            blit(canvas, x, y, image)
        notes = list(label.notes)
        if self._copies > 1:
            notes.append(f"copies: {self._copies}")
        self._jobs.append(
            DecodedJob(
                text="\n".join(label.text),
                images=[canvas],
                parts=[canvas],
                complete=complete,
                notes=notes,
            )
        )
        self._label = None


def blit(canvas: Image.Image, x: int, y: int, image: Image.Image, mode: BlitMode = "or") -> None:
    """`image` onto `canvas` at (x, y), clipped; both mode "1", black = 0.

    "or" adds the black dots (white leaves what is there), "overwrite" replaces the area,
    "xor" flips the dots under black ones.
    """
    left, top = max(x, 0), max(y, 0)
    right, bottom = min(x + image.width, canvas.width), min(y + image.height, canvas.height)
    if right <= left or bottom <= top:
        return
    part = image.crop((left - x, top - y, right - x, bottom - y))
    box = (left, top, right, bottom)
    if mode == "or":
        part = ImageChops.logical_and(canvas.crop(box), part)
    elif mode == "xor":
        part = ImageChops.invert(ImageChops.logical_xor(canvas.crop(box), part))
    canvas.paste(part, box)


def _numbers(text: str, count: int) -> tuple[int, ...]:
    """The first `count` comma-separated whole numbers; missing or bad ones are 0."""
    values = []
    for part in (text.split(",") + ["0"] * count)[:count]:
        part = part.strip()
        values.append(int(part) if part.isdigit() and len(part) <= 9 else 0)
    return tuple(values)


def _size(text: str, limit: int) -> int | None:
    value = _numbers(text, 1)[0]
    return min(value, limit) if value > 0 else None


def _graphic_image(params: bytes, note: Note) -> Image.Image | None:
    """A `^GF` field's dots as a mode "1" image, or None (with a note) when unreadable."""
    parts = params.split(b",", 4)
    if len(parts) < 5:
        note("^GF without its four parameters")
        return None
    kind = parts[0].strip().upper() or b"A"
    try:
        total, row_bytes = int(parts[2]), int(parts[3])
    except ValueError:
        note("^GF sizes are not numbers")
        return None
    if not (0 < row_bytes <= MAX_WIDTH // 8 and row_bytes <= total <= MAX_GRAPHIC_BYTES):
        note(f"^GF sizes out of range: {total} bytes, {row_bytes} per row")
        return None
    rows = total // row_bytes
    total = rows * row_bytes
    payload = parts[4]
    if kind == b"A":
        data = _ascii_graphic(payload.decode("latin-1"), total, row_bytes, note)
    elif kind == b"B":
        data = payload
    else:
        note(f"^GF{kind.decode('latin-1')} data not decoded")
        return None
    if data is None:
        return None
    if len(data) < total:
        note(f"^GF data short by {total - len(data)} bytes")
        data = data + bytes(total - len(data))
    return Image.frombytes("1", (row_bytes * 8, rows), bytes(data[:total]), "raw", "1;I")


def _ascii_graphic(text: str, total: int, row_bytes: int, note: Note) -> bytes | None:
    stripped = text.strip()
    if stripped.startswith((":Z64:", ":B64:")):
        return _base64_graphic(stripped, total, note)
    return ascii_decompress(text, total, row_bytes)


def _base64_graphic(text: str, total: int, note: Note) -> bytes | None:
    pieces = text.split(":")
    if len(pieces) < 4:
        note("Z64/B64 data without its CRC")
        return None
    encoded = "".join(pieces[2].split()).encode("ascii", "replace")
    try:
        crc = int(pieces[3].strip()[:4], 16)
    except ValueError:
        crc = -1
    if crc != binascii.crc_hqx(encoded, 0):
        note("Z64/B64 CRC does not match: graphic dropped, as the printer does")
        return None
    try:
        raw = base64.b64decode(encoded)
        if pieces[1] == "Z64":
            return zlib.decompressobj().decompress(raw, total)
    except (binascii.Error, ValueError, zlib.error):
        note("Z64/B64 data does not decode")
        return None
    return raw[:total]


def ascii_decompress(text: str, total: int, row_bytes: int) -> bytes:
    """`total` bytes from (compressed) ASCII hex rows of `row_bytes`; missing data is white."""
    row_digits = row_bytes * 2
    wanted_rows = total // row_bytes
    rows: list[str] = []
    current: list[str] = []
    used = 0

    def put(digits: str) -> None:
        nonlocal used
        while digits and len(rows) < wanted_rows:
            take = row_digits - used
            current.append(digits[:take])
            taken = min(take, len(digits))
            used += taken
            digits = digits[taken:]
            if used == row_digits:
                rows.append("".join(current))
                current.clear()
                used = 0

    for match in _ASCII_TOKEN.finditer(text):
        if len(rows) >= wanted_rows:
            break
        counts, digit, plain, mark = match.groups()
        if plain is not None:
            put(plain)
        elif digit is not None:
            repeat = sum(
                ord(c) - ord("F") if c <= "Y" else (ord(c) - ord("f")) * 20 for c in counts
            )
            put(digit * min(repeat, (wanted_rows - len(rows)) * row_digits))
        elif mark == ":":
            if used:
                put("0" * (row_digits - used))
            if len(rows) < wanted_rows:
                rows.append(rows[-1] if rows else "0" * row_digits)
        else:
            put(("0" if mark == "," else "F") * (row_digits - used))
    if used:
        put("0" * (row_digits - used))
    rows.extend(["0" * row_digits] * (wanted_rows - len(rows)))
    return bytes.fromhex("".join(rows))
