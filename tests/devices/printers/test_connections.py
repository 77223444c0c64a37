"""Each connection kind over a real link: loopback TCP, a pty, a file, a missing library."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import replace
from importlib.util import find_spec
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.devices.printers.connections import (
    ConnectionSpec,
    PrinterOffline,
    PrintFailed,
    ReplyLength,
    StatusUnavailable,
    _read_reply,
    open_connection,
    parse_host_port,
)
from packstation.devices.printers.escpos_status import STATUS_QUERY, parse_status
from packstation.devices.printers.simulator import PrinterSimulator
from packstation.devices.printers.status import PrinterStatus
from packstation.devices.printers.zpl import host_status_end
from packstation.devices.transport import SerialConfig
from tests.devices.printers.conftest import PtyPrinter, receipt


def network(simulator: PrinterSimulator, timeout: float = 5.0) -> ConnectionSpec:
    return ConnectionSpec("network", f"127.0.0.1:{simulator.port}", timeout=timeout)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port where the kernel takes the connection but nobody ever answers: a hung printer."""
    listener = socket.create_server(("127.0.0.1", 0))
    yield listener.getsockname()[1]
    listener.close()


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        return listener.getsockname()[1]


def test_a_job_sent_over_tcp_is_decoded(simulator: PrinterSimulator) -> None:
    connection = open_connection(network(simulator))
    try:
        connection.send(receipt("Order 1001", "2 x Tea"))
    finally:
        connection.close()
    [job] = simulator.wait_for_jobs(1, timeout=5)
    assert job.complete
    assert "Order 1001" in job.text and "2 x Tea" in job.text


def test_the_status_query_is_answered_over_tcp(simulator: PrinterSimulator) -> None:
    connection = open_connection(network(simulator))
    try:
        assert parse_status(connection.query(STATUS_QUERY, 4, timeout=5)).ready
        simulator.status = replace(simulator.status, paper_end=True, cover_open=True)
        status = parse_status(connection.query(STATUS_QUERY, 4, timeout=5))
    finally:
        connection.close()
    assert status.paper_end and status.cover_open and not status.ready


def test_a_reply_of_unknown_length_ends_when_the_printer_pauses(
    simulator: PrinterSimulator,
) -> None:
    connection = open_connection(network(simulator))
    try:
        assert len(connection.query(STATUS_QUERY, None, timeout=5)) == 4
    finally:
        connection.close()


def test_nothing_listening_is_offline_with_the_address_in_the_message() -> None:
    port = free_port()
    with pytest.raises(PrinterOffline) as raised:
        open_connection(ConnectionSpec("network", f"127.0.0.1:{port}", timeout=2))
    assert f"127.0.0.1:{port}" in str(raised.value.message)
    assert "does not answer" in str(raised.value.message)


def test_a_printer_that_never_answers_a_query_is_offline(silent_port: int) -> None:
    connection = open_connection(ConnectionSpec("network", f"127.0.0.1:{silent_port}"))
    try:
        with pytest.raises(PrinterOffline):
            connection.query(STATUS_QUERY, 4, timeout=0.3)
    finally:
        connection.close()


def test_ipv6_loopback_in_brackets(start_simulator) -> None:  # type: ignore[no-untyped-def]
    if not socket.has_ipv6:
        pytest.skip("no IPv6 here")
    try:
        simulator = start_simulator("escpos", host="::1")
    except OSError:
        pytest.skip("no IPv6 loopback here")
    connection = open_connection(ConnectionSpec("network", f"[::1]:{simulator.port}"))
    try:
        assert parse_status(connection.query(STATUS_QUERY, 4, timeout=5)).ready
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("printer.local", ("printer.local", 9100)),
        ("192.168.1.50:9101", ("192.168.1.50", 9101)),
        ("[fe80::1]:9100", ("fe80::1", 9100)),
        ("[::1]", ("::1", 9100)),
        ("::1", ("::1", 9100)),
    ],
)
def test_host_and_port(address: str, expected: tuple[str, int]) -> None:
    assert parse_host_port(address) == expected


