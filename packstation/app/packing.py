"""The pack bench: open an order by scanning it, verify every unit, finish it.

Every verdict is committed before it is returned, so what the packer sees is what is
stored, and a restart resumes the order this station was packing with the same counts.
The service is used from one thread (the GUI's database worker, or the CLI).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from packstation.app import dispatch, parcel_news, parcels
from packstation.app.confirmation import StockLedger, reconfirm
from packstation.app.context import Station
from packstation.app.settings import Settings
from packstation.app.users import (
    NO_APPROVAL,
    Access,
    Approval,
    UserView,
    approval_event,
    approved_by,
)
from packstation.domain.audit import Approved, EventKind
from packstation.domain.barcodes import parse_scan
from packstation.domain.bench import LineView, ShipmentView
from packstation.domain.bench_stage import BenchRules, Stage, dispatches, stage_of, wants_wrap
from packstation.domain.holds import BY_PACKER, HoldOrigin, HoldReason
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.parcels import refusal as split_refusal
from packstation.domain.pack_session import (
    KnownProduct,
    Outcome,
    PackSession,
    ProductCode,
    SessionLine,
    Verdict,
)
from packstation.domain.parcel_size import Dimensions
from packstation.domain.rates import DEFAULT_RATES, RateTable
from packstation.domain.states import STATE_LABELS, OrderState, check_transition
from packstation.domain.tracking import carrier_name, display
from packstation.domain.weights import (
    WeightCheck,
    check_weight,
    show_grams,
    single_sku,
    unit_sample,
)
from packstation.store import catalogue as catalogue_store
from packstation.store import packing as bench_store
from packstation.store import shipping as shipping_store
from packstation.store import station_lock
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
    "Bench", "Order {number} resumed: {scanned} of %n units already in", None, 1
)
PACKED = QT_TRANSLATE_NOOP("Bench", "PACKED: order {number} is complete. Scan the next order.")
NO_ORDER = QT_TRANSLATE_NOOP("Bench", "No order with the number {code}")
SCAN_ORDER_FIRST = QT_TRANSLATE_NOOP("Bench", "That is an item ({name}). Scan an order first.")
ON_HOLD = QT_TRANSLATE_NOOP("Bench", "ON HOLD: order {number} may not be packed: {reasons}")
NOT_PACKABLE = QT_TRANSLATE_NOOP("Bench", "Order {number} is {state}: it cannot be packed")
ELSEWHERE = QT_TRANSLATE_NOOP(
    "Bench",
    "Order {number} is being packed at station {station}, which is running now. Leave it to"
    " that bench; take it over only if its packer gave the parcel to you.",
)
ABANDONED = QT_TRANSLATE_NOOP(
    "Bench",
    "Order {number} was left at station {station}, which is not running. Take it over to go"
    " on with its counts here.",
)
TAKEN_OVER = QT_TRANSLATE_NOOP("Bench", "Order {number} taken over from station {station}")
COUNT_CHANGED = QT_TRANSLATE_NOOP(
    "Bench",
    "The counts of this order changed at another station: reloaded. Check the parcel.",
)
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
NOTHING_OPEN = QT_TRANSLATE_NOOP("Bench", "No order is open")
NOTHING_TO_PACK = QT_TRANSLATE_NOOP(
    "Bench", "Nothing to pack: every confirmed order is done or on a bench"
)
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
WRAP = QT_TRANSLATE_NOOP(
    "Bench",
    "GIFT: {requests}. Wrap order {number} as asked, then press F3 or scan the order number "
    "again.",
)
WRAP_WHAT = QT_TRANSLATE_NOOP("Bench", "gift wrap {wrap}")
NOSHI_WHAT = QT_TRANSLATE_NOOP("Bench", "noshi {noshi}")
WRAP_FIRST = QT_TRANSLATE_NOOP(
    "Bench",
    "Order {number} asks for gift wrap or noshi: confirm it first (F3, or scan the order number).",
)
WRAPPED = QT_TRANSLATE_NOOP("Bench", "Gift wrap and noshi of order {number} confirmed")
NOTHING_TO_WRAP = QT_TRANSLATE_NOOP("Bench", "No packed order is waiting for its gift wrap.")
PUT_DOWN = QT_TRANSLATE_NOOP(
    "Bench", "Order {number} put down: it stays counted and resumes when scanned again"
)
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
    stage: Stage = Stage.IDLE  # where the bench is after this result (the presenter sets it)


def _wrap_requests(view: ShipmentView) -> tuple[Message, ...]:
    requests = []
    if view.gift_wrap:
        requests.append(WRAP_WHAT(wrap=view.gift_wrap))
    if view.noshi:
        requests.append(NOSHI_WHAT(noshi=view.noshi))
    return tuple(requests)


def _wrap_detail(view: ShipmentView) -> str:
    return " · ".join(part for part in (view.gift_wrap, view.noshi) if part)


class _CountConflict(Exception):
    """Another station counted on this line since the session was loaded."""


class _CodeUsed(Exception):
    """The unit code was captured before, for another order."""


class _ClaimLost(Exception):
    """Another station opened the confirmed order between this one's reading and its move."""


