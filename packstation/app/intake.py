"""Importing order files: new orders stored, changed ones updated and logged, none doubled.

Parsing streams; orders are written in batches, each batch in one transaction, so a
100,000-order file is stored at bulk speed and a failure loses at most the batch in hand
(a re-import then completes it, because importing is idempotent).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, selectinload

from packstation.app.confirmation import (
    StockLedger,
    check_and_reserve,
    check_holds,
    reserve_if_clear,
)
from packstation.app.context import Station
from packstation.app.fingerprints import order_fingerprint, shipment_fingerprint
from packstation.app.intake_parallel import Parsing, in_parallel
from packstation.app.intake_prepare import (
    TO_PACK,
    Prepared,
    Preparer,
    ShipmentFacts,
    marketplace_holds,
    no_collections,
    presumed,
    ship_by,
    shipment_facts,
)
from packstation.app.settings import Settings
from packstation.connectors import imports
from packstation.connectors.imports.problems import RowError
from packstation.connectors.imports.progress import Progress
from packstation.domain.audit import EventKind
from packstation.domain.confirmation import LineNeed
from packstation.domain.counts import ROWS_WITH_ERRORS
from packstation.domain.holds import (
    CHANGED_WHILE_PACKING,
    MARKET_SAYS,
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
from packstation.store.bulk import (
    Decision,
    NewOrders,
    Values,
    Write,
    bulk_writer,
    decided,
    on_hold,
)
from packstation.store.database import Database
from packstation.store.events import add_events, event_row
from packstation.store.orders import (
    Actor,
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

BATCH_SIZE = 2000


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


def first_state(facts: ShipmentFacts, ledger: StockLedger) -> Decision:
    """The state a shipment starts in, its hold reasons, and whether it reserved stock."""
    if facts[3] != TO_PACK:
        return presumed(facts)
    needs = [LineNeed(sku, quantity) for sku, quantity in facts[4]]
    problems = reserve_if_clear(needs, facts[5], ledger)
    if problems:
        return OrderState.ON_HOLD, check_holds(problems), False
    return OrderState.CONFIRMED, [], True


class Intake:
    def __init__(self, db: Database, station: Station, settings: Settings) -> None:
        self.db = db
        self.station = station
        self.settings = settings
        self.parsing = Parsing()

    def run(
        self,
        path: Path,
        fmt: str | None = None,
        *,
        column_map: Path | None = None,
        progress: Progress | None = None,
    ) -> ImportSummary:
        """Import an order file; a large CSV file is parsed by several processes."""
        source, actor = str(path), self._actor()
        items = None
        if column_map is None:
            url, settings = self.db.url, self.settings
            items = in_parallel(Path(path), fmt, url, settings, actor, progress, self.parsing)
        if items is None:
            orders = imports.parse_orders(path, fmt, column_map=column_map, progress=progress)
            items = self._prepared(orders, source, actor)
        return self._import(items, actor)

    def store_orders(
        self, orders: Iterable[IncomingOrder | RowError], source: str
    ) -> ImportSummary:
        """Store orders that did not come from a file (demo data, marketplace APIs); the
        RowErrors among them are reported as a file's are."""
        actor = self._actor()
        return self._import(self._prepared(orders, source, actor), actor)

    def _actor(self) -> Actor:
        """Who imports, and when: every event of one import has the same time."""
        return Actor(self.station.now(), self.station.name, self.station.operator)

    def _prepared(
        self, orders: Iterable[IncomingOrder | RowError], source: str, actor: Actor
    ) -> Iterator[Prepared | RowError]:
        values = bulk_writer(self.db.engine.dialect)[0]
        preparer = Preparer(values, self.settings, actor, source)
        for item in orders:
            if isinstance(item, RowError):
                yield item
                continue
            prepared = preparer.prepare(item)
            if isinstance(prepared, Prepared):
                yield prepared
            else:
                yield from prepared

    def _import(self, items: Iterable[Prepared | RowError], actor: Actor) -> ImportSummary:
        summary = ImportSummary()
        ledger = StockLedger()
        writer = bulk_writer(self.db.engine.dialect)
        batch: list[Prepared] = []
        with no_collections():
            for item in items:
                if isinstance(item, RowError):
                    summary.errors.append(item)
                    continue
                if batch and (len(batch) >= BATCH_SIZE or item.space != batch[0].space):
                    self._store(batch, summary, ledger, writer, actor)
                    batch = []
                batch.append(item)
            self._store(batch, summary, ledger, writer, actor)
        return summary

    def _store(
        self,
        batch: list[Prepared],
        summary: ImportSummary,
        ledger: StockLedger,
        writer: tuple[Values, Write],
        actor: Actor,
    ) -> None:
        """One batch, one transaction: new orders in bulk, changed ones one by one. The rows
        of a batch share their relative ids' space."""
        if not batch:
            return
        with self.db.engine.begin() as connection:
            stored: dict[tuple[str, str], StoredOrder] = {}
            for marketplace in {order.marketplace for order in batch}:
                numbers = [o.number for o in batch if o.marketplace == marketplace]
                for number, order in existing_orders(connection, marketplace, numbers).items():
                    stored[(marketplace, number)] = order
            ledger.ensure(
                connection, {sku for o in batch for s in o.shipments for sku, _ in s[4]}
            )
            values, write = writer
            new = NewOrders()
            changed: list[tuple[StoredOrder, IncomingOrder]] = []
            for order in batch:
                existing = stored.get((order.marketplace, order.number))
                if existing is None:
                    self._decide(order, ledger, values)
                    new.add(order.rows)
                    summary.new += 1
                    summary.on_hold += on_hold(order.rows)
                elif self._unchanged(existing, order):
                    summary.unchanged += 1
                else:
                    changed.append((existing, order.incoming()))
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
    def _decide(order: Prepared, ledger: StockLedger, values: Values) -> None:
        """Check the stock (and the address) of each shipment to pack, first come, first
        served: it is reserved as its rows presume, or the rows change to the hold."""
        for place, facts in enumerate(order.shipments):
            if facts[3] == TO_PACK and (facts[5] or not ledger.reserve_if_available(facts[4])):
                decided(values, order.rows, place, first_state(facts, ledger))

    @staticmethod
    def _unchanged(stored: StoredOrder, order: Prepared) -> bool:
        if stored.fingerprint != order.fingerprint:
            return False
        if set(stored.shipments) != {facts[0] for facts in order.shipments}:
            return False
        return all(
            stored.shipments[key].fingerprint == fingerprint
            and stored.shipments[key].market_status == market_status
            for key, fingerprint, market_status, *_ in order.shipments
        )


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
        facts = shipment_facts(shipment, shipment_fingerprint(shipment))
        state, holds, reserved = first_state(facts, self.ledger)
        row = Shipment(
            key=shipment.key,
            seq=seq,
            state=state.value,
            ship_by=ship_by(self.incoming, shipment, self.intake.settings),
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
        row.ship_by = ship_by(self.incoming, shipment, self.intake.settings)
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
            kept += marketplace_holds(shipment.marketplace_status)
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
                holds = holds_from_json(row.hold_reasons) + marketplace_holds(
                    shipment.marketplace_status
                )
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
