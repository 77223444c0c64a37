"""The audit trail dialog: Orders ▸ Audit trail…, searched on the worker as the typing
pauses, a scan searches too, the export writes the CSV."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from packstation.app.packing import PackingService
from packstation.domain.audit import EventKind
from packstation.gui import texts
from packstation.gui.audit_dialog import AuditDialog
from tests.builders import TEA, rakuten

NUMBERS = ("R-0001", "R-0002", "R-0003")
SCREENSHOT = Path("/work/scratch/audit.png")


def column(dialog: AuditDialog, number: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


@pytest.fixture
def dialog(qtbot, open_bench):  # type: ignore[no-untyped-def]
    bench = open_bench(*(rakuten(number, ("TEA", 1)) for number in NUMBERS))
    packing = PackingService(bench.services.db, bench.services.station, bench.services.settings)
    for number in NUMBERS:
        packing.scan(number, 0)
        packing.scan(TEA, 1000)
    shown = AuditDialog(bench.services, bench.worker, bench.window)
    shown.open()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0, timeout=5000)
    yield shown
    shown.close()


def test_the_orders_menu_has_the_audit_trail(open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench()
    assert "audit" in [action.objectName() for action in bench.window.actions()]


def test_it_lists_every_station_s_events_newest_first(dialog: AuditDialog) -> None:
    orders = column(dialog, 4)
    assert set(orders) == set(NUMBERS)
    assert orders[0] == "R-0003"  # packed last
    assert texts.event_kind(EventKind.SCAN) in column(dialog, 3)
    assert dialog.status.text() == f"{len(orders)} events"


def test_typing_an_order_number_shows_that_order_s_events(qtbot, dialog: AuditDialog) -> None:  # type: ignore[no-untyped-def]
    everything = dialog.model.rowCount()
    qtbot.keyClicks(dialog.search, "R-0002")
    qtbot.waitUntil(lambda: set(column(dialog, 4)) == {"R-0002"}, timeout=5000)
    assert dialog.model.rowCount() < everything
    assert dialog.status.text() == f"{dialog.model.rowCount()} events"
    if os.path.isdir(SCREENSHOT.parent):
        dialog.grab().save(str(SCREENSHOT))


def test_a_kind_narrows_it_and_a_scan_searches(qtbot, dialog: AuditDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.TRANSITION.value))
    qtbot.waitUntil(
        lambda: set(column(dialog, 3)) == {texts.event_kind(EventKind.TRANSITION)}, timeout=5000
    )
    dialog.accept_scan("R-0001")
    qtbot.waitUntil(lambda: set(column(dialog, 4)) == {"R-0001"}, timeout=5000)
    assert all("→" in state for state in column(dialog, 5))


def test_the_export_writes_the_listed_events(qtbot, dialog: AuditDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "audit.csv"
    dialog.export_to(path)
    qtbot.waitUntil(lambda: "exported" in dialog.status.text(), timeout=5000)
    lines = path.read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == dialog.model.rowCount() + 1
    assert str(path) in dialog.status.text()
    assert dialog.export.isEnabled()
