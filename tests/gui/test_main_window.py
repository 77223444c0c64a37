from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from sqlalchemy import select

from packstation.app import settings as settings_store
from packstation.app.device_settings import ScaleSettings
from packstation.app.packing import Level
from packstation.domain.barcodes import GS
from packstation.domain.model import IncomingLine, IncomingShipment
from packstation.domain.states import OrderState
from packstation.gui.queue_model import QueueModel
from packstation.gui.scanner_filter import ScannerFilter
from packstation.store.schema import Line, Shipment
from tests.builders import CUP, PERFUME, TEA, TEAPOT, TOKYO, later, rakuten
from tests.gui.conftest import SCAN_GAP_MS, scanner_burst, type_slowly

NUMBER = "502763-20261122-00000001"


def banner(bench) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    label = bench.window.pack_view.banner
    return label.property("level"), label.text()


def wait_banner(qtbot, bench, level: Level, contains: str = "") -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: banner(bench)[0] == level.value and contains in banner(bench)[1], timeout=5000
    )


def test_open_an_order_by_scan_and_verify_every_item(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 2), ("CUP", 1)))
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    view = bench.window.pack_view
    assert NUMBER in view.title.text()
    assert view.lines_model.rowCount() == 2
    scanner_burst(bench.window, TEA)
    wait_banner(qtbot, bench, Level.GOOD, "1 of 2")
    assert bench.window.sounds.last is Level.GOOD
    QTest_wait_double_read()
    scanner_burst(bench.window, TEA)
    wait_banner(qtbot, bench, Level.GOOD, "2 of 2")
    scanner_burst(bench.window, CUP)
    wait_banner(qtbot, bench, Level.DONE, "PACKED")
    assert bench.window.sounds.last is Level.DONE
    last = bench.window.presenter.last
    assert last is not None and last.view is not None and last.view.state is OrderState.PACKED
    assert view.view is None and NUMBER in view.subtitle.text()  # ready for the next order


def QTest_wait_double_read() -> None:  # noqa: N802
    from PySide6.QtTest import QTest

    QTest.qWait(350)  # longer than the double-read window


def test_wrong_item_is_stopped_loud_and_red(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 1)))
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    scanner_burst(bench.window, TEAPOT)
    wait_banner(qtbot, bench, Level.BAD, "WRONG ITEM")
    assert "Teapot" in banner(bench)[1]
    assert bench.window.sounds.last is Level.BAD
    assert "#c62828" in bench.window.pack_view.banner.styleSheet()
    with bench.services.db.session() as session:
        assert session.scalar(select(Line.scanned)) == 0


def test_resume_after_restart(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 2), ("CUP", 1)))
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    scanner_burst(bench.window, TEA)
    wait_banner(qtbot, bench, Level.GOOD)
    bench.close()
    again = open_bench()
    wait_banner(qtbot, again, Level.INFO, "resumed")
    view = again.window.pack_view.view
    assert view is not None and view.number == NUMBER
    assert [line.scanned for line in view.lines] == [1, 0]
    scanner_burst(again.window, TEA)
    wait_banner(qtbot, again, Level.GOOD, "2 of 2")


def test_a_scan_and_a_weight_just_before_closing_are_stored(
    qtbot, open_bench, settings_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = settings_store.load(settings_path)
    settings.scale = ScaleSettings(enabled=True)  # weighed, by hand: no scale port
    settings_store.save(settings, settings_path)
    bench = open_bench(rakuten(NUMBER, ("TEA", 1)))
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    bench.worker.submit(lambda: time.sleep(0.3))  # a slow write: the scan and weight wait
    scanner_burst(bench.window, TEA)
    bench.window.presenter.weigh(Decimal(120), "typed")
    assert bench.worker.pending == 3
    bench.close()
    with bench.services.db.engine.connect() as connection:
        shipment = connection.execute(select(Shipment.state, Shipment.weight_mg)).one()
    assert shipment.state == OrderState.PACKED.value and shipment.weight_mg == 120000


def test_chestny_znak_mark_with_gs_sent_as_ctrl_bracket(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("PERF", 1)))
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    mark = "010" + PERFUME + "215NmtcR4uDK6t" + GS + "91EE06" + GS + "92vRIHamUU1WHTe7"
    scanner_burst(bench.window, mark)
    wait_banner(qtbot, bench, Level.DONE)


def test_search_field_takes_typing_and_a_scanned_order_number(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    other = "502764-20261122-00000002"
    bench = open_bench(rakuten(NUMBER, ("TEA", 1)), rakuten(other, ("CUP", 1)))
    search = bench.window.queue_panel.search
    search.setFocus()
    qtbot.waitUntil(lambda: search.hasFocus())
    type_slowly(bench.window, "502764")  # the start of a number
    qtbot.waitUntil(lambda: search.text() == "502764")
    qtbot.waitUntil(lambda: bench.window.queue_model.rowCount() == 1)
    scanner_burst(bench.window, NUMBER)
    qtbot.waitUntil(lambda: search.text() == NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)


def test_a_scan_into_the_search_field_is_one_search_not_keystrokes(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 2)))
    field = bench.window.queue_panel.search
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    with qtbot.waitSignal(bench.scanner.scanned) as caught:
        scanner_burst(bench.window, NUMBER)
    assert caught.args[0] == NUMBER
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    assert field.text() == NUMBER


