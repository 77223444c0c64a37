"""A copy of the station's database taken while stations work, and putting one back.

SQLite: SQLite's online backup API, into a file of its own; a restore checks the file first,
keeps the database it replaces and is refused while a station runs on it. PostgreSQL:
`pg_dump --format=custom` (its restore is `pg_restore`'s, by the server's administrator).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from packstation.app.startup import CannotStart, database_problem, open_database
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.store import sqlite_files
from packstation.store.contents import Contents, count
from packstation.store.database import create_db_engine
from packstation.store.problems import classify, where
from packstation.store.sqlite_files import DamagedDatabase
from packstation.store.station_lock import StationBusy, StationLock, claim_every_station

NOT_A_FILE_DATABASE = QT_TRANSLATE_NOOP(
    "Cli", "The database {where} is not a file: there is nothing to back up or restore"
)
NO_DATABASE = QT_TRANSLATE_NOOP("Cli", "There is no database at {path}")
ONTO_ITSELF = QT_TRANSLATE_NOOP(
    "Cli", "{path} is the database itself: choose another file for the backup"
)
NOT_SAVED = QT_TRANSLATE_NOOP("Cli", "The backup of {path} failed: {detail}")
PG_DUMP_NEEDED = QT_TRANSLATE_NOOP(
    "Cli",
    "A PostgreSQL database is backed up with pg_dump, which is not on this PC's PATH: install"
    " the PostgreSQL client tools (the server's version or newer)",
)
PG_DUMP_FAILED = QT_TRANSLATE_NOOP("Cli", "pg_dump failed: {detail}")
PG_RESTORE = QT_TRANSLATE_NOOP(
    "Cli",
    "A PostgreSQL database is restored with pg_restore from the file pg_dump wrote, by the"
    " server's administrator, while no station runs on it",
)
NO_FILE = QT_TRANSLATE_NOOP("Cli", "Cannot read {path}: {detail}")
RESTORE_ITSELF = QT_TRANSLATE_NOOP("Cli", "{path} is the database itself: nothing to restore")
NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Cli", "{path} is not an SQLite database, or it is damaged ({detail}): nothing was restored"
)
NOT_PACKSTATION = QT_TRANSLATE_NOOP(
    "Cli", "{path} is not a packstation database (it has no schema revision): nothing was restored"
)
NEWER_BACKUP = QT_TRANSLATE_NOOP(
    "Cli",
    "{path} was written by a newer packstation (schema revision {revision}): restore it with"
    " that one; nothing was restored",
)
STATION_RUNNING = QT_TRANSLATE_NOOP(
    "Cli",
    "Station {station} is running on this database ({holder}): close it first; nothing was"
    " restored",
)


class BackupFailed(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


@dataclass(frozen=True, slots=True)
class Saved:
    path: Path
    contents: Contents


def backup(url: str, target: Path) -> Saved:
    """The database at `url` copied to `target` while stations go on writing to it: the copy
    holds every commit made before it began. BackupFailed when no copy was made (the file
    `target` is then as it was); CannotStart when the database cannot be reached."""
    database = sqlite_files.sqlite_path(url)
    if database is not None:
        return _backup_sqlite(database, target)
    if make_url(url).get_backend_name() == "postgresql":
        return _backup_postgres(url, target)
    raise BackupFailed(NOT_A_FILE_DATABASE(where=where(url)))


def _backup_sqlite(database: Path, target: Path) -> Saved:
    if not database.is_file():
        raise BackupFailed(NO_DATABASE(path=database))
    if _is_the_database(target, database):
        raise BackupFailed(ONTO_ITSELF(path=target))
    try:
        with closing(sqlite_files.connect(database)) as source:
            return Saved(target, sqlite_files.copy(source, target))
    except (sqlite3.Error, DamagedDatabase, OSError) as error:
        raise BackupFailed(NOT_SAVED(path=database, detail=str(error))) from error


def _is_the_database(path: Path, database: Path) -> bool:
    """`path` is the database file or one SQLite keeps beside it (its WAL, its index)."""
    files = {database.resolve().with_name(database.name + suffix) for suffix in ("", "-wal", "-shm")}
    return path.resolve() in files


def _backup_postgres(url: str, target: Path) -> Saved:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupFailed(PG_DUMP_NEEDED())
    engine = create_db_engine(url)
    try:
        connection = engine.connect().execution_options(isolation_level="REPEATABLE READ")
    except DBAPIError as error:
        engine.dispose()
        problem = classify(error, url, connecting=True)
        if problem is None:
            raise
        raise CannotStart(database_problem(problem)) from error
    try:
        with connection.begin():
            # pg_dump reads the snapshot this transaction sees: the counts are of the file.
            connection.execute(text("SET TRANSACTION READ ONLY"))
            snapshot = connection.scalar(text("SELECT pg_export_snapshot()"))
            contents = _counted(connection)
            _dump(pg_dump, url, str(snapshot), target)
    finally:
        connection.close()
        engine.dispose()
    return Saved(target, contents)


def _counted(connection: Connection) -> Contents:
    tables = set(inspect(connection).get_table_names())
    return count(tables, lambda query: connection.scalar(text(query)))


def _dump(pg_dump: str, url: str, snapshot: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    command = [pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={part}"]
    done = subprocess.run(command, env=_libpq_env(url), capture_output=True, text=True)
    if done.returncode != 0:
        part.unlink(missing_ok=True)
        raise BackupFailed(PG_DUMP_FAILED(detail=" ".join(done.stderr.split())))
    os.replace(part, target)


def _libpq_env(url: str) -> dict[str, str]:
    """The URL's server, login and database for pg_dump, in libpq's variables: a password is
    never on a command line, where every user of the PC may read it."""
    parsed = make_url(url)
    env = dict(os.environ)
    for name, value in (
        ("PGHOST", parsed.host),
        ("PGPORT", parsed.port),
        ("PGUSER", parsed.username),
        ("PGPASSWORD", parsed.password),
        ("PGDATABASE", parsed.database),
        ("PGSSLMODE", parsed.query.get("sslmode")),
    ):
        if value is not None:
            env[name] = str(value)
    return env


@dataclass(frozen=True, slots=True)
class Restored:
    kept: Path | None  # the database the backup replaced, None when there was none
    revision: str  # the schema's after the restore, upgraded to this packstation's


class Restore:
    """A backup file checked to restore into a SQLite database, every station's lock on it held
    until `close`: `prepare_restore` makes one."""

    def __init__(
        self,
        url: str,
        source: Path,
        database: Path,
        contents: Contents,
        connection: sqlite3.Connection,
        locks: StationLock,
    ) -> None:
        self.url = url
        self.source = source
        self.database = database
        self.contents = contents
        self._connection = connection
        self._locks = locks

    def run(self) -> Restored:
        """The backup as the database, the database it replaces kept beside it first, and the
        schema upgraded as at a station's start."""
        kept = None
        if self.database.is_file():
            kept = _kept_path(self.database)
            with closing(sqlite_files.connect(self.database)) as live:
                sqlite_files.copy(live, kept)
        sqlite_files.overwrite(self.database, self._connection)
        db = open_database(self.url)
        try:
            with db.engine.connect() as connection:
                revision = str(connection.scalar(text("SELECT version_num FROM alembic_version")))
        finally:
            db.dispose()
        return Restored(kept, revision)

    def close(self) -> None:
        self._connection.close()
        self._locks.release()


