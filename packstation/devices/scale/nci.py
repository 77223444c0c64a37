"""NCI general serial protocol (Weigh-Tronix SCP-01/SCP-02; Avery Weigh-Tronix, Brecknell).

Sources: Weigh-Tronix SCP-01 "NCI General Serial Communications Protocol" (8408-14788-01),
the Mettler Toledo DIVA service manual (same ECR protocol) and Ohaus/Fairbanks manuals.
Commands end in CR. `W` answers `<LF>xxxx.xxUU<CR><LF>hh<CR><ETX>` (weight, units, status),
or `<LF>xxLB<SP>xx.xOZ<CR>...` in pounds-ounces, or only the status `<LF>hh<CR><ETX>` when
the weight is not valid (motion, negative, out of capacity). `S` answers the status, `Z`
zeroes and answers the status, anything else `<LF>?<CR><ETX>`. SCP-02 puts `S` before the
status bytes.

Status byte 1: bit 0 motion, bit 1 at zero, bit 2 RAM error, bit 3 EEPROM error. Byte 2:
bit 0 under capacity, bit 1 over capacity, bit 2 ROM error, bit 3 faulty calibration.
Byte 3 (optional): bit 2 net. Bits 4 and 5 are always 1; bit 6 of byte 2 and on says
another byte follows; bit 7 is parity (cleared here, as by a 7E1 port). Defaults 9600 7E1.
"""

from __future__ import annotations

import re
from decimal import Decimal

from packstation.devices.scale.codec import Codec, Display, fixed, parse_weight
from packstation.devices.scale.reading import Reading, ScaleState, weighed
from packstation.devices.scale.units import from_grams, to_grams

NAME = "nci"
BAUDRATE, BYTESIZE, PARITY = 9600, 7, "even"
POLL = b"W\r"
ZERO = b"Z\r"
TARE = None
HAS_STABILITY_FLAG = True

ETX = 0x03
MAX_FRAME = 64
DECIMALS = {"lb": 2, "kg": 3, "oz": 1, "g": 0}
UNIT_FIELD = {"lb": "LB", "kg": "KG", "oz": "OZ", "g": "G"}

_FRAME = re.compile(
    rb"\n(?:(?P<weight>[^\n\r]*)\r\n)?S?(?P<status>[\x30-\x3f][\x30-\x3f\x70-\x7f]+)\r$"
)
_DECIMAL = re.compile(rb"\s*(-?\s*[0-9]*\.?[0-9]+)\s*([A-Za-z]{1,2})\s*")
_POUNDS_OUNCES = re.compile(rb"\s*(-?)\s*([0-9]+)\s*LB\s+([0-9]*\.?[0-9]+)\s*OZ\s*", re.IGNORECASE)


class Decoder:
    """Frames end in ETX; the last reply pattern before it is read, garbage before skipped."""

    def __init__(self) -> None:
        self.buffer = b""

    def feed(self, chunk: bytes) -> list[Reading]:
        self.buffer += bytes(byte & 0x7F for byte in chunk)
        readings: list[Reading] = []
        while (end := self.buffer.find(ETX)) >= 0:
            frame, self.buffer = self.buffer[:end], self.buffer[end + 1 :]
            reading = _read(frame + b"\x03")
            if reading is not None:
                readings.append(reading)
        if len(self.buffer) > MAX_FRAME:
            readings.append(Reading(ScaleState.ERROR, None, raw=self.buffer))
            self.buffer = b""
        return readings


def _read(frame: bytes) -> Reading | None:
    match = _FRAME.search(frame[:-1])
    if match is None:
        return Reading(ScaleState.ERROR, None, raw=frame)
    status = match["status"]
    first, second = status[0], status[1]
    net = len(status) > 2 and bool(second & 0x40) and bool(status[2] & 0x04)
    if first & 0x0C or second & 0x0C:
        return Reading(ScaleState.ERROR, None, net, frame)
    if second & 0x02:
        return Reading(ScaleState.OVERLOAD, None, net, frame)
    if second & 0x01:
        return Reading(ScaleState.UNDERLOAD, None, net, frame)
    motion = bool(first & 0x01)
    weight = match["weight"]
    if weight is None:
        return Reading(ScaleState.MOTION, None, net, frame) if motion else None
    if pounds := _POUNDS_OUNCES.fullmatch(weight):
        grams = to_grams(Decimal(int(pounds[2])), "lb") + to_grams(_number(pounds[3]), "oz")
        grams = -grams if pounds[1] else grams
        return weighed(grams, stable=not motion, net=net, raw=frame)
    if decimal := _DECIMAL.fullmatch(weight):
        unit = decimal[2].decode()
        return parse_weight(decimal[1], unit, stable=not motion, net=net, raw=frame)
    return Reading(ScaleState.ERROR, None, net, frame)


def _number(text: bytes) -> Decimal:
    return Decimal(text.decode())


def _status(display: Display) -> bytes:
    first, second = 0x30, 0x30
    if display.state is ScaleState.MOTION:
        first |= 0x01
    if display.state is ScaleState.OVERLOAD:
        second |= 0x02
    elif display.state is ScaleState.UNDERLOAD or display.grams < 0:
        second |= 0x01
    elif display.grams == 0:
        first |= 0x02
    if display.net:
        return bytes((first, second | 0x40, 0x34))
    return bytes((first, second))


def frame_for(display: Display) -> bytes:
    """The reply to `W`: weight and status, or the status alone when over or under range."""
    status = b"\n" + _status(display) + b"\r\x03"
    if display.state in (ScaleState.OVERLOAD, ScaleState.UNDERLOAD) or display.grams < 0:
        return status
    decimals = DECIMALS[display.unit]
    value = fixed(from_grams(display.grams, display.unit, decimals), decimals)
    return f"\n{value}{UNIT_FIELD[display.unit]}\r".encode() + status


def answer(command: bytes, display: Display) -> bytes:
    command = command.strip()
    if command == b"W":
        return frame_for(display)
    if command in (b"S", b"Z"):
        return b"\n" + _status(display) + b"\r\x03"
    return b"\n?\r\x03"


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
        command_end=b"\r",
    )
