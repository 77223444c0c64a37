"""Serial barcode scanners: cutting the byte stream into scans.

A scanner in serial mode (RS-232, or USB-CDC "virtual COM") sends each code as
`prefix + data + suffix`, all three set with the setting codes in its manual. Most send no
prefix and end with CR; some send CR LF, LF or Tab, some send nothing at all and leave the
end of a scan to a pause (see pack-bench-lessons item 1, and ShoppinPal/StockUp#394).

Decisions, each tested in `tests/devices/scanner/test_framing.py`:

- **Ends.** A line-ending suffix (CR, LF or CR LF) accepts any of them, because scanners
  differ in which one their "Enter" sends; the empty frames between CR and LF vanish. Any
  other suffix (Tab, ETX, ...) must arrive exactly. With no suffix the driver calls `idle()`
  after a pause; a configured prefix then also ends the scan before it, so two scans sent
  back to back are not glued together. A frame still open at `idle()` while a suffix is
  configured is delivered too, with a note, so a scanner set up without its suffix still
  works while the note tells how to fix it.
- **Prefix.** A scan without the configured prefix is delivered unchanged, with a note:
  what the scanner read is still the code, and refusing it would make the packer rescan for
  no visible reason.
- **AIM symbology identifiers** (`]C1`, `]d2`, ... ISO/IEC 15424) stay at the front for
  `packstation.domain.barcodes.parse_scan`, unless `strip_aim` is set.
- **GS (0x1D, the FNC1 field separator)** is kept; so are RS, FS and EOT, which carrier
  labels use in ISO/IEC 15434 envelopes (`[)>` RS `01` GS ...). Scanners that cannot send
  GS are set to send a printable substitute (`|`, `~`), mapped back to GS here; choose one
  that never occurs in the codes themselves.
- **Text.** Frames are decoded as UTF-8; when that fails, with `fallback_encoding`
  (default cp932, the Windows form of Shift_JIS that scanners reading Japanese QR codes
  send; Python's cp932 turns the bytes Shift_JIS leaves undefined, 0x80, 0xA0 and
  0xFD-0xFF, into private-use characters, which count as failing); when that fails too, as
  Latin-1, which never fails. A Russian bench whose scanners send Windows-1251 sets
  `fallback_encoding="cp1251"`.
- **Noise.** NUL bytes (a line break condition, a cable plugged in) are dropped everywhere,
  and so are 0xFF bytes (an idle line's glitch) unless the fallback encoding makes a letter
  of them (Latin-1 `ÿ`, Windows-1251 `я`). Other control characters except GS, RS, FS and
  EOT are removed from the text; a frame left empty is no scan. Nothing raises.
- **Runaway frames.** More than `MAX_FRAME` bytes without an end is not a barcode: those
  bytes and the rest of the frame up to its end are dropped, with a note.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from packstation.domain.messages import QT_TRANSLATE_NOOP, Message

GS = "\x1d"
MAX_FRAME = 4096
LINE_ENDINGS = frozenset({"\r", "\n", "\r\n"})
# Control characters with a meaning inside a code: EOT, FS, GS, RS (ISO/IEC 15434).
_KEPT_CONTROLS = frozenset("\x04\x1c\x1d\x1e")
_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_NAMES = {
    "\r": "CR",
    "\n": "LF",
    "\t": "Tab",
    "\x02": "STX",
    "\x03": "ETX",
    "\x04": "EOT",
    "\x1c": "FS",
    GS: "GS",
    "\x1e": "RS",
}

PREFIX_MISSING = QT_TRANSLATE_NOOP(
    "Scanner",
    'A scan arrived without the prefix "{prefix}" and was used as it came. Make the '
    "scanner's prefix and the prefix in the scanner settings the same.",
)
SUFFIX_MISSING = QT_TRANSLATE_NOOP(
    "Scanner",
    "A scan arrived without its ending ({suffix}) and was taken after a pause. Make the "
    "scanner's suffix and the suffix in the scanner settings the same.",
)
FRAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "Scanner",
    "The scanner sent more than {limit} bytes without the end of a scan; they were "
    "discarded. Make the scanner's suffix and the suffix in the scanner settings the same.",
)


def visible(text: str) -> str:
    """The text with its control characters named, `<CR>`, `<GS>`, `<0x07>`, for people."""
    return "".join(_visible_char(char) for char in text)


def _visible_char(char: str) -> str:
    if char in _NAMES:
        return f"<{_NAMES[char]}>"
    if unicodedata.category(char) == "Cc":
        return f"<0x{ord(char):02X}>"
    return char


@dataclass(frozen=True)
class ScanFraming:
    """How the scanner frames a code, as set with its manual's setting codes."""

    prefix: str = ""
    suffix: str = "\r"  # "\r", "\n", "\r\n", "\t", another ASCII string, or "" for none
    strip_aim: bool = False
    gs_substitute: str | None = None  # "" is taken as None (the settings file's "none")
    fallback_encoding: str = "cp932"

    def __post_init__(self) -> None:
        if not (self.prefix.isascii() and self.suffix.isascii()):
            raise ValueError("the scanner's prefix and suffix must be ASCII")
        if self.gs_substitute == "":
            object.__setattr__(self, "gs_substitute", None)
        codecs.lookup(self.fallback_encoding)

    @property
    def idle_ends_scan(self) -> bool:
        """No suffix: only a pause (or the next prefix) tells where a scan ends."""
        return not self.suffix


