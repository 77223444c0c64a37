"""Writing many new orders at once, fast: what a 100,000-order import needs.

Rows are plain tuples, built where the order was parsed (maybe another process). Orders and
shipments are numbered by relative ids that count on through an import (or one range of its
file); each row refers to its parents by them, and the writer turns them into real ids:
added in SQL on SQLite (a batch's base is the table's next id less its first relative id),
taken from the sequences on PostgreSQL, returned by INSERT on other databases. A batch may
leave relative ids out (orders already stored): their ids are then not used.

On SQLite the rows go straight to the driver's `executemany` with values already converted
by the column types' own bind processors; on PostgreSQL they are streamed in with COPY.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Date,
    Dialect,
    Table,
    bindparam,
    insert,
    literal_column,
    select,
)
from sqlalchemy.engine import make_url
from sqlalchemy.sql import func
from sqlalchemy.types import TypeEngine

from packstation.domain.audit import EventKind
from packstation.domain.holds import HoldReason
from packstation.domain.model import IncomingOrder, IncomingShipment
from packstation.domain.states import OrderState
from packstation.store.catalogue import change_reserved
from packstation.store.events import notify_change
from packstation.store.orders import (
    Actor,
    address_to_json,
    holds_to_json,
    shipment_codes,
)
from packstation.store.schema import (
    CODES,
    EVENTS,
    LINES,
    ORDERS,
    SHIPMENTS,
    Money,
)
from packstation.store.types import UTCDateTime

# Columns in table order, as the tuples hold them; ids and parent ids are relative.
ORDER_COLUMNS = (
    "id", "marketplace", "number", "ordered_at", "currency", "gift", "invoice_requested",
    "buyer_notes", "total", "orderer", "fingerprint", "source",
)  # fmt: skip
SHIPMENT_COLUMNS = (
    "id", "order_id", "key", "seq", "state", "market_status", "ship_by", "delivery_date",
    "time_slot", "gift_wrap", "noshi", "shipping_fee", "carrier", "ship_to",
    "hold_reasons", "stock_reserved", "packing_station", "fingerprint",
)  # fmt: skip
LINE_COLUMNS = (
    "shipment_id", "seq", "sku", "name", "variant", "quantity", "unit_price", "tax_rate",
    "marketplace_sku", "requires_mark", "scanned", "scanned_by_code",
)  # fmt: skip
CODE_COLUMNS = ("code", "shipment_id")
EVENT_COLUMNS = (
    "at", "station", "operator", "kind", "order_id", "shipment_id", "to_state", "reason",
    "detail",
)  # fmt: skip
# (table, columns, id column → the table whose relative ids it holds)
TABLES: tuple[tuple[Table, tuple[str, ...], dict[str, Table]], ...] = (
    (ORDERS, ORDER_COLUMNS, {"id": ORDERS}),
    (SHIPMENTS, SHIPMENT_COLUMNS, {"id": SHIPMENTS, "order_id": ORDERS}),
    (LINES, LINE_COLUMNS, {"shipment_id": SHIPMENTS}),
    (CODES, CODE_COLUMNS, {"shipment_id": SHIPMENTS}),
    (EVENTS, EVENT_COLUMNS, {"order_id": ORDERS, "shipment_id": SHIPMENTS}),
)
_STATE, _HOLDS, _RESERVED = (
    SHIPMENT_COLUMNS.index(column) for column in ("state", "hold_reasons", "stock_reserved")
)
_TO_STATE, _REASON = EVENT_COLUMNS.index("to_state"), EVENT_COLUMNS.index("reason")


def _identity(value: Any) -> Any:
    return value


class Values:
    """Values for the rows: converted as the driver takes them (each column type's own
    conversion for this dialect), or left for SQLAlchemy to convert."""

    def __init__(self, dialect: Dialect, *, converted: bool) -> None:
        def processor(type_: TypeEngine[Any]) -> Callable[[Any], Any]:
            if not converted:
                return _identity
            return type_.dialect_impl(dialect).bind_processor(dialect) or _identity

        self.when = processor(UTCDateTime())
        self.day = processor(Date())
        self.number = processor(Money)
        self.json = processor(JSON(none_as_null=True))
        self.no_holds = self.json([])


# A new order's rows: the order's, its shipments', lines', codes' and `imported` events'.
OrderRows = tuple[
    tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]],
    list[tuple[Any, ...]],
]  # fmt: skip
# What the import decided for a shipment: its first state, its hold reasons, stock reserved.
Decision = tuple[OrderState, list[HoldReason], bool]


class NewRows:
    """Rows of new orders, numbered by relative ids that count on from order to order."""

    def __init__(self, values: Values, actor: Actor, source: str) -> None:
        self.values = values
        self.source = source
        self._orders = 0
        self._shipments = 0
        self._event_head = (
            values.when(actor.at),
            actor.station,
            actor.operator,
            EventKind.IMPORTED.value,
        )

    def rows(
        self,
        order: IncomingOrder,
        fingerprint: str,
        shipments: list[tuple[IncomingShipment, datetime, str, Decision]],
    ) -> OrderRows:
        """The rows of a new order; its shipments given with their ship-by time, fingerprint
        and first state (which `decided` may change until the rows are written)."""
        value = self.values
        order_id = self._orders
        self._orders += 1
        orderer = value.json(address_to_json(order.orderer))
        order_row = (
            order_id,
            order.marketplace.value,
            order.number,
            value.when(order.ordered_at),
            order.currency,
            order.gift,
            order.invoice_requested,
            order.buyer_notes,
            value.number(order.total),
            orderer,
            fingerprint,
            self.source,
        )
        shipment_rows: list[tuple[Any, ...]] = []
        lines: list[tuple[Any, ...]] = []
        codes: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        for seq, (shipment, ship_by, shipment_fingerprint, decision) in enumerate(
            shipments, start=1
        ):
            shipment_id = self._shipments
            self._shipments += 1
            ship_to = shipment.ship_to
            if ship_to is None:
                address = None
            elif ship_to is order.orderer:
                address = orderer
            else:
                address = value.json(address_to_json(ship_to))
            state, holds, reserved = decision
            shipment_rows.append(
                (
                    shipment_id,
                    order_id,
                    shipment.key,
                    seq,
                    state.value,
                    shipment.marketplace_status,
                    value.when(ship_by),
                    value.day(shipment.delivery_date),
                    shipment.time_slot,
                    shipment.gift_wrap,
                    shipment.noshi,
                    value.number(shipment.shipping_fee),
                    shipment.carrier,
                    address,
                    holds_json(value, holds),
                    reserved,
                    None,
                    shipment_fingerprint,
                )
            )
            lines.extend(
                (
                    shipment_id,
                    line_seq,
                    line.sku,
                    line.name,
                    line.variant,
                    line.quantity,
                    value.number(line.unit_price),
                    value.number(line.tax_rate),
                    line.marketplace_sku,
                    line.requires_mark,
                    0,
                    0,
                )
                for line_seq, line in enumerate(shipment.lines, start=1)
            )
            codes.extend((code, shipment_id) for code in shipment_codes(order, shipment))
            events.append(
                (*self._event_head, order_id, shipment_id, state.value, _reason(holds), self.source)
            )
        return order_row, shipment_rows, lines, codes, events



def decided(values: Values, rows: OrderRows, place: int, decision: Decision) -> None:
    """The shipment at `place` in the order starts as decided, not as its rows said."""
    _, shipments, _, _, events = rows
    state, holds, reserved = decision
    row = list(shipments[place])
    row[_STATE], row[_HOLDS], row[_RESERVED] = state.value, holds_json(values, holds), reserved
    shipments[place] = tuple(row)
    event = list(events[place])
    event[_TO_STATE], event[_REASON] = state.value, _reason(holds)
    events[place] = tuple(event)


def holds_json(values: Values, holds: list[HoldReason]) -> Any:
    return values.json(holds_to_json(holds)) if holds else values.no_holds


def _reason(holds: list[HoldReason]) -> str:
    return "; ".join(hold.message.render() for hold in holds)


def on_hold(rows: OrderRows) -> int:
    """How many of the order's shipments start on hold."""
    return sum(row[_STATE] == OrderState.ON_HOLD.value for row in rows[1])


