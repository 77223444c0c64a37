"""Holds at the bench: the packer stops the open order; a supervisor lifts its holds, or frees
an order a station that is no longer running still has."""

from __future__ import annotations

import dataclasses

from packstation.app.confirmation import StockLedger, reconfirm
from packstation.app.packing_bench import NOTHING_OPEN, Bench, BenchResult, Level
from packstation.app.packing_open import Opening
from packstation.app.users import NO_APPROVAL, Approval
from packstation.domain.audit import Approved, EventKind
from packstation.domain.holds import BY_PACKER, HoldOrigin, HoldReason
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.domain.states import STATE_LABELS, OrderState, check_transition
from packstation.store import packing as bench_store
from packstation.store import station_lock
from packstation.store.events import add_events
from packstation.store.orders import holds_from_json, holds_to_json
from packstation.store.schema import Shipment

RELEASED = QT_TRANSLATE_NOOP("Bench", "Order {number} released: {state}")
CLAIM_RELEASED = QT_TRANSLATE_NOOP(
    "Bench", "Order {number} is free again: {station} no longer holds it, any station may open it"
)
NOT_CLAIMED = QT_TRANSLATE_NOOP("Bench", "Order {number} is on no other bench: nothing to release")
STILL_RUNNING = QT_TRANSLATE_NOOP(
    "Bench",
    "Station {station} is running with order {number}: finish or put it down there, or close "
    "that station first",
)


class Holding:
    def __init__(self, bench: Bench, opening: Opening) -> None:
        self.bench = bench
        self.opening = opening

    def hold(self, reason: str) -> BenchResult:
        """The packer stops the open order: it goes on hold, its counts stay."""
        bench = self.bench
        view = bench.view
        if view is None:
            return BenchResult(Level.BAD, NOTHING_OPEN())
        hold = HoldReason(HoldOrigin.PACKER, BY_PACKER(reason=reason.strip()))
        with bench.db.session() as session, session.begin():
            shipment = session.get(Shipment, view.shipment_id)
            assert shipment is not None
            source = OrderState(shipment.state)
            check_transition(source, OrderState.ON_HOLD)
            shipment.state = OrderState.ON_HOLD.value
            shipment.packing_station = None
            holds = holds_from_json(shipment.hold_reasons or [])
            shipment.hold_reasons = holds_to_json([*holds, hold])
            add_events(
                session,
                [bench.transition(view, source, OrderState.ON_HOLD, reason=reason)],
            )
        self.opening.close()
        return self.opening.open_shipment(view.shipment_id)

    def release(
        self, shipment_id: int, reason: str, approval: Approval = NO_APPROVAL
    ) -> BenchResult:
        """A supervisor lifts every hold; the checks run again and decide. Not while another
        parcel is packed but not done: that one is finished first."""
        bench = self.bench
        if bench.view is not None and bench.view.shipment_id != shipment_id:
            refused = bench.finish_first()
            if refused is not None:
                return refused
        who = bench.approver(approval)
        if isinstance(who, BenchResult):
            return who
        with bench.db.session() as session, session.begin():
            shipment = session.get(Shipment, shipment_id)
            assert shipment is not None and shipment.state == OrderState.ON_HOLD.value
            view = bench_store.load_shipment(session.connection(), shipment_id)
            assert view is not None
            ledger = StockLedger()
            ledger.ensure(session, {line.sku for line in shipment.lines})
            target = OrderState.ON_HOLD if reconfirm(shipment, ledger) else OrderState.CONFIRMED
            ledger.flush(session)
            add_events(
                session,
                [
                    bench.transition(view, OrderState.ON_HOLD, target, reason=reason),
                    *bench.approval(who, Approved.RELEASE, view, reason),
                ],
            )
        result = self.opening.open_shipment(shipment_id)
        if target is OrderState.ON_HOLD:
            return result
        return dataclasses.replace(
            result, message=RELEASED(number=view.label, state=STATE_LABELS[target]())
        )

    def release_claim(
        self, shipment_id: int, reason: str, approval: Approval = NO_APPROVAL
    ) -> BenchResult:
        """A supervisor frees an order a station that is no longer running still holds: its
        counts stay, and any station may open it (the takeover asks the packer at the scan)."""
        bench = self.bench
        who = bench.approver(approval)
        if isinstance(who, BenchResult):
            return who
        with bench.db.engine.begin() as connection:
            view = bench_store.load_shipment(connection, shipment_id)
            assert view is not None
            station = view.packing_station
            if station is None or station == bench.station.name:
                return BenchResult(Level.INFO, NOT_CLAIMED(number=view.label), bench.view)
            if station_lock.is_running(bench.db, station):
                message = STILL_RUNNING(number=view.label, station=station)
                return BenchResult(Level.BAD, message, bench.view)
            if not bench_store.release(connection, shipment_id, station):
                return BenchResult(Level.INFO, NOT_CLAIMED(number=view.label), bench.view)
            event = bench.event(
                EventKind.CLAIM_RELEASED, view, reason=reason.strip(), detail=station
            )
            approved = bench.approval(who, Approved.RELEASE_CLAIM, view, reason)
            add_events(connection, [event, *approved])
        message = CLAIM_RELEASED(number=view.label, station=station)
        return BenchResult(Level.INFO, message, bench.view)
