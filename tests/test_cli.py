"""The command line, run as a user runs it: real files, a real database, exit codes."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation import __version__
from packstation.cli import main
from packstation.domain.states import OrderState
from packstation.store.database import Database
from packstation.store.schema import Order, Shipment
from tests.builders import CUP, TEA
from tests.imports.samples import RAKUTEN_LEGACY_HEADER, csv_text, rakuten_row

CATALOGUE = (
    "sku,name,barcodes,weight_g,cost_price,fragile,stock\n"
    f"tea-001,緑茶ティーバッグ,{TEA},120,350,no,100\n"
    f"cup-001,湯呑み,{CUP};SHOP-CUP-1,240,800,yes,10\n"
)


@pytest.fixture(autouse=True)
def _one_qt_application(qapp) -> None:  # type: ignore[no-untyped-def]
    """The CLI creates a QCoreApplication for its translations when there is none; in this
    process the GUI tests need that one application to be a QApplication."""


def run(db: str, *args: str) -> int:
    return main(["--db", db, *args])


@pytest.fixture
def catalogue(tmp_path: Path, db_url: str) -> Path:
    path = tmp_path / "catalogue.csv"
    path.write_text(CATALOGUE, encoding="utf-8")
    assert run(db_url, "products", "import", str(path)) == 0
    return path


def rakuten_file(tmp_path: Path, *rows: dict[str, str]) -> Path:
    path = tmp_path / "rakuten.csv"
    path.write_bytes(csv_text(RAKUTEN_LEGACY_HEADER, rows).encode("cp932"))
    return path


def test_version(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"packstation {__version__}"


def test_catalogue_import_is_idempotent_and_reports_bad_rows(tmp_path, db_url, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "catalogue.csv"
    path.write_text(CATALOGUE + "bad-1,Broken,4901234567890,heavy,1,no,1\n", encoding="utf-8")
    assert run(db_url, "products", "import", str(path)) == 1
    out, err = capsys.readouterr()
    assert f"{path}:4:" in err
    assert "2 products added, 0 updated, 1 row with errors" in out
    assert run(db_url, "products", "import", str(path)) == 1
    assert "0 products added, 2 updated" in capsys.readouterr().out


def test_order_import_keeps_good_orders_reports_bad_rows_and_exits_non_zero(
    tmp_path, db_url, catalogue, capsys
) -> None:  # type: ignore[no-untyped-def]
    good = rakuten_row("502763-20261122-00000001") | {"商品番号": "tea-001"}
    bad = rakuten_row("502763-20261122-00000002") | {"商品番号": "cup-001", "個数": "two"}
    path = rakuten_file(tmp_path, good, bad)
    capsys.readouterr()
    assert run(db_url, "import", str(path)) == 1
    out, err = capsys.readouterr()
    assert f"{path}:3:" in err and "two" in err
    assert "1 new, 0 changed, 0 unchanged, 0 on hold, 2 rows with errors" in out
    assert run(db_url, "import", str(path), "--format", "rakuten") == 1
    assert "0 new, 0 changed, 1 unchanged" in capsys.readouterr().out


def test_progress_bar_for_large_files(tmp_path, db_url, catalogue, capsys) -> None:  # type: ignore[no-untyped-def]
    rows = [
        rakuten_row(f"502763-20261122-{n:08d}") | {"商品番号": "tea-001", "個数": "1"}
        for n in range(1, 300)
    ]
    path = rakuten_file(tmp_path, *rows)
    capsys.readouterr()
    assert run(db_url, "import", str(path), "--progress", "always") == 0
    err = capsys.readouterr().err
    assert "rakuten.csv [" in err and "100.0%" in err


def test_held_orders_are_listed_with_their_reasons(tmp_path, db_url, catalogue, capsys) -> None:  # type: ignore[no-untyped-def]
    held = rakuten_row("502763-20261122-00000009") | {
        "商品番号": "tea-001",
        "送付先郵便番号２": "001",
    }
    fine = rakuten_row("502763-20261122-00000008") | {"商品番号": "tea-001"}
    run(db_url, "import", str(rakuten_file(tmp_path, held, fine)))
    capsys.readouterr()
    assert run(db_url, "orders", "--status", "on_hold") == 0
    out = capsys.readouterr().out
    assert "502763-20261122-00000009" in out and "502763-20261122-00000008" not in out
    assert "is not NNN-NNNN" in out
    assert run(db_url, "orders") == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].split("\t")[0] == "ship by"
    assert any("00000008" in line and "confirmed" in line for line in listed)


def test_a_file_that_cannot_be_read_is_a_clear_error(tmp_path, db_url, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "orders.json"
    path.write_text('{"something": "else"}', encoding="utf-8")
    assert run(db_url, "import", str(path)) == 2
    assert "Cannot import" in capsys.readouterr().err
    assert run(db_url, "import", str(tmp_path / "missing.csv")) == 2


def test_demo_loads_once_and_check_runs(tmp_path, db_url, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(db_url, "demo", "--images", str(tmp_path / "images")) == 0
    loaded = capsys.readouterr().out
    counted = re.search(r"(\d+) orders \((\d+) parcels\), (\d+) parcels on hold", loaded)
    assert counted is not None, loaded
    db = Database(db_url)
    with db.session() as session:
        orders = session.scalar(select(func.count(Order.id)))
        parcels = session.scalars(select(Shipment.state)).all()
    db.dispose()
    assert orders < len(parcels)  # the demo has orders sent to several addresses
    held = parcels.count(OrderState.ON_HOLD.value)
    assert [int(n) for n in counted.groups()] == [orders, len(parcels), held]
    assert run(db_url, "demo", "--images", str(tmp_path / "images")) == 0
    assert "already has orders" in capsys.readouterr().out
    assert run(db_url, "check") == 0
    assert "confirmed" in capsys.readouterr().out


def test_the_database_comes_from_the_environment(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    monkeypatch.setenv("PACKSTATION_DB", url)
    assert main(["orders"]) == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_a_listing_piped_into_a_closed_reader_ends_quietly(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`packstation orders | head -1`: no traceback when the reader has gone."""
    assert main(["--db", db_url, "demo", "--images", str(tmp_path / "images")]) == 0
    read_end, write_end = os.pipe()
    os.close(read_end)
    closed_pipe = os.fdopen(write_end, "w", buffering=1)
    monkeypatch.setattr("sys.stdout", closed_pipe)
    try:
        assert main(["--db", db_url, "orders"]) == 0
    finally:
        closed_pipe.close()


