"""The print ledger in the database: the intent before the first byte, the outcome on the same
row, and a printer started again (or another station) reading what the last one left."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.app.device_settings import PrinterSettings
from packstation.app.device_status import Device
from packstation.app.doc_printing import WAYBILL, prepare, print_document
from packstation.app.intake import Intake
from packstation.app.printing import PrintService
from packstation.devices.printers import zpl
from packstation.devices.printers.jobs import ConfirmationRequired, JobState
from packstation.devices.printers.simulator import PrinterSimulator
from packstation.devices.printers.status import PrinterStatus
from packstation.store.database import Database
from packstation.store.schema import PRINTED
from packstation.store.shipping import set_shipping
from tests.builders import load_products, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"
DAY = date(2026, 11, 23)


@pytest.fixture
def label(tmp_path: Path) -> Iterator[PrinterSimulator]:
    with PrinterSimulator("zpl", out_dir=tmp_path / "label") as simulator:
        yield simulator


@pytest.fixture
def parcel(db, station, settings, label):  # type: ignore[no-untyped-def]
    """Parcel 1 with its tracking number, the label printer on the simulator."""
    settings.label_printer = PrinterSettings(
        enabled=True, language="zpl", address=f"127.0.0.1:{label.port}"
    )
    load_products(db)
    Intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", 1))], "test")
    with db.engine.begin() as connection:
        set_shipping(connection, 1, "yamato", "宅急便", "444413758703")
    return 1


def rows(db: Database) -> list:  # type: ignore[type-arg]
    columns = (PRINTED.c.id, PRINTED.c.copy, PRINTED.c.reprint, PRINTED.c.state)
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(select(*columns).order_by(PRINTED.c.id))]


def print_waybill(db, station, settings, reprint: bool = False):  # type: ignore[no-untyped-def]
    """What the bench does: the copy on the database worker, the print on a printer of its own
    (a fresh one each time, as after a hub restart)."""
    document = prepare(db, settings, 1, WAYBILL, reprint)
    assert document is not None
    service = PrintService(Device.LABEL, settings.label_printer)
    return print_document(service, db, station, document, settings, DAY)


def test_the_intent_is_committed_before_the_bytes_and_the_outcome_updates_that_row(
    db, station, settings, parcel, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    seen: list[list] = []  # type: ignore[type-arg]
    with PrinterSimulator(
        "zpl", out_dir=tmp_path / "seen", on_job=lambda *job: seen.append(rows(db))
    ) as simulator:
        settings.label_printer.address = f"127.0.0.1:{simulator.port}"
        printout = print_waybill(db, station, settings)
    assert printout.outcome.state is JobState.PRINTED
    assert seen == [[(1, 1, False, "interrupted")]]  # while the printer took the job
    assert rows(db) == [(1, 1, False, "printed")]
    with db.engine.connect() as connection:
        row = connection.execute(select(PRINTED)).one()
    assert (row.shipment_id, row.kind, row.job_id) == (1, "waybill", "waybill-1-1")
    assert (row.station, row.operator, row.detail) == ("bench-1", "aiko", "")
    assert row.printer == settings.label_printer.address


def test_a_printer_that_refused_leaves_the_next_automatic_print_free(
    db, station, settings, parcel, label
) -> None:  # type: ignore[no-untyped-def]
    label.status = PrinterStatus(paper_end=True)
    refused = print_waybill(db, station, settings)
    assert refused.outcome.state is JobState.NOT_SENT
    assert label.received == zpl.status_query()
    label.status = PrinterStatus()
    assert print_waybill(db, station, settings).outcome.state is JobState.PRINTED
    assert len(label.wait_for_jobs(1, 10)) == 1
    assert rows(db) == [(1, 1, False, "not_sent"), (2, 1, False, "printed")]
    assert prepare(db, settings, 1, WAYBILL, False) is None


def test_a_restarted_printer_does_not_send_a_copy_already_sent(
    db, station, settings, parcel, label
) -> None:  # type: ignore[no-untyped-def]
    document = prepare(db, settings, 1, WAYBILL, False)
    assert document is not None
    print_waybill(db, station, settings)
    received = label.received
    restarted = PrintService(Device.LABEL, settings.label_printer)
    with pytest.raises(ConfirmationRequired):
        print_document(restarted, db, station, document, settings, DAY)
    assert label.received == received
    assert rows(db) == [(1, 1, False, "printed")]


def test_a_job_stopped_part_way_counts_as_printed_until_the_packer_reprints(
    db, station, settings, parcel, label
) -> None:  # type: ignore[no-untyped-def]
    label.paper_out_after(len(zpl.status_query()) + 100)
    stopped = print_waybill(db, station, settings)
    assert stopped.outcome.state is JobState.INTERRUPTED
    with db.engine.connect() as connection:
        assert "partly printed" in connection.scalar(select(PRINTED.c.detail))
    assert prepare(db, settings, 1, WAYBILL, False) is None
    label.status = PrinterStatus()
    assert print_waybill(db, station, settings, reprint=True).outcome.state is JobState.PRINTED
    assert rows(db) == [(1, 1, False, "interrupted"), (2, 2, True, "printed")]
