"""A prefix match that an index on the column serves, on either database.

SQLite uses no index for LIKE unless `case_sensitive_like` is on, so there it is the range
`column >= text AND column < text + U+10FFFF`, exact under SQLite's byte-wise BINARY
collation. PostgreSQL's LIKE 'text%' is served by a `varchar_pattern_ops` index whatever the
database's collation (migration 0010 makes them); a range would be wrong under a linguistic
collation, which ignores punctuation such as the hyphens of an order number.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_

_ABOVE_EVERY_CHARACTER = "\U0010ffff"


def starts_with(column: ColumnElement[str], text: str, dialect: str) -> ColumnElement[bool]:
    if dialect == "sqlite":
        return and_(column >= text, column < text + _ABOVE_EVERY_CHARACTER)
    return column.startswith(text, autoescape=True)
