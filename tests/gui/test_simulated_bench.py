"""The demo's simulated bench: real protocols behind the docked controls."""

from __future__ import annotations

import zxingcpp
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from packstation.app.device_status import Device, Health
from packstation.app.packing import Level
from packstation.devices.printers.connections import ConnectionSpec, open_connection
from packstation.devices.printers.escpos_profiles import profile_info
from packstation.devices.printers.jobs import JobState, Printer, PrintJob
from packstation.documents.slip_receipt import render_slip_receipt
from packstation.gui.history_dialog import HistoryDialog
from packstation.gui.simulator_panel import SimulatorPanel
from packstation.store.schema import PrintedDocument
from packstation.store.shipping import add_range
from tests.builders import TEA, rakuten
from tests.documents import samples
from tests.gui.conftest import scanner_burst
from tests.gui.test_main_window import NUMBER, wait_banner
from tests.gui.test_reprint_approval import approve_reprint


def test_put_the_parcel_on_and_print_a_test_label(qtbot, open_bench, simulated) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 2)))
    window = bench.window
    panel = SimulatorPanel(simulated, window.pack_view, window)
    simulated.on_job = panel.relay
    statuses = window.devices.bar.statuses
    qtbot.waitUntil(
        lambda: all(statuses[d].health is Health.READY for d in (Device.SCALE, Device.LABEL)),
        timeout=5000,
    )
    scanner_burst(window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    scanner_burst(window, TEA)
    qtbot.wait(350)
    scanner_burst(window, TEA)
    wait_banner(qtbot, bench, Level.PROMPT, "scale")
    panel.findChild(QPushButton, "putParcel").click()
    wait_banner(qtbot, bench, Level.PROMPT, "as expected")  # then: its tracking number
    window.findChild(QAction, "testLabel").trigger()
    qtbot.waitUntil(lambda: "Label printer" in panel.caption.text(), timeout=5000)
    assert panel.preview.document().toHtml().count("<img") == 1
    assert list((simulated.out_dir / "labels").glob("job-0001*.png"))


def test_the_slip_preview_shows_its_text_and_images_in_print_order(
    qtbot, open_bench, simulated
) -> None:  # type: ignore[no-untyped-def]
    window = open_bench().window
    panel = SimulatorPanel(simulated, window.pack_view, window)
    simulated.on_job = panel.relay
    address = f"127.0.0.1:{simulated.printers[Device.RECEIPT].port}"
    printer = Printer(lambda: open_connection(ConnectionSpec("network", address)), "escpos")
    payload = render_slip_receipt(samples.ozon_order(), profile_info("TM-T20II"), "auto", "80mm")

    outcome = printer.print_job(PrintJob("slip-1", payload, "slip"))

    assert outcome.state is JobState.PRINTED
    qtbot.waitUntil(lambda: "Slip printer" in panel.caption.text(), timeout=5000)
    shown = panel.preview.toPlainText()
    for printed in ("Упаковочный лист", "3 x 349,50 руб.", "1 048,50 руб.", "2 888,50 руб."):
        assert printed in shown
    assert shown.index("Упаковочный лист") < shown.index("\ufffc") < shown.index("Итого")
    html = panel.preview.document().toHtml()
    assert html.count("<img") == 1  # the order number's barcode, between the lines
    assert "font-weight:700" in html


def test_a_parcel_from_scan_to_shipped_with_its_printed_paper(
    qtbot, open_bench, simulated, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 2)))
    with bench.services.db.engine.begin() as connection:
        add_range(connection, "yamato", "", 44441375870, 44441375899)
    window = bench.window
    panel = SimulatorPanel(simulated, window.pack_view, window)
    statuses = window.devices.bar.statuses
    qtbot.waitUntil(lambda: statuses[Device.SCALE].health is Health.READY, timeout=5000)
    scanner_burst(window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    scanner_burst(window, TEA)
    qtbot.wait(350)
    scanner_burst(window, TEA)
    wait_banner(qtbot, bench, Level.PROMPT, "scale")
    panel.findChild(QPushButton, "putParcel").click()
    wait_banner(qtbot, bench, Level.PROMPT, "4444-1375-8703")
    printers = simulated.printers
    qtbot.waitUntil(
        lambda: bool(printers[Device.LABEL].jobs and printers[Device.RECEIPT].jobs), timeout=15000
    )
    label, slip = printers[Device.LABEL].jobs[0], printers[Device.RECEIPT].jobs[0]
    read = [b.text for b in zxingcpp.read_barcodes(label.images[0])]
    assert "A444413758703A" in read  # NW-7 with its start and stop characters
    assert f"CODE128: {NUMBER}" in slip.notes and slip.images  # Japanese lines as raster
    scanner_burst(window, "A444413758703A")
    wait_banner(qtbot, bench, Level.DONE, "SHIPPED")
    with bench.services.db.session() as session:
        printed = session.execute(select(PrintedDocument.kind, PrintedDocument.state)).all()
    assert sorted(printed) == [("slip", "printed"), ("waybill", "printed")]
    history = bench.services.history(1)
    kinds = [line.kind for line in history.events]
    assert "label" in kinds and "tracking" in kinds and "weighed" in kinds
    dialog = HistoryDialog(NUMBER, history, lambda kind: window.documents.reprint(kind, 1), window)
    qtbot.addWidget(dialog)
    assert dialog.printed.rowCount() == 2
    approve_reprint(monkeypatch, "label came off")
    dialog.findChild(QPushButton, "reprint_waybill").click()
    qtbot.waitUntil(lambda: len(printers[Device.LABEL].jobs) == 2, timeout=15000)
    qtbot.waitUntil(lambda: len(bench.services.history(1).printed) == 3, timeout=5000)
    reprint = bench.services.history(1).printed[-1]
    assert (reprint.kind, reprint.copy, reprint.reprint, reprint.state) == (
        "waybill",
        2,
        True,
        "printed",
    )
