"""What a scale reports: a state, a weight in grams, and the bytes it came from."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from packstation.devices.transport import SerialConfig
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message, Text


class ScaleState(Enum):
    STABLE = "stable"
    MOTION = "motion"
    OVERLOAD = "overload"
    UNDERLOAD = "underload"  # under zero: a negative weight
    NO_REPLY = "no-reply"
    UNPLUGGED = "unplugged"
    REFUSED = "refused"  # the port is there but does not take the serial settings
    ERROR = "error"


@dataclass(frozen=True)
class Reading:
    state: ScaleState
    grams: Decimal | None
    net: bool = False
    raw: bytes = b""


def weighed(grams: Decimal, *, stable: bool, net: bool = False, raw: bytes = b"") -> Reading:
    """A weight read off a frame: a negative weight is UNDERLOAD, whatever the stability."""
    if grams < 0:
        state = ScaleState.UNDERLOAD
    else:
        state = ScaleState.STABLE if stable else ScaleState.MOTION
    return Reading(state, grams, net, raw)


STATE_TEXT: dict[ScaleState, Text] = {
    ScaleState.STABLE: QT_TRANSLATE_NOOP("Scale", "Stable"),
    ScaleState.MOTION: QT_TRANSLATE_NOOP("Scale", "Moving"),
    ScaleState.OVERLOAD: QT_TRANSLATE_NOOP("Scale", "Overload"),
    ScaleState.UNDERLOAD: QT_TRANSLATE_NOOP("Scale", "Under zero"),
    ScaleState.NO_REPLY: QT_TRANSLATE_NOOP("Scale", "No reply"),
    ScaleState.UNPLUGGED: QT_TRANSLATE_NOOP("Scale", "Not connected"),
    ScaleState.REFUSED: QT_TRANSLATE_NOOP("Scale", "Serial settings refused"),
    ScaleState.ERROR: QT_TRANSLATE_NOOP("Scale", "Scale error"),
}

# What to do about each state but STABLE and REFUSED (`state_advice` says that one).
STATE_ADVICE: dict[ScaleState, Text] = {
    ScaleState.MOTION: QT_TRANSLATE_NOOP(
        "Scale", "Keep the parcel still and wait until the weight settles."
    ),
    ScaleState.OVERLOAD: QT_TRANSLATE_NOOP(
        "Scale", "Take the weight off the scale: it is over capacity."
    ),
    ScaleState.UNDERLOAD: QT_TRANSLATE_NOOP(
        "Scale",
        "The scale reads below zero: empty the platter, then zero the scale.",
    ),
    ScaleState.NO_REPLY: QT_TRANSLATE_NOOP(
        "Scale",
        "The scale does not answer: check that it is switched on, the cable, "
        "and the protocol and baud rate in the device settings.",
    ),
    ScaleState.UNPLUGGED: QT_TRANSLATE_NOOP(
        "Scale",
        "The scale's port is not there: plug the cable in and check the port in the device "
        "settings.",
    ),
    ScaleState.ERROR: QT_TRANSLATE_NOOP(
        "Scale",
        "The scale sends data this protocol does not understand, or reports a fault: check "
        "the protocol, baud rate, data bits and parity in the device settings, then restart "
        "the scale.",
    ),
}

REFUSED_ADVICE = QT_TRANSLATE_NOOP(
    "Scale",
    "The port {port} is there but does not take {framing}. Set the scale and the device "
    "settings to the same settings the port takes (every port takes 8 data bits, no parity), "
    "or connect the scale through a serial adapter that takes {framing}.",
)
FRAMING = QT_TRANSLATE_NOOP(
    "Scale", "{baudrate} baud, {bytesize} data bits, parity {parity}, stop bits {stopbits}"
)
# The device dialog's words for the parity settings.
PARITY_NAMES: dict[str, Text] = {
    "none": QT_TRANSLATE_NOOP("SerialFields", "none"),
    "even": QT_TRANSLATE_NOOP("SerialFields", "even"),
    "odd": QT_TRANSLATE_NOOP("SerialFields", "odd"),
}


def state_advice(state: ScaleState, serial: SerialConfig) -> Message:
    """What to do about a state but STABLE; a refused port is told its settings."""
    if state is ScaleState.REFUSED:
        return REFUSED_ADVICE(port=serial.port, framing=framing(serial))
    return STATE_ADVICE[state]()


def framing(serial: SerialConfig) -> Message:
    return FRAMING(
        baudrate=serial.baudrate,
        bytesize=serial.bytesize,
        parity=PARITY_NAMES[serial.parity](),
        stopbits=serial.stopbits,
    )
