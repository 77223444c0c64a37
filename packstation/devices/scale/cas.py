"""CAS 22-byte continuous output (CAS CI-400/CI-600D/CI-150A and NT-200 manuals, "Data
format: 22 bytes for CAS").

    ST,GS,<id><lamp>,<weight: 8 bytes><blank><unit: 2 bytes><CR><LF>

Bytes 0-1 `ST` stable, `US` unstable, `OL` overload; 3-4 `GS` gross, `NT` net; byte 6 the
device ID (set on the indicator); byte 7 the lamp status byte (bit 7 = 1, bit 6 stable,
bit 2 gross, bit 1 tare, bit 0 zero point); bytes 9-16 the weight in ASCII with its point
(13.5 kg is `000013.5`; a minus sign leads a negative weight); byte 17 blank; bytes 18-19
the unit (`kg`, ` g`, `lb`); CR LF. ID and lamp bytes can be any value, even CR or LF, so
frames are found by length and fixed commas, never by line ends. The indicator streams on
its own: there is no command. 9600 8N1.
"""

from __future__ import annotations

import re

from packstation.devices.scale.codec import Codec, Display, fixed, parse_weight
from packstation.devices.scale.reading import Reading, ScaleState
from packstation.devices.scale.units import from_grams

NAME = "cas"
BAUDRATE, BYTESIZE, PARITY = 9600, 8, "none"
POLL = None
ZERO = None
TARE = None
HAS_STABILITY_FLAG = True

LENGTH = 22
WIDTH = 8
DECIMALS = {"kg": 3, "g": 1, "lb": 3, "oz": 2}
DEVICE_ID = b"1"

_HEADER = re.compile(rb"(?:ST|US|OL),")
_WEIGHT = re.compile(rb" *-? *[0-9]*\.?[0-9]+ *")


class Decoder:
    def __init__(self) -> None:
        self.buffer = b""

    def feed(self, chunk: bytes) -> list[Reading]:
        self.buffer += chunk
        readings: list[Reading] = []
        while match := _HEADER.search(self.buffer):
            start = match.start()
            if len(self.buffer) - start < LENGTH:
                self.buffer = self.buffer[start:]
                return readings
            frame = self.buffer[start : start + LENGTH]
            if _framed(frame):
                readings.append(_read(frame))
                self.buffer = self.buffer[start + LENGTH :]
            else:
                self.buffer = self.buffer[start + 1 :]
        self.buffer = self.buffer[-2:]  # a header may be cut after its first byte
        return readings


def _framed(frame: bytes) -> bool:
    return frame[5:6] == b"," and frame[8:9] == b"," and frame[20:] == b"\r\n"


def _read(frame: bytes) -> Reading:
    status, mode = frame[0:2], frame[3:5]
    if mode not in (b"GS", b"NT"):
        return Reading(ScaleState.ERROR, None, raw=frame)
    net = mode == b"NT"
    if status == b"OL":
        return Reading(ScaleState.OVERLOAD, None, net, frame)
    weight, unit = frame[9:17], frame[18:20]
    if not _WEIGHT.fullmatch(weight):
        return Reading(ScaleState.ERROR, None, net, frame)
    return parse_weight(weight, unit.decode("latin-1"), stable=status == b"ST", net=net, raw=frame)


def frame_for(display: Display) -> bytes:
    state = display.state
    decimals = DECIMALS[display.unit]
    number = fixed(from_grams(display.grams, display.unit, decimals), decimals, WIDTH, zeros=True)
    if state is ScaleState.OVERLOAD or len(number) > WIDTH:
        state, number = ScaleState.OVERLOAD, " " * WIDTH
    status = {ScaleState.STABLE: b"ST", ScaleState.OVERLOAD: b"OL"}.get(state, b"US")
    if state is ScaleState.UNDERLOAD:
        status = b"ST"
    lamp = 0x80 | (0x40 if status == b"ST" else 0) | (0x02 if display.net else 0x04)
    if display.grams == 0:
        lamp |= 0x01
    mode = b"NT" if display.net else b"GS"
    unit = f"{display.unit:>2}".encode()
    head = status + b"," + mode + b"," + DEVICE_ID + bytes((lamp,)) + b","
    return head + number.encode() + b" " + unit + b"\r\n"


def answer(command: bytes, display: Display) -> bytes:
    """The indicator takes no commands in this format."""
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
