"""A receipt as ESC/POS bytes: text in every script, barcodes, QR codes, images, the cut.

Commands (Epson ESC/POS reference; the same bytes python-escpos 3.1 sends where it gets them
right, compared in tests/devices/printers/test_escpos_job.py):
- `ESC @` initialise; every job starts with it.
- text: `escpos_text` (code pages, Kanji mode or raster, per line).
- `ESC d n` print and feed n lines.
- barcodes: `GS h n` height, `GS w n` module width, `GS f 0` HRI font A, `GS H n` HRI position,
  then `GS k m n d1...dn` (function B: m = 73 Code 128, 67 EAN-13). Code 128 data starts with a
  code set (`{B`, or `{C` with one byte per digit pair), see `barcode_bars`.
- QR: `GS ( k` cn = 49: fn 65 model 2, fn 67 module size, fn 69 error correction, fn 80 store
  (m = 48), fn 81 print (m = 48); a raster from the qrcode library for profiles without
  `qrCode`.
- images: `GS v 0` bands (`escpos_raster`).
- `ESC d 6` then `GS V 0` (full cut) or `GS V 1` (partial), as python-escpos's `cut()`.
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q

from packstation.devices.printers import barcode_bars
from packstation.devices.printers.escpos_profiles import ProfileInfo, resolve_text_mode
from packstation.devices.printers.escpos_raster import DEFAULT_BAND_HEIGHT, encode_raster
from packstation.devices.printers.escpos_text import TextStyle, clean, encode_line, encode_pair
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.text_raster import ALIGNS
from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP

ESC, GS = 0x1B, 0x1D
INIT = bytes((ESC, 0x40))
HRI_POSITIONS = {"off": 0, "above": 1, "below": 2, "both": 3}
QR_LEVELS = {"L": 48, "M": 49, "Q": 50, "H": 51}
MIN_MODULE = 2  # `GS w` 2..6 (Epson ESC/POS reference)
BARCODE_TOO_WIDE = QT_TRANSLATE_NOOP(
    "Receipt printer",
    "The barcode {data} does not fit on the paper ({paper} dots wide). "
    "Use wider paper or a shorter code.",
)
_QR_LIBRARY_LEVELS = {
    "L": ERROR_CORRECT_L,
    "M": ERROR_CORRECT_M,
    "Q": ERROR_CORRECT_Q,
    "H": ERROR_CORRECT_H,
}


class BarcodeTooWideError(DomainError):
    pass


class ReceiptJob:
    """Build one receipt; `.bytes()` is the whole job, starting with `ESC @`."""

    def __init__(
        self,
        profile: ProfileInfo,
        text_mode: str = "auto",
        *,
        max_band_height: int = DEFAULT_BAND_HEIGHT,
    ) -> None:
        self.profile = profile
        self.mode = resolve_text_mode(profile, text_mode)
        self.max_band_height = max_band_height
        self._parts: list[bytes] = [INIT]

    def bytes(self) -> bytes:
        return b"".join(self._parts)

    def init(self) -> ReceiptJob:
        self._parts.append(INIT)
        return self

    def text(
        self,
        text: str,
        *,
        bold: bool = False,
        size: tuple[int, int] = (1, 1),
        align: str = "left",
    ) -> ReceiptJob:
        """Print `text`; each "\\n"-separated line is sent (and decided) on its own."""
        style = TextStyle(bold, size, align)
        for line in text.split("\n"):
            self._parts.append(
                encode_line(
                    clean(line),
                    self.profile,
                    self.mode,
                    style,
                    max_band_height=self.max_band_height,
                )
            )
        return self

    def pair(self, label: str, value: str, *, bold: bool = False) -> bool:
        """Print `label` on the left and `value` on the right of one line; False (and nothing
        printed) when they do not fit on one."""
        line = encode_pair(
            label,
            value,
            self.profile,
            self.mode,
            TextStyle(bold),
            max_band_height=self.max_band_height,
        )
        if line is None:
            return False
        self._parts.append(line)
        return True

    def line_feed(self, lines: int = 1) -> ReceiptJob:
        if not 0 <= lines <= 255:
            raise ValueError(f"line feed takes 0..255 lines, not {lines}")
        self._parts.append(bytes((ESC, 0x64, lines)))
        return self

    def barcode_code128(
        self,
        data: str,
        *,
        height: int = 64,
        module: int = 3,
        hri: str = "below",
        align: str = "center",
    ) -> ReceiptJob:
        encoded = barcode_bars.code128_data(data)
        values, _ = barcode_bars.code128_values(encoded)
        modules = barcode_bars.code128_modules(values)
        module = self._fitting_module(data, modules, module)
        if self.profile.supports("barcodeB"):
            return self._hardware_barcode(73, encoded, height, module, hri, align)
        return self._bars(modules, height, module, align)

    def barcode_ean13(
        self,
        data: str,
        *,
        height: int = 64,
        module: int = 3,
        hri: str = "below",
        align: str = "center",
    ) -> ReceiptJob:
        modules = barcode_bars.ean13_modules(data)  # checks the digits
        module = self._fitting_module(data, modules, module)
        if self.profile.supports("barcodeB"):
            return self._hardware_barcode(67, data.encode("ascii"), height, module, hri, align)
        return self._bars(modules, height, module, align)

    def qr(
        self, data: str, size: int = 4, *, level: str = "M", align: str = "center"
    ) -> ReceiptJob:
        """A QR code (model 2) of `size` dots per module, 1..16."""
        if not 1 <= size <= 16:
            raise ValueError(f"QR module size must be 1..16, not {size}")
        if level not in QR_LEVELS:
            raise ValueError(f"QR error correction must be one of {sorted(QR_LEVELS)}")
        if align not in ALIGNS:
            raise ValueError(f"align must be one of {ALIGNS}, not {align!r}")
        if not self.profile.supports("qrCode"):
            code = qrcode.QRCode(
                error_correction=_QR_LIBRARY_LEVELS[level], box_size=size, border=4
            )
            code.add_data(data.encode("utf-8"))
            code.make(fit=True)
            return self.image(Bitmap.from_image(code.make_image().get_image()), align=align)
        payload = data.encode("utf-8")
        self._parts.append(bytes((ESC, 0x61, ALIGNS.index(align))))
        self._parts.append(_qr_function(65, bytes((50, 0))))  # model 2
        self._parts.append(_qr_function(67, bytes((size,))))
        self._parts.append(_qr_function(69, bytes((QR_LEVELS[level],))))
        self._parts.append(_qr_function(80, b"0" + payload))
        self._parts.append(_qr_function(81, b"0"))
        self._parts.append(b"\n")
        return self

    def image(self, bitmap: Bitmap, *, align: str = "left") -> ReceiptJob:
        """A raster image; ImageTooWideError if it is wider than the paper."""
        self._parts.append(bytes((ESC, 0x61, 0)))
        self._parts.append(
            encode_raster(
                bitmap,
                paper_width=self.profile.width_dots,
                align=align,
                max_band_height=self.max_band_height,
            )
        )
        return self

    def cut(self, *, partial: bool = False) -> ReceiptJob:
        self._parts.append(bytes((ESC, 0x64, 6, GS, 0x56, 1 if partial else 0)))
        return self

    def _hardware_barcode(
        self, kind: int, data: bytes, height: int, module: int, hri: str, align: str
    ) -> ReceiptJob:
        _check_bar_size(height, module)
        if hri not in HRI_POSITIONS:
            raise ValueError(f"HRI position must be one of {sorted(HRI_POSITIONS)}")
        if align not in ALIGNS:
            raise ValueError(f"align must be one of {ALIGNS}, not {align!r}")
        if len(data) > 255:
            raise ValueError("barcode data is limited to 255 bytes")
        setup = bytes((
            ESC, 0x61, ALIGNS.index(align),
            GS, 0x68, height,
            GS, 0x77, module,
            GS, 0x66, 0,
            GS, 0x48, HRI_POSITIONS[hri],
            GS, 0x6B, kind, len(data),
        ))  # fmt: skip
        self._parts.append(setup + data)
        return self

    def _bars(self, modules: str, height: int, module: int, align: str) -> ReceiptJob:
        _check_bar_size(height, module)
        return self.image(barcode_bars.bars_bitmap(modules, module, height), align=align)

    def _fitting_module(self, data: str, modules: str, module: int) -> int:
        """The widest module up to `module` at which the symbol and its quiet zones fit.

        A printer given a barcode wider than the paper feeds paper and prints nothing (Epson
        ESC/POS reference, `GS k`), so a long code gets narrower bars, or is refused.
        """
        _check_bar_size(1, module)
        total = len(modules) + 2 * barcode_bars.QUIET_MODULES
        fitting = min(module, self.profile.width_dots // total)
        if fitting < MIN_MODULE:
            raise BarcodeTooWideError(BARCODE_TOO_WIDE(data=data, paper=self.profile.width_dots))
        return fitting


def _check_bar_size(height: int, module: int) -> None:
    if not 1 <= height <= 255:
        raise ValueError(f"barcode height must be 1..255 dots, not {height}")
    if not MIN_MODULE <= module <= 6:
        raise ValueError(f"barcode module width must be 2..6 dots, not {module}")


def _qr_function(fn: int, data: bytes) -> bytes:
    """`GS ( k pL pH cn fn data` with cn = 49 (QR Code)."""
    length = len(data) + 2
    return bytes((GS, 0x28, 0x6B, length & 0xFF, length >> 8, 49, fn)) + data
