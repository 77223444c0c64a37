"""Writing many new orders at once, fast: what a 100,000-order import needs.

Rows are plain tuples whose order and shipment ids are relative to their batch. On SQLite
the rows go straight to the driver's `executemany` with values already converted by the
column types' own bind processors, and the batch's first ids are added in SQL (new rows of
one write transaction get consecutive ids). Other databases get the same rows through
SQLAlchemy with RETURNING.
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

# Columns in table order, as the tuples hold them; parent ids are indexes within the batch.
ORDER_COLUMNS = (
    "marketplace", "number", "ordered_at", "currency", "gift", "invoice_requested",
    "buyer_notes", "total", "orderer", "fingerprint", "source",
)  # fmt: skip
SHIPMENT_COLUMNS = (
    "order_id", "key", "seq", "state", "market_status", "ship_by", "delivery_date",
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
# (table, columns, parent id column → the table whose batch base it is relative to)
TABLES: tuple[tuple[Table, tuple[str, ...], dict[str, Table]], ...] = (
    (ORDERS, ORDER_COLUMNS, {}),
    (SHIPMENTS, SHIPMENT_COLUMNS, {"order_id": ORDERS}),
    (LINES, LINE_COLUMNS, {"shipment_id": SHIPMENTS}),
    (CODES, CODE_COLUMNS, {"shipment_id": SHIPMENTS}),
    (EVENTS, EVENT_COLUMNS, {"order_id": ORDERS, "shipment_id": SHIPMENTS}),
)


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


# A new order's rows before the import decides its shipments' states: the order row; per
# shipment, the columns before and after the three the decision fills, and its fingerprint;
# line and code rows whose shipment is the shipment's place in the order. Plain tuples, so
# that a process that parsed the order hands it on at the speed of pickle's C code.
ShipmentDraft = tuple[tuple[Any, ...], tuple[Any, ...], str]
OrderRows = tuple[tuple[Any, ...], list[ShipmentDraft], list[tuple[Any, ...]], list[tuple[Any, ...]]]
# What the import decided for a shipment: its first state, its hold reasons, stock reserved.
Decision = tuple[OrderState, list[HoldReason], bool]


def order_rows(
    value: Values,
    order: IncomingOrder,
    fingerprint: str,
    shipments: list[tuple[IncomingShipment, datetime, str]],
    source: str,
) -> OrderRows:
    """The rows of a new order, its shipments given with their ship-by time and fingerprint."""
    orderer = value.json(address_to_json(order.orderer))
    order_row = (
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
        source,
    )
    drafts: list[ShipmentDraft] = []
    lines: list[tuple[Any, ...]] = []
    codes: list[tuple[Any, ...]] = []
    for position, (shipment, ship_by, shipment_fingerprint) in enumerate(shipments):
        ship_to = shipment.ship_to
        if ship_to is None:
            address = None
        elif ship_to is order.orderer:
            address = orderer
        else:
            address = value.json(address_to_json(ship_to))
        drafts.append(
            (
                (shipment.key, position + 1),
                (
                    shipment.marketplace_status,
                    value.when(ship_by),
                    value.day(shipment.delivery_date),
                    shipment.time_slot,
                    shipment.gift_wrap,
                    shipment.noshi,
                    value.number(shipment.shipping_fee),
                    shipment.carrier,
                    address,
                ),
                shipment_fingerprint,
            )
        )
        lines.extend(
            (
                position,
                seq,
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
            for seq, line in enumerate(shipment.lines, start=1)
        )
        codes.extend((code, position) for code in shipment_codes(order, shipment))
    return order_row, drafts, lines, codes


class NewOrders:
    """Rows for a batch of new orders, with their `imported` events."""

    def __init__(self, values: Values, actor: Actor, source: str) -> None:
        self.values = values
        self.orders: list[tuple[Any, ...]] = []
        self.shipments: list[tuple[Any, ...]] = []
        self.lines: list[tuple[Any, ...]] = []
        self.codes: list[tuple[Any, ...]] = []
        self.events: list[tuple[Any, ...]] = []
        self.reserved: dict[int, int] = {}
        self._source = source
        self._event_head = (
            values.when(actor.at),
            actor.station,
            actor.operator,
            EventKind.IMPORTED.value,
        )
        self._no_holds = values.json([])

    def __len__(self) -> int:
        return len(self.orders)

    def add(self, rows: OrderRows, decisions: list[Decision]) -> None:
        """A new order's rows, its shipments in the states decided for them."""
        order_row, drafts, lines, codes = rows
        index = len(self.orders)
        base = len(self.shipments)
        self.orders.append(order_row)
        for (head, tail, fingerprint), (state, holds, reserved) in zip(
            drafts, decisions, strict=True
        ):
            position = len(self.shipments)
            self.shipments.append(
                (
                    index,
                    *head,
                    state.value,
                    *tail,
                    self.values.json(holds_to_json(holds)) if holds else self._no_holds,
                    reserved,
                    None,
                    fingerprint,
                )
            )
            reason = "; ".join(hold.message.render() for hold in holds)
            self.events.append(
                (*self._event_head, index, position, state.value, reason, self._source)
            )
        if base:
            self.lines.extend((base + line[0], *line[1:]) for line in lines)
            self.codes.extend((code, base + place) for code, place in codes)
        else:
            self.lines.extend(lines)
            self.codes.extend(codes)

    def rows(self) -> tuple[list[tuple[Any, ...]], ...]:
        return self.orders, self.shipments, self.lines, self.codes, self.events


