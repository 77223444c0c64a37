"""The counting stage: every scan, typed quantity or supervisor's verification of the open
order's items, committed before it is shown; undoing the last count; closing a parcel early."""

from __future__ import annotations

import dataclasses

from packstation.app import parcel_news, parcels
from packstation.app.packing_bench import (
    COUNT_CHANGED,
    NOTHING_OPEN,
    PACKED_SHORT,
    Bench,
    BenchResult,
    Level,
)
from packstation.app.packing_open import Opening
from packstation.app.packing_packed import Packed
from packstation.app.users import NO_APPROVAL, Approval
from packstation.domain.audit import Approved, EventKind
from packstation.domain.bench import LineView, ShipmentView
from packstation.domain.bench_stage import Stage
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.domain.pack_session import Outcome, Verdict
from packstation.domain.parcels import refusal as split_refusal
from packstation.domain.states import OrderState
from packstation.store import catalogue as catalogue_store
from packstation.store import packing as bench_store
from packstation.store.events import add_events
from packstation.store.orders import shipments_by_code

PENDING_CANCELLED = QT_TRANSLATE_NOOP("Bench", "Unit code capture cancelled: scan the item again")
TAUGHT = QT_TRANSLATE_NOOP("Bench", "Code {code} now belongs to {name}")
UNDONE = QT_TRANSLATE_NOOP(
    "Bench", "UNDONE: {name} {scanned} of {ordered}. Take that unit out of the parcel."
)
NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("Bench", "No counted scan of this order to undo")
CANNOT_UNDO = QT_TRANSLATE_NOOP(
    "Bench", "Order {number} is weighed or labelled: its scans can no longer be undone here."
)
SUPERVISOR_VERIFIED = QT_TRANSLATE_NOOP(
    "Bench", "The last count was a supervisor's verification: it cannot be undone here."
)

_LEVELS = {
    Outcome.COUNTED: Level.GOOD,
    Outcome.NEED_UNIT_CODE: Level.PROMPT,
    Outcome.TEACH: Level.PROMPT,
    Outcome.DOUBLE_READ: Level.INFO,
}


class _CountConflict(Exception):
    """Another station counted on this line since the session was loaded."""


class _CodeUsed(Exception):
    """The unit code was captured before, for another order."""


