"""Importing order files: new orders stored, changed ones updated and logged, none doubled.

Parsing streams; orders are written in batches, each batch in one transaction, so a
100,000-order file is stored at bulk speed and a failure loses at most the batch in hand
(a re-import then completes it, because importing is idempotent).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, selectinload

from packstation.app.confirmation import StockLedger, check_and_reserve, check_holds
from packstation.app.context import Station
from packstation.app.fingerprints import order_fingerprint, shipment_fingerprint
from packstation.app.settings import Settings
from packstation.connectors import imports
from packstation.connectors.imports.common import ORDER_SKIPPED, Progress, RowError
from packstation.domain.audit import EventKind
from packstation.domain.confirmation import LineNeed
from packstation.domain.counts import ROWS_WITH_ERRORS
from packstation.domain.deadlines import default_ship_by
from packstation.domain.holds import (
    CHANGED_WHILE_PACKING,
    MARKET_SAYS,
    MARKET_STATUS,
    HoldOrigin,
    HoldReason,
)
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.model import IncomingOrder, IncomingShipment, MarketStatus
from packstation.domain.states import (
    OPEN_STATES,
    STATE_LABELS,
    OrderState,
    can_transition,
    check_transition,
)
from packstation.store.bulk import NewOrders, Values, Write, bulk_writer
from packstation.store.database import Database
from packstation.store.events import add_events, event_row
from packstation.store.limits import order_problems
from packstation.store.orders import (
    Actor,
    OrderPlan,
    ShipmentPlan,
    StoredOrder,
    address_to_json,
    existing_orders,
    holds_from_json,
    holds_to_json,
    shipment_codes,
)
from packstation.store.schema import Line, Order, Shipment, ShipmentCode

TOO_LATE = QT_TRANSLATE_NOOP(
    "Import",
    "{number}: the file changes an order that is already {state}; the change was not applied",
)
CANCELLED_TOO_LATE = QT_TRANSLATE_NOOP(
    "Import",
    "{number}: the marketplace cancelled an order that is already {state}: stop the parcel",
)
SPLIT_TOO_LATE = QT_TRANSLATE_NOOP(
    "Import",
    "{number}: the file changes an order already split into parcels; the change was not"
    " applied and its open parcels are on hold: check them",
)
REMOVED = QT_TRANSLATE_NOOP("Import", "The marketplace removed this destination from the order")
IMPORTED = QT_TRANSLATE_NOOP(
    "Import",
    "{file}: {new} new, {changed} changed, {unchanged} unchanged, {held} on hold, {errors}",
)

FIRST_STATES = {
    MarketStatus.PENDING: OrderState.NEW,
    MarketStatus.PACKED: OrderState.PACKED,
    MarketStatus.SHIPPED: OrderState.SHIPPED,
    MarketStatus.DELIVERED: OrderState.DELIVERED,
    MarketStatus.CANCELLED: OrderState.CANCELLED,
}
BATCH_SIZE = 2000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often while a batch of thousands of new objects is alive: the
    collector would otherwise scan them again and again, for nothing (they are not cycles)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 100_000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@dataclass
class ImportSummary:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    on_hold: int = 0  # shipments this import left on hold
    errors: list[RowError] = field(default_factory=list)
    not_applied: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def report(self, file: str) -> Message:
        return IMPORTED(
            file=file,
            new=self.new,
            changed=self.changed,
            unchanged=self.unchanged,
            held=self.on_hold,
            errors=ROWS_WITH_ERRORS(n=len(self.errors)),
        )


def needs_of(shipment: IncomingShipment) -> list[LineNeed]:
    return [LineNeed(line.sku, line.quantity) for line in shipment.lines]


def marketplace_holds(shipment: IncomingShipment) -> list[HoldReason]:
    return [HoldReason(HoldOrigin.MARKETPLACE, MARKET_STATUS(status=shipment.marketplace_status))]


def refused(order: IncomingOrder, problems: list[Message], source: str) -> list[RowError]:
    """An order the database cannot hold: its problems and that it was skipped, on its first
    line (or record)."""
    line = min(order.source_lines, default=1)
    return [RowError(source, line, problem, order.number) for problem in problems] + [
        RowError(source, line, ORDER_SKIPPED(order=order.number), order.number)
    ]


class Intake:
    def __init__(self, db: Database, station: Station, settings: Settings) -> None:
        self.db = db
        self.station = station
        self.settings = settings

    def run(
        self,
        path: Path,
        fmt: str | None = None,
        *,
        column_map: Path | None = None,
        progress: Progress | None = None,
    ) -> ImportSummary:
        items = imports.parse_orders(path, fmt, column_map=column_map, progress=progress)
        return self._import(items, str(path))

    def store_orders(
        self, orders: Iterable[IncomingOrder | RowError], source: str
    ) -> ImportSummary:
        """Store orders that did not come from a file (demo data, marketplace APIs); the
        RowErrors among them are reported as a file's are."""
        return self._import(orders, source)

    def _import(self, items: Iterable[IncomingOrder | RowError], source: str) -> ImportSummary:
        summary = ImportSummary()
        ledger = StockLedger()
        writer = bulk_writer(self.db.engine.dialect)
        batch: list[IncomingOrder] = []
        with fewer_collections():
            for item in items:
                if isinstance(item, RowError):
                    summary.errors.append(item)
                    continue
                if problems := order_problems(item):
                    summary.errors.extend(refused(item, problems, source))
                    continue
                batch.append(item)
                if len(batch) >= BATCH_SIZE:
                    self._store(batch, source, summary, ledger, writer)
                    batch = []
            self._store(batch, source, summary, ledger, writer)
        return summary

    def _store(
        self,
        batch: list[IncomingOrder],
        source: str,
        summary: ImportSummary,
        ledger: StockLedger,
        writer: tuple[Values, Write],
    ) -> None:
        """One batch, one transaction: new orders in bulk, changed ones one by one."""
        if not batch:
            return
        actor = Actor(self.station.now(), self.station.name, self.station.operator)
        with self.db.engine.begin() as connection:
            stored: dict[tuple[str, str], StoredOrder] = {}
            for marketplace in {order.marketplace.value for order in batch}:
                numbers = [o.number for o in batch if o.marketplace.value == marketplace]
                for number, order in existing_orders(connection, marketplace, numbers).items():
                    stored[(marketplace, number)] = order
            ledger.ensure(
                connection, {line.sku for o in batch for s in o.shipments for line in s.lines}
            )
            values, write = writer
            new = NewOrders(values, actor, source)
            changed: list[tuple[StoredOrder, IncomingOrder]] = []
            for order in batch:
                existing = stored.get((order.marketplace.value, order.number))
                if existing is None:
                    plan = self._plan(order, ledger)
                    new.add(plan)
                    summary.new += 1
                    summary.on_hold += sum(s.state is OrderState.ON_HOLD for s in plan.shipments)
                elif self._unchanged(existing, order):
                    summary.unchanged += 1
                else:
                    changed.append((existing, order))
            new.reserved = ledger.take_deltas()
            write(connection, new)
            if changed:
                session = Session(bind=connection)
                for existing, order in changed:
                    _Change(session, existing, order, ledger, actor, self, summary).apply()
                    summary.changed += 1
                ledger.flush(session)
                session.flush()

    @staticmethod
    def _unchanged(stored: StoredOrder, order: IncomingOrder) -> bool:
        if stored.fingerprint != order_fingerprint(order):
            return False
        if set(stored.shipments) != {s.key for s in order.shipments}:
            return False
        return all(
            stored.shipments[s.key].fingerprint == shipment_fingerprint(s)
            and stored.shipments[s.key].market_status == s.marketplace_status
            for s in order.shipments
        )

    def ship_by(self, order: IncomingOrder, shipment: IncomingShipment) -> datetime:
        if shipment.ship_by is not None:
            return shipment.ship_by
        return default_ship_by(
            order.ordered_at, self.settings.deadline_for(order.marketplace.value)
        )

    def first_state(
        self, shipment: IncomingShipment, ledger: StockLedger
    ) -> tuple[OrderState, list[HoldReason], bool]:
        """The state a shipment starts in, its hold reasons, and whether it reserved stock."""
        if shipment.status is MarketStatus.TO_PACK:
            problems = check_and_reserve(needs_of(shipment), shipment.ship_to, ledger)
            if problems:
                return OrderState.ON_HOLD, check_holds(problems), False
            return OrderState.CONFIRMED, [], True
        if shipment.status is MarketStatus.CHANGE_PENDING:
            return OrderState.ON_HOLD, marketplace_holds(shipment), False
        return FIRST_STATES[shipment.status], [], False

    def _plan(self, order: IncomingOrder, ledger: StockLedger) -> OrderPlan:
        shipments = []
        for seq, shipment in enumerate(order.shipments, start=1):
            state, holds, reserved = self.first_state(shipment, ledger)
            shipments.append(
                ShipmentPlan(
                    shipment,
                    seq,
                    state,
                    self.ship_by(order, shipment),
                    shipment_fingerprint(shipment),
                    holds,
                    reserved,
                )
            )
        return OrderPlan(order, order_fingerprint(order), shipments)


