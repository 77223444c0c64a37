"""ZPL II: labels round-trip through the simulator's decoder, zebrafy agrees, ~HS is read."""

from __future__ import annotations

import base64
import re
import zlib
from dataclasses import replace

import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zebrafy import ZebrafyImage, ZebrafyZPL
from zebrafy.crc import CRC

from packstation.devices.printers import zpl
from packstation.devices.printers.calibration_label import (
    TEST_CODE128,
    qr_payload,
    render_test_label,
)
from packstation.devices.printers.connections import ConnectionSpec, open_connection
from packstation.devices.printers.label_media import LabelMedia
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.printers.zpl_decode import ZplDecoder, ascii_decompress
from tests.devices.printers.label_helpers import (
    bitmaps,
    clean_bitmap,
    exact_media,
    feed_in_pieces,
    same_pixels,
)

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROUND_TRIPS = settings(max_examples=80, deadline=None)
READY = PrinterStatus()


def checkerboard_label() -> tuple[Bitmap, LabelMedia]:
    """A full 100x150 mm label at 203 dpi with blank rows, runs and noise."""
    media = LabelMedia(100, 150)
    rows = []
    for y in range(media.height_dots):
        if y % 97 < 20:
            rows.append(bytes(100))
        else:
            rows.append(bytes((x * 7 + y) % 256 if x % 9 else 0xFF for x in range(100)))
    return Bitmap(800, 1200, b"".join(rows)), media


@ROUND_TRIPS
@given(
    bitmap=bitmaps(),
    compression=st.sampled_from(["z64", "ascii"]),
    dpi=st.sampled_from([203, 300]),
    cuts=st.lists(st.integers(1, 200), max_size=6),
)
def test_every_label_comes_back_dot_for_dot(
    bitmap: Bitmap, compression: zpl.Compression, dpi: int, cuts: list[int]
) -> None:
    data = zpl.encode_label(bitmap, exact_media(bitmap, dpi), compression=compression)
    _, [job] = feed_in_pieces(ZplDecoder(dpi), data, cuts)
    assert job.complete
    assert same_pixels(job.images[0], bitmap)


@pytest.mark.parametrize("compression", ["z64", "ascii"])
def test_a_full_waybill_goes_in_fields_within_the_zpl_limits(compression: zpl.Compression) -> None:
    bitmap, media = checkerboard_label()
    data = zpl.encode_label(bitmap, media, compression=compression)
    sizes = [int(c) for c in re.findall(rb"\^GFA,\d+,(\d+),100,", data)]
    assert sum(sizes) == 120000 and all(size <= 99999 for size in sizes) and len(sizes) == 2
    _, [job] = feed_in_pieces(ZplDecoder(203), data, [4096] * 40)
    assert same_pixels(job.images[0], bitmap)


def test_runs_longer_than_one_repeat_count_are_split() -> None:
    width = 1800  # 450 hex digits a row: beyond "zY" (419)
    rows = [bytes([0x55]) * 225, bytes(225), b"\xff" * 225, bytes([0x12]) + b"\xab" * 224]
    bitmap = clean_bitmap(width, 8, b"".join(rows * 2))
    compressed = zpl.ascii_compress(bitmap.data, bitmap.row_bytes)
    assert ascii_decompress(compressed, len(bitmap.data), bitmap.row_bytes) == bitmap.data


def test_the_ascii_compression_is_zebras() -> None:
    # Rows: "0F0F" then 2 white bytes, a repeated row, and a black row (4 bytes each).
    data = bytes.fromhex("0F0F00000F0F0000FFFFFFFF00000000123333FF")
    assert zpl.ascii_compress(data, 4) == "0F0F,:!,12J3!"
    assert zpl.ascii_compress(bytes.fromhex("A" * 60), 30) == "iA"  # i = 60
    assert ascii_decompress("iA", 30, 30) == bytes.fromhex("A" * 60)
    assert ascii_decompress("vMB", 327, 327)[:163] == bytes.fromhex("B" * 326)


