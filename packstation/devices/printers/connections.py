"""The links a job travels over to a printer: raw TCP, USB, serial, a device file, CUPS.

- network: a raw TCP socket to `host[:port]`, port 9100 by default (the "raw"/JetDirect
  port; python-escpos `Network` uses the same default), IPv6 as `[::1]:9100`.
- usb: `vvvv:pppp` vendor and product ids in hex, through python-escpos `Usb`, which needs
  pyusb and libusb (python-escpos `[usb]` extra).
- serial: `packstation.devices.transport.open_serial`, so any pyserial URL works.
- file: a device node such as `/dev/usb/lp0` (Linux usblp), written, and read back for
  status when it is a character device; a regular file is only appended to.
- cups: a CUPS queue, the job piped to `lp -d QUEUE -o raw` (what python-escpos `LP`
  does); CUPS takes the job and the printer's answers never come back.

Errors are for people: `PrinterOffline` when the printer cannot be reached or the link
broke (the job may be partly printed if it broke while sending), `PrintFailed` when the
job was refused before anything reached the printer, `StatusUnavailable` when the link
cannot carry the printer's answers, so its status is unknown, not fine.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import socket
import stat
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib.util import find_spec
from typing import Any, Literal, Protocol

import serial

from packstation.devices.transport import SerialConfig, open_serial
from packstation.domain.errors import DomainError
from packstation.domain.messages import QT_TRANSLATE_NOOP

ConnectionKind = Literal["network", "usb", "serial", "file", "cups"]
# How long a status reply is: a number of bytes, a function giving where a complete reply ends
# in what has arrived (None: not yet), or None for "until the printer pauses (QUIET_GAP)".
ReplyLength = int | Callable[[bytes], int | None] | None
KINDS: tuple[str, ...] = ("network", "usb", "serial", "file", "cups")
DEFAULT_PORT = 9100
QUIET_GAP = 0.2  # seconds without a byte that end a reply of unknown length

NO_ANSWER = QT_TRANSLATE_NOOP(
    "Printer",
    "The printer at {address} does not answer: check that it is on and connected, then retry.",
)
LINK_BROKEN = QT_TRANSLATE_NOOP(
    "Printer",
    "The printer at {address} stopped taking the job part-way: check paper, cover, cable and "
    "network. The job may be partly printed.",
)
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Printer",
    "The printer at {address} cannot be opened ({error}): check the cable, that the printer "
    "is on, and the connection settings.",
)
BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "Printer",
    'The printer address "{address}" does not fit a {kind} connection: enter it like {example}.',
)
USB_NEEDS_PYUSB = QT_TRANSLATE_NOOP(
    "Printer",
    "USB printers need the pyusb package and libusb: install them (pip install pyusb), or "
    "choose the printer's device file (/dev/usb/lp0) or a CUPS queue instead.",
)
LP_MISSING = QT_TRANSLATE_NOOP(
    "Printer",
    "The CUPS command lp is not installed: install CUPS (cups-client) or choose another "
    "connection.",
)
LP_FAILED = QT_TRANSLATE_NOOP(
    "Printer",
    'CUPS did not take the job for the queue "{queue}": {error}. Check the queue name in the '
    "printer settings and that CUPS is running.",
)
STATUS_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Printer",
    "The printer at {address} cannot report its status over this connection: paper and cover "
    "were not checked.",
)

EXAMPLES = {
    "network": "192.168.1.50:9100",
    "usb": "04b8:0202",
    "serial": "/dev/ttyUSB0",
    "file": "/dev/usb/lp0",
    "cups": "Receipt_Printer",
}


class PrinterError(DomainError):
    """Something between the app and the printer went wrong; `.message` says what."""


class PrinterOffline(PrinterError):
    """The printer cannot be reached, or the link broke (possibly part-way through a job)."""


class PrintFailed(PrinterError):
    """The job was refused before any of it reached the printer."""


class StatusUnavailable(PrinterError):
    """This link cannot carry the printer's answers: its status is unknown."""


@dataclass(frozen=True)
class ConnectionSpec:
    kind: ConnectionKind
    address: str
    serial: SerialConfig | None = None  # line settings for kind "serial"
    timeout: float = 5.0  # seconds for connecting and for each write
    raw: bool = True  # cups: the job is printer commands; False: a document (PDF) CUPS renders


