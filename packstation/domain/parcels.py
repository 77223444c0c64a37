"""Several parcels for one shipment: what stays in the parcel on the bench, what goes on.

The packer closes a parcel (the box is full) or ships what is there when stock is short:
the units scanned stay in this parcel, with the unit codes captured for them; the units not
scanned move to a new parcel of the same order, which is weighed, labelled and shipped on
its own. A line partly scanned is split by quantity.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from packstation.domain.bench import LineView, ShipmentView
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message

NOT_COUNTING = QT_TRANSLATE_NOOP(
    "Parcels", "No parcel is being packed: open an order and scan what goes in the parcel."
)
NOTHING_SCANNED = QT_TRANSLATE_NOOP(
    "Parcels", "Nothing of order {number} is scanned yet: scan what goes in this parcel first."
)
CODE_PENDING = QT_TRANSLATE_NOOP(
    "Parcels", "First scan the code the last item asks for, or cancel it (Esc)."
)
CLOSED = QT_TRANSLATE_NOOP(
    "Parcels", "Parcel closed: the other %n units go in the next parcel, {next}", None, 1
)
BACKORDERED = QT_TRANSLATE_NOOP(
    "Parcels",
    "Shipping what is here: %n units wait as backorder {next} until the stock arrives",
    None,
    1,
)


@dataclass(frozen=True, slots=True)
class LineSplit:
    line_id: int
    keep: int  # the units scanned: they stay in this parcel
    move: int  # the units not scanned: they go to the new parcel


def split_lines(lines: Iterable[LineView]) -> tuple[LineSplit, ...]:
    """What each line leaves in the parcel and what it moves on; lines fully scanned stay."""
    return tuple(
        LineSplit(line.line_id, line.scanned, line.open) for line in lines if line.open > 0
    )


def stock_splits(
    lines: Iterable[tuple[int, str, int]], available: Mapping[str, int]
) -> tuple[LineSplit, ...]:
    """What free stock covers stays, the rest moves (the rule `backorder_short_stock`): each
    line (id, SKU, quantity) in turn takes what is still free of its SKU."""
    free = dict(available)
    splits = []
    for line_id, sku, quantity in lines:
        keep = max(0, min(quantity, free.get(sku, 0)))
        free[sku] = free.get(sku, 0) - keep
        if keep < quantity:
            splits.append(LineSplit(line_id, keep, quantity - keep))
    return tuple(splits)


def refusal(view: ShipmentView | None, counting: bool, code_pending: bool) -> Message | None:
    """Why the parcel on the bench cannot be closed now; None when it can. Something must be
    in it, and a unit scanned without the code it needs is neither in nor out."""
    if view is None or not counting:
        return NOT_COUNTING()
    if code_pending:
        return CODE_PENDING()
    if view.units_scanned == 0:
        return NOTHING_SCANNED(number=view.label)
    return None


def parcel_key(root_key: str, number: int) -> str:
    """The key of the order's `number`th parcel split off the shipment `root_key`."""
    return f"{root_key}/{number}"
