"""What a packstation database holds, counted: told after a backup and before a restore."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Contents:
    """`revision`: the schema's (alembic_version), None for a database without one."""

    revision: str | None
    orders: int
    parcels: int
    events: int


def count(tables: Collection[str], scalar: Callable[[str], Any]) -> Contents:
    """The contents of a database with `tables`, `scalar` running one query on it (the same
    snapshot for all: a backup's, or a file nobody writes)."""

    def rows(table: str) -> int:
        return int(scalar(f"SELECT count(*) FROM {table}")) if table in tables else 0  # noqa: S608

    revision = None
    if "alembic_version" in tables:
        found = scalar("SELECT max(version_num) FROM alembic_version")
        revision = None if found is None else str(found)
    return Contents(revision, rows("orders"), rows("shipments"), rows("events"))
