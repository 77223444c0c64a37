"""The queue in the GUI with 100,000 and 1,000,000 orders in the database (90 % shipped, as
queue_refresh builds them, read in place): the start of `packstation` to its first window with
the queue's first page loaded, the refresh through the window's own path (the load on the
worker, the model's merge, the status line), and the GUI process's peak memory after the start
and the refreshes, which must not grow with the shipped orders: the queue pages in SQL.

Every GUI runs in a fresh interpreter under QT_QPA_PLATFORM=offscreen, with the settings of the
start-up benchmark (a new settings file: no devices, no ports opened)."""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.queue_refresh import queue_database
from benchmarks.startup import environment, seconds_to_shown
from benchmarks.timing import percentile
from packstation.gui.shown_probe import ENV_VAR

COUNTS = (100_000, 1_000_000)
STARTS = 5
REFRESHES = 100
START_GOAL_S = 2.0
REFRESH_GOAL_MS = 100.0
CHILD = "import sys; from benchmarks.queue_gui import refresh_here; refresh_here(*sys.argv[1:])"


def refresh_here(db_url: str, runs: str) -> None:
    """In the GUI process: the window started on `db_url` as the app starts it, its first
    load of the queue awaited, then `runs` loads, each timed from its submission to the worker
    to its page in the model (the settle wait before a load left out); prints the times, the
    rows and this process's peak RSS as JSON."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from packstation.app.services import Services
    from packstation.gui.app import build_window
    from packstation.i18n import install

    app = QApplication([])
    services = Services.open(db_url)
    install(services.settings.language)
    services.claim_station()
    window, worker, scanner = build_window(services, app)
    loaded = QEventLoop()
    window.queue_loaded.connect(loaded.quit)
    window.resize(1600, 900)
    window.show()
    loaded.exec()
    times = []
    for _ in range(int(runs)):
        start = time.perf_counter()
        window._load_queue()
        loaded.exec()
        times.append((time.perf_counter() - start) * 1000)
    rows = window.queue_model.rowCount()
    app.removeEventFilter(scanner)
    window.devices.stop()
    window.close()
    worker.stop()
    services.close()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"refresh_ms": times, "rows": rows, "peak_kib": peak_kib}))


def in_gui(db_url: str, env: dict[str, str], runs: int) -> dict[str, object]:
    """refresh_here in a fresh interpreter: what it printed."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, db_url, str(runs)],
        env={name: value for name, value in env.items() if name != ENV_VAR},
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])


def run_one(path: Path, starts: int = STARTS, refreshes: int = REFRESHES) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="packstation-queue-gui-") as folder:
        db_url = f"sqlite:///{path}"
        env = {**environment(Path(folder)), "PACKSTATION_DB": db_url}
        app = [sys.executable, "-m", "packstation"]
        to_queue = frozenset({"shown", "queue"})
        seconds_to_shown(app, env, to_queue)  # the caches, the database's pages read once
        start_s = statistics.median(seconds_to_shown(app, env, to_queue) for _ in range(starts))
        gui = in_gui(db_url, env, refreshes)
    times = gui["refresh_ms"]
    assert isinstance(times, list)
    return {
        "start_s": start_s,
        "refresh_ms": statistics.median(times),
        "refresh_p99_ms": percentile(times, 0.99),
        "rows": float(gui["rows"]),  # type: ignore[arg-type]
        "peak_mib": float(gui["peak_kib"]) / 1024,  # type: ignore[arg-type]
    }


def report() -> None:
    print(
        f"The queue in the GUI (offscreen; 90 % shipped; start median of {STARTS}, "
        f"{REFRESHES} refreshes):"
    )
    peaks = []
    for count in COUNTS:
        f = run_one(queue_database(count))
        peaks.append(f["peak_mib"])
        print(
            f"  {count:>9,} orders: start to the first window with the queue's "
            f"{f['rows']:.0f} rows {f['start_s']:.2f} s   (goal: < {START_GOAL_S:.0f} s)"
        )
        print(
            f"  {'':>9}         refresh through the window and its worker "
            f"{f['refresh_ms']:.1f} ms median, p99 {f['refresh_p99_ms']:.1f} ms   "
            f"(goal: < {REFRESH_GOAL_MS:.0f} ms)"
        )
        print(f"  {'':>9}         peak memory of the GUI process {f['peak_mib']:.0f} MiB")
    print(
        f"  peak memory at {COUNTS[-1]:,} less at {COUNTS[0]:,}: {peaks[-1] - peaks[0]:+.0f} MiB"
        "   (goal: not growing with the shipped orders)"
    )


if __name__ == "__main__":
    report()
