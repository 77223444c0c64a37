"""The RakutenPayOrderAPI client against a real local HTTP server answering as RMS does."""

from __future__ import annotations

import base64
import json
import time
from datetime import date, datetime, timedelta, timezone

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from packstation.connectors.api_errors import ApiError, ApiErrorKind
from packstation.connectors.paging import windows
from packstation.connectors.rakuten_rms import (
    MAX_WINDOW,
    RakutenKeys,
    RakutenRms,
    ShippingRow,
)
from tests.imports.test_rakuten_json import order_model, response

JST = timezone(timedelta(hours=9))
SECRET = "SP338531_secret-Zq9"
LICENSE = "SL338531_license-Xw7"
KEYS = RakutenKeys(SECRET, LICENSE)
NOV_1, NOV_2 = datetime(2026, 11, 1, tzinfo=JST), datetime(2026, 11, 2, tzinfo=JST)
INFO = [{"messageType": "INFO", "messageCode": "ORDER_EXT_API_SEARCH_ORDER_INFO_101",
         "message": "注文検索に成功しました。"}]  # fmt: skip


def searched(numbers: list[str], pages: int = 1, page: int = 1) -> dict[str, object]:
    return {
        "MessageModelList": INFO,
        "orderNumberList": numbers,
        "PaginationResponseModel": {
            "totalRecordsAmount": len(numbers),
            "totalPages": pages,
            "requestPage": page,
        },
    }


@pytest.fixture
def rms(httpserver: HTTPServer):
    with RakutenRms(KEYS, base_url=httpserver.url_for("/es/2.0/order/"), timeout=2) as client:
        yield client


def bodies(httpserver: HTTPServer) -> list[dict[str, object]]:
    return [json.loads(request.get_data()) for request, _ in httpserver.log]


def test_the_authorization_header_is_esa_base64_of_secret_and_key(httpserver, rms):
    httpserver.expect_request("/es/2.0/order/searchOrder/", method="POST").respond_with_json(
        searched([])
    )
    assert rms.search_orders(NOV_1, NOV_2) == []
    request = httpserver.log[0][0]
    token = base64.b64encode(f"{SECRET}:{LICENSE}".encode()).decode()
    assert request.headers["Authorization"] == f"ESA {token}"
    assert request.headers["Content-Type"].startswith("application/json")


def test_a_search_sends_the_window_in_japan_time_and_reads_every_page(httpserver, rms):
    first = [f"502763-20261101-{n:08d}" for n in range(1000)]

    def answer(request: Request) -> Response:
        page = json.loads(request.get_data())["PaginationRequestModel"]["requestPage"]
        numbers = first if page == 1 else ["502763-20261102-00009999"]
        return Response(json.dumps(searched(numbers, 2, page)), content_type="application/json")

    httpserver.expect_request("/es/2.0/order/searchOrder/").respond_with_handler(answer)
    found = rms.search_orders(
        datetime(2026, 11, 1, tzinfo=JST),
        datetime(2026, 11, 2, 23, 59, 59, tzinfo=JST),
        order_progress=[300],
        shipping_number_blank=True,
    )
    assert found == [*first, "502763-20261102-00009999"]
    sent = bodies(httpserver)
    assert sent[0] == {
        "dateType": 1,
        "startDatetime": "2026-11-01T00:00:00+0900",
        "endDatetime": "2026-11-02T23:59:59+0900",
        "orderProgressList": [300],
        "shippingNumberBlankFlag": 1,
        "PaginationRequestModel": {"requestRecordsAmount": 1000, "requestPage": 1},
    }
    assert sent[1]["PaginationRequestModel"]["requestPage"] == 2


def test_a_period_longer_than_63_days_is_searched_in_windows(httpserver, rms):
    httpserver.expect_request("/es/2.0/order/searchOrder/").respond_with_json(searched([]))
    start = datetime(2026, 1, 1, tzinfo=JST)
    rms.search_orders(start, start + timedelta(days=130))
    sent = [(body["startDatetime"], body["endDatetime"]) for body in bodies(httpserver)]
    assert sent == [
        ("2026-01-01T00:00:00+0900", "2026-03-05T00:00:00+0900"),
        ("2026-03-05T00:00:01+0900", "2026-05-07T00:00:01+0900"),
        ("2026-05-07T00:00:02+0900", "2026-05-11T00:00:00+0900"),
    ]


