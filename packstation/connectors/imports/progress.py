"""How an import reports its progress."""

from __future__ import annotations

from collections.abc import Callable

# Called with (bytes read so far, file size in bytes).
Progress = Callable[[int, int], None]

PROGRESS_EVERY = 4096  # rows (or records) between two progress reports
