"""`packstation backup`, `restore` and `serve-check`, run as a user runs them: a real database
that another connection writes to, real files, exit codes."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, insert, select, text

from packstation.app.intake import Intake
from packstation.app.context import Station
from packstation.app.settings import Settings
from packstation.store.database import HEAD_REVISION, Database
from packstation.store.schema import EVENTS, ORDERS
from packstation.store.station_lock import acquire
from tests.builders import load_products, rakuten
from tests.conftest import POSTGRES
from tests.postgres import scratch_database


def packstation(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packstation", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def orders_of(db: Database) -> int:
    with db.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(ORDERS))


def with_orders(db: Database, *numbers: str) -> None:
    load_products(db)
    Intake(db, Station("bench-1", "aiko"), Settings()).store_orders(
        [rakuten(number, ("TEA", 1)) for number in numbers], "test"
    )


class Writer:
    """Another connection committing one event after the other until stopped: a station at
    work while the backup runs. `committed` counts the commits that returned."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.committed = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        while not self._stop.is_set():
            with self.db.engine.begin() as connection:
                connection.execute(
                    insert(EVENTS).values(
                        at=datetime.now(UTC), station="bench-2", operator="ken", kind="scan"
                    )
                )
            self.committed += 1

    def __enter__(self) -> Writer:
        self._thread.start()
        while self.committed < 50:
            self._stop.wait(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@pytest.fixture
def restored_into() -> Iterator[str]:
    """An empty database on the PostgreSQL server for pg_restore to fill."""
    with scratch_database(POSTGRES) as url:
        yield url


def events_in(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(EVENTS))
    finally:
        engine.dispose()


@pytest.mark.both_databases
def test_a_backup_taken_while_a_station_commits_holds_every_commit_made_before_it(
    db: Database, db_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    target = tmp_path / "backups" / "station.backup"
    with Writer(db) as writer:
        before = writer.committed
        done = packstation("--db", db_url, "backup", str(target))
        during = writer.committed
    assert done.returncode == 0, done.stderr
    assert f"Saved {target}: orders 0, parcels 0, events " in done.stdout
    saved = int(done.stdout.split("events ")[1].split()[0])
    assert before <= saved <= during
    assert not target.with_name(target.name + ".part").exists()
    if db.engine.dialect.name == "sqlite":
        with sqlite3.connect(target) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert copy.execute("SELECT count(*) FROM events").fetchone()[0] == saved
            assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        return
    into = request.getfixturevalue("restored_into")
    loaded = subprocess.run(
        ["pg_restore", "--no-owner", f"--dbname={into}".replace("+psycopg", ""), str(target)],
        capture_output=True,
        text=True,
    )
    assert loaded.returncode == 0, loaded.stderr
    assert events_in(into) == saved


def test_the_password_of_a_postgresql_url_is_not_on_pg_dumps_command_line() -> None:
    from packstation.app.backup import _libpq_env

    env = _libpq_env("postgresql+psycopg://packer:s3cret@db.example:6543/station")
    assert (env["PGHOST"], env["PGPORT"], env["PGUSER"]) == ("db.example", "6543", "packer")
    assert (env["PGPASSWORD"], env["PGDATABASE"]) == ("s3cret", "station")


def test_without_pg_dump_a_postgresql_backup_says_it_is_needed(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "packstation", "--db", "postgresql+psycopg://u@127.0.0.1/x",
         "backup", str(tmp_path / "x.dump")],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PATH": str(tmp_path)},
        timeout=60,
    )
    assert done.returncode == 1
    assert "pg_dump, which is not on this PC's PATH" in done.stderr


def test_a_backup_never_overwrites_the_database_itself(db: Database, db_url: str) -> None:
    database = Path(db.engine.url.database or "")
    for target in (database, database.with_name(database.name + "-wal")):
        done = packstation("--db", db_url, "backup", str(target))
        assert done.returncode == 1
        assert "is the database itself" in done.stderr
    assert orders_of(db) == 0  # the database still opens


def test_a_backup_of_no_database_makes_none(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    done = packstation("--db", f"sqlite:///{missing}", "backup", str(tmp_path / "b"))
    assert done.returncode == 1 and f"There is no database at {missing}" in done.stderr
    assert not missing.exists()


@pytest.fixture
def backup_file(db: Database, db_url: str, tmp_path: Path) -> Path:
    """A backup of a database with two orders."""
    with_orders(db, "R-0001", "R-0002")
    target = tmp_path / "two-orders.backup"
    assert packstation("--db", db_url, "backup", str(target)).returncode == 0
    return target


def test_restore_puts_the_orders_back_and_keeps_the_database_it_replaced(
    db: Database, db_url: str, backup_file: Path
) -> None:
    with_orders(db, "R-0003")
    done = packstation("--db", db_url, "restore", "--yes", str(backup_file))
    assert done.returncode == 0, done.stderr
    assert f"{backup_file}: orders 2, parcels 2" in done.stdout
    assert f"(schema revision {HEAD_REVISION} now)" in done.stdout
    assert orders_of(db) == 2  # the pool's connections see the restored file
    database = Path(db.engine.url.database or "")
    kept = list(database.parent.glob(f"{database.name}.before-restore-*"))
    assert len(kept) == 1 and f"kept as {kept[0]}" in done.stdout
    with sqlite3.connect(kept[0]) as before:
        assert before.execute("SELECT count(*) FROM orders").fetchone()[0] == 3


def test_restore_asks_first_and_no_restores_nothing(
    db: Database, db_url: str, backup_file: Path
) -> None:
    with_orders(db, "R-0003")
    done = packstation("--db", db_url, "restore", str(backup_file), stdin="n\n")
    assert done.returncode == 1
    assert "Replace the database" in done.stdout and "Nothing was restored" in done.stderr
    assert orders_of(db) == 3
    done = packstation("--db", db_url, "restore", str(backup_file), stdin="y\n")
    assert done.returncode == 0 and orders_of(db) == 2


def test_restore_upgrades_an_older_backup_with_the_migrations(
    db_url: str, tmp_path: Path
) -> None:
    from alembic import command

    from packstation.store.database import create_db_engine
    from packstation.store.schema_upgrade import alembic_config

    old = tmp_path / "old.sqlite3"
    engine = create_db_engine(f"sqlite:///{old}")
    command.upgrade(alembic_config(engine), "0005")
    engine.dispose()
    done = packstation("--db", db_url, "restore", "--yes", str(old))
    assert done.returncode == 0, done.stderr
    assert "(schema revision 0005)" in done.stdout and f"{HEAD_REVISION} now" in done.stdout


def test_restore_refuses_a_file_that_is_no_database(db: Database, db_url: str, tmp_path: Path) -> None:
    with_orders(db, "R-0001")
    text_file = tmp_path / "orders.csv"
    text_file.write_text("order,sku\nR-1,TEA\n", encoding="utf-8")
    done = packstation("--db", db_url, "restore", "--yes", str(text_file))
    assert done.returncode == 1
    assert f"{text_file} is not an SQLite database, or it is damaged" in done.stderr
    done = packstation("--db", db_url, "restore", "--yes", str(tmp_path / "missing"))
    assert done.returncode == 1 and "Cannot read" in done.stderr
    assert orders_of(db) == 1


def test_restore_refuses_a_damaged_backup(db: Database, db_url: str, backup_file: Path) -> None:
    data = bytearray(backup_file.read_bytes())
    page = 4096
    data[page + 100 : 2 * page] = b"\xff" * (page - 100)  # the second page: a table's
    backup_file.write_bytes(bytes(data))
    done = packstation("--db", db_url, "restore", "--yes", str(backup_file))
    assert done.returncode == 1
    assert "is not an SQLite database, or it is damaged" in done.stderr
    assert orders_of(db) == 2


def test_restore_refuses_a_backup_of_a_newer_packstation(
    db: Database, db_url: str, backup_file: Path
) -> None:
    with sqlite3.connect(backup_file) as newer:
        newer.execute("UPDATE alembic_version SET version_num = '9001'")
    with_orders(db, "R-0003")
    done = packstation("--db", db_url, "restore", "--yes", str(backup_file))
    assert done.returncode == 1
    assert "written by a newer packstation (schema revision 9001)" in done.stderr
    assert orders_of(db) == 3


def test_restore_is_refused_while_a_station_runs_on_the_database(
    db: Database, db_url: str, backup_file: Path
) -> None:
    with_orders(db, "R-0003")
    running = acquire(db, "ベンチ 1")
    try:
        done = packstation("--db", db_url, "restore", "--yes", str(backup_file))
    finally:
        running.release()
    assert done.returncode == 1
    assert f"is running on this database (pid {os.getpid()}" in done.stderr
    assert orders_of(db) == 3
    assert packstation("--db", db_url, "restore", "--yes", str(backup_file)).returncode == 0
    assert orders_of(db) == 2


def test_restore_into_postgresql_says_to_use_pg_restore(tmp_path: Path, backup_file: Path) -> None:
    done = packstation(
        "--db", "postgresql+psycopg://u@127.0.0.1/x", "restore", "--yes", str(backup_file)
    )
    assert done.returncode == 1 and "restored with pg_restore" in done.stderr


@pytest.mark.both_databases
def test_serve_check_of_a_database_a_station_may_start_on(db: Database, db_url: str) -> None:
    done = packstation("serve-check", "--db", db_url)
    assert done.returncode == 0, done.stdout
    lines = done.stdout.splitlines()
    assert lines[0].startswith("ok\tConnected to ")
    assert f"ok\tSchema revision {HEAD_REVISION}, this packstation's" in lines
    assert "ok\tThe database takes writes (a test transaction, rolled back)" in lines
    assert any(line.startswith("ok\tRound trip: ") for line in lines)
    assert lines[-1].startswith("A station may start on ")
    assert "password" not in done.stdout


@pytest.mark.both_databases
def test_serve_check_refuses_a_schema_newer_than_this_packstation(
    db: Database, db_url: str
) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9001'"))
    done = packstation("--db", db_url, "serve-check")  # the --db before the command
    assert done.returncode == 1
    assert (
        f"FAILED\tSchema revision 9001 is newer than this packstation's {HEAD_REVISION}"
        in done.stdout
    )
    assert "should not start" in done.stdout.splitlines()[-1]


def test_serve_check_of_nothing_listening_says_so_and_exits_1() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://packer:s3cret@127.0.0.1:{port}/station"
    done = packstation("serve-check", "--db", url)
    assert done.returncode == 1
    assert "FAILED\tThe database server at" in done.stdout
    assert "cannot be reached" in done.stdout
    assert "s3cret" not in done.stdout + done.stderr and "Traceback" not in done.stderr


def test_serve_check_of_a_missing_sqlite_file_makes_none(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "packstation.sqlite3"
    done = packstation("serve-check", "--db", f"sqlite:///{missing}")
    assert done.returncode == 1 and f"There is no database at {missing}" in done.stdout
    assert not missing.parent.exists()

