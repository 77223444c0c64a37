"""Writing the audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert
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


def add_events(target: Session | Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        target.execute(_INSERT, rows)
