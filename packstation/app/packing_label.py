"""The labelling stage: the parcel's carrier and tracking number, then the scan of the label on
the parcel, which ships it and frees the bench."""

from __future__ import annotations

import dataclasses

from packstation.app import dispatch, parcel_news
from packstation.app.packing_bench import NOT_PACKABLE, NOTHING_TO_WEIGH, Bench, BenchResult, Level
from packstation.domain.audit import EventKind
from packstation.domain.bench import ShipmentView
from packstation.domain.bench_stage import Stage
from packstation.domain.parcel_size import Dimensions
from packstation.domain.states import STATE_LABELS, OrderState
from packstation.domain.tracking import carrier_name, display
from packstation.store import packing as bench_store
from packstation.store import shipping as shipping_store
from packstation.store.events import add_events
from packstation.store.orders import shipments_by_code


class Labelling:
    def __init__(self, bench: Bench) -> None:
        self.bench = bench

    def dispatch(self, view: ShipmentView) -> BenchResult:
        """The parcel's carrier and tracking number: from a range, or asked of the packer."""
        bench = self.bench
        box = self._box_dimensions(view.box_sku)
        with bench.db.engine.begin() as connection:
            tracking = dispatch.take_tracking(connection, view, bench.settings, box, bench.rates)
            if tracking.source == "range":
                add_events(connection, [self._tracking_event(view, tracking.number, "range")])
        bench.view = dataclasses.replace(
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
        return BenchResult(Level.PROMPT, message, bench.view)

    def _box_dimensions(self, sku: str | None) -> Dimensions | None:
        """The outer dimensions of the parcel's box, for the service it fits."""
        if sku is None:
            return None
        box = next((box for box in self.bench.boxes().values() if box.sku == sku), None)
        return None if box is None else box.dimensions

    def choose_carrier(self, carrier: str, service: str) -> BenchResult:
        """The packer sends the parcel with another carrier or service: a tracking number
        given before (of the other carrier) is dropped, and the new one is taken or asked."""
        bench = self.bench
        view = bench.view
        if view is None or bench.stage is not Stage.LABELLING:
            return BenchResult(Level.BAD, NOTHING_TO_WEIGH(), view)
        with bench.db.engine.begin() as connection:
            shipping_store.set_shipping(connection, view.shipment_id, carrier, service, None)
            event = bench.event(EventKind.TRACKING, view, code=None, reason=f"carrier {carrier}")
            add_events(connection, [event])
        changed = dataclasses.replace(view, carrier=carrier, service=service, tracking_number=None)
        return self.dispatch(changed)

    def enter_tracking(self, code: str, source: str = "typed") -> BenchResult:
        """A tracking number scanned from a pre-printed waybill, or typed."""
        bench = self.bench
        view = bench.view
        if view is None or bench.stage is not Stage.LABELLING:
            return BenchResult(Level.BAD, NOTHING_TO_WEIGH(), view)
        carrier, service = dispatch.carrier_for(view, bench.settings)
        number, problem = dispatch.checked_tracking(carrier, code)
        if number is None:
            assert problem is not None
            return BenchResult(Level.BAD, problem, view)
        with bench.db.engine.begin() as connection:
            shipping_store.set_shipping(connection, view.shipment_id, carrier, service, number)
            add_events(connection, [self._tracking_event(view, number, source)])
        bench.view = dataclasses.replace(
            view, carrier=carrier, service=service, tracking_number=number
        )
        message = dispatch.TRACKING_SET(
            tracking=display(carrier, number), carrier=carrier_name(carrier), service=service
        )
        return BenchResult(Level.PROMPT, message, bench.view)

    def scan(self, raw: str) -> BenchResult:
        """A scan while the parcel waits for its label: its tracking number if it has none yet,
        else the label on the parcel, which must be its own."""
        bench = self.bench
        view = bench.view
        assert view is not None
        code = raw.strip()
        with bench.db.engine.connect() as connection:
            found = {sid for sid, _ in shipments_by_code(connection, code)}
        if view.shipment_id in found:  # the order scanned again: say what it waits for
            return self.dispatch(view)
        if view.tracking_number is None:
            if found:
                return BenchResult(Level.BAD, dispatch.CONFIRM_LABEL_FIRST(number=view.label), view)
            return self.enter_tracking(code, "scan")
        carrier = view.carrier or dispatch.carrier_for(view, bench.settings)[0]
        if dispatch.label_matches(view, code, carrier):
            return self._ship(view, carrier)
        if found and view.shipment_id not in found:
            return BenchResult(Level.BAD, dispatch.CONFIRM_LABEL_FIRST(number=view.label), view)
        with bench.db.engine.begin() as connection:
            add_events(connection, [bench.event(EventKind.LABEL, view, code=code, outcome="wrong")])
        shown = display(carrier, view.tracking_number)
        message = dispatch.WRONG_LABEL(code=code, number=view.label, tracking=shown)
        return BenchResult(Level.BAD, message, view)

    def _ship(self, view: ShipmentView, carrier: str) -> BenchResult:
        bench = self.bench
        at = bench.station.now()
        with bench.db.engine.begin() as connection:
            moved = bench_store.move_state(
                connection, view.shipment_id, OrderState.PACKED, OrderState.SHIPPED, station=None
            )
            if not moved:
                state = STATE_LABELS[OrderState.SHIPPED]()
                return BenchResult(Level.BAD, NOT_PACKABLE(number=view.label, state=state), view)
            shipping_store.mark_shipped(connection, view.shipment_id, at)
            parcel_news.shipped(connection, view, carrier, at, bench.settings)
            add_events(
                connection,
                [
                    bench.event(EventKind.LABEL, view, code=view.tracking_number, outcome="right"),
                    bench.transition(view, OrderState.PACKED, OrderState.SHIPPED),
                ],
            )
        bench.reset()  # the bench is ready for the next order at once
        shown = display(carrier, view.tracking_number or "")
        message = dispatch.LABEL_OK(number=view.label, tracking=shown)
        shipped = dataclasses.replace(view, state=OrderState.SHIPPED, packing_station=None)
        return BenchResult(Level.DONE, message, shipped)

    def _tracking_event(self, view: ShipmentView, number: str | None, source: str) -> dict:
        return self.bench.event(EventKind.TRACKING, view, code=number, reason=source)
