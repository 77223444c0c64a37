"""The outbox sender: sends what the bench enqueued, once, in the background.

Each message kind has a handler. A handler that raises `TryAgain` (a timeout, 429, a 5xx, a
mail server that is away) has its message sent again later, after 30 s, 1 min, 2 min, … up
to an hour, or after the server's Retry-After when it gave one; `Refused` (a 4xx, a wrong
address) stops the message with its reason for the owner to see and retry. A message is
claimed before it is sent; one whose sender died while sending is sent again after
`STALE`, so a handler whose far end is not idempotent looks up first whether it went through.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from packstation.domain.messages import Message, dumps
from packstation.domain.outbox import Outgoing
from packstation.store import outbox as outbox_store
from packstation.store.database import Database

FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
STALE = timedelta(minutes=10)


class Undelivered(Exception):
    """Why a message did not go: a far end's own words, or a Message translated on show."""

    def __init__(self, reason: str | Message) -> None:
        super().__init__(str(reason))
        self.stored = dumps(reason) if isinstance(reason, Message) else reason


class TryAgain(Undelivered):
    """The far end could not take it now; `after`: how long it asked us to wait."""

    def __init__(self, reason: str | Message, after: timedelta | None = None) -> None:
        super().__init__(reason)
        self.after = after


class Refused(Undelivered):
    """The far end will not take it as it is: sending it again would not help."""


Handler = Callable[[dict[str, Any]], None]


@dataclass(frozen=True, slots=True)
class Sent:
    sent: int = 0
    later: int = 0
    failed: int = 0


def wait_after(attempts: int) -> timedelta:
    """How long before the next try, after `attempts` tries that did not go through."""
    return min(FIRST_WAIT * 2 ** max(attempts - 1, 0), LONGEST_WAIT)


class OutboxSender:
    def __init__(
        self, db: Database, handlers: Mapping[str, Handler], clock: Callable[[], datetime]
    ) -> None:
        self.db = db
        self.handlers = handlers
        self.clock = clock

    def send_due(self, most: int = 1000) -> Sent:
        """Send the messages due now, at most `most` of them."""
        sent = later = failed = 0
        for _ in range(most):
            now = self.clock()
            with self.db.engine.begin() as connection:
                message = outbox_store.claim_due(connection, now, now - STALE)
            if message is None:
                break
            outcome = self._send(message)
            sent += outcome == "sent"
            later += outcome == "later"
            failed += outcome == "failed"
        return Sent(sent, later, failed)

    def _send(self, message: Outgoing) -> str:
        handler = self.handlers.get(message.kind)
        try:
            if handler is None:
                raise Refused(f"no sender for {message.kind} messages is set up")
            handler(message.payload)
        except TryAgain as error:
            wait = error.after or wait_after(message.attempts)
            with self.db.engine.begin() as connection:
                outbox_store.retry_later(connection, message.id, self.clock() + wait, error.stored)
            return "later"
        except Refused as error:
            with self.db.engine.begin() as connection:
                outbox_store.mark_failed(connection, message.id, error.stored)
            return "failed"
        with self.db.engine.begin() as connection:
            outbox_store.mark_sent(connection, message.id, self.clock())
        return "sent"
