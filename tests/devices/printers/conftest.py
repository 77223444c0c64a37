"""Printers for the connection, simulator and job tests: on loopback TCP and on a pty."""

from __future__ import annotations

import os
import select
import threading
import tty
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from packstation.devices.printers.simulation import DecodedJob, SimDecoder
from packstation.devices.printers.simulator import PrinterSimulator, decoder_for
from packstation.devices.printers.status import PrinterStatus

StartSimulator = Callable[..., PrinterSimulator]


def receipt(*lines: str) -> bytes:
    """An ESC/POS job: initialise, the lines in ASCII, feed and cut (Epson `GS V 66 0`)."""
    body = b"".join(line.encode("ascii") + b"\n" for line in lines)
    return b"\x1b@" + body + b"\x1bd\x03" + b"\x1dVB\x00"


@pytest.fixture(autouse=True)
def _no_thread_left_running() -> Iterator[None]:
    """Every simulator, pty printer and console a test starts is stopped by its end."""
    before = set(threading.enumerate())
    yield
    left = [thread.name for thread in set(threading.enumerate()) - before if thread.is_alive()]
    assert not left, f"threads left running: {left}"


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    return tmp_path / "printed"


@pytest.fixture
def start_simulator(out_dir: Path) -> Iterator[StartSimulator]:
    """Start simulators on free loopback ports; all are closed after the test."""
    started: list[PrinterSimulator] = []

    def start(protocol: str = "escpos", **options: object) -> PrinterSimulator:
        options.setdefault("out_dir", out_dir)
        simulator = PrinterSimulator(protocol, **options)  # type: ignore[arg-type]
        started.append(simulator)
        return simulator

    yield start
    for simulator in started:
        simulator.close()


@pytest.fixture
def simulator(start_simulator: StartSimulator) -> PrinterSimulator:
    return start_simulator("escpos")


class PtyPrinter:
    """An ESC/POS printer on the far end of a pseudo-terminal, as on a serial cable."""

    def __init__(self) -> None:
        self._master, self._slave = os.openpty()
        tty.setraw(self._master)
        self.port = os.ttyname(self._slave)
        self.status = PrinterStatus()
        self.received = bytearray()
        self._decoder: SimDecoder = decoder_for("escpos", 203)
        self._jobs: list[DecodedJob] = []
        self._changed = threading.Condition()
        self._stop_r, self._stop_w = os.pipe()
        self._thread = threading.Thread(target=self._serve, name="pty-printer", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            ready = select.select([self._master, self._stop_r], [], [])[0]
            if self._stop_r in ready:
                return
            data = os.read(self._master, 4096)
            reply = self._decoder.feed(data, self.status)
            if reply:
                os.write(self._master, reply)
            with self._changed:
                self.received += data
                self._jobs += self._decoder.take_jobs()
                self._changed.notify_all()

    def wait_for_jobs(self, n: int, timeout: float) -> list[DecodedJob]:
        with self._changed:
            if not self._changed.wait_for(lambda: len(self._jobs) >= n, timeout):
                raise TimeoutError(f"{len(self._jobs)} of {n} jobs")
            return list(self._jobs)

    def close(self) -> None:
        os.write(self._stop_w, b"x")
        self._thread.join()
        for fd in (self._master, self._slave, self._stop_r, self._stop_w):
            os.close(fd)


@pytest.fixture
def pty_printer() -> Iterator[PtyPrinter]:
    printer = PtyPrinter()
    yield printer
    printer.close()
