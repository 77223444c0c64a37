"""Another station's change shows in this station's queue within two seconds: heard on
PostgreSQL (LISTEN/NOTIFY), polled on SQLite."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from packstation.app.context import Station
from packstation.app.packing import PackingService
from packstation.domain.states import OrderState
from packstation.store.database import Database
from tests.builders import TEA, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"
OTHER = "502763-20261122-00000002"


def row_state(window, number: str):  # type: ignore[no-untyped-def]
    rows = [row for row in window.queue_model.rows if row.number == number]
    return (rows[0].state, rows[0].packing_station) if rows else None


def test_a_claim_and_a_finish_at_another_station_show_within_two_seconds(
    qtbot, open_bench, db_url: str, settings  # type: ignore[no-untyped-def]
) -> None:
    bench = open_bench(rakuten(NUMBER, ("TEA", 1)), rakuten(OTHER, ("CUP", 1)))
    window = bench.window
    qtbot.waitUntil(lambda: row_state(window, NUMBER) == (OrderState.CONFIRMED, None))
    db = Database(db_url)
    try:
        other = PackingService(db, Station("bench-2", "yuki"), settings)
        opened = other.scan(NUMBER, 0)
        assert opened.view is not None and opened.view.state is OrderState.PACKING, opened
        qtbot.waitUntil(
            lambda: row_state(window, NUMBER) == (OrderState.PACKING, "bench-2"), timeout=2000
        )
        row = window.queue_model.row_of(opened.view.shipment_id)
        notes = window.queue_model.index(row, window.queue_model.NOTES).data()
        assert "at bench-2 (yuki)" in notes  # which station, and who
        other.scan(TEA, 1000)
        qtbot.waitUntil(lambda: row_state(window, NUMBER) is None, timeout=2000)  # packed: gone
    finally:
        db.dispose()


def test_ctrl_n_opens_the_most_urgent_order(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 1)))
    window = bench.window
    window.findChild(QAction, "next").trigger()
    qtbot.waitUntil(lambda: window.pack_view.view is not None)
    assert window.pack_view.view.number == NUMBER
