"""What a printer says about itself, whatever protocol it said it in."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PrinterStatus:
    online: bool = True
    cover_open: bool = False
    paper_end: bool = False
    paper_near_end: bool = False
    error: bool = False  # cutter, head, mechanical: anything else that stops printing
    paused: bool = False

    @property
    def ready(self) -> bool:
        """True when a job sent now would print."""
        return (
            self.online
            and not self.cover_open
            and not self.paper_end
            and not self.error
            and not self.paused
        )
