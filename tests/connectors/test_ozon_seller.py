"""The Ozon Seller API client against a real local HTTP server answering as Ozon does."""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from packstation.connectors.api_errors import ApiError, ApiErrorKind
from packstation.connectors.ozon_seller import Exemplar, OzonKeys, OzonSeller, TrackingResult
from tests.imports.test_ozon_json import posting

CLIENT_ID = "836251"
API_KEY = "5c1e7f0a-93b2-4d7e-a1f4-ozon-key-Kp4"
KEYS = OzonKeys(CLIENT_ID, API_KEY)
NOV_1, NOV_30 = datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
UNFULFILLED, LIST = "/v3/posting/fbs/unfulfilled/list", "/v3/posting/fbs/list"
LABEL = "/v2/posting/fbs/package-label"
NOT_READY = {"code": 3, "message": "POSTINGS_NOT_READY", "details": []}


@pytest.fixture
def ozon(httpserver: HTTPServer):
    with OzonSeller(KEYS, base_url=httpserver.url_for("/"), timeout=2) as client:
        yield client


def bodies(httpserver: HTTPServer) -> list[dict[str, object]]:
    return [json.loads(request.get_data()) for request, _ in httpserver.log]


def json_answer(body: object, status: int = 200) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json")


def numbered(count: int, start: int = 0) -> list[dict[str, object]]:
    return [posting(f"57195475-{n:04d}-1") for n in range(start, start + count)]


def test_every_call_sends_client_id_and_api_key(httpserver, ozon):
    httpserver.expect_request(UNFULFILLED, method="POST").respond_with_json(
        {"result": {"count": 0, "postings": []}}
    )
    assert ozon.unfulfilled_postings(NOV_1, NOV_30) == []
    request = httpserver.log[0][0]
    assert request.headers["Client-Id"] == CLIENT_ID
    assert request.headers["Api-Key"] == API_KEY
    assert request.headers["Content-Type"].startswith("application/json")


def test_unfulfilled_postings_are_read_page_by_page(httpserver, ozon):
    def answer(request: Request) -> Response:
        offset = json.loads(request.get_data())["offset"]
        page = numbered(1000) if offset == 0 else numbered(3, 1000)
        return json_answer({"result": {"count": len(page), "postings": page}})

    httpserver.expect_request(UNFULFILLED).respond_with_handler(answer)
    found = ozon.unfulfilled_postings(NOV_1, NOV_30, status="awaiting_packaging")
    assert [p["posting_number"] for p in found] == [f"57195475-{n:04d}-1" for n in range(1003)]
    sent = bodies(httpserver)
    assert sent[0] == {
        "dir": "asc",
        "filter": {
            "cutoff_from": "2026-11-01T00:00:00.000Z",
            "cutoff_to": "2026-11-30T00:00:00.000Z",
            "status": "awaiting_packaging",
        },
        "with": {"barcodes": True},
        "limit": 1000,
        "offset": 0,
    }
    assert [body["offset"] for body in sent] == [0, 1000]


def test_a_count_beyond_the_page_asks_for_more(httpserver, ozon):
    def answer(request: Request) -> Response:
        offset = json.loads(request.get_data())["offset"]
        page = numbered(2) if offset == 0 else numbered(1, 2)
        return json_answer({"result": {"count": 3, "postings": page}})

    httpserver.expect_request(UNFULFILLED).respond_with_handler(answer)
    assert len(ozon.unfulfilled_postings(NOV_1, NOV_30)) == 3
    assert [body["offset"] for body in bodies(httpserver)] == [0, 2]


def test_the_posting_list_follows_has_next_50_at_a_time(httpserver, ozon):
    def answer(request: Request) -> Response:
        offset = json.loads(request.get_data())["offset"]
        page = numbered(50, offset) if offset < 100 else numbered(7, offset)
        return json_answer({"result": {"postings": page, "has_next": offset < 100}})

    httpserver.expect_request(LIST, method="POST").respond_with_handler(answer)
    found = ozon.postings(NOV_1, NOV_30, status="delivered")
    assert len(found) == 107
    sent = bodies(httpserver)
    assert [(body["limit"], body["offset"]) for body in sent] == [(50, 0), (50, 50), (50, 100)]
    assert sent[0]["filter"] == {
        "since": "2026-11-01T00:00:00.000Z",
        "to": "2026-11-30T00:00:00.000Z",
        "status": "delivered",
    }


