"""Printing through a real CUPS raw queue whose socket backend connects to the simulator.

Needs `lpadmin`, `lp` and a running cupsd (hardware.md §5); skipped without them unless
PACKSTATION_REQUIRE_CUPS=1 (CI, where .ci/run installs and starts CUPS) makes it a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest

from packstation.app.device_settings import PrinterSettings
from packstation.app.device_status import Device
from packstation.app.device_tests import print_test
from packstation.devices.printers.connections import ConnectionSpec, PrintFailed, open_connection
from packstation.devices.printers.jobs import JobState, Printer, PrintJob
from packstation.devices.printers.simulator import PrinterSimulator
from tests.devices.printers.conftest import receipt


def need(what: str) -> None:
    if os.environ.get("PACKSTATION_REQUIRE_CUPS") == "1":
        pytest.fail(f"PACKSTATION_REQUIRE_CUPS=1 but {what}")
    pytest.skip(what)


def need_lp() -> None:
    if shutil.which("lp") is None:
        need("lp (cups-client) is not installed")


def need_cupsd() -> None:
    need_lp()
    if shutil.which("lpadmin") is None or shutil.which("lpstat") is None:
        need("lpadmin/lpstat (cups-client) are not installed")
    answer = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    if "is running" not in answer.stdout or "not running" in answer.stdout:
        need("cupsd is not running")


@pytest.fixture
def raw_queue(simulator: PrinterSimulator) -> Iterator[str]:
    """`lpadmin -p QUEUE -E -v socket://127.0.0.1:PORT -m raw`, deleted afterwards."""
    need_cupsd()
    queue = f"PS_RAW_{os.getpid()}"
    device = f"socket://127.0.0.1:{simulator.port}"
    subprocess.run(
        ["lpadmin", "-p", queue, "-E", "-v", device, "-m", "raw"],
        capture_output=True,
        check=True,
        timeout=30,
    )
    yield queue
    subprocess.run(["lpadmin", "-x", queue], capture_output=True, check=False, timeout=30)


def test_a_job_goes_through_a_cups_raw_queue_to_the_printer(
    raw_queue: str, simulator: PrinterSimulator
) -> None:
    spec = ConnectionSpec("cups", raw_queue, timeout=30)
    printer = Printer(lambda: open_connection(spec), "escpos")
    outcome = printer.print_job(PrintJob("slip-7", receipt("Through CUPS", "Order 7"), "Slip 7"))
    assert outcome.state is JobState.PRINTED and not outcome.status_checked
    assert f"CUPS {raw_queue}" in str(outcome.reason)
    [job] = simulator.wait_for_jobs(1, timeout=30)
    assert job.complete and job.text.startswith("Through CUPS\nOrder 7")


def test_an_unknown_queue_is_a_clear_print_failure() -> None:
    need_lp()
    connection = open_connection(ConnectionSpec("cups", "PS_NO_SUCH_QUEUE", timeout=30))
    with pytest.raises(PrintFailed) as raised:
        connection.send(receipt("nowhere"))
    message = str(raised.value.message)
    assert '"PS_NO_SUCH_QUEUE"' in message and "Check the queue name" in message
    assert "lp:" in message


def test_an_unknown_queue_is_not_sent_and_may_be_retried() -> None:
    need_lp()
    spec = ConnectionSpec("cups", "PS_NO_SUCH_QUEUE", timeout=30)
    outcome = Printer(lambda: open_connection(spec), "escpos").print_job(
        PrintJob("slip-8", receipt("nowhere"))
    )
    assert outcome.state is JobState.NOT_SENT and not outcome.retry_needs_confirmation


def test_a_pdf_label_goes_to_a_cups_queue_as_a_document(
    raw_queue: str, simulator: PrinterSimulator
) -> None:
    settings = PrinterSettings(enabled=True, language="pdf", connection="cups", address=raw_queue)
    result = print_test(Device.LABEL, settings, "bench-1")
    assert result.ok, result.message.render()
    for _ in range(300):  # the raw queue passes the document on as it is
        if simulator.received.startswith(b"%PDF") and simulator.received.rstrip().endswith(
            b"%%EOF"
        ):
            break
        time.sleep(0.1)
    assert simulator.received.startswith(b"%PDF")
