"""The order state machine.

Each shipment (one parcel to one destination) walks these states; an order with one
destination has one shipment, a Rakuten order with several destinations has one per
destination, packed and labelled separately.
"""

from __future__ import annotations

from enum import StrEnum

from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP


class OrderState(StrEnum):
    NEW = "new"
    CONFIRMED = "confirmed"
    PACKING = "packing"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"
    EXCEPTION = "exception"
    RETURNED = "returned"


S = OrderState

TRANSITIONS: dict[OrderState, frozenset[OrderState]] = {
    S.NEW: frozenset({S.CONFIRMED, S.ON_HOLD, S.CANCELLED}),
    S.CONFIRMED: frozenset({S.PACKING, S.ON_HOLD, S.CANCELLED}),
    S.PACKING: frozenset({S.PACKED, S.ON_HOLD, S.CANCELLED}),
    S.PACKED: frozenset({S.SHIPPED, S.PACKING, S.ON_HOLD, S.CANCELLED}),
    S.SHIPPED: frozenset({S.DELIVERED, S.EXCEPTION, S.RETURNED}),
    S.DELIVERED: frozenset({S.RETURNED, S.EXCEPTION}),
    S.ON_HOLD: frozenset({S.CONFIRMED, S.CANCELLED}),
    S.EXCEPTION: frozenset({S.SHIPPED, S.DELIVERED, S.RETURNED}),
    S.CANCELLED: frozenset(),
    S.RETURNED: frozenset(),
}

# States in which the parcel has not left the bench: the order may still change.
OPEN_STATES = frozenset({S.NEW, S.CONFIRMED, S.PACKING, S.ON_HOLD})
# States that belong in the packing queue.
QUEUE_STATES = frozenset({S.CONFIRMED, S.PACKING, S.ON_HOLD})
# States in which stock is held for the order.
RESERVING_STATES = frozenset({S.CONFIRMED, S.PACKING, S.PACKED})

STATE_LABELS = {
    S.NEW: QT_TRANSLATE_NOOP("OrderState", "new"),
    S.CONFIRMED: QT_TRANSLATE_NOOP("OrderState", "confirmed"),
    S.PACKING: QT_TRANSLATE_NOOP("OrderState", "packing"),
    S.PACKED: QT_TRANSLATE_NOOP("OrderState", "packed"),
    S.SHIPPED: QT_TRANSLATE_NOOP("OrderState", "shipped"),
    S.DELIVERED: QT_TRANSLATE_NOOP("OrderState", "delivered"),
    S.ON_HOLD: QT_TRANSLATE_NOOP("OrderState", "on hold"),
    S.CANCELLED: QT_TRANSLATE_NOOP("OrderState", "cancelled"),
    S.EXCEPTION: QT_TRANSLATE_NOOP("OrderState", "exception"),
    S.RETURNED: QT_TRANSLATE_NOOP("OrderState", "returned"),
}

# Shipped, and the marketplace not yet told (its confirmation waits in the outbox).
CONFIRMATION_PENDING = QT_TRANSLATE_NOOP("OrderState", "shipped, confirmation pending")

ILLEGAL_TRANSITION = QT_TRANSLATE_NOOP(
    "OrderState", "An order that is {source} cannot become {target}."
)


class IllegalTransition(DomainError):
    def __init__(self, source: OrderState, target: OrderState) -> None:
        super().__init__(
            ILLEGAL_TRANSITION(source=STATE_LABELS[source](), target=STATE_LABELS[target]())
        )
        self.source = source
        self.target = target


def can_transition(source: OrderState, target: OrderState) -> bool:
    return target in TRANSITIONS[source]


def check_transition(source: OrderState, target: OrderState) -> None:
    if target not in TRANSITIONS[source]:
        raise IllegalTransition(source, target)
