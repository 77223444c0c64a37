"""The packer closes a parcel with F11, or ships what is here with Shift+F11."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from packstation.app.packing import Level
from packstation.domain.states import OrderState
from packstation.gui.queue_model import QueueModel
from tests.builders import CUP, TEA, rakuten
from tests.gui.conftest import scanner_burst
from tests.gui.test_main_window import wait_banner

NUMBER = "502763-20261122-00000001"


def notes_of(bench, shipment_id: int) -> str:  # type: ignore[no-untyped-def]
    model = bench.window.queue_model
    row = next(i for i, row in enumerate(model.rows) if row.shipment_id == shipment_id)
    return model.data(model.index(row, QueueModel.NOTES))


def test_f11_closes_the_parcel_and_the_rest_is_the_next_parcel(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 1), ("CUP", 1)))
    window = bench.window
    scanner_burst(window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    scanner_burst(window, TEA)
    wait_banner(qtbot, bench, Level.GOOD, "1 of 1")
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F11)
    wait_banner(qtbot, bench, Level.DONE, "the other 1 unit goes in the next parcel")
    assert f"{NUMBER} (2/2)" in window.pack_view.banner.text()
    qtbot.waitUntil(lambda: [row.seq for row in window.queue_model.rows] == [2], timeout=5000)
    [rest] = window.queue_model.rows
    assert rest.state is OrderState.CONFIRMED
    assert "parcel 2 of 2" in notes_of(bench, rest.shipment_id)
    scanner_burst(window, NUMBER)  # the order again: its next parcel
    wait_banner(qtbot, bench, Level.INFO, f"{NUMBER} (2/2)")
    assert "PARCEL 2 OF 2" in window.pack_view.chip_texts()
    assert window.pack_view.lines_model.rowCount() == 1


def test_shift_f11_ships_what_is_here_and_backorders_the_rest(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 2), ("CUP", 1)))
    window = bench.window
    scanner_burst(window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    scanner_burst(window, CUP)
    wait_banner(qtbot, bench, Level.GOOD, "1 of 1")
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    wait_banner(qtbot, bench, Level.DONE, "2 units wait as backorder")
    panel = window.queue_panel
    panel.state.setCurrentIndex(panel.state.findData("on_hold"))
    qtbot.waitUntil(lambda: [row.seq for row in window.queue_model.rows] == [2], timeout=5000)
    [held] = window.queue_model.rows
    notes = notes_of(bench, held.shipment_id)
    assert "backorder" in notes and "Backorder: waiting for stock" in notes
