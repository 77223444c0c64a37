"""Application-wide capture of keyboard-wedge scans.

Installed on the QApplication, the filter sees every key press when it reaches a window,
before any widget: a scan is taken wherever the focus is, without the packer clicking into
a field, and its keys never reach a text field; typing is replayed to where it was going.
Many scanners in keyboard mode send the GS separator (FNC1) as Ctrl+]; it is mapped back.

Keys are timed by when they were pressed (`QKeyEvent.timestamp()`, the window system's
clock), not by when the event loop got to them: a GUI thread held up mid-scan (a long redraw)
delivers the rest of the burst late but with its real, close-together times, and the scan
reads whole. The timeout that ends a burst is measured on the same clock, and a timer that
fires late (the loop was held up) waits once more, so that keys queued meanwhile come first.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QWindow

from packstation.devices.scanner.wedge import GS, Decision, WedgeDecoder

_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
RESYNC_MS = 10_000.0  # a key "delivered" this much later than others: the clock jumped
_TERMINATORS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass(frozen=True, slots=True)
class _HeldKey:
    window: QWindow
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScannerFilter(QObject):
    scanned = Signal(str, float)  # the code, and when its last key came (ms, monotonic)

    def __init__(
        self,
        max_gap_ms: int = 50,
        min_length: int = 4,
        needs_suffix: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._decoder: WedgeDecoder[_HeldKey] = WedgeDecoder(max_gap_ms, min_length, needs_suffix)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max_gap_ms + 1)
        self._timer.timeout.connect(self._on_timeout)
        self._armed_at = 0.0
        self._waited = False  # a late timer waited once more for queued keys
        self._replaying = False
        # Delivery time minus press time, at its smallest: how the window system's clock
        # stands to ours (the least delayed key tells it best).
        self._offset: float | None = None

    def configure(self, max_gap_ms: int, min_length: int, needs_suffix: bool) -> None:
        self._decoder.max_gap_ms = max_gap_ms
        self._decoder.min_length = min_length
        self._decoder.needs_suffix = needs_suffix
        self._timer.setInterval(max_gap_ms + 1)

    def now_ms(self) -> float:
        return self._clock.nsecsElapsed() / 1e6

    def _pressed_ms(self, event: QKeyEvent) -> float:
        """When the key was pressed, on the window system's clock (our clock without one)."""
        delivered = self.now_ms()
        stamp = float(event.timestamp())
        if stamp <= 0:
            return delivered
        offset = delivered - stamp
        if self._offset is None or offset < self._offset or offset > self._offset + RESYNC_MS:
            self._offset = offset  # less delay seen, or the window system's clock jumped
        return stamp

    def _event_clock_ms(self) -> float:
        """Now, on the clock the keys' times are on."""
        return self.now_ms() - (self._offset or 0.0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._replaying or event.type() != QEvent.Type.KeyPress or not watched.isWindowType():
            return False
        assert isinstance(event, QKeyEvent) and isinstance(watched, QWindow)
        key = Qt.Key(event.key())
        if key in _MODIFIER_KEYS:
            return False
        modifiers = event.modifiers()
        text = event.text()
        if key == Qt.Key.Key_BracketRight and modifiers & Qt.KeyboardModifier.ControlModifier:
            text = GS
        elif modifiers & _COMMAND_MODIFIERS:
            text = ""  # a shortcut, not typing
        held = _HeldKey(watched, event.key(), modifiers, event.text())
        terminator = key in _TERMINATORS and not modifiers & _COMMAND_MODIFIERS
        decision = self._decoder.feed(held, text, self._pressed_ms(event), terminator=terminator)
        self._carry_out(decision)
        if self._decoder.holding:
            self._arm()
        return decision.consume

    def _arm(self, *, again: bool = False) -> None:
        self._armed_at = self.now_ms()
        self._waited = again
        self._timer.start()

    def _on_timeout(self) -> None:
        late = self.now_ms() - self._armed_at - self._timer.interval()
        if late > self._timer.interval() and not self._waited:
            # The loop was held up: keys may be queued behind us. Once only: on a machine
            # that stays this busy every timer is late, and held keys must still come out.
            self._arm(again=True)
            return
        self._carry_out(self._decoder.timeout(self._event_clock_ms()))
        if self._decoder.holding:
            # On the keys' clock the gap is not over yet (a coarse timer may fire up to 5 %
            # early, and key times are whole milliseconds): look again, or the held keys would
            # wait for a next key that may never come.
            self._arm(again=True)

    def _carry_out(self, decision: Decision[_HeldKey]) -> None:
        for held in decision.release:
            self._replay(held)
        if decision.scan is not None:
            self.scanned.emit(decision.scan, self.now_ms())

    def _replay(self, held: _HeldKey) -> None:
        event = QKeyEvent(QEvent.Type.KeyPress, held.key, held.modifiers, held.text)
        self._replaying = True
        try:
            QCoreApplication.sendEvent(held.window, event)
        except RuntimeError:
            pass  # the window closed while its key was held: the key goes nowhere
        finally:
            self._replaying = False
