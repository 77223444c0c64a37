"""Cutting a request to an API's limits: a period into windows, a list into chunks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import TypeVar

Item = TypeVar("Item")


def windows(
    start: datetime, end: datetime, longest: timedelta, gap: timedelta = timedelta(seconds=1)
) -> Iterator[tuple[datetime, datetime]]:
    """[start, end] cut into windows of at most `longest`, in whole seconds; each starts
    `gap` after the last one stopped (a second for an API that counts whole seconds
    inclusively, none for one that is finer: the windows then share their edges)."""
    start = start.replace(microsecond=0)
    while start <= end:
        stop = min(start + longest, end)
        yield start, stop
        if stop >= end:
            return
        start = stop.replace(microsecond=0) + gap


def chunks(items: Sequence[Item], size: int) -> Iterator[Sequence[Item]]:
    for begin in range(0, len(items), size):
        yield items[begin : begin + size]
