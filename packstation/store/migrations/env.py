"""Alembic environment: the engine comes from packstation, not from an ini file."""

from __future__ import annotations

from alembic import context

from packstation.store.schema import Base
from packstation.store.types import UTCDateTime


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Migrations spell plain SQL types: UTCDateTime is a DateTime column."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()
