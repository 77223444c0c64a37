"""Whatever bytes a scanner or printer sends: a value or the parser's own error, never a crash."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.devices.printers import escpos_status, tspl, zpl
from packstation.devices.printers.escpos_decode import EscPosDecoder
from packstation.devices.printers.jobs import status_query
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.printers.tspl_decode import TsplDecoder
from packstation.devices.printers.zpl_decode import ZplDecoder
from packstation.domain.barcodes import GS, parse_scan

FAST = settings(max_examples=200, deadline=None)
REAL_SCANS = [
    "]C101095011015300031725123110ABC123" + GS + "2112345",
    "]E04006381333931",
    "(01)09501101530003(17)251231(10)ABC",
    "0104607008244045215Jo!sN" + GS + "91EE06" + GS + "92abc=",
    "]d201046070082440452155ahjS" + GS + "91EE10",
]


@st.composite
def mutated(draw: st.DrawFn, samples: list[bytes] | list[str]) -> bytes | str:
    """A real sample with a few characters replaced, inserted or cut off."""
    text = draw(st.sampled_from(samples))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.binary(max_size=3) if isinstance(text, bytes) else st.text(max_size=3))
        cut = draw(st.integers(0, 2))
        text = text[:at] + piece + text[at + cut :]
    return text


@FAST
@given(st.text() | mutated(REAL_SCANS))
def test_any_scan_reads_as_a_code(raw: str) -> None:
    code = parse_scan(raw)
    assert code.raw == raw.strip(" \r\n\t")
    assert code.gtin is None or (len(code.gtin) == 14 and code.gtin.isdigit())


@pytest.mark.parametrize("protocol", ["escpos", "zpl", "tspl"])
@FAST
@given(reply=st.binary(max_size=64))
def test_any_status_reply_is_a_status_or_a_value_error(protocol: str, reply: bytes) -> None:
    """`ValueError` is what the print job turns into "the printer's status is garbled"."""
    query = status_query(protocol)
    if callable(query.reply_length):
        query.reply_length(reply)
    try:
        assert isinstance(query.parse(reply), PrinterStatus)
    except ValueError:
        pass


@FAST
@given(reply=mutated([escpos_status.STATUS_QUERY, zpl.host_status_reply(PrinterStatus())]))
def test_near_valid_status_replies(reply: bytes) -> None:
    for protocol in ("escpos", "zpl"):
        try:
            status_query(protocol).parse(reply)
        except ValueError:
            pass


def test_an_empty_tspl_status_reply_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        status_query("tspl").parse(b"")
    assert tspl.parse_status(0).online


@pytest.mark.parametrize("decoder", [EscPosDecoder, ZplDecoder, TsplDecoder])
@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=600), cuts=st.lists(st.integers(0, 600), max_size=8))
def test_the_simulators_decode_any_stream_in_any_chunks(decoder, data: bytes, cuts) -> None:  # type: ignore[no-untyped-def]
    sim = decoder()
    bounds = [0, *sorted(min(cut, len(data)) for cut in cuts), len(data)]
    for start, end in pairwise(bounds):
        assert isinstance(sim.feed(data[start:end], PrinterStatus()), bytes)
    sim.close()
