"""Application-wide capture of keyboard-wedge scans.

Installed on the QApplication, the filter sees every key press when it reaches a window,
before any widget: a scan is taken wherever the focus is, without the packer clicking into
a field, and its keys never reach a text field; typing is replayed to where it was going.
Many scanners in keyboard mode send the GS separator (FNC1) as Ctrl+]; it is mapped back.
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
        self._replaying = False

    def configure(self, max_gap_ms: int, min_length: int, needs_suffix: bool) -> None:
        self._decoder.max_gap_ms = max_gap_ms
        self._decoder.min_length = min_length
        self._decoder.needs_suffix = needs_suffix
        self._timer.setInterval(max_gap_ms + 1)

    def now_ms(self) -> float:
        return self._clock.nsecsElapsed() / 1e6

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
        decision = self._decoder.feed(held, text, self.now_ms(), terminator=terminator)
        self._carry_out(decision)
        if self._decoder.holding:
            self._timer.start()
        return decision.consume

    def _on_timeout(self) -> None:
        self._carry_out(self._decoder.timeout(self.now_ms()))

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