class _Change:
    """Applies a re-imported order that differs from what is stored."""

    def __init__(
        self,
        session: Session,
        stored: StoredOrder,
        incoming: IncomingOrder,
        ledger: StockLedger,
        actor: Actor,
        intake: Intake,
        summary: ImportSummary,
    ) -> None:
        self.session = session
        self.incoming = incoming
        self.ledger = ledger
        self.actor = actor
        self.intake = intake
        self.summary = summary
        self.events: list[dict] = []
        self.order = session.get(
            Order,
            stored.id,
            options=[selectinload(Order.shipments).selectinload(Shipment.lines)],
        )
        assert self.order is not None

    def apply(self) -> None:
        order, incoming = self.order, self.incoming
        rows = {row.key: row for row in order.shipments if row.split_from is None}
        parcels: dict[str, list[Shipment]] = {}
        for row in order.shipments:
            if row.split_from is not None:
                parcels.setdefault(row.split_from, []).append(row)
        for seq, shipment in enumerate(incoming.shipments, start=1):
            row = rows.pop(shipment.key, None)
            if row is None:
                self._add_shipment(seq, shipment)
                continue
            split = parcels.get(row.key, [])
            if row.fingerprint != shipment_fingerprint(shipment):
                if split:
                    self._split_changed([row, *split])
                else:
                    self._change_content(row, shipment)
            if row.market_status != shipment.marketplace_status:
                for part in (row, *split):  # the marketplace's word goes for all its parcels
                    self._change_status(part, shipment)
                    part.market_status = shipment.marketplace_status
        for row in rows.values():
            for part in (row, *parcels.get(row.key, [])):
                self._removed(part)
        fingerprint = order_fingerprint(incoming)
        if order.fingerprint != fingerprint and any(
            OrderState(row.state) in OPEN_STATES for row in order.shipments
        ):
            order.ordered_at = incoming.ordered_at
            order.orderer = address_to_json(incoming.orderer)
            order.currency = incoming.currency
            order.gift = incoming.gift
            order.invoice_requested = incoming.invoice_requested
            order.buyer_notes = incoming.buyer_notes
            order.total = incoming.total
            order.fingerprint = fingerprint
            self._event(EventKind.CHANGED, None, detail="order")
        self.session.flush()
        add_events(self.session, self.events)

    # -- helpers ------------------------------------------------------------------------------
    def _event(self, kind: EventKind, row: Shipment | None, **values: object) -> None:
        self.events.append(
            event_row(
                self.actor.at,
                self.actor.station,
                self.actor.operator,
                kind,
                order_id=self.order.id,
                shipment_id=None if row is None else row.id,
                **values,  # type: ignore[arg-type]
            )
        )

    def _set_state(
        self, row: Shipment, target: OrderState, holds: list[HoldReason], note: str = ""
    ) -> None:
        source = OrderState(row.state)
        if target is not source:
            check_transition(source, target)
        row.state = target.value
        row.hold_reasons = holds_to_json(holds)
        if target is OrderState.ON_HOLD:
            self.summary.on_hold += 1
        self._event(
            EventKind.TRANSITION,
            row,
            from_state=source.value,
            to_state=target.value,
            reason=note or "; ".join(reason.message.render() for reason in holds),
            detail="import",
        )

    def _release(self, row: Shipment) -> None:
        if row.stock_reserved:
            self.ledger.release([LineNeed(line.sku, line.quantity) for line in row.lines])
            row.stock_reserved = False

    def _confirm(self, row: Shipment, shipment: IncomingShipment, extra: list[HoldReason]) -> None:
        problems = check_and_reserve(needs_of(shipment), shipment.ship_to, self.ledger)
        row.stock_reserved = not problems
        holds = check_holds(problems) + extra
        self._set_state(row, OrderState.ON_HOLD if holds else OrderState.CONFIRMED, holds)

    def _add_shipment(self, seq: int, shipment: IncomingShipment) -> None:
        state, holds, reserved = self.intake.first_state(shipment, self.ledger)
        row = Shipment(
            key=shipment.key,
            seq=seq,
            state=state.value,
            ship_by=self.intake.ship_by(self.incoming, shipment),
            hold_reasons=holds_to_json(holds),
            stock_reserved=reserved,
        )
        self._fill(row, shipment)
        self.order.shipments.append(row)
        self.session.flush()
        self.session.add_all(
            ShipmentCode(code=code, shipment_id=row.id)
            for code in shipment_codes(self.incoming, shipment)
        )
        self._event(EventKind.IMPORTED, row, to_state=state.value)

    def _fill(self, row: Shipment, shipment: IncomingShipment) -> None:
        """Copy the content of an incoming shipment; scans of SKUs still ordered are kept."""
        row.market_status = shipment.marketplace_status
        row.delivery_date = shipment.delivery_date
        row.time_slot = shipment.time_slot
        row.gift_wrap = shipment.gift_wrap
        row.noshi = shipment.noshi
        row.shipping_fee = shipment.shipping_fee
        row.carrier = shipment.carrier
        row.ship_to = None if shipment.ship_to is None else address_to_json(shipment.ship_to)
        row.fingerprint = shipment_fingerprint(shipment)
        row.ship_by = self.intake.ship_by(self.incoming, shipment)
        scanned = {line.sku: (line.scanned, line.scanned_by_code) for line in row.lines}
        row.lines.clear()
        for seq, line in enumerate(shipment.lines, start=1):
            done, by_code = scanned.pop(line.sku, (0, 0))
            row.lines.append(
                Line(
                    seq=seq,
                    sku=line.sku,
                    name=line.name,
                    variant=line.variant,
                    quantity=line.quantity,
                    unit_price=line.unit_price,
                    tax_rate=line.tax_rate,
                    marketplace_sku=line.marketplace_sku,
                    requires_mark=line.requires_mark,
                    scanned=min(done, max(line.quantity, 0)),
                    scanned_by_code=min(by_code, max(line.quantity, 0)),
                )
            )

    def _change_content(self, row: Shipment, shipment: IncomingShipment) -> None:
        state = OrderState(row.state)
        if state not in OPEN_STATES:
            self.summary.not_applied.append(
                TOO_LATE(number=self.incoming.number, state=STATE_LABELS[state]())
            )
            self._event(EventKind.CHANGED, row, outcome="not_applied", detail="content")
            return
        self._release(row)
        self._fill(row, shipment)
        self._event(EventKind.CHANGED, row, detail="content")
        holds = holds_from_json(row.hold_reasons)
        kept = [reason for reason in holds if reason.origin is HoldOrigin.PACKER]
        if state is OrderState.PACKING:
            kept.append(HoldReason(HoldOrigin.MARKETPLACE, CHANGED_WHILE_PACKING()))
        elif shipment.status is MarketStatus.CHANGE_PENDING:
            kept += marketplace_holds(shipment)
        if state is OrderState.NEW and shipment.status is MarketStatus.PENDING:
            return
        self._confirm(row, shipment, kept)

    def _split_changed(self, parts: list[Shipment]) -> None:
        """The items of a shipment already split into parcels changed: which parcel would
        take the change is for a person to decide. Not applied; the parcels not yet shipped
        are held until someone has checked them."""
        self.summary.not_applied.append(SPLIT_TOO_LATE(number=self.incoming.number))
        self._event(EventKind.CHANGED, parts[0], outcome="not_applied", detail="content")
        for part in parts:
            state = OrderState(part.state)
            if state is OrderState.ON_HOLD or can_transition(state, OrderState.ON_HOLD):
                self._release(part)
                holds = holds_from_json(part.hold_reasons)
                changed = HoldReason(HoldOrigin.MARKETPLACE, CHANGED_WHILE_PACKING())
                self._set_state(part, OrderState.ON_HOLD, [*holds, changed])

    def _change_status(self, row: Shipment, shipment: IncomingShipment) -> None:
        state = OrderState(row.state)
        status = shipment.status
        if status is MarketStatus.CANCELLED:
            if can_transition(state, OrderState.CANCELLED):
                self._release(row)
                self._set_state(row, OrderState.CANCELLED, [])
            elif state is not OrderState.CANCELLED:
                self.summary.not_applied.append(
                    CANCELLED_TOO_LATE(number=self.incoming.number, state=STATE_LABELS[state]())
                )
        elif status is MarketStatus.CHANGE_PENDING:
            if state in OPEN_STATES or state is OrderState.PACKED:
                holds = holds_from_json(row.hold_reasons) + marketplace_holds(shipment)
                self._set_state(row, OrderState.ON_HOLD, holds)
        elif status is MarketStatus.TO_PACK:
            holds = holds_from_json(row.hold_reasons)
            released = all(reason.origin is not HoldOrigin.PACKER for reason in holds)
            if state is OrderState.NEW or (state is OrderState.ON_HOLD and released):
                self._release(row)
                self._confirm(row, shipment, [])
        elif status is not MarketStatus.PENDING:
            if state in OPEN_STATES:
                reason = HoldReason(
                    HoldOrigin.MARKETPLACE,
                    MARKET_SAYS(status=shipment.marketplace_status),
                )
                self._set_state(
                    row,
                    OrderState.ON_HOLD,
                    holds_from_json(row.hold_reasons) + [reason],
                )
            elif state is OrderState.SHIPPED and status is MarketStatus.DELIVERED:
                self._set_state(row, OrderState.DELIVERED, [])

    def _removed(self, row: Shipment) -> None:
        state = OrderState(row.state)
        if can_transition(state, OrderState.CANCELLED):
            self._release(row)
            self._set_state(row, OrderState.CANCELLED, [], note=REMOVED().render())
