"""The ESC/POS printer simulator's decoder: bytes in any chunks → printed jobs and status answers.

It reads the commands `escpos_job` writes and the common ones around them (Epson ESC/POS
reference for every length below). Text is decoded to Unicode the way a printer picks glyphs:
single bytes through the code page of the last `ESC t n` (slot → codec from the profile; `ESC @`
returns to slot 0, as python-escpos 3.1 forgets), two-byte Kanji after `FS C`/`FS &`: in Shift
JIS (`FS C 1`) lead bytes 81-9F/E0-FC pair with the next byte, in JIS (`FS C 0`) only inside
Kanji mode, bytes 21-7E in pairs. `GS v 0` bands stack into one image until something else
prints; `GS k` Code 128 / EAN-13 and `GS ( k` QR codes are drawn (`barcode_bars`, the qrcode
library) into `images` with their data in `notes`; `GS V` cuts, which ends the job. `parts`
holds the lines and images in print order, each line with the emphasis (`ESC E`, `ESC !`),
character size (`GS !`, `ESC !`) and alignment (`ESC a`) its first character printed in.

`DLE EOT n` is answered from the status the server passes in, one byte as the printer would
(`escpos_status`). Printable data arriving while the paper is out or the cover open is lost
and marks the job `complete=False`. Unknown commands are noted and skipped; nothing in the
stream raises.
"""

from __future__ import annotations

from dataclasses import replace

import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q
from qrcode.exceptions import DataOverflowError

from packstation.devices.printers import barcode_bars, escpos_status
from packstation.devices.printers.escpos_profiles import ProfileInfo, profile_info
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.simulation import DecodedJob, PrintedLine
from packstation.devices.printers.status import PrinterStatus

ESC, FS, GS, DLE = 0x1B, 0x1C, 0x1D, 0x10
NEED_MORE = 0

# Commands of fixed length (including ESC/FS/GS and the command byte) that change nothing here.
_ESC_FIXED = {
    ord(c): n
    for c, n in {
        "2": 2, "3": 3, "J": 3, "M": 3, "-": 3, "R": 3, "G": 3, "V": 3, "{": 3, " ": 3,
        "$": 4, "\\": 4, "p": 5, "c": 4, "=": 3, "e": 3, "L": 2, "S": 2, "T": 3, "r": 3,
        "U": 3, "%": 3, "?": 3, "<": 2, "i": 2, "m": 2,
    }.items()
}  # fmt: skip
_FS_FIXED = {ord("!"): 3, ord("-"): 3, ord("S"): 4, ord("W"): 3, ord("p"): 4}
_GS_FIXED = {
    ord(c): n
    for c, n in {
        "L": 4, "W": 4, "B": 3, "b": 3, "a": 3, "r": 3, "I": 3, "P": 4, "$": 4, "\\": 4,
        "T": 3, "*": 4, "/": 3, ":": 2, "^": 5, "g": 3,
    }.items()
}  # fmt: skip
_CUT_WITH_FEED = {65, 66, 97, 98, 103, 104}
_ALIGNS = {0: "left", 1: "center", 2: "right", 48: "left", 49: "center", 50: "right"}
_QR_LEVELS = {48: "L", 49: "M", 50: "Q", 51: "H"}
_QR_LIBRARY_LEVELS = {
    "L": ERROR_CORRECT_L,
    "M": ERROR_CORRECT_M,
    "Q": ERROR_CORRECT_Q,
    "H": ERROR_CORRECT_H,
}


