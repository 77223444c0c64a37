"""No carrier file cell is a spreadsheet formula; phones, amounts and "-" stay as written."""

from __future__ import annotations

import csv
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from packstation.app.carrier_exports import FORMATS, export_day, import_tracking
from packstation.app.context import Station
from packstation.app.intake import Intake
from packstation.app.packing import PackingService
from packstation.app.settings import Settings
from packstation.connectors.exports.cells import is_formula, original_cell, safe_cell
from packstation.connectors.exports.carrier_csv import clip
from packstation.domain.model import IncomingLine
from packstation.store.database import Database
from packstation.store.shipping import load_parcel, set_shipping
from tests.builders import NOW, TEA, TOKYO, load_products, rakuten

FORMULAS = ["=CMD()", "@SUM(1)", "+1+cmd|' /C calc'!A0", "-2+3", "\t=1+1", "\r=1+1", "+A1"]
KEPT = ["+81-3-1234-5678", "+79161234567", "-", "-1200", "+7 (916) 123-45-67", "03-1234-5678"]
NUMBER = "=CMD()"


@pytest.mark.parametrize("text", FORMULAS)
def test_a_formula_gets_a_quote_and_reads_back(text: str) -> None:
    assert is_formula(text)
    assert safe_cell(text) == "'" + text
    assert original_cell(safe_cell(text)) == text
    assert original_cell(safe_cell(safe_cell(text))) == safe_cell(text)


@pytest.mark.parametrize("text", [*KEPT, "", "山田 太郎", "a=b", "'quoted"])
def test_phones_amounts_and_text_stay_as_written(text: str) -> None:
    assert safe_cell(text) == text
    assert original_cell(text) == text


def test_a_quoted_formula_reads_back_as_written() -> None:
    assert safe_cell("'=x") == "''=x" and original_cell("''=x") == "'=x"


def test_a_clipped_formula_keeps_the_carriers_length_with_its_quote() -> None:
    assert len(safe_cell(clip("=" + "x" * 60, 50))) == 50
    assert clip("+81-3-1234-5678", 15) == "+81-3-1234-5678"


@pytest.fixture
def bench_day(db: Database, station: Station, settings: Settings) -> Settings:
    """One parcel weighed today whose buyer wrote formulas into every field they fill."""
    settings.scale.enabled = True
    settings.shop.name = "@SUM(1)"
    settings.shop.postal_code = "5300001"
    settings.shop.region = "大阪府"
    settings.shop.city = "大阪市北区"
    settings.shop.line1 = "=CMD()"
    settings.shop.phone = "+79161234567"
    ship_to = replace(
        TOKYO,
        name="=CMD()",
        name_kana="＝ＣＭＤ（）",  # NFKC, as the kana columns are written, makes it "=CMD()"
        city="@SUM(1)",
        line1="+1+cmd|' /C calc'!A0",
        line2="-2+3",
        phone="+81-3-1234-5678",
    )
    order = rakuten(NUMBER, ("TEA", 1), ship_to=ship_to, buyer_notes="=CMD()")
    order.shipments[0].lines[0] = IncomingLine("TEA", "=HYPERLINK(\"http://x\")", 1, Decimal(1))
    load_products(db)
    station = Station("bench-1", "aiko", clock=lambda: NOW)
    Intake(db, station, settings).store_orders([order], "test")
    bench = PackingService(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    bench.weigh(Decimal(130))
    return settings


@pytest.mark.both_databases
@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_every_export_neutralises_formulas_and_reads_its_references_back(
    tmp_path: Path, db: Database, bench_day: Settings, kind: str
) -> None:
    if kind == "ehiden":
        with db.engine.begin() as connection:
            set_shipping(connection, 1, "sagawa", "飛脚宅配便", None)
    out = tmp_path / f"{kind}.csv"
    outcome = export_day(db, bench_day, kind, NOW.astimezone().date(), out)
    assert outcome.done == 1, outcome.problems
    header, cells = csv.reader(out.read_bytes().decode("cp932").splitlines())
    assert not [cell for cell in [*header, *cells] if is_formula(cell)]
    written = set(cells)
    assert {"+81-3-1234-5678", "+79161234567"} <= written  # the phones as the buyer wrote
    assert {"'=CMD()", "'+1+cmd|' /C calc'!A0", "'-2+3"} & written
    assert not any(cell.startswith(("=", "@")) for cell in cells)

    numbered = list(cells)
    tracking_at = {"b2cloud": 3, "ehiden": 61}[kind]
    numbered[tracking_at] = {"b2cloud": "444413758703", "ehiden": "512547514334"}[kind]
    issued = tmp_path / "issued.csv"  # the carrier's software gives back the cells it read
    with issued.open("w", encoding="cp932", newline="") as file:
        csv.writer(file).writerows([header, numbered])
    outcome = import_tracking(db, kind, issued)
    assert (outcome.done, outcome.problems) == (1, [])
    with db.engine.connect() as connection:
        parcel = load_parcel(connection, 1)
    assert parcel is not None and parcel.number == NUMBER
    assert parcel.tracking_number == numbered[tracking_at]
