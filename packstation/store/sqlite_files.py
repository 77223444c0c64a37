"""SQLite database files copied whole with SQLite's online backup API, which reads one
consistent snapshot while other connections go on committing (in WAL mode they are not held
up): https://www.sqlite.org/backup.html."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from packstation.store.contents import Contents, count

_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10.0  # as long as a station waits for another's write


class DamagedDatabase(Exception):
    """The file is not an SQLite database, or it fails SQLite's integrity check; the text is
    SQLite's own words."""


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL; None for another database, or one in memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or parsed.query.get("mode") == "memory":
        return None
    return Path(database.removeprefix("file:"))


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)


def copy(source: sqlite3.Connection, target: Path) -> Contents:
    """The database of `source` as the file `target`, and what it holds: written beside it and
    put in its place once whole and checked, so `target` is the old file or the new one, never
    half of one. The copy is in the rollback-journal mode: one file, nothing beside it to lose."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    copied = sqlite3.connect(part)
    try:
        source.backup(copied)
        copied.execute("PRAGMA journal_mode=DELETE")
        check(copied)
        copied_contents = contents(copied)
    finally:
        copied.close()
    _sync(part)
    os.replace(part, target)
    return copied_contents


def overwrite(database: Path, source: sqlite3.Connection) -> None:
    """The database file `database` made a copy of `source` by one write transaction of its
    own (the backup API copies every page in one step): a crash half-way leaves it as it was.
    Its WAL and the other connections' view of it stay SQLite's to keep right."""
    target = connect(database)
    try:
        target.execute("PRAGMA synchronous=FULL")
        source.backup(target)
    finally:
        target.close()


def open_checked(path: Path) -> sqlite3.Connection:
    """A read-only connection to `path`, a database SQLite's integrity check passes;
    DamagedDatabase when it is not."""
    with open(path, "rb") as file:
        if file.read(len(_HEADER)) != _HEADER:
            raise DamagedDatabase("file is not a database")
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        check(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def check(connection: sqlite3.Connection) -> None:
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        raise DamagedDatabase(str(error)) from error
    if problems != ["ok"]:
        raise DamagedDatabase("; ".join(problems[:3]))


def contents(connection: sqlite3.Connection) -> Contents:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    return count(tables, lambda query: connection.execute(query).fetchone()[0])


def _sync(path: Path) -> None:
    """The file's bytes on the disk before it is renamed into place."""
    with open(path, "rb") as file:
        os.fsync(file.fileno())
