"""A configurable line protocol for scales that print one weight per line.

Many cheap indicators send a line of text per weight ("  1.234 kg", "ST,+0001234.5 g").
The settings give a regular expression, searched in each line, with named groups:

- `weight` (required): the number; a comma as decimal point is read as a point;
- `unit` (optional): g, kg, lb or oz; without it the `unit` setting applies;
- `sign` (optional): `-` makes the weight negative;
- `stable` (optional): the line is stable when this group takes part in the match. A
  pattern without it has no stability flag, and the driver infers stability from equal
  readings (`StabilityFilter`);
- `overload` (optional): the line reports an overload when this group takes part.

A line the pattern does not find anything in is an ERROR reading. Lines end with the
`terminator` ("\\r\\n", "\\n" or "\\r"). `poll`, `zero` and `tare` are commands sent as written,
after backslash escapes (`\\r`, `\\n`, `\\x02`) are turned into their bytes.

The simulator speaks `ST,+0001234.5 g` / `US,...` / `OL` lines, which `FLAGGED_PATTERN`
reads with its stability flag and `DEFAULT_PATTERN` reads without.
"""

from __future__ import annotations

import codecs
import re

from packstation.devices.scale.codec import (
    BAD_OPTION,
    BAD_PATTERN,
    Codec,
    Display,
    LineSplitter,
    ProtocolSetupError,
    fixed,
    parse_weight,
)
from packstation.devices.scale.reading import Reading, ScaleState
from packstation.devices.scale.units import GRAMS_PER_UNIT, from_grams
from packstation.domain.messages import QT_TRANSLATE_NOOP

NAME = "line"
BAUDRATE, BYTESIZE, PARITY = 9600, 8, "none"
TERMINATORS = ("\r\n", "\n", "\r")

DEFAULT_PATTERN = (
    r"(?P<overload>\bOL\b)"
    r"|(?P<sign>-)?\s*(?P<weight>\d+(?:[.,]\d+)?)\s*(?P<unit>(?i:kg|g|lb|oz)\b)?"
)
FLAGGED_PATTERN = (
    r"^(?:(?P<overload>OL)"
    r"|(?:(?P<stable>ST)|US),(?P<sign>[+-])(?P<weight>[0-9.]+) (?P<unit>[a-z]+))$"
)
NO_WEIGHT_GROUP = QT_TRANSLATE_NOOP(
    "Scale",
    "The scale's line pattern has no (?P<weight>...) group: add one around the number.",
)

WIDTH = 9
DECIMALS = {"g": 1, "kg": 4, "lb": 4, "oz": 3}


class Decoder:
    def __init__(self, pattern: re.Pattern[str], end: bytes, unit: str) -> None:
        self.pattern = pattern
        self.unit = unit
        self.flagged = "stable" in pattern.groupindex
        self.lines = LineSplitter(end)

    def feed(self, chunk: bytes) -> list[Reading]:
        frames, readings = self.lines.feed(chunk)
        for frame in frames:
            line = frame.strip(b"\r\n")
            if line:
                readings.append(self._read(line))
        return readings

    def _read(self, line: bytes) -> Reading:
        match = self.pattern.search(line.decode("latin-1"))
        if match is None:
            return Reading(ScaleState.ERROR, None, raw=line)
        groups = match.groupdict()
        if groups.get("overload") is not None:
            return Reading(ScaleState.OVERLOAD, None, raw=line)
        weight = groups["weight"]
        if not weight:
            return Reading(ScaleState.ERROR, None, raw=line)
        if groups.get("sign") == "-":
            weight = "-" + weight
        unit = groups.get("unit") or self.unit
        stable = self.flagged and groups.get("stable") is not None
        return parse_weight(weight, unit, stable=stable, raw=line)


def frame_for(display: Display) -> bytes:
    """A simulator line: `ST,+0001234.5 g`, `US,...` in motion, `OL` over capacity."""
    if display.state is ScaleState.OVERLOAD:
        return b"OL\r\n"
    decimals = DECIMALS[display.unit]
    value = from_grams(display.grams, display.unit, decimals)
    number = fixed(abs(value), decimals, WIDTH, zeros=True)
    if len(number) > WIDTH:
        return b"OL\r\n"
    status = "US" if display.state is ScaleState.MOTION else "ST"
    sign = "-" if value < 0 or display.state is ScaleState.UNDERLOAD else "+"
    return f"{status},{sign}{number} {display.unit}\r\n".encode()


def _command(text: str | None) -> bytes | None:
    if not text:
        return None
    try:
        return codecs.decode(text, "unicode_escape").encode("latin-1")
    except (UnicodeError, ValueError) as error:
        raise ProtocolSetupError(BAD_OPTION(option="command", value=text)) from error


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """The pattern compiled, or ProtocolSetupError saying what is wrong with it."""
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise ProtocolSetupError(BAD_PATTERN(reason=str(error))) from error
    if "weight" not in compiled.groupindex:
        raise ProtocolSetupError(NO_WEIGHT_GROUP())
    return compiled


def codec(
    pattern: str | None = None,
    *,
    terminator: str = "\r\n",
    poll: str | None = None,
    zero: str | None = None,
    tare: str | None = None,
    unit: str = "g",
) -> Codec:
    """A line codec; an empty pattern means DEFAULT_PATTERN."""
    compiled = compile_pattern(pattern or DEFAULT_PATTERN)
    if terminator not in TERMINATORS:
        raise ProtocolSetupError(BAD_OPTION(option="terminator", value=repr(terminator)))
    if unit not in GRAMS_PER_UNIT:
        raise ProtocolSetupError(BAD_OPTION(option="unit", value=unit))
    end = terminator.encode()
    poll_command = _command(poll)
    zero_command = _command(zero)
    tare_command = _command(tare)

    def answer(command: bytes, display: Display) -> bytes:
        if poll_command is not None and command == poll_command.rstrip(b"\r\n"):
            return frame_for(display)
        return b""

    return Codec(
        name=NAME,
        baudrate=BAUDRATE,
        bytesize=BYTESIZE,
        parity=PARITY,
        poll=poll_command,
        zero=zero_command,
        tare=tare_command,
        has_stability_flag="stable" in compiled.groupindex,
        new_decoder=lambda: Decoder(compiled, end[-1:], unit),
        frame_for=frame_for,
        answer=answer,
        command_end=end,
    )
