"""The bench presenter: GUI actions in, results out, all database work on the worker thread.

It holds no widgets, so the pack flow is tested without a window; the main window only
connects its signals to the views, the sounds and the dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject, Signal

from packstation.app.packing import BenchResult, Level, PackingService
from packstation.app.users import Approval
from packstation.app.workers import Worker
from packstation.domain.bench import ShipmentView
from packstation.domain.bench_stage import Stage
from packstation.i18n import translate_error

# After a scan: an order was opened (confirmed → packing) or finished (packed, shipped).
_SCAN_CHANGES_QUEUE = frozenset({Level.INFO, Level.DONE})


class BenchPresenter(QObject):
    result = Signal(object)  # BenchResult
    queue_stale = Signal()  # the queue changed: states, counts
    failed = Signal(str)

    def __init__(
        self, worker: Worker, service: PackingService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.service = service
        self.last: BenchResult | None = None

    def scan(self, code: str, at_ms: float) -> None:
        self._run(lambda: self.service.scan(code, at_ms), always_refresh=False, what=f"scan {code}")

    def open_code(self, code: str) -> None:
        self._run(lambda: self.service.open_code(code))

    def open_next(self) -> None:
        self._run(self.service.open_next)

    def open_shipment(self, shipment_id: int, takeover: bool = False) -> None:
        self._run(lambda: self.service.open_shipment(shipment_id, takeover=takeover))

    def resume(self) -> None:
        self._run(self.service.resume)

    def add_quantity(self, line_id: int, quantity: int) -> None:
        self._run(lambda: self.service.add_quantity(line_id, quantity), always_refresh=False)

    def verify_line(self, line_id: int, reason: str, approval: Approval) -> None:
        self._run(lambda: self.service.verify_line(line_id, reason, approval), always_refresh=False)

    def teach(self, line_id: int, approval: Approval) -> None:
        self._run(lambda: self.service.teach(line_id, approval), always_refresh=False)

    def cancel_pending(self) -> None:
        self._run(self.service.cancel_pending, always_refresh=False)

    def hold(self, reason: str) -> None:
        self._run(lambda: self.service.hold(reason))

    def release(self, shipment_id: int, reason: str, approval: Approval) -> None:
        self._run(lambda: self.service.release(shipment_id, reason, approval))

    def release_claim(self, shipment_id: int, reason: str, approval: Approval) -> None:
        self._run(lambda: self.service.release_claim(shipment_id, reason, approval))

    def close(self) -> None:
        self._run(self.service.close)

    def confirm_wrap(self) -> None:
        self._run(self.service.confirm_wrap, always_refresh=False)

    def close_parcel(self) -> None:
        self._run(self.service.close_parcel)

    def ship_what_is_here(self) -> None:
        self._run(self.service.ship_what_is_here)

    def undo(self) -> None:
        self._run(self.service.undo_last)

    def weigh(self, grams: Decimal, source: str) -> None:
        what = f"weight {grams} g ({source})"
        self._run(lambda: self.service.weigh(grams, source), always_refresh=False, what=what)

    def accept_weight(self, reason: str, approval: Approval) -> None:
        self._run(lambda: self.service.accept_weight(reason, approval), always_refresh=False)

    def choose_carrier(self, carrier: str, service: str) -> None:
        self._run(lambda: self.service.choose_carrier(carrier, service), always_refresh=False)

    def enter_tracking(self, code: str) -> None:
        self._run(lambda: self.service.enter_tracking(code), always_refresh=False)

    @property
    def stage(self) -> Stage:
        """Where the bench is, as the last result left it."""
        return Stage.IDLE if self.last is None else self.last.stage

    def at(self, stage: Stage) -> ShipmentView | None:
        """The last result's parcel if the bench is at `stage`: what that stage's actions
        (quantities, the weight, the carrier) act on; at IDLE the parcel just finished."""
        last = self.last
        return last.view if last is not None and last.stage is stage else None

    def weighing(self) -> ShipmentView | None:
        """The packed parcel waiting for its weight."""
        return self.at(Stage.WEIGHING)

    def _run(
        self,
        job: Callable[[], BenchResult | None],
        *,
        always_refresh: bool = True,
        what: str | None = None,
    ) -> None:
        """Run `job` on the worker (`what` it is, for the log, else the job's name). The queue
        is reloaded after it, unless it was a count or a rejection at the bench, which changes
        no order's state."""

        def done(result: BenchResult | None) -> None:
            previous = self.last
            if result is not None:
                self.last = result
                self.result.emit(result)
            if (
                always_refresh
                or result is None
                or result.level in _SCAN_CHANGES_QUEUE
                or _state_changed(previous, result)
            ):
                self.queue_stale.emit()

        self.worker.submit(job, done, self._failed, what=what or job.__qualname__)

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(translate_error(error))


def _state_changed(previous: BenchResult | None, result: BenchResult) -> bool:
    """The open parcel's state moved (packing → packed waits for its weight with a prompt):
    its queue row shows the old state until the queue is reloaded."""
    before = None if previous is None else previous.view
    after = result.view
    if before is None or after is None:
        return before is not after
    return before.shipment_id != after.shipment_id or before.state is not after.state
