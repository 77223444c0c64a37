"""Opening an order at the bench: by its code, the most urgent one, or the one this station
was packing when it stopped; claimed for this station (or taken over from another) in the
transaction that reads it. Putting it down again is here too."""

from __future__ import annotations

import dataclasses

from packstation.app.packing_bench import NOT_PACKABLE, NOTHING_OPEN, Bench, BenchResult, Level
from packstation.app.packing_packed import Packed
from packstation.domain.audit import EventKind
from packstation.domain.barcodes import parse_scan
from packstation.domain.bench import ShipmentView
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.pack_session import KnownProduct, PackSession, ProductCode, SessionLine
from packstation.domain.states import STATE_LABELS, OrderState
from packstation.store import catalogue as catalogue_store
from packstation.store import packing as bench_store
from packstation.store import station_lock
from packstation.store.events import add_events
from packstation.store.handles import Connection
from packstation.store.orders import shipments_by_code

OPENED = QT_TRANSLATE_NOOP("Bench", "Order {number}: scan the items")
RESUMED = QT_TRANSLATE_NOOP(
    "Bench", "Order {number} resumed: {scanned} of %n units already in", None, 1
)
NO_ORDER = QT_TRANSLATE_NOOP("Bench", "No order with the number {code}")
SCAN_ORDER_FIRST = QT_TRANSLATE_NOOP("Bench", "That is an item ({name}). Scan an order first.")
ON_HOLD = QT_TRANSLATE_NOOP("Bench", "ON HOLD: order {number} may not be packed: {reasons}")
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
NOTHING_TO_PACK = QT_TRANSLATE_NOOP(
    "Bench", "Nothing to pack: every confirmed order is done or on a bench"
)
PUT_DOWN = QT_TRANSLATE_NOOP(
    "Bench", "Order {number} put down: it stays counted and resumes when scanned again"
)


class _ClaimLost(Exception):
    """Another station opened the confirmed order between this one's reading and its move."""


_Opened = tuple[ShipmentView, Message | None, dict[str, ProductCode], set[str]]


