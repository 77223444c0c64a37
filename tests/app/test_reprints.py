"""A waybill's reprint takes a supervisor's approval, checked in the app and in the audit
trail with who approved; the packing slip's the packer may."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from packstation.app.doc_printing import SLIP, WAYBILL
from packstation.app.intake import Intake
from packstation.app.reprints import allow_reprint
from packstation.app.users import NO_APPROVAL, Access, Approval
from packstation.domain.audit import Approved, EventKind
from packstation.store.schema import Event
from tests.app.test_users import crew
from tests.builders import load_products, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"


def parcel(db, station, settings) -> int:  # type: ignore[no-untyped-def]
    load_products(db)
    Intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", 1))], "test")
    return 1


def approvals(db) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
    with db.session() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(Event.operator, Event.outcome, Event.reason, Event.detail).where(
                    Event.kind == EventKind.APPROVED.value
                )
            )
        ]


def test_a_waybill_reprint_needs_a_supervisor_once_there_are_users(  # type: ignore[no-untyped-def]
    db, station, settings, clock
) -> None:
    shipment = parcel(db, station, settings)
    crew(db)
    access = Access(db, clock)
    access.sign_in_badge("BADGE-0042")  # Aiko, a packer

    def reprint(kind: str, approval: Approval = NO_APPROVAL):  # type: ignore[no-untyped-def]
        return allow_reprint(db, station, settings, access, shipment, kind, "torn", approval)

    assert reprint(SLIP) is None  # the packer's own
    refused = reprint(WAYBILL)
    assert refused is not None and "supervisor must approve" in refused.render()
    packer = reprint(WAYBILL, Approval(name="Aiko", pin="1111"))
    assert packer is not None and "Aiko is not a supervisor" in packer.render()
    wrong = reprint(WAYBILL, Approval(name="Sato", pin="0000"))
    assert wrong is not None and wrong.render() == "Wrong name or PIN"
    assert approvals(db) == []
    assert reprint(WAYBILL, Approval(name="Sato", pin="5555")) is None
    assert reprint(WAYBILL, Approval(badge="BADGE-0007")) is None
    assert approvals(db) == [("aiko", Approved.REPRINT_WAYBILL.value, "torn", "Sato")] * 2


def test_without_users_the_station_pin_approves_a_waybill_reprint(  # type: ignore[no-untyped-def]
    db, station, settings, clock
) -> None:
    shipment = parcel(db, station, settings)
    access = Access(db, clock)

    def reprint(pin: str):  # type: ignore[no-untyped-def]
        approval = Approval(pin=pin)
        return allow_reprint(db, station, settings, access, shipment, WAYBILL, "", approval)

    assert reprint("") is None  # no PIN set: nothing asked, as for the other actions
    settings.set_supervisor_pin("1234")
    refused = reprint("0000")
    assert refused is not None and refused.render() == "Wrong supervisor PIN"
    assert reprint("1234") is None
    assert approvals(db) == []  # nobody by name to record