class Counting:
    def __init__(self, bench: Bench, opening: Opening, packed: Packed) -> None:
        self.bench = bench
        self.opening = opening
        self.packed = packed

    def scan(self, raw: str, at_ms: float) -> BenchResult:
        """A scan while the items are counted; an order's own code opens that order instead."""
        bench = self.bench
        session = bench.require_session()
        verdict = session.evaluate(raw, at_ms, bench.station.now().astimezone().date())
        if verdict.outcome in (Outcome.UNKNOWN, Outcome.TEACH, Outcome.BAD_CHECK_DIGIT):
            with bench.db.engine.connect() as connection:
                if shipments_by_code(connection, raw.strip()):
                    return self.opening.open_code(raw)
        if verdict.outcome is Outcome.TEACH:
            bench.teaching = verdict
        return self._commit(verdict, EventKind.SCAN)

    def add_quantity(self, line_id: int, quantity: int) -> BenchResult:
        bench = self.bench
        verdict = bench.require_session().add_quantity(line_id, quantity)
        if not verdict.counted:
            return BenchResult(Level.BAD, verdict.message, bench.view, verdict.outcome, line_id)
        return self._commit(verdict, EventKind.QUANTITY)

    def verify_line(
        self, line_id: int, reason: str, approval: Approval = NO_APPROVAL
    ) -> BenchResult:
        bench = self.bench
        who = bench.approver(approval)
        if isinstance(who, BenchResult):
            return who
        verdict = bench.require_session().verify_without_scan(line_id, reason)
        if not verdict.counted:
            return BenchResult(Level.BAD, verdict.message, bench.view, verdict.outcome, line_id)
        assert bench.view is not None
        approved = bench.approval(who, Approved.VERIFY, bench.view, reason)
        return self._commit(verdict, EventKind.OVERRIDE, reason=reason.strip(), also=approved)

    def undo_last(self) -> BenchResult:
        """The packer takes back the last counted scan (or typed quantity) of the open order:
        its units come off the count and a unit code captured with it is free again. The scan
        stays in the audit trail; the undo is recorded beside it. A parcel packed but not yet
        weighed or labelled goes back to packing."""
        bench = self.bench
        view = bench.view
        if view is None:
            return BenchResult(Level.BAD, NOTHING_OPEN())
        stage = bench.stage
        if stage not in (Stage.COUNTING, Stage.WRAPPING, Stage.WEIGHING) or view.weight is not None:
            return BenchResult(Level.BAD, CANNOT_UNDO(number=view.label), view)
        me = bench.station.name
        with bench.db.engine.begin() as connection:
            last = bench_store.last_counted(connection, view.shipment_id)
            if last is None:
                return BenchResult(Level.BAD, NOTHING_TO_UNDO(), view)
            if last.kind == EventKind.OVERRIDE.value:
                return BenchResult(Level.BAD, SUPERVISOR_VERIFIED(), view)
            units = last.quantity or 1
            by_code = units if last.kind == EventKind.SCAN.value else 0
            counted = bench_store.uncount(connection, last.line_id, units, by_code)
            if counted:
                line = view.line(last.line_id)
                freed = (
                    bench_store.drop_last_unit_code(connection, line.line_id)
                    if line.unit_code is not None
                    else None
                )
                events = [
                    bench.event(
                        EventKind.UNDO,
                        view,
                        line_id=line.line_id,
                        code=freed or last.code,
                        quantity=units,
                        detail=str(last.id),
                    )
                ]
                if view.state is OrderState.PACKED:
                    bench_store.move_state(
                        connection,
                        view.shipment_id,
                        OrderState.PACKED,
                        OrderState.PACKING,
                        station=me,
                    )
                    events.append(
                        bench.transition(view, OrderState.PACKED, OrderState.PACKING, "undo")
                    )
                add_events(connection, events)
        self.opening.open_shipment(view.shipment_id)
        if not counted:
            return BenchResult(Level.BAD, COUNT_CHANGED(), bench.view)
        assert bench.view is not None
        line = bench.view.line(last.line_id)
        message = UNDONE(name=line.name, scanned=line.scanned, ordered=line.ordered)
        return BenchResult(Level.PROMPT, message, bench.view, line_id=line.line_id)

    def teach_candidates(self) -> tuple[LineView, ...]:
        bench = self.bench
        if bench.teaching is None or bench.view is None:
            return ()
        return tuple(bench.view.line(line_id) for line_id in bench.teaching.candidates)

    def teach(self, line_id: int, approval: Approval = NO_APPROVAL) -> BenchResult:
        """Link the unknown code just scanned to an open line with no barcode, and count it."""
        bench = self.bench
        session = bench.require_session()
        verdict = bench.teaching
        assert verdict is not None and verdict.code is not None and bench.view is not None
        approved: list[dict] = []
        if bench.settings.teach_needs_supervisor:
            who = bench.approver(approval)
            if isinstance(who, BenchResult):
                return who
            approved = bench.approval(who, Approved.TEACH, bench.view)
        line = bench.view.line(line_id)
        with bench.db.session() as db_session, db_session.begin():
            catalogue_store.teach_barcode(db_session, line.sku, verdict.code.data)
            add_events(
                db_session,
                [
                    bench.event(
                        EventKind.TEACH,
                        bench.view,
                        line_id=line_id,
                        code=verdict.code.data,
                    ),
                    *approved,
                ],
            )
        bench.teaching = None
        result = self._commit(session.teach(verdict, line_id), EventKind.SCAN)
        if result.outcome is Outcome.COUNTED:
            taught = TAUGHT(code=verdict.code.data, name=line.name)
            return (
                dataclasses.replace(result, message=taught)
                if result.level is Level.GOOD
                else result
            )
        return result

    def cancel_pending(self) -> BenchResult | None:
        session = self.bench.session
        if session is None or session.pending_line is None:
            return None
        session.cancel_pending()
        return BenchResult(Level.INFO, PENDING_CANCELLED(), self.bench.view)

    # -- several parcels -------------------------------------------------------------------------
    def close_parcel(self) -> BenchResult:
        """The box is full: what is scanned stays in this parcel, which goes on to its weight
        and label; what is not moves to the order's next parcel, kept for this station."""
        return self._split(backorder=False)

    def ship_what_is_here(self) -> BenchResult:
        """Stock is short: what is scanned goes out in this parcel; the rest waits on hold as
        a backorder of the order until the stock arrives (see app/parcels.py)."""
        return self._split(backorder=True)

    def _split(self, *, backorder: bool) -> BenchResult:
        bench = self.bench
        view, session = bench.view, bench.session
        pending = session is not None and session.pending_line is not None
        refused = split_refusal(view, session is not None, pending)
        if refused is not None:
            return BenchResult(Level.BAD, refused, view)
        assert view is not None
        try:
            with bench.db.engine.begin() as connection:
                split = parcels.split_off(connection, view, bench.station, backorder=backorder)
        except parcels.SplitConflict:
            reopened = self.opening.open_shipment(view.shipment_id)
            if reopened.takeover is not None:
                return reopened
            return BenchResult(Level.BAD, COUNT_CHANGED(), bench.view)
        bench.session = None
        bench.view = split.view
        return self.packed.next_step(split.view, split.message)

    # -- the commit of a verdict -----------------------------------------------------------------
    def _commit(
        self, verdict: Verdict, kind: EventKind, reason: str = "", also: list[dict] | None = None
    ) -> BenchResult:
        bench = self.bench
        session = bench.require_session()
        view = bench.view
        assert view is not None
        completes = session.completes(verdict)
        # The last unit of a parcel with nothing more to do here (no wrap, weight or label):
        # it leaves the bench in the same transaction, one commit for the scan.
        leaves = completes and bench.stage_if_packed(view) is Stage.DONE
        me = bench.station.name
        code = verdict.code.raw if verdict.code is not None else None
        try:
            with bench.db.engine.begin() as connection:
                if verdict.counted:
                    key = verdict.unit_code_key
                    if key is not None and bench_store.unit_code_taken(connection, key):
                        raise _CodeUsed
                    by_code = verdict.quantity if verdict.by_scan else 0
                    if not bench_store.add_count(
                        connection,
                        verdict.line_id,  # type: ignore[arg-type]
                        verdict.quantity,
                        by_code,
                        me,
                    ):
                        raise _CountConflict
                    if verdict.unit_code is not None:
                        bench_store.add_unit_code(
                            connection,
                            verdict.line_id,  # type: ignore[arg-type]
                            verdict.unit_code_kind,  # type: ignore[arg-type]
                            verdict.unit_code,
                            key,
                            bench.station.now(),
                        )
                events = [
                    bench.event(
                        kind,
                        view,
                        line_id=verdict.line_id,
                        code=code,
                        outcome=verdict.outcome.value,
                        quantity=verdict.quantity or None,
                        reason=reason or ("" if verdict.counted else verdict.message.render()),
                    ),
                    *(also or []),
                ]
                if completes:
                    bench_store.move_state(
                        connection,
                        view.shipment_id,
                        OrderState.PACKING,
                        OrderState.PACKED,
                        station=None if leaves else me,  # here until done
                    )
                    events.append(bench.transition(view, OrderState.PACKING, OrderState.PACKED))
                    if leaves:
                        parcel_news.packed(connection, view, bench.station.now(), bench.settings)
                add_events(connection, events)
        except (_CodeUsed, bench_store.UnitCodeTaken):
            return self._commit(session.used_code(verdict), kind)
        except _CountConflict:
            reopened = self.opening.open_shipment(view.shipment_id)
            if reopened.takeover is not None:  # another station took the parcel over
                return reopened
            return BenchResult(Level.BAD, COUNT_CHANGED(), bench.view)
        session.apply(verdict)
        bench.view = self._refreshed(view, completes)
        if completes:
            bench.session = None
            done = PACKED_SHORT(number=view.label)
            result = (
                self.packed.off_the_bench(
                    dataclasses.replace(bench.view, packing_station=None), done, completed=True
                )
                if leaves
                else self.packed.next_step(bench.view, done)
            )
            return dataclasses.replace(result, outcome=verdict.outcome, line_id=verdict.line_id)
        return BenchResult(
            _LEVELS.get(verdict.outcome, Level.BAD),
            verdict.message,
            bench.view,
            verdict.outcome,
            verdict.line_id,
            candidates=self.teach_candidates() if verdict.outcome is Outcome.TEACH else (),
            code=verdict.code.data if verdict.code is not None else "",
        )

    def _refreshed(self, view: ShipmentView, completed: bool) -> ShipmentView:
        session = self.bench.require_session()
        lines = tuple(
            dataclasses.replace(
                line,
                scanned=session.line(line.line_id).scanned,
                scanned_by_code=session.line(line.line_id).real_scans,
            )
            for line in view.lines
        )
        state = OrderState.PACKED if completed else view.state
        return dataclasses.replace(view, lines=lines, state=state)
