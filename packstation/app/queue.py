"""The packing queue as the GUI lists it."""

from __future__ import annotations

from collections.abc import Collection

from packstation.domain.counts import PARCELS
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.states import OrderState
from packstation.store.database import Database
from packstation.store.queue import QUEUE_LIMIT, QueuePage, QueueRow, queue_page

__all__ = ["QueuePage", "QueueRow", "cut_off", "load_queue", "order_count"]

FIRST_OF = QT_TRANSLATE_NOOP(
    "Queue",
    "The first {shown} by deadline of {parcels} that match: narrow the search or the filters "
    "to see the others",
)
FIRST_OF_MORE = QT_TRANSLATE_NOOP(
    "Queue",
    "The first {shown} by deadline of more than {parcels} that match: narrow the search or "
    "the filters to see the others",
)


def load_queue(
    db: Database,
    states: Collection[OrderState],
    marketplace: str | None = None,
    search: str = "",
    limit: int = QUEUE_LIMIT,
    *,
    benched: bool = False,
) -> QueuePage:
    with db.session() as session:
        return queue_page(session, states, marketplace, search, limit, benched=benched)


def order_count(rows: Collection[QueueRow]) -> int:
    """How many orders the rows are: a row is one parcel (shipment), and an order sent to
    several addresses has a row for each."""
    return len({(row.marketplace, row.number) for row in rows})


def cut_off(page: QueuePage) -> Message | None:
    """What to tell when the list does not hold every parcel that matches."""
    if not page.cut:
        return None
    text = FIRST_OF_MORE if page.more else FIRST_OF
    return text(shown=len(page.rows), parcels=PARCELS(n=page.matching))