@pytest.mark.parametrize(
    ("kind", "address"),
    [("network", "host:port"), ("network", "host:70000"), ("network", " "), ("usb", "4b8")],
)
def test_an_address_that_does_not_fit_is_refused_with_an_example(kind: str, address: str) -> None:
    with pytest.raises(PrintFailed) as raised:
        open_connection(ConnectionSpec(kind, address))  # type: ignore[arg-type]
    assert "like" in str(raised.value.message)


def test_serial_over_a_pty_delivers_the_job_and_answers_status(pty_printer: PtyPrinter) -> None:
    spec = ConnectionSpec("serial", pty_printer.port, serial=SerialConfig(port="", baudrate=19200))
    connection = open_connection(spec)
    try:
        assert parse_status(connection.query(STATUS_QUERY, 4, timeout=5)).ready
        connection.send(receipt("Serial slip"))
    finally:
        connection.close()
    [job] = pty_printer.wait_for_jobs(1, timeout=5)
    assert "Serial slip" in job.text


def test_a_serial_port_that_is_not_there_is_offline(tmp_path: Path) -> None:
    with pytest.raises(PrinterOffline) as raised:
        open_connection(ConnectionSpec("serial", str(tmp_path / "ttyUSB9")))
    assert "ttyUSB9" in str(raised.value.message)


def test_a_file_gets_the_bytes_appended_and_has_no_status(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    target.write_bytes(b"")
    for part in (b"first", b"second"):
        connection = open_connection(ConnectionSpec("file", str(target)))
        try:
            connection.send(part)
            with pytest.raises(StatusUnavailable) as raised:
                connection.query(STATUS_QUERY, 4, timeout=1)
        finally:
            connection.close()
    assert target.read_bytes() == b"firstsecond"
    assert str(target) in str(raised.value.message)


def test_a_character_device_file_is_read_back_for_status(pty_printer: PtyPrinter) -> None:
    connection = open_connection(ConnectionSpec("file", pty_printer.port))
    try:
        pty_printer.status = replace(pty_printer.status, cover_open=True)
        assert parse_status(connection.query(STATUS_QUERY, 4, timeout=5)).cover_open
        pty_printer.status = PrinterStatus()
        connection.send(receipt("Through the device file"))
    finally:
        connection.close()
    [job] = pty_printer.wait_for_jobs(1, timeout=5)
    assert "Through the device file" in job.text


def test_a_device_file_that_is_not_there_is_offline(tmp_path: Path) -> None:
    with pytest.raises(PrinterOffline) as raised:
        open_connection(ConnectionSpec("file", str(tmp_path / "usb" / "lp0")))
    assert "lp0" in str(raised.value.message)
    assert not (tmp_path / "usb").exists()


@pytest.mark.skipif(find_spec("usb") is not None, reason="pyusb is installed here")
def test_usb_without_pyusb_says_what_to_install() -> None:
    with pytest.raises(PrintFailed) as raised:
        open_connection(ConnectionSpec("usb", "04b8:0202"))
    assert "pip install pyusb" in str(raised.value.message)


@settings(max_examples=50)
@given(
    chunks=st.lists(st.binary(max_size=40), max_size=8),
    length=st.one_of(st.none(), st.integers(1, 120), st.just(host_status_end)),
)
def test_replies_in_any_chunks_are_collected_or_refused_cleanly(
    chunks: list[bytes], length: ReplyLength
) -> None:
    """`_read_reply` over chunks as a link delivers them; running dry is an empty read."""
    arriving = iter(chunks)
    whole = b"".join(chunks)
    try:
        reply = _read_reply(lambda wait: next(arriving, b""), length, 0.01, "test")
    except PrinterOffline:
        return
    if isinstance(length, int):
        assert reply == whole[:length]
    elif length is None:
        assert whole.startswith(reply) and reply
    else:
        assert reply == whole[: host_status_end(whole)]