class Opening:
    def __init__(self, bench: Bench, packed: Packed) -> None:
        self.bench = bench
        self.packed = packed

    def resume(self) -> BenchResult | None:
        """Reopen what this station was packing when it stopped, at the step it was at."""
        bench = self.bench
        with bench.db.engine.connect() as connection:
            shipment_id = bench_store.resumable(connection, bench.station.name)
        return None if shipment_id is None else self.open_shipment(shipment_id)

    def open_code(self, code: str) -> BenchResult:
        """Open the order a scanned or typed order number, posting number or label code names."""
        code = code.strip()
        with self.bench.db.engine.connect() as connection:
            found = shipments_by_code(connection, code)
            if not found:
                known = catalogue_store.known_product(connection, parse_scan(code).key)
        if not found:
            view = self.bench.view
            if known is not None:
                return BenchResult(Level.BAD, SCAN_ORDER_FIRST(name=known.name), view)
            return BenchResult(Level.BAD, NO_ORDER(code=code), view)
        packable = [
            sid for sid, state in found if state in (OrderState.CONFIRMED, OrderState.PACKING)
        ]
        return self.open_shipment(packable[0] if packable else found[0][0])

    def open_next(self) -> BenchResult:
        """Open the most urgent order no bench has: the packer need not pick one. Another
        station that takes it first is passed over for the next."""
        bench = self.bench
        refused = bench.finish_first()
        if refused is not None:
            return refused
        passed: list[int] = []
        while True:
            with bench.db.engine.connect() as connection:
                shipment_id = bench_store.next_to_pack(connection, passed)
            if shipment_id is None:
                return BenchResult(Level.INFO, NOTHING_TO_PACK(), bench.view)
            result = self.open_shipment(shipment_id)
            view = result.view
            if view is not None and view.state is OrderState.PACKING and bench.session is not None:
                return result
            passed.append(shipment_id)

    def open_shipment(self, shipment_id: int, *, takeover: bool = False) -> BenchResult:
        """Open an order at this bench; refused while another parcel is packed but not done."""
        bench = self.bench
        current = bench.view
        if current is not None and current.shipment_id != shipment_id:
            refused = bench.finish_first()
            if refused is not None:
                return refused
        bench.reset()
        me = bench.station.name
        try:
            opened = self._opened(shipment_id, takeover)
        except _ClaimLost:
            return self.open_shipment(shipment_id)  # read again: says who has it now
        if isinstance(opened, BenchResult):
            return opened
        view, message, codes, used = opened
        if view.state is OrderState.PACKED:
            return self.packed.next_step(view, None)
        bench.view = dataclasses.replace(view, state=OrderState.PACKING, packing_station=me)
        bench.session = PackSession(
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
            double_read_ms=bench.settings.double_read_ms,
            used_unit_codes=used,
        )
        assert message is not None
        return BenchResult(Level.INFO, message, bench.view)

    def _opened(self, shipment_id: int, takeover: bool) -> BenchResult | _Opened:
        """The parcel read and claimed for this bench, with what it opens with; or why not."""
        bench = self.bench
        me = bench.station.name
        with bench.db.engine.begin() as connection:
            view = bench_store.load_shipment(connection, shipment_id)
            assert view is not None
            bench.view = view
            if view.state is OrderState.ON_HOLD:
                reasons = tuple(reason.message for reason in view.holds)
                return BenchResult(Level.BAD, ON_HOLD(number=view.label, reasons=reasons), view)
            if view.state not in (OrderState.CONFIRMED, OrderState.PACKING, OrderState.PACKED):
                state = STATE_LABELS[view.state]()
                return BenchResult(Level.BAD, NOT_PACKABLE(number=view.label, state=state), view)
            other = view.packing_station
            claimed = view.state is not OrderState.CONFIRMED and other not in (None, me)
            if claimed and not takeover:
                running = station_lock.is_running(bench.db, other or "")
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
                            connection, [bench.event(EventKind.TAKEOVER, view, reason=other or "")]
                        )
                    bench.view = view = dataclasses.replace(view, packing_station=me)
                return view, None, {}, set()
            # In the same transaction as the reading: one commit for the open.
            return (view, *self._start_counting(connection, view))

    def _start_counting(
        self, connection: Connection, view: ShipmentView
    ) -> tuple[Message, dict[str, ProductCode], set[str]]:
        """The parcel is packed here from now on (confirmed: moved to packing; packing
        elsewhere: taken over); what it opens with, its products' codes, its used unit codes."""
        bench = self.bench
        me, shipment_id, other = bench.station.name, view.shipment_id, view.packing_station
        events = []
        if view.state is OrderState.CONFIRMED:
            if not bench_store.move_state(
                connection, shipment_id, OrderState.CONFIRMED, OrderState.PACKING, station=me
            ):
                raise _ClaimLost  # another station opened it since it was read
            events.append(bench.transition(view, OrderState.CONFIRMED, OrderState.PACKING))
            message = OPENED(number=view.label)
        else:
            if other != me:
                bench_store.claim(connection, shipment_id, me)
            if other not in (None, me):
                events.append(bench.event(EventKind.TAKEOVER, view, reason=other or ""))
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

    def _known_product(self, key: str) -> KnownProduct | None:
        with self.bench.db.engine.connect() as connection:
            return catalogue_store.known_product(connection, key)

    def close(self) -> BenchResult:
        """Put the order down; it stays `packing` at this station and resumes as it was.
        A packed parcel that still needs its wrap confirmed, its weight or its label cannot be
        put down: it is finished first, or put on hold."""
        bench = self.bench
        view = bench.view
        if view is None:
            return BenchResult(Level.INFO, NOTHING_OPEN())
        refused = bench.finish_first()
        if refused is not None:
            return refused
        bench.reset()
        return BenchResult(Level.INFO, PUT_DOWN(number=view.label))
