"""Toledo 8217 and 8213 "demand" protocols: single-byte commands, STX ... CR replies.

Toledo 8217 (Mettler Toledo DIVA service manual §6.1.4; odoo `addons/hw_scale/controllers/
main.py`, `Toledo8217Protocol`): 9600 baud, 7 data bits, even parity, 1 stop bit. Commands
are single bytes: `W` weigh, `Z` zero, `T` tare, `C` clear tare. `W` answers
`STX WW.WWW CR` (kg) or `STX 0WW.WW CR` (lb), with `N` before CR for a net weight; the
frame carries no unit, so the unit is a setting. When the weight is not valid (motion,
over capacity, under zero) and after Z/T/C the scale sends a status record
`STX ? status CR`. Status byte bits: 0 motion, 1 over capacity, 2 under zero, 3 outside
zero-capture range, 4 centre of zero, 5 net, 6 always 1 (so the byte is printable: `@` is
"nothing to report"), 7 parity. odoo reads the same bits from the raw byte, so a byte
without bit 6 (`STX ? 0x01 CR`) is read as well.

Toledo 8213 demand format (Transcell PC-150 manual, appendix B.1.4): `W` answers
`STX XXX.XX CR` or the status record `STX ? SS CR` with bits 0 motion, 1 out of range,
2 under zero, 3 outside zero capture, 4 centre of zero, 5 and 6 always 1. `Z` zeroes and
answers the status record; there is no tare command.

A status record without motion, over capacity or under zero only acknowledges a command
and gives no reading. Bytes are read with bit 7 cleared, so a port opened 8N1 to a 7E1
scale still decodes.
"""

from __future__ import annotations

import re

from packstation.devices.scale.codec import (
    BAD_OPTION,
    Codec,
    Display,
    ProtocolSetupError,
    fixed,
    parse_weight,
)
from packstation.devices.scale.reading import Reading, ScaleState
from packstation.devices.scale.units import from_grams

NAME_8217 = "toledo-8217"
NAME_8213 = "toledo-8213"
BAUDRATE, BYTESIZE, PARITY = 9600, 7, "even"
POLL = b"W"
ZERO = b"Z"
TARE_8217 = b"T"
CLEAR_8217 = b"C"
HAS_STABILITY_FLAG = True
UNITS = ("kg", "lb")

STX, CR = 0x02, 0x0D
MOTION, OVER, UNDER, NET = 0x01, 0x02, 0x04, 0x20
MAX_FRAME = 32

_WEIGHT = re.compile(rb"\s*([0-9]*\.?[0-9]+)(N?)\s*")
# Weight field: decimals, and the least width, with leading zeros (DIVA manual §6.1.4.2).
FIELD_8217 = {"kg": (3, 6), "lb": (2, 6)}
FIELD_8213 = (2, 6)


class Decoder:
    def __init__(self, unit: str, *, net_flag: bool) -> None:
        self.unit = unit
        self.net_flag = net_flag
        self.buffer = bytearray()

    def feed(self, chunk: bytes) -> list[Reading]:
        self.buffer += bytes(byte & 0x7F for byte in chunk)
        readings: list[Reading] = []
        while True:
            start = self.buffer.find(STX)
            if start < 0:
                self.buffer.clear()
                break
            del self.buffer[:start]
            body = 3 if self.buffer[1:2] == b"?" else 1  # a status byte may be STX or CR
            end = self.buffer.find(CR, body)
            restart = self.buffer.find(STX, body)
            if 0 < restart and (end < 0 or restart < end):
                del self.buffer[:restart]  # a frame cut short by a new one
                continue
            if end < 0:
                if len(self.buffer) > MAX_FRAME:
                    readings.append(Reading(ScaleState.ERROR, None, raw=bytes(self.buffer)))
                    self.buffer.clear()
                break
            frame = bytes(self.buffer[: end + 1])
            del self.buffer[: end + 1]
            reading = self._read(frame)
            if reading is not None:
                readings.append(reading)
        return readings

    def _read(self, frame: bytes) -> Reading | None:
        body = frame[1:-1]
        if len(body) == 2 and body[:1] == b"?":
            return self._status(body[1], frame)
        if match := _WEIGHT.fullmatch(body):
            net = match[2] == b"N"
            return parse_weight(match[1], self.unit, stable=True, net=net, raw=frame)
        return Reading(ScaleState.ERROR, None, raw=frame)

    def _status(self, status: int, frame: bytes) -> Reading | None:
        net = self.net_flag and bool(status & NET)
        if status & OVER:
            return Reading(ScaleState.OVERLOAD, None, net, frame)
        if status & UNDER:
            return Reading(ScaleState.UNDERLOAD, None, net, frame)
        if status & MOTION:
            return Reading(ScaleState.MOTION, None, net, frame)
        return None


