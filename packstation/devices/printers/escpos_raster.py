"""ESC/POS raster bit images: `GS v 0 m xL xH yL yH d1...dk`, split into bands.

Format (Epson ESC/POS reference, `GS v 0`; python-escpos 3.1 `Escpos.image`, impl
`bitImageRaster`): m = 0 normal density, then the width in bytes and the height in dots, each
low byte first, then the rows, 1 bit per dot, most significant bit leftmost, set = black:
exactly the row format of `Bitmap.data`, so a band is a slice of it.

Band height: one `GS v 0` may hold up to 4095 rows on Epson models (twg/png2escpos#4), but many
printers hold far less in their receive buffer and print garbage or nothing for a taller image;
slicing every 256 dots is the usual cure (DantSu/ESCPOS-ThermalPrinter-Android#47: "split image
every 256 px"; lukevp/ESC-POS-.NET#205, mike42/escpos-php#206). python-escpos slices at 960.

Alignment is done with white bytes on the left, whole bytes only (so at most 7 dots off), which
every printer prints the same; `ESC a` is not honoured for images by all clones.
"""

from __future__ import annotations

from packstation.devices.printers.raster import Bitmap
from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP

GS = 0x1D
DEFAULT_BAND_HEIGHT = 256
MAX_BAND_HEIGHT = 4095  # yL + yH·256 on Epson models
MAX_WIDTH_BYTES = 65535  # what xL xH can say; printers stop far earlier, at the paper width

TOO_WIDE = QT_TRANSLATE_NOOP(
    "Receipt printer",
    "The picture is {width} dots wide but the paper takes only {paper} dots. "
    "Check the paper width and the printer model in the settings.",
)


class ImageTooWideError(DomainError):
    pass


def band_header(width_bytes: int, height: int) -> bytes:
    """`GS v 0 0 xL xH yL yH`: the 8 bytes before a band's rows."""
    return bytes(
        (GS, 0x76, 0x30, 0, width_bytes & 0xFF, width_bytes >> 8, height & 0xFF, height >> 8)
    )


def encode_raster(
    bitmap: Bitmap,
    *,
    paper_width: int | None = None,
    align: str = "left",
    max_band_height: int = DEFAULT_BAND_HEIGHT,
) -> bytes:
    """The bitmap as `GS v 0` bands; refused if wider than `paper_width` dots."""
    if not 1 <= max_band_height <= MAX_BAND_HEIGHT:
        raise ValueError(f"band height must be 1..{MAX_BAND_HEIGHT}, not {max_band_height}")
    if align not in ("left", "center", "right"):
        raise ValueError(f"align must be left, center or right, not {align!r}")
    if paper_width is not None and bitmap.width > paper_width:
        raise ImageTooWideError(TOO_WIDE(width=bitmap.width, paper=paper_width))
    row_bytes = bitmap.row_bytes
    data = bitmap.data
    pad = 0
    if paper_width is not None and align != "left":
        free = paper_width // 8 - row_bytes
        pad = max(0, free // 2 if align == "center" else free)
    if pad:
        data = _pad_rows(data, row_bytes, pad)
        row_bytes += pad
    if row_bytes > MAX_WIDTH_BYTES:
        raise ImageTooWideError(TOO_WIDE(width=bitmap.width, paper=MAX_WIDTH_BYTES * 8))
    parts = []
    for top in range(0, bitmap.height, max_band_height):
        rows = min(max_band_height, bitmap.height - top)
        parts.append(band_header(row_bytes, rows))
        parts.append(data[top * row_bytes : (top + rows) * row_bytes])
    return b"".join(parts)


def _pad_rows(data: bytes, row_bytes: int, pad: int) -> bytes:
    white = bytes(pad)
    return b"".join(
        white + data[start : start + row_bytes] for start in range(0, len(data), row_bytes)
    )
