"""Safe printing: ask before sending, check after, and never print a job twice by accident.

A job goes out only when the printer says it is ready (ESC/POS `DLE EOT`, ZPL `~HS`,
TSPL `ESC !?`); a link that cannot carry the answer (CUPS, a plain file) is said so in the
outcome and the job is sent anyway. After sending, the status is asked again: paper out
or cover open now means the job may be partly printed.

- NOT_SENT: nothing reached the printer; sending it again is safe and needs nobody.
- INTERRUPTED: part of it may be on paper; only the packer can decide to send it again.
- PRINTED: done; printing it again is a deliberate reprint.

The ledger remembers each job's state; it is recorded as INTERRUPTED before the first
byte goes out, so a station that dies mid-send does not later resend without asking.
A real printer answers status queries as they arrive, possibly before it has printed the
data in its buffer, so "PRINTED" means "taken without complaint", not "seen on paper".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from packstation.devices.printers.connections import (
    Connection,
    PrinterError,
    PrinterOffline,
    PrintFailed,
    ReplyLength,
    StatusUnavailable,
)
from packstation.devices.printers.status import PrinterStatus
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message

OFFLINE = QT_TRANSLATE_NOOP(
    "Printer", "The printer is offline: check that it is on and ready, then retry."
)
COVER_OPEN = QT_TRANSLATE_NOOP("Printer", "The printer's cover is open: close it, then retry.")
PAPER_END = QT_TRANSLATE_NOOP("Printer", "The printer is out of paper: load paper, then retry.")
PRINTER_FAULT = QT_TRANSLATE_NOOP(
    "Printer",
    "The printer reports an error (cutter, head or mechanism): clear it, then retry.",
)
PAUSED = QT_TRANSLATE_NOOP(
    "Printer", "The printer is paused: press its pause or feed button, then retry."
)
STOPPED_PART_WAY = QT_TRANSLATE_NOOP(
    "Printer",
    "Printing stopped part-way. {problem} The job may be partly printed: check the printout "
    "before you confirm a reprint.",
)
STATUS_GARBLED = QT_TRANSLATE_NOOP(
    "Printer",
    "The printer at {address} gave an answer that is not a status: check that the printer "
    "language in the settings (ESC/POS, ZPL or TSPL) is the printer's.",
)
SENDING_UNFINISHED = QT_TRANSLATE_NOOP(
    "Printer",
    'The station stopped while sending "{job}" to the printer: it may be partly printed.',
)
ALREADY_PRINTED = QT_TRANSLATE_NOOP(
    "Printer", '"{job}" was already printed: confirm to print it again.'
)
MAY_BE_PRINTED = QT_TRANSLATE_NOOP(
    "Printer",
    '"{job}" may be partly printed: check the printout, then confirm to print it again.',
)


class JobState(Enum):
    PRINTED = "printed"
    NOT_SENT = "not_sent"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class PrintJob:
    job_id: str  # stable for the document: the same waybill always has the same id
    payload: bytes  # the whole job in the printer's language
    description: str = ""  # what a person calls it: "Waybill 1234-5678"

    @property
    def name(self) -> str:
        return self.description or self.job_id


@dataclass(frozen=True)
class JobOutcome:
    job_id: str
    state: JobState
    reason: Message | None = None  # why not printed, why interrupted, or why unchecked
    status_checked: bool = True  # False: the link could not report the printer's status
    status_before: PrinterStatus | None = None
    status_after: PrinterStatus | None = None

    @property
    def retry_needs_confirmation(self) -> bool:
        return self.state is not JobState.NOT_SENT


class JobLedger(Protocol):
    """Where job states are kept: `record` is called once before the first byte goes out
    (INTERRUPTED) and once with the attempt's outcome. The printer keeps its own in memory;
    the app brings one backed by its database for each parcel's document."""

    def state(self, job_id: str) -> JobState | None: ...

    def record(self, job_id: str, outcome: JobOutcome) -> None: ...


class MemoryLedger:
    def __init__(self) -> None:
        self._outcomes: dict[str, JobOutcome] = {}

    def state(self, job_id: str) -> JobState | None:
        outcome = self._outcomes.get(job_id)
        return outcome.state if outcome else None

    def record(self, job_id: str, outcome: JobOutcome) -> None:
        self._outcomes[job_id] = outcome


class ConfirmationRequired(PrinterError):
    """The job was (maybe partly) printed before: only the packer may send it again."""


@dataclass(frozen=True)
class StatusQuery:
    request: bytes
    reply_length: ReplyLength
    parse: Callable[[bytes], PrinterStatus]


def status_query(protocol: str) -> StatusQuery:
    """How to ask a printer of this language for its status."""
    if protocol == "escpos":
        from packstation.devices.printers import escpos_status

        return StatusQuery(escpos_status.STATUS_QUERY, 4, escpos_status.parse_status)
    if protocol == "zpl":
        from packstation.devices.printers import zpl

        return StatusQuery(zpl.status_query(), zpl.host_status_end, zpl.parse_host_status)
    if protocol == "tspl":
        from packstation.devices.printers import tspl

        return StatusQuery(tspl.status_query(), 1, tspl.parse_reply)
    if protocol == "pdf":  # goes to a CUPS queue, which cannot carry the printer's answers
        return StatusQuery(b"", None, _no_status)
    raise ValueError(f"unknown printer language {protocol!r}")


