"""The packing queue as the GUI lists it."""

from __future__ import annotations

from collections.abc import Collection

from packstation.domain.states import OrderState
from packstation.store.database import Database
from packstation.store.queue import QueueRow, queue_rows

__all__ = ["QueueRow", "load_queue", "order_count"]


def load_queue(
    db: Database,
    states: Collection[OrderState],
    marketplace: str | None = None,
    search: str = "",
    limit: int = 500,
    *,
    benched: bool = False,
) -> list[QueueRow]:
    with db.session() as session:
        return queue_rows(session, states, marketplace, search, limit, benched=benched)


def order_count(rows: Collection[QueueRow]) -> int:
    """How many orders the rows are: a row is one parcel (shipment), and an order sent to
    several addresses has a row for each."""
    return len({(row.marketplace, row.number) for row in rows})
