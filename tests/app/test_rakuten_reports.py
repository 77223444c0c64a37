"""Rakuten hears of each shipped parcel once: the outbox reads the order in RMS first and
adds the tracking number only when it is not there, against a fake RMS with state."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from packstation.app import fetching, rakuten_reports
from packstation.app.device_settings import MarketplaceApi
from packstation.app.intake import Intake
from packstation.app.outbox import OutboxSender
from packstation.app.packing import Level, PackingService
from packstation.connectors.rakuten_rms import RakutenKeys
from packstation.domain.outbox import FAILED, PENDING
from packstation.store import outbox as outbox_store
from tests.app.test_notify import NUMBER, YAMATO, ship
from tests.builders import TEA, load_products, rakuten
from tests.fake_rms import FakeRms
from tests.imports.test_rakuten_json import order_model

pytestmark = pytest.mark.both_databases

KEYS = RakutenKeys("SP-secret-4711", "SL-license-0815")
SECOND = "444413758714"  # a second Yamato number (mod 7 check digit)


@pytest.fixture
def rms(httpserver: HTTPServer) -> FakeRms:
    fake = FakeRms(httpserver)
    package = {"basketId": 1, "ItemModelList": [], "ShippingModelList": []}
    fake.add(order_model(NUMBER, PackageModelList=[package]))
    return fake


def connected(settings, rms: FakeRms) -> MarketplaceApi:  # type: ignore[no-untyped-def]
    settings.rakuten = MarketplaceApi(enabled=True, shop="main", api_url=rms.url, timeout_s=2)
    return settings.rakuten


def sender(db, clock, api: MarketplaceApi, keys=KEYS) -> OutboxSender:  # type: ignore[no-untyped-def]
    return OutboxSender(db, rakuten_reports.senders(api, lambda shop: keys), clock)


def messages(db):  # type: ignore[no-untyped-def]
    with db.engine.connect() as connection:
        return outbox_store.unsent(connection)


def test_a_shipped_parcel_is_reported_to_rakuten_once(db, station, settings, clock, rms) -> None:  # type: ignore[no-untyped-def]
    api = connected(settings, rms)
    ship(db, station, settings)
    assert sender(db, clock, api).send_due().sent == 1
    assert sender(db, clock, api).send_due().sent == 0
    [update] = rms.updates
    assert update == {
        "orderNumber": NUMBER,
        "BasketidModelList": [
            {
                "basketId": 1,
                "ShippingModelList": [
                    {"deliveryCompany": "1001", "shippingNumber": YAMATO,
                     "shippingDate": clock().date().isoformat()}
                ],
            }
        ],
    }  # fmt: skip
    assert messages(db) == []


def test_a_number_rakuten_already_has_is_not_sent_again(db, station, settings, clock, rms) -> None:  # type: ignore[no-untyped-def]
    """The sender died after RMS took the row and before the outbox wrote it down."""
    api = connected(settings, rms)
    ship(db, station, settings)
    rms.orders[NUMBER]["PackageModelList"][0]["ShippingModelList"] = [
        {"deliveryCompany": "1001", "shippingNumber": YAMATO, "shippingDate": "2026-11-22"}
    ]
    assert sender(db, clock, api).send_due().sent == 1
    assert rms.calls["updateOrderShipping"] == 0
    assert rms.shipping_numbers(NUMBER) == [YAMATO]


def test_a_server_error_is_tried_again_and_then_goes_once(db, station, settings, clock, rms) -> None:  # type: ignore[no-untyped-def]
    api = connected(settings, rms)
    ship(db, station, settings)
    rms.fail = lambda function, body: Response("boom", status=500)
    assert sender(db, clock, api).send_due().later == 1
    [waiting] = messages(db)
    assert waiting.state == PENDING
    assert waiting.error() == "Rakuten RMS has a server error (HTTP 500); try again later"
    rms.fail = lambda function, body: None
    clock.now += timedelta(minutes=1)
    assert sender(db, clock, api).send_due().sent == 1
    assert rms.shipping_numbers(NUMBER) == [YAMATO]


def test_too_many_requests_waits_as_long_as_rakuten_asks(db, station, settings, clock, rms) -> None:  # type: ignore[no-untyped-def]
    api = connected(settings, rms)
    ship(db, station, settings)
    rms.fail = lambda function, body: Response("", status=429, headers={"Retry-After": "120"})
    assert sender(db, clock, api).send_due().later == 1
    [waiting] = messages(db)
    assert (waiting.due_at - clock()).total_seconds() == 120


def test_an_expired_key_fails_the_report_saying_so(db, station, settings, clock, rms) -> None:  # type: ignore[no-untyped-def]
    api = connected(settings, rms)
    ship(db, station, settings)
    rms.fail = lambda function, body: Response(
        '{"Results": {"errorCode": "ES04-01"}}', status=401, content_type="application/json"
    )
    assert sender(db, clock, api).send_due().failed == 1
    [failed] = messages(db)
    assert failed.state == FAILED
    assert "refused the keys (HTTP 401)" in failed.error()
    assert KEYS.license_key not in failed.last_error and KEYS.service_secret not in failed.last_error


def test_no_keys_fails_the_report_with_what_to_do(db, station, settings, clock, rms) -> None:  # type: ignore[no-untyped-def]
    api = connected(settings, rms)
    ship(db, station, settings)
    assert sender(db, clock, api, keys=None).send_due().failed == 1
    [failed] = messages(db)
    assert failed.error() == (
        "No Rakuten keys for the shop main: store them with packstation keys rakuten, then retry"
    )
    assert rms.calls["getOrder"] == 0


def test_a_shop_not_connected_reports_nothing(db, station, settings, clock) -> None:  # type: ignore[no-untyped-def]
    ship(db, station, settings)
    assert messages(db) == []


def test_confirm_order_only_while_it_waits_for_confirmation(db, clock, settings, rms) -> None:  # type: ignore[no-untyped-def]
    api = connected(settings, rms)
    handlers = rakuten_reports.senders(api, lambda shop: KEYS)
    rms.orders[NUMBER]["orderProgress"] = 100
    handlers[rakuten_reports.CONFIRM_KIND]({"order": NUMBER})
    handlers[rakuten_reports.CONFIRM_KIND]({"order": NUMBER})
    assert rms.calls["confirmOrder"] == 1
    assert rms.orders[NUMBER]["orderProgress"] == 300


def test_an_order_in_two_parcels_reports_both_numbers_in_its_basket(db, station, settings, clock, rms) -> None:  # type: ignore[no-untyped-def]
    api = connected(settings, rms)
    settings.label_printer.enabled = True
    settings.scale.enabled = False
    load_products(db)
    Intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", 2))], "test")
    bench = PackingService(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    bench.close_parcel()
    for at, code in enumerate((YAMATO, YAMATO, NUMBER, TEA, SECOND, SECOND), start=2):
        result = bench.scan(code, at * 1000)
    assert result.level is Level.DONE
    assert sender(db, clock, api).send_due().sent == 2
    assert rms.shipping_numbers(NUMBER) == [YAMATO, SECOND]
    assert [update["BasketidModelList"][0]["basketId"] for update in rms.updates] == [1, 1]


def test_fetched_orders_waiting_for_confirmation_are_confirmed_once(db, station, settings, clock, httpserver) -> None:  # type: ignore[no-untyped-def]
    fake = FakeRms(httpserver)
    fake.add(order_model("502763-20261122-00000100", orderProgress=100))
    fake.add(order_model("502763-20261122-00000300", orderProgress=300))
    api = connected(settings, fake)
    now = clock()
    for _ in range(2):
        orders = fetching.marketplace_orders("rakuten", KEYS, api, now - timedelta(days=3), now)
        summary = fetching.store_fetched(db, station, settings, "rakuten", orders)
        assert sender(db, clock, api).send_due().failed == 0
    assert summary.new == 0  # the second fetch: the same two orders, one now confirmed (300)
    assert fake.calls["confirmOrder"] == 1
    assert fake.orders["502763-20261122-00000100"]["orderProgress"] == 300


def test_no_confirmation_where_the_shop_confirms_by_hand(db, station, settings, clock, httpserver) -> None:  # type: ignore[no-untyped-def]
    fake = FakeRms(httpserver)
    fake.add(order_model("502763-20261122-00000100", orderProgress=100))
    api = connected(settings, fake)
    api.confirm_at_intake = False
    now = clock()
    orders = fetching.marketplace_orders("rakuten", KEYS, api, now - timedelta(days=3), now)
    fetching.store_fetched(db, station, settings, "rakuten", orders)
    assert messages(db) == []