def test_a_period_longer_than_a_year_is_listed_a_year_at_a_time_each_posting_once(
    httpserver, ozon
):
    shared = posting("11111111-0001-1")
    httpserver.expect_request(LIST).respond_with_json(
        {"result": {"postings": [shared], "has_next": False}}
    )
    found = ozon.postings(datetime(2024, 1, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))
    windows = [(body["filter"]["since"], body["filter"]["to"]) for body in bodies(httpserver)]
    assert windows == [
        ("2024-01-01T00:00:00.000Z", "2024-12-31T00:00:00.000Z"),
        ("2024-12-31T00:00:00.000Z", "2025-12-31T00:00:00.000Z"),
        ("2025-12-31T00:00:00.000Z", "2026-06-01T00:00:00.000Z"),
    ]
    assert found == [shared]


def test_a_posting_by_its_label_barcode(httpserver, ozon):
    found = {"posting_number": "57195475-0050-3", "status": "awaiting_deliver", "products": []}
    httpserver.expect_request("/v2/posting/fbs/get-by-barcode").respond_with_json(
        {"result": found}
    )
    assert ozon.posting_by_barcode("%101%806044518") == found
    assert bodies(httpserver) == [{"barcode": "%101%806044518"}]


def test_exemplars_go_with_their_marks_per_product(httpserver, ozon):
    httpserver.expect_request("/v6/fbs/posting/product/exemplar/set").respond_with_json(
        {"result": True}
    )
    mark = "010460043993125621JgXJ5.T\x1d91EE06\x1d92YWCXbmK6SN8vvwoxZFk7WAY8WoJNMGGr6Cgtiuja04c="
    other = "0104600439931256215abc"
    products = {
        1234567: [Exemplar((mark,)), Exemplar((other,), exemplar_id=77)],
        7654321: [Exemplar(gtd="10702070/201024/3107423")],
    }
    assert ozon.set_exemplars("57195475-0050-3", products, multi_box_qty=1) is True
    absent = {"gtd": "", "is_gtd_absent": True, "rnpt": "", "is_rnpt_absent": True}
    assert bodies(httpserver) == [
        {
            "posting_number": "57195475-0050-3",
            "multi_box_qty": 1,
            "products": [
                {
                    "product_id": 1234567,
                    "exemplars": [
                        absent | {"marks": [{"mark": mark, "mark_type": "mandatory_mark"}]},
                        absent | {"marks": [{"mark": other, "mark_type": "mandatory_mark"}],
                                   "exemplar_id": 77},
                    ],
                },
                {
                    "product_id": 7654321,
                    "exemplars": [
                        {"gtd": "10702070/201024/3107423", "is_gtd_absent": False, "rnpt": "",
                         "is_rnpt_absent": True, "marks": []}
                    ],
                },
            ],
        }
    ]  # fmt: skip


def test_shipping_in_two_packages_splits_the_posting(httpserver, ozon):
    httpserver.expect_request("/v4/posting/fbs/ship").respond_with_json(
        {"additional_data": [], "result": ["57195475-0050-3", "57195475-0050-4"]}
    )
    packages = [[(1234567, 2)], [(7654321, 1)]]
    assert ozon.ship("57195475-0050-3", packages) == ["57195475-0050-3", "57195475-0050-4"]
    assert bodies(httpserver) == [
        {
            "posting_number": "57195475-0050-3",
            "packages": [
                {"products": [{"product_id": 1234567, "quantity": 2}]},
                {"products": [{"product_id": 7654321, "quantity": 1}]},
            ],
            "with": {"additional_data": False},
        }
    ]


@pytest.mark.parametrize("packages", [[], [[]], [[(1234567, 0)]]])
def test_a_shipment_needs_packages_with_products(ozon, packages):
    with pytest.raises(ValueError):
        ozon.ship("57195475-0050-3", packages)


def test_the_label_is_asked_again_until_it_is_ready(httpserver, ozon):
    answers = iter([json_answer(NOT_READY, 400), json_answer(NOT_READY, 400)])

    def label(request: Request) -> Response:
        return next(answers, Response(PDF, content_type="application/pdf"))

    httpserver.expect_request(LABEL).respond_with_handler(label)
    waited: list[float] = []
    assert ozon.package_label_when_ready(["57195475-0050-3"], sleep=waited.append) == PDF
    assert waited == [15.0, 15.0]
    assert bodies(httpserver) == [{"posting_number": ["57195475-0050-3"]}] * 3


def test_a_label_not_ready_is_its_own_kind(httpserver, ozon):
    httpserver.expect_request(LABEL).respond_with_json(
        {"code": 9, "message": "The next postings aren't ready: 57195475-0050-3", "details": []},
        status=409,
    )
    with pytest.raises(ApiError) as caught:
        ozon.package_label(["57195475-0050-3"])
    assert (caught.value.kind, caught.value.status) == (ApiErrorKind.NOT_READY, 409)
    assert str(caught.value) == (
        "Ozon Seller API has not prepared it yet (The next postings aren't ready: "
        "57195475-0050-3); try again in a minute"
    )


