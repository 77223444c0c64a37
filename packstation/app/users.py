"""Signing in at a station, and a supervisor's approval of one action.

Until the first user is added the station works as it always did: nobody signs in, the
events name the settings' operator and the station's own supervisor PIN (if one is set)
approves. From then on a packer signs in by badge or by name and PIN, and the supervisor's
actions need a supervisor or an admin signed in, or one's name and PIN (or badge) for that
one action. A PIN is never logged nor kept beyond the check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from packstation.domain.audit import Approved, EventKind
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.users import (
    LOCKOUT,
    MAX_FAILURES,
    ROLE_LABELS,
    Role,
    badge_digest,
    pin_matches,
    unknown_user_hash,
)
from packstation.store import users as users_store
from packstation.store.database import Database
from packstation.store.events import event_row
from packstation.store.schema import User

if TYPE_CHECKING:
    from packstation.app.context import Station
    from packstation.app.settings import Settings

SIGNED_IN = QT_TRANSLATE_NOOP("Users", "Signed in: {name} ({role})")
UNKNOWN_BADGE = QT_TRANSLATE_NOOP("Users", "This badge is not known here")
WRONG_NAME_OR_PIN = QT_TRANSLATE_NOOP("Users", "Wrong name or PIN")
LOCKED = QT_TRANSLATE_NOOP(
    "Users", "{name} is locked until {until} after too many wrong PINs"
)
APPROVAL_NEEDED = QT_TRANSLATE_NOOP(
    "Users", "A supervisor must approve this: their name and PIN, or their badge"
)
NOT_SUPERVISOR = QT_TRANSLATE_NOOP(
    "Users", "{name} is not a supervisor: a supervisor or an admin must approve this"
)
WRONG_PIN = QT_TRANSLATE_NOOP("Bench", "Wrong supervisor PIN")


@dataclass(frozen=True, slots=True)
class UserView:
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class SignIn:
    """Who signed in (None: refused), and what to tell them."""

    user: UserView | None
    message: Message


@dataclass(frozen=True, slots=True)
class Approval:
    """Who approves one supervisor's action: a name and PIN, or a scanned badge; nothing when
    the one signed in may (or, before there are users, the station's supervisor PIN)."""

    name: str = ""
    pin: str = field(default="", repr=False)  # never in a log or a traceback
    badge: str = field(default="", repr=False)


NO_APPROVAL = Approval()


class Ask(StrEnum):
    """What a supervisor's action asks for at this station now."""

    NOTHING = "nothing"  # the one signed in may, or no supervisor PIN is set
    PIN = "pin"  # the station's supervisor PIN (no users yet)
    SUPERVISOR = "supervisor"  # a supervisor's name and PIN, or badge


def shown_time(at: datetime) -> str:
    return at.astimezone().strftime("%H:%M")


def _view(user: User) -> UserView:
    return UserView(user.name, Role(user.role))


class Access:
    """Who is signed in at this station, and the checks of PINs and badges."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self.db = db
        self.clock = clock
        self.signed_in: UserView | None = None
        self.has_users = self.uses_users()

    def uses_users(self) -> bool:
        """Whether anyone was added (looked up again: the CLI may have added the first)."""
        with self.db.engine.connect() as connection:
            self.has_users = users_store.any_users(connection)
        return self.has_users

    def ask(self, station_pin_set: bool) -> Ask:
        if not self.has_users:
            return Ask.PIN if station_pin_set else Ask.NOTHING
        if self.signed_in is not None and self.signed_in.role.supervises:
            return Ask.NOTHING
        return Ask.SUPERVISOR

    def may_administer(self) -> bool:
        """Users, devices and settings: an admin's, or anyone's before there are users."""
        if not self.has_users:
            return True
        return self.signed_in is not None and self.signed_in.role is Role.ADMIN

    def sign_in_badge(self, code: str) -> SignIn:
        return self._signed(self.identify(badge=code))

    def sign_in_pin(self, name: str, pin: str) -> SignIn:
        return self._signed(self.identify(name=name, pin=pin))

    def sign_out(self) -> None:
        self.signed_in = None

    def _signed(self, who: UserView | Message) -> SignIn:
        if isinstance(who, Message):
            return SignIn(None, who)
        self.signed_in = who
        return SignIn(who, SIGNED_IN(name=who.name, role=ROLE_LABELS[who.role]()))

    def approver(self, approval: Approval) -> UserView | Message:
        """The supervisor (or admin) who approves a supervisor's action (with users): the one
        signed in, or the one the approval names; else why the action may not go ahead."""
        if self.signed_in is not None and self.signed_in.role.supervises:
            return self.signed_in
        if not (approval.badge or approval.name):
            return APPROVAL_NEEDED()
        who = self.identify(approval.name, approval.pin, approval.badge)
        if isinstance(who, Message):
            return who
        return who if who.role.supervises else NOT_SUPERVISOR(name=who.name)

    def identify(self, name: str = "", pin: str = "", badge: str = "") -> UserView | Message:
        """The active user the badge, or the name and PIN, belong to; else why not. A wrong
        PIN counts towards the lockout, a right one starts the count again."""
        now = self.clock()
        with self.db.session() as session, session.begin():
            if badge:
                user = users_store.by_badge(session, badge_digest(badge))
                if user is None or not user.active:
                    return UNKNOWN_BADGE()
                return _locked(user, now) or _admitted(user)
            user = users_store.by_name(session, name)
            if user is None or not user.active:
                pin_matches(unknown_user_hash(), pin)
                return WRONG_NAME_OR_PIN()
            locked = _locked(user, now)
            if locked is not None:
                return locked
            if pin_matches(user.pin_hash, pin):
                return _admitted(user)
            return _failed(user, now)


def approved_by(
    access: Access, settings: Settings, approval: Approval
) -> UserView | None | Message:
    """Who approves a supervisor's action: with users, a supervisor (`Access.approver`); before
    there are users nobody by name (None) once the station's supervisor PIN is given, or when
    none is set. A Message says why the action may not go ahead."""
    if access.uses_users():
        return access.approver(approval)
    return None if settings.check_supervisor_pin(approval.pin) else WRONG_PIN()


def approval_event(
    station: Station,
    by: UserView,
    action: Approved,
    order_id: int,
    shipment_id: int,
    reason: str = "",
) -> dict:
    """The audit trail's record of who approved a supervisor's action, written with it."""
    return event_row(
        station.now(),
        station.name,
        station.operator,
        EventKind.APPROVED,
        order_id=order_id,
        shipment_id=shipment_id,
        outcome=action.value,
        reason=reason.strip(),
        detail=by.name,
    )


def _locked(user: User, now: datetime) -> Message | None:
    if user.locked_until is None or user.locked_until <= now:
        return None
    return LOCKED(name=user.name, until=shown_time(user.locked_until))


def _admitted(user: User) -> UserView:
    user.failed_attempts = 0
    user.locked_until = None
    return _view(user)


def _failed(user: User, now: datetime) -> Message:
    user.failed_attempts += 1
    if user.failed_attempts < MAX_FAILURES:
        return WRONG_NAME_OR_PIN()
    user.failed_attempts = 0
    user.locked_until = now + LOCKOUT
    return LOCKED(name=user.name, until=shown_time(user.locked_until))
