"""python-escpos imported through escpos_library leaves logging, stdout and /tmp alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import logging, os, sys
from packstation.devices.printers import escpos_library
assert not logging.getLogger().handlers, logging.getLogger().handlers
print(os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"], file=sys.stderr)
"""


def test_import_leaves_no_root_handler_and_prints_nothing(tmp_path: Path) -> None:
    environment = {"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        cwd=Path(__file__).resolve().parents[3],
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    pickle_dir = Path(result.stderr.strip())
    assert pickle_dir.is_relative_to(tmp_path / "cache")
    assert any(pickle_dir.glob("*.capabilities.pickle"))


def test_root_handlers_the_application_set_stay() -> None:
    script = (
        "import logging\n"
        "handler = logging.NullHandler()\n"
        "logging.getLogger().addHandler(handler)\n"
        "from packstation.devices.printers import escpos_library\n"
        "assert logging.getLogger().handlers == [handler]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[3],
        check=False,
    )
    assert result.returncode == 0, result.stderr