def test_z64_is_zlib_in_base64_with_the_crc_printers_check() -> None:
    data = bytes(range(256)) * 4
    field = zpl.z64_encode(data)
    _, kind, encoded, crc = field.split(":")
    assert kind == "Z64"
    assert zlib.decompress(base64.b64decode(encoded)) == data
    assert crc == CRC(encoded.encode("ascii")).get_crc_hex_string()


@pytest.mark.parametrize("compression", ["z64", "ascii"])
def test_zebrafy_reads_our_graphic_fields(compression: zpl.Compression) -> None:
    bitmap = clean_bitmap(203, 57, bytes((i * 37) % 256 for i in range(26 * 57)))
    data = zpl.encode_label(bitmap, exact_media(bitmap, 203), compression=compression)
    [image] = ZebrafyZPL(data.decode("ascii")).to_images()
    assert image.convert("1").crop((0, 0, 203, 57)).tobytes() == bitmap.to_image().tobytes()


@pytest.mark.parametrize("zebrafy_format", ["Z64", "ASCII_COMPRESSED", "ASCII", "B64"])
def test_we_read_zebrafys_labels(zebrafy_format: str) -> None:
    bitmap = clean_bitmap(150, 61, bytes((i * 11) % 256 if i % 5 else 0 for i in range(19 * 61)))
    label = ZebrafyImage(bitmap.to_image(), format=zebrafy_format, set_label_size=True).to_zpl()
    _, [job] = feed_in_pieces(ZplDecoder(203), label.encode("ascii"), [])
    assert job.images[0].crop((0, 0, 150, 61)).tobytes() == bitmap.to_image().tobytes()


@pytest.mark.parametrize(
    ("kind", "command"), [("gap", "^MNY"), ("mark", "^MNM"), ("continuous", "^MNN")]
)
def test_media_settings_lead_the_label(kind: str, command: str) -> None:
    media = LabelMedia(100, 150, kind=kind, darkness=7, speed=4)  # type: ignore[arg-type]
    text = zpl.encode_label(clean_bitmap(8, 8, bytes(8)), media, copies=3).decode("ascii")
    assert text.startswith("^XA\n")
    assert text.endswith("^XZ\n")
    for part in (
        command,
        "^PW800",
        "^LL1200",
        "^LH0,0",
        "~SD07",
        "^PR4",
        "^PQ3",
        "^FO0,0^GFA,8,8,1,",
    ):
        assert part in text
    _, [job] = feed_in_pieces(ZplDecoder(203), text.encode("ascii"), [])
    assert "copies: 3" in job.notes and command in job.notes


def test_copies_must_be_at_least_one() -> None:
    with pytest.raises(ValueError):
        zpl.encode_label(clean_bitmap(8, 8, bytes(8)), LabelMedia(10, 10), copies=0)


def test_text_fields_and_barcode_data_are_kept_apart() -> None:
    label = (
        b"^XA^CI28^PW400^LL200^FO10,10^A0N,30,30^FDOrder \xe2\x84\x96 1001^FS"
        b"^FO10,60^BY2^BCN,50,N^FD12345678^FS^FO10,120^FDShip today^FS^ZZ1^XZ"
    )
    _, [job] = feed_in_pieces(ZplDecoder(203), label, [7, 30])
    assert job.text.splitlines() == ["Order № 1001", "Ship today"]
    assert "barcode ^BC: 12345678" in job.notes
    assert any("unknown command ^ZZ" in note for note in job.notes)
    assert job.images[0].size == (400, 200)


def test_binary_graphic_data_may_hold_command_prefixes() -> None:
    label = b"^XA^PW16^LL2^FO0,0^GFB,4,4,2,^~\x00\xff^FS^FDafter^FS^XZ"
    _, [job] = feed_in_pieces(ZplDecoder(203), label, [20, 2, 1])
    rows = [[job.images[0].getpixel((x, y)) for x in range(16)] for y in range(2)]
    bits = [f"{byte:08b}" for byte in b"^~\x00\xff"]
    expected = [[0 if bit == "1" else 255 for bit in bits[y * 2] + bits[y * 2 + 1]] for y in (0, 1)]
    assert rows == expected
    assert job.text == "after"


