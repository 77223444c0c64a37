"""The database handles app code holds between store calls, named here so that only the store
names SQLAlchemy (pyproject.toml's contract)."""

from sqlalchemy import Connection
from sqlalchemy.orm import Session

__all__ = ["Connection", "Session"]
