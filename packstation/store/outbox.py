"""The outbox's rows: enqueued with the change they tell of, claimed by one sender at a time,
then sent, retried later, or failed for good."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, func, insert, or_, select, update

from packstation.domain.outbox import FAILED, PENDING, SENDING, SENT, Outgoing
from packstation.store.schema import ORDERS, OUTBOX, SHIPMENTS

def enqueue(
    connection: Connection,
    key: str,
    kind: str,
    payload: dict[str, Any],
    now: datetime,
    shipment_id: int | None = None,
) -> bool:
    """Add the message unless one with its key is there already (then it is the same message,
    and nothing changes); in the caller's transaction. True when it was added."""
    exists = connection.execute(select(OUTBOX.c.id).where(OUTBOX.c.key == key)).first()
    if exists is not None:
        return False
    connection.execute(
        insert(OUTBOX).values(
            key=key,
            kind=kind,
            shipment_id=shipment_id,
            payload=payload,
            state=PENDING,
            attempts=0,
            due_at=now,
            created_at=now,
            last_error="",
        )
    )
    return True


def claim_due(connection: Connection, now: datetime, stale_before: datetime) -> Outgoing | None:
    """The next message due, marked as being sent by this caller. A message left `sending` by a
    sender that died before `stale_before` is due again. Two senders never claim one message:
    the update only succeeds while the row is as this caller read it."""
    due = or_(
        and_(OUTBOX.c.state == PENDING, OUTBOX.c.due_at <= now),
        and_(OUTBOX.c.state == SENDING, OUTBOX.c.due_at <= stale_before),
    )
    while True:
        row = connection.execute(
            select(OUTBOX).where(due).order_by(OUTBOX.c.due_at, OUTBOX.c.id).limit(1)
        ).first()
        if row is None:
            return None
        claimed = connection.execute(
            update(OUTBOX)
            .where(OUTBOX.c.id == row.id, OUTBOX.c.state == row.state, OUTBOX.c.due_at == row.due_at)
            .values(state=SENDING, due_at=now, attempts=row.attempts + 1)
        )
        if claimed.rowcount == 1:
            return _outgoing(row, state=SENDING, attempts=row.attempts + 1)


def mark_sent(connection: Connection, message_id: int, now: datetime) -> None:
    connection.execute(
        update(OUTBOX)
        .where(OUTBOX.c.id == message_id)
        .values(state=SENT, sent_at=now, last_error="")
    )


def retry_later(connection: Connection, message_id: int, due_at: datetime, error: str) -> None:
    connection.execute(
        update(OUTBOX)
        .where(OUTBOX.c.id == message_id)
        .values(state=PENDING, due_at=due_at, last_error=error)
    )


def mark_failed(connection: Connection, message_id: int, error: str) -> None:
    connection.execute(
        update(OUTBOX).where(OUTBOX.c.id == message_id).values(state=FAILED, last_error=error)
    )


def retry_now(connection: Connection, message_id: int, now: datetime) -> bool:
    """A failed message sent again (the packer's or the owner's retry)."""
    moved = connection.execute(
        update(OUTBOX)
        .where(OUTBOX.c.id == message_id, OUTBOX.c.state == FAILED)
        .values(state=PENDING, due_at=now)
    )
    return moved.rowcount == 1


def unsent(connection: Connection) -> list[Outgoing]:
    """What is still to go out or has failed, oldest first: the confirmations list."""
    rows = connection.execute(
        select(OUTBOX, ORDERS.c.number)
        .select_from(
            OUTBOX.outerjoin(SHIPMENTS, SHIPMENTS.c.id == OUTBOX.c.shipment_id).outerjoin(
                ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id
            )
        )
        .where(OUTBOX.c.state != SENT)
        .order_by(OUTBOX.c.created_at, OUTBOX.c.id)
    )
    return [_outgoing(row, order_number=row.number or "") for row in rows]


def counts(connection: Connection) -> dict[str, int]:
    rows = connection.execute(select(OUTBOX.c.state, func.count()).group_by(OUTBOX.c.state))
    return {state: number for state, number in rows}


def _outgoing(row: Any, **changes: Any) -> Outgoing:
    values = {
        "id": row.id,
        "key": row.key,
        "kind": row.kind,
        "shipment_id": row.shipment_id,
        "payload": row.payload,
        "state": row.state,
        "attempts": row.attempts,
        "due_at": row.due_at,
        "last_error": row.last_error,
    }
    values.update(changes)
    return Outgoing(**values)