def test_windows_cover_the_period_without_overlap():
    start = datetime(2026, 1, 1, 12, 30, 15, 500, tzinfo=JST)
    end = start + timedelta(days=200)
    parts = list(windows(start, end, MAX_WINDOW))
    assert all(stop - begin <= timedelta(days=63) for begin, stop in parts)
    assert all(b[0] - a[1] == timedelta(seconds=1) for a, b in zip(parts, parts[1:]))
    assert parts[-1][1] == end


def test_get_orders_asks_100_numbers_a_call_with_version_7(httpserver, rms):
    def answer(request: Request) -> Response:
        numbers = json.loads(request.get_data())["orderNumberList"]
        body = response(*(order_model(number) for number in numbers))
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/es/2.0/order/getOrder/").respond_with_handler(answer)
    numbers = [f"502763-20261101-{n:08d}" for n in range(250)]
    models = rms.get_orders(numbers)
    assert [model["orderNumber"] for model in models] == numbers
    sent = bodies(httpserver)
    assert [len(body["orderNumberList"]) for body in sent] == [100, 100, 50]
    assert {body["version"] for body in sent} == {7}


def test_confirm_orders(httpserver, rms):
    messages = [{"messageType": "INFO", "messageCode": "ORDER_EXT_API_CONFIRM_ORDER_INFO_101",
                 "message": "注文確認に成功しました。", "orderNumber": "502763-20261101-00000001"}]  # fmt: skip
    httpserver.expect_request("/es/2.0/order/confirmOrder/").respond_with_json(
        {"MessageModelList": messages}
    )
    assert rms.confirm_orders(["502763-20261101-00000001"]) == (
        "ORDER_EXT_API_CONFIRM_ORDER_INFO_101: 注文確認に成功しました。",
    )
    assert bodies(httpserver) == [{"orderNumberList": ["502763-20261101-00000001"]}]


def test_update_shipping_sends_the_basket_rows_with_rakuten_company_codes(httpserver, rms):
    httpserver.expect_request("/es/2.0/order/updateOrderShipping/").respond_with_json(
        {"MessageModelList": [{"messageType": "INFO", "messageCode": "ORDER_EXT_API_UPDATE_ORDERSHIPPING_INFO_101", "message": "OK"}]}  # fmt: skip
    )
    rows = [
        ShippingRow("yamato", "444413758703", date(2026, 11, 23)),
        ShippingRow("japanpost", "405548424886", date(2026, 11, 23)),
        ShippingRow("generic", "X-1", date(2026, 11, 24)),
    ]
    rms.update_shipping("502763-20261101-00000001", 1001, rows)
    assert bodies(httpserver) == [
        {
            "orderNumber": "502763-20261101-00000001",
            "BasketidModelList": [
                {
                    "basketId": 1001,
                    "ShippingModelList": [
                        {"deliveryCompany": "1001", "shippingNumber": "444413758703",
                         "shippingDate": "2026-11-23"},
                        {"deliveryCompany": "1003", "shippingNumber": "405548424886",
                         "shippingDate": "2026-11-23"},
                        {"deliveryCompany": "1000", "shippingNumber": "X-1",
                         "shippingDate": "2026-11-24"},
                    ],
                }
            ],
        }
    ]  # fmt: skip


def test_a_basket_takes_at_most_20_shipping_rows(rms):
    rows = [ShippingRow("sagawa", f"{n:012d}", date(2026, 11, 23)) for n in range(21)]
    with pytest.raises(ValueError):
        rms.update_shipping("502763-20261101-00000001", 1001, rows)
    with pytest.raises(ValueError):
        rms.update_shipping("502763-20261101-00000001", 1, [ShippingRow("cdek", "1", date.today())])


def failure(rms: RakutenRms) -> ApiError:
    with pytest.raises(ApiError) as caught:
        rms.get_orders(["502763-20261101-00000001"])
    return caught.value


GET = "/es/2.0/order/getOrder/"