def _status_record(display: Display, *, net_flag: bool) -> bytes:
    status = 0x40 if net_flag else 0x60
    if display.state is ScaleState.OVERLOAD:
        status |= OVER
    elif display.state is ScaleState.UNDERLOAD or display.grams < 0:
        status |= UNDER
    elif display.state is ScaleState.MOTION:
        status |= MOTION
    if net_flag and display.net:
        status |= NET
    return bytes((STX, ord("?"), status, CR))


def _frame(display: Display, unit: str, field: tuple[int, int], *, net_flag: bool) -> bytes:
    if display.state is not ScaleState.STABLE or display.grams < 0:
        return _status_record(display, net_flag=net_flag)
    decimals, width = field
    number = fixed(from_grams(display.grams, unit, decimals), decimals, width, zeros=True)
    suffix = "N" if net_flag and display.net else ""
    return b"\x02" + f"{number}{suffix}".encode() + b"\r"


def _check_unit(unit: str) -> str:
    if unit not in UNITS:
        raise ProtocolSetupError(BAD_OPTION(option="unit", value=unit))
    return unit


def codec_8217(unit: str = "kg") -> Codec:
    """Toledo 8217; `unit` is the scale's unit ("kg" or "lb"): its frames do not say."""
    unit = _check_unit(unit)

    def frame_for(display: Display) -> bytes:
        return _frame(display, unit, FIELD_8217[unit], net_flag=True)

    def answer(command: bytes, display: Display) -> bytes:
        if command == POLL:
            return frame_for(display)
        if command in (ZERO, TARE_8217, CLEAR_8217):
            return _status_record(display, net_flag=True)
        return b""

    return Codec(
        name=NAME_8217,
        baudrate=BAUDRATE,
        bytesize=BYTESIZE,
        parity=PARITY,
        poll=POLL,
        zero=ZERO,
        tare=TARE_8217,
        has_stability_flag=HAS_STABILITY_FLAG,
        new_decoder=lambda: Decoder(unit, net_flag=True),
        frame_for=frame_for,
        answer=answer,
        command_end=b"",
    )


def codec_8213(unit: str = "kg") -> Codec:
    """Toledo 8213 demand; `unit` is the scale's unit ("kg" or "lb"): its frames do not say."""
    unit = _check_unit(unit)

    def frame_for(display: Display) -> bytes:
        return _frame(display, unit, FIELD_8213, net_flag=False)

    def answer(command: bytes, display: Display) -> bytes:
        if command == POLL:
            return frame_for(display)
        if command == ZERO:
            return _status_record(display, net_flag=False)
        return b""

    return Codec(
        name=NAME_8213,
        baudrate=BAUDRATE,
        bytesize=BYTESIZE,
        parity=PARITY,
        poll=POLL,
        zero=ZERO,
        tare=None,
        has_stability_flag=HAS_STABILITY_FLAG,
        new_decoder=lambda: Decoder(unit, net_flag=False),
        frame_for=frame_for,
        answer=answer,
        command_end=b"",
    )
