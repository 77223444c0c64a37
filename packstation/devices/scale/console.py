"""Command-line helpers: play a scale on a pty, and read a scale once.

`packstation simulate scale` and `packstation scale read` call these (argparse lives in
`packstation.cli`). Both take their streams as arguments so tests drive them with StringIO.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TextIO

from packstation.devices.scale.driver import ScaleDriver
from packstation.devices.scale.reading import STATE_TEXT, ScaleState, state_advice
from packstation.devices.scale.registry import protocol as make_codec
from packstation.devices.scale.simulator import ScaleSimulator
from packstation.devices.scale.units import UnknownUnit
from packstation.devices.transport import SerialConfig
from packstation.domain.messages import Translate, untranslated

HELP = """\
w WEIGHT [UNIT]  put a weight on the scale (grams, or g/kg/lb/oz): w 1234.5, w 2.5 kg
m                toggle motion
o                toggle overload
u                toggle underload (below zero)
s                toggle silence (the scale stops answering)
g                send 16 bytes of line noise
x                unplug and plug back in (a new device; the link follows)
z                zero the scale
q                quit
help             this list"""


def simulate_scale(protocol: str, link: Path | None, commands: TextIO, out: TextIO) -> int:
    """Run a simulated scale until `q` or the end of `commands`; prints its port first."""
    with ScaleSimulator(protocol, link=link) as simulator:
        _say(out, simulator.path)
        for line in commands:
            words = line.split()
            if not words:
                continue
            if words[0] == "q":
                break
            _say(out, _obey(simulator, words))
    return 0


def _obey(simulator: ScaleSimulator, words: list[str]) -> str:
    command, arguments = words[0], words[1:]
    if command == "w" and 1 <= len(arguments) <= 2:
        try:
            simulator.set_weight(Decimal(arguments[0]), *arguments[1:])
        except (InvalidOperation, UnknownUnit):
            return "weight? " + " ".join(arguments)
        return f"weight {' '.join(arguments)}"
    toggles = {"m": "motion", "o": "overload", "u": "underload", "s": "silent"}
    if command in toggles and not arguments:
        name = toggles[command]
        setattr(simulator, name, not getattr(simulator, name))
        return f"{name} {'on' if getattr(simulator, name) else 'off'}"
    if command == "g":
        simulator.send_garbage(16)
        return "garbage sent"
    if command == "x":
        simulator.unplug()
        simulator.replug()
        return f"replugged {simulator.path}"
    if command == "z":
        simulator.set_weight(Decimal(0))
        return "zeroed"
    return HELP


def read_scale(
    protocol: str,
    serial: SerialConfig,
    timeout: float,
    out: TextIO,
    pattern: str | None = None,
    translate: Translate = untranslated,
) -> int:
    """Print the scale's stable weight in grams and return 0; or print its state and what
    to do, and return 1 when it did not answer, 2 for any other state."""
    codec = make_codec(protocol, pattern=pattern) if pattern is not None else make_codec(protocol)
    reading = ScaleDriver(codec, serial).read_stable(timeout)
    if reading.state is ScaleState.STABLE and reading.grams is not None:
        _say(out, f"{_plain(reading.grams)} g")
        return 0
    text = STATE_TEXT[reading.state]().render(translate)
    advice = state_advice(reading.state, serial).render(translate)
    _say(out, f"{text}: {advice}")
    return 1 if reading.state is ScaleState.NO_REPLY else 2


def _say(out: TextIO, line: str) -> None:
    out.write(line + "\n")
    out.flush()


def _plain(grams: Decimal) -> str:
    """1234.50 → 1234.5, 1000 → 1000: no exponent, no trailing zeros."""
    text = f"{grams:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
