"""Bringing a database's schema to the newest revision with the alembic migrations: loaded
only when `database.migrate` finds the schema behind (or ahead of) the newest."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from packstation.store.problems import DatabaseProblem, ProblemKind, where

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def known_revisions() -> frozenset[str]:
    """Every revision these migrations know: the head and those it upgrades from."""
    script = ScriptDirectory(str(MIGRATIONS))
    return frozenset(revision.revision for revision in script.walk_revisions())


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent); NEWER_SCHEMA when the database
    is at a revision these migrations do not know."""
    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current is not None and current not in known_revisions():
        raise DatabaseProblem(
            ProblemKind.NEWER_SCHEMA,
            where(engine.url),
            current,
        )
    if current != script.get_current_head():
        command.upgrade(config, "head")
