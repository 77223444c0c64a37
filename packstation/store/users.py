"""The users table: looked up by name (whatever its case) or by badge digest."""

from __future__ import annotations

from sqlalchemy import Connection, exists, func, select
from sqlalchemy.orm import Session

from packstation.store.schema import User


def any_users(connection: Connection | Session) -> bool:
    """Whether anyone was ever added: until then the station works without signing in."""
    return bool(connection.scalar(select(exists().where(User.id.is_not(None)))))


def by_name(session: Session, name: str) -> User | None:
    return session.scalar(select(User).where(func.lower(User.name) == name.strip().lower()))


def by_badge(session: Session, digest: str) -> User | None:
    return session.scalar(select(User).where(User.badge_digest == digest))


def everyone(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(func.lower(User.name))))


def active_admins(session: Session) -> int:
    query = select(func.count()).where(User.role == "admin", User.active.is_(True))
    return session.scalar(query) or 0
