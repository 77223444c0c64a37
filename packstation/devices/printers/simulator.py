"""A printer on a TCP port, speaking ESC/POS, ZPL or TSPL like a real one on port 9100.

One connection at a time, as a raw-port printer serves them, several one after another;
each connection's bytes go to a fresh protocol decoder (`simulation.SimDecoder`), whose
replies (answers to the status queries in the stream) are sent back. Every finished job
is kept in `jobs` and written to `out_dir` as `job-0001.txt` (its text, an INCOMPLETE
line when it stopped part-way, its notes) and `job-0001-1.png`, ... (its images).

The status a person or a test sets (`status`, `paper_out_after`) is what the decoders
report and act on; `disconnect_after` drops the link abruptly, like a printer switched
off or a cable pulled mid-job.
"""

from __future__ import annotations

import re
import select
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Literal, Self

from packstation.devices.printers.simulation import DecodedJob, SimDecoder
from packstation.devices.printers.status import PrinterStatus

Protocol = Literal["escpos", "zpl", "tspl"]
PROTOCOLS: tuple[str, ...] = ("escpos", "zpl", "tspl")
INCOMPLETE = "INCOMPLETE: the job stopped part-way (paper out, cover open or link broken)"
JobListener = Callable[[int, DecodedJob, list[Path]], None]


def decoder_for(protocol: str, dpi: int) -> SimDecoder:
    """A fresh decoder for one connection's byte stream."""
    if protocol == "escpos":
        from packstation.devices.printers.escpos_decode import EscPosDecoder

        return EscPosDecoder()
    if protocol == "zpl":
        from packstation.devices.printers.zpl_decode import ZplDecoder

        return ZplDecoder(dpi=dpi)
    if protocol == "tspl":
        from packstation.devices.printers.tspl_decode import TsplDecoder

        return TsplDecoder(dpi=dpi)
    raise ValueError(f"protocol must be one of {PROTOCOLS}, not {protocol!r}")


