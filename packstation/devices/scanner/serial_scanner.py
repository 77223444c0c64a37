"""A barcode scanner in serial mode (RS-232 or USB-CDC "virtual COM"), read by one thread.

Plain blocking code: the app's worker thread calls `run()`, which returns only when `stop`
is set. It opens the port with `open_serial`, reads whatever has arrived
(`read(in_waiting or 1)`, the read timeout bounding each wait), hands every complete scan
to `on_scan` at once, and for scanners without a suffix ends a scan after `idle_ms` of
silence. When the port fails (the USB cable is pulled: pyserial raises `SerialException`,
an `OSError`, "device reports readiness to read but returned no data") it reports
UNPLUGGED and tries to open the port again every `retry_s` until it is back.

Framing decisions (what ends a scan, prefix, AIM, GS, text encoding) are in `framing.py`;
what it notes along the way goes to `on_note` and to the log.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from enum import Enum

import serial

from packstation.devices.scanner.framing import ScanDeframer, ScanFraming
from packstation.devices.transport import LINE_ERRORS, SerialConfig, open_serial
from packstation.domain.messages import Message

log = logging.getLogger(__name__)


class ScannerState(Enum):
    CONNECTED = "connected"
    UNPLUGGED = "unplugged"


class SerialScanner:
    def __init__(
        self,
        framing: ScanFraming,
        serial: SerialConfig,
        *,
        idle_ms: int = 80,
        retry_s: float = 1.0,
    ) -> None:
        self.framing = framing
        self.idle_ms = idle_ms
        self.retry_s = retry_s
        # A read may wait at most half the idle gap, so a pause is seen in time.
        self.serial = replace(serial, timeout=min(serial.timeout, idle_ms / 2000))

    def run(
        self,
        on_scan: Callable[[str], None],
        on_state: Callable[[ScannerState], None],
        stop: threading.Event,
        *,
        on_note: Callable[[Message], None] | None = None,
    ) -> None:
        """Read scans until `stop` is set; reports each change of state once."""
        state: ScannerState | None = None

        def report(new: ScannerState) -> None:
            nonlocal state
            if new is not state:
                state = new
                on_state(new)

        while not stop.is_set():
            try:
                port = open_serial(self.serial)
            except (serial.SerialException, OSError, ValueError) as error:
                log.debug("scanner port %s not there: %s", self.serial.port, error)
                report(ScannerState.UNPLUGGED)
                stop.wait(self.retry_s)
                continue
            report(ScannerState.CONNECTED)
            try:
                self._read(port, on_scan, stop, on_note)
            except LINE_ERRORS as error:  # serial.SerialException is an OSError
                log.info("scanner port %s lost: %s", self.serial.port, error)
            else:
                return
            finally:
                port.close()
            report(ScannerState.UNPLUGGED)
            stop.wait(self.retry_s)

    def _read(
        self,
        port: serial.SerialBase,
        on_scan: Callable[[str], None],
        stop: threading.Event,
        on_note: Callable[[Message], None] | None,
    ) -> None:
        deframer = ScanDeframer(self.framing)
        idle_s = self.idle_ms / 1000
        last_byte = time.monotonic()
        while not stop.is_set():
            data = port.read(port.in_waiting or 1)
            now = time.monotonic()
            if data:
                last_byte = now
                scans = deframer.feed(data)
            elif deframer.pending and now - last_byte >= idle_s:
                scans = deframer.idle()
            else:
                continue
            for note in deframer.take_notes():
                log.warning("scanner %s: %s", self.serial.port, note.render())
                if on_note is not None:
                    on_note(note)
            for scan in scans:
                on_scan(scan)
