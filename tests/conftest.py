from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

from packstation.app.context import Station  # noqa: E402
from packstation.app.settings import Settings  # noqa: E402
from packstation.store.database import Database  # noqa: E402


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real per-user database or settings."""
    monkeypatch.setenv("PACKSTATION_DB", f"sqlite:///{tmp_path / 'default.sqlite3'}")
    monkeypatch.setenv("PACKSTATION_SETTINGS", str(tmp_path / "settings.json"))


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bench.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def station(clock: Clock) -> Station:
    return Station("bench-1", "aiko", clock=clock)


@pytest.fixture
def settings() -> Settings:
    return Settings(station_name="bench-1", operator="aiko")
