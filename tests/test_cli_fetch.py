"""`packstation fetch rakuten` and `packstation keys rakuten` against a real local HTTP server
answering as RMS does, with the keys in an in-memory keyring."""

from __future__ import annotations

import base64
import io
import json
import time

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import func, select
from werkzeug import Request, Response

from packstation.app.credentials import SERVICE
from packstation.cli import main
from packstation.store.database import Database
from packstation.store.schema import Order
from tests.imports.test_rakuten_json import order_model, response

SECRET = "SP338531_cli-secret-Qa1"
LICENSE = "SL338531_cli-license-Rb2"
TOKEN = base64.b64encode(f"{SECRET}:{LICENSE}".encode()).decode()
NUMBERS = ["502763-20261120-00000001", "502763-20261121-00000002"]
SEARCH, GET = "/order/searchOrder/", "/order/getOrder/"


@pytest.fixture(autouse=True)
def _one_qt_application(qapp) -> None:  # type: ignore[no-untyped-def]
    """The CLI's translations want the one application of this process (see test_cli)."""


@pytest.fixture
def keys(memory_keyring, monkeypatch, db_url):
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{SECRET}\n{LICENSE}\n"))
    assert main(["--db", db_url, "keys", "rakuten", "--shop", "tea-shop"]) == 0
    return memory_keyring


def fetch(db_url: str, httpserver: HTTPServer, *extra: str) -> int:
    url = httpserver.url_for("/order/")
    return main(["--db", db_url, "fetch", "rakuten", "--shop", "tea-shop", "--api-url", url, *extra])


def answer_orders(httpserver: HTTPServer) -> None:
    httpserver.expect_request(SEARCH, method="POST").respond_with_json(
        {
            "MessageModelList": [],
            "orderNumberList": NUMBERS,
            "PaginationResponseModel": {"totalRecordsAmount": 2, "totalPages": 1, "requestPage": 1},
        }
    )

    def get(request: Request) -> Response:
        asked = json.loads(request.get_data())["orderNumberList"]
        body = response(*(order_model(number) for number in asked))
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request(GET, method="POST").respond_with_handler(get)


def stored(db_url: str) -> int:
    db = Database(db_url)
    with db.session() as session:
        count = session.scalar(select(func.count(Order.id)))
    db.dispose()
    return count


def test_keys_go_to_the_keyring_under_the_shop(keys):
    assert json.loads(keys.entries[(SERVICE, "rakuten:tea-shop")]) == {
        "serviceSecret": SECRET,
        "licenseKey": LICENSE,
    }


def test_fetch_imports_the_searched_orders_and_a_second_fetch_changes_nothing(
    keys, db_url, httpserver, capsys
):
    answer_orders(httpserver)
    assert fetch(db_url, httpserver, "--since", "2026-11-20") == 0
    assert capsys.readouterr().out.strip() == (
        "Rakuten RMS: 2 new, 0 changed, 0 unchanged, 2 on hold, 0 rows with errors"
    )
    search = json.loads(httpserver.log[0][0].get_data())
    assert search["startDatetime"] == "2026-11-20T00:00:00+0900"
    assert {request.headers["Authorization"] for request, _ in httpserver.log} == {f"ESA {TOKEN}"}
    assert stored(db_url) == 2
    assert fetch(db_url, httpserver) == 0
    assert "0 new, 0 changed, 2 unchanged" in capsys.readouterr().out
    assert stored(db_url) == 2


def slow(request: Request) -> Response:
    time.sleep(1)
    return Response("{}", content_type="application/json")


FAILURES = {
    "500": lambda server: server.expect_request(GET).respond_with_data("oops", status=500),
    "429": lambda server: server.expect_request(GET).respond_with_data(
        "", status=429, headers={"Retry-After": "60"}
    ),
    "401": lambda server: server.expect_request(GET).respond_with_json({}, status=401),
    "cut-json": lambda server: server.expect_request(GET).respond_with_data(
        '{"OrderModelList": [{"orderNumber": ', content_type="application/json"
    ),
    "html-page": lambda server: server.expect_request(GET).respond_with_data(
        "<html><body>システムメンテナンス中</body></html>", content_type="text/html"
    ),
    "timeout": lambda server: server.expect_request(GET).respond_with_handler(slow),
}


@pytest.mark.parametrize("failure", FAILURES)
def test_a_failing_marketplace_leaves_the_queue_as_it_was(
    keys, db_url, httpserver, capsys, failure
):
    answer_orders(httpserver)
    assert fetch(db_url, httpserver) == 0
    httpserver.clear()
    httpserver.expect_request(SEARCH).respond_with_json(
        {"MessageModelList": [], "orderNumberList": [*NUMBERS, "502763-20261122-00000003"]}
    )
    FAILURES[failure](httpserver)
    capsys.readouterr()
    assert fetch(db_url, httpserver, "--timeout", "0.3") == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("Rakuten RMS ")
    assert "Nothing was imported; the order queue is as it was." in err
    assert stored(db_url) == 2
    for secret in (SECRET, LICENSE, TOKEN):
        assert secret not in out + err


def test_a_marketplace_that_is_down(keys, db_url, capsys):
    url = "http://127.0.0.1:9/order/"
    assert main(["--db", db_url, "fetch", "rakuten", "--shop", "tea-shop", "--api-url", url]) == 1
    err = capsys.readouterr().err
    assert "Rakuten RMS cannot be reached" in err and "Nothing was imported" in err
    assert SECRET not in err and LICENSE not in err


def test_fetch_without_keys_says_how_to_store_them(memory_keyring, db_url, httpserver, capsys):
    assert fetch(db_url, httpserver) == 2
    assert "packstation keys rakuten" in capsys.readouterr().err
    assert httpserver.log == []


def test_keys_can_be_forgotten(keys, db_url, capsys):
    assert main(["--db", db_url, "keys", "rakuten", "--shop", "tea-shop", "--forget"]) == 0
    assert keys.entries == {}
