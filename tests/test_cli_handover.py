"""`packstation handover`: the handover headless, from a list of scanned numbers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from packstation.app import settings as settings_store
from packstation.app.intake import Intake
from packstation.app.packing import Level, PackingService
from packstation.app.services import Services
from packstation.app.settings import Settings
from packstation.cli import main
from tests.builders import TEA, load_products, rakuten

NUMBERS = {"R-0001": "444413758703", "R-0002": "512547514334"}


@pytest.fixture(autouse=True)
def _one_qt_application(qapp) -> None:  # type: ignore[no-untyped-def]
    """The CLI installs its translations on the test run's one QApplication."""


@pytest.fixture
def bench(tmp_path: Path, db_url: str) -> list[str]:
    """Two parcels shipped at the bench today; the CLI's arguments for this database."""
    path = tmp_path / "settings.json"
    settings = Settings()
    settings.label_printer.enabled = True
    settings_store.save(settings, path)
    services = Services.open(db_url, path)
    load_products(services.db)
    orders = [rakuten(number, ("TEA", 1)) for number in NUMBERS]
    Intake(services.db, services.station, services.settings).store_orders(orders, "test")
    packing = PackingService(services.db, services.station, services.settings)
    for number, tracking in NUMBERS.items():
        packing.scan(number, 0)
        packing.scan(TEA, 1000)
        packing.scan(tracking, 2000)
        assert packing.scan(tracking, 3000).level is Level.DONE
    services.close()
    return ["--db", db_url, "--settings", str(path), "handover", "--carrier", "Yamato"]


def test_a_stopped_parcel_and_a_missing_one_exit_1_and_a_second_run_resumes(
    bench: list[str], tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    codes = tmp_path / "scanned.txt"
    codes.write_text("4444-1375-8703\n\n999999999999\n")
    assert main([*bench, "--codes", str(codes)]) == 1
    out, err = capsys.readouterr()
    assert "Handed over: order R-0001" in out and "1 of 2 parcels scanned" in out
    assert "999999999999\tSTOP" in err
    assert "1 parcels not scanned" in err or "1 parcel not scanned" in err
    assert "R-0002\t5125-4751-4334" in err

    codes.write_text("444413758703\n512547514334\n")
    manifest = tmp_path / "manifest.pdf"
    assert main([*bench, "--codes", str(codes), "--close", "--manifest", str(manifest)]) == 0
    out, err = capsys.readouterr()
    assert "SCANNED TWICE" in err  # told, but no fault: the parcel goes all the same
    assert "2 of 2 parcels scanned" in out and "Handover closed" in out
    assert manifest.read_bytes().startswith(b"%PDF-")


def test_closing_with_parcels_missing_needs_allow_missing(
    bench: list[str], tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO("512547514334\n"))
    assert main([*bench, "--codes", "-", "--close"]) == 1
    assert "not scanned: close only if it stays" in capsys.readouterr().err
    receipt = tmp_path / "receipt.png"
    receipt.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    assert main([*bench, "--close", "--allow-missing", "--receipt", str(receipt)]) == 1
    out, _ = capsys.readouterr()
    assert "Handover closed: 1" in out and "Receipt attached: receipts/" in out


def test_a_receipt_that_is_no_image_is_refused(bench: list[str], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert main([*bench, "--receipt", str(notes)]) == 1
    assert "notes.txt is not a scan or a photo" in capsys.readouterr().err


def test_an_unknown_carrier_exits_2(bench: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([*bench[:-1], "pigeon"]) == 2
    assert "No carrier is called pigeon" in capsys.readouterr().err