class Connection(Protocol):
    address: str  # as a person would recognise it, for messages

    def send(self, data: bytes) -> None:
        """All of `data` to the printer; `PrinterOffline` if the link breaks on the way,
        `PrintFailed` if the job was refused before anything was sent."""

    def query(self, request: bytes, reply_length: ReplyLength, timeout: float) -> bytes:
        """Send `request`, return the reply (`ReplyLength` says where it ends).
        `PrinterOffline` when nothing (or too little) comes back in `timeout` seconds,
        `StatusUnavailable` when no reply can come back over this link."""

    def close(self) -> None: ...


def open_connection(spec: ConnectionSpec) -> Connection:
    """Open the link the spec describes; raises `PrinterOffline` or `PrintFailed`."""
    openers: dict[str, Callable[[ConnectionSpec], Connection]] = {
        "network": NetworkConnection.open,
        "usb": UsbConnection.open,
        "serial": SerialConnection.open,
        "file": FileConnection.open,
        "cups": CupsConnection.open,
    }
    if spec.kind not in openers:
        raise ValueError(f"connection kind must be one of {KINDS}, not {spec.kind!r}")
    if not spec.address.strip() and not (spec.kind == "serial" and spec.serial):
        raise _bad_address(spec)
    return openers[spec.kind](spec)


def _bad_address(spec: ConnectionSpec) -> PrintFailed:
    return PrintFailed(
        BAD_ADDRESS(address=spec.address, kind=spec.kind, example=EXAMPLES[spec.kind])
    )


def parse_host_port(address: str, default_port: int = DEFAULT_PORT) -> tuple[str, int]:
    """`host`, `host:port`, `[v6]` or `[v6]:port`; a bare IPv6 address takes the default port."""
    address = address.strip()
    bracketed = re.fullmatch(r"\[([^\]]+)\](?::(\d+))?", address)
    if bracketed:
        host, port = bracketed.group(1), bracketed.group(2)
    elif address.count(":") == 1:
        host, port = address.split(":")
    else:
        host, port = address, None
    if not host or (port is not None and not port.isdigit()):
        raise ValueError(address)
    number = int(port) if port is not None else default_port
    if not 0 < number < 65536:
        raise ValueError(address)
    return host, number


class NetworkConnection:
    """Raw TCP to the printer's port 9100: bytes in, status replies out."""

    def __init__(self, sock: socket.socket, address: str, timeout: float) -> None:
        self._sock = sock
        self.address = address
        self._timeout = timeout

    @classmethod
    def open(cls, spec: ConnectionSpec) -> NetworkConnection:
        try:
            host, port = parse_host_port(spec.address)
        except ValueError:
            raise _bad_address(spec) from None
        address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        try:
            sock = socket.create_connection((host, port), timeout=spec.timeout)
        except OSError as error:
            raise PrinterOffline(NO_ANSWER(address=address)) from error
        return cls(sock, address, spec.timeout)

    def send(self, data: bytes) -> None:
        try:
            self._sock.settimeout(self._timeout)
            self._sock.sendall(data)
        except OSError as error:
            raise PrinterOffline(LINK_BROKEN(address=self.address)) from error

    def query(self, request: bytes, reply_length: ReplyLength, timeout: float) -> bytes:
        try:
            self._discard_pending()
            self._sock.settimeout(self._timeout)
            self._sock.sendall(request)
            return _read_reply(self._read_some, reply_length, timeout, self.address)
        except OSError as error:
            raise PrinterOffline(NO_ANSWER(address=self.address)) from error

    def _read_some(self, wait: float) -> bytes | None:
        """Bytes that arrive within `wait` seconds, b"" if none, None when the peer closed."""
        self._sock.settimeout(max(wait, 0.001))
        try:
            data = self._sock.recv(4096)
        except TimeoutError:
            return b""
        return data or None

    def _discard_pending(self) -> None:
        """Drop a late answer to an earlier query, so it is not taken for this one."""
        self._sock.setblocking(False)
        try:
            while self._sock.recv(4096):
                pass
        except BlockingIOError:
            pass
        finally:
            self._sock.setblocking(True)

    def close(self) -> None:
        self._sock.close()


