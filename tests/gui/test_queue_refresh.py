"""A queue refresh changes only the rows that changed, searching waits for typing to pause,
and a list cut at its limit says so."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

from packstation.app.queue import QueuePage, QueueRow
from packstation.domain.states import OrderState
from packstation.gui.queue_panel import SEARCH_SETTLE_MS
from packstation.gui.queue_model import RESET_AFTER, QueueModel
from tests.builders import rakuten
from tests.gui.conftest import type_slowly

START = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def row(n: int, **changes: object) -> QueueRow:
    base = QueueRow(
        shipment_id=n,
        number=f"502763-20261207-{n:08d}",
        seq=1,
        marketplace="rakuten",
        state=OrderState.CONFIRMED,
        ship_by=START + timedelta(minutes=n),
        destination="山田 太郎 · 東京都 渋谷区",
        units=2,
        units_scanned=0,
        gift=False,
        fragile=False,
        gift_wrap="",
        noshi="",
        delivery_date=None,
        time_slot="",
        holds=(),
    )
    return replace(base, **changes) if changes else base


class Signals:
    def __init__(self, model: QueueModel) -> None:
        self.seen: list[str] = []
        model.modelReset.connect(lambda: self.seen.append("reset"))
        model.rowsInserted.connect(lambda _, first, last: self.seen.append(f"+{first}"))
        model.rowsRemoved.connect(lambda _, first, last: self.seen.append(f"-{first}"))
        model.dataChanged.connect(lambda top, bottom: self.seen.append(f"~{top.row()}"))


def test_a_refresh_updates_inserts_and_removes_rows_in_place_and_keeps_the_selection(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    model = QueueModel(timedelta(hours=6), clock=lambda: START)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_rows([row(n) for n in (1, 2, 3, 4, 5)])
    view.selectionModel().select(
        model.index(3, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    signals = Signals(model)
    packing = row(2, state=OrderState.PACKING, units_scanned=1)
    model.set_rows([row(0), row(1), packing, row(4), row(5), row(6)])
    assert [r.shipment_id for r in model.rows] == [0, 1, 2, 4, 5, 6]
    assert model.rows[2] == packing
    assert signals.seen == ["+0", "~2", "-3", "+5"]
    selected = view.selectionModel().selectedRows()
    assert [index.data(0x0100) for index in selected] == [4]  # still row 4, now at index 3


def test_a_refresh_that_changes_most_rows_is_one_reset(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QueueModel(timedelta(hours=6), clock=lambda: START)
    model.set_rows([row(n) for n in range(100)])
    signals = Signals(model)
    model.set_rows([row(n) for n in range(1000, 1000 + RESET_AFTER + 1)])
    assert signals.seen == ["reset"]
    signals.seen.clear()
    model.set_rows(list(model.rows))
    assert signals.seen == []  # nothing changed: nothing redrawn


def test_typing_a_search_loads_the_queue_once_when_the_typing_pauses(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten("502764-20261122-00000002", ("CUP", 1)))
    window = bench.window
    qtbot.waitUntil(lambda: window.queue_model.rowCount() == 1)
    searches: list[str] = []
    queue = window.services.queue

    def counted(states, marketplace=None, search="", *, benched=False):  # type: ignore[no-untyped-def]
        searches.append(search)
        return queue(states, marketplace, search, benched=benched)

    window.services.queue = counted  # type: ignore[method-assign]
    # Only the typing's loads: none of the start's still to come, and no live-queue poll.
    window.queue_watch.stop()
    search = window.queue_panel.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.wait(1000)
    qtbot.waitUntil(lambda: not (window._queue_loading or window._queue_timer.isActive()))
    searches.clear()
    gaps = type_slowly(window, "502764-2026")
    qtbot.waitUntil(lambda: searches[-1:] == ["502764-2026"], timeout=3000)
    qtbot.wait(400)
    # One search when the typing pauses; a machine so loaded that a gap between two keys came
    # out near the settle time may search once more then, for what was typed so far.
    paused = sum(gap >= SEARCH_SETTLE_MS * 0.9 for gap in gaps)
    assert searches[-1] == "502764-2026" and len(searches) <= 1 + paused, (searches, gaps)
    assert all("502764-2026".startswith(text) for text in searches)
    assert window.queue_model.rowCount() == 1


def test_a_list_cut_at_its_limit_says_how_many_match(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    window = open_bench().window
    window._queue_loaded(QueuePage([row(1), row(2)], 1234))
    assert window.status.text() == (
        "The first 2 by deadline of 1234 parcels that match: narrow the search or the filters "
        "to see the others"
    )
    window._queue_loaded(QueuePage([row(1), row(2)], 10_000, more=True))
    assert "of more than 10000 parcels that match" in window.status.text()
    window._queue_loaded(QueuePage([row(1), row(2)], 2))
    assert window.status.text() == "2 orders (2 parcels) in the list"