class EscPosDecoder:
    """A `SimDecoder` for ESC/POS receipt printers of one profile."""

    def __init__(self, profile: ProfileInfo | None = None) -> None:
        self.profile = profile or profile_info("default")
        self._buffer = bytearray()
        self._finished: list[DecodedJob] = []
        self._new_job()

    # SimDecoder -------------------------------------------------------------------------

    def feed(self, data: bytes, status: PrinterStatus) -> bytes:
        self._buffer += data
        replies = bytearray()
        position = 0
        while position < len(self._buffer):
            used = self._step(position, status, replies)
            if used == NEED_MORE:
                break
            position += used
        del self._buffer[:position]
        return bytes(replies)

    def take_jobs(self) -> list[DecodedJob]:
        jobs, self._finished = self._finished, []
        return jobs

    def close(self) -> list[DecodedJob]:
        if self._buffer:
            self._job.notes.append(f"connection ended inside a command ({len(self._buffer)} bytes)")
            self._job.complete = False
            self._buffer.clear()
        if self._has_content():
            self._end_job()
        self._new_job()
        return self.take_jobs()

    # Job state --------------------------------------------------------------------------

    def _new_job(self) -> None:
        self._job = DecodedJob()
        self._lines: list[str] = []
        self._line: list[str] = []
        self._line_style = PrintedLine("")
        self._graphic: list[bytes] = []
        self._graphic_width = 0
        self._graphic_scale = (1, 1)
        self._reset_modes()

    def _reset_modes(self) -> None:
        """Power-on defaults, also what `ESC @` restores."""
        self._slot = 0
        self._slot_chosen = False
        self._shift_jis = False
        self._kanji = False
        self._bar_height = 162
        self._bar_module = 3
        self._qr_size = 3
        self._qr_level = "L"
        self._qr_model = 50
        self._qr_data = b""
        self._style = PrintedLine("")

    def _has_content(self) -> bool:
        return bool(self._lines or self._line or self._graphic or self._job.images)

    def _end_job(self) -> None:
        self._end_graphic()
        if self._line:
            self._end_line()
        self._job.text = "\n".join(self._lines).rstrip("\n")
        self._finished.append(self._job)

    def _end_line(self) -> None:
        text = "".join(self._line)
        self._lines.append(text)
        style = self._line_style if self._line else self._style
        self._job.parts.append(replace(style, text=text))
        self._line = []

    def _add_image(self, image: Image.Image) -> None:
        self._job.images.append(image)
        self._job.parts.append(image)

    def _end_graphic(self) -> None:
        if not self._graphic:
            return
        rows = b"".join(self._graphic)
        width = self._graphic_width * 8
        image = Bitmap(width, len(rows) // self._graphic_width, rows).to_image()
        scale_x, scale_y = self._graphic_scale
        if (scale_x, scale_y) != (1, 1):
            size = (image.width * scale_x, image.height * scale_y)
            image = image.resize(size, Image.Resampling.NEAREST)
        self._add_image(image)
        self._graphic = []

    def _printable(self, status: PrinterStatus) -> bool:
        """Paper out or cover open: what arrives now is lost and the job is incomplete."""
        if status.paper_end or status.cover_open:
            if self._job.complete:
                self._job.notes.append("paper out or cover open: the rest was not printed")
            self._job.complete = False
            return False
        return True

    # Parsing ----------------------------------------------------------------------------

    def _step(self, at: int, status: PrinterStatus, replies: bytearray) -> int:
        """Handle the command or character at `at`; bytes used, or NEED_MORE."""
        buffer = self._buffer
        byte = buffer[at]
        if byte == 0x0A:
            if self._printable(status):
                self._end_graphic()
                self._end_line()
            return 1
        if byte == ESC:
            return self._esc(at, status)
        if byte == GS:
            return self._gs(at, status)
        if byte == FS:
            return self._fs(at)
        if byte == DLE:
            return self._dle(at, status, replies)
        if byte < 0x20:
            return 1  # CR, HT, FF and other controls print nothing here
        return self._character(at, status)

    def _available(self, at: int, count: int) -> bool:
        return len(self._buffer) - at >= count

    def _esc(self, at: int, status: PrinterStatus) -> int:
        if not self._available(at, 2):
            return NEED_MORE
        command = self._buffer[at + 1]
        if command == 0x40:  # ESC @
            self._end_graphic()
            self._line = []
            self._reset_modes()
            self._job.notes.append("ESC @")
            return 2
        if command == 0x44:  # ESC D n1...nk NUL: tab positions
            end = self._buffer.find(0, at + 2)
            return NEED_MORE if end < 0 else end - at + 1
        if command == 0x2A:  # ESC * m nL nH d1...dk: column image
            if not self._available(at, 5):
                return NEED_MORE
            mode, dots = self._buffer[at + 2], self._buffer[at + 3] | self._buffer[at + 4] << 8
            length = 5 + dots * (3 if mode in (32, 33) else 1)
            if not self._available(at, length):
                return NEED_MORE
            self._job.notes.append("ESC * column image (not drawn)")
            return length
        if command in (0x21, 0x45, 0x61, 0x74, 0x64):  # ESC ! / E / a / t / d
            if not self._available(at, 3):
                return NEED_MORE
            value = self._buffer[at + 2]
            if command == 0x74:
                self._select_page(value)
            elif command == 0x21:  # ESC ! n: bit 3 emphasis, 4 double height, 5 double width
                size = (2 if value & 0x20 else 1, 2 if value & 0x10 else 1)
                self._style = replace(self._style, bold=bool(value & 0x08), size=size)
            elif command == 0x45:
                self._style = replace(self._style, bold=bool(value & 1))
            elif command == 0x61:
                self._style = replace(self._style, align=_ALIGNS.get(value, self._style.align))
            elif command == 0x64:
                for _ in range(value):
                    self._step_line(status)
            return 3
        if command in _ESC_FIXED:
            length = _ESC_FIXED[command]
            return length if self._available(at, length) else NEED_MORE
        self._job.notes.append(f"unknown command ESC {command:#04x}")
        return 2

    def _step_line(self, status: PrinterStatus) -> None:
        if self._printable(status):
            self._end_graphic()
            self._end_line()

    def _select_page(self, slot: int) -> None:
        self._slot = slot
        self._slot_chosen = True
        codec = self.profile.encodings.get(slot)
        self._job.notes.append(f"ESC t {slot} ({codec or 'no code page in the profile'})")

    def _fs(self, at: int) -> int:
        if not self._available(at, 2):
            return NEED_MORE
        command = self._buffer[at + 1]
        if command == 0x26:  # FS &
            self._kanji = True
            self._job.notes.append("FS & Kanji mode on")
            return 2
        if command == 0x2E:  # FS .
            self._kanji = False
            self._job.notes.append("FS . Kanji mode off")
            return 2
        if command == 0x43:  # FS C n
            if not self._available(at, 3):
                return NEED_MORE
            self._shift_jis = self._buffer[at + 2] in (1, 49)
            self._job.notes.append(f"FS C {self._buffer[at + 2]}")
            return 3
        length = _FS_FIXED.get(command)
        if length is None:
            self._job.notes.append(f"unknown command FS {command:#04x}")
            return 2
        return length if self._available(at, length) else NEED_MORE

    def _dle(self, at: int, status: PrinterStatus, replies: bytearray) -> int:
        if not self._available(at, 3):
            return NEED_MORE
        command, n = self._buffer[at + 1], self._buffer[at + 2]
        if command == escpos_status.EOT:
            reply = escpos_status.reply_byte(n, status)
            if reply is None:
                self._job.notes.append(f"DLE EOT {n} not answered")
            else:
                replies.append(reply)
            return 3
        if command == 0x14:  # DLE DC4 fn a b: pulse, power off, clear buffer
            return 5 if self._available(at, 5) else NEED_MORE
        return 3  # DLE ENQ n and the like: nothing to answer

    def _gs(self, at: int, status: PrinterStatus) -> int:
        if not self._available(at, 3):
            return NEED_MORE
        command, value = self._buffer[at + 1], self._buffer[at + 2]
        if command == 0x21:  # GS ! n: width multiplier in the high nibble, height in the low
            size = ((value >> 4 & 7) + 1, (value & 7) + 1)
            self._style = replace(self._style, size=size)
            return 3
        if command == 0x56:  # GS V m [n]
            length = 4 if value in _CUT_WITH_FEED else 3
            if not self._available(at, length):
                return NEED_MORE
            self._job.notes.append("cut" if value in (0, 48, 65, 97, 103) else "partial cut")
            self._end_job()
            self._new_job()
            return length
        if command == 0x68:  # GS h n
            self._bar_height = value
            return 3
        if command == 0x77:  # GS w n
            self._bar_module = value
            return 3
        if command in (0x48, 0x66):  # GS H n, GS f n: HRI position and font (HRI not drawn)
            return 3
        if command == 0x76:
            return self._raster(at, status)
        if command == 0x6B:
            return self._barcode(at, status)
        if command == 0x28:  # GS ( fn pL pH ...
            if not self._available(at, 5):
                return NEED_MORE
            length = 5 + (self._buffer[at + 3] | self._buffer[at + 4] << 8)
            if not self._available(at, length):
                return NEED_MORE
            if value == 0x6B:
                self._two_d(bytes(self._buffer[at + 5 : at + length]), status)
            else:
                self._job.notes.append(f"GS ( {chr(value)!r} skipped")
            return length
        if command == 0x38:  # GS 8 L p1 p2 p3 p4 ...
            if not self._available(at, 7):
                return NEED_MORE
            size = int.from_bytes(self._buffer[at + 3 : at + 7], "little")
            if not self._available(at, 7 + size):
                return NEED_MORE
            self._job.notes.append("GS 8 L skipped")
            return 7 + size
        length = _GS_FIXED.get(command)
        if length is None:
            self._job.notes.append(f"unknown command GS {command:#04x}")
            return 2
        return length if self._available(at, length) else NEED_MORE

    def _raster(self, at: int, status: PrinterStatus) -> int:
        """`GS v 0 m xL xH yL yH d1...dk`."""
        if self._buffer[at + 2] != 0x30:
            self._job.notes.append("unknown command GS v")
            return 2
        if not self._available(at, 8):
            return NEED_MORE
        header = self._buffer[at + 3 : at + 8]
        mode = header[0]
        width = header[1] | header[2] << 8
        height = header[3] | header[4] << 8
        length = 8 + width * height
        if not self._available(at, length):
            return NEED_MORE
        if width == 0 or height == 0:
            self._job.notes.append("empty GS v 0 image")
            return length
        if self._printable(status):
            scale = (2 if mode in (1, 49, 3, 51) else 1, 2 if mode in (2, 50, 3, 51) else 1)
            if self._line:
                self._end_line()
            if self._graphic and (width, scale) != (self._graphic_width, self._graphic_scale):
                self._end_graphic()
            self._graphic_width = width
            self._graphic_scale = scale
            self._graphic.append(bytes(self._buffer[at + 8 : at + length]))
        return length

    def _barcode(self, at: int, status: PrinterStatus) -> int:
        """`GS k m d1...dk NUL` (m 0..6) or `GS k m n d1...dn` (m 65..79)."""
        kind = self._buffer[at + 2]
        if kind <= 6:
            end = self._buffer.find(0, at + 3)
            if end < 0:
                return NEED_MORE
            data, length = bytes(self._buffer[at + 3 : end]), end - at + 1
        else:
            if not self._available(at, 4):
                return NEED_MORE
            length = 4 + self._buffer[at + 3]
            if not self._available(at, length):
                return NEED_MORE
            data = bytes(self._buffer[at + 4 : at + length])
        if self._printable(status):
            self._draw_barcode(kind, data)
        return length

    def _draw_barcode(self, kind: int, data: bytes) -> None:
        self._end_graphic()
        if self._line:
            self._end_line()
        try:
            if kind == 73:
                values, text = barcode_bars.code128_values(data)
                modules, name = barcode_bars.code128_modules(values), "CODE128"
            elif kind in (2, 67):
                text = data.decode("ascii")
                modules, name = barcode_bars.ean13_modules(text), "EAN13"
            else:
                self._job.notes.append(f"barcode type {kind} not drawn: {data!r}")
                return
        except (barcode_bars.BarcodeDataError, UnicodeDecodeError) as error:
            self._job.notes.append(f"barcode type {kind} refused: {error}")
            return
        module = min(6, max(1, self._bar_module))
        bitmap = barcode_bars.bars_bitmap(modules, module, max(1, self._bar_height))
        self._add_image(bitmap.to_image())
        self._job.notes.append(f"{name}: {text}")

    def _two_d(self, body: bytes, status: PrinterStatus) -> None:
        """`GS ( k` body: cn fn [m] data; only QR (cn = 49) is understood."""
        if len(body) < 2 or body[0] != 49:
            self._job.notes.append("GS ( k symbol other than QR skipped")
            return
        function, rest = body[1], body[2:]
        if function == 65 and rest:
            self._qr_model = rest[0]
        elif function == 67 and rest:
            self._qr_size = rest[0]
        elif function == 69 and rest:
            self._qr_level = _QR_LEVELS.get(rest[0], "L")
        elif function == 80 and rest:
            self._qr_data = rest[1:]
        elif function == 81 and self._printable(status):
            self._draw_qr()

    def _draw_qr(self) -> None:
        self._end_graphic()
        if self._line:
            self._end_line()
        if self._qr_model != 50 or not self._qr_data:
            self._job.notes.append("QR not drawn: only model 2 with stored data is drawn")
            return
        code = qrcode.QRCode(
            error_correction=_QR_LIBRARY_LEVELS[self._qr_level],
            box_size=min(16, max(1, self._qr_size)),
            border=4,
        )
        code.add_data(self._qr_data)
        try:
            code.make(fit=True)
        except DataOverflowError:
            self._job.notes.append("QR not drawn: too much data")
            return
        self._add_image(code.make_image().get_image().convert("1"))
        self._job.notes.append(f"QR: {self._qr_data.decode('utf-8', 'replace')}")

    def _character(self, at: int, status: PrinterStatus) -> int:
        byte = self._buffer[at]
        double = self._shift_jis and (0x81 <= byte <= 0x9F or 0xE0 <= byte <= 0xFC)
        jis_pair = self._kanji and not self._shift_jis and 0x21 <= byte <= 0x7E
        if double or jis_pair:
            if not self._available(at, 2):
                return NEED_MORE
            pair = bytes(self._buffer[at : at + 2])
            if double:
                char = pair.decode("cp932", "replace")[:1]
            else:
                char = (b"\x1b$B" + pair + b"\x1b(B").decode("iso2022_jp", "replace")[:1]
            used = 2
        else:
            char = self._single(byte)
            used = 1
        if self._printable(status):
            self._end_graphic()
            if not self._line:
                self._line_style = self._style
            self._line.append(char)
        return used

    def _single(self, byte: int) -> str:
        if byte < 0x80:
            return chr(byte)
        if not self._slot_chosen:
            self._slot_chosen = True  # noted once until the next ESC @
            self._job.notes.append(f"byte {byte:#04x} in the default code page (no ESC t)")
        codec = self.profile.encodings.get(self._slot)
        if codec is None:
            return "\ufffd"
        return bytes((byte,)).decode(codec, "replace")