def prepare_restore(url: str, source: Path) -> Restore:
    """The backup file `source` checked (an SQLite database intact, of a schema revision this
    packstation knows) and the database's stations locked out; BackupFailed when it may not be
    restored."""
    database = sqlite_files.sqlite_path(url)
    if database is None:
        if make_url(url).get_backend_name() == "postgresql":
            raise BackupFailed(PG_RESTORE())
        raise BackupFailed(NOT_A_FILE_DATABASE(where=where(url)))
    if _is_the_database(source, database):
        raise BackupFailed(RESTORE_ITSELF(path=source))
    try:
        connection = sqlite_files.open_checked(source)
    except DamagedDatabase as damaged:
        raise BackupFailed(NOT_A_BACKUP(path=source, detail=str(damaged))) from damaged
    except OSError as error:
        raise BackupFailed(NO_FILE(path=source, detail=error.strerror or str(error))) from error
    try:
        contents = sqlite_files.contents(connection)
        revision = contents.revision
        if revision is None:
            raise BackupFailed(NOT_PACKSTATION(path=source))
        from packstation.store.schema_upgrade import known_revisions  # alembic: only here

        if revision not in known_revisions():
            raise BackupFailed(NEWER_BACKUP(path=source, revision=revision))
        database.parent.mkdir(parents=True, exist_ok=True)
        try:
            locks = claim_every_station(database)
        except StationBusy as busy:
            raise BackupFailed(
                STATION_RUNNING(station=busy.station, holder=busy.holder or "?")
            ) from busy
    except BaseException:
        connection.close()
        raise
    return Restore(url, source, database, contents, connection, locks)


def _kept_path(database: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = database.with_name(f"{database.name}.before-restore-{stamp}")
    number = 1
    while kept.exists():
        number += 1
        kept = database.with_name(f"{database.name}.before-restore-{stamp}-{number}")
    return kept