def test_a_graphic_with_a_wrong_crc_is_dropped_as_the_printer_does() -> None:
    field = zpl.z64_encode(b"\xff" * 8)
    bad = field[:-4] + ("0000" if not field.endswith("0000") else "1111")
    label = f"^XA^PW8^LL8^FO0,0^GFA,8,8,1,{bad}^FS^XZ".encode("ascii")
    _, [job] = feed_in_pieces(ZplDecoder(203), label, [])
    assert job.images[0].getextrema() == (255, 255)
    assert any("CRC" in note for note in job.notes)


def test_paper_out_part_way_leaves_what_was_printed_and_drops_the_rest() -> None:
    bitmap, media = checkerboard_label()
    data = zpl.encode_label(bitmap, media)
    second_field = data.index(b"^FO0,", data.index(b"^GFA") + 1)
    decoder = ZplDecoder(203)
    decoder.feed(data[:second_field], READY)
    decoder.feed(data[second_field:], replace(READY, paper_end=True))
    [job] = decoder.take_jobs()
    assert not job.complete
    first_rows = 99999 // 100
    top = job.images[0].crop((0, 0, 800, first_rows))
    assert top.tobytes() == bitmap.to_image().crop((0, 0, 800, first_rows)).tobytes()
    assert job.images[0].crop((0, first_rows, 800, 1200)).getextrema() == (255, 255)
    # The next label prints again once there is paper.
    decoder.feed(zpl.encode_label(bitmap, media), READY)
    assert [job.complete for job in decoder.take_jobs()] == [True]


