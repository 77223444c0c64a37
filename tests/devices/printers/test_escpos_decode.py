"""The ESC/POS simulator decoder: barcodes read back, chunking, paper out, any bytes."""

from __future__ import annotations

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.devices.printers.barcode_bars import (
    bars_bitmap,
    code128_data,
    code128_modules,
    code128_values,
)
from packstation.devices.printers.escpos_decode import EscPosDecoder
from packstation.devices.printers.escpos_job import BarcodeTooWideError, ReceiptJob
from packstation.devices.printers.escpos_library import Dummy, quiet
from packstation.devices.printers.escpos_profiles import profile_info
from packstation.devices.printers.escpos_status import STATUS_QUERY, parse_status
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.simulation import DecodedJob, PrintedLine
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.transport import SerialConfig, open_serial
from tests.devices.printers.conftest import PtyPrinter

TM_T20 = profile_info("TM-T20II")
NO_HARDWARE_CODES = profile_info("NT-5890K")  # no barcodeB, no qrCode: raster only


def decode(data: bytes, profile=TM_T20) -> list[DecodedJob]:
    decoder = EscPosDecoder(profile)
    decoder.feed(data, PrinterStatus())
    return decoder.close()


def read(image) -> list[tuple[str, str]]:
    return [(result.format.name, result.text) for result in zxingcpp.read_barcodes(image)]


def test_code128_ean13_and_qr_read_back_with_zxing() -> None:
    job = ReceiptJob(TM_T20)
    job.barcode_code128("502763-20261123-00000001")
    job.barcode_code128("12345678")  # all digits: code set C
    job.barcode_code128("ABC-123456789-X{")
    job.barcode_ean13("490000000001")
    job.qr("https://track.example/ABC{123}", 4)
    (printed,) = decode(job.cut().bytes())
    assert [read(image) for image in printed.images] == [
        [("Code128", "502763-20261123-00000001")],
        [("Code128", "12345678")],
        [("Code128", "ABC-123456789-X{")],
        [("EAN13", "4900000000016")],
        [("QRCode", "https://track.example/ABC{123}")],
    ]
    assert "CODE128: 12345678" in printed.notes
    assert "QR: https://track.example/ABC{123}" in printed.notes


def test_printers_without_hardware_codes_get_the_same_symbols_as_images() -> None:
    job = ReceiptJob(NO_HARDWARE_CODES)
    job.barcode_code128("ORDER-1").barcode_ean13("4900000000016").qr("hello", 3)
    data = job.cut().bytes()
    assert b"\x1dk" not in data and b"\x1d(k" not in data
    (printed,) = decode(data, NO_HARDWARE_CODES)
    assert [read(image)[0][1] for image in printed.images] == ["ORDER-1", "4900000000016", "hello"]


def test_raster_qr_is_the_same_picture_as_the_printer_draws() -> None:
    native = decode(ReceiptJob(TM_T20).qr("same", 3).bytes())[0].images[0]
    drawn = decode(ReceiptJob(NO_HARDWARE_CODES).qr("same", 3, align="left").bytes())[0].images[0]
    native_bits = Bitmap.from_image(native)
    drawn_bits = Bitmap.from_image(drawn.crop((0, 0, native.width, native.height)))
    assert native_bits == drawn_bits


def test_barcode_bytes_match_python_escpos() -> None:
    dummy = Dummy(profile="TM-T20II")
    with quiet():
        dummy.barcode("{B" + "ORDER-1", "CODE128", function_type="B")
        dummy.barcode("490000000001", "EAN13", function_type="B")
    ours = ReceiptJob(TM_T20).barcode_code128("ORDER-1").barcode_ean13("490000000001")
    assert ours.bytes() == b"\x1b@" + dummy.output


def test_code_set_c_packs_digit_pairs_into_bytes() -> None:
    assert code128_data("123456") == b"{C\x0c\x22\x38"
    assert code128_data("12345") == b"{B1{C\x17\x2d"
    assert code128_data("AB123C") == b"{BAB123C"
    assert code128_data("502763-20261123-00000001") == (
        b"{C\x32\x1b\x3f{B-{C\x14\x1a\x0b\x17{B-{C\x00\x00\x00\x01"
    )
    assert code128_data("a{b") == b"{Ba{{b"
    # HPRT TP80K manual example: "No." in set B, then 123456 in set C.
    assert code128_values(b"{BNo.{C\x0c\x22\x38")[1] == "No.123456"


def test_a_cut_ends_the_job() -> None:
    decoder = EscPosDecoder(TM_T20)
    decoder.feed(ReceiptJob(TM_T20).text("one").cut().bytes(), PrinterStatus())
    decoder.feed(ReceiptJob(TM_T20).text("two").bytes(), PrinterStatus())
    assert [job.text for job in decoder.take_jobs()] == ["one"]
    assert [job.text for job in decoder.close()] == ["two"]


