"""Counting the rows of a search no further than a cap, so that a count stays fast on a
million orders: the list says "more than 10,000" rather than waiting for the exact figure."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import Session

COUNT_CAP = 10_000  # counted exactly up to here; beyond, "more than 10,000"


def capped_count(executor: Session | Connection, query: Select[Any], cap: int = COUNT_CAP) -> int:
    """How many rows the query gives, counting no further than one past `cap`."""
    limited = query.limit(cap + 1).subquery()
    return executor.scalar(select(func.count()).select_from(limited)) or 0
