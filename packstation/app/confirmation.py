"""Confirmation: the checks that decide whether a shipment may be packed, and the stock it holds.

Runs on import and on demand. A shipment that passes becomes `confirmed` and reserves its
stock; one that fails goes `on_hold` with every reason.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, selectinload

from packstation.app.context import Station
from packstation.domain.audit import EventKind
from packstation.domain.confirmation import NO_STOCK, LineNeed, check_address, check_lines
from packstation.domain.holds import HoldOrigin, HoldReason
from packstation.domain.messages import Message
from packstation.domain.model import Address
from packstation.domain.parcels import stock_splits
from packstation.domain.states import OrderState, check_transition
from packstation.store import parcels as parcel_store
from packstation.store.catalogue import change_reserved, stock_by_sku
from packstation.store.database import Database
from packstation.store.events import add_events, event_row
from packstation.store.orders import address_from_json, holds_from_json, holds_to_json
from packstation.store.schema import Shipment


class StockLedger:
    """Free stock per SKU while decisions are made, and the reservations they make.

    SKUs are loaded from the database the first time a decision needs them; after that the
    ledger's own figures count, so that one import reserves each unit once.
    """

    def __init__(self) -> None:
        self.available: dict[str, int] = {}
        self._product_ids: dict[str, int] = {}
        self._missing: set[str] = set()
        self.deltas: dict[int, int] = defaultdict(int)

    def ensure(self, connection: Connection | Session, skus: Iterable[str]) -> None:
        wanted = {sku for sku in skus if sku not in self.available and sku not in self._missing}
        if not wanted:
            return
        for sku, row in stock_by_sku(connection, wanted).items():
            self.available[sku] = row.available
            self._product_ids[sku] = row.product_id
        self._missing |= wanted - self.available.keys()

    def _change(self, needs: Iterable[LineNeed], sign: int) -> None:
        for need in needs:
            product_id = self._product_ids.get(need.sku)
            if product_id is not None:
                self.available[need.sku] -= sign * need.quantity
                self.deltas[product_id] += sign * need.quantity

    def reserve_if_available(self, needs: tuple[tuple[str, int], ...]) -> bool:
        """Reserve (SKU, quantity) needs when there are some, every SKU is known, every
        quantity positive and in stock; else reserve nothing: `check_lines` then says why."""
        if not needs:
            return False
        totals: dict[str, int] = {}
        for sku, quantity in needs:
            if quantity < 1:
                return False
            totals[sku] = totals.get(sku, 0) + quantity
        available = self.available
        for sku, quantity in totals.items():
            if sku not in available or available[sku] < quantity:
                return False
        for sku, quantity in totals.items():
            available[sku] -= quantity
            self.deltas[self._product_ids[sku]] += quantity
        return True

    def reserve(self, needs: Iterable[LineNeed]) -> None:
        self._change(needs, +1)

    def release(self, needs: Iterable[LineNeed]) -> None:
        self._change(needs, -1)

    def take_deltas(self) -> dict[int, int]:
        deltas, self.deltas = self.deltas, defaultdict(int)
        return deltas

    def flush(self, connection: Connection | Session) -> None:
        change_reserved(connection, self.take_deltas())


def check_and_reserve(
    needs: list[LineNeed], ship_to: Address | None, ledger: StockLedger
) -> list[Message]:
    """Every problem with the shipment; when there is none, its stock is reserved."""
    return reserve_if_clear(needs, check_address(ship_to), ledger)


def reserve_if_clear(
    needs: list[LineNeed], address_problems: list[Message], ledger: StockLedger
) -> list[Message]:
    """The lines' problems against the ledger's stock, then the address's (checked before,
    maybe in another process); when there is none, the stock is reserved."""
    problems = check_lines(needs, ledger.available) + address_problems
    if not problems:
        ledger.reserve(needs)
    return problems


def check_holds(problems: list[Message]) -> list[HoldReason]:
    return [HoldReason(HoldOrigin.CHECKS, problem) for problem in problems]


def releasable(holds: Iterable[HoldReason]) -> bool:
    """A re-check may release a hold that checks or the marketplace made, never a person's."""
    return all(reason.origin is not HoldOrigin.PACKER for reason in holds)


def needs_of(shipment: Shipment) -> list[LineNeed]:
    return [LineNeed(line.sku, line.quantity) for line in shipment.lines]


