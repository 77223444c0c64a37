"""SQLite runs with the settings that keep every commit through a power cut."""

from __future__ import annotations

from sqlalchemy import text

from packstation.store.database import Database


def test_a_fresh_connection_runs_in_wal_mode_with_full_sync_and_foreign_keys(
    db_url: str,
) -> None:
    db = Database(db_url)
    try:
        db.engine.dispose()  # a connection of its own, not the one the migrations used
        with db.engine.connect() as connection:
            assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
            assert connection.scalar(text("PRAGMA synchronous")) == 2  # FULL
            assert connection.scalar(text("PRAGMA foreign_keys")) == 1
    finally:
        db.dispose()
