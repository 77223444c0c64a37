"""The Qt binding itself: what packstation relies on and a release once broke."""

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    value = Signal(object)


def test_emitting_a_signal_keeps_the_references_of_its_arguments() -> None:
    emitter = _Emitter()
    received = []
    emitter.value.connect(received.append)
    payload = object()
    gc.collect()
    before = sys.getrefcount(payload), sys.getrefcount(True)
    for _ in range(50):
        emitter.value.emit(payload)
        emitter.value.emit(True)
    received.clear()
    gc.collect()
    assert (sys.getrefcount(payload), sys.getrefcount(True)) == before
