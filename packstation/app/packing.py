"""The pack bench: open an order by scanning it, verify every unit, finish it.

Every verdict is committed before it is returned, so what the packer sees is what is
stored, and a restart resumes the order this station was packing with the same counts.
The service is used from one thread (the GUI's database worker, or the CLI).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy.exc import IntegrityError

from packstation.app import dispatch
from packstation.app.confirmation import StockLedger, reconfirm
from packstation.app.context import Station
from packstation.app.settings import Settings
from packstation.domain.audit import EventKind
from packstation.domain.barcodes import parse_scan
from packstation.domain.bench import LineView, ShipmentView
from packstation.domain.holds import BY_PACKER, HoldOrigin, HoldReason
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.pack_session import (
    KnownProduct,
    Outcome,
    PackSession,
    SessionLine,
    Verdict,
)
from packstation.domain.states import STATE_LABELS, OrderState, check_transition
from packstation.domain.tracking import carrier_name
from packstation.domain.weights import (
    Tolerance,
    WeightCheck,
    check_weight,
    show_grams,
    single_sku,
    unit_sample,
)
from packstation.store import catalogue as catalogue_store
from packstation.store import packing as bench_store
from packstation.store import shipping as shipping_store
from packstation.store import weighing as weighing_store
from packstation.store.database import Database
from packstation.store.events import add_events, event_row
from packstation.store.orders import (
    holds_from_json,
    holds_to_json,
    shipments_by_code,
)
from packstation.store.schema import Shipment

OPENED = QT_TRANSLATE_NOOP("Bench", "Order {number}: scan the items")
RESUMED = QT_TRANSLATE_NOOP(
    "Bench", "Order {number} resumed: {scanned} of {units} units already in"
)
PACKED = QT_TRANSLATE_NOOP("Bench", "PACKED: order {number} is complete. Scan the next order.")
NO_ORDER = QT_TRANSLATE_NOOP("Bench", "No order with the number {code}")
SCAN_ORDER_FIRST = QT_TRANSLATE_NOOP("Bench", "That is an item ({name}). Scan an order first.")
ON_HOLD = QT_TRANSLATE_NOOP("Bench", "ON HOLD: order {number} may not be packed: {reasons}")
NOT_PACKABLE = QT_TRANSLATE_NOOP("Bench", "Order {number} is {state}: it cannot be packed")
ELSEWHERE = QT_TRANSLATE_NOOP(
    "Bench",
    "Order {number} is being packed at station {station}. Take it over only if that parcel is abandoned.",
)
TAKEN_OVER = QT_TRANSLATE_NOOP("Bench", "Order {number} taken over from station {station}")
COUNT_CHANGED = QT_TRANSLATE_NOOP(
    "Bench",
    "The counts of this order changed at another station: reloaded. Check the parcel.",
)
WRONG_PIN = QT_TRANSLATE_NOOP("Bench", "Wrong supervisor PIN")
RELEASED = QT_TRANSLATE_NOOP("Bench", "Order {number} released: {state}")
NOTHING_OPEN = QT_TRANSLATE_NOOP("Bench", "No order is open")
PENDING_CANCELLED = QT_TRANSLATE_NOOP("Bench", "Unit code capture cancelled: scan the item again")
TAUGHT = QT_TRANSLATE_NOOP("Bench", "Code {code} now belongs to {name}")
PACKED_WEIGH = QT_TRANSLATE_NOOP(
    "Bench", "PACKED: order {number} is complete. Put the parcel on the scale."
)
TO_WEIGH = QT_TRANSLATE_NOOP("Bench", "Order {number} is packed: put the parcel on the scale.")
ALREADY_WEIGHED = QT_TRANSLATE_NOOP(
    "Bench", "Order {number} is packed and weighed ({weight} g). Scan the next order."
)
WEIGH_FIRST = QT_TRANSLATE_NOOP(
    "Bench",
    "Order {number} is not weighed yet: put its parcel on the scale first, or hold it (F9).",
)
WEIGHED_DONE = QT_TRANSLATE_NOOP("Bench", "{check}. Order {number} is done: scan the next order.")
BOX_PICKED = QT_TRANSLATE_NOOP("Bench", "Box {name} ({tare} g)")
NOTHING_TO_WEIGH = QT_TRANSLATE_NOOP(
    "Bench", "No packed order to weigh: finish scanning the items first."
)
WEIGHED_THEN = QT_TRANSLATE_NOOP("Bench", "{check}. {next}")
PACKED_SHORT = QT_TRANSLATE_NOOP("Bench", "PACKED: order {number} is complete")
WEIGHT_ACCEPTED = QT_TRANSLATE_NOOP("Bench", "Weight {weight} g accepted by the supervisor")


class Level(StrEnum):
    GOOD = "good"  # counted: green, good sound
    DONE = "done"  # the order is complete
    BAD = "bad"  # stopped: red, bad sound
    PROMPT = "prompt"  # the bench needs something from the packer: amber
    INFO = "info"


_LEVELS = {
    Outcome.COUNTED: Level.GOOD,
    Outcome.NEED_UNIT_CODE: Level.PROMPT,
    Outcome.TEACH: Level.PROMPT,
    Outcome.DOUBLE_READ: Level.INFO,
}


@dataclass(frozen=True, slots=True)
class BenchResult:
    level: Level
    message: Message
    view: ShipmentView | None = None
    outcome: Outcome | None = None
    line_id: int | None = None
    candidates: tuple[LineView, ...] = ()  # for teaching a barcode
    takeover: int | None = None  # a shipment the packer may take over from another station
    code: str = ""  # what was scanned


class _CountConflict(Exception):
    """Another station counted on this line since the session was loaded."""


class _CodeUsed(Exception):
    """The unit code was captured before, for another order."""


class PackingService:
    def __init__(self, db: Database, station: Station, settings: Settings) -> None:
        self.db = db
        self.station = station
        self.settings = settings
        self.view: ShipmentView | None = None
        self._session: PackSession | None = None
        self._teach: Verdict | None = None
        self._boxes: dict[str, weighing_store.Box] | None = None
        self._failed_weight: WeightCheck | None = None

    @property
    def packing(self) -> bool:
        return self._session is not None

    def dispatches(self, view: ShipmentView) -> bool:
        """This station prints the parcel's waybill: it is done when its label is scanned.
        A parcel without an address carries the marketplace's own label instead."""
        shipping = self.settings.label_printer.enabled and self.settings.shipping.print_waybill
        return shipping and view.ship_to is not None

    @property
    def awaiting_label(self) -> bool:
        view = self.view
        return (
            view is not None
            and view.state is OrderState.PACKED
            and self.dispatches(view)
            and not self.awaiting_weight
            and self._failed_weight is None
        )

    @property
    def awaiting_weight(self) -> bool:
        """The open parcel is packed but not yet weighed, and this station weighs parcels."""
        view = self.view
        scale = self.settings.scale
        return (
            view is not None
            and view.state is OrderState.PACKED
            and view.weight is None
            and scale.enabled
            and scale.require_weight
        )

    # -- opening ------------------------------------------------------------------------------
    def resume(self) -> BenchResult | None:
        """Reopen what this station was packing when it stopped."""
        with self.db.engine.connect() as connection:
            shipment_id = bench_store.resumable(connection, self.station.name)
        return None if shipment_id is None else self.open_shipment(shipment_id)

    def open_code(self, code: str) -> BenchResult:
        """Open the order a scanned or typed order number, posting number or label code names."""
        code = code.strip()
        with self.db.engine.connect() as connection:
            found = shipments_by_code(connection, code)
            if not found:
                known = catalogue_store.known_product(connection, parse_scan(code).key)
        if not found:
            if known is not None:
                return BenchResult(Level.BAD, SCAN_ORDER_FIRST(name=known.name), self.view)
            return BenchResult(Level.BAD, NO_ORDER(code=code), self.view)
        packable = [
            sid for sid, state in found if state in (OrderState.CONFIRMED, OrderState.PACKING)
        ]
        return self.open_shipment(packable[0] if packable else found[0][0])

    def open_shipment(self, shipment_id: int, *, takeover: bool = False) -> BenchResult:
        self._session = None
        self._teach = None
        self._failed_weight = None
        self._boxes = None  # boxes added to the catalogue count from the next order on
        me = self.station.name
        with self.db.engine.begin() as connection:
            view = bench_store.load_shipment(connection, shipment_id)
            assert view is not None
            self.view = view
            if view.state is OrderState.ON_HOLD:
                reasons = tuple(reason.message for reason in view.holds)
                return BenchResult(Level.BAD, ON_HOLD(number=view.label, reasons=reasons), view)
            if view.state is OrderState.PACKED:
                return self._packed(view)
            if view.state not in (OrderState.CONFIRMED, OrderState.PACKING):
                state = STATE_LABELS[view.state]()
                return BenchResult(Level.BAD, NOT_PACKABLE(number=view.label, state=state), view)
            other = view.packing_station
            if view.state is OrderState.PACKING and other not in (None, me) and not takeover:
                return BenchResult(
                    Level.BAD,
                    ELSEWHERE(number=view.label, station=other),
                    view,
                    takeover=shipment_id,
                )
            events = []
            if view.state is OrderState.CONFIRMED:
                bench_store.move_state(
                    connection,
                    shipment_id,
                    OrderState.CONFIRMED,
                    OrderState.PACKING,
                    station=me,
                )
                events.append(self._transition(view, OrderState.CONFIRMED, OrderState.PACKING))
                message = OPENED(number=view.label)
            else:
                if other != me:
                    bench_store.claim(connection, shipment_id, me)
                if other not in (None, me):
                    events.append(self._event(EventKind.TAKEOVER, view, reason=other or ""))
                    message = TAKEN_OVER(number=view.label, station=other)
                else:
                    message = RESUMED(
                        number=view.label, scanned=view.units_scanned, units=view.units
                    )
            add_events(connection, events)
            codes = bench_store.product_codes(connection, {line.sku for line in view.lines})
            used = (
                bench_store.used_unit_codes(connection, shipment_id)
                if any(line.unit_code is not None for line in view.lines)
                else set()
            )
        self.view = dataclasses.replace(view, state=OrderState.PACKING, packing_station=me)
        self._session = PackSession(
            lines=[
                SessionLine(
                    line.line_id,
                    line.sku,
                    line.name,
                    line.ordered,
                    line.scanned,
                    line.unit_code,
                    line.has_barcode,
                    line.scanned_by_code,
                )
                for line in view.lines
            ],
            codes=codes,
            catalogue=self._known_product,
            double_read_ms=self.settings.double_read_ms,
            used_unit_codes=used,
        )
        return BenchResult(Level.INFO, message, self.view)

    def _packed(self, view: ShipmentView) -> BenchResult:
        if self.dispatches(view) and not self.awaiting_weight:
            return self._dispatch(view)
        if view.weight is not None:
            weight = show_grams(view.weight)
            return BenchResult(Level.INFO, ALREADY_WEIGHED(number=view.label, weight=weight), view)
        return BenchResult(Level.PROMPT, TO_WEIGH(number=view.label), view)

    def close(self) -> None:
        """Put the order down; it stays `packing` at this station and resumes as it was."""
        self.view = None
        self._session = None
        self._teach = None
        self._failed_weight = None

    # -- scanning -----------------------------------------------------------------------------
    def scan(self, raw: str, at_ms: float) -> BenchResult:
        box = self._box(raw)
        if box is not None and self.view is not None:
            return self.pick_box(box)
        session = self._session
        if session is None and self.awaiting_label:
            return self._label_stage_scan(raw)
        if session is None:
            return self._open_next(raw)
        verdict = session.evaluate(raw, at_ms, self.station.now().astimezone().date())
        if verdict.outcome in (Outcome.UNKNOWN, Outcome.TEACH, Outcome.BAD_CHECK_DIGIT):
            with self.db.engine.connect() as connection:
                if shipments_by_code(connection, raw.strip()):
                    return self.open_code(raw)
        if verdict.outcome is Outcome.TEACH:
            self._teach = verdict
        return self._commit(verdict, EventKind.SCAN)

    def _open_next(self, raw: str) -> BenchResult:
        view = self.view
        if view is not None and (self.awaiting_weight or self._failed_weight is not None):
            with self.db.engine.connect() as connection:
                found = shipments_by_code(connection, raw.strip())
            if view.shipment_id not in {sid for sid, _ in found}:
                return BenchResult(Level.BAD, WEIGH_FIRST(number=view.label), view)
        return self.open_code(raw)

    # -- box and weight --------------------------------------------------------------------------
    def _box(self, raw: str) -> weighing_store.Box | None:
        if self._boxes is None:
            with self.db.engine.connect() as connection:
                self._boxes = weighing_store.boxes_by_code(connection)
        return self._boxes.get(parse_scan(raw).key) if self._boxes else None

    def pick_box(self, box: weighing_store.Box) -> BenchResult:
        view = self.view
        assert view is not None
        with self.db.engine.begin() as connection:
            weighing_store.set_box(connection, view.shipment_id, box.sku)
            add_events(connection, [self._event(EventKind.BOX, view, code=box.sku)])
        self.view = dataclasses.replace(view, box_sku=box.sku, box_tare=box.tare)
        tare = "?" if box.tare is None else show_grams(box.tare)
        return BenchResult(Level.GOOD, BOX_PICKED(name=box.name, tare=tare), self.view)

    def weigh(self, grams: Decimal, source: str = "scale") -> BenchResult:
        """Check a parcel's weight against what it should weigh; record it if it passes."""
        view = self.view
        if view is None or view.state is not OrderState.PACKED:
            return BenchResult(Level.BAD, NOTHING_TO_WEIGH(), view)
        scale = self.settings.scale
        tolerance = Tolerance(Decimal(scale.tolerance_grams), Decimal(str(scale.tolerance_percent)))
        check = check_weight(grams, view.expected_weight, tolerance)
        outcome = "within" if check.passed else "outside"
        with self.db.engine.begin() as connection:
            if check.passed:
                self._record_weight(connection, view, grams)
            event = self._event(EventKind.WEIGHED, view, outcome=outcome, detail=f"{grams} g")
            add_events(connection, [dict(event, reason=source)])
        if not check.passed:
            self._failed_weight = check
            return BenchResult(Level.BAD, check.message, view)
        return self._weighed(view, grams, check.message)

    def accept_weight(self, reason: str, pin: str) -> BenchResult:
        """A supervisor accepts the weight that failed the check, with a reason."""
        view, check = self.view, self._failed_weight
        if view is None or check is None:
            return BenchResult(Level.BAD, NOTHING_TO_WEIGH(), view)
        if not self.settings.check_supervisor_pin(pin):
            return BenchResult(Level.BAD, WRONG_PIN(), view)
        with self.db.engine.begin() as connection:
            self._record_weight(connection, view, check.weight)
            event = self._event(
                EventKind.WEIGHT_ACCEPTED, view, reason=reason.strip(), detail=f"{check.weight} g"
            )
            add_events(connection, [event])
        message = WEIGHT_ACCEPTED(weight=show_grams(check.weight))
        return self._weighed(view, check.weight, message)

    def _record_weight(self, connection, view: ShipmentView, grams: Decimal) -> None:  # type: ignore[no-untyped-def]
        at = self.station.now()
        weighing_store.record_weight(connection, view.shipment_id, grams, at)
        single = single_sku((line.sku, line.ordered) for line in view.lines)
        if single is not None:
            unit = unit_sample(grams, view.box_tare, single[1])
            if unit is not None:
                weighing_store.record_sample(connection, single[0], unit, view.shipment_id, at)

    def _weighed(self, view: ShipmentView, grams: Decimal, check: Message) -> BenchResult:
        """The weight is recorded: on to the label, or the order is done."""
        self._failed_weight = None
        self.view = dataclasses.replace(view, weight=grams)
        if self.dispatches(view):
            result = self._dispatch(self.view)
            return dataclasses.replace(
                result, message=WEIGHED_THEN(check=check, next=result.message)
            )
        return BenchResult(Level.DONE, WEIGHED_DONE(check=check, number=view.label), self.view)

    # -- carrier, tracking number, label ---------------------------------------------------------
    def _dispatch(self, view: ShipmentView) -> BenchResult:
        """The parcel's carrier and tracking number: from a range, or asked of the packer."""
        with self.db.engine.begin() as connection:
            tracking = dispatch.take_tracking(connection, view, self.settings)
            if tracking.source == "range":
                add_events(connection, [self._tracking_event(view, tracking.number, "range")])
        self.view = dataclasses.replace(
            view,
            carrier=tracking.carrier,
            service=tracking.service,
            tracking_number=tracking.number,
        )
        if tracking.number is None:
            name = carrier_name(tracking.carrier)
            message = dispatch.SCAN_TRACKING(number=view.label, carrier=name)
        else:
            name = carrier_name(tracking.carrier)
            message = dispatch.TRACKING_SET(tracking=tracking.number, carrier=name)
        return BenchResult(Level.PROMPT, message, self.view)

    def choose_carrier(self, carrier: str, service: str) -> BenchResult:
        """The packer sends the parcel with another carrier or service: a tracking number
        given before (of the other carrier) is dropped, and the new one is taken or asked."""
        view = self.view
        if view is None or not self.awaiting_label:
            return BenchResult(Level.BAD, NOTHING_TO_WEIGH(), view)
        with self.db.engine.begin() as connection:
            shipping_store.set_shipping(connection, view.shipment_id, carrier, service, None)
            event = self._event(EventKind.TRACKING, view, code=None, reason=f"carrier {carrier}")
            add_events(connection, [event])
        changed = dataclasses.replace(view, carrier=carrier, service=service, tracking_number=None)
        return self._dispatch(changed)

    def enter_tracking(self, code: str, source: str = "typed") -> BenchResult:
        """A tracking number scanned from a pre-printed waybill, or typed."""
        view = self.view
        if view is None or not self.awaiting_label:
            return BenchResult(Level.BAD, NOTHING_TO_WEIGH(), view)
        carrier, service = dispatch.carrier_for(view, self.settings)
        number, problem = dispatch.checked_tracking(carrier, code)
        if number is None:
            assert problem is not None
            return BenchResult(Level.BAD, problem, view)
        with self.db.engine.begin() as connection:
            shipping_store.set_shipping(connection, view.shipment_id, carrier, service, number)
            add_events(connection, [self._tracking_event(view, number, source)])
        self.view = dataclasses.replace(
            view, carrier=carrier, service=service, tracking_number=number
        )
        message = dispatch.TRACKING_SET(tracking=number, carrier=carrier_name(carrier))
        return BenchResult(Level.PROMPT, message, self.view)

    def _label_stage_scan(self, raw: str) -> BenchResult:
        view = self.view
        assert view is not None
        code = raw.strip()
        with self.db.engine.connect() as connection:
            found = {sid for sid, _ in shipments_by_code(connection, code)}
        if view.shipment_id in found:  # the order scanned again: say what it waits for
            return self._dispatch(view)
        if view.tracking_number is None:
            if found:
                return BenchResult(Level.BAD, dispatch.CONFIRM_LABEL_FIRST(number=view.label), view)
            return self.enter_tracking(code, "scan")
        carrier = view.carrier or dispatch.carrier_for(view, self.settings)[0]
        if dispatch.label_matches(view, code, carrier):
            return self._ship(view)
        if found and view.shipment_id not in found:
            return BenchResult(Level.BAD, dispatch.CONFIRM_LABEL_FIRST(number=view.label), view)
        with self.db.engine.begin() as connection:
            add_events(connection, [self._event(EventKind.LABEL, view, code=code, outcome="wrong")])
        message = dispatch.WRONG_LABEL(code=code, number=view.label, tracking=view.tracking_number)
        return BenchResult(Level.BAD, message, view)

    def _ship(self, view: ShipmentView) -> BenchResult:
        at = self.station.now()
        with self.db.engine.begin() as connection:
            moved = bench_store.move_state(
                connection, view.shipment_id, OrderState.PACKED, OrderState.SHIPPED, station=None
            )
            if not moved:
                state = STATE_LABELS[OrderState.SHIPPED]()
                return BenchResult(Level.BAD, NOT_PACKABLE(number=view.label, state=state), view)
            shipping_store.mark_shipped(connection, view.shipment_id, at)
            add_events(
                connection,
                [
                    self._event(EventKind.LABEL, view, code=view.tracking_number, outcome="right"),
                    self._transition(view, OrderState.PACKED, OrderState.SHIPPED),
                ],
            )
        self.view = dataclasses.replace(view, state=OrderState.SHIPPED)
        message = dispatch.LABEL_OK(number=view.label, tracking=view.tracking_number)
        return BenchResult(Level.DONE, message, self.view)

    def _tracking_event(self, view: ShipmentView, number: str | None, source: str) -> dict:
        return self._event(EventKind.TRACKING, view, code=number, reason=source)

    def add_quantity(self, line_id: int, quantity: int) -> BenchResult:
        verdict = self._require_session().add_quantity(line_id, quantity)
        if not verdict.counted:
            return BenchResult(Level.BAD, verdict.message, self.view, verdict.outcome, line_id)
        return self._commit(verdict, EventKind.QUANTITY)

    def verify_line(self, line_id: int, reason: str, pin: str) -> BenchResult:
        if not self.settings.check_supervisor_pin(pin):
            return BenchResult(Level.BAD, WRONG_PIN(), self.view)
        verdict = self._require_session().verify_without_scan(line_id, reason)
        if not verdict.counted:
            return BenchResult(Level.BAD, verdict.message, self.view, verdict.outcome, line_id)
        return self._commit(verdict, EventKind.OVERRIDE, reason=reason.strip())

    def teach_candidates(self) -> tuple[LineView, ...]:
        if self._teach is None or self.view is None:
            return ()
        return tuple(self.view.line(line_id) for line_id in self._teach.candidates)

    def teach(self, line_id: int, pin: str = "") -> BenchResult:
        """Link the unknown code just scanned to an open line with no barcode, and count it."""
        session = self._require_session()
        verdict = self._teach
        assert verdict is not None and verdict.code is not None and self.view is not None
        if self.settings.teach_needs_supervisor and not self.settings.check_supervisor_pin(pin):
            return BenchResult(Level.BAD, WRONG_PIN(), self.view)
        line = self.view.line(line_id)
        with self.db.session() as db_session, db_session.begin():
            catalogue_store.teach_barcode(db_session, line.sku, verdict.code.data)
            add_events(
                db_session,
                [
                    self._event(
                        EventKind.TEACH,
                        self.view,
                        line_id=line_id,
                        code=verdict.code.data,
                    )
                ],
            )
        self._teach = None
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
        session = self._session
        if session is None or session.pending_line is None:
            return None
        session.cancel_pending()
        return BenchResult(Level.INFO, PENDING_CANCELLED(), self.view)

    # -- holds ---------------------------------------------------------------------------------
    def hold(self, reason: str) -> BenchResult:
        """The packer stops the open order: it goes on hold, its counts stay."""
        view = self.view
        if view is None:
            return BenchResult(Level.BAD, NOTHING_OPEN())
        hold = HoldReason(HoldOrigin.PACKER, BY_PACKER(reason=reason.strip()))
        with self.db.session() as session, session.begin():
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
                [self._transition(view, source, OrderState.ON_HOLD, reason=reason)],
            )
        self.close()
        return self.open_shipment(view.shipment_id)

    def release(self, shipment_id: int, reason: str, pin: str) -> BenchResult:
        """A supervisor lifts every hold; the checks run again and decide."""
        if not self.settings.check_supervisor_pin(pin):
            return BenchResult(Level.BAD, WRONG_PIN(), self.view)
        with self.db.session() as session, session.begin():
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
                [self._transition(view, OrderState.ON_HOLD, target, reason=reason)],
            )
        result = self.open_shipment(shipment_id)
        if target is OrderState.ON_HOLD:
            return result
        return dataclasses.replace(
            result, message=RELEASED(number=view.label, state=STATE_LABELS[target]())
        )

    # -- internals ----------------------------------------------------------------------------
    def _require_session(self) -> PackSession:
        if self._session is None:
            raise RuntimeError("no order is open for packing")
        return self._session

    def _known_product(self, key: str) -> KnownProduct | None:
        with self.db.engine.connect() as connection:
            return catalogue_store.known_product(connection, key)

    def _event(self, kind: EventKind, view: ShipmentView, **values: object) -> dict:
        return event_row(
            self.station.now(),
            self.station.name,
            self.station.operator,
            kind,
            order_id=view.order_id,
            shipment_id=view.shipment_id,
            **values,  # type: ignore[arg-type]
        )

    def _transition(
        self,
        view: ShipmentView,
        source: OrderState,
        target: OrderState,
        reason: str = "",
    ) -> dict:
        return self._event(
            EventKind.TRANSITION,
            view,
            from_state=source.value,
            to_state=target.value,
            reason=reason,
        )

    def _commit(self, verdict: Verdict, kind: EventKind, reason: str = "") -> BenchResult:
        session = self._require_session()
        view = self.view
        assert view is not None
        completes = session.completes(verdict)
        code = verdict.code.raw if verdict.code is not None else None
        try:
            with self.db.engine.begin() as connection:
                if verdict.counted:
                    key = verdict.unit_code_key
                    if key is not None and bench_store.unit_code_taken(connection, key):
                        raise _CodeUsed
                    by_code = verdict.quantity if verdict.by_scan else 0
                    if not bench_store.add_count(
                        connection, verdict.line_id, verdict.quantity, by_code
                    ):  # type: ignore[arg-type]
                        raise _CountConflict
                    if verdict.unit_code is not None:
                        bench_store.add_unit_code(
                            connection,
                            verdict.line_id,  # type: ignore[arg-type]
                            verdict.unit_code_kind,  # type: ignore[arg-type]
                            verdict.unit_code,
                            key,
                            self.station.now(),
                        )
                events = [
                    self._event(
                        kind,
                        view,
                        line_id=verdict.line_id,
                        code=code,
                        outcome=verdict.outcome.value,
                        quantity=verdict.quantity or None,
                        reason=reason or ("" if verdict.counted else verdict.message.render()),
                    )
                ]
                if completes:
                    bench_store.move_state(
                        connection,
                        view.shipment_id,
                        OrderState.PACKING,
                        OrderState.PACKED,
                        station=None,
                    )
                    events.append(self._transition(view, OrderState.PACKING, OrderState.PACKED))
                add_events(connection, events)
        except (_CodeUsed, IntegrityError):
            return self._commit(session.used_code(verdict), kind)
        except _CountConflict:
            self.open_shipment(view.shipment_id)
            return BenchResult(Level.BAD, COUNT_CHANGED(), self.view)
        session.apply(verdict)
        self.view = self._refreshed(view, completes)
        if completes:
            self._session = None
            weigh = self.awaiting_weight
            if self.dispatches(view) and not weigh:
                result = self._dispatch(self.view)
                message = WEIGHED_THEN(check=PACKED_SHORT(number=view.label), next=result.message)
                return dataclasses.replace(
                    result, message=message, outcome=verdict.outcome, line_id=verdict.line_id
                )
            return BenchResult(
                Level.PROMPT if weigh else Level.DONE,
                PACKED_WEIGH(number=view.label) if weigh else PACKED(number=view.label),
                self.view,
                verdict.outcome,
                verdict.line_id,
            )
        return BenchResult(
            _LEVELS.get(verdict.outcome, Level.BAD),
            verdict.message,
            self.view,
            verdict.outcome,
            verdict.line_id,
            candidates=self.teach_candidates() if verdict.outcome is Outcome.TEACH else (),
            code=verdict.code.data if verdict.code is not None else "",
        )

    def _refreshed(self, view: ShipmentView, completed: bool) -> ShipmentView:
        session = self._require_session()
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
