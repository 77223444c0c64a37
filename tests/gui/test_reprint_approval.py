"""A waybill's reprint takes a supervisor's approval; the packing slip's the packer may."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from packstation.app.device_status import Device, Health
from packstation.app.doc_printing import SLIP, WAYBILL
from packstation.app.packing import Level
from packstation.app.user_admin import add_user
from packstation.domain.audit import Approved, EventKind
from packstation.domain.users import Role
from packstation.gui import dialogs
from packstation.store.database import Database
from packstation.store.schema import Event
from packstation.store.shipping import set_shipping
from tests.builders import rakuten
from tests.gui.conftest import scanner_burst
from tests.gui.test_main_window import NUMBER, wait_banner

BADGE = "BADGE-0042"


def approve_reprint(monkeypatch, reason: str, name: str = "", pin: str = "") -> None:  # type: ignore[no-untyped-def]
    """The reprint's dialog answered as a person would: a reason, and the supervisor's name
    and PIN where it asks for them."""

    def answer(dialog: dialogs.ReasonDialog) -> QDialog.DialogCode:
        dialog.reason.setText(reason)
        if dialog.supervisor is not None:
            dialog.supervisor.setText(name)
        if dialog.pin is not None:
            dialog.pin.setText(pin)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.ReasonDialog, "exec", answer)


@pytest.fixture
def crew(db_url: str) -> None:
    db = Database(db_url)
    add_user(db, "Mei", Role.ADMIN, "9999")
    add_user(db, "Sato", Role.SUPERVISOR, "5555")
    add_user(db, "Aiko", Role.PACKER, "1111", badge=BADGE)
    db.dispose()


def test_a_packer_reprints_a_waybill_only_with_a_supervisors_pin(  # type: ignore[no-untyped-def]
    qtbot, open_bench, simulated, crew, monkeypatch
) -> None:
    bench = open_bench(rakuten(NUMBER, ("TEA", 1)))
    with bench.services.db.engine.begin() as connection:
        set_shipping(connection, 1, "yamato", "", "444413758703")
    window, printers = bench.window, simulated.printers
    scanner_burst(window.lock.dialog, BADGE)
    qtbot.waitUntil(lambda: not window.lock.locked)
    statuses = window.devices.bar.statuses
    qtbot.waitUntil(lambda: statuses[Device.LABEL].health is Health.READY, timeout=5000)

    approve_reprint(monkeypatch, "torn", "Aiko", "1111")
    window.documents.reprint(WAYBILL, 1)
    wait_banner(qtbot, bench, Level.BAD, "Aiko is not a supervisor")
    approve_reprint(monkeypatch, "torn", "Sato", "0000")
    window.documents.reprint(WAYBILL, 1)
    wait_banner(qtbot, bench, Level.BAD, "Wrong name or PIN")
    qtbot.wait(300)
    assert printers[Device.LABEL].jobs == []

    approve_reprint(monkeypatch, "torn", "Sato", "5555")
    window.documents.reprint(WAYBILL, 1)
    qtbot.waitUntil(lambda: len(printers[Device.LABEL].jobs) == 1, timeout=15000)
    with bench.services.db.session() as session:
        approvals = session.execute(
            select(Event.operator, Event.outcome, Event.reason, Event.detail).where(
                Event.kind == EventKind.APPROVED.value
            )
        ).all()
    assert approvals == [("Aiko", Approved.REPRINT_WAYBILL.value, "torn", "Sato")]

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.documents.reprint(SLIP, 1)  # the packer's own: no approval asked
    qtbot.waitUntil(lambda: len(printers[Device.RECEIPT].jobs) == 1, timeout=15000)
