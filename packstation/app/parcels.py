"""Closing a parcel at the bench: the units scanned go out in it, the rest in a parcel after.

"Close this parcel" (the box is full): the rest becomes the order's next parcel, confirmed
and kept for this station, with its stock still reserved. "Ship what is here" (stock is
short): the rest becomes a backorder, on hold until a supervisor releases it when the stock
has arrived; its reservation is given back meanwhile, and the release reserves it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from packstation.app.confirmation import StockLedger
from packstation.app.context import Station
from packstation.domain.audit import EventKind
from packstation.domain.bench import ShipmentView, shipment_label
from packstation.domain.confirmation import LineNeed
from packstation.domain.holds import BACKORDER, HoldOrigin, HoldReason
from packstation.domain.messages import Message
from packstation.domain.parcels import BACKORDERED, CLOSED, split_lines
from packstation.domain.states import OrderState
from packstation.store import packing as bench_store
from packstation.store import parcels as parcel_store
from packstation.store.events import add_events, event_row
from packstation.store.orders import holds_to_json
from packstation.store.schema import SHIPMENTS

SplitConflict = parcel_store.SplitConflict


@dataclass(frozen=True, slots=True)
class Split:
    view: ShipmentView  # the parcel on the bench, packed now
    parcel: int  # the new parcel's shipment id
    message: Message


def split_off(
    connection: Connection, view: ShipmentView, station: Station, *, backorder: bool
) -> Split:
    """Split the parcel `view` on the bench (being packed at `station`); SplitConflict when
    it changed elsewhere since the bench loaded it."""
    splits = split_lines(view.lines)
    reserved = bool(
        connection.scalar(
            select(SHIPMENTS.c.stock_reserved).where(SHIPMENTS.c.id == view.shipment_id)
        )
    )
    holds = [HoldReason(HoldOrigin.PACKER, BACKORDER())] if backorder else []
    state = OrderState.ON_HOLD if backorder else OrderState.CONFIRMED
    parcel_store.close_on_bench(connection, view.shipment_id, station.name)
    parcel = parcel_store.split(
        connection,
        view.shipment_id,
        splits,
        station=None if backorder else station.name,
        state=state,
        holds=holds_to_json(holds),
        reserved=reserved and not backorder,
        backorder=backorder,
    )
    units = sum(line.move for line in splits)
    if reserved and backorder:  # a shipment on hold holds no stock
        ledger = StockLedger()
        ledger.ensure(connection, {view.line(line.line_id).sku for line in splits})
        ledger.release(LineNeed(view.line(line.line_id).sku, line.move) for line in splits)
        ledger.flush(connection)
    kind = "backorder" if backorder else "parcel"

    def event(shipment_id: int, **values: object) -> dict:
        return event_row(
            station.now(),
            station.name,
            station.operator,
            EventKind.SPLIT,
            order_id=view.order_id,
            shipment_id=shipment_id,
            quantity=units,
            reason=kind,
            **values,  # type: ignore[arg-type]
        )

    add_events(
        connection,
        [
            event(view.shipment_id, code=parcel.key, detail=str(parcel.shipment_id)),
            event(
                parcel.shipment_id,
                to_state=state.value,
                detail=str(view.shipment_id),
            ),
            event_row(
                station.now(),
                station.name,
                station.operator,
                EventKind.TRANSITION,
                order_id=view.order_id,
                shipment_id=view.shipment_id,
                from_state=OrderState.PACKING.value,
                to_state=OrderState.PACKED.value,
                reason=kind,
            ),
        ],
    )
    packed = bench_store.load_shipment(connection, view.shipment_id)
    assert packed is not None
    following = shipment_label(packed.number, parcel.seq, packed.shipments_in_order)
    text = BACKORDERED if backorder else CLOSED
    return Split(packed, parcel.shipment_id, text(n=units, next=following))