class SerialConnection:
    """A serial or USB-CDC printer through pyserial (python-escpos `Serial` opens it the same way)."""

    def __init__(self, port: serial.SerialBase, address: str, timeout: float) -> None:
        self._port = port
        self.address = address
        self._timeout = timeout

    @classmethod
    def open(cls, spec: ConnectionSpec) -> SerialConnection:
        config = spec.serial or SerialConfig(port=spec.address)
        if spec.address.strip():
            config = replace(config, port=spec.address.strip())
        try:
            port = open_serial(config)
        except (serial.SerialException, OSError, ValueError) as error:
            raise PrinterOffline(CANNOT_OPEN(address=config.port, error=_reason(error))) from error
        port.write_timeout = spec.timeout
        return cls(port, config.port, spec.timeout)

    def send(self, data: bytes) -> None:
        try:
            self._port.write(data)
            self._port.flush()
        except (serial.SerialException, OSError) as error:
            raise PrinterOffline(LINK_BROKEN(address=self.address)) from error

    def query(self, request: bytes, reply_length: ReplyLength, timeout: float) -> bytes:
        try:
            self._port.reset_input_buffer()
            self._port.write(request)
            self._port.flush()
            return _read_reply(self._read_some, reply_length, timeout, self.address)
        except (serial.SerialException, OSError) as error:
            raise PrinterOffline(NO_ANSWER(address=self.address)) from error

    def _read_some(self, wait: float) -> bytes | None:
        self._port.timeout = max(wait, 0.001)
        return self._port.read(max(1, self._port.in_waiting))

    def close(self) -> None:
        self._port.close()


class FileConnection:
    """A printer device node (`/dev/usb/lp0`, `/dev/lp0`), or a file the job is appended to.

    Only a character device is read back (the usblp driver passes the printer's replies
    through reads); a regular file holds no answers, so its status is unavailable.
    """

    def __init__(self, fd: int, address: str, readable: bool, timeout: float) -> None:
        self._fd = fd
        self.address = address
        self._readable = readable
        self._timeout = timeout

    @classmethod
    def open(cls, spec: ConnectionSpec) -> FileConnection:
        path = spec.address.strip()
        nonblock = getattr(os, "O_NONBLOCK", 0)
        noctty = getattr(os, "O_NOCTTY", 0)
        try:
            mode = os.stat(path).st_mode
            if stat.S_ISCHR(mode):
                try:
                    fd = os.open(path, os.O_RDWR | nonblock | noctty)
                    readable = True
                except PermissionError:
                    fd = os.open(path, os.O_WRONLY | nonblock | noctty)
                    readable = False
            else:
                fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_BINARY", 0))
                readable = False
        except OSError as error:
            raise PrinterOffline(CANNOT_OPEN(address=path, error=_reason(error))) from error
        return cls(fd, path, readable and os.name == "posix", spec.timeout)

    def send(self, data: bytes) -> None:
        view = memoryview(data)
        deadline = time.monotonic() + self._timeout
        try:
            while view:
                if not self._wait(write=True, until=deadline):
                    raise TimeoutError
                try:
                    written = os.write(self._fd, view)
                except BlockingIOError:
                    continue
                view = view[written:]
        except OSError as error:
            raise PrinterOffline(LINK_BROKEN(address=self.address)) from error

    def query(self, request: bytes, reply_length: ReplyLength, timeout: float) -> bytes:
        if not self._readable:
            raise StatusUnavailable(STATUS_UNAVAILABLE(address=self.address))
        try:
            while self._read_some(0):
                pass
            self.send(request)
            return _read_reply(self._read_some, reply_length, timeout, self.address)
        except OSError as error:
            raise PrinterOffline(NO_ANSWER(address=self.address)) from error

    def _read_some(self, wait: float) -> bytes | None:
        if not self._wait(write=False, until=time.monotonic() + wait):
            return b""
        try:
            return os.read(self._fd, 4096) or None
        except BlockingIOError:
            return b""

    def _wait(self, *, write: bool, until: float) -> bool:
        """True when the device takes (or has) bytes before `until`; no wait off POSIX."""
        if os.name != "posix":
            return True
        watched = [self._fd]
        timeout = max(0.0, until - time.monotonic())
        readers, writers, _ = select.select(
            [] if write else watched, watched if write else [], [], timeout
        )
        return bool(writers if write else readers)

    def close(self) -> None:
        os.close(self._fd)


