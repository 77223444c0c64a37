"""TSPL/TSPL2 for TSC (and compatible) label printers: a raster label and the status byte.

Sources: TSC "TSPL/TSPL2 Programming Language" manual: commands end with CR LF; `SIZE m mm,n
mm`; `GAP m mm,n mm` (`GAP 0,0` for continuous media); `BLINE m mm,n mm` for black marks;
`DENSITY 0..15`; `SPEED` in inches per second; `DIRECTION n,m`; `CLS` clears the image buffer;
`BITMAP X,Y,width,height,mode,data` with width in bytes, height in dots and mode 0 OVERWRITE,
1 OR, 2 XOR, followed by width x height raw bytes; `PRINT m[,n]`. In BITMAP data a 0 bit is a
black dot and a 1 bit white: LPrint's TSPL driver (michaelrsweet/lprint `lprint-tspl.c`) sends
its dither output in the white-is-1 (`CUPS_CSPACE_W`) form, as does raster-to-tspl-js. The
`<ESC>!?` status query is answered with one byte: bit 0 head opened, 1 paper jam, 2 out of
paper, 3 out of ribbon, 4 pause, 5 printing, 7 other error (0x00 = ready).
"""

from __future__ import annotations

from packstation.devices.printers.label_media import LabelMedia, format_mm
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.status import PrinterStatus

HEAD_OPENED = 0x01
PAPER_JAM = 0x02
OUT_OF_PAPER = 0x04
OUT_OF_RIBBON = 0x08
PAUSED = 0x10
PRINTING = 0x20
OTHER_ERROR = 0x80

_INVERT = bytes(255 - value for value in range(256))


def encode_label(bitmap: Bitmap, media: LabelMedia, *, copies: int = 1) -> bytes:
    """One label: media settings, the raster at the top left, `copies` prints."""
    media.check_fits(bitmap)
    if copies < 1:
        raise ValueError("copies must be at least 1")
    commands = [
        f"SIZE {format_mm(media.width_mm)} mm,{format_mm(media.height_mm)} mm",
        _tracking(media),
        f"DENSITY {media.tspl_density}",
    ]
    if media.speed is not None:
        commands.append(f"SPEED {media.speed}")
    commands += [
        "DIRECTION 0,0",
        "REFERENCE 0,0",
        "CLS",
        f"BITMAP 0,0,{bitmap.row_bytes},{bitmap.height},0,",
    ]
    head = "\r\n".join(commands).encode("ascii")
    return head + bitmap_data(bitmap) + f"\r\nPRINT {copies},1\r\n".encode("ascii")


def _tracking(media: LabelMedia) -> str:
    if media.kind == "continuous":
        return "GAP 0,0"
    command = "BLINE" if media.kind == "mark" else "GAP"
    return f"{command} {format_mm(media.gap_mm)} mm,0 mm"


def bitmap_data(bitmap: Bitmap) -> bytes:
    """The raster as BITMAP takes it: inverted, so a 0 bit is black and row padding white."""
    return bitmap.data.translate(_INVERT)


def status_query() -> bytes:
    """`<ESC>!?`: the printer answers with one status byte, even while it is in error."""
    return b"\x1b!?"


def parse_status(byte: int) -> PrinterStatus:
    """The `<ESC>!?` status byte; `ValueError` when it is not a byte."""
    if not 0 <= byte <= 0xFF:
        raise ValueError(f"a status byte is 0..255, not {byte}")
    return PrinterStatus(
        online=True,
        cover_open=bool(byte & HEAD_OPENED),
        paper_end=bool(byte & OUT_OF_PAPER),
        paused=bool(byte & PAUSED),
        error=bool(byte & (PAPER_JAM | OUT_OF_RIBBON | OTHER_ERROR)),
    )


def parse_reply(reply: bytes) -> PrinterStatus:
    """The reply to `<ESC>!?`: one status byte; `ValueError` for any other length."""
    if len(reply) != 1:
        raise ValueError(f"expected 1 status byte, got {len(reply)}")
    return parse_status(reply[0])


def status_byte(status: PrinterStatus) -> int:
    """What a printer in `status` answers to `<ESC>!?` (for the simulator)."""
    return (
        (HEAD_OPENED if status.cover_open else 0)
        | (OUT_OF_PAPER if status.paper_end else 0)
        | (PAUSED if status.paused else 0)
        | (OTHER_ERROR if status.error else 0)
    )
