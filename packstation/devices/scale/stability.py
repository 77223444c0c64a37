"""Deciding when a weight is settled, and taking one weight per parcel.

Both are pure: the caller passes the time (`now`, seconds on a monotonic clock), so tests
drive them with made-up clocks and the driver with `time.monotonic()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from packstation.devices.scale.reading import Reading, ScaleState

_WEIGHTS = (ScaleState.STABLE, ScaleState.MOTION)


class StabilityFilter:
    """For scales without a stability flag: a weight is STABLE once consecutive readings
    have stayed within `resolution_g` of the first of them for `window_ms`; MOTION before.
    Any other state passes through and starts the count again."""

    def __init__(self, window_ms: float, resolution_g: Decimal = Decimal(0)) -> None:
        self.window = window_ms / 1000
        self.resolution = resolution_g
        self._grams: Decimal | None = None
        self._since = 0.0

    def reset(self) -> None:
        self._grams = None

    def feed(self, reading: Reading, now: float) -> Reading:
        if reading.state not in _WEIGHTS or reading.grams is None:
            self.reset()
            return reading
        if self._grams is None or abs(reading.grams - self._grams) > self.resolution:
            self._grams = reading.grams
            self._since = now
        settled = now - self._since >= self.window
        return replace(reading, state=ScaleState.STABLE if settled else ScaleState.MOTION)


class AutoCapture:
    """One weight per parcel: `feed` returns the weight once, when readings have stayed
    STABLE at the same weight of at least `min_grams` for `hold_ms`. It takes another only
    after a reading below `min_grams` (the parcel was taken off)."""

    def __init__(self, min_grams: Decimal, hold_ms: float) -> None:
        self.min_grams = min_grams
        self.hold = hold_ms / 1000
        self.armed = True
        self._grams: Decimal | None = None
        self._since = 0.0

    def rearm(self) -> None:
        """Another parcel is on the scale although it never read empty: take its weight too."""
        self.armed = True
        self._grams = None

    def feed(self, reading: Reading, now: float) -> Decimal | None:
        grams = reading.grams
        below = grams is not None and grams < self.min_grams
        if below or reading.state is ScaleState.UNDERLOAD:
            self.armed = True
            self._grams = None
            return None
        if not self.armed or reading.state is not ScaleState.STABLE or grams is None:
            self._grams = None
            return None
        if grams != self._grams:
            self._grams = grams
            self._since = now
        if now - self._since >= self.hold:
            self.armed = False
            self._grams = None
            return grams
        return None


# The load found on the platter when the readings start: nobody knows which parcel it is.
FOUND_AT_START = 0


class Loads:
    """What lies on the platter, told apart load by load, so that one reading never serves two
    parcels.

    A new load begins with the first stable weight of at least `min_grams` after the platter
    was empty (a reading below `min_grams`, or under zero), or when a stable weight differs
    from the load's first stable weight by more than `change(grams)`: a difference the weight
    check could not tell from the same parcel being touched is the same load. Loads are
    numbered from 1; whatever is on the platter before it is first seen empty is load
    `FOUND_AT_START`. No reply, an unplugged port or motion change nothing: a parcel left on
    the scale while it was away is the same load when it comes back."""

    def __init__(self, min_grams: Decimal, change: Callable[[Decimal], Decimal]) -> None:
        self.min_grams = min_grams
        self.change = change
        self.current: int | None = FOUND_AT_START  # None: the platter is empty
        self._count = FOUND_AT_START
        self._grams: Decimal | None = None  # the current load's first stable weight

    def feed(self, reading: Reading) -> bool:
        """Take a reading; True when it begins a new load."""
        grams = reading.grams
        if reading.state is ScaleState.UNDERLOAD or (grams is not None and grams < self.min_grams):
            self.current, self._grams = None, None
            return False
        if reading.state is not ScaleState.STABLE or grams is None:
            return False
        if self.current is not None and (
            self._grams is None or abs(grams - self._grams) <= self.change(self._grams)
        ):
            self._grams = self._grams if self._grams is not None else grams
            return False
        self._count += 1
        self.current, self._grams = self._count, grams
        return True
