"""A station killed mid-order loses nothing: the scans it reported are in the database, and a
waybill it sent is not printed again unless the packer asks for a reprint."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.app.device_settings import PrinterSettings
from packstation.app.device_status import Device
from packstation.app.doc_printing import WAYBILL, prepare, print_document
from packstation.app.intake import Intake
from packstation.app.packing import PackingService
from packstation.app.printing import PrintService
from packstation.devices.printers.jobs import JobState
from packstation.devices.printers.simulation import DecodedJob
from packstation.devices.printers.simulator import PrinterSimulator, decoder_for
from packstation.devices.printers.status import PrinterStatus
from packstation.store.schema import PRINTED
from packstation.store.shipping import set_shipping
from tests.builders import TEA, load_products, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"
ROOT = Path(__file__).resolve().parents[2]

STATION = textwrap.dedent(
    f"""
    import sys, time
    from packstation.app.context import Station
    from packstation.app.packing import PackingService
    from packstation.app.settings import Settings
    from packstation.store.database import Database

    bench = PackingService(Database(sys.argv[1]), Station("bench-1", "aiko"), Settings())
    bench.scan("{NUMBER}", 0)
    for i in range(3):
        result = bench.scan("{TEA}", 1000.0 * (i + 1))
        print(result.message.render(), flush=True)
    time.sleep(60)
    """
)


def test_killed_mid_order_resumes_with_every_reported_scan(db, db_url, station, settings) -> None:  # type: ignore[no-untyped-def]
    load_products(db)
    Intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", 5))], "test")
    process = subprocess.Popen(
        [sys.executable, "-c", STATION, db_url],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    reported = [process.stdout.readline().strip() for _ in range(3)]
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert reported[-1].endswith("3 of 5")
    resumed = PackingService(db, station, settings).resume()
    assert resumed is not None and resumed.view is not None
    assert resumed.view.lines[0].scanned == 3


WEIGHING = textwrap.dedent(
    f"""
    import sys, time
    from decimal import Decimal
    from packstation.app.context import Station
    from packstation.app.packing import PackingService
    from packstation.app.settings import Settings
    from packstation.store.database import Database

    settings = Settings()
    settings.scale.enabled = True
    settings.label_printer.enabled = True
    bench = PackingService(Database(sys.argv[1]), Station("bench-1", "aiko"), settings)
    bench.scan("{NUMBER}", 0)
    bench.scan("{TEA}", 1000.0)
    print(bench.stage.value, flush=True)  # the scale's reading is being taken now
    if sys.argv[2] == "weighed":
        print(bench.weigh(Decimal(sys.argv[3])).message.render(), flush=True)
    time.sleep(60)
    """
)


def killed(db_url: str, step: str, grams: str = "0") -> list[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WEIGHING, db_url, step, grams],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    said = [process.stdout.readline().strip() for _ in range(1 if step == "weighing" else 2)]
    process.send_signal(signal.SIGKILL)
    process.wait()
    return said


def weighing_bench(db, station, settings):  # type: ignore[no-untyped-def]
    settings.scale.enabled = True
    settings.label_printer.enabled = True
    load_products(db)
    Intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", 1))], "test")


def test_killed_during_the_weight_capture_resumes_at_the_weight(db, db_url, station, settings) -> None:  # type: ignore[no-untyped-def]
    weighing_bench(db, station, settings)
    assert killed(db_url, "weighing") == ["weighing"]
    bench = PackingService(db, station, settings)
    resumed = bench.resume()
    assert resumed is not None and resumed.view is not None
    assert bench.stage.value == "weighing" and resumed.view.lines[0].scanned == 1
    assert resumed.view.weight is None


def test_killed_after_the_weight_was_taken_resumes_at_the_label(db, db_url, station, settings) -> None:  # type: ignore[no-untyped-def]
    weighing_bench(db, station, settings)
    said = killed(db_url, "weighed", "125")  # the tea's catalogue weight: the check passes
    assert said[0] == "weighing" and said[1].startswith("Weight 125 g"), said
    bench = PackingService(db, station, settings)
    resumed = bench.resume()
    assert resumed is not None and resumed.view is not None
    assert resumed.view.weight is not None and bench.stage.value == "labelling"


PRINTING = textwrap.dedent(
    """
    import sys
    from datetime import date
    from packstation.app.context import Station
    from packstation.app.device_settings import PrinterSettings
    from packstation.app.device_status import Device
    from packstation.app.doc_printing import WAYBILL, prepare, print_document
    from packstation.app.printing import PrintService
    from packstation.app.settings import Settings
    from packstation.store.database import Database

    db, settings = Database(sys.argv[1]), Settings()
    settings.label_printer = PrinterSettings(enabled=True, language="zpl", address=sys.argv[2])
    document = prepare(db, settings, 1, WAYBILL, False)
    service = PrintService(Device.LABEL, settings.label_printer)
    print_document(service, db, Station("bench-1", "aiko"), document, settings, date.today())
    print("recorded", flush=True)
    """
)


class AnswersOnce:
    """A ZPL printer that answers the status query before the job and not the one after it:
    the station waits for that answer while the test kills it."""

    def __init__(self) -> None:
        self._decoder = decoder_for("zpl", 203)
        self._answered = False

    def feed(self, data: bytes, status: PrinterStatus) -> bytes:
        reply = self._decoder.feed(data, status)
        if reply and self._answered:
            return b""
        self._answered = self._answered or bool(reply)
        return reply

    def take_jobs(self) -> list[DecodedJob]:
        return self._decoder.take_jobs()

    def close(self) -> list[DecodedJob]:
        return self._decoder.close()


def test_killed_between_sending_the_waybill_and_its_outcome_does_not_print_it_again(
    db, db_url, station, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    load_products(db)
    Intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", 1))], "test")
    with db.engine.begin() as connection:
        set_shipping(connection, 1, "yamato", "宅急便", "444413758703")
    withholding = [True]
    with PrinterSimulator(
        "zpl",
        out_dir=tmp_path / "label",
        decoder_factory=lambda: AnswersOnce() if withholding[0] else decoder_for("zpl", 203),
    ) as label:
        address = f"127.0.0.1:{label.port}"
        process = subprocess.Popen(
            [sys.executable, "-c", PRINTING, db_url, address],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        try:
            label.wait_for_jobs(1, timeout=60)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        assert process.stdout is not None and process.stdout.read() == ""
        with db.engine.connect() as connection:
            row = connection.execute(select(PRINTED)).one()
        assert (row.copy, row.reprint, row.state) == (1, False, "interrupted")
        assert row.detail.startswith("The station stopped while sending")

        withholding[0] = False
        received = label.received
        settings.label_printer = PrinterSettings(enabled=True, language="zpl", address=address)
        assert prepare(db, settings, 1, WAYBILL, False) is None  # the automatic print
        assert label.received == received
        document = prepare(db, settings, 1, WAYBILL, True)  # the packer's reprint
        assert document is not None
        service = PrintService(Device.LABEL, settings.label_printer)
        printout = print_document(service, db, station, document, settings, date.today())
        assert printout.outcome.state is JobState.PRINTED
        assert len(label.wait_for_jobs(2, timeout=10)) == 2
    with db.engine.connect() as connection:
        printed = connection.execute(
            select(PRINTED.c.copy, PRINTED.c.reprint, PRINTED.c.state).order_by(PRINTED.c.id)
        ).all()
    assert [tuple(row) for row in printed] == [(1, False, "interrupted"), (2, True, "printed")]
