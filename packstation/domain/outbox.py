"""A message waiting in the outbox, as the confirmations list shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"


@dataclass(frozen=True, slots=True)
class Outgoing:
    id: int
    key: str
    kind: str
    shipment_id: int | None
    payload: dict[str, Any]
    state: str
    attempts: int
    due_at: datetime
    last_error: str
    order_number: str = ""  # in the confirmations list
