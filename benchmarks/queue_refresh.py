"""The packing queue with 100,000 and 1,000,000 orders in the database: the refresh (F5 and
every settled scan), the search as the packer types an order number, and the model's merge
of a refresh; beside them their floor, the bare UNION ALL of the states' first rows."""

from __future__ import annotations

import shutil
import sqlite3
import statistics
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from benchmarks.open_by_number import CACHE, cached, number
from benchmarks.timing import percentile, times_ms
from packstation.domain.states import QUEUE_STATES, OrderState
from packstation.gui.queue_model import QueueModel
from packstation.store.database import Database
from packstation.store.queue import QueuePage, queue_page

COUNTS = (100_000, 1_000_000)
RUNS = 30
# What a shop's database holds after a while: most parcels shipped, a day's work in the queue.
MIX = (("shipped", 0.90), ("packed", 0.04), ("on_hold", 0.01))
ON_A_BENCH = 8


def mixed(path: Path, count: int) -> None:
    """The states of MIX by id range, the rest confirmed, a few parcels on benches."""
    connection = sqlite3.connect(path)
    first = 1
    for state, share in MIX:
        last = first + int(count * share)
        connection.execute(
            "UPDATE shipments SET state = ? WHERE id >= ? AND id < ?", (state, first, last)
        )
        first = last
    connection.execute(
        "UPDATE shipments SET state = 'packing', packing_station = 'bench-' || id"
        " WHERE id >= ? AND id < ?",
        (first, first + ON_A_BENCH),
    )
    connection.commit()
    connection.close()


def queue_database(count: int) -> Path:
    """The database of `count` orders mixed as MIX and migrated, built once into
    benchmarks/.cache from `cached(count)`; the queue's benchmarks read it in place."""
    path = CACHE / f"queue-{count}-v1.sqlite3"
    if not path.exists():
        building = path.with_suffix(".tmp")
        shutil.copyfile(cached(count), building)
        mixed(building, count)
        Database(f"sqlite:///{building}").dispose()  # migrates: the queue's indexes
        building.rename(path)
    return path


FLOOR = """
SELECT id FROM (
  SELECT * FROM (SELECT id, ship_by FROM shipments WHERE state = 'confirmed'
                 ORDER BY ship_by, id LIMIT 500)
  UNION ALL SELECT * FROM (SELECT id, ship_by FROM shipments WHERE state = 'on_hold'
                 ORDER BY ship_by, id LIMIT 500)
  UNION ALL SELECT * FROM (SELECT id, ship_by FROM shipments WHERE state = 'packing'
                 ORDER BY ship_by, id LIMIT 500))
ORDER BY ship_by, id LIMIT 500
"""


def run_one(count: int) -> dict[str, float]:
    path = queue_database(count)
    db = Database(f"sqlite:///{path}")
    bare = sqlite3.connect(path)
    floor = times_ms(lambda: bare.execute(FLOOR).fetchall(), RUNS)
    bare.close()

    def page(**filters: object) -> QueuePage:
        with db.session() as session:
            return queue_page(session, **filters)  # type: ignore[arg-type]

    # The first refresh also compiles its statements (once a start); apart from the rest.
    first = times_ms(lambda: page(states=QUEUE_STATES, benched=True), 1)[0]
    refresh = times_ms(lambda: page(states=QUEUE_STATES, benched=True), RUNS)
    every = times_ms(lambda: page(states=frozenset(OrderState)), RUNS)
    typed = number(count - 7)
    prefixes = [typed[:n] for n in range(6, len(typed) + 1)]
    search = [
        t
        for prefix in prefixes
        for t in times_ms(lambda p=prefix: page(states=QUEUE_STATES, search=p, benched=True), 5)
    ]
    assert page(states=frozenset(OrderState), search=typed).rows[0].number == typed
    rows = page(states=QUEUE_STATES, benched=True).rows
    model = QueueModel(timedelta(hours=6))
    model.set_rows(rows)
    changed = [
        replace(row, units_scanned=1) if i % 50 == 0 else row for i, row in enumerate(rows)
    ]
    merge = times_ms(lambda: (model.set_rows(changed), model.set_rows(rows)), RUNS)
    db.dispose()
    return {
        "floor_ms": statistics.median(floor),
        "first_ms": first,
        "refresh_ms": statistics.median(refresh),
        "refresh_p99_ms": percentile(refresh, 0.99),
        "every_state_ms": statistics.median(every),
        "search_ms": statistics.median(search),
        "search_max_ms": max(search),
        "merge_ms": statistics.median(merge) / 2,
    }


def report() -> None:
    print("The packing queue (500 rows by deadline; 90 % shipped, a day's work to pack):")
    for count in COUNTS:
        f = run_one(count)
        print(
            f"  {count:>9,} orders: refresh {f['refresh_ms']:.2f} ms median, "
            f"p99 {f['refresh_p99_ms']:.2f} ms   (goal: < 20 ms; floor, the bare UNION ALL: "
            f"{f['floor_ms']:.2f} ms)"
        )
        print(f"  {'':>9}         the first refresh after start {f['first_ms']:.0f} ms")
        print(
            f"  {'':>9}         every state {f['every_state_ms']:.2f} ms; search while typing "
            f"an order number {f['search_ms']:.2f} ms median, {f['search_max_ms']:.2f} ms max; "
            f"model merge of a refresh {f['merge_ms']:.2f} ms"
        )


if __name__ == "__main__":
    report()
