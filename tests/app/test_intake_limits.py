"""Values a database cannot hold are reported with their order and line, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.app.intake import Intake
from packstation.store.schema import Order
from tests.builders import load_products

pytestmark = pytest.mark.both_databases

HEADER = "order_number,ordered_at,sku,quantity,unit_price,item_name,notes\n"
GOOD = "B2,2024-05-01 10:00,TEA,1,100,Tea,\n"


def imported(db, station, settings, tmp_path: Path, rows: str) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    path = tmp_path / "orders.csv"
    path.write_text(HEADER + rows + GOOD, encoding="utf-8")
    load_products(db)
    summary = Intake(db, station, settings).run(path)
    with db.session() as session:
        stored = session.scalar(select(func.count()).select_from(Order))
    assert summary.new == stored
    return stored, [error.render().removeprefix(f"{path}:") for error in summary.errors]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("A1,2024-05-01 10:00,T\x00EA,1,100,Tea,", "2: The SKU holds a NUL character"),
        ("A1,2024-05-01 10:00,TEA,1,100,Tea,a\x00b", "2: The buyer's note holds a NUL"),
        ("A1,2024-05-01 10:00,TEA,99999999999999999999,100,Tea,", "2: The quantity of TEA 9999"),
        ("A1,2024-05-01 10:00,TEA,1,99999999999999,Tea,", "2: The unit price of TEA 9999"),
        ("A1,0001-01-01 00:00+09:00,TEA,1,100,Tea,", "2: The order time 0001-01-01"),
        ("A1,9999-12-31 23:00,TEA,1,100,Tea,", "2: The order time 9999-12-31"),
        ("A1,2024-05-01 10:00," + "S" * 101 + ",1,100,Tea,", "2: The SKU is longer than 100"),
        ("A1,2024-05-01 10:00,TEA,1,100," + "N" * 501 + ",", "2: The item name is longer"),
        ("A" * 101 + ",2024-05-01 10:00,TEA,1,100,Tea,", "2: The order number is longer"),
    ],
)
def test_a_value_too_big_for_the_database_skips_its_order(
    db, station, settings, tmp_path: Path, row: str, problem: str
) -> None:  # type: ignore[no-untyped-def]
    stored, errors = imported(db, station, settings, tmp_path, row + "\n")
    assert stored == 1  # B2
    assert errors[0].startswith(problem), errors
    assert "was not imported" in errors[-1] and errors[-1].startswith("2: ")


def test_a_10_mb_cell_skips_its_whole_order_not_only_its_row(
    db, station, settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = "A1,2024-05-01 10:00,TEA,1,100,Tea,\nA1,2024-05-01 10:00,TEA,1,100," + "x" * 10**7
    stored, errors = imported(db, station, settings, tmp_path, rows + ",\n")
    assert stored == 1  # B2; A1 is not stored without its second line
    assert errors[0].startswith("2: The item name is longer than 500 characters")
    assert errors[-1] == "2: Order A1 was not imported because of the errors above"
