"""TSPL: labels round-trip through the simulator's decoder, the status byte is read."""

from __future__ import annotations

from dataclasses import replace

import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.devices.printers import tspl
from packstation.devices.printers.calibration_label import (
    TEST_CODE128,
    qr_payload,
    render_test_label,
)
from packstation.devices.printers.connections import ConnectionSpec, open_connection
from packstation.devices.printers.label_media import LabelMedia
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.printers.tspl_decode import TsplDecoder, split_params
from tests.devices.printers.label_helpers import (
    bitmaps,
    clean_bitmap,
    exact_media,
    feed_in_pieces,
    same_pixels,
)

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
READY = PrinterStatus()


@settings(max_examples=80, deadline=None)
@given(
    bitmap=bitmaps(),
    dpi=st.sampled_from([203, 300]),
    cuts=st.lists(st.integers(1, 200), max_size=6),
)
def test_every_label_comes_back_dot_for_dot(bitmap: Bitmap, dpi: int, cuts: list[int]) -> None:
    data = tspl.encode_label(bitmap, exact_media(bitmap, dpi))
    _, [job] = feed_in_pieces(TsplDecoder(dpi), data, cuts)
    assert job.complete
    assert same_pixels(job.images[0], bitmap)


def test_bitmap_data_is_inverted_a_zero_bit_is_black() -> None:
    bitmap = clean_bitmap(10, 1, bytes([0b1000_0000, 0b0100_0000]))  # dots 0 and 9 black
    assert tspl.bitmap_data(bitmap) == bytes([0b0111_1111, 0b1011_1111])  # padding stays white


@pytest.mark.parametrize(
    ("kind", "command"),
    [("gap", "GAP 2.5 mm,0 mm"), ("mark", "BLINE 2.5 mm,0 mm"), ("continuous", "GAP 0,0")],
)
def test_media_settings_lead_the_label(kind: str, command: str) -> None:
    media = LabelMedia(99.5, 150, kind=kind, gap_mm=2.5, darkness=30, speed=4)  # type: ignore[arg-type]
    data = tspl.encode_label(clean_bitmap(16, 2, bytes(4)), media, copies=2)
    head, _, tail = data.partition(b"BITMAP 0,0,2,2,0,")
    lines = head.decode("ascii").split("\r\n")
    assert lines[:4] == ["SIZE 99.5 mm,150 mm", command, "DENSITY 15", "SPEED 4"]
    assert "CLS" in lines
    assert tail == b"\xff" * 4 + b"\r\nPRINT 2,1\r\n"
    _, [job] = feed_in_pieces(TsplDecoder(203), data, [])
    assert job.images[0].size == (796, 1200)
    assert "copies: 2" in job.notes and command in job.notes


def test_copies_must_be_at_least_one() -> None:
    with pytest.raises(ValueError):
        tspl.encode_label(clean_bitmap(8, 8, bytes(8)), LabelMedia(10, 10), copies=0)


def test_text_and_bitmap_modes() -> None:
    black = b"\x00"  # 8 black dots
    job_data = (
        b'SIZE 2 mm,1 mm\r\nCLS\r\nTEXT 0,0,"3",0,1,1,"Order, 1001"\r\n'
        b"BITMAP 0,0,1,1,0," + black + b"\r\n"
        b"BITMAP 4,0,1,1,2," + black + b"\r\n"  # XOR: dots 4..7 white again, 8..11 black
        b"BITMAP 0,1,1,1,1,\x0f\r\n"  # OR: dots 0..3 black
        b'BARCODE 10,10,"128",48,1,0,2,2,"X"\r\nPRINT 1\r\n'
    )
    _, [job] = feed_in_pieces(TsplDecoder(203), job_data, [3, 5, 40])
    image = job.images[0]
    assert image.size == (16, 8)
    assert [image.getpixel((x, 0)) for x in range(13)] == [0] * 4 + [255] * 4 + [0] * 4 + [255]
    assert [image.getpixel((x, 1)) for x in range(5)] == [0] * 4 + [255]
    assert job.text == "Order, 1001"
    assert any(note.startswith("not drawn: BARCODE") for note in job.notes)


def test_split_params_keeps_quoted_commas() -> None:
    assert split_params('10,20,"3",0,1,1,"a, b"') == ["10", "20", '"3"', "0", "1", "1", '"a, b"']


def test_the_image_buffer_lasts_until_cls() -> None:
    data = b"SIZE 1 mm,1 mm\r\nCLS\r\nBITMAP 0,0,1,1,0,\x00\r\nPRINT 1\r\nPRINT 1\r\nCLS\r\nPRINT 1\r\n"
    _, jobs = feed_in_pieces(TsplDecoder(203), data, [])
    assert [job.images[0].getpixel((0, 0)) for job in jobs] == [0, 0, 255]


def status_label() -> tuple[Bitmap, LabelMedia]:
    media = LabelMedia(100, 150)
    data = bytes((i * 13) % 256 for i in range(100 * 1200))
    return Bitmap(800, 1200, data), media


