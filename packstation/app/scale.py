"""The station's scale: a driver from the settings, and what its readings mean at the bench.

`ScaleMonitor` turns the stream of readings into what the packer sees: the status bar's
state (with advice for a fault), the last stable weight for the "take weight" key, and one
automatic capture per parcel put on the scale. It also keeps what is on the platter apart
load by load (`Loads`): a weight taken for one parcel is never taken for another, so a parcel
left on the scale cannot pass as the next order's.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from packstation.app.device_settings import ScaleSettings
from packstation.app.device_status import CONNECTING, Device, DeviceStatus, Health
from packstation.devices.scale.driver import ScaleDriver
from packstation.devices.scale.reading import STATE_TEXT, Reading, ScaleState, state_advice
from packstation.devices.scale.registry import protocol
from packstation.devices.scale.stability import FOUND_AT_START, AutoCapture, Loads
from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.weights import show_grams

WEIGHT = QT_TRANSLATE_NOOP("Devices", "{weight} g")
SCALE_PROBLEM = QT_TRANSLATE_NOOP("Devices", "{state}: {advice}")
MOVING = QT_TRANSLATE_NOOP("Devices", "{weight} g, settling…")
NOT_STABLE = QT_TRANSLATE_NOOP(
    "Devices", "The scale has no stable weight: let the parcel settle, or enter it (Shift+F6)"
)
PUT_ON = QT_TRANSLATE_NOOP("Devices", "Put the parcel of order {number} on the scale.")
STILL_ON = QT_TRANSLATE_NOOP(
    "Devices",
    "TAKE THE PARCEL OFF THE SCALE: it is order {previous}'s. "
    "Then put the parcel of order {number} on it.",
)
FOUND_ON = QT_TRANSLATE_NOOP(
    "Devices",
    "TAKE THE PARCEL OFF THE SCALE: it was there before the bench started. "
    "Then put the parcel of order {number} on it.",
)
CLEARED = QT_TRANSLATE_NOOP(
    "Devices", "The scale is clear. Now put the parcel of order {number} on it."
)

_FAULTS = frozenset(
    {
        ScaleState.OVERLOAD,
        ScaleState.UNDERLOAD,
        ScaleState.NO_REPLY,
        ScaleState.UNPLUGGED,
        ScaleState.REFUSED,
        ScaleState.ERROR,
    }
)


def scale_driver(settings: ScaleSettings) -> ScaleDriver:
    options = {"pattern": settings.pattern} if settings.protocol == "line" else {}
    return ScaleDriver(
        protocol(settings.protocol, **options),
        settings.serial.config(settings.port),
        stable_ms=settings.stable_ms,
    )


def read_stable(settings: ScaleSettings, timeout: float) -> tuple[Decimal | None, Message | None]:
    """One stable weight from the scale, or why there is none: its state and what to do."""
    try:
        reading = scale_driver(settings).read_stable(timeout)
    except DomainError as error:
        return None, error.message
    if reading.state is ScaleState.STABLE and reading.grams is not None:
        return reading.grams, None
    state = reading.state
    advice = state_advice(state, settings.serial.config(settings.port))
    return None, SCALE_PROBLEM(state=STATE_TEXT[state](), advice=advice)


@dataclass(frozen=True, slots=True)
class Update:
    status: DeviceStatus | None  # None: the status bar says the same as before
    captured: Decimal | None = None
    emptied: bool = False  # what lay on the scale was taken off


class Refusal(Enum):
    NOT_STABLE = "not stable"
    EMPTY = "empty"  # nothing (or less than the minimum) on the scale
    OCCUPIED = "occupied"  # the load on the scale gave another parcel's weight


@dataclass(frozen=True, slots=True)
class Take:
    """The scale's weight for a parcel, or why there is none."""

    grams: Decimal | None
    refusal: Refusal | None = None
    message: Message | None = None


@dataclass(frozen=True, slots=True)
class _Owner:
    load: int
    shipment_id: int | None  # None: the load found on the scale at start
    label: str


class ScaleMonitor:
    """Fed on the scale's thread, asked for weights on the GUI thread: a lock keeps the two
    apart."""

    def __init__(self, settings: ScaleSettings) -> None:
        min_grams = Decimal(settings.min_grams)
        self.auto = (
            AutoCapture(min_grams, settings.capture_hold_ms) if settings.auto_capture else None
        )
        self.loads = Loads(min_grams, settings.tolerance().allowed)
        self.stable_weight: Decimal | None = None
        self._owner: _Owner | None = _Owner(FOUND_AT_START, None, "")
        self._shown: DeviceStatus | None = None
        self._serial = settings.serial.config(settings.port)
        self._lock = threading.Lock()

    def connecting(self) -> DeviceStatus:
        return DeviceStatus(Device.SCALE, Health.BUSY, CONNECTING())

    def feed(self, reading: Reading, now: float) -> Update:
        stable = reading.state is ScaleState.STABLE and reading.grams is not None
        with self._lock:
            loaded = self.loads.current is not None
            if self.loads.feed(reading) and self.auto is not None:
                self.auto.rearm()
            emptied = loaded and self.loads.current is None
            self.stable_weight = reading.grams if stable else None
        captured = self.auto.feed(reading, now) if self.auto is not None else None
        status = self._status(reading)
        if status == self._shown:
            return Update(None, captured, emptied)
        self._shown = status
        return Update(status, captured, emptied)

    def take(self, shipment_id: int, label: str) -> Take:
        """The stable weight on the scale for this parcel, unless what lies there gave another
        parcel's weight: then it must be taken off (or changed) first. A weight taken belongs
        to its parcel: taking it again for the same parcel (a re-weigh) is fine."""
        with self._lock:
            grams, load, owner = self.stable_weight, self.loads.current, self._owner
            if load is None:
                return Take(None, Refusal.EMPTY, PUT_ON(number=label))
            if grams is None:
                return Take(None, Refusal.NOT_STABLE, NOT_STABLE())
            if owner is not None and owner.load == load and owner.shipment_id != shipment_id:
                message = (
                    STILL_ON(previous=owner.label, number=label)
                    if owner.shipment_id is not None
                    else FOUND_ON(number=label)
                )
                return Take(None, Refusal.OCCUPIED, message)
            self._owner = _Owner(load, shipment_id, label)
            return Take(grams)

    def claim(self, shipment_id: int, label: str) -> None:
        """A weight was typed for this parcel: what lies on the scale now counts as it, unless
        it already belongs to another parcel."""
        with self._lock:
            load, owner = self.loads.current, self._owner
            if load is not None and (owner is None or owner.load != load):
                self._owner = _Owner(load, shipment_id, label)

    def _status(self, reading: Reading) -> DeviceStatus:
        state = reading.state
        if state in _FAULTS:
            advice = state_advice(state, self._serial)
            return DeviceStatus(Device.SCALE, Health.FAULT, STATE_TEXT[state](), advice)
        weight = show_grams(reading.grams) if reading.grams is not None else "…"
        if state is ScaleState.STABLE:
            return DeviceStatus(Device.SCALE, Health.READY, WEIGHT(weight=weight))
        return DeviceStatus(Device.SCALE, Health.BUSY, MOVING(weight=weight))
