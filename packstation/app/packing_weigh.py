"""The weighing stage: the parcel's box, its weight checked against what it should weigh, and a
supervisor's acceptance of a weight that failed the check."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from packstation.app.packing_bench import NOTHING_TO_WEIGH, Bench, BenchResult, Level
from packstation.app.packing_packed import Packed
from packstation.app.users import NO_APPROVAL, Approval
from packstation.domain.audit import Approved, EventKind
from packstation.domain.barcodes import parse_scan
from packstation.domain.bench import ShipmentView
from packstation.domain.bench_stage import Stage
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.weights import check_weight, show_grams, single_sku, unit_sample
from packstation.store import weighing as weighing_store
from packstation.store.events import add_events
from packstation.store.handles import Connection

BOX_PICKED = QT_TRANSLATE_NOOP("Bench", "Box {name} ({tare} g)")
WEIGHT_ACCEPTED = QT_TRANSLATE_NOOP("Bench", "Weight {weight} g accepted by the supervisor")


class Weighing:
    def __init__(self, bench: Bench, packed: Packed) -> None:
        self.bench = bench
        self.packed = packed

    def box(self, raw: str) -> weighing_store.Box | None:
        """The box a scan names, if it names one."""
        boxes = self.bench.boxes()
        return boxes.get(parse_scan(raw).key) if boxes else None

    def pick_box(self, box: weighing_store.Box) -> BenchResult:
        bench = self.bench
        view = bench.view
        assert view is not None
        with bench.db.engine.begin() as connection:
            weighing_store.set_box(connection, view.shipment_id, box.sku)
            add_events(connection, [bench.event(EventKind.BOX, view, code=box.sku)])
        bench.view = dataclasses.replace(view, box_sku=box.sku, box_tare=box.tare)
        tare = "?" if box.tare is None else show_grams(box.tare)
        return BenchResult(Level.GOOD, BOX_PICKED(name=box.name, tare=tare), bench.view)

    def weigh(self, grams: Decimal, source: str = "scale") -> BenchResult:
        """Check a parcel's weight against what it should weigh; record it if it passes."""
        bench = self.bench
        view = bench.view
        if view is None or bench.stage is not Stage.WEIGHING:
            return bench.finish_first() or BenchResult(Level.BAD, NOTHING_TO_WEIGH(), view)
        check = check_weight(grams, view.expected_weight, bench.settings.scale.tolerance())
        outcome = "within" if check.passed else "outside"
        with bench.db.engine.begin() as connection:
            if check.passed:
                self._record_weight(connection, view, grams)
            event = bench.event(EventKind.WEIGHED, view, outcome=outcome, detail=f"{grams} g")
            add_events(connection, [dict(event, reason=source)])
        if not check.passed:
            bench.failed_weight = check
            return BenchResult(Level.BAD, check.message, view)
        return self._weighed(view, grams, check.message)

    def accept_weight(self, reason: str, approval: Approval = NO_APPROVAL) -> BenchResult:
        """A supervisor accepts the weight that failed the check, with a reason."""
        bench = self.bench
        view, check = bench.view, bench.failed_weight
        if view is None or check is None:
            return BenchResult(Level.BAD, NOTHING_TO_WEIGH(), view)
        who = bench.approver(approval)
        if isinstance(who, BenchResult):
            return who
        with bench.db.engine.begin() as connection:
            self._record_weight(connection, view, check.weight)
            event = bench.event(
                EventKind.WEIGHT_ACCEPTED, view, reason=reason.strip(), detail=f"{check.weight} g"
            )
            approved = bench.approval(who, Approved.ACCEPT_WEIGHT, view, reason)
            add_events(connection, [event, *approved])
        message = WEIGHT_ACCEPTED(weight=show_grams(check.weight))
        return self._weighed(view, check.weight, message)

    def _record_weight(self, connection: Connection, view: ShipmentView, grams: Decimal) -> None:
        at = self.bench.station.now()
        weighing_store.record_weight(connection, view.shipment_id, grams, at)
        single = single_sku((line.sku, line.ordered) for line in view.lines)
        if single is not None:
            unit = unit_sample(grams, view.box_tare, single[1])
            if unit is not None:
                weighing_store.record_sample(connection, single[0], unit, view.shipment_id, at)

    def _weighed(self, view: ShipmentView, grams: Decimal, check: Message) -> BenchResult:
        """The weight is recorded: on to the label, or the order is done."""
        self.bench.failed_weight = None
        self.bench.view = dataclasses.replace(view, weight=grams)
        return self.packed.next_step(self.bench.view, check)
