from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from packstation.app import rates as store
from packstation.app.rates import DamagedRates
from packstation.domain.rates import DEFAULT_RATES, Cost, Rate, RateTable


def test_a_missing_file_gives_the_example_rates(tmp_path: Path) -> None:
    assert store.load(tmp_path / "rates.json") == DEFAULT_RATES
    assert not (tmp_path / "rates.json").exists()


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config" / "rates.json"
    table = RateTable(
        (
            Rate("yamato", "宅急便", Cost(Decimal("1234.5"), "JPY"), size_class=80),
            Rate("cdek", "Посылка склад-дверь", Cost(Decimal(900), "RUB"), up_to_g=3000),
            Rate("ozon", "FBS", Cost(Decimal(0), "RUB")),
        )
    )
    store.save(table, path)
    assert store.load(path) == table
    text = path.read_text(encoding="utf-8")
    assert "宅急便" in text and "Посылка" in text  # readable for the one who edits it
    assert json.loads(text)["rates"][0]["amount"] == "1234.5"
    store.save(DEFAULT_RATES, path)
    assert store.load(path) == DEFAULT_RATES


def test_amounts_may_be_written_as_whole_numbers(tmp_path: Path) -> None:
    path = tmp_path / "rates.json"
    rate = {"carrier": "japanpost", "service": "クリックポスト", "amount": 185, "currency": "JPY"}
    path.write_text(json.dumps({"schema_version": 1, "rates": [rate]}), encoding="utf-8")
    assert store.load(path) == RateTable(
        (Rate("japanpost", "クリックポスト", Cost(Decimal(185), "JPY")),)
    )


def _rate(**changes: object) -> bytes:
    rate = {"carrier": "yamato", "service": "宅急便", "size_class": 60, "amount": "940"}
    rate["currency"] = "JPY"
    rate.update(changes)
    return json.dumps({"schema_version": 1, "rates": [rate]}).encode()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"schema_version": 1, "rates": [', "not JSON"),
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
        (b"[]", "not an object"),
        (b'{"schema_version": 2, "rates": []}', "schema_version 2"),
        (b'{"schema_version": 1, "rates": {}}', "rates: not a list"),
        (b'{"schema_version": 1, "rates": [7]}', "rate 1: not an object"),
        (_rate(service="宅急便便"), "yamato has no service"),
        (_rate(carrier="fedex"), "fedex has no service"),
        (_rate(size_class=None), "billed by size class"),
        (_rate(service="ネコポス"), "has no size classes"),
        (_rate(size_class="60"), "size_class '60'"),
        (_rate(up_to_g=-1), "up_to_g -1"),
        (_rate(amount="nine hundred"), "amount"),
        (_rate(amount="NaN"), "amount"),
        (_rate(amount=-1), "amount"),
        (_rate(amount=9.5), "amount"),
        (_rate(amount=True), "amount"),
        (_rate(currency="yen"), "currency"),
    ],
)
def test_a_damaged_file_raises_and_is_left_as_it_is(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "rates.json"
    path.write_bytes(content)
    with pytest.raises(DamagedRates) as raised:
        store.load(path)
    assert reason in raised.value.reason
    text = raised.value.message.render()
    assert str(path) in text and reason in text and "left as it is" in text
    assert path.read_bytes() == content
    assert [item.name for item in tmp_path.iterdir()] == ["rates.json"]


def test_saving_over_a_damaged_file_needs_to_be_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "rates.json"
    path.write_bytes(b"{oops")
    with pytest.raises(DamagedRates):
        store.save(DEFAULT_RATES, path)
    assert path.read_bytes() == b"{oops"
    store.save(DEFAULT_RATES, path, replace_damaged=True)
    assert store.load(path) == DEFAULT_RATES
