"""`packstation fetch rakuten|ozon` and `packstation keys rakuten|ozon` against a real local HTTP
server answering as RMS or Ozon does, with the keys in an in-memory keyring."""

from __future__ import annotations

import base64
import io
import json
import time

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import func, select
from werkzeug import Request, Response

from packstation.app import settings as settings_store
from packstation.app.credentials import SERVICE
from packstation.app.services import Services
from packstation.app.settings import Settings
from packstation.cli import main
from packstation.store.database import Database
from packstation.store.schema import Order
from tests.imports.test_ozon_json import posting
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


def wait_for_answers(server: HTTPServer, count: int) -> None:
    """Until the server has answered `count` requests: a request the command gave up on is
    answered later, and would otherwise land in the next test's log."""
    deadline = time.monotonic() + 5
    while len(server.log) < count and time.monotonic() < deadline:
        time.sleep(0.05)


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
    wait_for_answers(httpserver, 2)


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


CLIENT_ID = "836251"
API_KEY = "5c1e7f0a-cli-ozon-key-Zt8"
POSTINGS = ["57195475-0050-3", "57195476-0051-1"]
UNFULFILLED = "/v3/posting/fbs/unfulfilled/list"


@pytest.fixture
def ozon_keys(memory_keyring, monkeypatch, db_url):
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{CLIENT_ID}\n{API_KEY}\n"))
    assert main(["--db", db_url, "keys", "ozon", "--shop", "tea-shop"]) == 0
    return memory_keyring


def fetch_ozon(db_url: str, httpserver: HTTPServer, *extra: str) -> int:
    url = httpserver.url_for("/")
    return main(["--db", db_url, "fetch", "ozon", "--shop", "tea-shop", "--api-url", url, *extra])


def answer_postings(httpserver: HTTPServer, numbers: list[str] = POSTINGS) -> None:
    httpserver.expect_request(UNFULFILLED, method="POST").respond_with_json(
        {"result": {"count": len(numbers), "postings": [posting(n) for n in numbers]}}
    )


def test_ozon_keys_go_to_the_keyring_under_the_shop(capsys, ozon_keys):
    assert json.loads(ozon_keys.entries[(SERVICE, "ozon:tea-shop")]) == {
        "clientId": CLIENT_ID,
        "apiKey": API_KEY,
    }
    assert "The Ozon keys of tea-shop are stored" in capsys.readouterr().out


def test_fetch_ozon_imports_the_postings_to_pack_and_a_second_fetch_changes_nothing(
    ozon_keys, db_url, httpserver, capsys
):
    answer_postings(httpserver)
    assert fetch_ozon(db_url, httpserver, "--since", "2026-11-20") == 0
    assert "Ozon Seller API: 2 new, 0 changed, 0 unchanged" in capsys.readouterr().out
    request = httpserver.log[0][0]
    assert (request.headers["Client-Id"], request.headers["Api-Key"]) == (CLIENT_ID, API_KEY)
    filters = json.loads(request.get_data())["filter"]
    assert filters["cutoff_from"] == "2026-11-19T21:00:00.000Z"  # midnight in Moscow
    assert filters["status"] == "awaiting_packaging"
    assert stored(db_url) == 2
    assert fetch_ozon(db_url, httpserver) == 0
    assert "0 new, 0 changed, 2 unchanged" in capsys.readouterr().out
    assert stored(db_url) == 2


OZON_FAILURES = {
    "500": lambda server: server.expect_request(UNFULFILLED).respond_with_json(
        {"code": 13, "message": "internal"}, status=500
    ),
    "429": lambda server: server.expect_request(UNFULFILLED).respond_with_data(
        "", status=429, headers={"Retry-After": "60"}
    ),
    "401": lambda server: server.expect_request(UNFULFILLED).respond_with_json(
        {"code": 16, "message": "Api-key is deactivated"}, status=401
    ),
    "cut-json": lambda server: server.expect_request(UNFULFILLED).respond_with_data(
        '{"result": {"postings": [{"posting_number": ', content_type="application/json"
    ),
    "html-page": lambda server: server.expect_request(UNFULFILLED).respond_with_data(
        "<html><body>502 Bad Gateway</body></html>", content_type="text/html"
    ),
    "timeout": lambda server: server.expect_request(UNFULFILLED).respond_with_handler(slow),
}


@pytest.mark.parametrize("failure", OZON_FAILURES)
def test_a_failing_ozon_leaves_the_queue_as_it_was(ozon_keys, db_url, httpserver, capsys, failure):
    answer_postings(httpserver)
    assert fetch_ozon(db_url, httpserver) == 0
    httpserver.clear()
    OZON_FAILURES[failure](httpserver)
    capsys.readouterr()
    assert fetch_ozon(db_url, httpserver, "--timeout", "0.3") == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("Ozon Seller API ")
    assert "Nothing was imported; the order queue is as it was." in err
    assert stored(db_url) == 2
    assert CLIENT_ID not in out + err and API_KEY not in out + err
    wait_for_answers(httpserver, 1)


def test_fetch_ozon_without_keys_says_how_to_store_them(memory_keyring, db_url, httpserver, capsys):
    assert fetch_ozon(db_url, httpserver) == 2
    assert "packstation keys ozon" in capsys.readouterr().err
    assert httpserver.log == []


def test_ozon_keys_can_be_forgotten_without_touching_rakuten_s(keys, db_url, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{CLIENT_ID}\n{API_KEY}\n"))
    assert main(["--db", db_url, "keys", "ozon", "--shop", "tea-shop"]) == 0
    assert main(["--db", db_url, "keys", "ozon", "--shop", "tea-shop", "--forget"]) == 0
    assert list(keys.entries) == [(SERVICE, "rakuten:tea-shop")]


def test_ozon_keys_need_both(memory_keyring, db_url, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{CLIENT_ID}\n\n"))
    assert main(["--db", db_url, "keys", "ozon"]) == 2
    assert memory_keyring.entries == {}


def test_the_mail_password_goes_to_the_keyring_for_the_login_in_the_settings(memory_keyring, monkeypatch, db_url, tmp_path, capsys):  # type: ignore[no-untyped-def]
    settings_path = tmp_path / "mail-settings.json"
    settings = Settings(station_name="bench-1", operator="aiko")
    settings.notify.smtp_host, settings.notify.username = "mail.example.jp", "shop"
    settings_store.save(settings, settings_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("m41l-pa55\n"))
    assert main(["--settings", str(settings_path), "keys", "smtp"]) == 0
    assert "m41l-pa55" not in capsys.readouterr().out
    services = Services.open(db_url, settings_path)
    assert services._smtp_password() == "m41l-pa55"
    services.close()


def test_no_mail_password_without_a_login_in_the_settings(memory_keyring, capsys):  # type: ignore[no-untyped-def]
    assert main(["keys", "smtp"]) == 2
    assert "notify.smtp_host and notify.username" in capsys.readouterr().err
    assert memory_keyring.entries == {}