class UsbConnection:
    """A USB printer claimed directly through python-escpos `Usb` (pyusb and libusb)."""

    def __init__(self, printer: Any, address: str) -> None:
        self._printer = printer
        self.address = address

    @classmethod
    def open(cls, spec: ConnectionSpec) -> UsbConnection:
        match = re.fullmatch(r"\s*([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\s*", spec.address)
        if match is None:
            raise _bad_address(spec)
        if find_spec("usb") is None:
            raise PrintFailed(USB_NEEDS_PYUSB())
        # isort: off
        from packstation.devices.printers.escpos_library import quiet
        from escpos.printer import Usb  # after escpos_library has undone escpos's import effects

        # isort: on

        vendor, product = int(match.group(1), 16), int(match.group(2), 16)
        address = f"USB {match.group(1).lower()}:{match.group(2).lower()}"
        printer = Usb(vendor, product, timeout=int(spec.timeout * 1000))
        try:
            with quiet():
                printer.open()
        except Exception as error:  # python-escpos wraps pyusb's errors in its own
            raise PrinterOffline(CANNOT_OPEN(address=address, error=error)) from error
        return cls(printer, address)

    def send(self, data: bytes) -> None:
        try:
            self._printer._raw(data)
        except Exception as error:  # pyusb's USBError, USBTimeoutError
            raise PrinterOffline(LINK_BROKEN(address=self.address)) from error

    def query(self, request: bytes, reply_length: ReplyLength, timeout: float) -> bytes:
        try:
            self._printer._raw(request)
        except Exception as error:  # pyusb's USBError
            raise PrinterOffline(NO_ANSWER(address=self.address)) from error
        return _read_reply(self._read_some, reply_length, timeout, self.address)

    def _read_some(self, wait: float) -> bytes | None:
        """Bytes from the bulk-in endpoint (python-escpos `Usb._read`, with a timeout in ms)."""
        try:
            return bytes(
                self._printer.device.read(self._printer.in_ep, 64, max(1, int(wait * 1000)))
            )
        except Exception as error:  # pyusb: USBTimeoutError when nothing came
            if "timeout" in type(error).__name__.lower():
                return b""
            raise PrinterOffline(NO_ANSWER(address=self.address)) from error

    def close(self) -> None:
        self._printer.close()


class CupsConnection:
    """A CUPS queue: each `send` is one job through `lp -d QUEUE`, with `-o raw` for printer
    commands, without it for a document (PDF) that the queue's driver renders."""

    def __init__(self, queue: str, lp: str, timeout: float, raw: bool = True) -> None:
        self.queue = queue
        self.address = f"CUPS {queue}"
        self._lp = lp
        self._timeout = timeout
        self._raw = raw

    @classmethod
    def open(cls, spec: ConnectionSpec) -> CupsConnection:
        lp = shutil.which("lp")
        if lp is None:
            raise PrintFailed(LP_MISSING())
        return cls(spec.address.strip(), lp, spec.timeout, spec.raw)

    def send(self, data: bytes) -> None:
        command = ["lp", "-d", self.queue]  # lp names itself "lp" in errors
        if self._raw:
            command += ["-o", "raw"]
        try:
            done = subprocess.run(
                command,
                executable=self._lp,
                input=data,
                capture_output=True,
                timeout=self._timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise PrintFailed(
                LP_FAILED(queue=self.queue, error=f"lp did not finish in {self._timeout:g} s")
            ) from error
        except OSError as error:
            raise PrintFailed(LP_FAILED(queue=self.queue, error=_reason(error))) from error
        if done.returncode != 0:
            said = done.stderr.decode(errors="replace").strip() or f"lp exit {done.returncode}"
            raise PrintFailed(LP_FAILED(queue=self.queue, error=said.rstrip(".")))

    def query(self, request: bytes, reply_length: ReplyLength, timeout: float) -> bytes:
        raise StatusUnavailable(STATUS_UNAVAILABLE(address=self.address))

    def close(self) -> None:
        """Nothing stays open between jobs."""


def _reason(error: Exception) -> str:
    """The system's words for an OS error, without pyserial's repetition of the path."""
    number = getattr(error, "errno", None)
    return os.strerror(number) if isinstance(number, int) else str(error)


def _read_reply(
    read_some: Callable[[float], bytes | None],
    reply_length: ReplyLength,
    timeout: float,
    address: str,
) -> bytes:
    """Collect a reply of `reply_length` (see `ReplyLength`) within `timeout` seconds.

    `read_some(wait)` returns the bytes that came within `wait` seconds, b"" if none, None
    when the printer closed the link.
    """
    reply = bytearray()
    deadline = time.monotonic() + timeout
    while (end := _reply_end(reply, reply_length)) is None:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        quiet = reply_length is None and bool(reply)
        data = read_some(min(left, QUIET_GAP) if quiet else left)
        if data is None:
            raise PrinterOffline(NO_ANSWER(address=address))
        if quiet and not data:
            return bytes(reply)
        reply += data
    if end is None:
        if reply_length is None and reply:
            return bytes(reply)
        raise PrinterOffline(NO_ANSWER(address=address))
    return bytes(reply[:end])


def _reply_end(reply: bytearray, reply_length: ReplyLength) -> int | None:
    if reply_length is None:
        return None
    if isinstance(reply_length, int):
        return reply_length if len(reply) >= reply_length else None
    return reply_length(bytes(reply))