def test_waiting_for_a_label_gives_up_after_its_attempts(httpserver, ozon):
    httpserver.expect_request(LABEL).respond_with_json(NOT_READY, status=400)
    waited: list[float] = []
    with pytest.raises(ApiError) as caught:
        ozon.package_label_when_ready(["1-1-1"], attempts=3, interval=2, sleep=waited.append)
    assert caught.value.kind is ApiErrorKind.NOT_READY
    assert (waited, len(httpserver.log)) == ([2, 2], 3)


def test_waiting_for_a_label_stops_at_another_error(httpserver, ozon):
    httpserver.expect_request(LABEL).respond_with_json(
        {"code": 3, "message": "INVALID_ARGUMENT", "details": []}, status=400
    )
    with pytest.raises(ApiError) as caught:
        ozon.package_label_when_ready(["1-1-1"], sleep=pytest.fail)
    assert caught.value.kind is ApiErrorKind.REJECTED
    assert caught.value.api_messages == ("INVALID_ARGUMENT",)


def test_a_label_in_the_documented_json_shape(httpserver, ozon):
    httpserver.expect_request(LABEL).respond_with_json(
        {
            "content_type": "application/pdf",
            "file_name": "labels.pdf",
            "file_content": base64.b64encode(PDF).decode(),
        }
    )
    assert ozon.package_label(["57195475-0050-3"]) == PDF


def test_a_label_answer_that_is_no_pdf_is_malformed(httpserver, ozon):
    httpserver.expect_request(LABEL).respond_with_json({"file_content": "bm90IGEgcGRm"})
    with pytest.raises(ApiError) as caught:
        ozon.package_label(["57195475-0050-3"])
    assert str(caught.value) == "Ozon Seller API's answer lacks file_content"


def test_a_label_call_takes_at_most_20_postings(ozon):
    with pytest.raises(ValueError):
        ozon.package_label([f"1-1-{n}" for n in range(21)])
    with pytest.raises(ValueError):
        ozon.package_label([])


def test_the_act_is_created_checked_and_printed(httpserver, ozon):
    httpserver.expect_request("/v2/posting/fbs/act/create").respond_with_json(
        {"result": {"id": 15684442104000}}
    )
    statuses = iter(["in_process", "ready"])

    def status(request: Request) -> Response:
        result = {"status": next(statuses), "act_type": "ozon", "added_to_act": ["57195475-0050-3"],
                  "removed_from_act": [], "has_postings_for_next_carriage": False}  # fmt: skip
        return json_answer({"result": result})

    httpserver.expect_request("/v2/posting/fbs/act/check-status").respond_with_handler(status)
    httpserver.expect_request("/v2/posting/fbs/act/get-pdf").respond_with_data(
        PDF, content_type="application/pdf"
    )
    httpserver.expect_request("/v2/posting/fbs/act/get-barcode/text").respond_with_json(
        {"result": "%303%15684442104000"}
    )
    act = ozon.create_act(18030000000, date(2026, 11, 24))
    first, second = ozon.act_status(act), ozon.act_status(act)
    assert (first.ready, second.ready) == (False, True)
    assert second.added == ("57195475-0050-3",) and not second.more_to_hand_over
    assert ozon.act_pdf(act) == PDF
    assert ozon.act_barcode(act) == "%303%15684442104000"
    assert bodies(httpserver) == [
        {"delivery_method_id": 18030000000, "departure_date": "2026-11-24T00:00:00+03:00"},
        {"id": 15684442104000},
        {"id": 15684442104000},
        {"id": 15684442104000},
        {"id": 15684442104000},
    ]


def test_an_act_with_package_units(httpserver, ozon):
    httpserver.expect_request("/v2/posting/fbs/act/create").respond_with_json(
        {"result": {"id": 7}}
    )
    assert ozon.create_act(5, date(2026, 11, 24), containers_count=3) == 7
    assert bodies(httpserver)[0]["containers_count"] == 3


def test_tracking_numbers_go_20_a_call(httpserver, ozon):
    def answer(request: Request) -> Response:
        pairs = json.loads(request.get_data())["tracking_numbers"]
        result = [
            {"posting_number": pair["posting_number"], "result": pair["tracking_number"] != "bad",
             "error": ["INVALID_TRACKING_NUMBER"] if pair["tracking_number"] == "bad" else []}
            for pair in pairs
        ]  # fmt: skip
        return json_answer({"result": result})

    httpserver.expect_request("/v2/fbs/posting/tracking-number/set").respond_with_handler(answer)
    pairs = [(f"57195475-{n:04d}-1", f"8003770025{n:04d}") for n in range(44)] + [
        ("57195475-9999-1", "bad")
    ]
    results = ozon.set_tracking_numbers(pairs)
    assert [len(body["tracking_numbers"]) for body in bodies(httpserver)] == [20, 20, 5]
    assert bodies(httpserver)[0]["tracking_numbers"][0] == {
        "posting_number": "57195475-0000-1",
        "tracking_number": "80037700250000",
    }
    assert results[0] == TrackingResult("57195475-0000-1", True, ())
    assert results[-1] == TrackingResult("57195475-9999-1", False, ("INVALID_TRACKING_NUMBER",))
    assert len(results) == 45


