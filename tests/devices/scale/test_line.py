"""The configurable line protocol and the registry's checks of settings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.devices.scale.codec import ProtocolSetupError
from packstation.devices.scale.reading import ScaleState
from packstation.devices.scale.registry import NAMES, protocol
from packstation.devices.scale.stability import StabilityFilter

S = ScaleState


def test_a_pattern_that_does_not_compile_is_rejected_with_the_reason() -> None:
    with pytest.raises(ProtocolSetupError) as caught:
        protocol("line", pattern="(?P<weight>[0-9.]+")
    assert "missing ), unterminated subpattern" in str(caught.value)
    assert caught.value.message.text.context == "Scale"


def test_a_pattern_without_a_weight_group_is_rejected() -> None:
    with pytest.raises(ProtocolSetupError, match=r"no \(\?P<weight>...\) group"):
        protocol("line", pattern=r"(?P<grams>\d+)")


@pytest.mark.parametrize(
    ("options", "wrong"),
    [
        ({"terminator": "\t"}, "terminator"),
        ({"unit": "ct"}, "unit"),
        ({"poll": "\\x"}, "command"),
    ],
)
def test_other_bad_line_settings_are_rejected(options: dict[str, str], wrong: str) -> None:
    with pytest.raises(ProtocolSetupError, match=f"setting {wrong} cannot be"):
        protocol("line", **options)


def test_an_unknown_protocol_names_the_known_ones() -> None:
    with pytest.raises(ProtocolSetupError) as caught:
        protocol("sartorius")
    assert str(caught.value) == (
        "Unknown scale protocol sartorius: choose one of " + ", ".join(NAMES) + "."
    )


def test_toledo_takes_kg_or_lb_only() -> None:
    assert protocol("toledo-8217", unit="lb").name == "toledo-8217"
    with pytest.raises(ProtocolSetupError):
        protocol("toledo-8213", unit="oz")


def test_commands_are_sent_as_written_after_escapes() -> None:
    codec = protocol("line", poll="P\\r\\n", zero="\\x1bZ", tare="T")
    assert (codec.poll, codec.zero, codec.tare) == (b"P\r\n", b"\x1bZ", b"T")
    assert protocol("line").poll is None


def test_a_custom_pattern_with_cr_terminated_lines_and_a_default_unit() -> None:
    codec = protocol(
        "line",
        pattern=r"^(?P<stable>=)?\s*(?P<sign>-)?(?P<weight>[\d,]+)$",
        terminator="\r",
        unit="kg",
    )
    assert codec.has_stability_flag
    readings = codec.new_decoder().feed(b"= 1,5\r 2,0\r\n=-0,25\rjunk\r")
    assert [(r.state, r.grams) for r in readings] == [
        (S.STABLE, Decimal(1500)),
        (S.MOTION, Decimal(2000)),
        (S.UNDERLOAD, Decimal(-250)),
        (S.ERROR, None),
    ]


def test_without_a_stable_group_stability_comes_from_equal_readings() -> None:
    codec = protocol("line", pattern=r"(?P<weight>\d+) g")
    assert not codec.has_stability_flag
    decoder = codec.new_decoder()
    stability = StabilityFilter(window_ms=300)
    states = []
    for now, line in [(0.0, b"10 g"), (0.1, b"12 g"), (0.2, b"12 g"), (0.4, b"12 g")]:
        [reading] = decoder.feed(line + b"\r\n")
        assert reading.state is S.MOTION  # the decoder alone never claims stability
        states.append(stability.feed(reading, now).state)
    assert states == [S.MOTION, S.MOTION, S.MOTION, S.STABLE]
