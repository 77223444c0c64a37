"""What a front end tells when the station cannot start as it should: what is wrong and
what to do, one paragraph, for the console and for a dialog.

`load_settings` and `open_database` are the two steps of a start; a problem that stops the
start is raised as `CannotStart`, one the start goes on with (a damaged settings file kept
aside) is returned for the front end to tell.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from packstation.app import settings as settings_store
from packstation.app.settings import NewerSettings, Settings
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message, Text, Translate, untranslated
from packstation.store.database import Database
from packstation.store.problems import DatabaseProblem, ProblemKind
from packstation.store.station_lock import StationBusy, StationLock, acquire

_DATABASE: dict[ProblemKind, tuple[Text, Text]] = {
    ProblemKind.FOLDER_NOT_CREATED: (
        QT_TRANSLATE_NOOP(
            "Startup", "The folder for the database {where} cannot be created ({detail})."
        ),
        QT_TRANSLATE_NOOP(
            "Startup",
            "Start packstation with --db and a place this user may write to, or have the"
            " folder created with write permission for this user.",
        ),
    ),
    ProblemKind.READ_ONLY: (
        QT_TRANSLATE_NOOP(
            "Startup",
            "The database {where} cannot be written: the file is read-only or its folder is"
            " not writable ({detail}).",
        ),
        QT_TRANSLATE_NOOP(
            "Startup",
            "Give the user who runs packstation write permission on the file and its folder,"
            " or start with --db and a writable place.",
        ),
    ),
    ProblemKind.NOT_A_DATABASE: (
        QT_TRANSLATE_NOOP(
            "Startup", "The file {where} is not a database, or it is damaged ({detail})."
        ),
        QT_TRANSLATE_NOOP(
            "Startup",
            "Restore it from a backup, or move it away to start with an empty database;"
            " --db chooses another file.",
        ),
    ),
    ProblemKind.SERVER_UNREACHABLE: (
        QT_TRANSLATE_NOOP(
            "Startup",
            "The database server at {where} cannot be reached: nothing answers there ({detail}).",
        ),
        QT_TRANSLATE_NOOP(
            "Startup",
            "Check that the server is running, that the host and port in --db or"
            " PACKSTATION_DB are right and that no firewall is in the way.",
        ),
    ),
    ProblemKind.HOST_UNKNOWN: (
        QT_TRANSLATE_NOOP(
            "Startup", "The host of the database server {where} is not known ({detail})."
        ),
        QT_TRANSLATE_NOOP(
            "Startup",
            "Check the host name in --db or PACKSTATION_DB and this PC's network connection.",
        ),
    ),
    ProblemKind.LOGIN_REFUSED: (
        QT_TRANSLATE_NOOP(
            "Startup", "The database server at {where} refused the login ({detail})."
        ),
        QT_TRANSLATE_NOOP(
            "Startup",
            "Check the user name and password in --db or PACKSTATION_DB, and that the server"
            " lets this user in from this PC.",
        ),
    ),
    ProblemKind.NO_SUCH_DATABASE: (
        QT_TRANSLATE_NOOP(
            "Startup", "The database server at {where} has no such database ({detail})."
        ),
        QT_TRANSLATE_NOOP(
            "Startup",
            "Check the database name in --db or PACKSTATION_DB, or have the database created"
            " on the server.",
        ),
    ),
    ProblemKind.CONNECTION_FAILED: (
        QT_TRANSLATE_NOOP(
            "Startup", "Cannot connect to the database server at {where} ({detail})."
        ),
        QT_TRANSLATE_NOOP(
            "Startup",
            "Check --db or PACKSTATION_DB, and that the server is running and reachable from"
            " this PC.",
        ),
    ),
    ProblemKind.NEWER_SCHEMA: (
        QT_TRANSLATE_NOOP(
            "Startup",
            "The database {where} was set up by a newer packstation (schema revision {detail}).",
        ),
        QT_TRANSLATE_NOOP(
            "Startup",
            "Start the newer packstation at this station, or start this one with --db and"
            " another database.",
        ),
    ),
}
SETTINGS_DAMAGED = QT_TRANSLATE_NOOP(
    "Startup", "The settings file {path} could not be read ({reason}); it is kept as {backup}."
)
SETTINGS_DEFAULTS = QT_TRANSLATE_NOOP(
    "Startup",
    "packstation starts with the default settings: set the station up again, or repair the"
    " kept file and put it back in place while packstation is closed.",
)
SETTINGS_NEWER = QT_TRANSLATE_NOOP(
    "Startup",
    "The settings file {path} was written by a newer packstation (settings version {version}).",
)
SETTINGS_NEWER_TODO = QT_TRANSLATE_NOOP(
    "Startup",
    "Start the newer packstation, or start this one with --settings and another file.",
)

STATION_RUNNING = QT_TRANSLATE_NOOP(
    "Startup",
    "Station {station} is already running on this database ({holder}): a second window of one"
    " station would open the orders the first is packing.",
)
STATION_RUNNING_TODO = QT_TRANSLATE_NOOP(
    "Startup",
    "Switch to the window that runs, or close it first. For a second bench, start this one with"
    " --station and another name, or give it another station name in its settings.",
)


@dataclass(frozen=True, slots=True)
class StartupProblem:
    """What is wrong and what to do. `stops`: the station cannot start (else it starts, and
    this is a warning)."""

    what: Message
    todo: Message
    stops: bool = True

    def render(self, translate: Translate = untranslated) -> str:
        return f"{self.what.render(translate)} {self.todo.render(translate)}"


class CannotStart(Exception):
    def __init__(self, problem: StartupProblem) -> None:
        super().__init__(problem.render())
        self.problem = problem


def _one_line(detail: str) -> str:
    return " ".join(detail.split())


def database_problem(problem: DatabaseProblem) -> StartupProblem:
    what, todo = _DATABASE[problem.kind]
    return StartupProblem(what(where=problem.where, detail=_one_line(problem.detail)), todo())


def open_database(url: str | None) -> Database:
    try:
        return Database(url)
    except DatabaseProblem as problem:
        raise CannotStart(database_problem(problem)) from problem


def claim_station(db: Database, station: str) -> StationLock:
    """This station's lock on the database, for as long as the station runs."""
    try:
        return acquire(db, station)
    except StationBusy as busy:
        what = STATION_RUNNING(station=station, holder=busy.holder or "?")
        raise CannotStart(StartupProblem(what, STATION_RUNNING_TODO())) from busy


def load_settings(
    path: Path | None, station: str | None = None
) -> tuple[Settings, tuple[StartupProblem, ...]]:
    """The settings to start with (`station`, when given, names the station for this run), and
    the warning to tell when a damaged file was moved aside; CannotStart for settings from a
    newer packstation (they are left as they are)."""
    path = path or settings_store.default_path()
    try:
        loaded = settings_store.read(path)
    except NewerSettings as newer:
        what = SETTINGS_NEWER(path=path, version=newer.version)
        raise CannotStart(StartupProblem(what, SETTINGS_NEWER_TODO())) from newer
    settings = loaded.settings
    if station:
        settings = dataclasses.replace(settings, station_name=station)
    if loaded.damaged is None:
        return settings, ()
    what = SETTINGS_DAMAGED(path=path, reason=_one_line(loaded.reason), backup=loaded.damaged)
    return settings, (StartupProblem(what, SETTINGS_DEFAULTS(), stops=False),)