def test_a_transport_can_be_given(httpserver):
    httpserver.expect_request(UNFULFILLED).respond_with_json({"result": {"postings": []}})
    transport = httpx.HTTPTransport(local_address="127.0.0.1")
    with OzonSeller(KEYS, base_url=httpserver.url_for("/"), transport=transport) as client:
        assert client.unfulfilled_postings(NOV_1, NOV_30) == []
    assert len(httpserver.log) == 1


def failure(ozon: OzonSeller) -> ApiError:
    with pytest.raises(ApiError) as caught:
        ozon.unfulfilled_postings(NOV_1, NOV_30)
    return caught.value


def test_a_timeout(httpserver):
    def slow(request: Request) -> Response:
        time.sleep(1)
        return json_answer({"result": {"postings": []}})

    httpserver.expect_request(UNFULFILLED).respond_with_handler(slow)
    with OzonSeller(KEYS, base_url=httpserver.url_for("/"), timeout=0.2) as client:
        error = failure(client)
    assert error.kind is ApiErrorKind.TIMEOUT
    assert str(error) == "Ozon Seller API did not answer within 0.2 seconds"


def test_too_many_requests_says_how_long_to_wait(httpserver, ozon):
    httpserver.expect_request(UNFULFILLED).respond_with_json(
        {"code": 8, "message": "You have reached request rate limit per second"},
        status=429,
        headers={"Retry-After": "5"},
    )
    error = failure(ozon)
    assert (error.kind, error.retry_after, error.status) == (ApiErrorKind.RATE_LIMITED, 5, 429)
    assert "try again in 5 seconds" in str(error)


def test_a_server_error(httpserver, ozon):
    httpserver.expect_request(UNFULFILLED).respond_with_json(
        {"code": 13, "message": "internal error"}, status=500
    )
    assert (failure(ozon).kind, failure(ozon).status) == (ApiErrorKind.SERVER_ERROR, 500)


def test_a_refusal_carries_ozon_s_message(httpserver, ozon):
    httpserver.expect_request(UNFULFILLED).respond_with_json(
        {"code": 3, "message": "filter.cutoff_from: value is required", "details": []},
        status=400,
    )
    error = failure(ozon)
    assert (error.kind, error.api_messages) == (
        ApiErrorKind.REJECTED,
        ("filter.cutoff_from: value is required",),
    )
    assert str(error) == (
        "Ozon Seller API refused the request (HTTP 400): filter.cutoff_from: value is required"
    )


def test_401_says_the_api_key_expired_or_is_wrong(httpserver, ozon):
    httpserver.expect_request(UNFULFILLED).respond_with_json(
        {"code": 16, "message": "Api-key is deactivated"}, status=401
    )
    error = failure(ozon)
    assert error.kind is ApiErrorKind.UNAUTHORIZED
    assert "Api-Key has expired" in str(error)


@pytest.mark.parametrize(
    "body, content_type",
    [
        ('{"result": {"postings": [', "application/json"),
        ("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
        ("<!DOCTYPE html><html><title>Ozon</title></html>", "application/json"),
        ('{"postings": []}', "application/json"),
        ('[{"posting_number": "1"}]', "application/json"),
        ('{"result": {"postings": {"posting_number": "1"}}}', "application/json"),
        ('{"result": []}', "application/json"),
    ],
    ids=["cut-json", "html-page", "html-as-json", "no-result", "not-an-object", "not-a-list",
         "result-not-an-object"],
)  # fmt: skip
def test_an_answer_that_is_not_ozon_s_is_malformed(httpserver, ozon, body, content_type):
    httpserver.expect_request(UNFULFILLED).respond_with_data(body, content_type=content_type)
    assert failure(ozon).kind is ApiErrorKind.MALFORMED


def test_an_unreachable_server():
    with OzonSeller(KEYS, base_url="http://127.0.0.1:9/", timeout=2) as client:
        assert failure(client).kind is ApiErrorKind.UNREACHABLE


@pytest.mark.parametrize("status", [401, 403, 429, 500, 400, 200])
def test_no_error_text_or_repr_holds_a_key(httpserver, ozon, status):
    httpserver.expect_request(UNFULFILLED).respond_with_data("<html>no</html>", status=status)
    error = failure(ozon)
    shown = " ".join([str(error), repr(error), repr(error.message), repr(ozon), repr(KEYS)])
    for secret in (CLIENT_ID, API_KEY):
        assert secret not in shown
