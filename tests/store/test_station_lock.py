"""One running instance per station and database, on SQLite (a lock file) and PostgreSQL (an
advisory lock); another process is refused while the first runs, and the lock ends with it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from packstation.store.database import Database
from packstation.store.station_lock import StationBusy, acquire, is_running

pytestmark = pytest.mark.both_databases


def test_a_second_lock_of_one_station_is_refused_until_the_first_is_released(db: Database) -> None:
    first = acquire(db, "bench-1")
    with pytest.raises(StationBusy) as busy:
        acquire(db, "bench-1")
    assert busy.value.station == "bench-1"
    second_bench = acquire(db, "bench-2")  # another station runs beside it
    assert is_running(db, "bench-1") and is_running(db, "bench-2")
    first.release()
    second_bench.release()
    assert not is_running(db, "bench-1")
    acquire(db, "bench-1").release()


def test_another_process_is_refused_while_the_station_runs_and_not_after(
    db: Database, db_url: str
) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from packstation.store.database import Database
        from packstation.store.station_lock import StationBusy, acquire
        try:
            acquire(Database({db_url!r}), "ベンチ 1")
        except StationBusy as busy:
            print("busy", busy.holder)
            sys.exit(3)
        print("free")
        """
    )

    def other_process() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)

    lock = acquire(db, "ベンチ 1")
    refused = other_process()
    assert refused.returncode == 3, refused.stderr
    if db.engine.dialect.name == "sqlite":
        assert refused.stdout.startswith("busy pid ")  # who holds it, from the lock file
    lock.release()
    assert other_process().returncode == 0


def test_the_lock_of_a_killed_process_is_free_at_once(db: Database, db_url: str) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from packstation.store.database import Database\n"
            "from packstation.store.station_lock import acquire\n"
            f"lock = acquire(Database({db_url!r}), 'bench-1')\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    assert is_running(db, "bench-1")
    holder.kill()
    holder.wait()
    if db.engine.dialect.name == "postgresql":  # the server notices the closed connection
        for _ in range(50):
            if not is_running(db, "bench-1"):
                break
            time.sleep(0.1)
    assert not is_running(db, "bench-1")
