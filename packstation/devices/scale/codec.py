"""The shape every scale protocol shares: serial defaults, commands, a decoder, frame builders.

A `Codec` is data plus pure functions. The driver uses the commands and a fresh decoder per
connection; the simulator uses the frame builders and `answer` to play the scale's side of
the same protocol, so every frame the simulator sends is one the decoder was written for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Protocol

from packstation.devices.scale.reading import Reading, ScaleState, weighed
from packstation.devices.scale.units import UnknownUnit, to_grams
from packstation.devices.transport import SerialConfig
from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP

UNKNOWN_PROTOCOL = QT_TRANSLATE_NOOP(
    "Scale", "Unknown scale protocol {name}: choose one of {names}."
)
BAD_PATTERN = QT_TRANSLATE_NOOP(
    "Scale",
    "The scale's line pattern is not usable: {reason}. Write a regular expression with a "
    "(?P<weight>...) group, and optionally (?P<unit>...), (?P<stable>...), (?P<sign>...).",
)
BAD_OPTION = QT_TRANSLATE_NOOP("Scale", "The scale setting {option} cannot be {value}.")


class ProtocolSetupError(DomainError):
    """A protocol name or option the settings cannot use."""


class Decoder(Protocol):
    def feed(self, chunk: bytes) -> list[Reading]:
        """Readings for every frame completed by `chunk`; never raises on any bytes."""
        ...


@dataclass(frozen=True)
class Display:
    """What a (simulated) scale shows: the input of the frame builders.

    `grams` is negative for UNDERLOAD; builders of protocols that carry a value send it.
    """

    state: ScaleState
    grams: Decimal = Decimal(0)
    net: bool = False
    unit: str = "g"


@dataclass(frozen=True)
class Codec:
    name: str
    baudrate: int
    bytesize: int
    parity: str  # "none", "even", "odd" as in SerialConfig
    poll: bytes | None  # sent periodically; None: the scale streams on its own
    zero: bytes | None
    tare: bytes | None
    has_stability_flag: bool  # False: the driver infers stability (StabilityFilter)
    new_decoder: Callable[[], Decoder]
    frame_for: Callable[[Display], bytes]  # the weight frame the scale sends
    answer: Callable[[bytes, Display], bytes]  # the scale's reply to a command
    command_end: bytes  # what ends a command; b"": every byte is a command

    def serial_config(self, port: str) -> SerialConfig:
        return SerialConfig(port, self.baudrate, self.bytesize, self.parity)


MAX_FRAME = 256  # bytes without a frame end: the stream is not this protocol


class LineSplitter:
    """Frames ending in `end`; too long a run without one is dropped as an ERROR reading."""

    def __init__(self, end: bytes, limit: int = MAX_FRAME) -> None:
        self.end = end
        self.limit = limit
        self.buffer = b""

    def feed(self, chunk: bytes) -> tuple[list[bytes], list[Reading]]:
        self.buffer += chunk
        frames: list[bytes] = []
        errors: list[Reading] = []
        while True:
            end = self.buffer.find(self.end)
            if end < 0:
                break
            frames.append(self.buffer[:end])
            self.buffer = self.buffer[end + len(self.end) :]
        if len(self.buffer) > self.limit:
            errors.append(Reading(ScaleState.ERROR, None, raw=self.buffer[: self.limit]))
            self.buffer = b""
        return frames, errors


def parse_weight(
    value: bytes | str, unit: str, *, stable: bool, net: bool = False, raw: bytes = b""
) -> Reading:
    """A Reading from a number and a unit as a frame spells them; ERROR if either is bad."""
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    try:
        number = Decimal(text.replace(" ", "").replace(",", "."))
        if not number.is_finite():
            raise InvalidOperation(text)
        grams = to_grams(number, unit)
    except (InvalidOperation, UnknownUnit):
        return Reading(ScaleState.ERROR, None, raw=raw)
    return weighed(grams, stable=stable, net=net, raw=raw)


def fixed(value: Decimal, decimals: int, width: int = 0, zeros: bool = False) -> str:
    """A number as a frame field: `decimals` after the point, right-aligned in `width`."""
    fill = "0" if zeros else ""
    return f"{value:{fill}{width}.{decimals}f}"
