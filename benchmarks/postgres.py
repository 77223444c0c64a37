"""A database of its own on the PostgreSQL server the tests use, for one benchmark run."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

SKIPPED = "  skipped: no PostgreSQL server (set PACKSTATION_TEST_POSTGRES, as .ci/run does)"


def server() -> str:
    """The server's URL, or "" when none is set."""
    return os.environ.get("PACKSTATION_TEST_POSTGRES", "")


@contextmanager
def scratch_database(url: str) -> Iterator[str]:
    """The URL of a new, empty database on the server at `url`; dropped afterwards."""
    name = f"packstation_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
