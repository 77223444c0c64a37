"""The document commands: the same paper as the bench, headless."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import text

from packstation.app import settings as settings_store
from packstation.app import simulation
from packstation.app.context import Station
from packstation.app.device_settings import PrinterSettings, ShopSettings
from packstation.app.intake import Intake
from packstation.app.services import Services
from packstation.app.settings import Settings
from packstation.app.user_admin import add_user
from packstation.cli import main
from packstation.devices.printers.simulator import PrinterSimulator
from packstation.domain.users import Role
from packstation.store.database import Database
from packstation.store.shipping import set_shipping
from tests.builders import load_products, ozon, rakuten

NUMBER = "502763-20261122-00000001"
TRACKING = "444413758703"
UNPACKED = "502763-20261122-00000002"


@pytest.fixture(autouse=True)
def _one_qt_application(qapp) -> None:  # type: ignore[no-untyped-def]
    """The CLI installs its translations on the test run's one QApplication."""


@pytest.fixture
def label(tmp_path: Path) -> Iterator[PrinterSimulator]:
    with PrinterSimulator("zpl", out_dir=tmp_path / "printed") as simulator:
        yield simulator


@pytest.fixture
def station(tmp_path: Path, db_url: str, label: PrinterSimulator) -> Path:
    path = tmp_path / "settings.json"
    settings = Settings(
        label_printer=PrinterSettings(
            enabled=True, language="zpl", address=f"127.0.0.1:{label.port}"
        )
    )
    settings.shop.name = "梱包堂"
    settings_store.save(settings, path)
    services = Services.open(db_url, path)
    load_products(services.db)
    Intake(services.db, services.station, services.settings).store_orders(
        [rakuten(NUMBER, ("TEA", 2))], "test"
    )
    with services.db.engine.begin() as connection:
        set_shipping(connection, 1, "yamato", "宅急便", TRACKING)
    services.close()
    return path


def text_of(pdf: Path) -> str:
    document = pdfium.PdfDocument(pdf.read_bytes())
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def test_doc_writes_the_slip_and_the_waybill(tmp_path: Path, db_url: str, station: Path) -> None:
    common = ["--db", db_url, "--settings", str(station), "doc"]
    assert main([*common, "slip", NUMBER, "--out", str(tmp_path / "slip.pdf")]) == 0
    assert NUMBER in text_of(tmp_path / "slip.pdf") and "納品書" in text_of(tmp_path / "slip.pdf")
    assert main([*common, "waybill", NUMBER, "--out", str(tmp_path / "waybill.pdf")]) == 0
    assert "4444-1375-8703" in text_of(tmp_path / "waybill.pdf")
    assert main([*common, "slip", "NO-SUCH-ORDER", "--out", str(tmp_path / "x.pdf")]) == 2


def test_print_sends_the_waybill_once_and_a_reprint_on_request(
    db_url: str, station: Path, label: PrinterSimulator
) -> None:
    common = ["--db", db_url, "--settings", str(station), "print", "waybill", NUMBER]
    assert main(common) == 0
    (job,) = label.wait_for_jobs(1, 10)
    assert f"A{TRACKING}A" in [b.text for b in zxingcpp.read_barcodes(job.images[0])]
    assert main(common) == 1  # printed before: not again without --reprint
    assert main([*common, "--reprint"]) == 0
    assert len(label.wait_for_jobs(2, 10)) == 2
    assert main(["--db", db_url, "--settings", str(station), "print", "slip", NUMBER]) == 2


def test_a_waybill_reprint_takes_a_supervisors_name_and_pin(
    db_url: str,
    station: Path,
    label: PrinterSimulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = Database(db_url)
    add_user(db, "Mei", Role.ADMIN, "9999")
    add_user(db, "Sato", Role.SUPERVISOR, "5555")
    db.dispose()
    common = ["--db", db_url, "--settings", str(station), "print", "waybill", NUMBER]
    assert main(common) == 0
    label.wait_for_jobs(1, 10)
    assert main([*common, "--reprint"]) == 1
    assert "A supervisor must approve this" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("0000\n"))
    assert main([*common, "--reprint", "--supervisor", "Sato"]) == 1
    assert "Wrong name or PIN" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("5555\n"))
    assert main([*common, "--reprint", "--supervisor", "Sato"]) == 0
    assert len(label.wait_for_jobs(2, 10)) == 2


