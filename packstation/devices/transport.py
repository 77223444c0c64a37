"""Serial links for the bench devices, opened through pyserial's URL handlers.

A port is anything `serial.serial_for_url` opens: a device path (`/dev/ttyUSB0`, `COM3`),
`socket://host:port` (a serial-to-Ethernet converter), `rfc2217://host:port`, or
`loop://` in tests. Parity and data bits are configuration: a Toledo 8217 talks 7E1.
"""

from __future__ import annotations

from dataclasses import dataclass

import serial

try:
    from termios import error as _termios_error

    _TERMIOS_ERRORS: tuple[type[Exception], ...] = (_termios_error,)
except ImportError:  # Windows
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


def open_serial(config: SerialConfig) -> serial.SerialBase:
    """Open the port; raises `serial.SerialException` (an OSError) when it is not there, or
    when the line cannot take the settings (termios refuses them: a pseudo-terminal takes no
    7 data bits or parity, a USB adapter may take no 7 bits)."""
    try:
        return serial.serial_for_url(config.port, **config.pyserial_settings())
    except _TERMIOS_ERRORS as error:
        raise serial.SerialException(
            f"{config.port} does not take {config.bytesize} data bits, parity {config.parity}: "
            f"{error}"
        ) from error
