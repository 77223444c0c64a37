"""The station's scale: a driver from the settings, and what its readings mean at the bench.

`ScaleMonitor` turns the stream of readings into what the packer sees: the status bar's
state (with advice for a fault), the last stable weight for the "take weight" key, and one
automatic capture per parcel put on the scale.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from packstation.app.device_settings import ScaleSettings
from packstation.app.device_status import CONNECTING, Device, DeviceStatus, Health
from packstation.devices.scale.driver import ScaleDriver
from packstation.devices.scale.reading import STATE_ADVICE, STATE_TEXT, Reading, ScaleState
from packstation.devices.scale.registry import protocol
from packstation.devices.scale.stability import AutoCapture
from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.weights import show_grams

WEIGHT = QT_TRANSLATE_NOOP("Devices", "{weight} g")
SCALE_PROBLEM = QT_TRANSLATE_NOOP("Devices", "{state}: {advice}")
MOVING = QT_TRANSLATE_NOOP("Devices", "{weight} g, settling…")

_FAULTS = frozenset(
    {
        ScaleState.OVERLOAD,
        ScaleState.UNDERLOAD,
        ScaleState.NO_REPLY,
        ScaleState.UNPLUGGED,
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
    return None, SCALE_PROBLEM(state=STATE_TEXT[state](), advice=STATE_ADVICE[state]())


@dataclass(frozen=True, slots=True)
class Update:
    status: DeviceStatus | None  # None: the status bar says the same as before
    captured: Decimal | None = None


class ScaleMonitor:
    def __init__(self, settings: ScaleSettings) -> None:
        self.auto = (
            AutoCapture(Decimal(settings.min_grams), settings.capture_hold_ms)
            if settings.auto_capture
            else None
        )
        self.stable_weight: Decimal | None = None
        self._shown: DeviceStatus | None = None

    def connecting(self) -> DeviceStatus:
        return DeviceStatus(Device.SCALE, Health.BUSY, CONNECTING())

    def feed(self, reading: Reading, now: float) -> Update:
        stable = reading.state is ScaleState.STABLE and reading.grams is not None
        self.stable_weight = reading.grams if stable else None
        captured = self.auto.feed(reading, now) if self.auto is not None else None
        status = self._status(reading)
        if status == self._shown:
            return Update(None, captured)
        self._shown = status
        return Update(status, captured)

    @staticmethod
    def _status(reading: Reading) -> DeviceStatus:
        state = reading.state
        if state in _FAULTS:
            return DeviceStatus(
                Device.SCALE, Health.FAULT, STATE_TEXT[state](), STATE_ADVICE[state]()
            )
        weight = show_grams(reading.grams) if reading.grams is not None else "…"
        if state is ScaleState.STABLE:
            return DeviceStatus(Device.SCALE, Health.READY, WEIGHT(weight=weight))
        return DeviceStatus(Device.SCALE, Health.BUSY, MOVING(weight=weight))