def test_tracking_ranges_are_added_as_printed_and_listed(
    db_url: str, station: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ["--db", db_url, "--settings", str(station), "tracking"]
    add = [*common, "add-range", "--carrier", "yamato", "--account", "0120-1234"]
    assert main([*add, "--first", "4444-1375-8703", "--last", "444413758714"]) == 0
    assert main([*add, "--first", "444413758704", "--last", "444413758714"]) == 2
    assert main([*common, "ranges"]) == 0
    out = capsys.readouterr().out
    assert "2 numbers of yamato added" in out
    assert "yamato\t0120-1234\t44441375870\t44441375871\t2" in out


def test_no_waybill_for_an_order_without_a_tracking_number(
    tmp_path: Path, db_url: str, station: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = Services.open(db_url, station)
    Intake(services.db, services.station, services.settings).store_orders(
        [rakuten(UNPACKED, ("TEA", 1))], "test"
    )
    services.close()
    common = ["--db", db_url, "--settings", str(station)]
    out = tmp_path / "waybill.pdf"
    assert main([*common, "doc", "waybill", UNPACKED, "--out", str(out)]) == 1
    assert not out.exists()
    assert main([*common, "print", "waybill", UNPACKED]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        f"Order {UNPACKED} has no tracking number yet, so it has no waybill: pack and weigh it "
        "at the bench, where it gets its number, then make the waybill."
    ] * 2


SHOP = ShopSettings(
    name="茶舗みどり", postal_code="150-0001", region="東京都", city="渋谷区", line1="神宮前1-2-3"
)


def with_shop(path: Path, shop: ShopSettings) -> Path:
    settings = settings_store.load(path)
    settings.shop = shop
    settings_store.save(settings, path)
    return path


def documents_made(tmp_path: Path, options: list[str]) -> dict[str, str]:
    """The text of the slip, the waybill and the manifest the CLI makes with these options."""
    texts = {}
    for kind, target in (("slip", [NUMBER]), ("waybill", [NUMBER]), ("manifest", ["--carrier", "yamato"])):
        out = tmp_path / f"{kind}.pdf"
        assert main([*options, "doc", kind, *target, "--out", str(out)]) == 0
        texts[kind] = text_of(out)
    return texts  # fmt: skip


def test_the_documents_name_the_shop_of_the_settings_file(
    tmp_path: Path, db_url: str, station: Path
) -> None:
    with_shop(station, SHOP)
    for kind, text in documents_made(tmp_path, ["--db", db_url, "--settings", str(station)]).items():
        assert "茶舗みどり" in text and "東京都渋谷区神宮前1-2-3" in text, kind


def test_with_simulate_the_documents_name_the_simulated_benchs_shop(
    tmp_path: Path, db_url: str, station: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    bench_settings = simulation.settings_path(None)
    assert bench_settings.is_relative_to(tmp_path)
    bench_settings.parent.mkdir(parents=True)
    bench_settings.write_bytes(station.read_bytes())
    with_shop(bench_settings, SHOP)
    for kind, text in documents_made(tmp_path, ["--db", db_url, "--simulate"]).items():
        assert "茶舗みどり" in text and "東京都渋谷区神宮前1-2-3" in text, kind
    with_shop(bench_settings, ShopSettings())  # none set: the window's demo shop
    demo = simulation.DEMO_SHOP
    for kind, text in documents_made(tmp_path, ["--db", db_url, "--simulate"]).items():
        assert demo.name in text and f"{demo.region}{demo.city}{demo.line1}" in text, kind


NO_DATABASE = "postgresql+psycopg://nobody@127.0.0.1:9/none"  # checking a number opens none


def check(tmp_path: Path, carrier: str, number: str) -> list[str]:
    settings = tmp_path / "settings.json"
    settings_store.save(Settings(), settings)
    options = ["--db", NO_DATABASE, "--settings", str(settings)]
    return [*options, "tracking", "check", carrier, number]


@pytest.mark.parametrize(
    ("carrier", "number", "shown"),
    [
        ("japan-post", "405548424886", "4055-4842-4886"),
        ("Japan Post", "4055 4842 4886", "4055-4842-4886"),
        ("ヤマト運輸", "444413758703", "4444-1375-8703"),
        ("СДЭК", "1234567890", "1234 567 890"),
        ("fedex", "986578788855", "9865 7878 8855"),
        ("USPS", "420 94103 9400111206206406260787", "9400 1112 0620 6406 2607 87"),
        ("generic", "AB-12", "AB-12"),
    ],
)
def test_tracking_check_prints_a_valid_number_as_the_carrier_prints_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], carrier: str, number: str, shown: str
) -> None:
    assert main(check(tmp_path, carrier, number)) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{shown}\tvalid\n" and captured.err == ""


@pytest.mark.parametrize(
    ("carrier", "number", "reason"),
    [
        (
            "yamato",
            "4444-1375-8704",
            "Tracking number 4444-1375-8704 has a wrong check digit for Yamato Transport: "
            "scan it again or type it carefully.",
        ),
        (
            "dhl-express",
            "331881002",
            "331881002 is not a DHL Express tracking number: expected 10 or 11 digits, "
            "such as 3318810025.",
        ),
        ("usps", " ", "Scan or type the tracking number."),
    ],
)
def test_tracking_check_tells_why_a_number_is_not_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], carrier: str, number: str, reason: str
) -> None:
    assert main(check(tmp_path, carrier, number)) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == reason + "\n"


def test_tracking_check_of_an_unknown_carrier_lists_the_known_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(check(tmp_path, "seino", "1234")) == 2
    assert capsys.readouterr().err == (
        "No carrier is called seino: use one of yamato, sagawa, japanpost, russianpost, cdek, "
        "dhl, ups, fedex, usps, generic.\n"
    )


def test_a_parcel_waiting_for_its_marketplace_label_is_refused_without_a_traceback(
    db_url: str, station: Path, label: PrinterSimulator, capsys
) -> None:  # type: ignore[no-untyped-def]
    """An Ozon FBS posting Ozon took (tracking number: the posting) before its label came."""
    db = Database(db_url)
    Intake(db, Station("bench-1", "aiko"), Settings()).store_orders(
        [ozon("57195475-0050-3", ("TEA", 1))], "test"
    )
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE shipments SET tracking_number = '57195475-0050-3'"))
    db.dispose()
    capsys.readouterr()
    for command in ("print", "doc"):
        extra = ["--out", "/dev/null"] if command == "doc" else []
        args = ["--db", db_url, "--settings", str(station), command, "waybill", "57195475-0050-3"]
        assert main([*args, *extra]) == 1
        err = capsys.readouterr().err
        assert "no address: it goes with its marketplace's label" in err
        assert "Traceback" not in err
    assert label.jobs == []
