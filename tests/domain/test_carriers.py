from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.documents.model import CARRIERS as DOCUMENT_CARRIERS
from packstation.domain.carriers import (
    CARRIERS,
    Service,
    fits,
    service,
    services,
    tracking_url,
)
from packstation.domain.parcel_size import Dimensions


def test_every_carrier_of_the_documents_and_ozon_is_registered() -> None:
    assert set(CARRIERS) == {*DOCUMENT_CARRIERS, "ozon"}
    assert all(item.carrier == code for code in CARRIERS for item in CARRIERS[code].services)


def test_services_are_named_as_the_carriers_print_them() -> None:
    assert [item.name for item in services(["yamato", "japanpost"])] == [
        "宅急便",
        "宅急便コンパクト",
        "ネコポス",
        "ゆうパック",
        "ゆうパケット",
        "クリックポスト",
    ]
    assert [item.name for item in services(["sagawa", "russianpost", "cdek", "ozon"])] == [
        "飛脚宅配便",
        "Посылка",
        "Посылка склад-дверь",
        "FBS",
    ]
    assert services(["generic", "fedex"]) == []
    assert service("dhl", "Express Worldwide") is not None
    assert service("ups", "Express Worldwide") is None


def test_only_the_sized_services_bill_by_size_class() -> None:
    sized = {(item.carrier, item.name) for item in services(CARRIERS) if item.size_classes}
    assert sized == {("yamato", "宅急便"), ("sagawa", "飛脚宅配便"), ("japanpost", "ゆうパック")}


@pytest.mark.parametrize(
    ("carrier", "number", "url"),
    [
        (
            "yamato",
            "4444-1375-8703",
            "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=444413758703",
        ),
        (
            "japanpost",
            "4055 4842 4886",
            "https://trackings.post.japanpost.jp/services/srv/search/direct"
            "?reqCodeNo1=405548424886",
        ),
        (
            "sagawa",
            "512547514334",
            "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=512547514334",
        ),
        (
            "russianpost",
            "ra123456785ru",
            "https://www.pochta.ru/tracking?barcode=RA123456785RU",
        ),
        ("cdek", "1234567890", "https://www.cdek.ru/ru/tracking?order_id=1234567890"),
        (
            "dhl",
            "3318810025",
            "https://www.dhl.com/global-en/home/tracking/tracking-express.html"
            "?submit=1&tracking-id=3318810025",
        ),
        ("ups", "1Z5R89390357567127", "https://www.ups.com/track?tracknum=1Z5R89390357567127"),
    ],
)
def test_tracking_url(carrier: str, number: str, url: str) -> None:
    assert tracking_url(carrier, number) == url


def test_no_tracking_url_for_generic_unknown_or_empty() -> None:
    assert tracking_url("generic", "ABC-1") is None
    assert tracking_url("pony-express", "123") is None
    assert tracking_url("ozon", "12345678-0001-1") is None
    assert tracking_url("yamato", " - ") is None


def test_a_number_cannot_reach_outside_its_query_parameter() -> None:
    url = tracking_url("cdek", "1&x=2/#")
    assert url == "https://www.cdek.ru/ru/tracking?order_id=1%26X%3D2%2F%23"


D = Decimal
COMPACT = Dimensions(250, 200, 50)


def _service(carrier: str, name: str) -> Service:
    found = service(carrier, name)
    assert found is not None
    return found


def _flat(longest: int, middle: int, thickness: int) -> Dimensions:
    return Dimensions(middle, thickness, longest)  # measured in any order


@pytest.mark.parametrize(
    ("carrier", "name", "most_g"),
    [
        ("yamato", "宅急便", 30_000),
        ("yamato", "ネコポス", 1000),
        ("sagawa", "飛脚宅配便", 30_000),
        ("japanpost", "ゆうパック", 25_000),
        ("japanpost", "ゆうパケット", 1000),
        ("japanpost", "クリックポスト", 1000),
        ("russianpost", "Посылка", 20_000),
        ("cdek", "Посылка склад-дверь", 30_000),
        ("dhl", "Express Worldwide", 70_000),
        ("ups", "Standard", 70_000),
    ],
)
def test_weight_at_and_just_over_the_limit(carrier: str, name: str, most_g: int) -> None:
    small = _flat(200, 150, 20)
    assert fits(_service(carrier, name), small, D(most_g))
    assert not fits(_service(carrier, name), small, D(most_g) + D("0.1"))


@pytest.mark.parametrize(
    ("carrier", "name", "at", "over"),
    [
        # the sum of the three sides
        ("yamato", "宅急便", Dimensions(1000, 500, 500), Dimensions(1001, 500, 500)),
        ("sagawa", "飛脚宅配便", Dimensions(800, 400, 400), Dimensions(800, 401, 400)),
        ("japanpost", "ゆうパック", Dimensions(900, 400, 400), Dimensions(900, 400, 401)),
        ("japanpost", "ゆうパケット", _flat(340, 240, 20), _flat(340, 241, 20)),
        # the longest side
        ("yamato", "宅急便", Dimensions(1700, 150, 150), Dimensions(1701, 150, 149)),
        ("yamato", "ネコポス", _flat(312, 228, 30), _flat(313, 228, 30)),
        ("japanpost", "ゆうパケット", _flat(340, 100, 30), _flat(341, 100, 30)),
        ("japanpost", "クリックポスト", _flat(340, 250, 30), _flat(341, 250, 30)),
        ("dhl", "Express Worldwide", Dimensions(1200, 800, 800), Dimensions(1201, 800, 800)),
        ("ups", "Standard", Dimensions(2740, 300, 300), Dimensions(2741, 300, 300)),
        # the middle side
        ("yamato", "ネコポス", _flat(312, 228, 30), _flat(312, 229, 30)),
        ("japanpost", "クリックポスト", _flat(340, 250, 30), _flat(340, 251, 30)),
        # thickness
        ("yamato", "ネコポス", _flat(312, 228, 30), _flat(312, 228, 31)),
        ("japanpost", "ゆうパケット", _flat(300, 200, 30), _flat(300, 200, 31)),
        ("japanpost", "クリックポスト", _flat(340, 250, 30), _flat(340, 250, 31)),
        # length and girth
        ("ups", "Standard", Dimensions(2400, 400, 400), Dimensions(2400, 400, 401)),
    ],
)
def test_dimensions_at_and_just_over_the_limit(
    carrier: str, name: str, at: Dimensions, over: Dimensions
) -> None:
    assert fits(_service(carrier, name), at, D(500))
    assert not fits(_service(carrier, name), over, D(500))


def test_compact_goes_only_in_its_own_box() -> None:
    compact = _service("yamato", "宅急便コンパクト")
    assert fits(compact, COMPACT, D(5000))
    assert fits(compact, Dimensions(50, 250, 200), D(500))  # stood on its side
    assert not fits(compact, Dimensions(250, 200, 51), D(500))  # thicker than its box
    assert not fits(compact, Dimensions(240, 190, 40), D(500))  # smaller, but not its box
    assert not fits(compact, None, D(500))


def test_an_unknown_box_fits_only_services_without_dimension_limits() -> None:
    assert fits(_service("russianpost", "Посылка"), None, D(20_000))
    assert not fits(_service("russianpost", "Посылка"), None, D(20_001))
    assert fits(_service("ozon", "FBS"), None, D(100_000))
    assert not fits(_service("yamato", "宅急便"), None, D(100))
    assert not fits(_service("dhl", "Express Worldwide"), None, D(100))
