"""The handover dialog: the scanner's codes go to it, refusals are loud, the close asks."""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from packstation.app.packing import Level, PackingService
from packstation.gui.handover_dialog import HandoverDialog
from tests.builders import TEA, rakuten
from tests.gui.conftest import scanner_burst

NUMBERS = {"R-0001": "444413758703", "R-0002": "512547514334"}
SCREENSHOT = Path("/work/scratch/handover.png")


def ship_all(services) -> None:  # type: ignore[no-untyped-def]
    """Pack both orders and confirm their labels, as the bench does with a label printer."""
    settings = copy.deepcopy(services.settings)
    settings.label_printer.enabled = True
    packing = PackingService(services.db, services.station, settings)
    for number, tracking in NUMBERS.items():
        packing.scan(number, 0)
        packing.scan(TEA, 1000)
        packing.scan(tracking, 2000)
        assert packing.scan(tracking, 3000).level is Level.DONE


def banner(dialog: HandoverDialog) -> tuple[str, str]:
    return dialog.banner.property("level"), dialog.banner.text()


def wait_banner(qtbot, dialog: HandoverDialog, level: Level, contains: str = "") -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: banner(dialog)[0] == level.value and contains in banner(dialog)[1], timeout=5000
    )


@pytest.fixture
def dialog(qtbot, open_bench):  # type: ignore[no-untyped-def]
    bench = open_bench(*(rakuten(number, ("TEA", 1)) for number in NUMBERS))
    ship_all(bench.services)
    shown = HandoverDialog(bench.services, bench.worker, bench.window)
    shown.open()  # modal, like exec(), without blocking the test
    qtbot.waitExposed(shown)
    qtbot.mouseClick(shown.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown.view is not None, timeout=5000)
    yield shown, bench
    shown.close()


def test_the_orders_menu_opens_the_handover(open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench()
    names = [action.objectName() for action in bench.window.actions()]
    assert "handover" in names


def test_a_scan_ticks_its_parcel_and_a_second_scan_is_stopped_loud(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    shown, bench = dialog
    assert shown.count.text() == "0 of 2 handed over"
    assert QApplication.activeModalWidget() is shown
    scanner_burst(shown, NUMBERS["R-0001"])
    wait_banner(qtbot, shown, Level.GOOD, "R-0001")
    assert shown.count.text() == "1 of 2 handed over"
    assert shown.table.item(0, 0).text() == "✔" and shown.table.item(1, 0).text() == ""
    scanner_burst(shown, NUMBERS["R-0001"])
    wait_banner(qtbot, shown, Level.BAD, "SCANNED TWICE")
    assert shown.sounds.last is Level.BAD
    scanner_burst(shown, "999999999999")
    wait_banner(qtbot, shown, Level.BAD, "no parcel of any order")
    if os.path.isdir(SCREENSHOT.parent):
        shown.grab().save(str(SCREENSHOT))


def test_closing_with_a_parcel_missing_asks_and_writes_the_manifest(
    qtbot, dialog, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown, _ = dialog
    scanner_burst(shown, NUMBERS["R-0002"])
    wait_banner(qtbot, shown, Level.GOOD, "R-0002")
    asked: list[str] = []

    def answer(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(shown.close_handover, Qt.MouseButton.LeftButton)
    assert "R-0001" in asked[0] and shown.view.closed_at is None
    qtbot.mouseClick(shown.close_handover, Qt.MouseButton.LeftButton)
    wait_banner(qtbot, shown, Level.DONE, "Handover closed")
    assert shown.view.manifest is not None and shown.view.manifest.read_bytes()[:5] == b"%PDF-"
    assert not shown.code.isEnabled() and shown.save.isEnabled()


def test_a_receipt_that_is_not_an_image_is_refused(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown, _ = dialog
    notes = tmp_path / "notes.txt"
    notes.write_text("signed")
    shown.attach(notes)
    wait_banner(qtbot, shown, Level.BAD, "notes.txt is not a scan or a photo")
    photo = tmp_path / "receipt.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    shown.attach(photo)
    wait_banner(qtbot, shown, Level.GOOD, "Receipt attached")


def test_closing_prints_the_manifest_on_the_document_printer(qtbot, dialog, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown, _ = dialog
    printed = tmp_path / "lp0"  # the printer's device file: there before anything prints
    printed.write_bytes(b"")
    printer = shown.services.settings.receipt_printer
    printer.enabled, printer.language = True, "pdf"
    printer.connection, printer.address = "file", str(printed)
    for number in NUMBERS.values():
        scanner_burst(shown, number)
        qtbot.wait(100)
    wait_banner(qtbot, shown, Level.DONE, "close the handover")
    qtbot.mouseClick(shown.close_handover, Qt.MouseButton.LeftButton)
    wait_banner(qtbot, shown, Level.DONE, "The manifest is printed")
    assert printed.read_bytes() == shown.view.manifest.read_bytes()


def test_a_manifest_that_does_not_print_is_said_loud(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown, _ = dialog
    printer = shown.services.settings.receipt_printer
    printer.enabled, printer.language = True, "pdf"
    printer.connection, printer.address = "file", str(tmp_path / "no-such-printer")
    for number in NUMBERS.values():
        scanner_burst(shown, number)
        qtbot.wait(100)
    wait_banner(qtbot, shown, Level.DONE, "close the handover")
    qtbot.mouseClick(shown.close_handover, Qt.MouseButton.LeftButton)
    wait_banner(qtbot, shown, Level.BAD, "The manifest did not print")
    assert "save it and print it elsewhere" in banner(shown)[1]
    assert shown.save.isEnabled()
