"""Fixtures: simulators on ptys and drivers on their own threads, all closed after the test."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from packstation.devices.scale.codec import Codec
from packstation.devices.scale.driver import ScaleDriver
from packstation.devices.scale.reading import Reading
from packstation.devices.scale.simulator import ScaleSimulator
from packstation.devices.transport import SerialConfig

GUARD = 5.0  # seconds: a failure guard, never a measurement


class Collector:
    """The readings a driver reported, and a way to wait for one."""

    def __init__(self) -> None:
        self.readings: list[Reading] = []
        self._changed = threading.Condition()

    def __call__(self, reading: Reading) -> None:
        with self._changed:
            self.readings.append(reading)
            self._changed.notify_all()

    def mark(self) -> int:
        with self._changed:
            return len(self.readings)

    def wait_for(self, wanted: Callable[[Reading], bool], since: int = 0) -> Reading:
        """The first reading from index `since` on that is `wanted`."""
        with self._changed:
            found: list[Reading] = []

            def seen() -> bool:
                found[:] = [r for r in self.readings[since:] if wanted(r)][:1]
                return bool(found)

            if not self._changed.wait_for(seen, timeout=GUARD):
                tail = self.readings[-5:]
                raise AssertionError(f"no wanted reading; the last ones were {tail}")
            return found[0]


@pytest.fixture
def simulator(tmp_path: Path) -> Iterator[Callable[..., ScaleSimulator]]:
    made: list[ScaleSimulator] = []

    def make(name: str, *, link: bool = False, **options: object) -> ScaleSimulator:
        where = tmp_path / f"scale-{len(made)}" if link else None
        made.append(ScaleSimulator(name, link=where, interval=0.02, **options))
        return made[-1]

    yield make
    for simulated in made:
        simulated.close()
        assert not simulated._thread.is_alive()


@pytest.fixture
def driven() -> Iterator[Callable[..., tuple[ScaleDriver, Collector]]]:
    """Start a driver's `run` on a thread; the fixture stops it and checks it ended."""
    running: list[tuple[threading.Event, threading.Thread]] = []

    def start(
        codec: Codec, port: str | SerialConfig, **settings: float
    ) -> tuple[ScaleDriver, Collector]:
        options = {
            "stable_ms": 100,
            "poll_interval": 0.02,
            "reconnect_interval": 0.05,
            "reply_timeout": 0.3,
        }
        options.update(settings)
        serial = port if isinstance(port, SerialConfig) else SerialConfig(port)
        driver = ScaleDriver(codec, serial, **options)
        collector = Collector()
        stop = threading.Event()
        thread = threading.Thread(target=driver.run, args=(collector, stop), daemon=True)
        thread.start()
        running.append((stop, thread))
        return driver, collector

    yield start
    for stop, thread in running:
        stop.set()
    for stop, thread in running:
        thread.join(timeout=1.0)
        assert not thread.is_alive(), "run() did not end after stop.set()"
