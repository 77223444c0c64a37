"""A station killed mid-order loses nothing: the scans it reported are in the database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from packstation.app.intake import Intake
from packstation.app.packing import PackingService
from tests.builders import TEA, load_products, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"
ROOT = Path(__file__).resolve().parents[2]

STATION = textwrap.dedent(
    f"""
    import sys, time
    from packstation.app.context import Station
    from packstation.app.packing import PackingService
    from packstation.app.settings import Settings
    from packstation.store.database import Database

    bench = PackingService(Database(sys.argv[1]), Station("bench-1", "aiko"), Settings())
    bench.scan("{NUMBER}", 0)
    for i in range(3):
        result = bench.scan("{TEA}", 1000.0 * (i + 1))
        print(result.message.render(), flush=True)
    time.sleep(60)
    """
)


def test_killed_mid_order_resumes_with_every_reported_scan(db, db_url, station, settings) -> None:  # type: ignore[no-untyped-def]
    load_products(db)
    Intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", 5))], "test")
    process = subprocess.Popen(
        [sys.executable, "-c", STATION, db_url],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    reported = [process.stdout.readline().strip() for _ in range(3)]
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert reported[-1].endswith("3 of 5")
    resumed = PackingService(db, station, settings).resume()
    assert resumed is not None and resumed.view is not None
    assert resumed.view.lines[0].scanned == 3


WEIGHING = textwrap.dedent(
    f"""
    import sys, time
    from decimal import Decimal
    from packstation.app.context import Station
    from packstation.app.packing import PackingService
    from packstation.app.settings import Settings
    from packstation.store.database import Database

    settings = Settings()
    settings.scale.enabled = True
    settings.label_printer.enabled = True
    bench = PackingService(Database(sys.argv[1]), Station("bench-1", "aiko"), settings)
    bench.scan("{NUMBER}", 0)
    bench.scan("{TEA}", 1000.0)
    print(bench.stage.value, flush=True)  # the scale's reading is being taken now
    if sys.argv[2] == "weighed":
        print(bench.weigh(Decimal(sys.argv[3])).message.render(), flush=True)
    time.sleep(60)
    """
)


def killed(db_url: str, step: str, grams: str = "0") -> list[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WEIGHING, db_url, step, grams],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    said = [process.stdout.readline().strip() for _ in range(1 if step == "weighing" else 2)]
    process.send_signal(signal.SIGKILL)
    process.wait()
    return said


def weighing_bench(db, station, settings):  # type: ignore[no-untyped-def]
    settings.scale.enabled = True
    settings.label_printer.enabled = True
    load_products(db)
    Intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", 1))], "test")


def test_killed_during_the_weight_capture_resumes_at_the_weight(db, db_url, station, settings) -> None:  # type: ignore[no-untyped-def]
    weighing_bench(db, station, settings)
    assert killed(db_url, "weighing") == ["weighing"]
    bench = PackingService(db, station, settings)
    resumed = bench.resume()
    assert resumed is not None and resumed.view is not None
    assert bench.stage.value == "weighing" and resumed.view.lines[0].scanned == 1
    assert resumed.view.weight is None


def test_killed_after_the_weight_was_taken_resumes_at_the_label(db, db_url, station, settings) -> None:  # type: ignore[no-untyped-def]
    weighing_bench(db, station, settings)
    said = killed(db_url, "weighed", "125")  # the tea's catalogue weight: the check passes
    assert said[0] == "weighing" and said[1].startswith("Weight 125 g"), said
    bench = PackingService(db, station, settings)
    resumed = bench.resume()
    assert resumed is not None and resumed.view is not None
    assert resumed.view.weight is not None and bench.stage.value == "labelling"
