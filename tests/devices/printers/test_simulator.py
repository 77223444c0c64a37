"""The printer simulator's server and its console, driven over loopback TCP."""

from __future__ import annotations

import os
import queue
import re
import socket
import threading
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw

from packstation.devices.printers.escpos_raster import encode_raster
from packstation.devices.printers.escpos_status import STATUS_QUERY, parse_status
from packstation.devices.printers.label_media import LabelMedia
from packstation.devices.printers.raster import Bitmap
from packstation.devices.printers.sim_console import simulate_printer
from packstation.devices.printers.simulator import INCOMPLETE, PrinterSimulator
from packstation.devices.printers.status import PrinterStatus
from tests.devices.printers.conftest import StartSimulator, receipt


def send(simulator: PrinterSimulator, *parts: bytes) -> None:
    """One connection carrying `parts`, closed when done, as a print job over port 9100."""
    with socket.create_connection(("127.0.0.1", simulator.port), timeout=5) as link:
        for part in parts:
            link.sendall(part)


def status_over(link: socket.socket) -> PrinterStatus:
    link.sendall(STATUS_QUERY)
    reply = b""
    while len(reply) < 4:
        chunk = link.recv(4 - len(reply))
        assert chunk, "the simulator closed the link"
        reply += chunk
    return parse_status(reply)


def picture() -> Image.Image:
    image = Image.new("1", (96, 40), 1)
    draw = ImageDraw.Draw(image)
    draw.rectangle((4, 4, 91, 35), outline=0)
    draw.line((4, 4, 91, 35), fill=0)
    return image


def test_each_job_is_written_as_text_and_images(simulator: PrinterSimulator, out_dir: Path) -> None:
    bitmap = Bitmap.from_image(picture())
    send(simulator, b"\x1b@Order 2001\nBox B\n" + encode_raster(bitmap) + b"\x1dVB\x00")
    [job] = simulator.wait_for_jobs(1, timeout=5)
    text = (out_dir / "job-0001.txt").read_text(encoding="utf-8")
    assert text.startswith("Order 2001\nBox B")
    assert INCOMPLETE not in text
    saved = Image.open(out_dir / "job-0001-1.png").convert("1")
    assert ImageChops.difference(saved, bitmap.to_image()).getbbox() is None
    assert job.images and job.complete


def test_several_jobs_per_connection_and_connections_one_after_another(
    simulator: PrinterSimulator, out_dir: Path
) -> None:
    send(simulator, receipt("first"), receipt("second"))
    send(simulator, receipt("third"))
    jobs = simulator.wait_for_jobs(3, timeout=5)
    assert [job.text.split("\n")[0] for job in jobs] == ["first", "second", "third"]
    assert sorted(p.name for p in out_dir.glob("job-*.txt")) == [
        "job-0001.txt",
        "job-0002.txt",
        "job-0003.txt",
    ]


def test_bytes_split_anywhere_make_the_same_job(simulator: PrinterSimulator) -> None:
    job = receipt("split", "into bytes")
    send(simulator, *(job[i : i + 1] for i in range(len(job))))
    [decoded] = simulator.wait_for_jobs(1, timeout=5)
    assert decoded.text.startswith("split\ninto bytes")


def test_numbering_goes_on_after_an_earlier_run(
    start_simulator: StartSimulator, out_dir: Path
) -> None:
    out_dir.mkdir()
    (out_dir / "job-0007.txt").write_text("from yesterday\n")
    simulator = start_simulator("escpos")
    send(simulator, receipt("today"))
    simulator.wait_for_jobs(1, timeout=5)
    assert (out_dir / "job-0008.txt").read_text().startswith("today")
    assert (out_dir / "job-0007.txt").read_text() == "from yesterday\n"


def test_the_status_set_is_what_the_printer_reports(simulator: PrinterSimulator) -> None:
    with socket.create_connection(("127.0.0.1", simulator.port), timeout=5) as link:
        assert status_over(link).ready
        simulator.status = PrinterStatus(cover_open=True)
        assert status_over(link).cover_open
        simulator.status = PrinterStatus(paper_near_end=True)
        status = status_over(link)
    assert status.paper_near_end and status.ready


