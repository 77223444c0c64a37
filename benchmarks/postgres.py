"""The PostgreSQL server the benchmarks use: the tests' own (a database of its own on it for each
run: tests.postgres.scratch_database)."""

from __future__ import annotations

import os

SKIPPED = "  skipped: no PostgreSQL server (set PACKSTATION_TEST_POSTGRES, as .ci/run does)"


def server() -> str:
    """The server's URL, or "" when none is set."""
    return os.environ.get("PACKSTATION_TEST_POSTGRES", "")