class ScanDeframer:
    """Streaming: bytes in, whole scans out; keeps a partial frame between chunks."""

    def __init__(self, framing: ScanFraming) -> None:
        self.framing = framing
        self._buffer = bytearray()
        self._discarding = False
        self._notes: list[Message] = []
        self._ends: tuple[bytes, ...] = ()
        if framing.suffix in LINE_ENDINGS:
            self._ends = (b"\r", b"\n")
        elif framing.suffix:
            self._ends = (framing.suffix.encode("ascii"),)
        self._prefix = framing.prefix.encode("ascii")
        self._noise = b"\x00" if _is_letter(b"\xff", framing.fallback_encoding) else b"\x00\xff"

    @property
    def pending(self) -> bool:
        """Bytes of an unfinished frame are waiting for their end or for `idle()`."""
        return bool(self._buffer) or self._discarding

    def feed(self, chunk: bytes) -> list[str]:
        """Bytes as they came off the line; returns the scans they completed, in order."""
        self._buffer += chunk.translate(None, self._noise)
        scans: list[str] = []
        while (end := self._next_end()) is not None:
            start, length = end
            frame = bytes(self._buffer[:start])
            del self._buffer[: start + length]
            if self._discarding:
                self._discarding = False
            elif len(frame) > MAX_FRAME:
                self._note_too_long()
            else:
                scans.extend(self._scan(frame))
        if len(self._buffer) > MAX_FRAME:
            if not self._discarding:
                self._note_too_long()
            self._discarding = True
            bounds = self._ends or (self._prefix,)
            keep = max(0, *(len(bound) - 1 for bound in bounds))  # an end cut in two
            del self._buffer[: len(self._buffer) - keep]
        return scans

    def idle(self) -> list[str]:
        """The line has been quiet for the idle gap: an open frame is complete."""
        frame = bytes(self._buffer)
        self._buffer.clear()
        if self._discarding:
            self._discarding = False
            return []
        scans = self._scan(frame)
        if scans and self.framing.suffix:
            self._notes.append(SUFFIX_MISSING(suffix=visible(self.framing.suffix)))
        return scans

    def take_notes(self) -> list[Message]:
        """What went wrong since the last call, for the log and the settings dialog."""
        notes, self._notes = self._notes, []
        return notes

    def _next_end(self) -> tuple[int, int] | None:
        """Where the next frame ends in the buffer, and how many bytes the end takes."""
        found = [(i, len(end)) for end in self._ends if (i := self._buffer.find(end)) >= 0]
        if found:
            return min(found)
        if not self._ends and self._prefix:
            # While discarding, a prefix right at the start ends the runaway frame too.
            i = self._buffer.find(self._prefix, 0 if self._discarding else 1)
            if i >= 0:
                return i, 0
        return None

    def _note_too_long(self) -> None:
        self._notes.append(FRAME_TOO_LONG(limit=MAX_FRAME))

    def _scan(self, frame: bytes) -> list[str]:
        text = decode_scan(frame, self.framing.fallback_encoding)
        prefix = self.framing.prefix
        has_prefix = text.startswith(prefix)
        if has_prefix:
            text = text[len(prefix) :]
        text = _clean(text)
        if not text:
            return []
        if not has_prefix:
            self._notes.append(PREFIX_MISSING(prefix=visible(prefix)))
        if self.framing.strip_aim and _AIM.match(text):
            text = text[3:]
        if self.framing.gs_substitute is not None:
            text = text.replace(self.framing.gs_substitute, GS)
        return [text] if text else []


def decode_scan(frame: bytes, fallback_encoding: str = "cp932") -> str:
    """UTF-8, else the fallback (Shift_JIS by default), else Latin-1, which never fails."""
    for encoding in ("utf-8", fallback_encoding):
        try:
            text = frame.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not any(unicodedata.category(char) == "Co" for char in text):
            return text
    return frame.decode("latin-1")


def _is_letter(byte: bytes, encoding: str) -> bool:
    try:
        return byte.decode(encoding).isalpha()
    except UnicodeDecodeError:
        return False


def _clean(text: str) -> str:
    """Without a byte-order mark and without control characters that mean nothing here."""
    return "".join(
        char
        for char in text
        if char != "\ufeff" and (char in _KEPT_CONTROLS or unicodedata.category(char) != "Cc")
    )
