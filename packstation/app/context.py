"""Who is working where: every event row says which station and which operator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Station:
    name: str
    operator: str
    clock: Callable[[], datetime] = field(default=utc_now, compare=False)

    def now(self) -> datetime:
        return self.clock()