def test_paper_out_mid_job_keeps_what_was_printed() -> None:
    decoder = EscPosDecoder(TM_T20)
    decoder.feed(ReceiptJob(TM_T20).text("printed").bytes(), PrinterStatus())
    decoder.feed(b"lost\n\x1dv0\x00\x01\x00\x01\x00\xff", PrinterStatus(paper_end=True))
    decoder.feed(b"\x1bd\x06\x1dV\x00", PrinterStatus(paper_end=True))
    (job,) = decoder.take_jobs()
    assert job.text == "printed"
    assert job.images == []
    assert job.complete is False


def test_cover_open_marks_the_job_incomplete() -> None:
    decoder = EscPosDecoder(TM_T20)
    decoder.feed(b"\x1b@abc\n\x1dV\x00", PrinterStatus(cover_open=True))
    (job,) = decoder.take_jobs()
    assert job.complete is False and job.text == ""


def test_connection_ending_inside_a_command() -> None:
    decoder = EscPosDecoder(TM_T20)
    decoder.feed(b"\x1b@abc\n\x1dv0\x00\x10\x00\x40\x00\x00\x00", PrinterStatus())
    (job,) = decoder.close()
    assert job.text == "abc" and job.complete is False


def test_status_queries_alone_make_no_job() -> None:
    decoder = EscPosDecoder(TM_T20)
    assert len(decoder.feed(STATUS_QUERY, PrinterStatus())) == 4
    assert decoder.close() == []


def test_unknown_commands_are_noted() -> None:
    (job,) = decode(b"\x1b@\x1b\x7fX\x1d\x01Y\n")
    assert job.text == "XY"
    assert any("unknown command ESC" in note for note in job.notes)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.lists(st.integers(1, 40), max_size=20))
def test_random_bytes_in_random_chunks_never_raise(data: bytes, chunks: list[int]) -> None:
    decoder = EscPosDecoder(TM_T20)
    position = 0
    for size in chunks:
        decoder.feed(data[position : position + size], PrinterStatus())
        position += size
    decoder.feed(data[position:], PrinterStatus())
    decoder.take_jobs()
    decoder.close()


COMMAND_PIECES = st.sampled_from(
    [b"\x1b", b"\x1d", b"\x1c", b"\x10\x04", b"\x1dv0", b"\x1dk", b"\x1d(k", b"\x1bt", b"{C"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(COMMAND_PIECES, st.binary(max_size=8)), max_size=40))
def test_command_fragments_never_raise(pieces: list[bytes]) -> None:
    decoder = EscPosDecoder(TM_T20)
    for piece in pieces:
        decoder.feed(piece, PrinterStatus(paper_end=len(piece) == 3))
    decoder.close()


def test_a_receipt_and_a_status_query_over_a_serial_line(pty_printer: PtyPrinter) -> None:
    job = ReceiptJob(TM_T20).text("Заказ №123").barcode_code128("ORDER-1").cut()
    port = open_serial(SerialConfig(pty_printer.port, timeout=5.0))
    try:
        port.write(job.bytes())
        (printed,) = pty_printer.wait_for_jobs(1, timeout=5.0)
        pty_printer.status = PrinterStatus(paper_near_end=True)
        port.write(STATUS_QUERY)
        reply = port.read(4)
    finally:
        port.close()
    assert printed.text == "Заказ №123"
    assert read(printed.images[0]) == [("Code128", "ORDER-1")]
    assert parse_status(reply) == PrinterStatus(paper_near_end=True)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1))
def test_any_printable_code128_reads_back(data: str) -> None:
    values, text = code128_values(code128_data(data))
    assert text == data
    image = bars_bitmap(code128_modules(values), 2, 40).to_image()
    assert read(image) == [("Code128", data)]


def test_a_code_too_long_for_the_paper_is_refused() -> None:
    with pytest.raises(BarcodeTooWideError) as raised:
        ReceiptJob(NO_HARDWARE_CODES).barcode_code128("X" * 40)
    assert raised.value.message.text.context == "Receipt printer"


def test_lines_and_images_in_print_order_with_their_style() -> None:
    job = ReceiptJob(TM_T20)
    job.text("Packing slip", bold=True, size=(2, 2), align="center")
    job.barcode_code128("ABC-1")
    job.text("2 x Tea         1 200,00")
    job.text("Total", bold=True, align="right")
    (printed,) = decode(job.cut().bytes())

    lines = [part for part in printed.parts if isinstance(part, PrintedLine)]
    images = [part for part in printed.parts if not isinstance(part, PrintedLine)]
    assert images == printed.images and len(images) == 1
    assert printed.parts.index(images[0]) == 1
    assert lines[:3] == [
        PrintedLine("Packing slip", bold=True, size=(2, 2), align="center"),
        PrintedLine("2 x Tea         1 200,00"),
        PrintedLine("Total", bold=True, align="right"),
    ]


def test_esc_bang_sets_emphasis_and_double_size() -> None:
    (printed,) = decode(b"\x1b@\x1b!\x38Big\n\x1b!\x00small\n\x1dV\x00")

    assert printed.parts[:2] == [PrintedLine("Big", bold=True, size=(2, 2)), PrintedLine("small")]
