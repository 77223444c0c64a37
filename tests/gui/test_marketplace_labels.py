"""Ozon's label, made a minute after the parcel left the bench, is printed by itself on the
station that packed it (on the label printer's thread), once: against the ZPL printer
simulator on a loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from packstation.app import settings as settings_store
from packstation.app.device_settings import PrinterSettings
from packstation.app.packing import Level, PackingService
from packstation.devices.printers.simulator import PrinterSimulator
from packstation.store import labels as labels_store
from tests.app.test_ozon_reports import LABEL_PDF, POSTING
from tests.builders import TEA, ozon


@pytest.fixture
def label_printer(tmp_path: Path, settings_path: Path) -> Iterator[PrinterSimulator]:
    with PrinterSimulator("zpl", out_dir=tmp_path / "printed") as simulator:
        settings = settings_store.load(settings_path)
        settings.label_printer = PrinterSettings(
            enabled=True, language="zpl", address=f"127.0.0.1:{simulator.port}"
        )
        settings_store.save(settings, settings_path)
        yield simulator


def test_ozon_s_label_prints_by_itself_once_on_the_station_that_packed(qtbot, open_bench, label_printer) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(ozon(POSTING, ("TEA", 1)))
    services = bench.services
    packing = PackingService(services.db, services.station, services.settings)
    packing.scan(POSTING, 0)
    assert packing.scan(TEA, 1000).level is Level.DONE  # FBS: packed, Ozon's label to come
    assert services.labels_to_print() == []  # no label yet
    with services.db.engine.begin() as connection:
        labels_store.keep(connection, 1, LABEL_PDF, datetime.now(UTC))
    assert services.labels_to_print() == [1]
    runner = bench.window.outbox
    qtbot.waitUntil(lambda: not runner.worker.pending, timeout=5000)  # the start's run is done
    runner.send_now()
    qtbot.waitUntil(lambda: len(label_printer.jobs) == 1, timeout=10000)  # the GUI runs on
    [job] = label_printer.jobs
    assert job.complete and job.images[0].size == (800, 1200)  # fitted to the 100 × 150 label
    qtbot.waitUntil(lambda: services.labels_to_print() == [], timeout=5000)
    qtbot.waitUntil(lambda: not runner.worker.pending, timeout=5000)
    runner.send_now()
    qtbot.wait(500)
    assert len(label_printer.jobs) == 1
