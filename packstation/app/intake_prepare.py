"""An incoming order made ready to store: checked against the database's limits, its
fingerprints taken, its rows built, and the facts its shipments' first states are decided on.

All of it depends on the order alone, so for a large file it runs in the process that parsed
the order (`intake_parallel`), which hands it on as plain tuples. What depends on the rest of
the import (which orders are stored, how much stock is left) is decided by `Intake`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from packstation.app.fingerprints import order_fingerprint, shipment_fingerprint
from packstation.app.settings import Settings
from packstation.connectors.imports.problems import ORDER_SKIPPED, RowError
from packstation.domain.confirmation import check_address
from packstation.domain.deadlines import default_ship_by
from packstation.domain.holds import MARKET_STATUS, HoldOrigin, HoldReason
from packstation.domain.messages import Message
from packstation.domain.model import IncomingOrder, IncomingShipment, MarketStatus
from packstation.domain.states import OrderState
from packstation.store.bulk import Decision, NewRows, OrderRows, Values
from packstation.store.limits import order_problems
from packstation.store.orders import Actor

# A shipment's key, fingerprint, marketplace status as the file says it, MarketStatus value,
# (SKU, quantity) per line, and its address's problems when it is to be packed.
ShipmentFacts = tuple[str, str, str, str, tuple[tuple[str, int], ...], list[Message]]
TO_PACK = MarketStatus.TO_PACK.value
FIRST_STATES = {
    MarketStatus.PENDING: OrderState.NEW,
    MarketStatus.PACKED: OrderState.PACKED,
    MarketStatus.SHIPPED: OrderState.SHIPPED,
    MarketStatus.DELIVERED: OrderState.DELIVERED,
    MarketStatus.CANCELLED: OrderState.CANCELLED,
}


@contextmanager
def no_collections() -> Iterator[None]:
    """No garbage collection while an import runs: it makes hundreds of thousands of rows
    that are not cycles, which every collection would scan again and again (most of the time
    it took to unpickle a range's rows went to that)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Rereader(Protocol):
    def order(self, lines: tuple[int, ...]) -> IncomingOrder: ...


@dataclass(slots=True)
class Prepared:
    marketplace: str
    number: str
    lines: tuple[int, ...]  # where its rows (or its record) begin in the file
    fingerprint: str
    shipments: tuple[ShipmentFacts, ...]
    rows: OrderRows  # a shipment to pack is in them as confirmed, its stock reserved
    space: int  # whose relative ids the rows have: one per range of a file parsed in parts
    order: IncomingOrder | None = None  # None: parsed in another process; read again
    rereader: Rereader | None = None

    def incoming(self) -> IncomingOrder:
        """The order itself, for applying a change to a stored one."""
        if self.order is None:
            assert self.rereader is not None
            self.order = self.rereader.order(self.lines)
        return self.order

    def payload(self) -> tuple[Any, ...]:
        """The fields a process hands on (plain values, quick to pickle)."""
        return (
            self.marketplace, self.number, self.lines, self.fingerprint, self.shipments,
            self.rows, self.space,
        )  # fmt: skip


def ship_by(order: IncomingOrder, shipment: IncomingShipment, settings: Settings) -> datetime:
    if shipment.ship_by is not None:
        return shipment.ship_by
    return default_ship_by(order.ordered_at, settings.deadline_for(order.marketplace.value))


def shipment_facts(shipment: IncomingShipment, fingerprint: str) -> ShipmentFacts:
    to_pack = shipment.status is MarketStatus.TO_PACK
    return (
        shipment.key,
        fingerprint,
        shipment.marketplace_status,
        shipment.status.value,
        tuple([(line.sku, line.quantity) for line in shipment.lines]),
        check_address(shipment.ship_to) if to_pack else [],
    )


def marketplace_holds(status: str) -> list[HoldReason]:
    return [HoldReason(HoldOrigin.MARKETPLACE, MARKET_STATUS(status=status))]


def presumed(facts: ShipmentFacts) -> Decision:
    """A shipment's first state as far as the order alone tells: one to pack is presumed
    confirmed with its stock reserved, for the importing process to check."""
    status = MarketStatus(facts[3])
    if status is MarketStatus.TO_PACK:
        return OrderState.CONFIRMED, [], True
    if status is MarketStatus.CHANGE_PENDING:
        return OrderState.ON_HOLD, marketplace_holds(facts[2]), False
    return FIRST_STATES[status], [], False


def refused(order: IncomingOrder, problems: list[Message], source: str) -> list[RowError]:
    """An order the database cannot hold: its problems and that it was skipped, on its first
    line (or record)."""
    line = min(order.source_lines, default=1)
    return [RowError(source, line, problem, order.number) for problem in problems] + [
        RowError(source, line, ORDER_SKIPPED(order=order.number), order.number)
    ]


class Preparer:
    """Prepares the orders of an import (or of one range of its file), their rows numbered
    on from one order to the next."""

    def __init__(
        self, values: Values, settings: Settings, actor: Actor, source: str, space: int = 0
    ) -> None:
        self.settings = settings
        self.source = source
        self.space = space
        self._rows = NewRows(values, actor, source)

    def prepare(self, order: IncomingOrder) -> Prepared | list[RowError]:
        """The order ready to store, or why the database cannot hold it."""
        if problems := order_problems(order):
            return refused(order, problems, self.source)
        facts = []
        shipments = []
        for shipment in order.shipments:
            fingerprint = shipment_fingerprint(shipment)
            known = shipment_facts(shipment, fingerprint)
            facts.append(known)
            deadline = ship_by(order, shipment, self.settings)
            shipments.append((shipment, deadline, fingerprint, presumed(known)))
        fingerprint = order_fingerprint(order)
        return Prepared(
            order.marketplace.value,
            order.number,
            order.source_lines,
            fingerprint,
            tuple(facts),
            self._rows.rows(order, fingerprint, shipments),
            self.space,
            order,
        )
