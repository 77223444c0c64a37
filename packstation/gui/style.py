"""Colours and sizes of the bench: readable from a step away, colour-coded results."""

from __future__ import annotations

from PySide6.QtGui import QColor

from packstation.app.packing import Level
from packstation.domain.deadlines import Urgency

BANNER = {
    Level.GOOD: ("#1e7b34", "#ffffff"),
    Level.DONE: ("#0d5c22", "#ffffff"),
    Level.BAD: ("#c62828", "#ffffff"),
    Level.PROMPT: ("#f9a825", "#1a1a1a"),
    Level.INFO: ("#37474f", "#ffffff"),
}
URGENCY = {
    Urgency.OVERDUE: QColor("#ffcdd2"),
    Urgency.DUE_SOON: QColor("#ffe0b2"),
}
URGENCY_TEXT = {Urgency.OVERDUE: QColor("#b71c1c"), Urgency.DUE_SOON: QColor("#8d4a00")}
LINE_DONE = QColor("#c8e6c9")
LINE_FAULT = QColor("#ffcdd2")
LINE_PARTIAL = QColor("#fff3c4")
LINE_LAST = QColor("#90caf9")
CHIP = {
    "gift": "#ad1457",
    "noshi": "#6a1b9a",
    "slot": "#1565c0",
    "fragile": "#d84315",
    "invoice": "#00695c",
    "notes": "#455a64",
    "hold": "#c62828",
    "parcel": "#37474f",
    "backorder": "#ef6c00",
}


BANNER_PADDING = 14


def banner_css(level: Level, font_px: int) -> str:
    background, foreground = BANNER[level]
    return (
        f"background:{background}; color:{foreground}; border-radius:8px;"
        f"padding:{BANNER_PADDING}px; font-size:{font_px}px; font-weight:600;"
    )


def chip_css(kind: str) -> str:
    return (
        f"background:{CHIP[kind]}; color:white; border-radius:6px; padding:6px 10px;"
        "font-size:17px; font-weight:600;"
    )
