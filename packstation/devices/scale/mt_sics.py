"""Mettler Toledo MT-SICS level 0/1 (Standard Interface Command Set).

Commands and replies are upper-case ASCII lines ending in CR LF (MT-SICS reference manual,
"Command formats"; Mettler AL/AT and Excellence manuals):

- `SI` sends the weight immediately: `S S     100.00 g` when stable, `S D     100.02 g`
  when dynamic (InstrumentKit `mt_sics.py` reads field 2 the same way). `S` waits for a
  stable weight. Both answer `S I` (busy, or no stability in time), `S +` (overload) and
  `S -` (underload).
- `Z` zeroes (`Z A` done, `Z I`/`Z +`/`Z -` not), `T` tares (`T S   100.00 g` the tare),
  `@` resets and answers the serial number (`I4 A "0123456789"`).
- `ES` syntax error, `ET` transmission error, `EL` logical error.

The weight field is 10 characters, right aligned, after the two-character status. The
driver polls with `SI`; 9600 baud 8N1 is the balances' default (InstrumentKit opens 9600).
"""

from __future__ import annotations

import re

from packstation.devices.scale.codec import (
    Codec,
    Display,
    LineSplitter,
    fixed,
    parse_weight,
)
from packstation.devices.scale.reading import Reading, ScaleState
from packstation.devices.scale.units import from_grams

NAME = "mt-sics"
BAUDRATE, BYTESIZE, PARITY = 9600, 8, "none"
POLL = b"SI\r\n"
ZERO = b"Z\r\n"
TARE = b"T\r\n"
HAS_STABILITY_FLAG = True

DECIMALS = {"g": 2, "kg": 5, "lb": 5, "oz": 4}
WIDTH = 10

_WEIGHT = re.compile(rb"S ([SD]) +(-?[0-9.]+) +([A-Za-z]+)$")
_STATUS = re.compile(rb"S ([I+-])$")
_ERROR = re.compile(rb"E[STL]$")
_ACK = re.compile(rb"(?:Z [AI+-]|T [SDI+-].*|I[0-9]+ [AIL].*)$")
_STATUS_STATES = {
    b"I": ScaleState.MOTION,
    b"+": ScaleState.OVERLOAD,
    b"-": ScaleState.UNDERLOAD,
}


class Decoder:
    """CR LF lines; each read by the first reply pattern that ends it (garbage before it is
    skipped). Acknowledgements (`Z A`, `T S ...`, `I4 A ...`) give no reading."""

    def __init__(self) -> None:
        self.lines = LineSplitter(b"\n")

    def feed(self, chunk: bytes) -> list[Reading]:
        frames, readings = self.lines.feed(chunk)
        for frame in frames:
            reading = self._read(frame.rstrip(b"\r"))
            if reading is not None:
                readings.append(reading)
        return readings

    @staticmethod
    def _read(line: bytes) -> Reading | None:
        if match := _WEIGHT.search(line):
            stable = match[1] == b"S"
            return parse_weight(match[2], match[3].decode(), stable=stable, raw=line)
        if match := _STATUS.search(line):
            return Reading(_STATUS_STATES[match[1]], None, raw=line)
        if _ACK.search(line):
            return None
        return Reading(ScaleState.ERROR, None, raw=line)


def _value(display: Display) -> str | None:
    """The weight field and unit, or None when the number does not fit the field."""
    decimals = DECIMALS[display.unit]
    number = fixed(from_grams(display.grams, display.unit, decimals), decimals)
    return f"{number:>{WIDTH}} {display.unit}" if len(number) <= WIDTH else None


def frame_for(display: Display) -> bytes:
    """The reply to `SI`: `S S`/`S D` with the weight, or `S +`/`S -`."""
    state = display.state
    if state is ScaleState.OVERLOAD:
        return b"S +\r\n"
    if state is ScaleState.UNDERLOAD:
        return b"S -\r\n"
    field = _value(display)
    if field is None:
        return b"S +\r\n"
    status = "S" if state is ScaleState.STABLE else "D"
    return f"S {status} {field}\r\n".encode()


def answer(command: bytes, display: Display) -> bytes:
    """The balance's reply to one command line (without its CR LF)."""
    command = command.strip()
    if command == b"SI":
        return frame_for(display)
    if command == b"S":
        return frame_for(display) if display.state is not ScaleState.MOTION else b"S I\r\n"
    if command == b"Z":
        return b"Z A\r\n" if display.state is ScaleState.STABLE else b"Z I\r\n"
    if command == b"T":
        field = _value(display)
        return f"T S {field}\r\n".encode() if field is not None else b"T +\r\n"
    if command == b"@":
        return b'I4 A "0123456789"\r\n'
    return b"ES\r\n"


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
