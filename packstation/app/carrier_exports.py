"""The day's parcels as a file for the carrier's label software, and its tracking numbers back.

`export_day` writes the parcels of a carrier weighed that day that have no tracking number
yet (one that has one keeps it: the carrier would issue a second); `import_tracking` puts
the numbers the software issued on the parcels, each checked like a scanned one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Connection, select

from packstation.app.dispatch import carrier_of
from packstation.app.documents import waybill_data
from packstation.app.settings import Settings
from packstation.connectors.exports import b2cloud, ehiden
from packstation.connectors.exports.carrier_csv import NO_ADDRESS, Issued, Row, Waybill, write_rows
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.tracking import display, validate
from packstation.store.database import Database
from packstation.store.schema import SHIPMENTS
from packstation.store.shipping import (
    Parcel,
    load_parcel,
    set_tracking,
    shipment_by_reference,
    tracking_owner,
)

HAS_TRACKING = QT_TRANSLATE_NOOP(
    "Export", "Order {order} already has tracking number {tracking}: not exported"
)
NO_SUCH_ORDER = QT_TRANSLATE_NOOP("Export", "Line {line}: no parcel {order} here")
WRONG_NUMBER = QT_TRANSLATE_NOOP("Export", "Line {line}, order {order}: {reason}")
NUMBER_TAKEN = QT_TRANSLATE_NOOP(
    "Export",
    "Line {line}: tracking number {tracking} is already on order {other}: not given to {order}",
)
OTHER_NUMBER = QT_TRANSLATE_NOOP(
    "Export",
    "Line {line}: order {order} already has tracking number {tracking}: {new} not taken",
)
EXPORTED = QT_TRANSLATE_NOOP("Export", "%n parcels written to {file}", None, 1)
IMPORTED = QT_TRANSLATE_NOOP(
    "Export", "%n tracking numbers stored, {unchanged} already there, from {file}", None, 1
)


@dataclass(frozen=True, slots=True)
class CarrierFormat:
    carrier: str
    header: tuple[str, ...]
    row: Callable[[Waybill, str], Row]
    issued: Callable[[Path], Iterator[Issued | Message]]


FORMATS = {
    "b2cloud": CarrierFormat("yamato", b2cloud.HEADERS, b2cloud.row, b2cloud.issued),
    "ehiden": CarrierFormat("sagawa", ehiden.HEADERS, ehiden.row, ehiden.issued),
}


@dataclass(slots=True)
class Outcome:
    """How many went through, and what was left out or refused, each with its order."""

    done: int = 0
    unchanged: int = 0
    problems: list[Message] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)


def reference(parcel: Parcel) -> str:
    """The order reference a carrier file carries: the order number, and "-" and the
    parcel's place when the order has several."""
    if parcel.shipments_in_order > 1:
        return f"{parcel.number}-{parcel.seq}"
    return parcel.number


def _weighed_on(db: Database, day: date) -> list[Parcel]:
    start = datetime.combine(day, time()).astimezone()
    when = SHIPMENTS.c.weighed_at
    query = (
        select(SHIPMENTS.c.id)
        .where(when >= start, when < start + timedelta(days=1))
        .order_by(when, SHIPMENTS.c.id)
    )
    with db.engine.connect() as connection:
        found = (load_parcel(connection, sid) for sid in connection.scalars(query).all())
        return [parcel for parcel in found if parcel is not None]


def export_day(db: Database, settings: Settings, kind: str, day: date, path: Path) -> Outcome:
    """The carrier's parcels weighed on `day` as `kind`'s file at `path`."""
    carrier_format = FORMATS[kind]
    carrier = carrier_format.carrier
    outcome = Outcome()
    rows = []
    for parcel in _weighed_on(db, day):
        if carrier_of(parcel.carrier, parcel.marketplace, settings) != carrier:
            continue
        if parcel.tracking_number:
            shown = display(carrier, parcel.tracking_number)
            outcome.notes.append(HAS_TRACKING(order=parcel.label, tracking=shown))
            continue
        if parcel.ship_to is None:
            outcome.problems.append(NO_ADDRESS(order=parcel.label))
            continue
        service = parcel.service or settings.shipping.services.get(carrier, "")
        waybill = replace(waybill_data(parcel, settings, day), carrier=carrier, service=service)
        written = carrier_format.row(waybill, reference(parcel))
        outcome.problems.extend(written.problems)
        outcome.notes.extend(written.notes)
        if written.cells is not None:
            rows.append(written.cells)
    write_rows(path, carrier_format.header, rows)
    outcome.done = len(rows)
    return outcome


def import_tracking(db: Database, kind: str, path: Path) -> Outcome:
    """The numbers of the carrier software's export put on their parcels. A number another
    parcel has, or a parcel with another number, is refused; one already there is left."""
    carrier = FORMATS[kind].carrier
    outcome = Outcome()
    for item in FORMATS[kind].issued(path):
        if isinstance(item, Message):
            outcome.problems.append(item)
            continue
        with db.engine.begin() as connection:
            problem = _store_one(connection, carrier, item, outcome)
        if problem is not None:
            outcome.problems.append(problem)
    return outcome


def _store_one(
    connection: Connection, carrier: str, item: Issued, outcome: Outcome
) -> Message | None:
    check = validate(carrier, item.number)
    if not check.ok:
        return WRONG_NUMBER(line=item.line, order=item.reference, reason=check.message)
    shipment = shipment_by_reference(connection, item.reference)
    parcel = None if shipment is None else load_parcel(connection, shipment)
    if parcel is None:
        return NO_SUCH_ORDER(line=item.line, order=item.reference)
    number = check.normalized
    shown = display(carrier, number)
    if parcel.tracking_number == number:
        outcome.unchanged += 1
        return None
    if parcel.tracking_number:
        return OTHER_NUMBER(
            line=item.line,
            order=parcel.label,
            tracking=display(carrier, parcel.tracking_number),
            new=shown,
        )
    owner = tracking_owner(connection, number)
    if owner is not None:
        other = load_parcel(connection, owner)
        return NUMBER_TAKEN(
            line=item.line,
            tracking=shown,
            other=other.label if other else owner,
            order=parcel.label,
        )
    set_tracking(connection, parcel.shipment_id, carrier, number)
    outcome.done += 1
    return None
