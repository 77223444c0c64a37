"""Serial links for the bench devices, opened through pyserial's URL handlers.

A port is anything `serial.serial_for_url` opens: a device path (`/dev/ttyUSB0`, `COM3`),
`socket://host:port` (a serial-to-Ethernet converter), `rfc2217://host:port`, or
`loop://` in tests. Parity and data bits are configuration: a Toledo 8217 talks 7E1.
"""

from __future__ import annotations

from dataclasses import dataclass

import serial

try:
    import termios

    _TERMIOS_ERRORS: tuple[type[Exception], ...] = (termios.error,)
except ImportError:  # Windows
    termios = None  # type: ignore[assignment]
    _TERMIOS_ERRORS = ()

# What a serial line raises when it fails or refuses its settings, at open or later.
LINE_ERRORS: tuple[type[Exception], ...] = (OSError, *_TERMIOS_ERRORS)

PARITIES = {"none": serial.PARITY_NONE, "even": serial.PARITY_EVEN, "odd": serial.PARITY_ODD}
BYTESIZES = {7: serial.SEVENBITS, 8: serial.EIGHTBITS}
STOPBITS = {1: serial.STOPBITS_ONE, 2: serial.STOPBITS_TWO}


@dataclass(frozen=True)
class SerialConfig:
    port: str
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "none"  # "none", "even", "odd"
    stopbits: int = 1
    timeout: float = 0.2  # seconds a read waits for bytes

    def __post_init__(self) -> None:
        if self.parity not in PARITIES:
            raise ValueError(f"parity must be one of {sorted(PARITIES)}, not {self.parity!r}")
        if self.bytesize not in BYTESIZES:
            raise ValueError(f"data bits must be 7 or 8, not {self.bytesize}")
        if self.stopbits not in STOPBITS:
            raise ValueError(f"stop bits must be 1 or 2, not {self.stopbits}")

    def pyserial_settings(self) -> dict[str, object]:
        """The keyword arguments pyserial takes for this configuration."""
        return {
            "baudrate": self.baudrate,
            "bytesize": BYTESIZES[self.bytesize],
            "parity": PARITIES[self.parity],
            "stopbits": STOPBITS[self.stopbits],
            "timeout": self.timeout,
            "write_timeout": max(self.timeout, 1.0),
        }


class FramingRefused(serial.SerialException):
    """The port is there but does not take the configuration's baud rate, data bits, parity
    or stop bits."""

    def __init__(self, config: SerialConfig, reason: str) -> None:
        super().__init__(
            f"{config.port} does not take {config.baudrate} baud, {config.bytesize} data bits, "
            f"parity {config.parity}, stop bits {config.stopbits}: {reason}"
        )
        self.config = config


def open_serial(config: SerialConfig) -> serial.SerialBase:
    """Open the port; raises `serial.SerialException` (an OSError) when it is not there, and
    `FramingRefused` when the line does not take the settings: termios refuses them, or
    drops them without a word (a pseudo-terminal takes no 7 data bits or parity, a USB
    adapter may take no 7 bits)."""
    try:
        port = serial.serial_for_url(config.port, **config.pyserial_settings())
    except _TERMIOS_ERRORS as error:
        raise FramingRefused(config, str(error)) from error
    dropped = _dropped_framing(port, config)
    if dropped:
        port.close()
        raise FramingRefused(config, f"the line keeps {dropped}")
    return port


def _dropped_framing(port: serial.SerialBase, config: SerialConfig) -> str:
    """What the line kept instead of the data bits, parity and stop bits asked for ("" when it
    kept them all): Linux applies what a line can take and drops the rest, and glibc's
    check for that misses it when the baud rate changes in the same call."""
    fd = getattr(port, "fd", None)
    if termios is None or not isinstance(fd, int):
        return ""  # no termios line: loop://, socket://, rfc2217://, Windows
    cflag = termios.tcgetattr(fd)[2]
    bits = {termios.CS7: 7, termios.CS8: 8}.get(cflag & termios.CSIZE, 0)
    parity = "none" if not cflag & termios.PARENB else "odd" if cflag & termios.PARODD else "even"
    stopbits = 2 if cflag & termios.CSTOPB else 1
    if (bits, parity, stopbits) == (config.bytesize, config.parity, config.stopbits):
        return ""
    return f"{bits} data bits, parity {parity}, stop bits {stopbits}"
