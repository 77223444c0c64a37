"""Where the open order is at a bench, decided in one place from what is stored of it, so the
service, the presenter and a station that starts again agree on what the parcel waits for."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from packstation.domain.bench import ShipmentView
from packstation.domain.states import OrderState


class Stage(StrEnum):
    """Where the open order is at this bench."""

    IDLE = "idle"  # no order open
    COUNTING = "counting"  # its items are being scanned
    WRAPPING = "wrapping"  # packed; the gift wrap or noshi it asks for is to be confirmed
    WEIGHING = "weighing"  # packed; its parcel's weight is wanted (or a failed check decided)
    LABELLING = "labelling"  # its tracking number and the scan of the label on the parcel
    DONE = "done"  # nothing left at this bench: shipped, or packed (and weighed)
    STOPPED = "stopped"  # on hold, at another station, or in a state the bench does not pack

    @property
    def unfinished(self) -> bool:
        """The parcel is packed but still on the bench: no other order opens before it is done."""
        return self in _UNFINISHED


_UNFINISHED = frozenset({Stage.WRAPPING, Stage.WEIGHING, Stage.LABELLING})


@dataclass(frozen=True, slots=True)
class BenchRules:
    """What this station asks of a packed parcel before it leaves the bench."""

    station: str
    weighs: bool  # the scale is on and every parcel's weight is required
    prints_waybills: bool  # the label printer is on and prints the waybill here


def wants_wrap(view: ShipmentView) -> bool:
    """The order asks for gift wrap or noshi, and the packer has not confirmed it yet."""
    return bool(view.gift_wrap or view.noshi) and not view.wrapped


def dispatches(view: ShipmentView, rules: BenchRules) -> bool:
    """This station prints the parcel's waybill: it is done when its label is scanned.
    A parcel without an address carries the marketplace's own label instead."""
    return rules.prints_waybills and view.ship_to is not None


def stage_of(view: ShipmentView | None, rules: BenchRules, weight_failed: bool = False) -> Stage:
    """The stage of `view` at the bench of `rules.station`. A weight that failed its check
    and waits for a supervisor is the one thing not stored: the parcel is weighed again after
    a restart, so it waits for its weight either way; `weight_failed` keeps it waiting while
    the station runs even if the scale was switched off meanwhile."""
    if view is None:
        return Stage.IDLE
    if view.state is OrderState.PACKING:
        return Stage.COUNTING if view.packing_station == rules.station else Stage.STOPPED
    if view.state is OrderState.SHIPPED:
        return Stage.DONE
    if view.state is not OrderState.PACKED or view.packing_station not in (None, rules.station):
        return Stage.STOPPED  # a packed parcel another station has: it finishes it there
    if wants_wrap(view):
        return Stage.WRAPPING
    if weight_failed or (view.weight is None and rules.weighs):
        return Stage.WEIGHING
    if dispatches(view, rules):
        return Stage.LABELLING
    return Stage.DONE
