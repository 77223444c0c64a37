"""Carrier names as orders, imports and people write them, and the codes the app works with."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.documents.model import CARRIERS
from packstation.domain.carrier_names import carrier_from_name
from packstation.domain.tracking import CARRIER_NAMES


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("japanpost", "japanpost"),
        ("japan-post", "japanpost"),
        ("japan_post", "japanpost"),
        ("Japan Post", "japanpost"),
        ("JAPAN POST", "japanpost"),
        ("日本郵便", "japanpost"),
        ("ゆうパック", "japanpost"),
        ("russianpost", "russianpost"),
        ("russian-post", "russianpost"),
        ("Russian Post", "russianpost"),
        ("почта россии", "russianpost"),
        ("Почта России", "russianpost"),
        ("yamato", "yamato"),
        ("Yamato Transport", "yamato"),
        ("ヤマト運輸", "yamato"),
        ("sagawa", "sagawa"),
        ("佐川急便", "sagawa"),
        ("DHL", "dhl"),
        ("dhl-express", "dhl"),
        ("fedex", "fedex"),
        ("FedEx", "fedex"),
        ("usps", "usps"),
        ("ups", "ups"),
        ("UPS", "ups"),
        ("cdek", "cdek"),
        ("СДЭК", "cdek"),
        ("сдэк", "cdek"),
        ("  Ｊａｐａｎ　Ｐｏｓｔ ", "japanpost"),  # full-width, as an IME types it
    ],
)
def test_names_people_write(name: str, code: str) -> None:
    assert carrier_from_name(name) == code


@pytest.mark.parametrize("code", CARRIERS)
def test_every_code_of_the_app_is_its_own_name(code: str) -> None:
    assert carrier_from_name(code) == code
    assert carrier_from_name(code.upper()) == code


@pytest.mark.parametrize("code", [code for code in CARRIERS if code != "generic"])
def test_the_english_name_the_app_shows_is_known(code: str) -> None:
    assert carrier_from_name(str(CARRIER_NAMES[code]())) == code


@pytest.mark.parametrize("name", ["", "  ", "Ozon Логистика", "seino", "japan", "post", "dhlx"])
def test_other_names_are_none(name: str) -> None:
    assert carrier_from_name(name) is None


@given(st.sampled_from(CARRIERS), st.lists(st.sampled_from([" ", "-", "_", "."]), max_size=3))
def test_separators_around_and_inside_a_code_do_not_matter(
    code: str, separators: list[str]
) -> None:
    middle = len(code) // 2
    written = "".join(separators) + code[:middle] + "".join(separators) + code[middle:]
    assert carrier_from_name(written) == code