class NewOrders:
    """The rows of a batch of new orders, in their relative ids' order."""

    def __init__(self) -> None:
        self.orders: list[tuple[Any, ...]] = []
        self.shipments: list[tuple[Any, ...]] = []
        self.lines: list[tuple[Any, ...]] = []
        self.codes: list[tuple[Any, ...]] = []
        self.events: list[tuple[Any, ...]] = []
        self.reserved: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.orders)

    def add(self, rows: OrderRows) -> None:
        order, shipments, lines, codes, events = rows
        self.orders.append(order)
        self.shipments += shipments
        self.lines += lines
        self.codes += codes
        self.events += events

    def rows(self) -> tuple[list[tuple[Any, ...]], ...]:
        return self.orders, self.shipments, self.lines, self.codes, self.events


def _base_marker(table: Table) -> str:
    return f"__{table.name}_base__"


@cache
def _insert_sql(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> str:
    """INSERT for `columns`; an id column adds a marker for its table's batch base."""
    ids = dict(next(spec[2] for spec in TABLES if spec[0] is table))
    values = {}
    for i, column in enumerate(columns):
        parameter = bindparam(f"p{i}")
        of = ids.get(column)
        values[column] = parameter if of is None else parameter + literal_column(_base_marker(of))
    compiled = insert(table).values(values).compile(dialect=dialect)
    if compiled.positiontup != [f"p{i}" for i in range(len(columns))]:
        raise RuntimeError(f"{table.name}: columns out of table order")
    return str(compiled)


def write_sqlite(connection: Connection, batch: NewOrders) -> None:
    """One write transaction: a table's base is its next id less the batch's first relative
    id, and ids are the relative ones plus the base, in SQL."""
    dialect = connection.dialect
    bases: dict[Table, int] = {}
    for (table, columns, ids), rows in zip(TABLES, batch.rows(), strict=True):
        if not rows:
            continue
        if "id" in ids:
            top = connection.scalar(select(func.coalesce(func.max(table.c.id), 0)))
            bases[table] = top + 1 - rows[0][0]
        sql = _insert_sql(dialect, table, columns)
        for of in set(ids.values()):
            sql = sql.replace(_base_marker(of), str(bases[of]))
        connection.exec_driver_sql(sql, rows)
    change_reserved(connection, batch.reserved)


def write_generic(connection: Connection, batch: NewOrders) -> None:
    """Any database: SQLAlchemy converts the values and gives the new ids back."""
    real: dict[Table, dict[int, int]] = {}
    for (table, columns, ids), rows in zip(TABLES, batch.rows(), strict=True):
        if not rows:
            continue
        dicts = []
        for row in rows:
            item = dict(zip(columns, row, strict=True))
            for column, of in ids.items():
                if column != "id":
                    item[column] = real[of][item[column]]
            dicts.append(item)
        if "id" in ids:
            relative = [item.pop("id") for item in dicts]
            result = connection.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), dicts
            )
            real[table] = dict(zip(relative, result.scalars(), strict=True))
        else:
            connection.execute(insert(table), dicts)
    change_reserved(connection, batch.reserved)


