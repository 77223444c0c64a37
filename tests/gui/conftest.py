from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from packstation.app import settings as settings_store
from packstation.app.intake import Intake
from packstation.app.services import Services
from packstation.app.settings import Settings
from packstation.app.simulation import SimulatedBench
from packstation.app.workers import Worker
from packstation.domain.model import IncomingOrder
from packstation.gui.app import build_window, close_bench
from packstation.gui.main_window import MainWindow
from packstation.gui.scanner_filter import ScannerFilter
from packstation.i18n import install
from tests.builders import load_products

SCAN_GAP_MS = 6  # a wedge scanner types a key every few milliseconds
TYPING_GAP_MS = 150  # a fast person


@dataclass
class Bench:
    window: MainWindow
    worker: Worker
    scanner: ScannerFilter
    services: Services
    closed: bool = False

    def close(self) -> None:
        """Once: a test that closed its bench to open another has it closed again by the
        fixture, and the window is deleted by then."""
        if self.closed:
            return
        self.closed = True
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        close_bench(self.window, self.worker, self.scanner, app)
        self.services.close()
        self.window.deleteLater()


def scanner_burst(
    window: MainWindow, code: str, gap_ms: int = SCAN_GAP_MS, suffix: Qt.Key = Qt.Key.Key_Return
) -> None:
    """Type a code into the window the way a keyboard-wedge scanner does: fast, ending in Enter.
    The GS separator goes as Ctrl+], as scanners in keyboard mode send it."""
    target = window.windowHandle()
    for char in code:
        if char == "\x1d":
            QTest.keyClick(target, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
        else:
            QTest.keyClick(target, char)
        QTest.qWait(gap_ms)
    QTest.keyClick(target, suffix)


def type_slowly(window: MainWindow, text: str) -> list[float]:
    """Types `text` a key every TYPING_GAP_MS; the gaps between the keys as they came out, in
    ms (a loaded machine stretches them)."""
    target = window.windowHandle()
    times = []
    for char in text:
        times.append(time.monotonic())
        QTest.keyClick(target, char)
        QTest.qWait(TYPING_GAP_MS)
    return [(later - earlier) * 1000 for earlier, later in itertools.pairwise(times)]


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A GUI test leaves no window of its own alive: a window still there (closed or not)
    would hold its timers, threads and database connections into the tests after it. Pytest
    holds the test's fixtures until after this check, so a window is gone only once deleted
    (deleteLater, or qtbot.addWidget, which closes and deletes it)."""
    before = set(qapp.topLevelWidgets())
    yield
    gc.collect()  # what Python no longer reaches, kept by reference cycles only
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [widget for widget in qapp.topLevelWidgets() if widget not in before]
    roots = [widget for widget in leaked if not set(_owners(widget)) & set(leaked)]
    names = sorted(f"{type(widget).__name__} {widget.windowTitle()!r}" for widget in roots)
    for widget in roots:  # not into the next test
        widget.close()
        widget.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not names, f"windows left alive: {names}"


def _owners(widget: QWidget) -> Iterator[QWidget]:
    """The widgets `widget` is deleted with: its parent, theirs, and so on."""
    while (parent := widget.parentWidget()) is not None:
        yield parent
        widget = parent


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    path = tmp_path / "gui-settings.json"
    settings_store.save(
        Settings(station_name="bench-1", operator="aiko", sounds=False, scanner_max_gap_ms=60), path
    )
    return path


@pytest.fixture
def open_bench(qtbot, db_url: str, settings_path: Path) -> Iterator[Callable[..., Bench]]:  # type: ignore[no-untyped-def]
    benches: list[Bench] = []

    def start(*orders: IncomingOrder) -> Bench:
        services = Services.open(db_url, settings_path)
        if orders:
            load_products(services.db)
            Intake(services.db, services.station, services.settings).store_orders(
                list(orders), "test"
            )
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install("en")  # as the app does at start: English with its singular forms
        window, worker, scanner = build_window(services, app)
        bench = Bench(window, worker, scanner, services)
        benches.append(bench)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: worker.pending == 0)
        return bench

    yield start
    for bench in benches:
        bench.close()


@pytest.fixture
def simulated(tmp_path: Path, settings_path: Path) -> Iterator[SimulatedBench]:
    """A simulated scale and printers, set up in the station's settings."""
    bench = SimulatedBench(tmp_path / "simulated")
    settings_store.save(bench.apply(settings_store.load(settings_path)), settings_path)
    yield bench
    bench.close()
