"""open_serial on a real pseudo-terminal: a port that is not there, and one that refuses the
framing (a pty takes 8 data bits, no parity, only)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial

from packstation.devices.transport import FramingRefused, SerialConfig, open_serial


@pytest.fixture
def pty() -> Iterator[str]:
    master, slave = os.openpty()
    yield os.ttyname(slave)
    os.close(slave)
    os.close(master)


def test_a_pty_opens_at_8n1(pty: str) -> None:
    open_serial(SerialConfig(pty)).close()


@pytest.mark.parametrize(
    ("baudrate", "bytesize", "parity"),
    [(9600, 7, "even"), (9600, 7, "none"), (9600, 8, "odd"), (19200, 7, "even")],
)
def test_a_pty_refuses_7_data_bits_or_parity_at_every_open(
    pty: str, baudrate: int, bytesize: int, parity: str
) -> None:
    """The first open changes the baud rate too, and Linux drops what it cannot take without
    an error then; the later ones fail in termios."""
    config = SerialConfig(pty, baudrate, bytesize, parity)
    for _ in range(2):
        with pytest.raises(FramingRefused) as refused:
            open_serial(config)
        assert refused.value.config == config
        assert f"does not take {config.baudrate} baud, {config.bytesize} data bits" in str(
            refused.value
        )


def test_a_port_that_is_not_there_is_no_framing_refusal(tmp_path: Path) -> None:
    with pytest.raises(serial.SerialException) as missing:
        open_serial(SerialConfig(str(tmp_path / "no-such-port"), bytesize=7, parity="even"))
    assert not isinstance(missing.value, FramingRefused)


def test_a_port_without_termios_keeps_its_framing() -> None:
    port = open_serial(SerialConfig("loop://", bytesize=7, parity="even"))
    try:
        assert (port.bytesize, port.parity) == (7, serial.PARITY_EVEN)
    finally:
        port.close()