def test_a_label_cut_off_by_the_link_is_incomplete() -> None:
    bitmap, media = checkerboard_label()
    data = zpl.encode_label(bitmap, media)
    decoder = ZplDecoder(203)
    decoder.feed(data[: len(data) // 2], READY)
    [job] = decoder.close()
    assert not job.complete
    assert any("before ^XZ" in note for note in job.notes)


# ~HS

MANUAL_LIKE = (
    b"\x02030,{paper},{pause},1200,000,0,0,0,000,0,0,0\x03\r\n"
    b"\x02001,0,{head},{ribbon},{transfer},2,6,0,00000000,1,000\x03\r\n"
    b"\x021234,0\x03\r\n"
)


def host_status(paper: int = 0, pause: int = 0, head: int = 0, ribbon: int = 0, transfer: int = 0):
    return (
        MANUAL_LIKE.replace(b"{paper}", b"%d" % paper)
        .replace(b"{pause}", b"%d" % pause)
        .replace(b"{head}", b"%d" % head)
        .replace(b"{ribbon}", b"%d" % ribbon)
        .replace(b"{transfer}", b"%d" % transfer)
    )


def test_host_status_flags() -> None:
    assert zpl.parse_host_status(host_status()).ready
    assert zpl.parse_host_status(host_status(paper=1)).paper_end
    assert zpl.parse_host_status(host_status(pause=1)).paused
    assert zpl.parse_host_status(host_status(head=1)).cover_open
    assert not zpl.parse_host_status(host_status(ribbon=1)).error  # direct thermal: no ribbon
    assert zpl.parse_host_status(host_status(ribbon=1, transfer=1)).error
    assert zpl.status_query() == b"~HS"


def test_the_end_of_a_host_status_reply_is_found() -> None:
    reply = host_status(paper=1)
    assert zpl.host_status_end(reply[:-10]) is None
    assert zpl.host_status_end(reply + b"\x02next") == len(reply)


@given(st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.integers(0, 40000))
def test_the_simulated_reply_reads_back(
    paper: bool, cover: bool, paused: bool, error: bool, length: int
) -> None:
    status = PrinterStatus(paper_end=paper, cover_open=cover, paused=paused, error=error)
    assert zpl.parse_host_status(zpl.host_status_reply(status, label_length=length)) == status


@pytest.mark.parametrize(
    "reply", [b"", b"\x02030,1,0\x03", b"\x02030,x,0,1\x03\r\n\x02001,0,0,0,0\x03", b"garbage"]
)
def test_a_garbled_host_status_is_a_value_error(reply: bytes) -> None:
    with pytest.raises(ValueError):
        zpl.parse_host_status(reply)


@FUZZ
@given(st.binary(max_size=300))
def test_host_status_parsing_only_ever_raises_value_error(reply: bytes) -> None:
    try:
        zpl.parse_host_status(reply)
    except ValueError:
        pass


def test_the_decoder_answers_host_status_from_the_printer_state() -> None:
    decoder = ZplDecoder(203)
    reply = decoder.feed(b"^XA^LL1200~HS", PrinterStatus(paper_end=True))
    status = zpl.parse_host_status(reply)
    assert status.paper_end and not status.ready
    assert decoder.feed(b"~HS", PrinterStatus(online=False)) == b""


# Garbage in, never an exception out.

_TOKENS = st.sampled_from(
    [b"^XA", b"^XZ", b"^FS", b"~HS", b"^FO", b"^PW", b"^LL", b"^GFA,", b"^GFB,", b"^GFC,",
     b"^FD", b"^A0N", b"^BC", b"^CI28", b":Z64:", b":B64:", b",", b":", b"!", b"eJw", b"zY",
     b"9", b"100", b"99999", b"-1", b"\xff\xfe", b"^", b"~", b"\r\n"]
)  # fmt: skip


@FUZZ
@given(
    chunks=st.lists(
        st.binary(max_size=64) | st.lists(_TOKENS, max_size=12).map(b"".join), max_size=12
    ),
    statuses=st.lists(st.builds(PrinterStatus, st.booleans(), st.booleans(), st.booleans())),
)
def test_the_decoder_survives_any_bytes(chunks: list[bytes], statuses: list[PrinterStatus]) -> None:
    decoder = ZplDecoder(203)
    for index, chunk in enumerate(chunks):
        decoder.feed(chunk, statuses[index % len(statuses)] if statuses else READY)
        decoder.take_jobs()
    decoder.close()


# Over TCP, through the simulator.


def test_the_test_label_over_tcp_reads_back_with_a_scanner(start_simulator) -> None:  # type: ignore[no-untyped-def]
    simulator = start_simulator("zpl")
    media = LabelMedia(100, 150)
    label = render_test_label(media, station="Station 1", lines=["2026-11-23"])
    connection = open_connection(ConnectionSpec("network", f"127.0.0.1:{simulator.port}"))
    try:
        before = zpl.parse_host_status(connection.query(zpl.status_query(), None, timeout=5))
        connection.send(zpl.encode_label(label, media))
        [job] = simulator.wait_for_jobs(1, timeout=5)
        simulator.status = replace(simulator.status, cover_open=True)
        after = zpl.parse_host_status(connection.query(zpl.status_query(), None, timeout=5))
    finally:
        connection.close()
    assert before.ready and after.cover_open
    assert job.complete
    assert same_pixels(job.images[0], label)
    read = {(found.format.name, found.text) for found in zxingcpp.read_barcodes(job.images[0])}
    assert read == {("Code128", TEST_CODE128), ("QRCode", qr_payload(media))}


def test_the_printer_reports_its_resolution_through_host_identification() -> None:
    for dpi in (203, 300):
        decoder = ZplDecoder(dpi=dpi)
        reply = decoder.feed(b"~HI", PrinterStatus())
        assert zpl.identity_end(reply) == len(reply)
        assert zpl.parse_identity_dpi(reply) == dpi
    assert zpl.parse_identity_dpi(b"\x02ZT410-300dpi,V72.20.01Z,12,8192KB,X\x03") == 300
    with pytest.raises(ValueError):
        zpl.parse_identity_dpi(b"\x02garbage\x03")
