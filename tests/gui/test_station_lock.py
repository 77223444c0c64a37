"""The window with users: locked at start, a badge scan signs in, idle locks it again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from packstation.app.packing import Level
from packstation.app.user_admin import add_user
from packstation.domain.users import Role
from packstation.gui import station_lock
from packstation.store.database import Database
from tests.builders import rakuten
from tests.gui.conftest import scanner_burst
from tests.gui.test_main_window import banner, wait_banner

NUMBER = "502763-20261122-00000001"
BADGE = "BADGE-0042"


@pytest.fixture
def crew(db_url: str) -> None:
    db = Database(db_url)
    add_user(db, "Mei", Role.ADMIN, "9999")
    add_user(db, "Aiko", Role.PACKER, "1111", badge=BADGE)
    db.dispose()


def test_locked_at_start_a_badge_signs_in_and_idle_locks_again(  # type: ignore[no-untyped-def]
    qtbot, open_bench, crew, monkeypatch
) -> None:
    monkeypatch.setattr(station_lock, "MINUTE_MS", 400)  # lock_after_minutes=10: 4 s
    bench = open_bench(rakuten(NUMBER, ("TEA", 2)))
    lock = bench.window.lock
    assert lock.locked and QApplication.activeModalWidget() is lock.dialog
    assert not bench.window.centralWidget().isVisible()
    scanner_burst(lock.dialog, "BADGE-9999")
    qtbot.waitUntil(lambda: "not known" in lock.dialog.problem.text())
    scanner_burst(lock.dialog, BADGE)
    qtbot.waitUntil(lambda: not lock.locked)
    assert lock.status.text() == "Signed in: Aiko (packer)"
    assert bench.window.centralWidget().isVisible()
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    qtbot.waitUntil(lambda: lock.locked, timeout=8000)  # idle: locked, the order left open
    assert lock.status.text() == "Locked"
    scanner_burst(lock.dialog, NUMBER)  # goes to the sign-in, not to the order
    qtbot.waitUntil(lambda: "not known" in lock.dialog.problem.text())
    assert NUMBER in banner(bench)[1] and bench.window.pack_view.view is not None
    assert bench.services.station.operator == "aiko"  # nobody signed in: the settings' name
    scanner_burst(lock.dialog, BADGE)
    qtbot.waitUntil(lambda: not lock.locked)
    view = bench.window.pack_view.view
    assert view is not None and NUMBER in view.label  # the order resumes as it was


def test_a_packer_may_not_open_the_settings_an_admin_may(  # type: ignore[no-untyped-def]
    qtbot, open_bench, crew, monkeypatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, _text: warned.append(title))
    bench = open_bench()
    lock = bench.window.lock
    scanner_burst(lock.dialog, BADGE)
    qtbot.waitUntil(lambda: not lock.locked)
    opened: list[bool] = []
    guarded = lock.admin_only(lambda: opened.append(True))
    guarded()
    assert warned == ["Admin only"] and opened == []
    bench.window.findChild(type(bench.window.actions()[0]), "signOut").trigger()
    assert lock.locked
    lock.dialog.name.setText("Mei")
    lock.dialog.pin.setText("9999")
    lock.dialog.pin.returnPressed.emit()
    qtbot.waitUntil(lambda: not lock.locked)
    guarded()
    assert opened == [True]
