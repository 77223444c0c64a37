"""The audit trail as the GUI searches it, and its CSV export.

The CSV is UTF-8 with a BOM, so that Excel reads the Japanese and Russian names right, and
every cell goes through `safe_cell`: a reason or code a buyer or a marketplace wrote
(`=CMD()`) is shown as text, never run as a formula."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from packstation.app.files import write_atomically
from packstation.connectors.exports.cells import safe_cell
from packstation.domain.audit import KIND_LABELS, EventKind
from packstation.domain.messages import QT_TRANSLATE_NOOP, Translate, untranslated
from packstation.domain.states import STATE_LABELS, OrderState
from packstation.store.audit_search import (
    AUDIT_LIMIT,
    AuditFilters,
    AuditPage,
    AuditRow,
    search_events,
)
from packstation.store.database import Database

__all__ = [
    "AUDIT_LIMIT",
    "AuditFilters",
    "AuditPage",
    "AuditRow",
    "audit_csv",
    "cells",
    "kind_name",
    "save_audit_csv",
    "search",
    "state_change",
]

HEADERS = (
    QT_TRANSLATE_NOOP("AuditCsv", "Time"),
    QT_TRANSLATE_NOOP("AuditCsv", "Station"),
    QT_TRANSLATE_NOOP("AuditCsv", "Operator"),
    QT_TRANSLATE_NOOP("AuditCsv", "Kind"),
    QT_TRANSLATE_NOOP("AuditCsv", "Order"),
    QT_TRANSLATE_NOOP("AuditCsv", "State"),
    QT_TRANSLATE_NOOP("AuditCsv", "Code"),
    QT_TRANSLATE_NOOP("AuditCsv", "Outcome"),
    QT_TRANSLATE_NOOP("AuditCsv", "Quantity"),
    QT_TRANSLATE_NOOP("AuditCsv", "Reason"),
    QT_TRANSLATE_NOOP("AuditCsv", "Detail"),
)


def search(db: Database, filters: AuditFilters) -> AuditPage:
    with db.engine.connect() as connection:
        return search_events(connection, filters)


def kind_name(kind: str, translate: Translate = untranslated) -> str:
    """The kind as a person reads it; a kind this version does not know, as stored."""
    if kind in EventKind.__members__.values():
        return KIND_LABELS[EventKind(kind)]().render(translate)
    return kind


def state_change(row: AuditRow, translate: Translate = untranslated) -> str:
    """`packing → packed`, in the reader's language; "" for an event that changed no state."""
    if not (row.from_state or row.to_state):
        return ""
    return f"{_state(row.from_state, translate)} → {_state(row.to_state, translate)}".strip()


def _state(value: str | None, translate: Translate) -> str:
    if value in OrderState.__members__.values():
        return STATE_LABELS[OrderState(value)]().render(translate)
    return value or ""


def cells(row: AuditRow, translate: Translate = untranslated) -> tuple[str, ...]:
    """An event's columns after its time, as the audit table and its CSV show them."""
    return (
        row.station,
        row.operator,
        kind_name(row.kind, translate),
        row.order_number or "",
        state_change(row, translate),
        row.code or "",
        row.outcome or "",
        "" if row.quantity is None else str(row.quantity),
        row.reason,
        row.detail,
    )


def audit_csv(rows: Iterable[AuditRow], translate: Translate = untranslated) -> bytes:
    """The events as CSV: the time local and ISO 8601, each cell safe for a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(header().render(translate)) for header in HEADERS])
    for row in rows:
        at = row.at.astimezone().isoformat(timespec="seconds")
        writer.writerow([safe_cell(cell) for cell in (at, *cells(row, translate))])
    return buffer.getvalue().encode("utf-8-sig")


def save_audit_csv(
    path: Path, rows: Iterable[AuditRow], translate: Translate = untranslated
) -> None:
    """The export written whole or not at all."""
    write_atomically(path, audit_csv(rows, translate))
