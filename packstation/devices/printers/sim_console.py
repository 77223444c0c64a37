"""`packstation simulate printer`: a simulated printer on a TCP port, driven from a console.

Point the app (or `nc`, or a CUPS `socket://` queue) at the port; each job it decodes is
written to the output folder and announced on a line. Typed commands change what the
printer reports: `paper out`, `paper ok`, `cover open`, `cover closed`, `near end`,
`status`, `q`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from packstation.devices.printers.simulation import DecodedJob
from packstation.devices.printers.simulator import PrinterSimulator, Protocol
from packstation.devices.printers.status import PrinterStatus

COMMANDS: dict[str, Callable[[PrinterStatus], PrinterStatus]] = {
    "paper out": lambda s: replace(s, paper_end=True),
    "paper ok": lambda s: replace(s, paper_end=False, paper_near_end=False),
    "near end": lambda s: replace(s, paper_near_end=True),
    "cover open": lambda s: replace(s, cover_open=True),
    "cover closed": lambda s: replace(s, cover_open=False),
}
HELP = "commands: " + ", ".join([*COMMANDS, "status", "q"])


def describe(status: PrinterStatus) -> str:
    """`ready`, or what stops or troubles the printer, e.g. `paper end, cover open`."""
    problems = [
        text
        for flag, text in (
            (not status.online, "offline"),
            (status.paper_end, "paper end"),
            (status.cover_open, "cover open"),
            (status.error, "error"),
            (status.paused, "paused"),
            (status.paper_near_end, "paper near end"),
        )
        if flag
    ]
    return ", ".join(problems) if problems else "ready"


def simulate_printer(
    protocol: Protocol, port: int, out_dir: Path, dpi: int, commands: TextIO, out: TextIO
) -> int:
    """Run until `q` or the end of `commands`; 1 when the port cannot be listened on."""
    lock = threading.Lock()

    def say(line: str) -> None:
        with lock:
            out.write(line + "\n")
            out.flush()

    def announce(number: int, job: DecodedJob, files: list[Path]) -> None:
        first = next((line for line in job.text.splitlines() if line.strip()), "")
        state = "" if job.complete else " INCOMPLETE"
        names = " ".join(path.name for path in files)
        say(f"job {number}{state}: {names}" + (f"  {first!r}" if first else ""))

    try:
        simulator = PrinterSimulator(protocol, port=port, out_dir=out_dir, dpi=dpi, on_job=announce)
    except OSError as error:
        say(f"cannot listen on 127.0.0.1:{port}: {error.strerror or error}")
        return 1
    with simulator:
        say(f"listening on 127.0.0.1:{simulator.port}, writing to {out_dir}")
        say(HELP)
        for raw in commands:
            command = " ".join(raw.lower().split())
            if command == "q":
                break
            if command in COMMANDS:
                simulator.status = COMMANDS[command](simulator.status)
                say(f"status: {describe(simulator.status)}")
            elif command == "status":
                say(f"status: {describe(simulator.status)}")
            elif command:
                say(f"unknown command {command!r}; {HELP}")
    return 0
