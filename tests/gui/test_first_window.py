"""The start to the first window: the probe the start-up benchmark times it with, and what
the start does not load (the documents, the printers, the marketplace clients: they load when
first used)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from packstation.gui.shown_probe import ENV_VAR
from packstation.store.database import Database

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
    shown, *modules = done.stdout.splitlines()
    assert shown == "shown"
    assert [name for name in modules if loaded(name)] == []
