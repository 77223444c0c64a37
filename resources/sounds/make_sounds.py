"""Regenerate the bench sounds (16-bit mono WAV): `python resources/sounds/make_sounds.py`.

good: one short high beep. bad: a harsh low double buzz, impossible to mistake for good.
done: three rising notes, the order is complete.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050


def tone(freq: float, ms: int, volume: float = 0.6, square: bool = False) -> list[float]:
    count = RATE * ms // 1000
    fade = max(1, RATE * 4 // 1000)
    samples = []
    for i in range(count):
        value = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            value = 1.0 if value >= 0 else -1.0
        envelope = min(1.0, i / fade, (count - i) / fade)
        samples.append(volume * envelope * value)
    return samples


def silence(ms: int) -> list[float]:
    return [0.0] * (RATE * ms // 1000)


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


if __name__ == "__main__":
    here = Path(__file__).parent
    write(here / "good.wav", tone(1760, 90))
    write(
        here / "bad.wav",
        tone(220, 180, 0.5, square=True) + silence(60) + tone(180, 260, 0.5, square=True),
    )
    write(here / "done.wav", tone(1046, 90) + tone(1318, 90) + tone(1568, 180))
