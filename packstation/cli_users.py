"""`packstation users`: who may sign in at the stations, and with which role.

packstation users add NAME --role packer|supervisor|admin [--badge CODE] [--admin NAME]
packstation users list
packstation users disable NAME [--admin NAME]
packstation users unlock NAME [--admin NAME]

The PIN is asked twice (hidden at a terminal, else read one a line from standard input) and
never shown. The first user must be an admin; once there is one, adding, disabling and
unlocking need an admin's name (--admin) and PIN, asked first. Exit code 0 when done, 1 when
refused, 2 when the PINs given do not match.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from packstation.app import user_admin
from packstation.app.services import Services
from packstation.app.users import UserView, shown_time
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.users import ROLE_LABELS, Role
from packstation.i18n import translate, translate_message

ADDED = QT_TRANSLATE_NOOP("Cli", "User {name} added ({role})")
DISABLED = QT_TRANSLATE_NOOP("Cli", "User {name} disabled: they can no longer sign in")
UNLOCKED = QT_TRANSLATE_NOOP("Cli", "User {name} unlocked")
MISMATCH = QT_TRANSLATE_NOOP("Cli", "The two PINs differ: nothing changed")
ADMIN_NEEDED = QT_TRANSLATE_NOOP("Cli", "Only an admin may do this: give --admin NAME")
NOT_ADMIN = QT_TRANSLATE_NOOP("Cli", "{name} is not an admin")


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    users = commands.add_parser("users", help="who signs in at the stations: add, list, disable")
    actions = users.add_subparsers(dest="users_command", required=True)
    add = actions.add_parser("add", help="add a user; the PIN is asked twice")
    add.add_argument("name", help="the name the user signs in with")
    add.add_argument(
        "--role", required=True, choices=[role.value for role in Role], help="what they may do"
    )
    add.add_argument("--badge", default="", help="the code the user's badge carries")
    actions.add_parser("list", help="every user, their role, and whether they are locked")
    for name, text in (("disable", "stop a user signing in"), ("unlock", "lift a lockout")):
        action = actions.add_parser(name, help=text)
        action.add_argument("name", help="the user's name")
    for action in (add, actions.choices["disable"], actions.choices["unlock"]):
        action.add_argument("--admin", default="", help="the admin doing this (asked for a PIN)")


def read_pin(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def _refused(message: Message) -> int:
    print(translate_message(message), file=sys.stderr)
    return 1


def run(services: Services, args: argparse.Namespace) -> int:
    if args.users_command == "list":
        return _list(services)
    if services.access.uses_users():
        if not args.admin:
            return _refused(ADMIN_NEEDED())
        prompt = translate("Cli", "PIN of {name}: ").format(name=args.admin)
        admin = services.access.identify(name=args.admin, pin=read_pin(prompt))
        if not isinstance(admin, UserView):
            return _refused(admin)
        if admin.role is not Role.ADMIN:
            return _refused(NOT_ADMIN(name=admin.name))
    try:
        return _change(services, args)
    except user_admin.UserRefused as refused:
        return _refused(refused.message)


def _change(services: Services, args: argparse.Namespace) -> int:
    if args.users_command == "disable":
        user_admin.disable_user(services.db, args.name)
        print(translate_message(DISABLED(name=args.name)))
        return 0
    if args.users_command == "unlock":
        user_admin.unlock_user(services.db, args.name)
        print(translate_message(UNLOCKED(name=args.name)))
        return 0
    pin = read_pin(translate("Cli", "PIN of {name}: ").format(name=args.name))
    if read_pin(translate("Cli", "The same PIN again: ")) != pin:
        print(translate_message(MISMATCH()), file=sys.stderr)
        return 2
    role = Role(args.role)
    user_admin.add_user(services.db, args.name, role, pin, args.badge)
    print(translate_message(ADDED(name=args.name.strip(), role=ROLE_LABELS[role]())))
    return 0


def _list(services: Services) -> int:
    header = (
        translate("Cli", "name"),
        translate("Cli", "role"),
        translate("Cli", "state"),
        translate("Cli", "badge"),
    )
    print("\t".join(header))
    for user in user_admin.list_users(services.db, services.station.now()):
        if user.locked_until is not None:
            state = translate("Cli", "locked until {time}").format(
                time=shown_time(user.locked_until)
            )
        else:
            state = translate("Cli", "active") if user.active else translate("Cli", "disabled")
        badge = translate("Cli", "registered") if user.badge else ""
        print("\t".join((user.name, translate_message(ROLE_LABELS[user.role]()), state, badge)))
    return 0
