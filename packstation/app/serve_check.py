"""Whether a station may start working on a database: it answers, its schema is one this
packstation knows, its clock agrees with this PC's, it takes writes, and how fast it answers."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from packstation.app.startup import StartupProblem, database_problem
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message, Translate, untranslated
from packstation.store.database import HEAD_REVISION, create_db_engine, schema_revision
from packstation.store.problems import classify, where
from packstation.store.sqlite_files import sqlite_path

# Ship-by deadlines are counted on this PC's clock and events are stamped with the server's
# (PostgreSQL's now()): apart by more than this, the audit trail reads out of order.
CLOCK_WARNING_S = 2.0
CLOCK_FAILURE_S = 60.0
ROUND_TRIPS = 20

NO_DATABASE = QT_TRANSLATE_NOOP(
    "Cli", "There is no database at {path}: a station started on it would begin an empty one"
)
CONNECTED = QT_TRANSLATE_NOOP("Cli", "Connected to {where}")
NO_SCHEMA = QT_TRANSLATE_NOOP(
    "Cli", "The database has no packstation schema yet: it is set up at the station's start"
)
SCHEMA_CURRENT = QT_TRANSLATE_NOOP("Cli", "Schema revision {revision}, this packstation's")
SCHEMA_BEHIND = QT_TRANSLATE_NOOP(
    "Cli",
    "Schema revision {revision}, older than this packstation's {head}: it will be upgraded at"
    " start",
)
SCHEMA_AHEAD = QT_TRANSLATE_NOOP(
    "Cli",
    "Schema revision {revision} is newer than this packstation's {head}: start the newer"
    " packstation on this database",
)
CLOCK_LOCAL = QT_TRANSLATE_NOOP("Cli", "Clock: an SQLite database runs on this PC's clock")
CLOCK_AGREES = QT_TRANSLATE_NOOP(
    "Cli", "Clock: the server's and this PC's agree within {seconds} s"
)
CLOCK_AHEAD = QT_TRANSLATE_NOOP(
    "Cli",
    "Clock: the server's is {seconds} s ahead of this PC's; ship-by deadlines and the audit"
    " trail depend on both: set them right (NTP)",
)
CLOCK_BEHIND = QT_TRANSLATE_NOOP(
    "Cli",
    "Clock: the server's is {seconds} s behind this PC's; ship-by deadlines and the audit"
    " trail depend on both: set them right (NTP)",
)
WRITABLE = QT_TRANSLATE_NOOP("Cli", "The database takes writes (a test transaction, rolled back)")
NOT_WRITABLE = QT_TRANSLATE_NOOP("Cli", "The database refuses writes: {detail}")
ROUND_TRIP = QT_TRANSLATE_NOOP(
    "Cli", "Round trip: {milliseconds} ms (the median of {count} queries)"
)
QUERY_FAILED = QT_TRANSLATE_NOOP("Cli", "A query failed: {detail}")


class Level(Enum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Finding:
    level: Level
    said: Message | StartupProblem

    def render(self, translate: Translate = untranslated) -> str:
        return self.said.render(translate)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def serve_check(url: str, now: Callable[[], datetime] = _utc_now) -> list[Finding]:
    """What a station would meet on the database at `url`, one finding a check; it changes
    nothing there. `now`: this PC's clock."""
    database = sqlite_path(url)
    if database is not None and not database.is_file():
        return [Finding(Level.FAILED, NO_DATABASE(path=database))]
    engine = create_db_engine(url)
    try:
        try:
            connection = engine.connect()
        except DBAPIError as error:
            return [_failure(error, url, connecting=True)]
        with connection:
            findings = [Finding(Level.OK, CONNECTED(where=where(url)))]
            checks: tuple[Callable[[Connection], Finding], ...] = (
                _schema,
                lambda checked: _clock(checked, now),
                lambda checked: _writes(checked, url),
                _round_trip,
            )
            for check in checks:
                try:
                    findings.append(check(connection))
                except DBAPIError as error:
                    findings.append(_failure(error, url, connecting=False))
                finally:
                    connection.rollback()
            return findings
    finally:
        engine.dispose()


def _failure(error: DBAPIError, url: str, *, connecting: bool) -> Finding:
    problem = classify(error, url, connecting=connecting)
    if problem is not None:
        return Finding(Level.FAILED, database_problem(problem))
    return Finding(Level.FAILED, QUERY_FAILED(detail=" ".join(str(error.orig).split())))


def _schema(connection: Connection) -> Finding:
    revision = schema_revision(connection)
    if revision is None:
        return Finding(Level.OK, NO_SCHEMA())
    if revision == HEAD_REVISION:
        return Finding(Level.OK, SCHEMA_CURRENT(revision=revision))
    from packstation.store.schema_upgrade import known_revisions  # alembic: only here

    if revision in known_revisions():
        return Finding(Level.OK, SCHEMA_BEHIND(revision=revision, head=HEAD_REVISION))
    return Finding(Level.FAILED, SCHEMA_AHEAD(revision=revision, head=HEAD_REVISION))


def _clock(connection: Connection, now: Callable[[], datetime]) -> Finding:
    if connection.dialect.name == "sqlite":
        return Finding(Level.OK, CLOCK_LOCAL())
    before = now()
    server = connection.scalar(text("SELECT clock_timestamp()"))
    after = now()
    skew = (server - (before + (after - before) / 2)).total_seconds()
    seconds = f"{abs(skew):.1f}"
    if abs(skew) <= CLOCK_WARNING_S:
        return Finding(Level.OK, CLOCK_AGREES(seconds=f"{CLOCK_WARNING_S:g}"))
    level = Level.FAILED if abs(skew) > CLOCK_FAILURE_S else Level.WARNING
    return Finding(level, (CLOCK_AHEAD if skew > 0 else CLOCK_BEHIND)(seconds=seconds))


def _writes(connection: Connection, url: str) -> Finding:
    """A write a station makes, in a transaction rolled back: the revision rewritten as it is,
    or, in a database without a schema yet, a table made, as the migrations will."""
    if inspect(connection).has_table("alembic_version"):
        write = "UPDATE alembic_version SET version_num = version_num"
    else:
        write = "CREATE TABLE packstation_write_check (id INTEGER)"
    try:
        connection.execute(text(write))
    except DBAPIError as error:
        problem = classify(error, url, connecting=False)
        if problem is not None:
            return Finding(Level.FAILED, database_problem(problem))
        return Finding(Level.FAILED, NOT_WRITABLE(detail=" ".join(str(error.orig).split())))
    return Finding(Level.OK, WRITABLE())


def _round_trip(connection: Connection) -> Finding:
    times = []
    for _ in range(ROUND_TRIPS):
        start = time.perf_counter()
        connection.execute(text("SELECT 1")).scalar()
        times.append(time.perf_counter() - start)
    milliseconds = f"{statistics.median(times) * 1000:.2f}"
    return Finding(Level.OK, ROUND_TRIP(milliseconds=milliseconds, count=ROUND_TRIPS))
