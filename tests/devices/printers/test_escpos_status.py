"""`DLE EOT` real-time status: parsing the printer's bytes and the simulator's answers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.devices.printers.escpos_decode import EscPosDecoder
from packstation.devices.printers.escpos_status import STATUS_QUERY, parse_status, reply_byte
from packstation.devices.printers.status import PrinterStatus


def test_the_query_is_four_dle_eot_requests() -> None:
    assert STATUS_QUERY == b"\x10\x04\x01\x10\x04\x02\x10\x04\x03\x10\x04\x04"


def test_a_ready_printer() -> None:
    assert parse_status(bytes((0x12, 0x12, 0x12, 0x12))) == PrinterStatus()


def test_out_of_paper_as_the_escpos_crate_documents_it() -> None:
    # escpos-rs: "DLE EOT 1, 2 and 4 replies of a printer that is out of paper": 1A 32 7E.
    status = parse_status(bytes((0x1A, 0x32, 0x12, 0x7E)))
    assert status.paper_end and status.paper_near_end and not status.online
    assert not status.cover_open and not status.ready


def test_cover_open_and_cutter_error() -> None:
    status = parse_status(bytes((0x1A, 0x16, 0x1A, 0x12)))
    assert status.cover_open and status.error and not status.paper_end


def test_near_end_only_is_still_ready() -> None:
    status = parse_status(bytes((0x12, 0x12, 0x12, 0x1E)))
    assert status.paper_near_end and status.ready


def test_bytes_that_are_not_status_answers_are_refused() -> None:
    with pytest.raises(ValueError):
        parse_status(b"\x00\x12\x12\x12")
    with pytest.raises(ValueError):
        parse_status(b"\x12\x12")


statuses = st.builds(
    PrinterStatus,
    online=st.booleans(),
    cover_open=st.booleans(),
    paper_end=st.booleans(),
    paper_near_end=st.booleans(),
    error=st.booleans(),
    paused=st.booleans(),
)


@given(statuses)
def test_the_simulator_answers_as_the_parser_reads(status: PrinterStatus) -> None:
    reply = EscPosDecoder().feed(STATUS_QUERY, status)
    assert len(reply) == 4
    parsed = parse_status(reply)
    assert parsed.online == status.ready  # a printer that cannot print reports offline
    assert (parsed.cover_open, parsed.paper_end, parsed.paper_near_end) == (
        status.cover_open,
        status.paper_end,
        status.paper_near_end,
    )
    assert (parsed.error, parsed.paused) == (status.error, status.paused)


@given(st.binary(min_size=0, max_size=6))
def test_any_bytes_parse_or_are_refused(reply: bytes) -> None:
    try:
        parse_status(reply)
    except ValueError:
        pass


def test_unknown_requests_get_no_answer() -> None:
    decoder = EscPosDecoder()
    assert decoder.feed(b"\x10\x04\x09", PrinterStatus()) == b""
    assert reply_byte(9, PrinterStatus()) is None