def test_paper_running_out_mid_job_leaves_it_incomplete(
    simulator: PrinterSimulator, out_dir: Path
) -> None:
    job = receipt(*(f"line {n}" for n in range(20)))
    simulator.paper_out_after(len(job) // 2)
    send(simulator, job)
    [decoded] = simulator.wait_for_jobs(1, timeout=5)
    assert not decoded.complete
    assert "line 0" in decoded.text and "line 19" not in decoded.text
    assert simulator.status.paper_end
    assert (out_dir / "job-0001.txt").read_text(encoding="utf-8").startswith(INCOMPLETE)


def test_a_dropped_link_leaves_the_job_incomplete(simulator: PrinterSimulator) -> None:
    job = b"\x1b@" + b"".join(f"line {n}\n".encode() for n in range(20))
    simulator.disconnect_after(len(job) // 2)
    with socket.create_connection(("127.0.0.1", simulator.port), timeout=5) as link:
        link.sendall(job)
        with pytest.raises(OSError):
            # The reset shows on the next write or read, whichever the kernel reports first.
            while True:
                link.sendall(STATUS_QUERY)
                if not link.recv(16):
                    raise ConnectionResetError
    [decoded] = simulator.wait_for_jobs(1, timeout=5)
    assert not decoded.complete
    assert len(simulator.received) == len(job) // 2


@pytest.mark.parametrize("protocol", ["zpl", "tspl"])
def test_label_languages_are_served_too(
    start_simulator: StartSimulator, out_dir: Path, protocol: str
) -> None:
    encoder = pytest.importorskip(f"packstation.devices.printers.{protocol}")
    pytest.importorskip(f"packstation.devices.printers.{protocol}_decode")
    media = LabelMedia(Decimal(12), Decimal(5))  # 96 x 40 dots at 203 dpi
    bitmap = Bitmap.from_image(picture())
    simulator = start_simulator(protocol)
    send(simulator, encoder.encode_label(bitmap, media))
    [job] = simulator.wait_for_jobs(1, timeout=5)
    assert job.complete
    saved = Image.open(out_dir / "job-0001-1.png").convert("1")
    assert ImageChops.difference(saved, bitmap.to_image()).getbbox() is None


def test_an_unknown_protocol_is_refused(out_dir: Path) -> None:
    with pytest.raises(ValueError, match="protocol"):
        PrinterSimulator("pcl", out_dir=out_dir)  # type: ignore[arg-type]


class Console:
    """`simulate_printer` on a thread, its commands through a pipe, its lines in a queue."""

    def __init__(self, out_dir: Path) -> None:
        read_end, self._write_end = os.pipe()
        self._commands = os.fdopen(read_end, "r", encoding="utf-8")
        self.lines: queue.Queue[str] = queue.Queue()
        self.result: list[int] = []
        self._thread = threading.Thread(
            target=lambda: self.result.append(
                simulate_printer("escpos", 0, out_dir, 203, self._commands, self)  # type: ignore[arg-type]
            )
        )
        self._thread.start()

    def write(self, text: str) -> int:
        for line in text.splitlines():
            self.lines.put(line)
        return len(text)

    def flush(self) -> None:
        """Lines are delivered as they are written."""

    def line(self) -> str:
        return self.lines.get(timeout=5)

    def type(self, command: str) -> None:
        os.write(self._write_end, f"{command}\n".encode())

    def close(self) -> None:
        if not self._commands.closed:
            os.close(self._write_end)
            self._thread.join()
            self._commands.close()


@pytest.fixture
def console(out_dir: Path):  # type: ignore[no-untyped-def]
    running = Console(out_dir)
    yield running
    running.close()


def test_the_console_changes_the_status_and_announces_jobs(console: Console, out_dir: Path) -> None:
    listening = re.fullmatch(r"listening on 127\.0\.0\.1:(\d+), writing to (.+)", console.line())
    assert listening is not None and listening.group(2) == str(out_dir)
    port = int(listening.group(1))
    assert console.line().startswith("commands: ")
    with socket.create_connection(("127.0.0.1", port), timeout=5) as link:
        console.type("paper out")
        assert console.line() == "status: paper end"
        assert status_over(link).paper_end
        console.type("cover open")
        assert console.line() == "status: paper end, cover open"
        console.type("paper ok")
        console.type("Cover  Closed")
        console.type("near end")
        assert [console.line() for _ in range(3)][-1] == "status: paper near end"
        assert replace(status_over(link), paper_near_end=False) == PrinterStatus()
        console.type("status")
        assert console.line() == "status: paper near end"
        console.type("jam")
        assert console.line().startswith("unknown command 'jam'")
        link.sendall(receipt("Console job"))
    assert console.line() == "job 1: job-0001.txt  'Console job'"
    console.type("q")
    console.close()
    assert console.result == [0]


def test_the_console_says_when_the_port_is_taken(out_dir: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        lines: list[str] = []

        class Lines:
            def write(self, text: str) -> None:
                lines.append(text)

            def flush(self) -> None:
                """Nothing is buffered."""

        port = taken.getsockname()[1]
        assert simulate_printer("escpos", port, out_dir, 203, iter([]), Lines()) == 1  # type: ignore[arg-type]
    assert lines[0].startswith(f"cannot listen on 127.0.0.1:{port}")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=600),
    cuts=st.lists(st.integers(0, 600), max_size=8),
    paper=st.integers(0, 700),
)
def test_any_bytes_in_any_chunks_never_break_the_server(
    out_dir: Path, data: bytes, cuts: list[int], paper: int
) -> None:
    bounds = sorted({0, len(data), *(cut for cut in cuts if cut < len(data))})
    with PrinterSimulator("escpos", out_dir=out_dir) as simulator:
        simulator.paper_out_after(paper)
        with socket.create_connection(("127.0.0.1", simulator.port), timeout=5) as link:
            for start, end in pairwise(bounds):
                link.sendall(data[start:end])
            link.shutdown(socket.SHUT_WR)
            while link.recv(4096):
                pass
        assert simulator.received == data
