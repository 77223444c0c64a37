"""The bench presenter without a window: what the bench's actions act on at each stage, and
when the queue is reloaded. Its worker runs each job at once, on this thread."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from packstation.app.intake import Intake
from packstation.app.packing import BenchResult, Level, PackingService
from packstation.domain.bench_stage import Stage
from packstation.domain.states import OrderState
from packstation.gui.presenter import BenchPresenter
from tests.builders import TEA, load_products, rakuten

NUMBER = "502763-20261122-00000001"
GIFT = "502763-20261122-00000003"
HELD = "502763-20261122-00000004"
LABEL = "444413758703"


class AtOnce:
    """A worker that runs the job where it is submitted."""

    def submit(
        self,
        job: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[BaseException], None],
        *,
        what: str = "",
    ) -> None:
        try:
            outcome = job()
        except Exception as error:  # noqa: BLE001 - handed on as the worker does
            failed(error)
            return
        done(outcome)


def presenter(db, station, settings, *, scale: bool = True, labels: bool = False):  # type: ignore[no-untyped-def]
    settings.scale.enabled = scale
    settings.label_printer.enabled = labels
    load_products(db)
    orders = [rakuten(NUMBER, ("TEA", 2)), rakuten(GIFT, ("TEA", 1)), rakuten(HELD, ("TEA", 1))]
    orders[1].shipments[0].gift_wrap = "包装紙: 花柄"
    Intake(db, station, settings).store_orders(orders, "test")
    shown = BenchPresenter(AtOnce(), PackingService(db, station, settings))  # type: ignore[arg-type]
    results: list[BenchResult] = []
    stale: list[bool] = []
    shown.result.connect(results.append)
    shown.queue_stale.connect(lambda: stale.append(True))
    return shown, results, stale


def acts_on(shown: BenchPresenter) -> dict[Stage, str | None]:
    """The parcel each stage's actions act on (counting, wrap, weight, carrier)."""
    stages = (Stage.COUNTING, Stage.WRAPPING, Stage.WEIGHING, Stage.LABELLING)
    views = {stage: shown.at(stage) for stage in stages}
    return {stage: view.number for stage, view in views.items() if view is not None}


def test_idle_before_anything_and_after_the_order_is_done(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    shown, results, _ = presenter(db, station, settings, scale=False)
    assert shown.stage is Stage.IDLE and acts_on(shown) == {} and shown.weighing() is None
    shown.scan(NUMBER, 0)
    shown.scan(TEA, 1000)
    shown.scan(TEA, 2000)
    assert results[-1].level is Level.DONE and shown.stage is Stage.IDLE
    assert acts_on(shown) == {}
    last = shown.at(Stage.IDLE)  # the parcel just done, named on the idle bench
    assert last is not None and last.number == NUMBER


def test_counting_then_weighing_then_done(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    shown, results, stale = presenter(db, station, settings)
    shown.scan(NUMBER, 0)
    assert shown.stage is Stage.COUNTING and acts_on(shown) == {Stage.COUNTING: NUMBER}
    assert stale == [True]  # opened: confirmed → packing
    shown.scan(TEA, 1000)
    assert results[-1].level is Level.GOOD and stale == [True]  # a count: the queue stays
    shown.scan(TEA, 2000)
    assert shown.stage is Stage.WEIGHING and shown.weighing() is not None
    assert acts_on(shown) == {Stage.WEIGHING: NUMBER} and len(stale) == 2  # packing → packed
    shown.weigh(Decimal(240), "typed")
    assert results[-1].level is Level.DONE and shown.stage is Stage.IDLE


def test_a_failed_weight_keeps_the_bench_weighing(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    shown, results, _ = presenter(db, station, settings)
    shown.scan(NUMBER, 0)
    shown.scan(TEA, 1000)
    shown.scan(TEA, 2000)
    shown.weigh(Decimal(5000), "scale")
    assert results[-1].level is Level.BAD and shown.weighing() is not None


def test_wrapping_comes_before_the_weight(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    shown, _, _ = presenter(db, station, settings)
    shown.scan(GIFT, 0)
    shown.scan(TEA, 1000)
    assert shown.stage is Stage.WRAPPING and acts_on(shown) == {Stage.WRAPPING: GIFT}
    assert shown.weighing() is None  # the scale waits until the wrap is confirmed
    shown.confirm_wrap()
    assert shown.stage is Stage.WEIGHING


def test_labelling_lets_the_carrier_change_and_ends_with_the_label(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    shown, results, _ = presenter(db, station, settings, scale=False, labels=True)
    shown.scan(NUMBER, 0)
    shown.scan(TEA, 1000)
    shown.scan(TEA, 2000)
    assert shown.stage is Stage.LABELLING and acts_on(shown) == {Stage.LABELLING: NUMBER}
    shown.scan(LABEL, 3000)
    shown.scan(LABEL, 4000)
    assert results[-1].level is Level.DONE and shown.stage is Stage.IDLE
    assert results[-1].view is not None and results[-1].view.state is OrderState.SHIPPED


def test_a_held_order_stops_the_bench(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    shown, results, _ = presenter(db, station, settings)
    shown.scan(HELD, 0)
    shown.hold("box damaged")
    assert results[-1].level is Level.BAD and shown.stage is Stage.STOPPED
    held = shown.at(Stage.STOPPED)
    assert held is not None and held.number == HELD and acts_on(shown) == {}
    shown.close()
    assert shown.stage is Stage.IDLE


def test_a_failure_is_said_and_the_last_result_stays(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    shown, _, _ = presenter(db, station, settings)
    failures: list[str] = []
    shown.failed.connect(failures.append)
    shown.scan(NUMBER, 0)
    shown.add_quantity(-1, 2)  # no such line
    assert failures and shown.stage is Stage.COUNTING
