"""A scan reads whole even when the GUI thread is held up in the middle of the burst: the
keys are timed by when they were pressed (their event timestamps), not by when the event loop
got to them. The keys are posted as the window system queues them, with their press times."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from packstation.gui.scanner_filter import ScannerFilter

CODE = "502763-20261206-00007011"
KEY_GAP_MS = 8  # a scanner's keys


def post_keys(window, text: str, first_ms: float, enter: bool = False) -> float:  # type: ignore[no-untyped-def]
    """The keys of `text` queued for `window`, pressed KEY_GAP_MS apart from `first_ms`."""
    at = first_ms
    keys = [
        (Qt.Key(ord(char.upper())) if char.isalnum() else Qt.Key.Key_Minus, char) for char in text
    ]
    if enter:
        keys.append((Qt.Key.Key_Return, "\r"))
    for key, char in keys:
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
        event.setTimestamp(int(at))
        QCoreApplication.postEvent(window, event)
        at += KEY_GAP_MS
    return at


def test_a_scan_held_up_200_ms_mid_burst_reads_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    scanner = ScannerFilter(max_gap_ms=50, min_length=4)
    app = QApplication.instance()
    app.installEventFilter(scanner)
    scans: list[str] = []
    scanner.scanned.connect(lambda code, at: scans.append(code))
    try:
        window = field.windowHandle()
        start = scanner.now_ms()
        half = len(CODE) // 2
        after = post_keys(window, CODE[:half], start)
        QCoreApplication.processEvents()  # the first half arrives on time
        time.sleep(0.2)  # the GUI thread is busy (a long redraw) while the scanner goes on
        post_keys(window, CODE[half:], after, enter=True)  # pressed during the block
        qtbot.waitUntil(lambda: scans == [CODE], timeout=2000)
        qtbot.wait(150)
        assert scans == [CODE] and field.text() == ""
    finally:
        app.removeEventFilter(scanner)


def test_typing_still_reaches_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    scanner = ScannerFilter(max_gap_ms=50, min_length=4)
    app = QApplication.instance()
    app.installEventFilter(scanner)
    try:
        window = field.windowHandle()
        for char in "ab12":
            post_keys(window, char, scanner.now_ms())
            qtbot.wait(200)  # a person's keys
        qtbot.waitUntil(lambda: field.text() == "ab12", timeout=3000)
    finally:
        app.removeEventFilter(scanner)


def test_typing_reaches_the_field_while_the_gui_thread_stays_busy(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every timer fires late when the loop is held up again and again (a loaded machine): a
    held key waits once for keys queued behind it, then goes out, not forever."""
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    scanner = ScannerFilter(max_gap_ms=50, min_length=4)
    app = QApplication.instance()
    app.installEventFilter(scanner)
    busy = QTimer()
    busy.setInterval(0)
    busy.timeout.connect(lambda: time.sleep(0.12))  # the loop held 120 ms at every turn
    try:
        post_keys(field.windowHandle(), "a", scanner.now_ms())
        busy.start()
        qtbot.waitUntil(lambda: field.text() == "a", timeout=3000)
    finally:
        busy.stop()
        app.removeEventFilter(scanner)


def test_a_timer_that_fires_early_looks_again_instead_of_holding_the_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's coarse timers may fire up to 5 % early: the gap is then not over on the keys'
    clock, and the held key must still go out once it is."""
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    scanner = ScannerFilter(max_gap_ms=50, min_length=4)
    app = QApplication.instance()
    app.installEventFilter(scanner)
    try:
        post_keys(field.windowHandle(), "a", scanner.now_ms())
        qtbot.waitUntil(lambda: scanner._timer.isActive(), timeout=1000)
        scanner._timer.stop()
        scanner._on_timeout()  # the timer, fired at once instead of after 51 ms
        qtbot.waitUntil(lambda: field.text() == "a", timeout=1000)
    finally:
        app.removeEventFilter(scanner)
