"""Each protocol's decoder: frames from the manuals, random bytes, and builder round trips."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.devices.scale import cas, dibal, line, mt_sics, nci
from packstation.devices.scale.codec import Codec, Display
from packstation.devices.scale.reading import Reading, ScaleState
from packstation.devices.scale.registry import NAMES, protocol
from packstation.devices.scale.units import to_grams

S = ScaleState
CODECS: dict[str, Codec] = {
    "mt-sics": protocol("mt-sics"),
    "toledo-8217 kg": protocol("toledo-8217"),
    "toledo-8217 lb": protocol("toledo-8217", unit="lb"),
    "toledo-8213": protocol("toledo-8213"),
    "nci": protocol("nci"),
    "cas": protocol("cas"),
    "dibal": protocol("dibal"),
    "line flagged": protocol("line", pattern=line.FLAGGED_PATTERN),
    "line default": protocol("line"),
}


def read(codec: Codec, data: bytes) -> list[tuple[ScaleState, Decimal | None, bool]]:
    return [(r.state, r.grams, r.net) for r in codec.new_decoder().feed(data)]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("mt-sics", b"S S     100.00 g\r\n", [(S.STABLE, Decimal(100), False)]),
        ("mt-sics", b"S D     100.02 g\r\n", [(S.MOTION, Decimal("100.02"), False)]),
        ("mt-sics", b"S S     -12.5 g\r\n", [(S.UNDERLOAD, Decimal("-12.5"), False)]),
        ("mt-sics", b"S S    1.23456 kg\r\n", [(S.STABLE, Decimal("1234.56"), False)]),
        (
            "mt-sics",
            b"S I\r\nS +\r\nS -\r\n",
            [(S.MOTION, None, False), (S.OVERLOAD, None, False), (S.UNDERLOAD, None, False)],
        ),
        ("mt-sics", b"ES\r\nET\r\nEL\r\n", [(S.ERROR, None, False)] * 3),
        ("mt-sics", b'Z A\r\nT S     50.00 g\r\nI4 A "1234"\r\n', []),
        ("mt-sics", b"\x17\xffS S      1.00 g\r\n", [(S.STABLE, Decimal(1), False)]),
        ("toledo-8217 kg", b"\x0201.235\r", [(S.STABLE, Decimal(1235), False)]),
        ("toledo-8217 kg", b"\x0200.500N\r", [(S.STABLE, Decimal(500), True)]),
        ("toledo-8217 kg", b"\x02?\x01\r\x02?A\r", [(S.MOTION, None, False)] * 2),
        (
            "toledo-8217 kg",
            b"\x02?\x02\r\x02?D\r",
            [(S.OVERLOAD, None, False), (S.UNDERLOAD, None, False)],
        ),
        ("toledo-8217 kg", b"\x02?a\r", [(S.MOTION, None, True)]),
        ("toledo-8217 kg", b"\x02?@\r\x02?P\r", []),  # nothing to report; centre of zero
        ("toledo-8217 kg", b"\x82\xb0\xb1.\xb2\xb3\xb5\x8d", [(S.STABLE, Decimal(1235), False)]),
        ("toledo-8217 kg", b"\x02xyz\r", [(S.ERROR, None, False)]),
        ("toledo-8217 lb", b"\x02001.00\r", [(S.STABLE, Decimal("453.5923700"), False)]),
        (
            "toledo-8213",
            b"\x02001.50\r\x02?a\r",
            [(S.STABLE, Decimal(1500), False), (S.MOTION, None, False)],
        ),
        (
            "toledo-8213",
            b"\x02?b\r\x02?d\r",
            [(S.OVERLOAD, None, False), (S.UNDERLOAD, None, False)],
        ),
        ("nci", b"\n0001.25LB\r\n00\r\x03", [(S.STABLE, to_grams(Decimal("1.25"), "lb"), False)]),
        ("nci", b"\n01.250KG\r\nS10\r\x03", [(S.MOTION, Decimal(1250), False)]),
        (
            "nci",
            b"\n1LB 2.5OZ\r\n00\r\x03",
            [(S.STABLE, to_grams(Decimal(1), "lb") + to_grams(Decimal("2.5"), "oz"), False)],
        ),
        (
            "nci",
            b"\n10\r\x03\n01\r\x03\n02\r\x03",
            [(S.MOTION, None, False), (S.UNDERLOAD, None, False), (S.OVERLOAD, None, False)],
        ),
        ("nci", b"\n04\r\x03\n08\r\x03", [(S.ERROR, None, False)] * 2),  # ROM, calibration
        ("nci", b"\n00\r\x03\n20\r\x03", []),  # status replies to S and Z
        ("nci", b"\n0.500KG\r\n0p4\r\x03", [(S.STABLE, Decimal(500), True)]),
        ("nci", b"\n?\r\x03", [(S.ERROR, None, False)]),
        ("cas", b"ST,GS,1\xc4,000013.5 kg\r\n", [(S.STABLE, Decimal(13500), False)]),
        ("cas", b"US,NT,\r\n,  -1.250 kg\r\n", [(S.UNDERLOAD, Decimal(-1250), True)]),
        ("cas", b"US,GS,1\x84,001234.5  g\r\n", [(S.MOTION, Decimal("1234.5"), False)]),
        ("cas", b"OL,GS,1\x84,         kg\r\n", [(S.OVERLOAD, None, False)]),
        ("cas", b"noiseST,GS,1\xc4,000001.0  g\r\n", [(S.STABLE, Decimal(1), False)]),
        ("dibal", b"S 01.234\r\n", [(S.STABLE, Decimal(1234), False)]),
        (
            "dibal",
            b"U 01.234\r\nU       \r\n",
            [(S.MOTION, Decimal(1234), False), (S.MOTION, None, False)],
        ),
        ("dibal", b"S-00.000\r\n", [(S.UNDERLOAD, None, False)]),
        ("dibal", b"S 00.000\r\n", [(S.STABLE, Decimal(0), False)]),  # also an overload
        (
            "line flagged",
            b"ST,+0001234.5 g\r\nUS,+0001234.9 g\r\n",
            [(S.STABLE, Decimal("1234.5"), False), (S.MOTION, Decimal("1234.9"), False)],
        ),
        (
            "line flagged",
            b"OL\r\nST,-0000050.0 g\r\nhello\r\n",
            [(S.OVERLOAD, None, False), (S.UNDERLOAD, Decimal(-50), False), (S.ERROR, None, False)],
        ),
        (
            "line default",
            b"  1,234 kg\r\n\r\n12.5\r\n",
            [(S.MOTION, Decimal(1234), False), (S.MOTION, Decimal("12.5"), False)],
        ),
    ],
)
def test_frames(
    name: str, data: bytes, expected: list[tuple[ScaleState, Decimal | None, bool]]
) -> None:
    assert read(CODECS[name], data) == expected


def test_a_frame_keeps_its_bytes() -> None:
    [reading] = protocol("mt-sics").new_decoder().feed(b"S S     100.00 g\r\n")
    assert reading.raw == b"S S     100.00 g"


def test_an_endless_frame_is_dropped_as_an_error() -> None:
    for name in ("mt-sics", "dibal", "line default", "nci", "toledo-8217 kg"):
        decoder = CODECS[name].new_decoder()
        start = b"\x02" if name.startswith("toledo") else b""
        readings = decoder.feed(start + b"7" * 300)
        assert [r.state for r in readings] == [S.ERROR], name


@st.composite
def chunked(draw: st.DrawFn, data: bytes) -> list[bytes]:
    cuts = sorted(draw(st.lists(st.integers(0, len(data)), max_size=12)))
    bounds = [0, *cuts, len(data)]
    return [data[a:b] for a, b in pairwise(bounds)]


@pytest.mark.parametrize("name", CODECS)
@settings(max_examples=150, deadline=None)
@given(data=st.data(), noise=st.binary(max_size=400))
def test_any_bytes_in_any_chunks_never_raise(name: str, data: st.DataObject, noise: bytes) -> None:
    decoder = CODECS[name].new_decoder()
    for chunk in data.draw(chunked(noise)):
        for reading in decoder.feed(chunk):
            assert isinstance(reading, Reading)
            assert reading.grams is None or reading.grams.is_finite()


# Round trips: the frame builders and the decoders agree.
# name: (codec, units with their decimals, carries net, motion carries a weight,
#        underload carries a weight, can say overload)
ROUND_TRIP: dict[str, tuple[Codec, dict[str, int], bool, bool, bool, bool]] = {
    "mt-sics": (CODECS["mt-sics"], mt_sics.DECIMALS, False, True, False, True),
    "toledo-8217 kg": (CODECS["toledo-8217 kg"], {"kg": 3}, True, False, False, True),
    "toledo-8217 lb": (CODECS["toledo-8217 lb"], {"lb": 2}, True, False, False, True),
    "toledo-8213": (CODECS["toledo-8213"], {"kg": 2}, False, False, False, True),
    "nci": (CODECS["nci"], nci.DECIMALS, True, True, False, True),
    "cas": (CODECS["cas"], cas.DECIMALS, True, True, True, True),
    "dibal": (CODECS["dibal"], {"kg": dibal.DECIMALS}, False, False, False, False),
    "line flagged": (CODECS["line flagged"], line.DECIMALS, False, True, True, True),
}


def test_every_protocol_has_a_round_trip() -> None:
    assert set(NAMES) == {name.split()[0] for name in ROUND_TRIP}


@st.composite
def displays(draw: st.DrawFn, name: str) -> tuple[Display, tuple[ScaleState, Decimal | None, bool]]:
    _, units, has_net, motion_weight, under_weight, overload = ROUND_TRIP[name]
    states = [S.STABLE, S.MOTION, S.UNDERLOAD] + ([S.OVERLOAD] if overload else [])
    state = draw(st.sampled_from(states))
    unit = draw(st.sampled_from(sorted(units)))
    steps = draw(st.integers(1 if state is S.UNDERLOAD else 0, 99_999))
    value = Decimal(steps).scaleb(-units[unit])
    grams = to_grams(-value if state is S.UNDERLOAD else value, unit)
    net = has_net and draw(st.booleans())
    display = Display(state, grams, net, unit)
    weight: Decimal | None = {
        S.STABLE: grams,
        S.MOTION: grams if motion_weight else None,
        S.UNDERLOAD: grams if under_weight else None,
        S.OVERLOAD: None,
    }[state]
    return display, (state, weight, net)


@pytest.mark.parametrize("name", ROUND_TRIP)
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_builder_and_decoder_round_trip(name: str, data: st.DataObject) -> None:
    codec = ROUND_TRIP[name][0]
    shown = data.draw(st.lists(displays(name), min_size=1, max_size=4))
    stream = b"".join(codec.frame_for(display) for display, _ in shown)
    decoder = codec.new_decoder()
    readings = [r for chunk in data.draw(chunked(stream)) for r in decoder.feed(chunk)]
    assert [(r.state, r.grams, r.net) for r in readings] == [want for _, want in shown]


@pytest.mark.parametrize("name", ROUND_TRIP)
@settings(max_examples=100, deadline=None)
@given(data=st.data(), noise=st.binary(max_size=100))
def test_a_decoder_resynchronises_after_garbage(
    name: str, data: st.DataObject, noise: bytes
) -> None:
    """Garbage may spoil the frame right after it, never the one after that."""
    codec = ROUND_TRIP[name][0]
    (first, _), (second, want) = data.draw(displays(name)), data.draw(displays(name))
    stream = noise + codec.frame_for(first) + codec.frame_for(second)
    decoder = codec.new_decoder()
    readings = [r for chunk in data.draw(chunked(stream)) for r in decoder.feed(chunk)]
    assert readings
    assert (readings[-1].state, readings[-1].grams, readings[-1].net) == want


def test_dibal_sends_an_overload_as_zero() -> None:
    frame = dibal.frame_for(Display(S.OVERLOAD, Decimal(99_000_000)))
    assert read(CODECS["dibal"], frame) == [(S.STABLE, Decimal(0), False)]