class PackingService:
    def __init__(
        self, db: Database, station: Station, settings: Settings, access: Access | None = None
    ) -> None:
        self.db = db
        self.station = station
        self.settings = settings
        self.access = access or Access(db, station.clock)
        self.view: ShipmentView | None = None
        self._session: PackSession | None = None
        self._teach: Verdict | None = None
        self._boxes: dict[str, weighing_store.Box] | None = None
        self._failed_weight: WeightCheck | None = None
        self.rates: RateTable = DEFAULT_RATES  # the shop's, once Services has read them

    @property
    def packing(self) -> bool:
        return self._session is not None

    def rules(self) -> BenchRules:
        shipping = self.settings.label_printer.enabled and self.settings.shipping.print_waybill
        scale = self.settings.scale
        return BenchRules(self.station.name, scale.enabled and scale.require_weight, shipping)

    def dispatches(self, view: ShipmentView) -> bool:
        return dispatches(view, self.rules())

    @property
    def stage(self) -> Stage:
        return stage_of(self.view, self.rules(), self._failed_weight is not None)

    @property
    def awaiting_label(self) -> bool:
        return self.stage is Stage.LABELLING

    @property
    def awaiting_weight(self) -> bool:
        """The open parcel is packed but not yet weighed, and this station weighs parcels."""
        return self.stage is Stage.WEIGHING

    def _finish_first(self) -> BenchResult | None:
        """The parcel on the bench is packed but not done: what it waits for, as a refusal
        of anything that would leave it (another order, putting it down)."""
        view, stage = self.view, self.stage
        if view is None or not stage.unfinished:
            return None
        message = {
            Stage.WRAPPING: WRAP_FIRST,
            Stage.WEIGHING: WEIGH_FIRST,
            Stage.LABELLING: dispatch.CONFIRM_LABEL_FIRST,
        }[stage](number=view.label)
        return BenchResult(Level.BAD, message, view)

    # -- opening ------------------------------------------------------------------------------
    def resume(self) -> BenchResult | None:
        """Reopen what this station was packing when it stopped, at the step it was at."""
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

    def open_next(self) -> BenchResult:
        """Open the most urgent order no bench has: the packer need not pick one. Another
        station that takes it first is passed over for the next."""
        refused = self._finish_first()
        if refused is not None:
            return refused
        passed: list[int] = []
        while True:
            with self.db.engine.connect() as connection:
                shipment_id = bench_store.next_to_pack(connection, passed)
            if shipment_id is None:
                return BenchResult(Level.INFO, NOTHING_TO_PACK(), self.view)
            result = self.open_shipment(shipment_id)
            view = result.view
            if view is not None and view.state is OrderState.PACKING and self.packing:
                return result
            passed.append(shipment_id)

    def open_shipment(self, shipment_id: int, *, takeover: bool = False) -> BenchResult:
        """Open an order at this bench; refused while another parcel is packed but not done."""
        current = self.view
        if current is not None and current.shipment_id != shipment_id:
            refused = self._finish_first()
            if refused is not None:
                return refused
        self._reset()
        me = self.station.name
        try:
            opened = self._opened(shipment_id, takeover)
        except _ClaimLost:
            return self.open_shipment(shipment_id)  # read again: says who has it now
        if isinstance(opened, BenchResult):
            return opened
        view, message, codes, used = opened
        if view.state is OrderState.PACKED:
            return self._next_step(view, None)
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
        assert message is not None
        return BenchResult(Level.INFO, message, self.view)

    def _opened(
        self, shipment_id: int, takeover: bool
    ) -> BenchResult | tuple[ShipmentView, Message | None, dict[str, ProductCode], set[str]]:
        """The parcel read and claimed for this bench, with what it opens with; or why not."""
        me = self.station.name
        with self.db.engine.begin() as connection:
            view = bench_store.load_shipment(connection, shipment_id)
            assert view is not None
            self.view = view
            if view.state is OrderState.ON_HOLD:
                reasons = tuple(reason.message for reason in view.holds)
                return BenchResult(Level.BAD, ON_HOLD(number=view.label, reasons=reasons), view)
            if view.state not in (OrderState.CONFIRMED, OrderState.PACKING, OrderState.PACKED):
                state = STATE_LABELS[view.state]()
                return BenchResult(Level.BAD, NOT_PACKABLE(number=view.label, state=state), view)
            other = view.packing_station
            claimed = view.state is not OrderState.CONFIRMED and other not in (None, me)
            if claimed and not takeover:
                running = station_lock.is_running(self.db, other or "")
                return BenchResult(
                    Level.BAD,
                    (ELSEWHERE if running else ABANDONED)(number=view.label, station=other),
                    view,
                    takeover=shipment_id,
                )
            if view.state is OrderState.PACKED:
                if other != me:
                    bench_store.claim(connection, shipment_id, me)
                    if claimed:
                        add_events(
                            connection, [self._event(EventKind.TAKEOVER, view, reason=other or "")]
                        )
                    self.view = view = dataclasses.replace(view, packing_station=me)
                return view, None, {}, set()
            # In the same transaction as the reading: one commit for the open.
            return (view, *self._start_counting(connection, view))

    def _start_counting(
        self, connection: Connection, view: ShipmentView
    ) -> tuple[Message, dict[str, ProductCode], set[str]]:
        """The parcel is packed here from now on (confirmed: moved to packing; packing
        elsewhere: taken over); what it opens with, its products' codes, its used unit codes."""
        me, shipment_id, other = self.station.name, view.shipment_id, view.packing_station
        events = []
        if view.state is OrderState.CONFIRMED:
            if not bench_store.move_state(
                connection, shipment_id, OrderState.CONFIRMED, OrderState.PACKING, station=me
            ):
                raise _ClaimLost  # another station opened it since it was read
            events.append(self._transition(view, OrderState.CONFIRMED, OrderState.PACKING))
            message = OPENED(number=view.label)
        else:
            if other != me:
                bench_store.claim(connection, shipment_id, me)
            if other not in (None, me):
                events.append(self._event(EventKind.TAKEOVER, view, reason=other or ""))
                message = TAKEN_OVER(number=view.label, station=other)
            else:
                message = RESUMED(number=view.label, scanned=view.units_scanned, n=view.units)
        add_events(connection, events)
        codes = bench_store.product_codes(connection, {line.sku for line in view.lines})
        used = (
            bench_store.used_unit_codes(connection, shipment_id)
            if any(line.unit_code is not None for line in view.lines)
            else set()
        )
        return message, codes, used

    def _next_step(self, view: ShipmentView, done: Message | None) -> BenchResult:
        """A packed parcel: what it needs next at this bench. `done` is what just happened
        (`PACKED_SHORT`: the last unit counted; the weight check; the wrap confirmed), said
        before what comes next; None when the packer reopened the parcel."""
        stage = self.stage
        completed = done is not None and done.text is PACKED_SHORT
        if stage is Stage.WRAPPING:
            message = WRAP(requests=_wrap_requests(view), number=view.label)
            result = BenchResult(Level.PROMPT, message, view)
        elif stage is Stage.WEIGHING:
            if completed:
                return BenchResult(Level.PROMPT, PACKED_WEIGH(number=view.label), view)
            result = BenchResult(Level.PROMPT, TO_WEIGH(number=view.label), view)
        elif stage is Stage.LABELLING:
            result = self._dispatch(view)
        else:
            return self._finished(view, done, completed)
        if done is None:
            return result
        return dataclasses.replace(result, message=WEIGHED_THEN(check=done, next=result.message))

    def _finished(self, view: ShipmentView, done: Message | None, completed: bool) -> BenchResult:
        """Nothing is left to do for the parcel at this bench: it leaves the bench's queue, and
        the bench is ready for the next order at once."""
        on_bench, news = view.packing_station is not None, not self.dispatches(view)
        if on_bench or news:
            with self.db.engine.begin() as connection:
                if on_bench:
                    bench_store.claim(connection, view.shipment_id, None)
                if news:  # it carries the marketplace's own label
                    parcel_news.packed(connection, view, self.station.now(), self.settings)
        return self._off_the_bench(dataclasses.replace(view, packing_station=None), done, completed)

    def _off_the_bench(
        self, view: ShipmentView, done: Message | None, completed: bool
    ) -> BenchResult:
        self._reset()
        if done is None:
            if view.weight is None:
                return BenchResult(Level.INFO, PACKED(number=view.label), view)
            weight = show_grams(view.weight)
            return BenchResult(Level.INFO, ALREADY_WEIGHED(number=view.label, weight=weight), view)
        if completed:
            return BenchResult(Level.DONE, PACKED(number=view.label), view)
        return BenchResult(Level.DONE, WEIGHED_DONE(check=done, number=view.label), view)

    def _reset(self) -> None:
        self.view = None
        self._session = None
        self._teach = None
        self._failed_weight = None
        self._boxes = None  # boxes added to the catalogue count from the next order on

    def close(self) -> BenchResult:
        """Put the order down; it stays `packing` at this station and resumes as it was.
        A packed parcel that still needs its wrap confirmed, its weight or its label cannot be
        put down: it is finished first, or put on hold."""
        view = self.view
        if view is None:
            return BenchResult(Level.INFO, NOTHING_OPEN())
        refused = self._finish_first()
        if refused is not None:
            return refused
        self._reset()
        return BenchResult(Level.INFO, PUT_DOWN(number=view.label))

    # -- scanning -----------------------------------------------------------------------------
    def scan(self, raw: str, at_ms: float) -> BenchResult:
        box = self._box(raw)
        if box is not None and self.view is not None:
            return self.pick_box(box)
        session = self._session
        if session is None:
            stage = self.stage
            if stage is Stage.LABELLING:
                return self._label_stage_scan(raw)
            if stage.unfinished:
                return self._packed_stage_scan(raw)
            return self.open_code(raw)
        verdict = session.evaluate(raw, at_ms, self.station.now().astimezone().date())
        if verdict.outcome in (Outcome.UNKNOWN, Outcome.TEACH, Outcome.BAD_CHECK_DIGIT):
            with self.db.engine.connect() as connection:
                if shipments_by_code(connection, raw.strip()):
                    return self.open_code(raw)
        if verdict.outcome is Outcome.TEACH:
            self._teach = verdict
        return self._commit(verdict, EventKind.SCAN)

    def _packed_stage_scan(self, raw: str) -> BenchResult:
        """A scan while the packed parcel waits for its wrap confirmation or its weight: its own
        order number confirms the wrap (or says again what it waits for); anything else is
        refused until it is done."""
        view = self.view
        assert view is not None
        with self.db.engine.connect() as connection:
            found = {sid for sid, _ in shipments_by_code(connection, raw.strip())}
        if view.shipment_id not in found:
            refused = self._finish_first()
            assert refused is not None
            return refused
        if self.stage is Stage.WRAPPING:
            return self.confirm_wrap()
        return self._next_step(view, None)

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
        view, session = self.view, self._session
        pending = session is not None and session.pending_line is not None
        refused = split_refusal(view, session is not None, pending)
        if refused is not None:
            return BenchResult(Level.BAD, refused, view)
        assert view is not None
        try:
            with self.db.engine.begin() as connection:
                split = parcels.split_off(connection, view, self.station, backorder=backorder)
        except parcels.SplitConflict:
            reopened = self.open_shipment(view.shipment_id)
            if reopened.takeover is not None:
                return reopened
            return BenchResult(Level.BAD, COUNT_CHANGED(), self.view)
        self._session = None
        self.view = split.view
        return self._next_step(split.view, split.message)

    # -- gift wrap and noshi ---------------------------------------------------------------------
    def confirm_wrap(self) -> BenchResult:
        """The packer confirms the gift wrap and noshi the order asks for (F3, or a scan of
        the order number): recorded, then on to the weight or the label."""
        view = self.view
        if view is None or self.stage is not Stage.WRAPPING:
            return BenchResult(Level.BAD, NOTHING_TO_WRAP(), view)
        with self.db.engine.begin() as connection:
            event = self._event(EventKind.WRAPPED, view, detail=_wrap_detail(view))
            add_events(connection, [event])
        self.view = dataclasses.replace(view, wrapped=True)
        return self._next_step(self.view, WRAPPED(number=view.label))

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
        if view is None or self.stage is not Stage.WEIGHING:
            return self._finish_first() or BenchResult(Level.BAD, NOTHING_TO_WEIGH(), view)
        check = check_weight(grams, view.expected_weight, self.settings.scale.tolerance())
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

    def accept_weight(self, reason: str, approval: Approval = NO_APPROVAL) -> BenchResult:
        """A supervisor accepts the weight that failed the check, with a reason."""
        view, check = self.view, self._failed_weight
        if view is None or check is None:
            return BenchResult(Level.BAD, NOTHING_TO_WEIGH(), view)
        who = self._approver(approval)
        if isinstance(who, BenchResult):
            return who
        with self.db.engine.begin() as connection:
            self._record_weight(connection, view, check.weight)
            event = self._event(
                EventKind.WEIGHT_ACCEPTED, view, reason=reason.strip(), detail=f"{check.weight} g"
            )
            approved = self._approval(who, Approved.ACCEPT_WEIGHT, view, reason)
            add_events(connection, [event, *approved])
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
        return self._next_step(self.view, check)

    # -- carrier, tracking number, label ---------------------------------------------------------
    def _dispatch(self, view: ShipmentView) -> BenchResult:
        """The parcel's carrier and tracking number: from a range, or asked of the packer."""
        with self.db.engine.begin() as connection:
            box = self._box_dimensions(connection, view.box_sku)
            tracking = dispatch.take_tracking(connection, view, self.settings, box, self.rates)
            if tracking.source == "range":
                add_events(connection, [self._tracking_event(view, tracking.number, "range")])
        self.view = dataclasses.replace(
            view,
            carrier=tracking.carrier,
            service=tracking.service,
            tracking_number=tracking.number,
        )
        name = carrier_name(tracking.carrier)
        service = dispatch.service_text(tracking.service, tracking.offer)
        if tracking.number is None:
            message = dispatch.SCAN_TRACKING(number=view.label, carrier=name, service=service)
        else:
            shown = display(tracking.carrier, tracking.number)
            message = dispatch.TRACKING_SET(tracking=shown, carrier=name, service=service)
        return BenchResult(Level.PROMPT, message, self.view)

    def _box_dimensions(self, connection: Connection, sku: str | None) -> Dimensions | None:
        """The outer dimensions of the parcel's box, for the service it fits."""
        if sku is None:
            return None
        if self._boxes is None:
            self._boxes = weighing_store.boxes_by_code(connection)
        box = next((box for box in self._boxes.values() if box.sku == sku), None)
        return None if box is None else box.dimensions

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
        message = dispatch.TRACKING_SET(
            tracking=display(carrier, number), carrier=carrier_name(carrier), service=service
        )
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
            return self._ship(view, carrier)
        if found and view.shipment_id not in found:
            return BenchResult(Level.BAD, dispatch.CONFIRM_LABEL_FIRST(number=view.label), view)
        with self.db.engine.begin() as connection:
            add_events(connection, [self._event(EventKind.LABEL, view, code=code, outcome="wrong")])
        shown = display(carrier, view.tracking_number)
        message = dispatch.WRONG_LABEL(code=code, number=view.label, tracking=shown)
        return BenchResult(Level.BAD, message, view)

    def _ship(self, view: ShipmentView, carrier: str) -> BenchResult:
        at = self.station.now()
        with self.db.engine.begin() as connection:
            moved = bench_store.move_state(
                connection, view.shipment_id, OrderState.PACKED, OrderState.SHIPPED, station=None
            )
            if not moved:
                state = STATE_LABELS[OrderState.SHIPPED]()
                return BenchResult(Level.BAD, NOT_PACKABLE(number=view.label, state=state), view)
            shipping_store.mark_shipped(connection, view.shipment_id, at)
            parcel_news.shipped(connection, view, carrier, at, self.settings)
            add_events(
                connection,
                [
                    self._event(EventKind.LABEL, view, code=view.tracking_number, outcome="right"),
                    self._transition(view, OrderState.PACKED, OrderState.SHIPPED),
                ],
            )
        self._reset()  # the bench is ready for the next order at once
        shown = display(carrier, view.tracking_number or "")
        message = dispatch.LABEL_OK(number=view.label, tracking=shown)
        shipped = dataclasses.replace(view, state=OrderState.SHIPPED, packing_station=None)
        return BenchResult(Level.DONE, message, shipped)

    def _tracking_event(self, view: ShipmentView, number: str | None, source: str) -> dict:
        return self._event(EventKind.TRACKING, view, code=number, reason=source)

    def add_quantity(self, line_id: int, quantity: int) -> BenchResult:
        verdict = self._require_session().add_quantity(line_id, quantity)
        if not verdict.counted:
            return BenchResult(Level.BAD, verdict.message, self.view, verdict.outcome, line_id)
        return self._commit(verdict, EventKind.QUANTITY)

    def verify_line(
        self, line_id: int, reason: str, approval: Approval = NO_APPROVAL
    ) -> BenchResult:
        who = self._approver(approval)
        if isinstance(who, BenchResult):
            return who
        verdict = self._require_session().verify_without_scan(line_id, reason)
        if not verdict.counted:
            return BenchResult(Level.BAD, verdict.message, self.view, verdict.outcome, line_id)
        assert self.view is not None
        approved = self._approval(who, Approved.VERIFY, self.view, reason)
        return self._commit(verdict, EventKind.OVERRIDE, reason=reason.strip(), also=approved)

    def undo_last(self) -> BenchResult:
        """The packer takes back the last counted scan (or typed quantity) of the open order:
        its units come off the count and a unit code captured with it is free again. The scan
        stays in the audit trail; the undo is recorded beside it. A parcel packed but not yet
        weighed or labelled goes back to packing."""
        view = self.view
        if view is None:
            return BenchResult(Level.BAD, NOTHING_OPEN())
        stage = self.stage
        if stage not in (Stage.COUNTING, Stage.WRAPPING, Stage.WEIGHING) or view.weight is not None:
            return BenchResult(Level.BAD, CANNOT_UNDO(number=view.label), view)
        me = self.station.name
        with self.db.engine.begin() as connection:
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
                    self._event(
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
                        connection, view.shipment_id, OrderState.PACKED, OrderState.PACKING, station=me
                    )
                    events.append(
                        self._transition(view, OrderState.PACKED, OrderState.PACKING, "undo")
                    )
                add_events(connection, events)
        self.open_shipment(view.shipment_id)
        if not counted:
            return BenchResult(Level.BAD, COUNT_CHANGED(), self.view)
        assert self.view is not None
        line = self.view.line(last.line_id)
        message = UNDONE(name=line.name, scanned=line.scanned, ordered=line.ordered)
        return BenchResult(Level.PROMPT, message, self.view, line_id=line.line_id)

    def teach_candidates(self) -> tuple[LineView, ...]:
        if self._teach is None or self.view is None:
            return ()
        return tuple(self.view.line(line_id) for line_id in self._teach.candidates)

    def teach(self, line_id: int, approval: Approval = NO_APPROVAL) -> BenchResult:
        """Link the unknown code just scanned to an open line with no barcode, and count it."""
        session = self._require_session()
        verdict = self._teach
        assert verdict is not None and verdict.code is not None and self.view is not None
        approved: list[dict] = []
        if self.settings.teach_needs_supervisor:
            who = self._approver(approval)
            if isinstance(who, BenchResult):
                return who
            approved = self._approval(who, Approved.TEACH, self.view)
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
                    ),
                    *approved,
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

    def release(
        self, shipment_id: int, reason: str, approval: Approval = NO_APPROVAL
    ) -> BenchResult:
        """A supervisor lifts every hold; the checks run again and decide. Not while another
        parcel is packed but not done: that one is finished first."""
        if self.view is not None and self.view.shipment_id != shipment_id:
            refused = self._finish_first()
            if refused is not None:
                return refused
        who = self._approver(approval)
        if isinstance(who, BenchResult):
            return who
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
                [
                    self._transition(view, OrderState.ON_HOLD, target, reason=reason),
                    *self._approval(who, Approved.RELEASE, view, reason),
                ],
            )
        result = self.open_shipment(shipment_id)
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
        who = self._approver(approval)
        if isinstance(who, BenchResult):
            return who
        with self.db.engine.begin() as connection:
            view = bench_store.load_shipment(connection, shipment_id)
            assert view is not None
            station = view.packing_station
            if station is None or station == self.station.name:
                return BenchResult(Level.INFO, NOT_CLAIMED(number=view.label), self.view)
            if station_lock.is_running(self.db, station):
                message = STILL_RUNNING(number=view.label, station=station)
                return BenchResult(Level.BAD, message, self.view)
            if not bench_store.release(connection, shipment_id, station):
                return BenchResult(Level.INFO, NOT_CLAIMED(number=view.label), self.view)
            event = self._event(
                EventKind.CLAIM_RELEASED, view, reason=reason.strip(), detail=station
            )
            approved = self._approval(who, Approved.RELEASE_CLAIM, view, reason)
            add_events(connection, [event, *approved])
        message = CLAIM_RELEASED(number=view.label, station=station)
        return BenchResult(Level.INFO, message, self.view)

    # -- internals ----------------------------------------------------------------------------
    def _approver(self, approval: Approval) -> BenchResult | UserView | None:
        """Who approves a supervisor's action (`approved_by`); the refusal when nobody may."""
        who = approved_by(self.access, self.settings, approval)
        return BenchResult(Level.BAD, who, self.view) if isinstance(who, Message) else who

    def _approval(
        self, who: UserView | None, action: Approved, view: ShipmentView, reason: str = ""
    ) -> list[dict]:
        """The event naming who approved, written with the action's own (none before there
        are users: nobody is named then)."""
        if who is None:
            return []
        return [approval_event(self.station, who, action, view.order_id, view.shipment_id, reason)]

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

    def _commit(
        self, verdict: Verdict, kind: EventKind, reason: str = "", also: list[dict] | None = None
    ) -> BenchResult:
        session = self._require_session()
        view = self.view
        assert view is not None
        completes = session.completes(verdict)
        # The last unit of a parcel with nothing more to do here (no wrap, weight or label):
        # it leaves the bench in the same transaction, one commit for the scan.
        leaves = (
            completes
            and stage_of(dataclasses.replace(view, state=OrderState.PACKED), self.rules())
            is Stage.DONE
        )
        code = verdict.code.raw if verdict.code is not None else None
        try:
            with self.db.engine.begin() as connection:
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
                        self.station.name,
                    ):
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
                    ),
                    *(also or []),
                ]
                if completes:
                    bench_store.move_state(
                        connection,
                        view.shipment_id,
                        OrderState.PACKING,
                        OrderState.PACKED,
                        station=None if leaves else self.station.name,  # here until done
                    )
                    events.append(self._transition(view, OrderState.PACKING, OrderState.PACKED))
                    if leaves:
                        parcel_news.packed(connection, view, self.station.now(), self.settings)
                add_events(connection, events)
        except (_CodeUsed, IntegrityError):
            return self._commit(session.used_code(verdict), kind)
        except _CountConflict:
            reopened = self.open_shipment(view.shipment_id)
            if reopened.takeover is not None:  # another station took the parcel over
                return reopened
            return BenchResult(Level.BAD, COUNT_CHANGED(), self.view)
        session.apply(verdict)
        self.view = self._refreshed(view, completes)
        if completes:
            self._session = None
            done = PACKED_SHORT(number=view.label)
            result = (
                self._off_the_bench(
                    dataclasses.replace(self.view, packing_station=None), done, completed=True
                )
                if leaves
                else self._next_step(self.view, done)
            )
            return dataclasses.replace(result, outcome=verdict.outcome, line_id=verdict.line_id)
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
