"""A serial barcode scanner on a pseudo-terminal, for the demo and the tests.

The program under test opens `path` exactly as it would open `/dev/ttyACM0`; the
simulator writes what a scanner in serial mode sends: prefix, code, suffix, in one burst
or in pieces with small gaps (a USB-CDC scanner's packets, a slow UART). `unplug()` hangs
the line up and removes the device name, as pulling a USB scanner does; `replug()` makes a
new pty and points the same name (a symlink, like a udev `SYMLINK+=`) at it.

Both ends are raw (`tty.setraw`): in the default cooked mode the line discipline would
turn CR into LF and echo every byte back (hardware.md §5, "pty scale").
"""

from __future__ import annotations

import os
import random
import time
import tty
from pathlib import Path
from types import TracebackType
from typing import Self

from packstation.devices.scanner.framing import GS, ScanFraming


class ScannerSimulator:
    def __init__(
        self, framing: ScanFraming, *, link: Path | None = None, encoding: str = "utf-8"
    ) -> None:
        self.framing = framing
        self.encoding = encoding  # what the scanner sends non-ASCII text as
        self._link = link
        self._fds: tuple[int, int] | None = None
        self.replug()

    @property
    def path(self) -> str:
        """The device name to open: the symlink when there is one, else the pty itself."""
        if self._link is not None:
            return str(self._link)
        if self._fds is None:
            raise RuntimeError("the simulated scanner is unplugged and has no link")
        return os.ttyname(self._fds[1])

    @property
    def plugged(self) -> bool:
        return self._fds is not None

    def scan(
        self, code: str, *, chunks: int = 1, seed: int | None = None, gap_s: float = 0.001
    ) -> None:
        """Send one code as the scanner frames it; a GS goes out as the configured substitute."""
        if self.framing.gs_substitute is not None:
            code = code.replace(GS, self.framing.gs_substitute)
        frame = self.framing.prefix + code + self.framing.suffix
        self.send(frame.encode(self.encoding), chunks=chunks, seed=seed, gap_s=gap_s)

    def send(
        self, data: bytes, *, chunks: int = 1, seed: int | None = None, gap_s: float = 0.001
    ) -> None:
        """Raw bytes down the line, cut at random places into `chunks` writes `gap_s` apart.

        An unplugged scanner sends nothing, so this does nothing then.
        """
        if self._fds is None or not data:
            return
        cuts = sorted(random.Random(seed).sample(range(1, len(data)), min(chunks, len(data)) - 1))
        for i, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(data)], strict=True)):
            if i:
                time.sleep(gap_s)
            _write_all(self._fds[0], data[start:end])

    def unplug(self) -> None:
        """Hang up: the reader sees the port fail and the device name disappear."""
        if self._fds is not None:
            master, slave = self._fds
            self._fds = None
            os.close(master)
            os.close(slave)
        if self._link is not None:
            self._link.unlink(missing_ok=True)

    def replug(self) -> None:
        """A fresh pty behind the same name."""
        self.unplug()
        master, slave = os.openpty()
        tty.setraw(master)
        tty.setraw(slave)
        self._fds = (master, slave)
        if self._link is not None:
            staging = self._link.with_name(self._link.name + ".new")
            staging.unlink(missing_ok=True)
            staging.symlink_to(os.ttyname(slave))
            os.replace(staging, self._link)

    def close(self) -> None:
        self.unplug()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
