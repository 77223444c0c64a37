"""Adding, listing, disabling and unlocking users (the CLI's `packstation users`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.users import Role, badge_digest, hash_pin
from packstation.store import users as users_store
from packstation.store.database import Database
from packstation.store.schema import User

MIN_PIN = 4

FIRST_ADMIN = QT_TRANSLATE_NOOP("Users", "The first user must be an admin (--role admin)")
NAME_TAKEN = QT_TRANSLATE_NOOP("Users", "There is a user called {name} already")
BADGE_TAKEN = QT_TRANSLATE_NOOP("Users", "That badge belongs to another user")
SHORT_PIN = QT_TRANSLATE_NOOP("Users", "A PIN has at least {length} characters")
NO_NAME = QT_TRANSLATE_NOOP("Users", "A user needs a name")
NO_SUCH_USER = QT_TRANSLATE_NOOP("Users", "No user is called {name}")
LAST_ADMIN = QT_TRANSLATE_NOOP("Users", "{name} is the last active admin: add another first")


class UserRefused(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


@dataclass(frozen=True, slots=True)
class UserRow:
    name: str
    role: Role
    active: bool
    badge: bool
    locked_until: datetime | None  # None: not locked now


def add_user(db: Database, name: str, role: Role, pin: str, badge: str = "") -> None:
    name = name.strip()
    if not name:
        raise UserRefused(NO_NAME())
    if len(pin) < MIN_PIN:
        raise UserRefused(SHORT_PIN(length=MIN_PIN))
    user = User(
        name=name,
        role=role.value,
        pin_hash=hash_pin(pin),
        badge_digest=badge_digest(badge) if badge.strip() else None,
        failed_attempts=0,
        active=True,
    )
    try:
        with db.session() as session, session.begin():
            if not users_store.any_users(session) and role is not Role.ADMIN:
                raise UserRefused(FIRST_ADMIN())
            if users_store.by_name(session, name) is not None:
                raise UserRefused(NAME_TAKEN(name=name))
            session.add(user)
    except IntegrityError:  # the badge's digest is unique
        raise UserRefused(BADGE_TAKEN()) from None


def list_users(db: Database, now: datetime) -> list[UserRow]:
    with db.session() as session:
        return [
            UserRow(
                user.name,
                Role(user.role),
                user.active,
                user.badge_digest is not None,
                user.locked_until if user.locked_until and user.locked_until > now else None,
            )
            for user in users_store.everyone(session)
        ]


def disable_user(db: Database, name: str) -> None:
    with db.session() as session, session.begin():
        user = _named(session, name)
        if user.role == Role.ADMIN and user.active and users_store.active_admins(session) == 1:
            raise UserRefused(LAST_ADMIN(name=user.name))
        user.active = False


def unlock_user(db: Database, name: str) -> None:
    with db.session() as session, session.begin():
        user = _named(session, name)
        user.failed_attempts = 0
        user.locked_until = None


def _named(session: Session, name: str) -> User:
    user = users_store.by_name(session, name)
    if user is None:
        raise UserRefused(NO_SUCH_USER(name=name))
    return user
