"""Opening the database: engine, connection settings, migrations applied on start."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from packstation.store.problems import DatabaseProblem, ProblemKind, classify, where

ENV_VAR = "PACKSTATION_DB"
# The newest migration's revision (tests/store/test_migrations.py holds it to the scripts): a
# database at it opens without loading alembic.
HEAD_REVISION = "0011"


def default_url() -> str:
    folder = user_data_path("packstation", appauthor=False)  # created with the engine
    return f"sqlite:///{folder / 'packstation.sqlite3'}"


def resolve_url(url: str | None) -> str:
    """`--db URL` first, then `PACKSTATION_DB`, then the per-user SQLite file."""
    return url or os.environ.get(ENV_VAR) or default_url()


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # WAL lets the GUI read while a worker writes, and a backup copy while stations write.
    # synchronous: in WAL mode NORMAL is safe from corruption, but a power cut may undo the
    # last commits (the WAL is synced at checkpoints only); FULL syncs the WAL at every commit,
    # so a commit that returned is on the disk. A scan the packer saw counted must not vanish
    # with the power: FULL. https://www.sqlite.org/pragma.html#pragma_synchronous and
    # https://www.sqlite.org/wal.html ("Performance Considerations").
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not parsed.query.get("uri"):
            _make_folder(Path(database), url)
        # Connections pass between the GUI thread and the worker through the pool.
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _make_folder(database: Path, url: str) -> None:
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # no permission, or a part of the path is a file
        raise DatabaseProblem(ProblemKind.FOLDER_NOT_CREATED, where(url), str(error)) from error


def schema_revision(connection: Connection) -> str | None:
    """The revision the database's schema is at; None for a database without one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.scalar(text("SELECT version_num FROM alembic_version"))


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent)."""
    with engine.connect() as connection:
        current = schema_revision(connection)
    if current != HEAD_REVISION:
        from packstation.store.schema_upgrade import upgrade

        upgrade(engine)


class Database:
    """An engine with its schema up to date, and sessions on it."""

    def __init__(self, url: str | None = None, *, migrate_schema: bool = True) -> None:
        self.url = resolve_url(url)
        self.engine = create_db_engine(self.url)
        try:
            self._open(migrate_schema)
        except BaseException:
            self.engine.dispose()
            raise
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _open(self, migrate_schema: bool) -> None:
        """Connect, bring the schema up to date, and make sure a SQLite file can be written
        (a read-only file opens and reads well: it would fail at the packer's first scan)."""
        with self._told(connecting=True):
            self.engine.connect().close()
        if not migrate_schema:
            return
        with self._told(connecting=False):
            migrate(self.engine)
            if self.engine.dialect.name == "sqlite":
                with self.engine.connect() as connection:
                    connection.execute(text("UPDATE alembic_version SET version_num = version_num"))
                    connection.rollback()

    @contextmanager
    def _told(self, *, connecting: bool) -> Iterator[None]:
        """A failure start-up knows raised as its `DatabaseProblem`; any other as it is."""
        try:
            yield
        except DBAPIError as error:
            problem = classify(error, self.url, connecting=connecting)
            if problem is None:
                raise
            raise problem from error

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()
