"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def times_ms(action: Callable[[], object], runs: int) -> list[float]:
    """The time of each of `runs` calls of `action`, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def median_ms(action: Callable[[], object], runs: int) -> float:
    """The median time of `runs` calls of `action`, in milliseconds."""
    return statistics.median(times_ms(action, runs))
