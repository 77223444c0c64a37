"""The carrier file commands against a real database: export, the numbers back, twice."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from packstation.app import settings as settings_store
from packstation.app.context import Station
from packstation.app.intake import Intake
from packstation.app.packing import PackingService
from packstation.app.services import Services
from packstation.app.settings import Settings
from packstation.cli import main
from packstation.connectors.exports import b2cloud
from packstation.connectors.exports.carrier_csv import write_rows
from packstation.store.shipping import load_parcel, set_shipping
from tests.builders import NOW, TEA, load_products, rakuten

FIRST = "502763-20261122-00000001"
SECOND = "502763-20261122-00000002"
DAY = NOW.astimezone().date().isoformat()


@pytest.fixture(autouse=True)
def _one_qt_application(qapp) -> None:  # type: ignore[no-untyped-def]
    """The CLI installs its translations on the test run's one QApplication."""


@pytest.fixture
def weighed(tmp_path: Path, db_url: str) -> Path:
    """Two Rakuten parcels weighed today at a bench with no ranges: no tracking numbers."""
    path = tmp_path / "settings.json"
    settings = Settings()
    settings.shop.name = "梱包堂"
    settings.shop.postal_code = "5300001"
    settings.shop.region = "大阪府"
    settings.shop.city = "大阪市北区"
    settings.shop.line1 = "梅田1-1"
    settings.scale.enabled = True
    settings_store.save(settings, path)
    services = Services.open(db_url, path)
    load_products(services.db)
    station = Station("bench-1", "aiko", clock=lambda: NOW)
    Intake(services.db, station, services.settings).store_orders(
        [
            rakuten(FIRST, ("TEA", 1)),
            rakuten(SECOND, ("TEA", 1)),
        ],
        "test",
    )
    bench = PackingService(services.db, station, services.settings)
    for number in (FIRST, SECOND):
        bench.scan(number, 0)
        bench.scan(TEA, 1000)
        bench.weigh(Decimal(130))
    services.close()
    return path


def test_export_then_import_the_issued_numbers(tmp_path: Path, db_url: str, weighed: Path) -> None:
    common = ["--db", db_url, "--settings", str(weighed)]
    out = tmp_path / "b2.csv"
    assert main([*common, "export", "b2cloud", "--date", DAY, str(out)]) == 0
    rows = list(csv.reader(out.read_bytes().decode("cp932").splitlines()))
    assert len(rows) == 3 and all(len(row) == 94 for row in rows)
    assert [row[0] for row in rows[1:]] == [FIRST, SECOND]
    assert all(row[3] == "" and row[10] == "150-0001" for row in rows[1:])

    issued = tmp_path / "issued.csv"
    numbered = [list(rows[1]), list(rows[2])]
    numbered[0][3], numbered[1][3] = "4444-1375-8703", "5125-4751-4334"
    write_rows(issued, b2cloud.HEADERS, numbered)
    assert main([*common, "tracking-import", "b2cloud", str(issued)]) == 0
    services = Services.open(db_url, weighed)
    with services.db.engine.connect() as connection:
        numbers = [load_parcel(connection, i).tracking_number for i in (1, 2)]  # type: ignore[union-attr]
    assert numbers == ["444413758703", "512547514334"]
    # the same file again changes nothing; the day's export now leaves both out
    assert main([*common, "tracking-import", "b2cloud", str(issued)]) == 0
    assert main([*common, "export", "b2cloud", "--date", DAY, str(out)]) == 0
    assert len(out.read_bytes().decode("cp932").splitlines()) == 1
    services.close()


def test_a_number_another_parcel_has_is_refused(
    tmp_path: Path, db_url: str, weighed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = Services.open(db_url, weighed)
    with services.db.engine.begin() as connection:
        set_shipping(connection, 1, "yamato", "宅急便", "444413758703")
    services.close()
    issued = tmp_path / "issued.csv"
    (issued).write_bytes(f"{SECOND},0,0,444413758703\r\nNO-SUCH,0,0,1\r\n".encode("cp932"))
    common = ["--db", db_url, "--settings", str(weighed)]
    assert main([*common, "tracking-import", "b2cloud", str(issued)]) == 1
    err = capsys.readouterr().err
    assert f"tracking number 4444-1375-8703 is already on order {FIRST}" in err
    assert "Line 2, order NO-SUCH: 1 is not a Yamato Transport tracking number" in err
    services = Services.open(db_url, weighed)
    with services.db.engine.connect() as connection:
        assert load_parcel(connection, 2).tracking_number is None  # type: ignore[union-attr]
    services.close()


def test_the_ehiden_export_has_74_columns(tmp_path: Path, db_url: str, weighed: Path) -> None:
    services = Services.open(db_url, weighed)
    with services.db.engine.begin() as connection:
        set_shipping(connection, 1, "sagawa", "飛脚宅配便", None)
    services.close()
    out = tmp_path / "sagawa.csv"
    common = ["--db", db_url, "--settings", str(weighed)]
    assert main([*common, "export", "ehiden", "--date", DAY, str(out)]) == 0
    rows = list(csv.reader(out.read_bytes().decode("cp932").splitlines()))
    assert [len(row) for row in rows] == [74, 74] and rows[1][9] == FIRST
    issued = tmp_path / "issued.csv"
    numbered = list(rows[1])
    numbered[61] = "512547514334"
    write_rows(issued, rows[0], [numbered])
    assert main([*common, "tracking-import", "ehiden", str(issued)]) == 0
