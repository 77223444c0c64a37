"""Eight stations contending for one PostgreSQL database: how many orders they claim per second
(each `open_next`, SKIP LOCKED), and how soon a ninth station hears of another's change
(LISTEN/NOTIFY) while they do. Needs a server: PACKSTATION_TEST_POSTGRES, as .ci/run sets it."""

from __future__ import annotations

import multiprocessing
import statistics
import threading
import time

from sqlalchemy import text, update

from benchmarks import postgres
from benchmarks.timing import percentile
from packstation.app.context import Station
from packstation.app.intake import Intake
from packstation.app.packing import NOTHING_TO_PACK, PackingService
from packstation.app.queue_watch import Listener
from packstation.app.settings import Settings
from packstation.store.database import Database
from packstation.store.schema import PRODUCTS
from tests.builders import load_products, rakuten
from tests.postgres import scratch_database

STATIONS = 8
ORDERS = 2000
SETTLE_MS = 150  # the GUI's queue waits this long for changes to settle (gui/main_window.py)


def _claim_all(url: str, name: str, counts: dict) -> None:  # type: ignore[type-arg]
    bench = PackingService(Database(url), Station(name, name), Settings(station_name=name))
    claims = 0
    while bench.open_next().message.text is not NOTHING_TO_PACK:
        claims += 1  # the order before stays open at this bench, as a put-down one does
    counts[name] = claims


def run(server: str) -> dict[str, float]:
    with scratch_database(server, "packstation_bench") as url:
        db = Database(url)
        load_products(db)
        with db.engine.begin() as connection:
            connection.execute(update(PRODUCTS).values(stock=10 * ORDERS))
        station = Station("intake", "bench")
        orders = [rakuten(f"502763-20261122-{n:08d}", ("TEA", 1)) for n in range(ORDERS)]
        Intake(db, station, Settings(station_name="intake")).store_orders(orders, "bench")
        heard: list[float] = []
        event = threading.Event()
        listener = Listener(db, event.set)
        listener.start()
        time.sleep(0.5)
        with multiprocessing.Manager() as manager:
            counts = manager.dict()
            workers = [
                multiprocessing.Process(target=_claim_all, args=(url, f"bench-{n}", counts))
                for n in range(STATIONS)
            ]
            started = time.perf_counter()
            for worker in workers:
                worker.start()
            with db.engine.connect() as connection:
                while any(worker.is_alive() for worker in workers):
                    event.clear()
                    sent = time.perf_counter()
                    with connection.begin():
                        connection.execute(text("SELECT pg_notify('packstation_queue', '')"))
                    if event.wait(5):
                        heard.append((time.perf_counter() - sent) * 1000)
                    time.sleep(0.05)
            for worker in workers:
                worker.join()
            elapsed = time.perf_counter() - started
            claimed = sum(counts.values())
        listener.stop()
        db.dispose()
    assert claimed == ORDERS, f"{claimed} claims of {ORDERS} orders"
    return {
        "claims_per_s": claimed / elapsed,
        "heard_median_ms": statistics.median(heard),
        "heard_p99_ms": percentile(heard, 0.99),
    }


def report() -> None:
    print(f"{STATIONS} stations claiming {ORDERS:,} orders on one PostgreSQL database:")
    if not postgres.server():
        print(postgres.SKIPPED)
        return
    f = run(postgres.server())
    shown = f["heard_p99_ms"] + SETTLE_MS
    print(
        f"  {f['claims_per_s']:.0f} claims per second; another station's change heard after "
        f"{f['heard_median_ms']:.1f} ms median, {f['heard_p99_ms']:.1f} ms p99, shown after about "
        f"{shown:.0f} ms p99 with the queue's settle time   (goal: shown within 2 s, p99)"
    )


if __name__ == "__main__":
    report()
