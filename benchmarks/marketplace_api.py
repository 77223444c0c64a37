"""The marketplace API paths against a fake RakutenPayOrderAPI on a real local HTTP server:

- the outbox sending 1,000 tracking numbers (each read first with getOrder, then
  updateOrderShipping) with 10 % of the calls failing (500 or 429), retried until all went:
  none lost, none sent twice;
- 10,000 orders fetched (searchOrder pages, getOrder by 100) through the intake, next to the
  file import of the same orders as a getOrder JSON file.
"""

from __future__ import annotations

import json
import logging
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Response

from packstation.app import fetching, rakuten_reports
from packstation.app.context import Station
from packstation.app.device_settings import MarketplaceApi
from packstation.app.intake import Intake
from packstation.app.outbox import OutboxSender
from packstation.app.settings import Settings
from packstation.connectors.rakuten_rms import RakutenKeys
from packstation.domain.model import CatalogueProduct
from packstation.domain.outbox import RAKUTEN_SHIPPING
from packstation.store import outbox as outbox_store
from packstation.store.catalogue import upsert_product
from packstation.store.database import Database
from tests.fake_rms import FakeRms
from tests.imports.test_rakuten_json import item, order_model, package

CONFIRMATIONS = 1_000
FAILURE_RATE = 0.10
FETCHED = 10_000
KEYS = RakutenKeys("bench-secret", "bench-license")
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def number(index: int) -> str:
    return f"502763-20261206-{index:08d}"


def tracking(index: int) -> str:
    body = 444400000000 // 10 + index
    return f"{body}{body % 7}"


def outbox_run(server: HTTPServer) -> tuple[float, int, int, int]:
    fake = FakeRms(server)
    for index in range(CONFIRMATIONS):
        fake.add(order_model(number(index), PackageModelList=[package(1, ShippingModelList=[])]))
    chance = random.Random(7)

    def fail(function: str, body: dict) -> Response | None:  # type: ignore[type-arg]
        if chance.random() >= FAILURE_RATE:
            return None
        if chance.random() < 0.5:
            return Response("busy", status=429, headers={"Retry-After": "5"})
        return Response("<html>500</html>", status=500)

    fake.fail = fail
    api = MarketplaceApi(enabled=True, shop="bench", api_url=fake.url, timeout_s=10)
    clock = Clock()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/outbox.sqlite3")
        with db.engine.begin() as connection:
            for index in range(CONFIRMATIONS):
                payload = {
                    "order": number(index),
                    "basket": "1",
                    "carrier": "yamato",
                    "tracking": tracking(index),
                    "shipped_on": "2026-12-07",
                }
                key = f"{RAKUTEN_SHIPPING}:{index}"
                outbox_store.enqueue(connection, key, RAKUTEN_SHIPPING, payload, clock())
        sender = OutboxSender(db, rakuten_reports.senders(api, lambda shop: KEYS), clock)
        started = time.perf_counter()
        passes = retried = 0
        while True:
            sent = sender.send_due()
            passes += 1
            retried += sent.later
            with db.engine.connect() as connection:
                counts = outbox_store.counts(connection)
            if counts.get("pending", 0) == 0 and counts.get("sending", 0) == 0:
                break
            clock.now += timedelta(hours=1)  # the backoff's wait, without waiting
        elapsed = time.perf_counter() - started
        db.dispose()
    rows = [fake.shipping_numbers(number(index)) for index in range(CONFIRMATIONS)]
    assert counts.get("failed", 0) == 0, counts
    assert all(row == [tracking(index)] for index, row in enumerate(rows)), "lost or doubled"
    return elapsed, len(fake.updates), retried, passes


def stocked_database(folder: str, name: str) -> Database:
    db = Database(f"sqlite:///{folder}/{name}.sqlite3")
    with db.session() as session, session.begin():
        upsert_product(session, CatalogueProduct("TEA", "Tea", [], 100, Decimal(100), False, 10**9))
    return db


def fetch_run(server: HTTPServer) -> tuple[float, float, int]:
    fake = FakeRms(server)
    models = [
        order_model(
            number(index),
            orderDatetime="2026-12-06T10:00:00+0900",
            PackageModelList=[package(ItemModelList=[item(itemNumber="TEA", units=1)])],
        )
        for index in range(FETCHED)
    ]
    for model in models:
        fake.add(model)
    settings = Settings(station_name="bench", operator="bench")
    settings.rakuten = MarketplaceApi(enabled=True, shop="bench", api_url=fake.url, timeout_s=30)
    settings.rakuten.confirm_at_intake = False
    station = Station("bench", "bench")
    with tempfile.TemporaryDirectory() as folder:
        db = stocked_database(folder, "fetch")
        started = time.perf_counter()
        orders = fetching.marketplace_orders(
            "rakuten", KEYS, settings.rakuten, NOW - timedelta(days=14), NOW
        )
        summary = fetching.store_fetched(db, station, settings, "rakuten", orders)
        fetched = time.perf_counter() - started
        db.dispose()
        assert summary.new == FETCHED, summary

        path = Path(folder) / "orders.json"
        path.write_text(json.dumps({"OrderModelList": models, "version": 7}), encoding="utf-8")
        db = stocked_database(folder, "file")
        started = time.perf_counter()
        from_file = Intake(db, station, settings).run(path, "rakuten-json")
        imported = time.perf_counter() - started
        db.dispose()
        assert from_file.new == FETCHED, from_file
    return fetched, imported, summary.new


def report() -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # not a line per request
    with HTTPServer(threaded=True) as server:
        elapsed, updates, retried, passes = outbox_run(server)
        print(
            f"Outbox, {CONFIRMATIONS:,} Rakuten tracking numbers (getOrder look-up + "
            f"updateOrderShipping), {FAILURE_RATE:.0%} of calls failing:"
        )
        print(
            f"  all sent once in {elapsed:.2f} s ({updates:,} updates, {retried} retries, "
            f"{passes} passes)   (goal: < 10 s, none lost, none twice)"
        )
        server.clear()
        fetched, imported, orders = fetch_run(server)
    print(f"Rakuten fetch of {orders:,} orders through the intake:")
    print(f"  getOrder JSON file import: {imported:.2f} s")
    print(
        f"  fetch (searchOrder + getOrder by 100 + intake): {fetched:.2f} s = "
        f"{fetched / imported:.2f}× the file   (goal: < 2×)"
    )


if __name__ == "__main__":
    report()
