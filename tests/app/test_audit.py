"""The audit trail's CSV export: UTF-8 with a BOM, the times local, the kinds and states in
words, and no cell a spreadsheet would run."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest

from sqlalchemy import select

from packstation.app.audit import AuditFilters, save_audit_csv, search
from packstation.app.context import Station
from packstation.app.intake import Intake
from packstation.app.settings import Settings
from packstation.domain.audit import KIND_LABELS, EventKind
from packstation.store.database import Database
from packstation.store.events import add_events, event_row
from packstation.store.schema import ORDERS
from tests.builders import NOW, load_products, rakuten

NUMBER = "502763-20261122-00000001"


def test_every_kind_has_a_name() -> None:
    assert set(KIND_LABELS) == set(EventKind)


@pytest.mark.both_databases
def test_the_csv_neutralises_formulas_and_keeps_japanese_in_utf8_with_a_bom(
    db: Database, station: Station, settings: Settings, tmp_path: Path
) -> None:
    load_products(db)
    Intake(db, station, settings).store_orders([rakuten(NUMBER, ("CUP", 1))], "test")
    with db.engine.begin() as connection:
        order_id = connection.scalar(select(ORDERS.c.id))
        add_events(
            connection,
            [
                event_row(
                    NOW - timedelta(hours=1),
                    "bench-1",
                    "山田花子",
                    EventKind.TRANSITION,
                    order_id=order_id,
                    from_state="confirmed",
                    to_state="on_hold",
                    reason="=CMD()",
                    detail="+81-3-1234-5678",
                    quantity=2,
                )
            ],
        )
    since, until = NOW - timedelta(hours=2), NOW
    page = search(db, AuditFilters(since, until, kinds={EventKind.TRANSITION}))
    path = tmp_path / "exports" / "audit.csv"
    save_audit_csv(path, page.rows)

    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "山田花子".encode() in data
    header, row = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert header == [
        "Time",
        "Station",
        "Operator",
        "Kind",
        "Order",
        "State",
        "Code",
        "Outcome",
        "Quantity",
        "Reason",
        "Detail",
    ]
    assert row[0] == (NOW - timedelta(hours=1)).astimezone().isoformat(timespec="seconds")
    assert row[1:9] == [
        "bench-1",
        "山田花子",
        "state changed",
        NUMBER,
        "confirmed → on hold",
        "",
        "",
        "2",
    ]
    assert row[9] == "'=CMD()"  # shown as text, never run
    assert row[10] == "+81-3-1234-5678"  # a phone number kept as written
    assert not list(tmp_path.rglob("*.part"))
