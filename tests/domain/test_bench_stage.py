"""The bench's stage from the stored parcel and the station's rules alone."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from packstation.domain.bench import ShipmentView
from packstation.domain.bench_stage import BenchRules, Stage, stage_of
from packstation.domain.model import Address
from packstation.domain.states import OrderState

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
HERE = BenchRules("bench-1", weighs=True, prints_waybills=True)
TO = Address(name="Aiko", postal_code="100-0001", region="Tokyo", city="Chiyoda", line1="1-1")


def parcel(state: OrderState, station: str | None = "bench-1", **values: object) -> ShipmentView:
    view = ShipmentView(
        1, 1, "rakuten", "502763-1", 1, 1, state, NOW, NOW, TO, None, "", False, "", "", False,
        "", "", (), station, (),
    )
    return dataclasses.replace(view, **values)  # type: ignore[arg-type]


def test_no_order_is_idle() -> None:
    assert stage_of(None, HERE) is Stage.IDLE


@pytest.mark.parametrize(
    ("state", "station", "stage"),
    [
        (OrderState.PACKING, "bench-1", Stage.COUNTING),
        (OrderState.PACKING, "bench-2", Stage.STOPPED),  # counted at another bench
        (OrderState.PACKED, "bench-2", Stage.STOPPED),  # finished at another bench
        (OrderState.ON_HOLD, None, Stage.STOPPED),
        (OrderState.CONFIRMED, None, Stage.STOPPED),
        (OrderState.SHIPPED, None, Stage.DONE),
    ],
)
def test_the_state_and_who_has_it(state: OrderState, station: str | None, stage: Stage) -> None:
    assert stage_of(parcel(state, station), HERE) is stage


def test_a_packed_parcel_goes_wrap_weight_label() -> None:
    wrap = parcel(OrderState.PACKED, gift_wrap="花柄")
    assert stage_of(wrap, HERE) is Stage.WRAPPING
    wrapped = dataclasses.replace(wrap, wrapped=True)
    assert stage_of(wrapped, HERE) is Stage.WEIGHING
    weighed = dataclasses.replace(wrapped, weight=Decimal(240))
    assert stage_of(weighed, HERE) is Stage.LABELLING
    assert stage_of(weighed, dataclasses.replace(HERE, prints_waybills=False)) is Stage.DONE


def test_the_scale_checks() -> None:
    packed = parcel(OrderState.PACKED)
    no_scale = dataclasses.replace(HERE, weighs=False)
    assert stage_of(packed, no_scale) is Stage.LABELLING  # no weight required
    assert stage_of(packed, no_scale, weight_failed=True) is Stage.WEIGHING  # a failed check
    accepted = dataclasses.replace(packed, weight=Decimal(900))  # recorded once accepted
    assert stage_of(accepted, HERE) is Stage.LABELLING


def test_a_marketplace_label_parcel_needs_no_label_scan_here() -> None:
    weighed = parcel(OrderState.PACKED, None, weight=Decimal(240), ship_to=None)
    assert stage_of(weighed, HERE) is Stage.DONE
    assert Stage.LABELLING.unfinished and not Stage.DONE.unfinished