def test_items_scanned_while_the_search_field_has_focus_still_count(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    bench = open_bench(rakuten(NUMBER, ("TEA", 2)))
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    field = bench.window.queue_panel.search
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    scanner_burst(bench.window, TEA)
    wait_banner(qtbot, bench, Level.GOOD, "1 of 2")
    assert field.text() == ""


def test_scanned_keys_never_leak_into_a_text_field_and_typing_works(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    field = QLineEdit(host)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    scanner = ScannerFilter(60, 4)
    QApplication.instance().installEventFilter(scanner)  # type: ignore[union-attr]
    try:
        with qtbot.waitSignal(scanner.scanned) as caught:
            scanner_burst(host, "ABC-12345")  # type: ignore[arg-type]
        assert caught.args[0] == "ABC-12345"
        assert field.text() == ""
        type_slowly(host, "ok")  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: field.text() == "ok")
        field.clear()
        scanner_burst(host, "ab", gap_ms=5)  # too short for a scan: it was typing after all
        qtbot.waitUntil(lambda: field.text() == "ab")
    finally:
        QApplication.instance().removeEventFilter(scanner)  # type: ignore[union-attr]


def test_queue_is_sorted_by_deadline_and_colours_overdue(qtbot, open_bench, clock) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    late = rakuten("502763-20261101-00000009", ("TEA", 1))
    late = later(late, ship_by=now - timedelta(hours=2))
    soon = later(rakuten("502763-20261121-00000008", ("CUP", 1)), ship_by=now + timedelta(hours=1))
    fine = later(rakuten("502763-20261122-00000007", ("TEA", 1)), ship_by=now + timedelta(hours=40))
    bench = open_bench(fine, late, soon)
    model = bench.window.queue_model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    numbers = [row.number for row in model.rows]
    assert numbers == [late.number, soon.number, fine.number]
    colours = [
        model.data(model.index(i, QueueModel.DEADLINE), Qt.ItemDataRole.BackgroundRole)
        for i in range(3)
    ]
    assert colours[0].name() == "#ffcdd2" and colours[1].name() == "#ffe0b2" and colours[2] is None
    assert "overdue" in model.data(model.index(0, QueueModel.DEADLINE))


def test_hold_reasons_and_special_requests_are_shown(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace
    from datetime import date

    gift = rakuten(NUMBER, ("CUP", 1), gift=True)
    gift = later(
        gift,
        gift_wrap="包装紙: 花柄",
        noshi="御祝",
        delivery_date=date(2026, 11, 25),
        time_slot="14:00-16:00",
    )
    held = rakuten(
        "502763-20261122-00000003", ("TEA", 1), ship_to=replace(TOKYO, postal_code="12-345")
    )
    bench = open_bench(gift, held)
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, NUMBER)
    chips = " | ".join(bench.window.pack_view.chip_texts())
    for expected in ("GIFT: 包装紙: 花柄", "NOSHI: 御祝", "14:00-16:00", "FRAGILE"):
        assert expected in chips
    scanner_burst(bench.window, held.number)
    wait_banner(qtbot, bench, Level.BAD, "ON HOLD")
    assert "NNN-NNNN" in banner(bench)[1]
    panel = bench.window.queue_panel
    panel.state.setCurrentIndex(panel.state.findData("on_hold"))
    qtbot.waitUntil(lambda: [r.number for r in bench.window.queue_model.rows] == [held.number])
    notes = bench.window.queue_model.data(bench.window.queue_model.index(0, QueueModel.NOTES))
    assert "NNN-NNNN" in notes


def test_multi_destination_order_is_packed_one_destination_at_a_time(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    order = rakuten(NUMBER, ("TEA", 1))
    second = IncomingShipment(
        "2", [IncomingLine("CUP", "Cup", 1)], replace(TOKYO, name="佐藤 花子")
    )
    bench = open_bench(replace(order, shipments=[order.shipments[0], second]))
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, "(1/2)")
    scanner_burst(bench.window, TEA)
    wait_banner(qtbot, bench, Level.DONE)
    scanner_burst(bench.window, NUMBER)
    wait_banner(qtbot, bench, Level.INFO, "(2/2)")
    assert SCAN_GAP_MS < 60


def test_the_status_counts_orders_and_their_parcels(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    order = rakuten(NUMBER, ("TEA", 1))
    second = IncomingShipment("2", [IncomingLine("CUP", "Cup", 1)], replace(TOKYO, name="佐藤 花子"))
    bench = open_bench(
        replace(order, shipments=[order.shipments[0], second]),
        rakuten("502763-20261122-00000002", ("TEA", 1)),
    )
    status = bench.window.status
    qtbot.waitUntil(lambda: status.text() == "2 orders (3 parcels) in the list", timeout=5000)
