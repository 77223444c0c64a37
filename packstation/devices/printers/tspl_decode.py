"""The simulator's TSPL reader: labels back as images, `<ESC>!?` answered.

TSPL commands are lines ending in CR LF (LF alone is accepted); `BITMAP X,Y,width,height,
mode,` is followed by width x height raw bytes (0 bit = black, see `tspl`) before the next
line. `<ESC>!` commands are answered at once (TSC TSPL/TSPL2 Programming Language manual).
The image buffer lasts until `CLS`; each `PRINT` prints it. `SIZE` counts millimetres at the
decoder's dpi the same way `LabelMedia` does, so a raster made for the media fills the image.

Bytes may arrive cut anywhere; garbage never raises, it ends up in the job's notes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from PIL import Image

from packstation.devices.printers.label_media import mm_to_dots
from packstation.devices.printers.simulation import DecodedJob
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.printers.tspl import status_byte
from packstation.devices.printers.zpl_decode import BlitMode, blit, stops_printing

MAX_WIDTH = 4096  # dots
MAX_LENGTH = 32000  # dots
MAX_BITMAP_BYTES = MAX_WIDTH * MAX_LENGTH // 8
DEFAULT_SIZE_MM = (Decimal(100), Decimal(150))
_HEADER_LIMIT = 64  # bytes "BITMAP x,y,w,h,mode," may take
_BLANKS = b"\r\n \t"
_KEYWORD = b"BITMAP"
_MODES: dict[str, BlitMode] = {"0": "overwrite", "1": "or", "2": "xor"}
_SETTINGS = {
    "GAP",
    "BLINE",
    "DENSITY",
    "SPEED",
    "DIRECTION",
    "OFFSET",
    "SHIFT",
    "SET",
    "CODEPAGE",
    "LIMITFEED",
}
_NOT_DRAWN = {"BARCODE", "QRCODE", "DMATRIX", "BOX", "BAR", "CIRCLE", "ELLIPSE", "REVERSE", "ERASE"}


@dataclass
class _Label:
    text: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class TsplDecoder:
    """A `SimDecoder` for TSPL at `dpi` (203 or 300)."""

    def __init__(self, dpi: int = 203) -> None:
        self.dpi = dpi
        self._buffer = bytearray()
        self._resume = 0
        self._jobs: list[DecodedJob] = []
        self._size = (mm_to_dots(DEFAULT_SIZE_MM[0], dpi), mm_to_dots(DEFAULT_SIZE_MM[1], dpi))
        self._sized = False
        self._reference = (0, 0)
        self._canvas: Image.Image | None = None
        self._label = _Label()
        self._in_label = False
        self._discarding = False

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
        if self._in_label and not self._discarding and stops_printing(status):
            self._finish(complete=False)
            self._discarding = True

    def take_jobs(self) -> list[DecodedJob]:
        jobs, self._jobs = self._jobs, []
        return jobs

    def close(self) -> list[DecodedJob]:
        self._parse(PrinterStatus(), [], final=True)
        if self._in_label and not self._discarding:
            self._label.notes.append("the connection ended before PRINT")
            self._finish(complete=False)
        self._in_label = self._discarding = False
        return self.take_jobs()

    # The command stream.

    def _parse(self, status: PrinterStatus, replies: list[bytes], *, final: bool) -> None:
        buffer = self._buffer
        position = 0
        while True:
            while position < len(buffer) and buffer[position] in _BLANKS:
                position += 1
            if position >= len(buffer):
                break
            if buffer[position] == 0x1B:
                if len(buffer) - position < 3 and not final:
                    break
                if buffer[position + 1 : position + 2] == b"!":
                    self._immediate(bytes(buffer[position + 2 : position + 3]), status, replies)
                    position += 3
                else:
                    self._label.notes.append("ESC not followed by !: skipped")
                    position += 1
                continue
            end = self._bitmap_end(buffer, position, final)
            if end == -1:
                break
            if end is not None:
                self._bitmap(bytes(buffer[position:end]))
                position = end
                continue
            newline = buffer.find(b"\n", max(position, self._resume))
            if newline == -1 and not final:
                break
            end = newline if newline != -1 else len(buffer)
            line = bytes(buffer[position:end]).rstrip(b"\r")
            self._line(line.decode("utf-8", "replace"), status)
            position = end + 1
        del buffer[:position]
        self._resume = len(buffer)

    def _immediate(self, command: bytes, status: PrinterStatus, replies: list[bytes]) -> None:
        if command == b"?":
            if status.online:
                replies.append(bytes([status_byte(status)]))
        else:
            self._label.notes.append(f"immediate command ESC !{command!r} not simulated")

    def _bitmap_end(self, buffer: bytearray, start: int, final: bool) -> int | None:
        """End of a BITMAP command and its data; None for another line, -1 to wait for bytes."""
        head = bytes(buffer[start : start + len(_KEYWORD)]).upper()
        if not _KEYWORD.startswith(head):
            return None
        if len(head) < len(_KEYWORD):
            return None if final else -1
        index = start
        commas = []
        while len(commas) < 5:
            index = buffer.find(b",", index, start + _HEADER_LIMIT)
            newline = buffer.find(b"\n", start, index if index != -1 else start + _HEADER_LIMIT)
            if newline != -1:
                return None
            if index == -1:
                waiting = len(buffer) < start + _HEADER_LIMIT and not final
                return -1 if waiting else None
            commas.append(index)
            index += 1
        width = _integer(buffer[commas[1] + 1 : commas[2]].decode("latin-1"))
        height = _integer(buffer[commas[2] + 1 : commas[3]].decode("latin-1"))
        if not (0 < width <= MAX_WIDTH // 8 and 0 < height <= MAX_LENGTH):
            return None
        end = commas[4] + 1 + width * height
        if end > len(buffer):
            return len(buffer) if final else -1
        return end

    def _bitmap(self, command: bytes) -> None:
        self._in_label = True
        parts = command[len(_KEYWORD) :].split(b",", 5)
        x, y, width, height = (_integer(part.decode("latin-1")) for part in parts[:4])
        mode = _MODES.get(parts[4].decode("latin-1").strip())
        if mode is None:
            self._label.notes.append(f"BITMAP mode {parts[4]!r} unknown: drawn as OVERWRITE")
            mode = "overwrite"
        data = parts[5]
        if len(data) < width * height:
            self._label.notes.append(f"BITMAP data short by {width * height - len(data)} bytes")
            data += b"\xff" * (width * height - len(data))
        if self._discarding:
            return
        image = Image.frombytes("1", (width * 8, height), data[: width * height])
        blit(self._image(), self._reference[0] + x, self._reference[1] + y, image, mode)

    def _line(self, line: str, status: PrinterStatus) -> None:
        keyword, _, rest = line.strip().partition(" ")
        keyword = keyword.upper()
        if not keyword:
            return
        self._in_label = True
        if keyword == "SIZE":
            self._set_size(rest)
        elif keyword == "CLS":
            self._canvas = None
            self._label.text.clear()
        elif keyword == "REFERENCE":
            x, y, *_ = [_integer(part) for part in rest.split(",")] + [0, 0]
            self._reference = (x, y)
        elif keyword == "TEXT":
            params = split_params(rest)
            if len(params) >= 7:
                self._label.text.append(_unquote(params[-1]))
            else:
                self._label.notes.append(f"TEXT without its parameters: {line[:60]}")
        elif keyword == "PRINT":
            self._print(rest, status)
        elif keyword in _SETTINGS:
            self._label.notes.append(line.strip()[:80])
        elif keyword in _NOT_DRAWN:
            self._label.notes.append(f"not drawn: {line.strip()[:80]}")
        else:
            self._label.notes.append(f"unknown command: {line.strip()[:80]}")

    def _set_size(self, rest: str) -> None:
        parts = rest.split(",")
        if len(parts) != 2:
            self._label.notes.append(f"SIZE not understood: {rest[:40]}")
            return
        width, length = (self._dots(part) for part in parts)
        if width is None or length is None:
            self._label.notes.append(f"SIZE not understood: {rest[:40]}")
            return
        self._size = (min(max(width, 1), MAX_WIDTH), min(max(length, 1), MAX_LENGTH))
        self._sized = True

    def _dots(self, text: str) -> int | None:
        """A length ("100 mm", "4" for inches, "800 dot") in dots at this decoder's dpi."""
        number, _, unit = text.strip().partition(" ")
        try:
            value = Decimal(number)
        except InvalidOperation:
            return None
        if not value.is_finite() or not 0 <= value <= 100000:
            return None
        unit = unit.strip().lower()
        if unit == "mm":
            return mm_to_dots(value, self.dpi)
        if unit == "dot":
            return int(value)
        if unit == "":
            return math.floor(value * self.dpi)
        return None

    def _image(self) -> Image.Image:
        if self._canvas is None or self._canvas.size != self._size:
            if not self._sized:
                self._label.notes.append("no SIZE before drawing: 100 x 150 mm assumed")
                self._sized = True
            self._canvas = Image.new("1", self._size, 255)
        return self._canvas

    def _print(self, rest: str, status: PrinterStatus) -> None:
        if self._discarding:
            self._discarding = self._in_label = False
            self._label = _Label(text=list(self._label.text))
            return
        values = [_integer(part) for part in rest.split(",")[:2]]
        copies = math.prod(value for value in values if value > 0)
        if copies > 1:
            self._label.notes.append(f"copies: {copies}")
        self._finish(complete=not stops_printing(status))

    def _finish(self, *, complete: bool) -> None:
        label = self._label
        image = self._image().copy()
        self._jobs.append(
            DecodedJob(
                text="\n".join(label.text),
                images=[image],
                parts=[image],
                complete=complete,
                notes=list(label.notes),
            )
        )
        self._label = _Label(text=list(label.text))  # the buffer stays until CLS
        self._in_label = False


def split_params(text: str) -> list[str]:
    """Comma-separated parameters; commas inside double quotes belong to the text."""
    params, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            params.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    params.append("".join(current).strip())
    return params


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1]
    return text


def _integer(text: str) -> int:
    text = text.strip()
    return int(text) if text.isdigit() and len(text) <= 9 else 0
