"""ZPL II for Zebra label printers: a raster label, and the printer's host status.

Sources: Zebra "ZPL II Programming Guide" (45541L-002): `^GF` graphic field (`^GFa,b,c,d,data`;
b, c, d at most 99999, for ASCII data b = c), the ASCII hex compression of `~DG`/`^GF` data
(repeat counts G..Y = 1..19 and g..z = 20..400 in steps of 20, added together before a hex
digit; `,` fills the rest of the row with 0, `!` with 1, `:` repeats the previous row), `^MN`
media tracking (N continuous, Y gap/web, M black mark), `^PW`, `^LL`, `^LH`, `~SD` darkness
00..30, `^PR` print rate, `^PQ` quantity, and `~HS` host status (three `STX … ETX CR LF`
strings; string 1 `aaa,b,c,dddd,eee,f,g,h,iii,j,k,l` with b paper out, c pause, j corrupt RAM,
k under and l over temperature; string 2 `mmm,n,o,p,q,r,…` with o head up, p ribbon out, q
thermal transfer mode). Volume 2, "ZB64 Encoding and Compression": Z64 data is
`:Z64:` + Base64(LZ77/zlib data) + `:` + four hex digits of a CRC over the Base64 text; the CRC
is CRC-16/XMODEM (polynomial 0x1021, initial 0), as zebrafy 2.0 (`zebrafy/crc.py`) computes it
and printers accept.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from typing import Literal

from packstation.devices.printers.label_media import LabelMedia
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.status import PrinterStatus

Compression = Literal["z64", "ascii"]
MAX_FIELD_BYTES = 99999  # ^GF b, c and d: 1..99999
MAX_RUN = 419  # "z" (400) + "Y" (19): the longest run one repeat count holds

_TRACKING = {"gap": "Y", "mark": "M", "continuous": "N"}
_RUN = re.compile(r"([0-9A-F])\1{2,}")
_FRAME = re.compile(rb"\x02([^\x02\x03]*)\x03")
# ~HS string 1 for a printer at 9600 baud, 8 data bits, 1 stop bit, no parity, Xon/Xoff.
_SERIAL_SETTINGS = "030"


def _repeat_count(count: int) -> str:
    twenties, units = divmod(count, 20)
    letters = chr(ord("f") + twenties) if twenties else ""
    return letters + (chr(ord("F") + units) if units else "")


_REPEAT_COUNTS = [_repeat_count(count) for count in range(MAX_RUN + 1)]


def encode_label(
    bitmap: Bitmap, media: LabelMedia, *, compression: Compression = "z64", copies: int = 1
) -> bytes:
    """One label: media settings, the raster at the top left, `copies` prints.

    Rasters above 99999 bytes (a 100x150 mm label at 203 dpi has 120000) go as several
    graphic fields stacked top to bottom, each within the `^GF` limits.
    """
    media.check_fits(bitmap)
    if copies < 1:
        raise ValueError("copies must be at least 1")
    if compression not in ("z64", "ascii"):
        raise ValueError(f"compression must be 'z64' or 'ascii', not {compression!r}")
    commands = [
        "^XA",
        f"^MN{_TRACKING[media.kind]}",
        f"^PW{media.width_dots}",
        f"^LL{media.height_dots}",
        "^LH0,0",
        f"~SD{media.darkness:02d}",
    ]
    if media.speed is not None:
        commands.append(f"^PR{media.speed}")
    commands.append(f"^PQ{copies}")
    commands += graphic_fields(bitmap, compression)
    commands.append("^XZ\n")
    return "\n".join(commands).encode("ascii")


def graphic_fields(bitmap: Bitmap, compression: Compression = "z64") -> list[str]:
    """`^FOx,y^GFA,…^FS` fields that draw `bitmap` with its top left at the label home."""
    row_bytes = bitmap.row_bytes
    if row_bytes > MAX_FIELD_BYTES:
        raise ValueError(f"a graphic field row holds at most {MAX_FIELD_BYTES} bytes")
    rows_per_field = MAX_FIELD_BYTES // row_bytes
    fields = []
    for top in range(0, bitmap.height, rows_per_field):
        rows = min(rows_per_field, bitmap.height - top)
        data = bitmap.data[top * row_bytes : (top + rows) * row_bytes]
        total = len(data)
        if compression == "z64":
            encoded = z64_encode(data)
        else:
            encoded = ascii_compress(data, row_bytes)
        fields.append(f"^FO0,{top}^GFA,{total},{total},{row_bytes},{encoded}^FS")
    return fields


def z64_encode(data: bytes) -> str:
    """`:Z64:` + Base64 of the zlib-compressed data + `:` + CRC-16/XMODEM of the Base64 text."""
    encoded = base64.b64encode(zlib.compress(data))
    return f":Z64:{encoded.decode('ascii')}:{binascii.crc_hqx(encoded, 0):04X}"


def ascii_compress(data: bytes, row_bytes: int) -> str:
    """Zebra's compressed ASCII hex of whole rows (see the module docstring)."""
    hex_data = data.hex().upper()
    row_digits = row_bytes * 2
    rows = []
    previous = None
    for start in range(0, len(hex_data), row_digits):
        row = hex_data[start : start + row_digits]
        if row == previous:
            rows.append(":")
            continue
        previous = row
        if row[-1] == "0":
            rows.append(row.rstrip("0") + ",")
        elif row[-1] == "F":
            rows.append(row.rstrip("F") + "!")
        else:
            rows.append(row)
    # The line breaks keep runs inside their row; they go once the runs are counted.
    return _RUN.sub(_count_run, "\n".join(rows)).replace("\n", "")


