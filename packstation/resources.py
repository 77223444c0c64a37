"""Where the files in `resources/` are: sounds, translations, demo data."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return ROOT.joinpath(*parts)


def font_path() -> Path:
    """The project's font for printed text: kanji, kana, Latin and Cyrillic."""
    return resource("fonts", "ipaexg.ttf")
