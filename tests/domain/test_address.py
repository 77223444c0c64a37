import pytest

from packstation.domain.address import (
    PREFECTURES,
    is_plausible_phone,
    is_valid_ru_index,
    normalize_jp_postal,
    normalize_phone,
    normalize_prefecture,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("123-4567", "123-4567"),
        ("1234567", "123-4567"),
        ("〒１２３－４５６７", "123-4567"),
        ("１２３ー４５６７", "123-4567"),
        (" 100-0001 ", "100-0001"),
        ("12-345", None),
        ("1234-567", None),
        ("", None),
        ("abc-defg", None),
    ],
)
def test_japanese_postal_codes(raw: str, expected: str | None) -> None:
    assert normalize_jp_postal(raw) == expected


def test_all_47_prefectures_and_their_short_forms() -> None:
    assert len(PREFECTURES) == 47
    assert normalize_prefecture("東京都") == "東京都"
    assert normalize_prefecture("東京") == "東京都"
    assert normalize_prefecture("大阪") == "大阪府"
    assert normalize_prefecture("北海道") == "北海道"
    assert normalize_prefecture("東京県") is None
    assert normalize_prefecture("Tokyo") is None


@pytest.mark.parametrize(
    ("raw", "ok"),
    [
        ("101000", True),
        ("１０１０００", True),
        ("10100", False),
        ("1010001", False),
        ("abcdef", False),
    ],
)
def test_russian_index(raw: str, ok: bool) -> None:
    assert is_valid_ru_index(raw) is ok


def test_phones() -> None:
    assert normalize_phone("03-1234-5678") == "0312345678"
    assert normalize_phone("+7 (916) 123-45-67") == "+79161234567"
    assert normalize_phone("０９０ー１２３４ー５６７８") == "09012345678"
    assert is_plausible_phone("090-1234-5678")
    assert not is_plausible_phone("12-34")
    assert not is_plausible_phone("")
