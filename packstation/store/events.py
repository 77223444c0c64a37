"""Writing the audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.orm import Session

from packstation.domain.audit import EventKind
from packstation.store.schema import EVENTS


def event_row(
    at: datetime,
    station: str,
    operator: str,
    kind: EventKind,
    *,
    order_id: int | None = None,
    shipment_id: int | None = None,
    line_id: int | None = None,
    from_state: str | None = None,
    to_state: str | None = None,
    code: str | None = None,
    outcome: str | None = None,
    quantity: int | None = None,
    reason: str = "",
    detail: str = "",
) -> dict[str, Any]:
    return {
        "at": at,
        "station": station,
        "operator": operator,
        "kind": kind,
        "order_id": order_id,
        "shipment_id": shipment_id,
        "line_id": line_id,
        "from_state": from_state,
        "to_state": to_state,
        "code": code,
        "outcome": outcome,
        "quantity": quantity,
        "reason": reason,
        "detail": detail,
    }


_INSERT = insert(EVENTS)
# Every change to an order or parcel writes an event, so the events are what the other
# stations' queues watch: on PostgreSQL a notification on this channel, sent when the
# transaction commits; on SQLite the newest event's id, polled (`last_change`).
CHANNEL = "packstation_queue"
_NOTIFY = text(f"SELECT pg_notify('{CHANNEL}', '')")
_LAST = select(func.max(EVENTS.c.id))


def add_events(target: Session | Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    target.execute(_INSERT, rows)
    # A counted scan only changes the "Items" column of another station's queue, which its next
    # refresh shows: not worth a notification to every station on the scan's way.
    if any(row["kind"] != EventKind.SCAN for row in rows):
        notify_change(target)


def notify_change(target: Session | Connection) -> None:
    """Tell the other stations' queues, when the transaction commits (PostgreSQL)."""
    if _dialect(target) == "postgresql":
        target.execute(_NOTIFY)


def last_change(connection: Connection) -> int:
    """The newest event's id: another station changed something when it grows."""
    return connection.scalar(_LAST) or 0


def _dialect(target: Session | Connection) -> str:
    bind = target.get_bind() if isinstance(target, Session) else target
    return bind.dialect.name
