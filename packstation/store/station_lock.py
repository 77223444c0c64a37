"""One running instance per station and database: a second one of the same station is refused.

SQLite: an exclusive, non-blocking lock on a file beside the database file, which the system
lets go of when the process ends, a crash included (`flock`; `msvcrt.locking` on Windows).
PostgreSQL: a session advisory lock on a connection of its own, let go of when that connection
ends. A database in memory is one process's own and needs none.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import socket
from collections.abc import Callable
from pathlib import Path
from typing import IO

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from packstation.store.database import Database


class StationBusy(Exception):
    """The station runs already on this database; `holder` is what is known of it."""

    def __init__(self, station: str, holder: str) -> None:
        super().__init__(f"station {station} is running ({holder or 'holder unknown'})")
        self.station = station
        self.holder = holder


class StationLock:
    def __init__(self, release: Callable[[], None]) -> None:
        self._release: Callable[[], None] | None = release

    def release(self) -> None:
        if self._release is not None:
            self._release()
            self._release = None


def acquire(db: Database, station: str) -> StationLock:
    """The station's lock, held until `release` or the end of the process; StationBusy when
    another process holds it."""
    url = make_url(db.url)
    if url.get_backend_name() == "postgresql":
        return _advisory(db, station)
    database = url.database
    if not database or database == ":memory:" or url.query.get("mode") == "memory":
        return StationLock(lambda: None)
    return _file_lock(Path(database.removeprefix("file:")), station)


def is_running(db: Database, station: str) -> bool:
    """Whether a process holds the station's lock now (this process included)."""
    try:
        acquire(db, station).release()
    except StationBusy:
        return True
    return False


def claim_every_station(database: Path) -> StationLock:
    """The lock of every station that has run on the SQLite file `database`, for a change no
    station may work through (a restore); StationBusy for the first one that runs."""
    held: list[StationLock] = []

    def release() -> None:
        for lock in held:
            lock.release()

    prefix = f"{database.name}.station-"
    for path in sorted(database.parent.glob(f"{glob.escape(prefix)}*.lock")):
        readable = path.name.removeprefix(prefix).removesuffix(".lock").rsplit("-", 1)[0]
        try:
            held.append(_locked(path, readable))
        except StationBusy:
            release()
            raise
    return StationLock(release)


def _lock_path(database: Path, station: str) -> Path:
    readable = re.sub(r"[^\w-]+", "_", station)[:40]
    digest = hashlib.sha256(station.encode()).hexdigest()[:10]
    return database.with_name(f"{database.name}.station-{readable}-{digest}.lock")


def _file_lock(database: Path, station: str) -> StationLock:
    return _locked(_lock_path(database, station), station)


def _locked(path: Path, station: str) -> StationLock:
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the life of the lock
    try:
        _lock(handle)
    except OSError:
        handle.seek(0)
        holder = handle.read().strip()
        handle.close()
        raise StationBusy(station, holder) from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} on {socket.gethostname()}")
    handle.flush()

    def release() -> None:
        handle.truncate(0)
        _unlock(handle)
        handle.close()

    return StationLock(release)


if os.name == "nt":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _advisory_key(station: str) -> int:
    digest = hashlib.sha256(f"packstation station {station}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _advisory(db: Database, station: str) -> StationLock:
    key = _advisory_key(station)
    connection = db.engine.connect()
    try:
        taken = connection.execute(select(func.pg_try_advisory_lock(key))).scalar_one()
        connection.commit()  # the lock is the session's: it outlives the transaction
    except BaseException:
        connection.close()
        raise
    if not taken:
        connection.close()
        raise StationBusy(station, "")

    def release() -> None:
        try:
            connection.execute(select(func.pg_advisory_unlock(key)))
            connection.commit()
        finally:
            connection.close()

    return StationLock(release)
