"""The start to the first window: the probe the start-up benchmark times it with, and what
the start does not load (the documents, the printers, the marketplace clients: they load when
first used)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from packstation.gui.shown_probe import ENV_VAR

ROOT = Path(__file__).resolve().parents[2]


def start(code: str) -> subprocess.CompletedProcess[str]:
    """`code` run in a fresh interpreter, with the probe on: the app quits once shown."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        ENV_VAR: "1",
    }
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )


def test_the_app_says_shown_at_its_first_window_and_quits() -> None:
    done = start("from packstation.cli import main; raise SystemExit(main([]))")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["shown"]