def test_a_database_that_cannot_be_opened_is_told_without_a_traceback(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    manifest = ["doc", "manifest", "--carrier", "yamato", "--out", str(tmp_path / "m.pdf")]
    for command in (["orders"], ["check"], manifest):
        assert run(f"sqlite:///{blocker / 'packstation.sqlite3'}", *command) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert f"{blocker / 'packstation.sqlite3'} cannot be created" in err
        assert len(err.strip().splitlines()) == 1


def test_the_console_shows_the_paragraph_and_exit_code_2(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "packstation",
            "--db",
            f"postgresql+psycopg://packer:s3cret@127.0.0.1:{port}/station",
            "orders",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "s3cret" not in done.stderr
    assert "cannot be reached" in done.stderr


def test_damaged_settings_are_told_and_the_command_runs(tmp_path, db_url, capsys) -> None:  # type: ignore[no-untyped-def]
    settings = tmp_path / "settings.json"
    settings.write_bytes(b'{"operator": "aiko"')
    assert main(["--db", db_url, "--settings", str(settings), "orders"]) == 0
    out, err = capsys.readouterr()
    [kept] = tmp_path.glob("settings.damaged-*.json")
    assert kept.read_bytes() == b'{"operator": "aiko"'
    assert f"it is kept as {kept}" in err and "default settings" in err
    assert out.startswith("ship by")


def test_damaged_settings_are_told_by_the_device_commands_too(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    settings = tmp_path / "settings.json"
    settings.write_bytes(b"[]")
    main(["--settings", str(settings), "selftest"])
    assert "default settings" in capsys.readouterr().err
    assert len(list(tmp_path.glob("settings.damaged-*.json"))) == 1