def _base_marker(table: Table) -> str:
    return f"__{table.name}_base__"


@cache
def _insert_sql(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> str:
    """INSERT for `columns`; a parent id column adds a marker for its batch's first id."""
    parents = dict(next(spec[2] for spec in TABLES if spec[0] is table))
    values = {}
    for i, column in enumerate(columns):
        parameter = bindparam(f"p{i}")
        parent = parents.get(column)
        values[column] = (
            parameter if parent is None else parameter + literal_column(_base_marker(parent))
        )
    compiled = insert(table).values(values).compile(dialect=dialect)
    if compiled.positiontup != [f"p{i}" for i in range(len(columns))]:
        raise RuntimeError(f"{table.name}: columns out of table order")
    return str(compiled)


def write_sqlite(connection: Connection, batch: NewOrders) -> None:
    """One write transaction: ids are consecutive, so the batch's first ids are max - n + 1."""
    dialect = connection.dialect
    bases: dict[Table, int] = {}
    for (table, columns, parents), rows in zip(TABLES, batch.rows(), strict=True):
        if not rows:
            continue
        sql = _insert_sql(dialect, table, columns)
        for parent in parents.values():
            sql = sql.replace(_base_marker(parent), str(bases[parent]))
        connection.exec_driver_sql(sql, rows)
        if table is ORDERS or table is SHIPMENTS:
            last = connection.scalar(select(func.max(table.c.id)))
            bases[table] = last - len(rows) + 1
    change_reserved(connection, batch.reserved)


def write_generic(connection: Connection, batch: NewOrders) -> None:
    """Any database: SQLAlchemy converts the values and gives the new ids back."""
    ids: dict[Table, list[int]] = {}
    for (table, columns, parents), rows in zip(TABLES, batch.rows(), strict=True):
        if not rows:
            continue
        dicts = []
        for row in rows:
            item = dict(zip(columns, row, strict=True))
            for column, parent in parents.items():
                item[column] = ids[parent][item[column]]
            dicts.append(item)
        if table is ORDERS or table is SHIPMENTS:
            result = connection.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), dicts
            )
            ids[table] = list(result.scalars())
        else:
            connection.execute(insert(table), dicts)
    change_reserved(connection, batch.reserved)


def write_postgres(connection: Connection, batch: NewOrders) -> None:
    """PostgreSQL: the order and shipment ids are taken from their sequences first, then every
    table's rows are streamed in with COPY, some forty times faster than INSERT … RETURNING
    for a 100,000-order file. The other stations hear of the new orders when it commits."""
    ids: dict[Table, list[int]] = {}
    with connection.connection.driver_connection.cursor() as cursor:
        for (table, columns, parents), rows in zip(TABLES, batch.rows(), strict=True):
            if not rows:
                continue
            names = columns
            if table is ORDERS or table is SHIPMENTS:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, 'id'))"
                    " FROM generate_series(1, %s)",
                    (table.name, len(rows)),
                )
                ids[table] = [row[0] for row in cursor.fetchall()]
                names = ("id", *columns)
            mapped = [(columns.index(column), ids[parent]) for column, parent in parents.items()]
            own = ids.get(table)
            copy_sql = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
            with cursor.copy(copy_sql) as copy:
                for index, row in enumerate(rows):
                    values = list(row)
                    for position, parent_ids in mapped:
                        values[position] = parent_ids[values[position]]
                    copy.write_row(values if own is None else (own[index], *values))
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
