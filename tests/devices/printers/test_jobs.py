"""Safe printing against the simulator: status before and after, and the retry rules."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from packstation.devices.printers.connections import ConnectionSpec, open_connection
from packstation.devices.printers.escpos_status import STATUS_QUERY
from packstation.devices.printers.jobs import (
    ConfirmationRequired,
    JobOutcome,
    JobState,
    Printer,
    PrintJob,
)
from packstation.devices.printers.label_media import LabelMedia
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.simulator import PrinterSimulator
from packstation.devices.printers.status import PrinterStatus
from tests.devices.printers.conftest import StartSimulator, receipt

WAYBILL = PrintJob(
    "waybill-1001", receipt(*(f"Waybill 1001 line {n}" for n in range(30))), "Waybill 1001"
)


def printer_for(simulator: PrinterSimulator, **options: object) -> Printer:
    spec = ConnectionSpec("network", f"127.0.0.1:{simulator.port}", timeout=5)
    return Printer(lambda: open_connection(spec), "escpos", **options)  # type: ignore[arg-type]


def test_a_ready_printer_prints_the_job(simulator: PrinterSimulator) -> None:
    printer = printer_for(simulator)
    outcome = printer.print_job(WAYBILL)
    assert outcome.state is JobState.PRINTED and outcome.reason is None
    assert outcome.status_checked and outcome.status_after == PrinterStatus()
    [job] = simulator.wait_for_jobs(1, timeout=5)
    assert job.complete and job.text.startswith("Waybill 1001 line 0")
    assert printer.ledger.state(WAYBILL.job_id) is JobState.PRINTED


def test_out_of_paper_nothing_is_sent_and_a_retry_after_loading_paper_prints(
    simulator: PrinterSimulator,
) -> None:
    printer = printer_for(simulator)
    simulator.status = PrinterStatus(paper_end=True)
    outcome = printer.print_job(WAYBILL)
    assert outcome.state is JobState.NOT_SENT and not outcome.retry_needs_confirmation
    assert "out of paper" in str(outcome.reason)
    assert simulator.received == STATUS_QUERY
    assert printer.ledger.state(WAYBILL.job_id) is JobState.NOT_SENT

    simulator.status = PrinterStatus()
    assert printer.retry(WAYBILL, confirmed=False).state is JobState.PRINTED
    assert len(simulator.wait_for_jobs(1, timeout=5)) == 1


def test_an_open_cover_is_not_sent_either(simulator: PrinterSimulator) -> None:
    simulator.status = PrinterStatus(cover_open=True, online=False)
    outcome = printer_for(simulator).print_job(WAYBILL)
    assert outcome.state is JobState.NOT_SENT
    assert "cover is open" in str(outcome.reason)


def test_a_printed_job_is_not_sent_again_unless_the_packer_confirms(
    simulator: PrinterSimulator,
) -> None:
    printer = printer_for(simulator)
    printer.print_job(WAYBILL)
    simulator.wait_for_jobs(1, timeout=5)
    received = simulator.received
    for attempt in (lambda: printer.print_job(WAYBILL), lambda: printer.retry(WAYBILL, False)):
        with pytest.raises(ConfirmationRequired) as refused:
            attempt()
        assert "already printed" in str(refused.value.message)
    assert simulator.received == received

    assert printer.retry(WAYBILL, confirmed=True).state is JobState.PRINTED
    assert len(simulator.wait_for_jobs(2, timeout=5)) == 2


def test_paper_running_out_mid_job_is_interrupted_and_needs_confirmation(
    simulator: PrinterSimulator,
) -> None:
    printer = printer_for(simulator)
    simulator.paper_out_after(len(STATUS_QUERY) + len(WAYBILL.payload) // 2)
    outcome = printer.print_job(WAYBILL)
    assert outcome.state is JobState.INTERRUPTED and outcome.retry_needs_confirmation
    assert outcome.status_after is not None and outcome.status_after.paper_end
    assert "partly printed" in str(outcome.reason) and "out of paper" in str(outcome.reason)
    [job] = simulator.wait_for_jobs(1, timeout=5)
    assert not job.complete

    simulator.status = PrinterStatus()
    with pytest.raises(ConfirmationRequired) as refused:
        printer.retry(WAYBILL, confirmed=False)
    assert "may be partly printed" in str(refused.value.message)
    assert printer.retry(WAYBILL, confirmed=True).state is JobState.PRINTED
    assert simulator.wait_for_jobs(2, timeout=5)[1].complete


def test_the_link_dropping_mid_send_is_interrupted_with_the_printer_named(
    simulator: PrinterSimulator,
) -> None:
    printer = printer_for(simulator)
    simulator.disconnect_after(len(STATUS_QUERY) + len(WAYBILL.payload) // 2)
    outcome = printer.print_job(WAYBILL)
    assert outcome.state is JobState.INTERRUPTED
    assert f"127.0.0.1:{simulator.port}" in str(outcome.reason)
    assert not simulator.wait_for_jobs(1, timeout=5)[0].complete
    assert printer.ledger.state(WAYBILL.job_id) is JobState.INTERRUPTED


def test_no_printer_listening_is_not_sent(
    simulator: PrinterSimulator,
) -> None:
    printer = printer_for(simulator)
    simulator.close()
    outcome = printer.print_job(WAYBILL)
    assert outcome.state is JobState.NOT_SENT
    assert "does not answer" in str(outcome.reason)


def test_a_link_without_status_prints_and_says_it_could_not_check(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    target.write_bytes(b"")
    printer = Printer(lambda: open_connection(ConnectionSpec("file", str(target))), "escpos")
    outcome = printer.print_job(WAYBILL)
    assert outcome.state is JobState.PRINTED and not outcome.status_checked
    assert "cannot report its status" in str(outcome.reason)
    assert target.read_bytes() == WAYBILL.payload


class HistoryLedger:
    """A ledger that keeps every record, as a database table of attempts would."""

    def __init__(self) -> None:
        self.history: list[tuple[str, JobState]] = []

    def state(self, job_id: str) -> JobState | None:
        states = [state for known, state in self.history if known == job_id]
        return states[-1] if states else None

    def record(self, job_id: str, outcome: JobOutcome) -> None:
        self.history.append((job_id, outcome.state))


def test_the_ledger_says_interrupted_before_the_first_byte_goes_out(
    simulator: PrinterSimulator,
) -> None:
    ledger = HistoryLedger()
    printer = printer_for(simulator, ledger=ledger)
    printer.print_job(WAYBILL)
    assert ledger.history == [
        ("waybill-1001", JobState.INTERRUPTED),
        ("waybill-1001", JobState.PRINTED),
    ]


def test_a_job_brought_with_its_own_ledger_is_kept_there(simulator: PrinterSimulator) -> None:
    printer, own = printer_for(simulator), HistoryLedger()
    printer.print_job(WAYBILL, own)
    assert own.history == [
        ("waybill-1001", JobState.INTERRUPTED),
        ("waybill-1001", JobState.PRINTED),
    ]
    assert printer.ledger.state(WAYBILL.job_id) is None
    with pytest.raises(ConfirmationRequired):
        printer.retry(WAYBILL, False, own)
    assert printer.print_job(WAYBILL).state is JobState.PRINTED  # the printer's own knows nothing


def test_a_printer_speaking_another_language_is_not_sent_to(
    start_simulator: StartSimulator,
) -> None:
    label_printer = start_simulator("zpl")
    spec = ConnectionSpec("network", f"127.0.0.1:{label_printer.port}")
    printer = Printer(lambda: open_connection(spec), "escpos", status_timeout=0.3)
    outcome = printer.print_job(WAYBILL)
    assert outcome.state is JobState.NOT_SENT
    assert label_printer.received == STATUS_QUERY


@pytest.mark.parametrize("protocol", ["zpl", "tspl"])
def test_label_printers_are_asked_in_their_own_language(
    start_simulator: StartSimulator, protocol: str
) -> None:
    encoder = pytest.importorskip(f"packstation.devices.printers.{protocol}")
    pytest.importorskip(f"packstation.devices.printers.{protocol}_decode")
    media = LabelMedia(Decimal(10), Decimal(5))
    label = PrintJob(
        f"label-{protocol}", encoder.encode_label(Bitmap(80, 40, bytes(400)), media), "Label"
    )
    label_printer = start_simulator(protocol)
    spec = ConnectionSpec("network", f"127.0.0.1:{label_printer.port}")
    printer = Printer(lambda: open_connection(spec), protocol)

    label_printer.status = PrinterStatus(cover_open=True)
    refused = printer.print_job(label)
    assert refused.state is JobState.NOT_SENT and "cover is open" in str(refused.reason)
    label_printer.status = PrinterStatus()
    assert printer.retry(label, confirmed=False).state is JobState.PRINTED
    assert label_printer.wait_for_jobs(1, timeout=5)[0].complete


def test_asking_the_status(simulator: PrinterSimulator) -> None:
    simulator.status = PrinterStatus(paper_near_end=True)
    assert printer_for(simulator).status() == replace(PrinterStatus(), paper_near_end=True)
