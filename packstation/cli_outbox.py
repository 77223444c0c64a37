"""`packstation outbox`: the buyer mails and marketplace confirmations waiting to go out.

packstation outbox list        what is waiting or failed, with the last error
packstation outbox send        send what is due now (the GUI does it every half minute)
packstation outbox retry ID    send a failed message again
"""

from __future__ import annotations

import argparse
import sys

from packstation.app.services import Services
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.i18n import translate, translate_message

SENT = QT_TRANSLATE_NOOP("Cli", "Outbox: {sent} sent, {later} to try again later, {failed} failed")
NOT_FAILED = QT_TRANSLATE_NOOP("Cli", "Message {id} is not a failed message of the outbox")


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    outbox = commands.add_parser(
        "outbox", help="buyer mails and marketplace confirmations waiting to go out"
    )
    actions = outbox.add_subparsers(dest="outbox_command", required=True)
    actions.add_parser("list", help="what is waiting or failed, with the last error")
    actions.add_parser("send", help="send what is due now")
    retry = actions.add_parser("retry", help="send a failed message again")
    retry.add_argument("id", type=int, help="the message's number, as `outbox list` shows it")


def run(services: Services, args: argparse.Namespace) -> int:
    if args.outbox_command == "send":
        done = services.outbox_sender().send_due()
        print(translate_message(SENT(sent=done.sent, later=done.later, failed=done.failed)))
        return 1 if done.failed else 0
    if args.outbox_command == "retry":
        if services.retry_outgoing(args.id):
            return 0
        print(translate_message(NOT_FAILED(id=args.id)), file=sys.stderr)
        return 1
    messages, _ = services.outbox()
    for message in messages:
        due = message.due_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            "\t".join(
                (
                    str(message.id),
                    message.order_number,
                    message.kind,
                    message.state,
                    str(message.attempts),
                    due,
                    message.error(translate),
                )
            )
        )
    if not messages:
        print(translate("Cli", "The outbox is empty: everything went out"))
    return 0
