"""Start-up problems against real paths and a real (closed or refusing) server: each is told
in one paragraph, what is wrong and what to do; anything else still raises."""

from __future__ import annotations

import os
import socket
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from packstation.app import settings as settings_store
from packstation.app.settings import SCHEMA_VERSION, Settings
from packstation.app.startup import CannotStart, load_settings, open_database
from packstation.store.database import Database
from packstation.store.problems import DatabaseProblem, ProblemKind
from tests.conftest import POSTGRES


def problem_of(url: str) -> DatabaseProblem:
    with pytest.raises(DatabaseProblem) as raised:
        Database(url)
    return raised.value


def told(url: str) -> str:
    with pytest.raises(CannotStart) as raised:
        open_database(url)
    problem = raised.value.problem
    assert problem.stops
    paragraph = problem.render()
    assert "\n" not in paragraph and "\t" not in paragraph
    return paragraph


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def migrated(path: Path) -> Path:
    Database(f"sqlite:///{path}").dispose()
    return path


def test_a_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    url = f"sqlite:///{blocker / 'data' / 'packstation.sqlite3'}"
    assert problem_of(url).kind is ProblemKind.FOLDER_NOT_CREATED
    paragraph = told(url)
    assert str(blocker / "data" / "packstation.sqlite3") in paragraph
    assert "cannot be created" in paragraph and "--db" in paragraph


def test_a_read_only_database_is_found_at_the_start_not_at_the_first_scan(
    tmp_path: Path,
) -> None:
    path = migrated(tmp_path / "bench.sqlite3")
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    assert problem_of(url).kind is ProblemKind.READ_ONLY
    paragraph = told(url)
    assert str(path) in paragraph and "read-only" in paragraph and "write permission" in paragraph
    assert not (Path.cwd() / "file:").exists()


def test_a_read_only_file_by_its_permissions(tmp_path: Path) -> None:
    path = migrated(tmp_path / "bench.sqlite3")
    for part in (path, tmp_path):
        part.chmod(0o555 if part.is_dir() else 0o444)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("this user (root) writes read-only files anyway")
        assert problem_of(f"sqlite:///{path}").kind is ProblemKind.READ_ONLY
    finally:
        tmp_path.chmod(0o755)
        path.chmod(0o644)


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "bench.sqlite3"
    path.write_bytes(b"order export, not SQLite\n" * 100)
    url = f"sqlite:///{path}"
    assert problem_of(url).kind is ProblemKind.NOT_A_DATABASE
    assert "is not a database, or it is damaged" in told(url)
    assert path.read_bytes() == b"order export, not SQLite\n" * 100


def test_a_database_from_a_newer_packstation(tmp_path: Path) -> None:
    path = migrated(tmp_path / "bench.sqlite3")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    paragraph = told(f"sqlite:///{path}")
    assert "newer packstation" in paragraph and "9999_from_the_future" in paragraph


def test_a_server_that_does_not_answer_names_it_without_the_password() -> None:
    url = f"postgresql+psycopg://packer:s3cret@127.0.0.1:{closed_port()}/station"
    assert problem_of(url).kind is ProblemKind.SERVER_UNREACHABLE
    paragraph = told(url)
    assert "s3cret" not in paragraph
    assert "postgresql+psycopg://packer:***@127.0.0.1:" in paragraph
    assert "cannot be reached" in paragraph and "server is running" in paragraph


def test_an_unknown_host() -> None:
    url = "postgresql+psycopg://packer:s3cret@no-such-host.invalid/station"
    assert problem_of(url).kind is ProblemKind.HOST_UNKNOWN
    paragraph = told(url)
    assert "no-such-host.invalid" in paragraph and "s3cret" not in paragraph
    assert "host name" in paragraph


@pytest.mark.skipif(not POSTGRES, reason="no PostgreSQL server: set PACKSTATION_TEST_POSTGRES")
def test_a_login_the_server_refuses_and_a_database_it_does_not_have() -> None:
    server = make_url(POSTGRES)
    nobody = server.set(username="no_such_packer", password="s3cret")
    url = nobody.render_as_string(hide_password=False)
    assert problem_of(url).kind is ProblemKind.LOGIN_REFUSED
    assert "refused the login" in told(url) and "s3cret" not in told(url)
    missing = server.set(database="no_such_station").render_as_string(hide_password=False)
    assert problem_of(missing).kind is ProblemKind.NO_SUCH_DATABASE
    assert "no_such_station" in told(missing)


def test_an_unexpected_error_is_not_hidden(tmp_path: Path) -> None:
    with pytest.raises(ArgumentError):
        open_database("not a database URL")
    path = migrated(tmp_path / "bench.sqlite3")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
        connection.execute(text("CREATE TABLE alembic_version (other TEXT)"))
    engine.dispose()
    with pytest.raises(OperationalError, match="no such column"):
        open_database(f"sqlite:///{path}")


def test_damaged_settings_are_a_warning_with_the_kept_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"operator": "aiko",')
    settings, warnings = load_settings(path)
    assert settings == Settings()
    [warning] = warnings
    assert not warning.stops
    [kept] = tmp_path.glob("settings.damaged-*.json")
    paragraph = warning.render()
    assert str(path) in paragraph and str(kept) in paragraph
    assert "default settings" in paragraph


def test_good_settings_start_without_a_word(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings_store.save(Settings(operator="aiko"), path)
    settings, warnings = load_settings(path)
    assert settings.operator == "aiko" and warnings == ()


def test_settings_from_a_newer_packstation_stop_the_start_and_stay(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(f'{{"schema_version": {SCHEMA_VERSION + 1}}}')
    with pytest.raises(CannotStart) as raised:
        load_settings(path)
    assert "newer packstation" in raised.value.problem.render()
    assert path.exists() and list(tmp_path.glob("*.damaged-*")) == []


def test_a_second_instance_of_a_station_is_refused_with_what_to_do(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from packstation.app.services import Services
    from packstation.app.settings import Settings
    from packstation.app.startup import CannotStart

    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    first = Services.open(url, tmp_path / "a.json", Settings(station_name="bench-1"))
    first.claim_station()
    second = Services.open(url, tmp_path / "b.json", Settings(station_name="bench-1"))
    with pytest.raises(CannotStart) as refused:
        second.claim_station()
    told = refused.value.problem.render()
    assert "bench-1 is already running" in told and "--station" in told
    other = Services.open(url, tmp_path / "c.json", Settings(station_name="bench-2"))
    other.claim_station()  # a second bench with its own name
    for services in (first, second, other):
        services.close()
