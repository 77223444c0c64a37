"""The serial scanner driver against the pty simulator: real port, real bytes, real hang-ups."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from packstation.devices.scanner.framing import GS, PREFIX_MISSING, ScanFraming
from packstation.devices.scanner.serial_scanner import ScannerState, SerialScanner
from packstation.devices.scanner.simulator import ScannerSimulator
from packstation.devices.transport import SerialConfig
from packstation.domain.messages import Message

GUARD_S = 5.0  # failure guard only: every wait below normally ends in milliseconds


class Running:
    """A scanner thread with its scans, states and notes in queues."""

    def __init__(self, scanner: SerialScanner) -> None:
        self.scans: queue.Queue[str] = queue.Queue()
        self.states: queue.Queue[ScannerState] = queue.Queue()
        self.notes: queue.Queue[Message] = queue.Queue()
        self.stop = threading.Event()
        self.thread = threading.Thread(
            target=scanner.run,
            args=(self.scans.put, self.states.put, self.stop),
            kwargs={"on_note": self.notes.put},
        )
        self.thread.start()

    def state(self) -> ScannerState:
        return self.states.get(timeout=GUARD_S)

    def take(self, count: int) -> list[str]:
        return [self.scans.get(timeout=GUARD_S) for _ in range(count)]

    def close(self) -> None:
        self.stop.set()
        self.thread.join(GUARD_S)
        assert not self.thread.is_alive()


@pytest.fixture
def link(tmp_path: Path) -> Path:
    return tmp_path / "ttyScanner"


Start = Callable[..., tuple[ScannerSimulator, Running]]


@pytest.fixture
def start(link: Path) -> Iterator[Start]:
    """Start(framing, encoding=..., expect=...): a simulator and a scanner thread reading it."""
    opened: list[tuple[ScannerSimulator, Running]] = []

    def start(
        framing: ScanFraming, *, encoding: str = "utf-8", expect: ScanFraming | None = None
    ) -> tuple[ScannerSimulator, Running]:
        simulator = ScannerSimulator(framing, link=link, encoding=encoding)
        scanner = SerialScanner(
            expect or framing, SerialConfig(str(link)), idle_ms=40, retry_s=0.05
        )
        running = Running(scanner)
        opened.append((simulator, running))
        return simulator, running

    yield start
    for simulator, running in opened:
        running.close()
        simulator.close()


def test_scans_arrive_in_order_whatever_the_chunks(start: Start) -> None:
    simulator, running = start(ScanFraming())
    assert running.state() is ScannerState.CONNECTED
    codes = [f"49012345678{i:02d}" for i in range(8)]
    for seed, code in enumerate(codes):
        simulator.scan(code, chunks=4, seed=seed)
    assert running.take(len(codes)) == codes


def test_two_scans_back_to_back_are_both_delivered(start: Start) -> None:
    simulator, running = start(ScanFraming(suffix="\r\n"))
    assert running.state() is ScannerState.CONNECTED
    simulator.send(b"ORDER-1001\r\n4901234567894\r\n")
    assert running.take(2) == ["ORDER-1001", "4901234567894"]


def test_without_suffix_a_pause_ends_each_scan(start: Start) -> None:
    simulator, running = start(ScanFraming(suffix=""))
    assert running.state() is ScannerState.CONNECTED
    simulator.scan("4901234567894", chunks=3, seed=1)
    assert running.take(1) == ["4901234567894"]
    simulator.scan("ABC-9")
    assert running.take(1) == ["ABC-9"]


def test_gs1_datamatrix_through_a_gs_substitute(start: Start) -> None:
    simulator, running = start(ScanFraming(gs_substitute="~"))
    assert running.state() is ScannerState.CONNECTED
    code = "]d2010460123456789321abc" + GS + "91EE06" + GS + "92xyz"
    simulator.scan(code)
    assert running.take(1) == [code]


def test_japanese_qr_in_shift_jis(start: Start) -> None:
    simulator, running = start(ScanFraming(), encoding="cp932")
    assert running.state() is ScannerState.CONNECTED
    simulator.scan("ヤマト運輸 1234-5678-9012")
    assert running.take(1) == ["ヤマト運輸 1234-5678-9012"]


def test_notes_reach_the_caller(start: Start) -> None:
    simulator, running = start(ScanFraming(), expect=ScanFraming(prefix="#"))
    assert running.state() is ScannerState.CONNECTED
    simulator.scan("A-1")
    assert running.take(1) == ["A-1"]
    assert running.notes.get(timeout=GUARD_S) == PREFIX_MISSING(prefix="#")


def test_unplug_and_replug_resumes(start: Start) -> None:
    simulator, running = start(ScanFraming())
    assert running.state() is ScannerState.CONNECTED
    simulator.scan("BEFORE-1")
    assert running.take(1) == ["BEFORE-1"]
    simulator.unplug()
    assert running.state() is ScannerState.UNPLUGGED
    simulator.scan("LOST")  # an unplugged scanner sends nothing
    simulator.replug()
    assert running.state() is ScannerState.CONNECTED
    simulator.scan("AFTER-1")
    simulator.scan("AFTER-2")
    assert running.take(2) == ["AFTER-1", "AFTER-2"]
    assert running.states.empty()


def test_a_scanner_plugged_in_later_is_found(start: Start) -> None:
    simulator, running = start(ScanFraming())
    simulator.unplug()
    states = [running.state()]
    if states[0] is ScannerState.CONNECTED:  # it was quicker than the unplug
        states.append(running.state())
    assert states[-1] is ScannerState.UNPLUGGED
    simulator.replug()
    assert running.state() is ScannerState.CONNECTED
    simulator.scan("LATE-1")
    assert running.take(1) == ["LATE-1"]
