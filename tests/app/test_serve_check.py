"""serve-check's findings: the server clock against this PC's (a skewed local clock given to
it), a schema behind this packstation's, and a check that leaves the database as it was."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from packstation.app.serve_check import Level, serve_check
from packstation.store.database import HEAD_REVISION, create_db_engine
from packstation.store.schema_upgrade import alembic_config


def skewed(seconds: float):  # type: ignore[no-untyped-def]
    return lambda: datetime.now(UTC) + timedelta(seconds=seconds)


def clock_finding(url: str, seconds: float):  # type: ignore[no-untyped-def]
    [finding] = [f for f in serve_check(url, now=skewed(seconds)) if "Clock" in f.render()]
    return finding


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_server_clock_is_warned_above_2_s_apart_and_failed_above_60(db_url: str) -> None:
    agreed = clock_finding(db_url, 0)
    assert agreed.level is Level.OK and "agree within 2 s" in agreed.render()
    behind = clock_finding(db_url, 10)  # this PC ahead: the server's clock 10 s behind
    assert behind.level is Level.WARNING
    assert "the server's is 10.0 s behind this PC's" in behind.render()
    ahead = clock_finding(db_url, -120)
    assert ahead.level is Level.FAILED
    assert "the server's is 120.0 s ahead of this PC's" in ahead.render()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_an_empty_database_passes_and_keeps_no_trace_of_the_write_check(db_url: str) -> None:
    findings = serve_check(db_url)
    assert [finding.level for finding in findings] == [Level.OK] * 5
    assert "no packstation schema yet" in findings[1].render()
    engine = create_db_engine(db_url)
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == []
    engine.dispose()


def test_a_schema_behind_this_packstation_will_be_upgraded_at_start(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_db_engine(url)
    command.upgrade(alembic_config(engine), "0005")
    engine.dispose()
    findings = serve_check(url)
    assert all(finding.level is Level.OK for finding in findings)
    assert (
        f"Schema revision 0005, older than this packstation's {HEAD_REVISION}: it will be"
        " upgraded at start" in findings[1].render()
    )
    assert "SQLite database runs on this PC's clock" in findings[2].render()
