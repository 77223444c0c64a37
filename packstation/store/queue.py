"""The packing queue: shipments by ship-by deadline, with what the packer must see at a glance."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    and_,
    case,
    func,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from packstation.domain.holds import HoldReason
from packstation.domain.messages import Message
from packstation.domain.outbox import MARKETPLACE_KINDS, SENT
from packstation.domain.states import CONFIRMATION_PENDING, STATE_LABELS, OrderState
from packstation.store.capped import COUNT_CAP, capped_count
from packstation.store.orders import holds_from_json
from packstation.store.packing import SHIPMENTS_IN_ORDER
from packstation.store.prefix import starts_with
from packstation.store.schema import (
    CODES,
    EVENTS,
    LINES,
    ORDERS,
    OUTBOX,
    PRODUCTS,
    SHIPMENTS,
)


@dataclass(frozen=True, slots=True)
class QueueRow:
    shipment_id: int
    number: str
    seq: int
    marketplace: str
    state: OrderState
    ship_by: datetime
    destination: str
    units: int
    units_scanned: int
    gift: bool
    fragile: bool
    gift_wrap: str
    noshi: str
    delivery_date: date | None
    time_slot: str
    holds: tuple[HoldReason, ...]
    packing_station: str | None = None  # the bench it is on (being packed, or packed and not done)
    parcels: int = 1  # how many shipments its order has: "parcel 2 of 3"
    backorder: bool = False  # what stock was short for when another parcel of it went out
    confirmation_pending: bool = False  # shipped, the marketplace not told yet (the outbox)
    packer: str = ""  # who works on it at `packing_station` (the last to do something there)

    def state_label(self) -> Message:
        if self.confirmation_pending and self.state is OrderState.SHIPPED:
            return CONFIRMATION_PENDING()
        return STATE_LABELS[self.state]()


QUEUE_LIMIT = 500  # rows the queue lists, by deadline
SEARCH_SET = 2_000  # a search matching at most this many parcels is read as a set


@dataclass(frozen=True, slots=True)
class QueuePage:
    """The first rows by deadline of the parcels that match, and how many match: exactly,
    or at least `matching` when `more` (counting stops at a cap, to stay fast at a million)."""

    rows: list[QueueRow]
    matching: int
    more: bool = False

    @property
    def cut(self) -> bool:
        """Not every match is in `rows`."""
        return self.more or self.matching > len(self.rows)


def queue_page(
    session: Session,
    states: Collection[OrderState],
    marketplace: str | None = None,
    search: str = "",
    limit: int = QUEUE_LIMIT,
    *,
    benched: bool = False,
) -> QueuePage:
    """Shipments in `states` by deadline; `benched`: also the packed parcels still on a bench
    (waiting for their wrap confirmation, weight or label), which belong in the packing queue.
    `search`: an order number, a code that opens the parcel, or a tracking number, by prefix.

    Each state is read on its own along the (state, ship_by) index and the reads are joined
    with UNION ALL: a filter on several states at once would sort every parcel in them."""
    dialect = session.get_bind().dialect.name
    branches = [SHIPMENTS.c.state == state.value for state in sorted(states)]
    if benched and OrderState.PACKED not in states:
        # The few parcels on a bench, by the packing_station index: `state || ''` keeps
        # SQLite's planner off the state index, which would walk every packed parcel, and
        # `> ''` where IS NOT NULL would have it scan the table.
        branches.append(
            and_(
                SHIPMENTS.c.packing_station > "",
                SHIPMENTS.c.state.concat("") == OrderState.PACKED.value,
            )
        )
    if not branches:
        return QueuePage([], 0)
    text = search.strip()
    if not text:
        return _page(session, branches, marketplace, None, limit, COUNT_CAP)
    matched = _matched(text, dialect)
    if sum(capped_count(session, part, SEARCH_SET) for part in matched) <= SEARCH_SET:
        found = SHIPMENTS.c.id.in_(union(*matched))
        return _page(session, [or_(*branches)], marketplace, found, limit, SEARCH_SET)
    # Too many match to read as a set (a short prefix): walk the states by deadline and
    # check each parcel, which finds the first ones soon; not counted.
    return _page(session, branches, marketplace, _matches(text, dialect), limit, None)


def _matched(text: str, dialect: str) -> list[Select[Any]]:
    """The shipments whose order number, one of whose codes or whose tracking number starts
    with `text`, each found along its own index."""
    return [
        select(SHIPMENTS.c.id)
        .join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
        .where(starts_with(ORDERS.c.number, text, dialect)),
        select(CODES.c.shipment_id).where(starts_with(CODES.c.code, text, dialect)),
        select(SHIPMENTS.c.id).where(starts_with(SHIPMENTS.c.tracking_number, text, dialect)),
    ]


def _matches(text: str, dialect: str) -> ColumnElement[bool]:
    """The same as `_matched`, checked on one shipment."""
    return or_(
        select(ORDERS.c.number)
        .where(ORDERS.c.id == SHIPMENTS.c.order_id, starts_with(ORDERS.c.number, text, dialect))
        .exists(),
        select(CODES.c.id)
        .where(
            CODES.c.shipment_id == SHIPMENTS.c.id, starts_with(CODES.c.code, text, dialect)
        )
        .exists(),
        starts_with(SHIPMENTS.c.tracking_number, text, dialect),
    )


def _page(
    session: Session,
    branches: list[ColumnElement[bool]],
    marketplace: str | None,
    found: ColumnElement[bool] | None,
    limit: int,
    cap: int | None,
) -> QueuePage:
    """The first `limit` rows by deadline over the branches, and how many match (up to
    `cap`; None: not counted)."""

    def where(branch: ColumnElement[bool]) -> Select[Any]:
        query = select(SHIPMENTS.c.id, SHIPMENTS.c.ship_by).where(branch)
        if marketplace:
            query = query.join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id).where(
                ORDERS.c.marketplace == marketplace
            )
        return query if found is None else query.where(found)

    firsts = [
        where(branch).order_by(SHIPMENTS.c.ship_by, SHIPMENTS.c.id).limit(limit).subquery()
        for branch in branches
    ]
    picked = union_all(*(select(*first.c) for first in firsts)).subquery()
    page = select(picked).order_by(picked.c.ship_by, picked.c.id).limit(limit).subquery()
    rows = [_row(*row) for row in session.execute(_rows_of(page))]
    if cap is None:
        return QueuePage(rows, len(rows), more=len(rows) >= limit)
    matching = sum(capped_count(session, where(branch), cap) for branch in branches)
    return QueuePage(rows, min(matching, cap), more=matching > cap)


_UNITS = (
    select(func.coalesce(func.sum(LINES.c.quantity), 0))
    .where(LINES.c.shipment_id == SHIPMENTS.c.id)
    .scalar_subquery()
)
_SCANNED = (
    select(func.coalesce(func.sum(LINES.c.scanned), 0))
    .where(LINES.c.shipment_id == SHIPMENTS.c.id)
    .scalar_subquery()
)
_FRAGILE = (
    select(LINES.c.id)
    .join(PRODUCTS, PRODUCTS.c.sku == LINES.c.sku)
    .where(LINES.c.shipment_id == SHIPMENTS.c.id, PRODUCTS.c.fragile)
    .exists()
)
# Only for a parcel on a bench (CASE evaluates it for those alone): who did the last thing
# with it at that bench.
_PACKER = case(
    (
        SHIPMENTS.c.packing_station.is_not(None),
        select(EVENTS.c.operator)
        .where(
            EVENTS.c.shipment_id == SHIPMENTS.c.id,
            EVENTS.c.station == SHIPMENTS.c.packing_station,
        )
        .order_by(EVENTS.c.id.desc())
        .limit(1)
        .scalar_subquery(),
    ),
    else_=None,
)
_PENDING = (
    select(OUTBOX.c.id)
    .where(
        OUTBOX.c.shipment_id == SHIPMENTS.c.id,
        OUTBOX.c.kind.in_(MARKETPLACE_KINDS),
        OUTBOX.c.state != SENT,
    )
    .exists()
)


def _rows_of(page: Subquery) -> Select[Any]:
    """Everything a queue row shows, for the page's shipments in its order: one statement,
    and no list of ids sent back (500 bound ids cost more than the query)."""
    return (
        select(
            SHIPMENTS.c.id,
            ORDERS.c.number,
            SHIPMENTS.c.seq,
            ORDERS.c.marketplace,
            SHIPMENTS.c.state,
            SHIPMENTS.c.ship_by,
            # The parts the row shows, taken out in SQL: decoding each whole address in
            # Python was a sixth of a refresh.
            SHIPMENTS.c.ship_to["name"].as_string(),
            SHIPMENTS.c.ship_to["region"].as_string(),
            SHIPMENTS.c.ship_to["city"].as_string(),
            _UNITS,
            _SCANNED,
            ORDERS.c.gift,
            _FRAGILE,
            SHIPMENTS.c.gift_wrap,
            SHIPMENTS.c.noshi,
            SHIPMENTS.c.delivery_date,
            SHIPMENTS.c.time_slot,
            SHIPMENTS.c.hold_reasons,
            SHIPMENTS.c.packing_station,
            SHIPMENTS_IN_ORDER,
            SHIPMENTS.c.backorder,
            _PENDING,
            _PACKER,
        )
        .select_from(page)
        .join(SHIPMENTS, SHIPMENTS.c.id == page.c.id)
        .join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
        .order_by(page.c.ship_by, page.c.id)
    )


def _row(
    shipment_id: int,
    number: str,
    seq: int,
    marketplace: str,
    state: str,
    ship_by: datetime,
    name: str | None,
    region: str | None,
    city: str | None,
    units: int,
    scanned: int,
    gift: bool,
    fragile: bool,
    gift_wrap: str,
    noshi: str,
    delivery_date: date | None,
    time_slot: str,
    hold_reasons: list[dict[str, Any]],
    packing_station: str | None,
    parcels: int,
    backorder: bool,
    pending: bool,
    packer: str | None,
) -> QueueRow:
    # The columns by position: reading a Row by name costs more than the rest of a row.
    return QueueRow(
        shipment_id,
        number,
        seq,
        marketplace,
        OrderState(state),
        ship_by,
        _destination(name or "", region or "", city or ""),
        units,
        scanned,
        gift,
        bool(fragile),
        gift_wrap,
        noshi,
        delivery_date,
        time_slot,
        tuple(holds_from_json(hold_reasons)) if hold_reasons else (),
        packing_station,
        parcels,
        backorder,
        bool(pending),
        packer or "",
    )


def _destination(name: str, region: str, city: str) -> str:
    place = " ".join(part for part in (region, city) if part)
    return f"{name} · {place}" if name and place else name or place