def _count_run(match: re.Match[str]) -> str:
    run = match.group()
    digit = run[0]
    length = len(run)
    if length <= MAX_RUN:
        return _REPEAT_COUNTS[length] + digit
    pieces = []
    while length:
        part = min(length, MAX_RUN)
        pieces.append(_REPEAT_COUNTS[part] + digit)
        length -= part
    return "".join(pieces)


def status_query() -> bytes:
    """`~HS`: the printer answers with three status strings."""
    return b"~HS"


def host_status_end(buffer: bytes) -> int | None:
    """Where a complete `~HS` reply ends in `buffer` (after its third ETX CR LF), else None."""
    frames = list(_FRAME.finditer(buffer))
    if len(frames) < 3:
        return None
    end = frames[2].end()
    while end < len(buffer) and buffer[end] in b"\r\n":
        end += 1
    return end


def parse_host_status(reply: bytes) -> PrinterStatus:
    """The `~HS` reply; `ValueError` when its first two strings are missing or garbled."""
    frames = [match.group(1).decode("latin-1").split(",") for match in _FRAME.finditer(reply)]
    if len(frames) < 2 or len(frames[0]) < 3 or len(frames[1]) < 5:
        raise ValueError(f"not a ~HS reply: {reply[:80]!r}")
    first, second = frames[0], frames[1]
    paper_out, paused = _flag(first[1]), _flag(first[2])
    ram_lost, too_cold, too_hot = (_flag(field) for field in (first[9:12] + ["0", "0", "0"])[:3])
    head_up, ribbon_out, thermal_transfer = _flag(second[2]), _flag(second[3]), _flag(second[4])
    return PrinterStatus(
        online=True,
        cover_open=head_up,
        paper_end=paper_out,
        paused=paused,
        error=ram_lost or too_cold or too_hot or (ribbon_out and thermal_transfer),
    )


def _flag(field: str) -> bool:
    field = field.strip()
    if field not in ("0", "1"):
        raise ValueError(f"a ~HS flag is 0 or 1, not {field!r}")
    return field == "1"


def host_status_reply(
    status: PrinterStatus, *, label_length: int = 0, partial_format: bool = False
) -> bytes:
    """What a direct-thermal printer in tear-off mode answers to `~HS` (for the simulator).

    A fault (`status.error`) is reported as head over temperature, an open cover as head up.
    """
    first = ",".join(
        [
            _SERIAL_SETTINGS,
            _bit(status.paper_end),
            _bit(status.paused),
            f"{min(label_length, 9999):04d}",
            "000",
            "0",
            "0",
            _bit(partial_format),
            "000",
            "0",
            "0",
            _bit(status.error),
        ]
    )
    second = ",".join(
        ["000", "0", _bit(status.cover_open), "0", "0", "2", "6", "0", "00000000", "1", "000"]
    )
    third = "1234,0"
    return "".join(f"\x02{text}\x03\r\n" for text in (first, second, third)).encode("ascii")


# ~HI answers dots per millimetre; the printer's nominal resolution for each.
_DPI_BY_DPM = {6: 152, 8: 203, 12: 300, 24: 600}


def identity_query() -> bytes:
    """`~HI` (ZPL II Programming Guide, ~HI Host Identification): the printer answers
    `STX model,version,dpm,memory,options ETX`, dpm being its dots per millimetre."""
    return b"~HI"


def identity_end(buffer: bytes) -> int | None:
    """Where a complete `~HI` reply ends in `buffer`, else None."""
    match = _FRAME.search(buffer)
    return None if match is None else match.end()


def parse_identity_dpi(reply: bytes) -> int:
    """The resolution a `~HI` reply gives; `ValueError` when it is not such a reply."""
    match = _FRAME.search(reply)
    fields = match.group(1).decode("latin-1").split(",") if match else []
    if len(fields) < 3 or not fields[2].strip().isdigit():
        raise ValueError(f"not a ~HI reply: {reply[:80]!r}")
    dpm = int(fields[2])
    if dpm not in _DPI_BY_DPM:
        raise ValueError(f"~HI reports {dpm} dots/mm, not a known resolution")
    return _DPI_BY_DPM[dpm]


def identity_reply(dpi: int, model: str = "ZD421-203dpi") -> bytes:
    """What the simulator answers to `~HI`."""
    dpm = next(dpm for dpm, known in _DPI_BY_DPM.items() if known == dpi)
    return f"\x02{model},V84.20.21Z,{dpm},8176KB,E\x03".encode("ascii")


def _bit(flag: bool) -> str:
    return "1" if flag else "0"
