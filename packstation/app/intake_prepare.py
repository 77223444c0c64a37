"""An incoming order made ready to store: checked against the database's limits, its
fingerprints taken, its rows built, and the facts its shipments' first states are decided on.

All of it depends on the order alone, so for a large file it runs in the process that parsed
the order (`intake_parallel`), which hands it on as plain tuples. What depends on the rest of
the import (which orders are stored, how much stock is left) is decided by `Intake`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from packstation.app.fingerprints import order_fingerprint, shipment_fingerprint
from packstation.app.settings import Settings
from packstation.connectors.imports.common import ORDER_SKIPPED, RowError
from packstation.domain.confirmation import check_address
from packstation.domain.deadlines import default_ship_by
from packstation.domain.messages import Message
from packstation.domain.model import IncomingOrder, IncomingShipment, MarketStatus
from packstation.store.bulk import OrderRows, Values, order_rows
from packstation.store.limits import order_problems

# A shipment's key, fingerprint, marketplace status as the file says it, MarketStatus value,
# (SKU, quantity) per line, and its address's problems when it is to be packed.
ShipmentFacts = tuple[str, str, str, str, tuple[tuple[str, int], ...], list[Message]]


class Rereader(Protocol):
    def order(self, lines: tuple[int, ...]) -> IncomingOrder: ...


@dataclass(slots=True)
class Prepared:
    marketplace: str
    number: str
    lines: tuple[int, ...]  # where its rows (or its record) begin in the file
    fingerprint: str
    shipments: tuple[ShipmentFacts, ...]
    rows: OrderRows
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
        return self.marketplace, self.number, self.lines, self.fingerprint, self.shipments, self.rows


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


def refused(order: IncomingOrder, problems: list[Message], source: str) -> list[RowError]:
    """An order the database cannot hold: its problems and that it was skipped, on its first
    line (or record)."""
    line = min(order.source_lines, default=1)
    return [RowError(source, line, problem, order.number) for problem in problems] + [
        RowError(source, line, ORDER_SKIPPED(order=order.number), order.number)
    ]


def prepare(
    order: IncomingOrder, values: Values, settings: Settings, source: str
) -> Prepared | list[RowError]:
    """The order ready to store, or why the database cannot hold it."""
    if problems := order_problems(order):
        return refused(order, problems, source)
    shipments = [(s, ship_by(order, s, settings), shipment_fingerprint(s)) for s in order.shipments]
    fingerprint = order_fingerprint(order)
    return Prepared(
        order.marketplace.value,
        order.number,
        order.source_lines,
        fingerprint,
        tuple([shipment_facts(shipment, digest) for shipment, _, digest in shipments]),
        order_rows(values, order, fingerprint, shipments, source),
        order,
    )
