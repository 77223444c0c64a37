"""The print ledger of a parcel's documents, in the database (`store.print_ledger`).

A `DocumentLedger` is the `JobLedger` of one attempt at printing one copy: `Printer` calls it
on the printer's thread, so the intent is committed before the first byte goes out and the
outcome updates the same row after. A station killed in between leaves the copy as "may be
printed"; a hub restarted, or another station, reads the same ledger.
"""

from __future__ import annotations

from packstation.app.context import Station
from packstation.devices.printers.jobs import JobOutcome, JobState
from packstation.store import print_ledger
from packstation.store.database import Database


class DocumentLedger:
    """One attempt's row: written at the first `record`, updated at the next; a new attempt
    takes a new ledger."""

    def __init__(
        self,
        db: Database,
        station: Station,
        *,
        printer: str,
        shipment_id: int,
        kind: str,
        copy: int,
        reprint: bool,
    ) -> None:
        self._db = db
        self._row = dict(
            shipment_id=shipment_id,
            kind=kind,
            copy=copy,
            reprint=reprint,
            printer=printer,
            station=station.name,
            operator=station.operator,
        )
        self._station = station
        self._row_id: int | None = None  # this attempt's row, once written

    def state(self, job_id: str) -> JobState | None:
        with self._db.engine.connect() as connection:
            state = print_ledger.job_state(connection, job_id)
        return JobState(state) if state is not None else None

    def record(self, job_id: str, outcome: JobOutcome) -> None:
        detail = outcome.reason.render() if outcome.reason is not None else ""
        with self._db.engine.begin() as connection:
            if self._row_id is None:
                self._row_id = print_ledger.record_printed(
                    connection,
                    **self._row,
                    job_id=job_id,
                    state=outcome.state.value,
                    detail=detail,
                    at=self._station.now(),
                )
            else:
                print_ledger.finish_printed(connection, self._row_id, outcome.state.value, detail)
