from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

from packstation.app.context import Station  # noqa: E402
from packstation.app.settings import Settings  # noqa: E402
from packstation.store.database import Database  # noqa: E402
from tests.postgres import scratch_database  # noqa: E402


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real per-user database, settings or data folder."""
    monkeypatch.setenv("PACKSTATION_DB", f"sqlite:///{tmp_path / 'default.sqlite3'}")
    monkeypatch.setenv("PACKSTATION_SETTINGS", str(tmp_path / "settings.json"))
    monkeypatch.setenv("PACKSTATION_DATA", str(tmp_path / "data"))


POSTGRES = os.environ.get("PACKSTATION_TEST_POSTGRES", "")  # a server URL, as .ci/run sets it


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_databases: run against SQLite and against the PostgreSQL server"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `both_databases` run on SQLite and on a real PostgreSQL server."""
    if "db_url" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_databases"
    ):
        metafunc.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    kind = getattr(request, "param", "sqlite")
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'bench.sqlite3'}"
        return
    if not POSTGRES:
        if os.environ.get("PACKSTATION_REQUIRE_POSTGRES") == "1":
            pytest.fail("PACKSTATION_REQUIRE_POSTGRES=1 but PACKSTATION_TEST_POSTGRES is not set")
        pytest.skip("no PostgreSQL server: set PACKSTATION_TEST_POSTGRES (.ci/run does)")
    with scratch_database(POSTGRES) as url:
        yield url




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


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict: the tests' stand-in for the Secret Service."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The process's keyring is an empty MemoryKeyring during the test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
