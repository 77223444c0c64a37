"""The start to the first window: the probe the start-up benchmarks time it with (to the first
paint and to the queue's first page), and what the start does not load (the documents, the printers, the marketplace clients: they load when
first used)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from packstation.gui.shown_probe import ENV_VAR
from packstation.store.database import Database
from tests.builders import rakuten

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


PROBE_LINES = ["queue", "shown"]  # whichever comes first: the first paint or the first load


def test_the_app_says_shown_at_its_first_window_and_queue_at_its_first_load_and_quits() -> None:
    done = start("from packstation.cli import main; raise SystemExit(main([]))")
    assert done.returncode == 0, done.stderr
    assert sorted(done.stdout.splitlines()) == PROBE_LINES


def test_the_window_says_when_a_load_of_the_queue_is_in_its_model(qtbot, open_bench) -> None:  # type: ignore[no-untyped-def]
    window = open_bench(rakuten("502764-20261122-00000002", ("CUP", 1))).window
    with qtbot.waitSignal(window.queue_loaded):
        window.refresh_queue()
    assert window.queue_model.rowCount() == 1


LOADED_WHEN_USED = (
    "alembic",
    "reportlab",
    "pypdfium2",
    "escpos",
    "qrcode",
    "PIL",
    "httpx",
    "keyring",
    "packstation.documents.slip_pdf",
    "packstation.documents.slip_receipt",
    "packstation.documents.waybill",
    "packstation.documents.manifest",
    "packstation.documents.rasterize",
    "packstation.app.credentials",
    "packstation.store.schema_upgrade",
)


def loaded(name: str) -> bool:
    return any(name == lazy or name.startswith(lazy + ".") for lazy in LOADED_WHEN_USED)


def test_the_first_window_shows_without_documents_printers_or_marketplace_clients(
    db_url: str,
) -> None:
    """A start on a database whose schema is current, to the first window shown: none of
    LOADED_WHEN_USED is loaded by then."""
    Database(db_url).dispose()
    done = start(
        "import sys\n"
        "from packstation.cli import main\n"
        f"main(['--db', {db_url!r}])\n"
        "print(*sys.modules, sep='\\n')\n"
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert sorted(lines[:2]) == PROBE_LINES
    modules = lines[2:]
    assert [name for name in modules if loaded(name)] == []
