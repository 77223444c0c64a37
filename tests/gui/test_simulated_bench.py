"""The demo's simulated bench: real protocols behind the docked controls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from packstation.app import settings as settings_store
from packstation.app.device_status import Device, Health
from packstation.app.packing import Level
from packstation.app.simulation import SimulatedBench
from packstation.gui.simulator_panel import SimulatorPanel
from tests.builders import TEA, rakuten
from tests.gui.conftest import scanner_burst
from tests.gui.test_main_window import NUMBER, wait_banner


@pytest.fixture
def simulated(tmp_path: Path, settings_path: Path) -> Iterator[SimulatedBench]:
    bench = SimulatedBench(tmp_path / "simulated")
    settings_store.save(bench.apply(settings_store.load(settings_path)), settings_path)
    yield bench
    bench.close()


def test_put_the_parcel_on_and_print_a_test_label(qtbot, open_bench, simulated) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 2)))
    window = bench.window
    panel = SimulatorPanel(simulated, window.pack_view, window)
    simulated.on_job = panel.relay
    statuses = window.devices.bar.statuses
    qtbot.waitUntil(
        lambda: all(statuses[d].health is Health.READY for d in (Device.SCALE, Device.LABEL)),
        timeout=5000,
    )
    scanner_burst(window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    scanner_burst(window, TEA)
    qtbot.wait(350)
    scanner_burst(window, TEA)
    wait_banner(qtbot, bench, Level.PROMPT, "scale")
    panel.findChild(QPushButton, "putParcel").click()
    wait_banner(qtbot, bench, Level.DONE, "as expected")
    window.findChild(QAction, "testLabel").trigger()
    qtbot.waitUntil(
        lambda: panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull(),
        timeout=5000,
    )
    assert "Label printer" in panel.caption.text()
    assert list((simulated.out_dir / "labels").glob("job-0001*.png"))
