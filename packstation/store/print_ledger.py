"""The print ledger: one printed_documents row for each attempt at printing a parcel's document.

The row is written as "interrupted" before the first byte goes to the printer, and its outcome
updates that row after; so a station that dies in between leaves a row that counts as "may be
printed", and the document is not printed again unless the packer asks for a reprint.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update

from packstation.store.schema import PRINTED

MAY_BE_PRINTED = ("printed", "interrupted")


def record_printed(connection: Connection, **values: object) -> int:
    """A new attempt; its row's id, for the outcome."""
    result = connection.execute(insert(PRINTED), values)
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def finish_printed(connection: Connection, row_id: int, state: str, detail: str) -> None:
    connection.execute(
        update(PRINTED).where(PRINTED.c.id == row_id).values(state=state, detail=detail)
    )


def job_state(connection: Connection, job_id: str) -> str | None:
    """The state of the job's latest attempt (None: never tried)."""
    return connection.scalar(
        select(PRINTED.c.state).where(PRINTED.c.job_id == job_id).order_by(PRINTED.c.id.desc())
    )


def printed_copies(connection: Connection, shipment_id: int, kind: str) -> int:
    """How many copies of this document were (or may have been) printed for the parcel: a
    job interrupted part-way counts, so that only the packer decides to print it again."""
    return connection.scalar(
        select(func.count()).where(
            PRINTED.c.shipment_id == shipment_id,
            PRINTED.c.kind == kind,
            PRINTED.c.state.in_(MAY_BE_PRINTED),
        )
    ) or 0
