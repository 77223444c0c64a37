"""Dibal continuous weight output.

From the Dibal DPOS400 series manual (49-TGDP4ES02, "DIALOG 06" notes): a status field `S`
that the scale sets to `U` while the weight is unstable; a negative weight (dashes on the
display) is sent as `-00.000`, an overload (dashes too) as `00.000`; a tared scale sends
the net weight; an unstable weight may be sent as blanks; the line needs 8 data bits.
The exact byte layout was not found in a source; this codec reads the layout those notes
imply, one line per weight in kg with three decimals:

    <S|U><weight: 7 characters, right aligned><CR><LF>     e.g. `S 01.234`, `U       `

Because the scale sends an overload as `00.000`, an overloaded Dibal reads as 0 g: the
reading is never a parcel's weight, but it is not reported as OVERLOAD either. 9600 8N1.
"""

from __future__ import annotations

import re

from packstation.devices.scale.codec import Codec, Display, LineSplitter, fixed, parse_weight
from packstation.devices.scale.reading import Reading, ScaleState
from packstation.devices.scale.units import from_grams

NAME = "dibal"
BAUDRATE, BYTESIZE, PARITY = 9600, 8, "none"
POLL = None
ZERO = None
TARE = None
HAS_STABILITY_FLAG = True

WIDTH = 7
DECIMALS = 3
NEGATIVE = b"-00.000"
OVERLOAD = b" 00.000"

_LINE = re.compile(rb"([SU])([ 0-9.-]{7})$")
_NUMBER = re.compile(rb" *[0-9]*\.?[0-9]+")


class Decoder:
    def __init__(self) -> None:
        self.lines = LineSplitter(b"\n")

    def feed(self, chunk: bytes) -> list[Reading]:
        frames, readings = self.lines.feed(chunk)
        readings.extend(_read(frame.rstrip(b"\r")) for frame in frames)
        return readings


def _read(line: bytes) -> Reading:
    match = _LINE.search(line)
    if match is None:
        return Reading(ScaleState.ERROR, None, raw=line)
    status, weight = match[1], match[2]
    if weight == NEGATIVE:
        return Reading(ScaleState.UNDERLOAD, None, raw=line)
    if not weight.strip():
        return Reading(ScaleState.MOTION, None, raw=line)
    if not _NUMBER.fullmatch(weight):
        return Reading(ScaleState.ERROR, None, raw=line)
    return parse_weight(weight, "kg", stable=status == b"S", raw=line)


def frame_for(display: Display) -> bytes:
    state = display.state
    if state is ScaleState.UNDERLOAD or display.grams < 0:
        return b"S" + NEGATIVE + b"\r\n"
    if state is ScaleState.MOTION:
        return b"U" + b" " * WIDTH + b"\r\n"
    number = fixed(from_grams(display.grams, "kg", DECIMALS), DECIMALS, WIDTH).encode()
    if state is ScaleState.OVERLOAD or len(number) > WIDTH:
        number = OVERLOAD
    return b"S" + number + b"\r\n"


def answer(command: bytes, display: Display) -> bytes:
    """The scale streams and takes no command in this mode."""
    return b""


def codec() -> Codec:
    return Codec(
        name=NAME,
        baudrate=BAUDRATE,
        bytesize=BYTESIZE,
        parity=PARITY,
        poll=POLL,
        zero=ZERO,
        tare=TARE,
        has_stability_flag=HAS_STABILITY_FLAG,
        new_decoder=Decoder,
        frame_for=frame_for,
        answer=answer,
        command_end=b"\r\n",
    )
