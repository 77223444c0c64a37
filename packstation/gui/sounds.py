"""A distinct sound for a good scan, a bad scan and a finished order."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QSoundEffect

from packstation.app.packing import Level
from packstation.resources import resource

_FILES = {Level.GOOD: "good.wav", Level.BAD: "bad.wav", Level.DONE: "done.wav"}


class Sounds(QObject):
    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.last: Level | None = None  # what was played last, for tests and diagnostics
        self._effects: dict[Level, QSoundEffect] = {}
        for level, name in _FILES.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource("sounds", name))))
            effect.setVolume(1.0)
            self._effects[level] = effect

    def play(self, level: Level) -> None:
        effect = self._effects.get(level)
        if effect is None:
            return
        self.last = level
        if self.enabled:
            effect.play()