def reconfirm(shipment: Shipment, ledger: StockLedger) -> list[Message]:
    """Check a stored shipment again from scratch: any reservation it held is given back,
    then it becomes confirmed (reserving again) or on hold with the checks' reasons."""
    needs = needs_of(shipment)
    if shipment.stock_reserved:
        ledger.release(needs)
    problems = check_and_reserve(needs, address_from_json(shipment.ship_to), ledger)
    source = OrderState(shipment.state)
    target = OrderState.ON_HOLD if problems else OrderState.CONFIRMED
    if target is not source:
        check_transition(source, target)
    shipment.state = target.value
    shipment.hold_reasons = holds_to_json(check_holds(problems))
    shipment.stock_reserved = not problems
    return problems


@dataclass(frozen=True, slots=True)
class RecheckResult:
    confirmed: int
    on_hold: int


def recheck(
    db: Database,
    station: Station,
    shipment_ids: Iterable[int] | None = None,
    *,
    backorder_short: bool = False,
) -> RecheckResult:
    """Run the checks again on new and on-hold shipments (all of them, or the ones given).
    `backorder_short` (the setting `backorder_short_stock`): a shipment held only because
    stock is short ships what the stock covers; the rest is a backorder on hold, which a
    later recheck releases once the stock is there."""
    with db.session() as session, session.begin():
        query = (
            select(Shipment)
            .where(Shipment.state.in_([OrderState.NEW.value, OrderState.ON_HOLD.value]))
            .options(selectinload(Shipment.lines))
            .order_by(Shipment.ship_by)
        )
        if shipment_ids is not None:
            query = query.where(Shipment.id.in_(list(shipment_ids)))
        shipments = [
            s
            for s in session.scalars(query)
            if s.state == OrderState.NEW or releasable(holds_from_json(s.hold_reasons))
        ]
        ledger = StockLedger()
        ledger.ensure(session, {line.sku for s in shipments for line in s.lines})
        confirmed = held = 0
        events = []
        for shipment in shipments:
            source, before = OrderState(shipment.state), shipment.hold_reasons
            problems = reconfirm(shipment, ledger)
            if problems and backorder_short:
                backorder = _backorder_short(session, shipment, problems, ledger)
                if backorder is not None:
                    events += [_event(station, shipment, EventKind.SPLIT, **e) for e in backorder]
                    problems = reconfirm(shipment, ledger)
            if problems:
                held += 1
            else:
                confirmed += 1
            if shipment.state == source.value and shipment.hold_reasons == before:
                continue
            events.append(
                _event(
                    station,
                    shipment,
                    EventKind.TRANSITION,
                    from_state=source.value,
                    to_state=shipment.state,
                    reason="; ".join(p.render() for p in problems),
                    detail="recheck",
                )
            )
        session.flush()
        ledger.flush(session)
        add_events(session, events)
    return RecheckResult(confirmed, held)


def _event(station: Station, shipment: Shipment, kind: EventKind, **values: Any) -> dict:
    values.setdefault("shipment_id", shipment.id)
    return event_row(
        station.now(), station.name, station.operator, kind, order_id=shipment.order_id, **values
    )


def _backorder_short(
    session: Session, shipment: Shipment, problems: list[Message], ledger: StockLedger
) -> list[dict[str, Any]] | None:
    """Split off what free stock does not cover as a backorder on hold, when stock is all the
    shipment is held for and it covers something; the SPLIT events' values, else None."""
    if any(problem.text is not NO_STOCK for problem in problems):
        return None
    if any(line.scanned for line in shipment.lines):
        return None  # counted at a bench once: a person decides
    lines = [(line.id, line.sku, line.quantity) for line in shipment.lines]
    splits = stock_splits(lines, ledger.available)
    moves = {split.line_id: split.move for split in splits}
    if sum(moves.values()) == sum(quantity for _, _, quantity in lines):
        return None  # the stock covers nothing of it
    kept: dict[str, int] = defaultdict(int)
    moved = []
    for line_id, sku, quantity in lines:
        kept[sku] += quantity - moves.get(line_id, 0)
        if moves.get(line_id):
            moved.append(LineNeed(sku, moves[line_id]))
    free = {sku: ledger.available[sku] - kept[sku] for sku in ledger.available}
    holds = check_holds(check_lines(moved, free))
    session.flush()
    parcel = parcel_store.split(
        session.connection(),
        shipment.id,
        splits,
        state=OrderState.ON_HOLD,
        holds=holds_to_json(holds),
        reserved=False,
        backorder=True,
    )
    session.expire_all()  # the lines changed under the session
    units = sum(split.move for split in splits)
    return [
        {
            "reason": "backorder",
            "code": parcel.key,
            "detail": str(parcel.shipment_id),
            "quantity": units,
        },
        {
            "reason": "backorder",
            "shipment_id": parcel.shipment_id,
            "to_state": OrderState.ON_HOLD.value,
            "detail": str(shipment.id),
            "quantity": units,
        },
    ]