def _no_status(reply: bytes) -> PrinterStatus:
    raise ValueError("a PDF printer has no status to parse")


def not_ready_reason(status: PrinterStatus) -> Message | None:
    """What stops the printer, with what to do about it; None when it is ready."""
    for stopped, text in (
        (status.cover_open, COVER_OPEN),
        (status.paper_end, PAPER_END),
        (status.error, PRINTER_FAULT),
        (status.paused, PAUSED),
        (not status.online, OFFLINE),
    ):
        if stopped:
            return text()
    return None


class Printer:
    """Sends jobs to one printer, one connection per job, keeping the ledger."""

    def __init__(
        self,
        connection_factory: Callable[[], Connection],
        protocol: str,
        *,
        ledger: JobLedger | None = None,
        status_timeout: float = 2.0,
    ) -> None:
        self._connect = connection_factory
        self._query = status_query(protocol)
        self.ledger: JobLedger = ledger if ledger is not None else MemoryLedger()
        self._status_timeout = status_timeout

    def status(self) -> PrinterStatus:
        """Ask now; `PrinterOffline` or `StatusUnavailable` when there is no answer."""
        connection = self._connect()
        try:
            return self._ask(connection)
        finally:
            connection.close()

    def print_job(self, job: PrintJob, ledger: JobLedger | None = None) -> JobOutcome:
        """Print a job not printed yet; `ConfirmationRequired` if it (maybe) was."""
        return self.retry(job, False, ledger)

    def retry(self, job: PrintJob, confirmed: bool, ledger: JobLedger | None = None) -> JobOutcome:
        """Send again: free after NOT_SENT, with `confirmed` after INTERRUPTED or PRINTED.
        `ledger` keeps this job's state where it is not the printer's own (a parcel's
        document: in the database)."""
        ledger = ledger if ledger is not None else self.ledger
        state = ledger.state(job.job_id)
        if not confirmed and state is JobState.PRINTED:
            raise ConfirmationRequired(ALREADY_PRINTED(job=job.name))
        if not confirmed and state is JobState.INTERRUPTED:
            raise ConfirmationRequired(MAY_BE_PRINTED(job=job.name))
        outcome = self._attempt(job, ledger)
        ledger.record(job.job_id, outcome)
        return outcome

    def _attempt(self, job: PrintJob, ledger: JobLedger) -> JobOutcome:
        def not_sent(reason: Message, before: PrinterStatus | None = None) -> JobOutcome:
            return JobOutcome(job.job_id, JobState.NOT_SENT, reason, status_before=before)

        try:
            connection = self._connect()
        except PrinterError as error:
            return not_sent(error.message)
        try:
            before: PrinterStatus | None = None
            unchecked: Message | None = None
            try:
                before = self._ask(connection)
            except StatusUnavailable as unavailable:
                unchecked = unavailable.message
            except PrinterOffline as error:
                return not_sent(error.message)
            if before is not None and (reason := not_ready_reason(before)) is not None:
                return not_sent(reason, before)
            ledger.record(
                job.job_id,
                JobOutcome(job.job_id, JobState.INTERRUPTED, SENDING_UNFINISHED(job=job.name)),
            )
            try:
                connection.send(job.payload)
            except PrintFailed as error:
                return not_sent(error.message, before)
            except PrinterOffline as error:
                return JobOutcome(
                    job.job_id, JobState.INTERRUPTED, error.message, status_before=before
                )
            if unchecked is not None:
                return JobOutcome(job.job_id, JobState.PRINTED, unchecked, status_checked=False)
            return self._after(job, connection, before)
        finally:
            connection.close()

    def _after(
        self, job: PrintJob, connection: Connection, before: PrinterStatus | None
    ) -> JobOutcome:
        try:
            after = self._ask(connection)
        except PrinterError as error:
            return JobOutcome(
                job.job_id,
                JobState.INTERRUPTED,
                STOPPED_PART_WAY(problem=error.message),
                status_before=before,
            )
        problem = not_ready_reason(after)
        if problem is not None:
            return JobOutcome(
                job.job_id,
                JobState.INTERRUPTED,
                STOPPED_PART_WAY(problem=problem),
                status_before=before,
                status_after=after,
            )
        return JobOutcome(job.job_id, JobState.PRINTED, status_before=before, status_after=after)

    def _ask(self, connection: Connection) -> PrinterStatus:
        query = self._query
        reply = connection.query(query.request, query.reply_length, self._status_timeout)
        try:
            return query.parse(reply)
        except ValueError as error:
            raise PrinterOffline(STATUS_GARBLED(address=connection.address)) from error
