"""Why a database cannot be opened, told apart from the driver's errors.

`Database(...)` raises a `DatabaseProblem` for the failures a station meets when it starts
(a folder it may not create, a read-only or damaged SQLite file, a PostgreSQL server it
cannot reach or log in to, a schema from a newer packstation); anything else propagates as
it was raised.
"""

from __future__ import annotations

import sqlite3
from enum import Enum

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError


class ProblemKind(Enum):
    FOLDER_NOT_CREATED = "folder-not-created"
    READ_ONLY = "read-only"
    NOT_A_DATABASE = "not-a-database"
    SERVER_UNREACHABLE = "server-unreachable"
    HOST_UNKNOWN = "host-unknown"
    LOGIN_REFUSED = "login-refused"
    NO_SUCH_DATABASE = "no-such-database"
    CONNECTION_FAILED = "connection-failed"
    NEWER_SCHEMA = "newer-schema"


class DatabaseProblem(Exception):
    """`where` is the SQLite file or the server's URL without its password; `detail` the
    driver's or the system's own words."""

    def __init__(self, kind: ProblemKind, where: str, detail: str) -> None:
        super().__init__(f"{kind.value}: {where}: {detail}")
        self.kind = kind
        self.where = where
        self.detail = detail


def where(url: str | URL) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


_SQLITE = (
    ("attempt to write a readonly database", ProblemKind.READ_ONLY),
    ("unable to open database file", ProblemKind.READ_ONLY),
    ("file is not a database", ProblemKind.NOT_A_DATABASE),
    ("database disk image is malformed", ProblemKind.NOT_A_DATABASE),
)

# libpq's and psycopg's words for a failed connection, most telling first.
_CONNECTION = (
    ("failed to resolve host", ProblemKind.HOST_UNKNOWN),
    ("could not translate host name", ProblemKind.HOST_UNKNOWN),
    ("password authentication failed", ProblemKind.LOGIN_REFUSED),
    ("authentication failed", ProblemKind.LOGIN_REFUSED),
    ("no password supplied", ProblemKind.LOGIN_REFUSED),
    ("no pg_hba.conf entry", ProblemKind.LOGIN_REFUSED),
    ('role "', ProblemKind.LOGIN_REFUSED),
    ('database "', ProblemKind.NO_SUCH_DATABASE),
    ("connection refused", ProblemKind.SERVER_UNREACHABLE),
    ("timeout expired", ProblemKind.SERVER_UNREACHABLE),
    ("no route to host", ProblemKind.SERVER_UNREACHABLE),
    ("network is unreachable", ProblemKind.SERVER_UNREACHABLE),
    ("no such file or directory", ProblemKind.SERVER_UNREACHABLE),
)


def classify(error: DBAPIError, url: str, *, connecting: bool) -> DatabaseProblem | None:
    """The problem `error` shows, or None when it is not one of them. `connecting`: it was
    raised by the first connection to a server, so any operational error is a failed
    connection (a reason in words not listed here, a localised one, is still told)."""
    original = error.orig
    detail = str(original).strip()
    lowered = detail.lower()
    if isinstance(original, sqlite3.Error):
        table = _SQLITE
    elif connecting and isinstance(error, OperationalError):
        table = _CONNECTION
    else:
        return None
    for words, kind in table:
        if words in lowered:
            return DatabaseProblem(kind, where(url), detail)
    if table is _CONNECTION:
        return DatabaseProblem(ProblemKind.CONNECTION_FAILED, where(url), detail)
    return None
