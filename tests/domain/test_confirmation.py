from packstation.domain.confirmation import LineNeed, check_address, check_lines
from packstation.domain.model import Address

JP = Address(
    "山田 太郎",
    "ヤマダ タロウ",
    "150-0001",
    "東京都",
    "渋谷区",
    "神宮前1-2-3",
    country="JP",
    phone="03-1234-5678",
)
RU = Address(
    "Иван Петров",
    postal_code="101000",
    region="Москва",
    city="Москва",
    line1="ул. Тверская, 1",
    country="RU",
    phone="+7 916 123-45-67",
)


def sources(messages) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text.source for m in messages]


def test_a_good_japanese_and_russian_address_pass() -> None:
    assert check_address(JP) == []
    assert check_address(RU) == []


def test_marketplace_labelled_parcels_need_no_address() -> None:
    assert check_address(None) == []


def test_every_address_problem_is_reported() -> None:
    bad = Address("", postal_code="12-345", region="Tokio", country="JP")
    reasons = [m.render() for m in check_address(bad)]
    assert any("Recipient name missing" in r for r in reasons)
    assert any("12-345" in r and "NNN-NNNN" in r for r in reasons)
    assert any("Tokio" in r for r in reasons)
    assert any("phone missing" in r for r in reasons)
    assert any("address missing" in r for r in reasons)


def test_russian_index_must_be_six_digits() -> None:
    from dataclasses import replace

    reasons = [m.render() for m in check_address(replace(RU, postal_code="1010"))]
    assert reasons == ["Postal index “1010” is not 6 digits"]


def test_lines_unknown_sku_bad_quantity_and_stock() -> None:
    available = {"TEA": 5, "CUP": 1}
    problems = [
        m.render()
        for m in check_lines(
            [LineNeed("TEA", 3), LineNeed("TEA", 3), LineNeed("CUP", 0), LineNeed("NOPE", 1)],
            available,
        )
    ]
    assert "Quantity 0 of CUP must be at least 1" in problems
    assert "Unknown SKU NOPE: add it to the catalogue or fix the order" in problems
    assert "Not enough stock of TEA: needs 6, 5 available" in problems
    assert check_lines([LineNeed("TEA", 5), LineNeed("CUP", 1)], available) == []
    assert sources(check_lines([], available)) == ["The shipment has no items"]
