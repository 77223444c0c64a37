"""Searching the audit trail: the newest events of a period, narrowed by kind, station,
operator and an order number, parcel code or tracking number.

The events are read newest first along the primary key and the period is a filter on `at`:
no index on `at` is needed (none is added), and the database stops after `limit` rows
instead of sorting the table. The text finds its orders and parcels along their own
indexes (`starts_with`), and the events by the indexes on order_id and shipment_id.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, or_, select, union

from packstation.domain.audit import EventKind
from packstation.store.capped import COUNT_CAP, capped_count
from packstation.store.prefix import starts_with
from packstation.store.schema import CODES, EVENTS, ORDERS, SHIPMENTS

AUDIT_LIMIT = 1000  # events listed, newest first
DEFAULT_PERIOD = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class AuditFilters:
    """Which events: from `since` (default: a week before `until`) to just before `until`
    (default: now), of `kinds` (empty: every kind), at the station and by the operator whose
    names start with `station` and `operator`, of the order or parcel whose number, code or
    tracking number starts with `text`."""

    since: datetime | None = None
    until: datetime | None = None
    kinds: Collection[EventKind] = ()
    station: str = ""
    operator: str = ""
    text: str = ""

    def period(self, now: datetime) -> tuple[datetime, datetime]:
        until = self.until or now
        return self.since or until - DEFAULT_PERIOD, until


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    station: str
    operator: str
    kind: str
    order_number: str | None
    from_state: str | None
    to_state: str | None
    code: str | None
    outcome: str | None
    quantity: int | None
    reason: str
    detail: str


@dataclass(frozen=True, slots=True)
class AuditPage:
    """The newest events that match, and how many match: exactly, or at least `matching`
    when `more` (counting stops at a cap)."""

    rows: list[AuditRow]
    matching: int
    more: bool = False

    @property
    def cut(self) -> bool:
        """Not every match is in `rows`."""
        return self.more or self.matching > len(self.rows)


def search_events(
    connection: Connection,
    filters: AuditFilters,
    limit: int = AUDIT_LIMIT,
    *,
    now: datetime | None = None,
    cap: int = COUNT_CAP,
) -> AuditPage:
    """The newest `limit` events that match `filters` (the default period ends `now`), and
    how many match, counted up to `cap`."""
    now = now or datetime.now(UTC)
    dialect = connection.dialect.name
    query = newest_first(filters, now, dialect, limit)
    rows = [AuditRow(*row) for row in connection.execute(query)]
    if len(rows) < limit:
        return AuditPage(rows, len(rows))
    matched = select(EVENTS.c.id).where(_where(filters, now, dialect))
    count = capped_count(connection, matched, cap)
    return AuditPage(rows, min(count, cap), more=count > cap)


def newest_first(filters: AuditFilters, now: datetime, dialect: str, limit: int) -> Select[Any]:
    """The statement of `search_events`' rows, each with its order's number."""
    return (
        select(
            EVENTS.c.id,
            EVENTS.c.at,
            EVENTS.c.station,
            EVENTS.c.operator,
            EVENTS.c.kind,
            ORDERS.c.number,
            EVENTS.c.from_state,
            EVENTS.c.to_state,
            EVENTS.c.code,
            EVENTS.c.outcome,
            EVENTS.c.quantity,
            EVENTS.c.reason,
            EVENTS.c.detail,
        )
        .select_from(EVENTS.outerjoin(ORDERS, ORDERS.c.id == EVENTS.c.order_id))
        .where(_where(filters, now, dialect))
        .order_by(EVENTS.c.id.desc())
        .limit(limit)
    )


def _where(filters: AuditFilters, now: datetime, dialect: str) -> ColumnElement[bool]:
    since, until = filters.period(now)
    conditions = [EVENTS.c.at >= since, EVENTS.c.at < until]
    if filters.kinds:
        conditions.append(EVENTS.c.kind.in_(sorted(kind.value for kind in filters.kinds)))
    if filters.station.strip():
        conditions.append(starts_with(EVENTS.c.station, filters.station.strip(), dialect))
    if filters.operator.strip():
        conditions.append(starts_with(EVENTS.c.operator, filters.operator.strip(), dialect))
    text = filters.text.strip()
    if text:
        conditions.append(
            or_(
                EVENTS.c.order_id.in_(_orders(text, dialect)),
                EVENTS.c.shipment_id.in_(_parcels(text, dialect)),
            )
        )
    return and_(*conditions)


def _orders(text: str, dialect: str) -> Select[Any]:
    """The orders whose number starts with `text`, along the (number, marketplace) index."""
    return select(ORDERS.c.id).where(starts_with(ORDERS.c.number, text, dialect))


def _parcels(text: str, dialect: str) -> Any:
    """The parcels one of whose codes or whose tracking number starts with `text`."""
    return union(
        select(CODES.c.shipment_id).where(starts_with(CODES.c.code, text, dialect)),
        select(SHIPMENTS.c.id).where(starts_with(SHIPMENTS.c.tracking_number, text, dialect)),
    )