class PrinterSimulator:
    def __init__(
        self,
        protocol: Protocol,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        out_dir: Path,
        dpi: int = 203,
        decoder_factory: Callable[[], SimDecoder] | None = None,
        on_job: JobListener | None = None,
    ) -> None:
        self.protocol = protocol
        self.out_dir = Path(out_dir)
        if protocol not in PROTOCOLS:
            raise ValueError(f"protocol must be one of {PROTOCOLS}, not {protocol!r}")
        self._new_decoder = decoder_factory or (lambda: decoder_for(protocol, dpi))
        self._on_job = on_job
        self._lock = threading.Condition()
        self._status = PrinterStatus()
        self._paper_left: int | None = None
        self._link_left: int | None = None
        self._jobs: list[DecodedJob] = []
        self._received = bytearray()
        self._failure: BaseException | None = None
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._number = _last_job_number(self.out_dir)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._listener = socket.create_server((host, port), family=family)
        self.host = host
        self.port: int = self._listener.getsockname()[1]
        self._wake_r, self._wake_w = socket.socketpair()
        self._thread = threading.Thread(
            target=self._serve, name=f"printer-simulator-{protocol}", daemon=True
        )
        self._thread.start()

    # What a person or a test sets

    @property
    def status(self) -> PrinterStatus:
        with self._lock:
            return self._status

    @status.setter
    def status(self, status: PrinterStatus) -> None:
        """What the printer reports from now on; cancels a pending `paper_out_after`."""
        with self._lock:
            self._status = status
            self._paper_left = None

    def paper_out_after(self, n_bytes: int) -> None:
        """Run out of paper once `n_bytes` more bytes have arrived (0: now)."""
        with self._lock:
            if n_bytes <= 0:
                self._status = replace(self._status, paper_end=True)
                self._paper_left = None
            else:
                self._paper_left = n_bytes

    def disconnect_after(self, n_bytes: int) -> None:
        """Drop the connection abruptly (TCP reset) once `n_bytes` more bytes have arrived."""
        with self._lock:
            self._link_left = n_bytes

    # What it saw

    @property
    def jobs(self) -> list[DecodedJob]:
        with self._lock:
            return list(self._jobs)

    @property
    def received(self) -> bytes:
        """Every byte that reached the printer, all connections together."""
        with self._lock:
            return bytes(self._received)

    def wait_for_jobs(self, n: int, timeout: float) -> list[DecodedJob]:
        """The jobs once there are at least `n`; `TimeoutError` after `timeout` seconds."""
        with self._lock:
            self._lock.wait_for(lambda: len(self._jobs) >= n or self._failure, timeout)
            self._raise_failure()
            if len(self._jobs) < n:
                raise TimeoutError(f"{len(self._jobs)} of {n} jobs after {timeout} s")
            return list(self._jobs)

    def close(self) -> None:
        """Stop listening; a job still coming in is kept as it stands (incomplete)."""
        if self._thread.is_alive():
            self._wake_w.send(b"x")
            self._thread.join()
        self._listener.close()
        self._wake_r.close()
        self._wake_w.close()
        with self._lock:
            self._raise_failure()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # The server thread

    def _serve(self) -> None:
        try:
            while True:
                ready = select.select([self._listener, self._wake_r], [], [])[0]
                if self._wake_r in ready:
                    return
                conn, _ = self._listener.accept()
                with conn:
                    if not self._serve_connection(conn):
                        return
        except Exception as error:  # noqa: BLE001 - raised again by wait_for_jobs() and close()
            with self._lock:
                self._failure = error
                self._lock.notify_all()

    def _serve_connection(self, conn: socket.socket) -> bool:
        """Feed one connection to a decoder; False when the simulator is closing."""
        decoder = self._new_decoder()
        broken, keep_serving = False, True
        try:
            while True:
                ready = select.select([conn, self._wake_r], [], [])[0]
                if self._wake_r in ready:
                    broken, keep_serving = True, False
                    break
                try:
                    data = conn.recv(65536)
                except OSError:
                    broken = True
                    break
                if not data:
                    break
                if not self._take(conn, decoder, data):
                    broken = True
                    break
        finally:
            leftovers = decoder.close()
            if broken:
                for job in leftovers:
                    job.complete = False
            self._record(leftovers)
        return keep_serving

    def _take(self, conn: socket.socket, decoder: SimDecoder, data: bytes) -> bool:
        """Feed `data` as the status changes within it; False when the link is dropped."""
        with self._lock:
            cut = self._link_left
            drop = cut is not None and cut <= len(data)
            if cut is not None:
                data = data[:cut]
                self._link_left = None if drop else cut - len(data)
            self._received += data
            pieces = self._pieces(data)
        for piece, status in pieces:
            reply = decoder.feed(piece, status)
            if reply:
                try:
                    conn.sendall(reply)
                except OSError:
                    return False
            self._record(decoder.take_jobs())
        if drop:
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        return True

    def _pieces(self, data: bytes) -> list[tuple[bytes, PrinterStatus]]:
        """`data` split where the paper runs out, each part with the status it meets."""
        left = self._paper_left
        if left is None or left > len(data):
            if left is not None:
                self._paper_left = left - len(data)
            return [(data, self._status)] if data else []
        before = self._status
        self._status = replace(before, paper_end=True)
        self._paper_left = None
        return [
            (part, status)
            for part, status in ((data[:left], before), (data[left:], self._status))
            if part
        ]

    def _record(self, jobs: list[DecodedJob]) -> None:
        for job in jobs:
            with self._lock:
                self._number += 1
                number = self._number
            files = _write_job(self.out_dir, number, job)
            with self._lock:
                self._jobs.append(job)
                self._lock.notify_all()
            if self._on_job is not None:
                self._on_job(number, job, files)

    def _raise_failure(self) -> None:
        if self._failure is not None:
            failure, self._failure = self._failure, None
            raise RuntimeError("the printer simulator's server failed") from failure


def _last_job_number(out_dir: Path) -> int:
    """Numbering goes on after the jobs an earlier run left in the folder."""
    numbers = [
        int(m.group(1))
        for p in out_dir.glob("job-*.txt")
        if (m := re.fullmatch(r"job-(\d+)\.txt", p.name))
    ]
    return max(numbers, default=0)


def _write_job(out_dir: Path, number: int, job: DecodedJob) -> list[Path]:
    stem = f"job-{number:04d}"
    lines = [] if job.complete else [INCOMPLETE]
    lines.append(job.text)
    if job.notes:
        lines += ["", "-- notes --", *job.notes]
    text_file = out_dir / f"{stem}.txt"
    text_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = [text_file]
    for index, image in enumerate(job.images, start=1):
        image_file = out_dir / f"{stem}-{index}.png"
        image.save(image_file)
        files.append(image_file)
    return files
