"""The scale's driver: one thread opens the port, polls or listens, and reports readings.

Plain blocking Python. One thread at a time owns the driver (`run`, `read_stable`); a
second thread entering raises. `zero()` and `tare()` may be called from any thread: the
owning loop sends them at its next turn.

Latency: the loop reads whatever has arrived as soon as one byte is there
(`read(in_waiting or 1)` with a short timeout), so a frame is decoded and reported as soon
as its last byte is in, never after a full timeout.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import serial

from packstation.devices.scale.codec import Codec
from packstation.devices.scale.reading import Reading, ScaleState
from packstation.devices.scale.stability import StabilityFilter
from packstation.devices.transport import LINE_ERRORS, FramingRefused, SerialConfig, open_serial

READ_TIMEOUT = 0.05  # the longest a read blocks: bounds how late a poll goes out or a stop is seen

OnReading = Callable[[Reading], None]


class ScaleDriver:
    def __init__(
        self,
        codec: Codec,
        serial: SerialConfig,
        *,
        stable_ms: float = 600,
        poll_interval: float = 0.1,
        reconnect_interval: float = 1.0,
        reply_timeout: float = 1.0,
    ) -> None:
        self.codec = codec
        self.serial = serial
        self.stable_ms = stable_ms
        self.poll_interval = poll_interval
        self.reconnect_interval = reconnect_interval
        self.reply_timeout = reply_timeout  # no byte for this long: NO_REPLY
        self._requests: deque[bytes] = deque()
        self._lock = threading.Lock()
        self._owner: threading.Thread | None = None

    def zero(self) -> bool:
        """Ask the loop to zero the scale; False when the protocol has no zero command."""
        return self._request(self.codec.zero)

    def tare(self) -> bool:
        """Ask the loop to tare the scale; False when the protocol has no tare command."""
        return self._request(self.codec.tare)

    def run(self, on_reading: OnReading, stop: threading.Event) -> None:
        """Report readings until `stop` is set, reconnecting after the port goes away or
        while it refuses the settings."""
        with self._owned():
            reported: ScaleState | None = None  # the failure told since the port was last open
            while not stop.is_set():
                try:
                    port = open_serial(self.serial)
                except FramingRefused:
                    port, failure = None, ScaleState.REFUSED
                except (*LINE_ERRORS, ValueError):
                    port, failure = None, ScaleState.UNPLUGGED
                else:
                    failure = ScaleState.UNPLUGGED  # should the session end: the port went away
                if port is not None:
                    reported = None
                    try:
                        self._session(port, on_reading, stop, deadline=None)
                    except LINE_ERRORS:
                        pass
                    finally:
                        _close(port)
                if stop.is_set():
                    break
                if failure is not reported:
                    reported = failure
                    on_reading(Reading(failure, None))
                stop.wait(self.reconnect_interval)

    def read_stable(self, timeout: float) -> Reading:
        """The first STABLE reading within `timeout` seconds, else the last state seen
        (NO_REPLY when nothing came, UNPLUGGED when the port is not there, REFUSED when it
        does not take the serial settings)."""
        with self._owned():
            last = Reading(ScaleState.NO_REPLY, None)
            done = threading.Event()

            def keep(reading: Reading) -> None:
                nonlocal last
                last = reading
                if reading.state is ScaleState.STABLE:
                    done.set()

            try:
                port = open_serial(self.serial)
            except FramingRefused:
                return Reading(ScaleState.REFUSED, None)
            except (*LINE_ERRORS, ValueError):
                return Reading(ScaleState.UNPLUGGED, None)
            try:
                self._session(port, keep, done, deadline=time.monotonic() + timeout)
            except LINE_ERRORS:
                return Reading(ScaleState.UNPLUGGED, None)
            finally:
                _close(port)
            return last

    def _session(
        self,
        port: serial.SerialBase,
        emit: OnReading,
        stop: threading.Event,
        deadline: float | None,
    ) -> None:
        """Talk to an open port until `stop`, the deadline, or an OSError from the port."""
        codec = self.codec
        port.timeout = min(READ_TIMEOUT, self.poll_interval / 2)
        decoder = codec.new_decoder()
        inferred = None if codec.has_stability_flag else StabilityFilter(self.stable_ms)
        now = time.monotonic()
        heard = now  # last byte received (or the port opened)
        asked: float | None = None  # a poll went out and nothing came back yet
        next_poll = now
        silent = False
        while not stop.is_set() and (deadline is None or now < deadline):
            for command in self._take_requests():
                port.write(command)
            if codec.poll is not None and now >= next_poll:
                if asked is None or now - asked >= self.reply_timeout:
                    port.write(codec.poll)
                    asked = now
                next_poll = now + self.poll_interval
            data = port.read(port.in_waiting or 1)
            now = time.monotonic()
            if data:
                heard, asked, silent = now, None, False
                for reading in decoder.feed(data):
                    emit(inferred.feed(reading, now) if inferred is not None else reading)
            elif not silent and now - heard >= self.reply_timeout:
                silent = True
                if inferred is not None:
                    inferred.reset()
                emit(Reading(ScaleState.NO_REPLY, None))

    def _request(self, command: bytes | None) -> bool:
        if command is None:
            return False
        with self._lock:
            self._requests.append(command)
        return True

    def _take_requests(self) -> list[bytes]:
        with self._lock:
            commands = list(self._requests)
            self._requests.clear()
        return commands

    @contextmanager
    def _owned(self) -> Iterator[None]:
        current = threading.current_thread()
        with self._lock:
            if self._owner is not None and self._owner is not current:
                raise RuntimeError(
                    f"ScaleDriver is owned by thread {self._owner.name}, not {current.name}"
                )
            self._owner = current
        try:
            yield
        finally:
            with self._lock:
                self._owner = None


def _close(port: serial.SerialBase) -> None:
    try:
        port.close()
    except LINE_ERRORS:
        pass