def test_paper_out_part_way_leaves_what_was_printed_and_drops_the_rest() -> None:
    bitmap, media = status_label()
    data = tspl.encode_label(bitmap, media)
    cut = data.index(b"BITMAP") + 30 + 100 * 600  # half the rows
    decoder = TsplDecoder(203)
    decoder.feed(data[:cut], READY)
    decoder.feed(data[cut:], replace(READY, paper_end=True))
    [job] = decoder.take_jobs()
    assert not job.complete
    # The raster had not arrived whole: nothing of it was drawn yet.
    assert job.images[0].getextrema() == (255, 255)
    decoder.feed(data, READY)
    [again] = decoder.take_jobs()
    assert again.complete and same_pixels(again.images[0], bitmap)


def test_a_label_cut_off_by_the_link_is_incomplete() -> None:
    bitmap, media = status_label()
    data = tspl.encode_label(bitmap, media)
    decoder = TsplDecoder(203)
    decoder.feed(data[:-10], READY)
    [job] = decoder.close()
    assert not job.complete
    assert any("before PRINT" in note for note in job.notes)


# <ESC>!?


@pytest.mark.parametrize(
    ("byte", "expected"),
    [
        (0x00, PrinterStatus()),
        (0x01, PrinterStatus(cover_open=True)),
        (0x04, PrinterStatus(paper_end=True)),
        (0x05, PrinterStatus(cover_open=True, paper_end=True)),
        (0x10, PrinterStatus(paused=True)),
        (0x02, PrinterStatus(error=True)),
        (0x08, PrinterStatus(error=True)),
        (0x80, PrinterStatus(error=True)),
        (0x20, PrinterStatus()),  # printing: busy, not stopped
    ],
)
def test_the_status_byte(byte: int, expected: PrinterStatus) -> None:
    assert tspl.parse_status(byte) == expected
    assert tspl.status_query() == b"\x1b!?"


@pytest.mark.parametrize("byte", [-1, 256])
def test_a_status_byte_out_of_range_is_a_value_error(byte: int) -> None:
    with pytest.raises(ValueError):
        tspl.parse_status(byte)


@given(st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_the_simulated_byte_reads_back(paper: bool, cover: bool, paused: bool, error: bool) -> None:
    status = PrinterStatus(paper_end=paper, cover_open=cover, paused=paused, error=error)
    assert tspl.parse_status(tspl.status_byte(status)) == status


def test_the_decoder_answers_mid_job_and_not_when_offline() -> None:
    decoder = TsplDecoder(203)
    assert decoder.feed(b"SIZE 10 mm,10 mm\r\n\x1b!?", PrinterStatus(paused=True)) == b"\x10"
    assert decoder.feed(b"\x1b!?", PrinterStatus(online=False)) == b""


_TOKENS = st.sampled_from(
    [b"SIZE ", b"100 mm", b",", b"BITMAP ", b"0,0,", b"1,1,", b"2,", b"99999,", b"CLS", b"PRINT 1",
     b"TEXT ", b'"', b"\r\n", b"\n", b"\x1b!?", b"\x1b!R", b"\x1b", b"GAP 2 mm,0", b"4", b"dot",
     b"REFERENCE 5,5", b"\x00\xff"]
)  # fmt: skip


@FUZZ
@given(
    chunks=st.lists(
        st.binary(max_size=64) | st.lists(_TOKENS, max_size=12).map(b"".join), max_size=12
    ),
    statuses=st.lists(st.builds(PrinterStatus, st.booleans(), st.booleans(), st.booleans())),
)
def test_the_decoder_survives_any_bytes(chunks: list[bytes], statuses: list[PrinterStatus]) -> None:
    decoder = TsplDecoder(300)
    for index, chunk in enumerate(chunks):
        decoder.feed(chunk, statuses[index % len(statuses)] if statuses else READY)
        decoder.take_jobs()
    decoder.close()


def test_the_test_label_over_tcp_reads_back_with_a_scanner(start_simulator) -> None:  # type: ignore[no-untyped-def]
    simulator = start_simulator("tspl", dpi=300)
    media = LabelMedia(100, 150, dpi=300)
    label = render_test_label(media, station="梱包 1", lines=["2026-11-23"])
    connection = open_connection(ConnectionSpec("network", f"127.0.0.1:{simulator.port}"))
    try:
        before = tspl.parse_status(connection.query(tspl.status_query(), 1, timeout=5)[0])
        connection.send(tspl.encode_label(label, media))
        [job] = simulator.wait_for_jobs(1, timeout=5)
        simulator.status = replace(simulator.status, paper_end=True)
        after = tspl.parse_status(connection.query(tspl.status_query(), 1, timeout=5)[0])
    finally:
        connection.close()
    assert before.ready and after.paper_end
    assert job.complete
    assert same_pixels(job.images[0], label)
    read = {(found.format.name, found.text) for found in zxingcpp.read_barcodes(job.images[0])}
    assert read == {("Code128", TEST_CODE128), ("QRCode", qr_payload(media))}
