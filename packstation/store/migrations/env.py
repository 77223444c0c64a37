"""Alembic environment: the engine comes from packstation, not from an ini file."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from packstation.store.schema import Base, modelled
from packstation.store.types import UTCDateTime


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Migrations spell plain SQL types: UTCDateTime is a DateTime column."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


config = context.config
engine = config.attributes["engine"]


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=modelled,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


with engine.connect() as connection:
    if connection.dialect.name != "sqlite":
        with connection.begin():
            run(connection)
    else:
        # A batch migration rebuilds a table (copy, drop, rename). With foreign keys on,
        # dropping the old `shipments` would delete every line by ON DELETE CASCADE, so they
        # are off while migrating (they can only be switched outside a transaction) and
        # checked before the commit, as SQLite's "other kinds of table schema changes" asks.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                run(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration leaves orphaned rows: {broken[:5]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
