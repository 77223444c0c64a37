"""A scale on a pseudo-terminal, speaking one of the registry's protocols.

The simulator opens a pty (`os.openpty`, both ends raw), hands out the slave's path (or
keeps a symlink to it, as udev keeps `/dev/serial/by-id/...`), and from its own thread
answers the protocol's commands or streams its frames every `interval` seconds. The
frames come from the codec's own builders, so the driver reads exactly what the protocol
module says a scale sends.

`unplug()` closes the pty: reads on the driver's side fail, as when a USB adapter is
pulled. `replug()` opens a NEW pty and points the symlink at it.
"""

from __future__ import annotations

import os
import random
import select
import threading
import time
import tty
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Self

from packstation.devices.scale.codec import Display
from packstation.devices.scale.reading import ScaleState
from packstation.devices.scale.registry import protocol
from packstation.devices.scale.units import to_grams, unit_name

UNDER_ZERO = Decimal(-50)  # what the simulated scale reads when `underload` is set
MAX_COMMAND = 256


class ScaleSimulator:
    def __init__(
        self,
        protocol_name: str,
        *,
        link: Path | None = None,
        interval: float = 0.1,
        seed: int = 0,
        **options: object,
    ) -> None:
        self.codec = protocol(protocol_name, **options)
        self.link = link
        self.interval = interval
        self.motion = False
        self.overload = False
        self.underload = False
        self.silent = False  # commands are received, nothing is sent
        self.received: list[bytes] = []
        self._grams = Decimal(0)
        self._unit = "g"
        self._net = False
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._master: int | None = None
        self._slave: int | None = None
        self._slave_path = ""
        self._pending = b""
        self._closed = threading.Event()
        self._wake_read, self._wake_write = os.pipe()
        self._open_pty()
        self._thread = threading.Thread(
            target=self._serve, name=f"scale-simulator-{protocol_name}", daemon=True
        )
        self._thread.start()

    @property
    def path(self) -> str:
        """The port to open: the symlink when there is one, else the pty's slave."""
        return str(self.link) if self.link is not None else self._slave_path

    def set_weight(self, grams: Decimal, unit: str = "g") -> None:
        """Put a weight on the scale: `grams` is in `unit` (`set_weight(Decimal("2.5"),
        "kg")` is 2.5 kg), and the frames show it in that unit where the protocol can."""
        name = unit_name(unit)
        with self._lock:
            self._grams = to_grams(Decimal(grams), name)
            self._unit = name

    def display(self) -> Display:
        """What the scale shows now (in motion, the weight jitters by a few grams)."""
        with self._lock:
            return self._display()

    def send_garbage(self, count: int) -> None:
        """Line noise: `count` random bytes into the stream."""
        with self._lock:
            self._write(self._random.randbytes(count))

    def unplug(self) -> None:
        with self._lock:
            self._close_pty()
        self._wake()

    def replug(self) -> None:
        with self._lock:
            self._close_pty()
            self._open_pty()
        self._wake()

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        self._wake()
        self._thread.join(timeout=2)
        with self._lock:
            self._close_pty()
        os.close(self._wake_read)
        os.close(self._wake_write)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _display(self) -> Display:
        grams = self._grams
        if self.overload:
            return Display(ScaleState.OVERLOAD, grams, self._net, self._unit)
        if self.underload or grams < 0:
            under = grams if grams < 0 else UNDER_ZERO
            return Display(ScaleState.UNDERLOAD, under, self._net, self._unit)
        if self.motion:
            jitter = Decimal(self._random.randint(1, 9))
            return Display(ScaleState.MOTION, grams + jitter, self._net, self._unit)
        return Display(ScaleState.STABLE, grams, self._net, self._unit)

    def _open_pty(self) -> None:
        master, slave = os.openpty()
        tty.setraw(master)
        tty.setraw(slave)
        os.set_blocking(master, False)
        self._master, self._slave = master, slave
        self._slave_path = os.ttyname(slave)
        if self.link is not None:
            temporary = self.link.with_name(self.link.name + ".new")
            temporary.unlink(missing_ok=True)
            temporary.symlink_to(self._slave_path)
            os.replace(temporary, self.link)

    def _close_pty(self) -> None:
        for fd in (self._master, self._slave):
            if fd is not None:
                os.close(fd)
        self._master = self._slave = None
        self._pending = b""
        if self.link is not None:
            self.link.unlink(missing_ok=True)

    def _wake(self) -> None:
        os.write(self._wake_write, b"!")

    def _write(self, data: bytes) -> None:
        if self._master is None or not data:
            return
        try:
            os.write(self._master, data)
        except OSError:
            pass  # nobody reads and the pty's buffer is full: the bytes are lost, as on a wire

    def _serve(self) -> None:
        streaming = self.codec.poll is None
        next_frame = time.monotonic()
        while not self._closed.is_set():
            with self._lock:
                master = self._master
            now = time.monotonic()
            timeout = max(0.0, next_frame - now) if streaming else 0.5
            watched = [self._wake_read] if master is None else [self._wake_read, master]
            try:
                ready, _, _ = select.select(watched, [], [], timeout)
            except (OSError, ValueError):
                continue  # the pty was closed under the select
            if self._wake_read in ready:
                os.read(self._wake_read, 64)
            if master is not None and master in ready:
                self._receive(master)
            if streaming and time.monotonic() >= next_frame:
                next_frame = time.monotonic() + self.interval
                with self._lock:
                    if not self.silent:
                        self._write(self.codec.frame_for(self._display()))

    def _receive(self, master: int) -> None:
        with self._lock:
            if self._master != master:
                return
            try:
                data = os.read(master, 1024)
            except OSError:
                return
            self._pending += data
            for command in self._commands():
                self._obey(command)

    def _commands(self) -> list[bytes]:
        end = self.codec.command_end
        if not end:
            commands = [bytes((byte,)) for byte in self._pending]
            self._pending = b""
            return commands
        *commands, self._pending = self._pending.split(end)
        if len(self._pending) > MAX_COMMAND:
            self._pending = b""
        return commands

    def _obey(self, command: bytes) -> None:
        self.received.append(command)
        if command == _bare(self.codec.zero, self.codec.command_end):
            self._grams, self._net = Decimal(0), False
        elif command == _bare(self.codec.tare, self.codec.command_end):
            self._grams, self._net = Decimal(0), True
        if not self.silent:
            self._write(self.codec.answer(command, self._display()))


def _bare(command: bytes | None, end: bytes) -> bytes | None:
    if command is None or not end:
        return command
    return command.removesuffix(end)
