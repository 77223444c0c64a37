from __future__ import annotations

import pytest

from packstation.documents.model import CARRIERS as DOCUMENT_CARRIERS
from packstation.domain.carriers import CARRIERS, service, services, tracking_url


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
    assert tracking_url("fedex", "123") is None
    assert tracking_url("ozon", "12345678-0001-1") is None
    assert tracking_url("yamato", " - ") is None


def test_a_number_cannot_reach_outside_its_query_parameter() -> None:
    url = tracking_url("cdek", "1&x=2/#")
    assert url == "https://www.cdek.ru/ru/tracking?order_id=1%26X%3D2%2F%23"
