"""ESC/POS real-time status: `DLE EOT n` and its one-byte answers.

Epson ESC/POS reference, `DLE EOT` (download4.epson.biz/sec_pubs/pos/reference_en/escpos/
dle_eot.html, as implemented in the escpos Rust crate `src/domain/status.rs` and python-escpos
3.1 `constants.RT_MASK_*`). Every answer has the fixed pattern 0xx1xx10 (bits 1 and 4 set,
bits 0 and 7 clear); the bits that vary:

- n = 1, printer: bit 2 drawer pin 3, bit 3 offline, bit 5 waiting for online recovery,
  bit 6 paper feed button pressed.
- n = 2, offline cause: bit 2 cover open, bit 3 paper being fed by the button, bit 5 printing
  stopped by paper end, bit 6 an error occurred.
- n = 3, error cause: bit 2 recoverable error, bit 3 autocutter error, bit 5 unrecoverable
  error, bit 6 automatically recoverable error (head temperature).
- n = 4, roll paper sensor: bits 2 and 3 near end, bits 5 and 6 paper end.
"""

from __future__ import annotations

from packstation.devices.printers.status import PrinterStatus

DLE, EOT = 0x10, 0x04
PRINTER, OFFLINE_CAUSE, ERROR_CAUSE, ROLL_PAPER = 1, 2, 3, 4
FIXED_MASK, FIXED_BITS = 0b1001_0011, 0b0001_0010

OFFLINE = 0x08
WAITING_RECOVERY = 0x20
COVER_OPEN = 0x04
FEED_BUTTON = 0x08
PAPER_END_STOP = 0x20
ERROR_OCCURRED = 0x40
ERROR_BITS = 0x04 | 0x08 | 0x20 | 0x40
AUTOCUTTER_ERROR = 0x08
NEAR_END = 0x0C
PAPER_END = 0x60


def request(n: int) -> bytes:
    """`DLE EOT n`."""
    return bytes((DLE, EOT, n))


# The four requests in one write; a printer answers each with one byte, in order.
STATUS_QUERY = b"".join(request(n) for n in (PRINTER, OFFLINE_CAUSE, ERROR_CAUSE, ROLL_PAPER))


def valid_reply(byte: int) -> bool:
    return byte & FIXED_MASK == FIXED_BITS


def parse_status(reply: bytes) -> PrinterStatus:
    """The four answers to `STATUS_QUERY`; ValueError if they are not status bytes."""
    if len(reply) != 4:
        raise ValueError(f"expected 4 status bytes, got {len(reply)}")
    if not all(valid_reply(byte) for byte in reply):
        raise ValueError(f"not DLE EOT answers: {reply.hex(' ')}")
    printer, offline, error, paper = reply
    return PrinterStatus(
        online=not printer & OFFLINE,
        cover_open=bool(offline & COVER_OPEN),
        paper_end=bool(offline & PAPER_END_STOP or paper & PAPER_END),
        paper_near_end=bool(paper & NEAR_END),
        error=bool(offline & ERROR_OCCURRED or error & ERROR_BITS),
        paused=bool(offline & FEED_BUTTON),
    )


def reply_byte(n: int, status: PrinterStatus) -> int | None:
    """What a printer in `status` answers to `DLE EOT n` (None: n is not one of 1..4).

    A printer that cannot print reports itself offline; `paused` is shown as the feed button
    being held, the one offline cause that is not a fault; an error as an autocutter error.
    """
    if n == PRINTER:
        return FIXED_BITS | (0 if status.ready else OFFLINE)
    if n == OFFLINE_CAUSE:
        return (
            FIXED_BITS
            | (COVER_OPEN if status.cover_open else 0)
            | (FEED_BUTTON if status.paused else 0)
            | (PAPER_END_STOP if status.paper_end else 0)
            | (ERROR_OCCURRED if status.error else 0)
        )
    if n == ERROR_CAUSE:
        return FIXED_BITS | (AUTOCUTTER_ERROR if status.error else 0)
    if n == ROLL_PAPER:
        near_end = NEAR_END if status.paper_near_end else 0
        return FIXED_BITS | near_end | (PAPER_END if status.paper_end else 0)
    return None
