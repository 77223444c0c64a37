"""The pack bench: open an order by scanning it, verify every unit, finish it.

`PackingService` is what the GUI, the CLI and the tests call. It sends each action to the
service of the stage the open order is at (packing_open, packing_count, packing_packed,
packing_weigh, packing_label, packing_hold), which share the open order (packing_bench.Bench),
and gives every result the stage the bench is at after it. Every verdict is committed before it
is returned, so what the packer sees is what is stored, and a restart resumes the order this
station was packing with the same counts. Used from one thread (the GUI's database worker, or
the CLI).
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from packstation.app.context import Station
from packstation.app.packing_bench import Bench, BenchResult, Level
from packstation.app.packing_count import Counting
from packstation.app.packing_hold import Holding
from packstation.app.packing_label import Labelling
from packstation.app.packing_open import Opening
from packstation.app.packing_packed import Packed
from packstation.app.packing_weigh import Weighing
from packstation.app.settings import Settings
from packstation.app.users import NO_APPROVAL, Access, Approval
from packstation.domain.bench import LineView, ShipmentView
from packstation.domain.bench_stage import Stage
from packstation.domain.rates import RateTable
from packstation.store.database import Database

__all__ = ["BenchResult", "Level", "PackingService"]


class PackingService:
    def __init__(
        self, db: Database, station: Station, settings: Settings, access: Access | None = None
    ) -> None:
        self._bench = bench = Bench(db, station, settings, access or Access(db, station.clock))
        self._labelling = Labelling(bench)
        self._packed = Packed(bench, self._labelling)
        self._weighing = Weighing(bench, self._packed)
        self._opening = Opening(bench, self._packed)
        self._counting = Counting(bench, self._opening, self._packed)
        self._holding = Holding(bench, self._opening)

    # -- what Services sets and reads -------------------------------------------------------
    @property
    def station(self) -> Station:
        return self._bench.station

    @station.setter
    def station(self, station: Station) -> None:
        self._bench.station = station

    @property
    def settings(self) -> Settings:
        return self._bench.settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        self._bench.settings = settings

    @property
    def rates(self) -> RateTable:
        return self._bench.rates

    @rates.setter
    def rates(self, rates: RateTable) -> None:
        self._bench.rates = rates

    @property
    def access(self) -> Access:
        return self._bench.access

    # -- where the bench is -----------------------------------------------------------------
    @property
    def view(self) -> ShipmentView | None:
        return self._bench.view

    @property
    def stage(self) -> Stage:
        return self._bench.stage

    @property
    def packing(self) -> bool:
        """An order's items are being counted."""
        return self._bench.session is not None

    @property
    def awaiting_label(self) -> bool:
        return self.stage is Stage.LABELLING

    @property
    def awaiting_weight(self) -> bool:
        """The open parcel is packed but not yet weighed, and this station weighs parcels."""
        return self.stage is Stage.WEIGHING

    def teach_candidates(self) -> tuple[LineView, ...]:
        return self._counting.teach_candidates()

    # -- actions ------------------------------------------------------------------------------
    def scan(self, raw: str, at_ms: float) -> BenchResult:
        """A scan goes to the stage the bench is at: a box's code picks the box at any stage."""
        bench = self._bench
        box = self._weighing.box(raw)
        if box is not None and bench.view is not None:
            return self._staged(self._weighing.pick_box(box))
        stage = bench.stage
        if bench.session is not None:
            result = self._counting.scan(raw, at_ms)
        elif stage is Stage.LABELLING:
            result = self._labelling.scan(raw)
        elif stage.unfinished:
            result = self._packed.scan(raw)
        else:
            result = self._opening.open_code(raw)
        return self._staged(result)

    def resume(self) -> BenchResult | None:
        result = self._opening.resume()
        return None if result is None else self._staged(result)

    def open_code(self, code: str) -> BenchResult:
        return self._staged(self._opening.open_code(code))

    def open_next(self) -> BenchResult:
        return self._staged(self._opening.open_next())

    def open_shipment(self, shipment_id: int, *, takeover: bool = False) -> BenchResult:
        return self._staged(self._opening.open_shipment(shipment_id, takeover=takeover))

    def close(self) -> BenchResult:
        return self._staged(self._opening.close())

    def add_quantity(self, line_id: int, quantity: int) -> BenchResult:
        return self._staged(self._counting.add_quantity(line_id, quantity))

    def verify_line(
        self, line_id: int, reason: str, approval: Approval = NO_APPROVAL
    ) -> BenchResult:
        return self._staged(self._counting.verify_line(line_id, reason, approval))

    def teach(self, line_id: int, approval: Approval = NO_APPROVAL) -> BenchResult:
        return self._staged(self._counting.teach(line_id, approval))

    def cancel_pending(self) -> BenchResult | None:
        result = self._counting.cancel_pending()
        return None if result is None else self._staged(result)

    def undo_last(self) -> BenchResult:
        return self._staged(self._counting.undo_last())

    def close_parcel(self) -> BenchResult:
        return self._staged(self._counting.close_parcel())

    def ship_what_is_here(self) -> BenchResult:
        return self._staged(self._counting.ship_what_is_here())

    def confirm_wrap(self) -> BenchResult:
        return self._staged(self._packed.confirm_wrap())

    def weigh(self, grams: Decimal, source: str = "scale") -> BenchResult:
        return self._staged(self._weighing.weigh(grams, source))

    def accept_weight(self, reason: str, approval: Approval = NO_APPROVAL) -> BenchResult:
        return self._staged(self._weighing.accept_weight(reason, approval))

    def choose_carrier(self, carrier: str, service: str) -> BenchResult:
        return self._staged(self._labelling.choose_carrier(carrier, service))

    def enter_tracking(self, code: str, source: str = "typed") -> BenchResult:
        return self._staged(self._labelling.enter_tracking(code, source))

    def hold(self, reason: str) -> BenchResult:
        return self._staged(self._holding.hold(reason))

    def release(
        self, shipment_id: int, reason: str, approval: Approval = NO_APPROVAL
    ) -> BenchResult:
        return self._staged(self._holding.release(shipment_id, reason, approval))

    def release_claim(
        self, shipment_id: int, reason: str, approval: Approval = NO_APPROVAL
    ) -> BenchResult:
        return self._staged(self._holding.release_claim(shipment_id, reason, approval))

    def _staged(self, result: BenchResult) -> BenchResult:
        return dataclasses.replace(result, stage=self._bench.stage)