def write_postgres(connection: Connection, batch: NewOrders) -> None:
    """PostgreSQL: ids for the batch's span of relative ids are taken from the sequences
    first, then every table's rows are streamed in with COPY, some forty times faster than
    INSERT … RETURNING for a 100,000-order file. The other stations hear of the new orders
    when it commits."""
    spans: dict[Table, tuple[int, list[int]]] = {}  # first relative id, the ids from it on
    with connection.connection.driver_connection.cursor() as cursor:
        for (table, columns, ids), rows in zip(TABLES, batch.rows(), strict=True):
            if not rows:
                continue
            if "id" in ids:
                first = rows[0][0]
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, 'id'))"
                    " FROM generate_series(1, %s)",
                    (table.name, rows[-1][0] - first + 1),
                )
                spans[table] = (first, [row[0] for row in cursor.fetchall()])
            mapped = [(columns.index(column), *spans[of]) for column, of in ids.items()]
            with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    values = list(row)
                    for position, first, real in mapped:
                        values[position] = real[values[position] - first]
                    copy.write_row(values)
    change_reserved(connection, batch.reserved)
    notify_change(connection)


Write = Callable[[Connection, NewOrders], None]


def values_for(drivername: str) -> Values:
    """The values as `bulk_writer` converts them for a database of this driver, where there is
    no engine for it (a process that parses part of an import)."""
    return bulk_writer(make_url(f"{drivername}://").get_dialect()())[0]


def bulk_writer(dialect: Dialect) -> tuple[Values, Write]:
    """How to write new orders on this database: SQLite's rows go to the driver directly,
    PostgreSQL's by COPY (psycopg); other drivers through SQLAlchemy."""
    if dialect.name == "sqlite":
        return Values(dialect, converted=True), write_sqlite
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        return Values(dialect, converted=True), write_postgres
    return Values(dialect, converted=False), write_generic
