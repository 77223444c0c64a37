"""The queue's GUI benchmark (benchmarks/queue_gui.py) run on a small database, so that it
keeps working: a start to the window with its queue, refreshes through the window, memory."""

from __future__ import annotations

from pathlib import Path

from benchmarks.open_by_number import build
from benchmarks.queue_gui import run_one
from benchmarks.queue_refresh import mixed
from packstation.domain.states import QUEUE_STATES
from packstation.store.database import Database
from packstation.store.queue import queue_page

COUNT = 300


def test_the_queue_gui_benchmark_measures_a_small_database(tmp_path: Path) -> None:
    path = tmp_path / "orders.sqlite3"
    build(path, COUNT)
    mixed(path, COUNT)
    db = Database(f"sqlite:///{path}")
    with db.session() as session:
        expected = len(queue_page(session, states=QUEUE_STATES, benched=True).rows)
    db.dispose()
    figures = run_one(path, starts=1, refreshes=3)
    assert 0 < expected < COUNT
    assert figures["rows"] == expected
    assert 0 < figures["start_s"] < 60
    assert 0 < figures["refresh_ms"] <= figures["refresh_p99_ms"]
    assert figures["peak_mib"] > 10
