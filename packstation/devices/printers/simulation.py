"""The contract between the printer simulator's server and its protocol decoders.

The server (`simulator.py`) owns the socket and the status a person or a test sets; a
decoder per protocol turns the byte stream into finished jobs and answers the status
queries found in it. Decoders are pure: bytes in, replies and jobs out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from packstation.devices.printers.status import PrinterStatus

if TYPE_CHECKING:
    from PIL import Image


@dataclass(frozen=True, slots=True)
class PrintedLine:
    """A line of text as printed: its characters' emphasis, size and the line's alignment."""

    text: str
    bold: bool = False
    size: tuple[int, int] = (1, 1)  # width and height multipliers
    align: str = "left"  # "left", "center" or "right"


@dataclass
class DecodedJob:
    """One printed job as the simulator understood it."""

    text: str = ""  # the text the printer would print, lines joined by "\n"
    images: list[Image.Image] = field(default_factory=list)  # rasters and rendered barcodes
    # Text lines and images in the order printed (receipts; a label is its one image).
    parts: list[PrintedLine | Image.Image] = field(default_factory=list)
    complete: bool = True  # False when the printer ran out of paper or the link broke
    notes: list[str] = field(default_factory=list)  # commands seen, code pages, warnings


class SimDecoder(Protocol):
    def feed(self, data: bytes, status: PrinterStatus) -> bytes:
        """Consume bytes; return what the printer sends back (status replies), maybe b""."""

    def take_jobs(self) -> list[DecodedJob]:
        """Jobs finished since the last call (a cut, `^XZ`, `PRINT`)."""

    def close(self) -> list[DecodedJob]:
        """The connection ended: whatever was pending becomes a job."""
