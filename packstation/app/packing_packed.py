"""A packed parcel at the bench: what it needs next (its gift wrap confirmed, its weight, its
label) or, with nothing left, its leaving the bench so the next order may open."""

from __future__ import annotations

import dataclasses

from packstation.app import parcel_news
from packstation.app.packing_bench import PACKED_SHORT, Bench, BenchResult, Level
from packstation.app.packing_label import Labelling
from packstation.domain.audit import EventKind
from packstation.domain.bench import ShipmentView
from packstation.domain.bench_stage import Stage, dispatches
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.weights import show_grams
from packstation.store import packing as bench_store
from packstation.store.events import add_events
from packstation.store.orders import shipments_by_code

PACKED = QT_TRANSLATE_NOOP("Bench", "PACKED: order {number} is complete. Scan the next order.")
PACKED_WEIGH = QT_TRANSLATE_NOOP(
    "Bench", "PACKED: order {number} is complete. Put the parcel on the scale."
)
TO_WEIGH = QT_TRANSLATE_NOOP("Bench", "Order {number} is packed: put the parcel on the scale.")
ALREADY_WEIGHED = QT_TRANSLATE_NOOP(
    "Bench", "Order {number} is packed and weighed ({weight} g). Scan the next order."
)
WEIGHED_DONE = QT_TRANSLATE_NOOP("Bench", "{check}. Order {number} is done: scan the next order.")
WEIGHED_THEN = QT_TRANSLATE_NOOP("Bench", "{check}. {next}")
WRAP = QT_TRANSLATE_NOOP(
    "Bench",
    "GIFT: {requests}. Wrap order {number} as asked, then press F3 or scan the order number "
    "again.",
)
WRAP_WHAT = QT_TRANSLATE_NOOP("Bench", "gift wrap {wrap}")
NOSHI_WHAT = QT_TRANSLATE_NOOP("Bench", "noshi {noshi}")
WRAPPED = QT_TRANSLATE_NOOP("Bench", "Gift wrap and noshi of order {number} confirmed")
NOTHING_TO_WRAP = QT_TRANSLATE_NOOP("Bench", "No packed order is waiting for its gift wrap.")


def _wrap_requests(view: ShipmentView) -> tuple[Message, ...]:
    requests = []
    if view.gift_wrap:
        requests.append(WRAP_WHAT(wrap=view.gift_wrap))
    if view.noshi:
        requests.append(NOSHI_WHAT(noshi=view.noshi))
    return tuple(requests)


def _wrap_detail(view: ShipmentView) -> str:
    return " · ".join(part for part in (view.gift_wrap, view.noshi) if part)


class Packed:
    def __init__(self, bench: Bench, labelling: Labelling) -> None:
        self.bench = bench
        self.labelling = labelling

    def next_step(self, view: ShipmentView, done: Message | None) -> BenchResult:
        """A packed parcel: what it needs next at this bench. `done` is what just happened
        (`PACKED_SHORT`: the last unit counted; the weight check; the wrap confirmed), said
        before what comes next; None when the packer reopened the parcel."""
        stage = self.bench.stage
        completed = done is not None and done.text is PACKED_SHORT
        if stage is Stage.WRAPPING:
            message = WRAP(requests=_wrap_requests(view), number=view.label)
            result = BenchResult(Level.PROMPT, message, view)
        elif stage is Stage.WEIGHING:
            if completed:
                return BenchResult(Level.PROMPT, PACKED_WEIGH(number=view.label), view)
            result = BenchResult(Level.PROMPT, TO_WEIGH(number=view.label), view)
        elif stage is Stage.LABELLING:
            result = self.labelling.dispatch(view)
        else:
            return self._finished(view, done, completed)
        if done is None:
            return result
        return dataclasses.replace(result, message=WEIGHED_THEN(check=done, next=result.message))

    def _finished(self, view: ShipmentView, done: Message | None, completed: bool) -> BenchResult:
        """Nothing is left to do for the parcel at this bench: it leaves the bench's queue, and
        the bench is ready for the next order at once."""
        bench = self.bench
        on_bench, news = view.packing_station is not None, not dispatches(view, bench.rules())
        if on_bench or news:
            with bench.db.engine.begin() as connection:
                if on_bench:
                    bench_store.claim(connection, view.shipment_id, None)
                if news:  # it carries the marketplace's own label
                    parcel_news.packed(connection, view, bench.station.now(), bench.settings)
        return self.off_the_bench(dataclasses.replace(view, packing_station=None), done, completed)

    def off_the_bench(
        self, view: ShipmentView, done: Message | None, completed: bool
    ) -> BenchResult:
        self.bench.reset()
        if done is None:
            if view.weight is None:
                return BenchResult(Level.INFO, PACKED(number=view.label), view)
            weight = show_grams(view.weight)
            return BenchResult(Level.INFO, ALREADY_WEIGHED(number=view.label, weight=weight), view)
        if completed:
            return BenchResult(Level.DONE, PACKED(number=view.label), view)
        return BenchResult(Level.DONE, WEIGHED_DONE(check=done, number=view.label), view)

    def scan(self, raw: str) -> BenchResult:
        """A scan while the packed parcel waits for its wrap confirmation or its weight: its own
        order number confirms the wrap (or says again what it waits for); anything else is
        refused until it is done."""
        bench = self.bench
        view = bench.view
        assert view is not None
        with bench.db.engine.connect() as connection:
            found = {sid for sid, _ in shipments_by_code(connection, raw.strip())}
        if view.shipment_id not in found:
            refused = bench.finish_first()
            assert refused is not None
            return refused
        if bench.stage is Stage.WRAPPING:
            return self.confirm_wrap()
        return self.next_step(view, None)

    def confirm_wrap(self) -> BenchResult:
        """The packer confirms the gift wrap and noshi the order asks for (F3, or a scan of
        the order number): recorded, then on to the weight or the label."""
        bench = self.bench
        view = bench.view
        if view is None or bench.stage is not Stage.WRAPPING:
            return BenchResult(Level.BAD, NOTHING_TO_WRAP(), view)
        with bench.db.engine.begin() as connection:
            event = bench.event(EventKind.WRAPPED, view, detail=_wrap_detail(view))
            add_events(connection, [event])
        bench.view = dataclasses.replace(view, wrapped=True)
        return self.next_step(bench.view, WRAPPED(number=view.label))
