"""Ship-by deadlines and how urgent they are."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum


class Urgency(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"


def default_ship_by(ordered_at: datetime, hours: float) -> datetime:
    return ordered_at + timedelta(hours=hours)


def urgency(ship_by: datetime, now: datetime, soon: timedelta) -> Urgency:
    left = ship_by - now
    if left < timedelta(0):
        return Urgency.OVERDUE
    if left <= soon:
        return Urgency.DUE_SOON
    return Urgency.OK


def countdown(ship_by: datetime, now: datetime) -> tuple[bool, int, int]:
    """(overdue, hours, minutes) left or past, for display."""
    seconds = int((ship_by - now).total_seconds())
    overdue = seconds < 0
    minutes = abs(seconds) // 60
    return overdue, minutes // 60, minutes % 60