def test_a_timeout(httpserver):
    def slow(request: Request) -> Response:
        time.sleep(1)
        return Response("{}", content_type="application/json")

    httpserver.expect_request(GET).respond_with_handler(slow)
    with RakutenRms(KEYS, base_url=httpserver.url_for("/es/2.0/order/"), timeout=0.2) as client:
        error = failure(client)
    assert error.kind is ApiErrorKind.TIMEOUT
    assert str(error) == "Rakuten RMS did not answer within 0.2 seconds"


def test_too_many_requests_says_how_long_to_wait(httpserver, rms):
    httpserver.expect_request(GET).respond_with_data(
        "", status=429, headers={"Retry-After": "30"}
    )
    error = failure(rms)
    assert (error.kind, error.retry_after, error.status) == (ApiErrorKind.RATE_LIMITED, 30, 429)
    assert "try again in 30 seconds" in str(error)


def test_a_server_error(httpserver, rms):
    httpserver.expect_request(GET).respond_with_data("Internal Server Error", status=500)
    error = failure(rms)
    assert (error.kind, error.status) == (ApiErrorKind.SERVER_ERROR, 500)


def test_a_rejected_request_carries_the_api_messages(httpserver, rms):
    httpserver.expect_request(GET).respond_with_json(
        {
            "MessageModelList": [
                {
                    "messageType": "ERROR",
                    "messageCode": "ORDER_EXT_API_GET_ORDER_ERROR_001",
                    "message": "注文番号リストを指定してください。",
                }
            ]
        },
        status=400,
    )
    error = failure(rms)
    assert error.kind is ApiErrorKind.REJECTED
    assert error.api_messages == (
        "ORDER_EXT_API_GET_ORDER_ERROR_001: 注文番号リストを指定してください。",
    )
    assert "注文番号リストを指定してください。" in str(error)


def test_401_says_the_keys_expired_or_are_wrong(httpserver, rms):
    httpserver.expect_request(GET).respond_with_json(
        {"Results": {"errorCode": "ES04-01", "message": "Unauthorized"}}, status=401
    )
    error = failure(rms)
    assert error.kind is ApiErrorKind.UNAUTHORIZED
    assert "expired" in str(error)


@pytest.mark.parametrize(
    "body, content_type",
    [
        ('{"OrderModelList": [', "application/json"),
        ("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", "text/html"),
        ("<!DOCTYPE html><html><title>メンテナンス中</title></html>", "application/json"),
        ('{"Results": "ok"}', "application/json"),
        ('[{"orderNumber": "1"}]', "application/json"),
        ('{"OrderModelList": {"orderNumber": "1"}}', "application/json"),
    ],
    ids=["cut-json", "html-page", "html-as-json", "no-fields", "not-an-object", "not-a-list"],
)
def test_an_answer_that_is_not_the_api_s_is_malformed(httpserver, rms, body, content_type):
    httpserver.expect_request(GET).respond_with_data(body, content_type=content_type)
    assert failure(rms).kind is ApiErrorKind.MALFORMED


def test_search_without_its_order_numbers_is_malformed(httpserver, rms):
    httpserver.expect_request("/es/2.0/order/searchOrder/").respond_with_json(
        {"MessageModelList": INFO}
    )
    with pytest.raises(ApiError) as caught:
        rms.search_orders(NOV_1, NOV_2)
    assert caught.value.kind is ApiErrorKind.MALFORMED
    assert str(caught.value) == "Rakuten RMS's answer lacks orderNumberList"


def test_an_unreachable_server():
    with RakutenRms(KEYS, base_url="http://127.0.0.1:9/", timeout=2) as client:
        assert failure(client).kind is ApiErrorKind.UNREACHABLE


@pytest.mark.parametrize("status", [401, 429, 500, 400, 200])
def test_no_error_text_or_repr_holds_a_key(httpserver, rms, status):
    token = base64.b64encode(f"{SECRET}:{LICENSE}".encode()).decode()
    httpserver.expect_request(GET).respond_with_data("<html>no</html>", status=status)
    error = failure(rms)
    shown = " ".join([str(error), repr(error), repr(error.message), repr(rms), repr(KEYS)])
    for secret in (SECRET, LICENSE, token):
        assert secret not in shown
