"""PACKSTATION_LOG turns the station's log on, at the level it names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = (
    "import logging; from packstation.app.logs import configure_from_environment;"
    " configure_from_environment(); logging.getLogger('x').debug('deep');"
    " logging.getLogger('x').warning('loud')"
)


def logged(value: str | None) -> str:
    env = {key: item for key, item in os.environ.items() if key != "PACKSTATION_LOG"}
    if value is not None:
        env["PACKSTATION_LOG"] = value
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        capture_output=True, text=True, env={**env, "PYTHONPATH": str(ROOT)}, timeout=60,
    )  # fmt: skip
    return done.stderr


def test_debug_logs_everything_with_its_time_level_and_logger() -> None:
    err = logged("debug")
    assert " DEBUG x: deep" in err and " WARNING x: loud" in err


def test_unset_leaves_only_pythons_last_resort_for_warnings() -> None:
    assert logged(None).splitlines() == ["loud"]


def test_an_unknown_level_logs_warnings_and_says_so() -> None:
    err = logged("chatty")
    assert "PACKSTATION_LOG=CHATTY is not a level" in err
    assert "deep" not in err and " WARNING x: loud" in err
