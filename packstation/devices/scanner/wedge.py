"""Keyboard-wedge scanners: telling a scan from typing by its timing.

A wedge scanner types its code as keystrokes, a few milliseconds apart, and ends it with
Enter or Tab. A person types tens of milliseconds apart at best. The decoder holds every
printable key until it knows which it is: a fast burst of at least `min_length` keys ended
by a terminator is a scan, and its keys are swallowed; anything else is released, in order,
to wherever it was going. So scans are caught wherever the focus is, and never leak into a
text field, while typing into fields keeps working (a held key arrives `max_gap_ms` late).

The decoder is pure: the GUI feeds it keys with their times and carries out its decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

K = TypeVar("K")  # whatever the GUI needs to replay a key later

GS = "\x1d"


@dataclass(frozen=True, slots=True)
class Decision(Generic[K]):
    consume: bool  # swallow the key just fed
    release: tuple[K, ...] = ()  # held keys to deliver as typing, before the key just fed
    scan: str | None = None


@dataclass
class WedgeDecoder(Generic[K]):
    max_gap_ms: float = 50.0
    min_length: int = 4
    needs_suffix: bool = True  # False: a fast burst that just stops is a scan too
    _held: list[tuple[K, str]] = field(default_factory=list)
    _last_ms: float = 0.0

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def feed(self, key: K, text: str, at_ms: float, *, terminator: bool = False) -> Decision[K]:
        """A key press: `text` is what it types ("" for keys that type nothing)."""
        before: Decision[K] = Decision(False)
        if self._held and at_ms - self._last_ms > self.max_gap_ms:
            before = self._pause()
        now = self._key(key, text, at_ms, terminator)
        return Decision(now.consume, before.release + now.release, before.scan or now.scan)

    def _key(self, key: K, text: str, at_ms: float, terminator: bool) -> Decision[K]:
        if not self._held:
            if terminator or not _typeable(text):
                return Decision(False)
            self._held = [(key, text)]
            self._last_ms = at_ms
            return Decision(True)
        if terminator:
            code = self._text()
            held = self._take()
            if len(code) >= self.min_length:
                return Decision(True, (), code)
            return Decision(False, held)
        if not _typeable(text):
            return Decision(False, self._take())
        self._held.append((key, text))
        self._last_ms = at_ms
        return Decision(True)

    def timeout(self, at_ms: float) -> Decision[K]:
        """The GUI's timer, `max_gap_ms` after the last held key: no more keys came."""
        if not self._held or at_ms - self._last_ms < self.max_gap_ms:
            return Decision(False)
        return self._pause()

    def _pause(self) -> Decision[K]:
        code = self._text()
        held = self._take()
        if not self.needs_suffix and len(code) >= self.min_length and len(held) > 1:
            return Decision(True, (), code)
        return Decision(False, held)

    def _take(self) -> tuple[K, ...]:
        held = tuple(k for k, _ in self._held)
        self._held = []
        return held

    def _text(self) -> str:
        return "".join(text for _, text in self._held)


def _typeable(text: str) -> bool:
    return len(text) == 1 and (text.isprintable() or text == GS)
