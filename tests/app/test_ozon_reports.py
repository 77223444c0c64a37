"""Ozon hears of each posting that left the bench once: FBS postings are packed in Ozon with
their marks (after a look-up, so a resend does not ship twice), rFBS postings get their
tracking number; against a fake Seller API with state on a real local HTTP server."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from sqlalchemy import text
from werkzeug import Request, Response

from packstation.app import ozon_reports
from packstation.app import settings as settings_store
from packstation.app.context import Station
from packstation.app.credentials import Credentials
from packstation.app.device_settings import MarketplaceApi
from packstation.app.doc_printing import WAYBILL, render_job
from packstation.app.documents import Documents
from packstation.app.handover import HandoverService
from packstation.app.intake import Intake
from packstation.app.outbox import OutboxSender
from packstation.app.ozon_records import OzonRecords
from packstation.app.packing import Level, PackingService
from packstation.app.printing import Device, PrintService
from packstation.app.services import Services
from packstation.app.settings import Settings
from packstation.connectors.ozon_seller import OzonKeys, OzonSeller
from packstation.domain.outbox import FAILED
from packstation.store import outbox as outbox_store
from tests.builders import MOSCOW, PERFUME, TEA, load_products, ozon

pytestmark = pytest.mark.both_databases

POSTING = "57195475-0050-3"
GS = "\x1d"
MARK = "]d2010" + PERFUME + "215NmtcR4uDK6t" + GS + "91EE06" + GS + "92vRIHamUU1WHTe7"
KEYS = OzonKeys("836271", "ozon-api-key-5f2e")


def label_pdf() -> bytes:
    """A 75 × 120 mm label as Ozon's are, with a barcode-like block to see on the raster."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(75 * mm, 120 * mm))
    page.rect(10 * mm, 60 * mm, 55 * mm, 30 * mm, fill=1)
    page.drawString(10 * mm, 40 * mm, POSTING)
    page.save()
    return out.getvalue()


LABEL_PDF = label_pdf()


class FakeOzon:
    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.status = "awaiting_packaging"
        self.bodies: dict[str, list[dict[str, Any]]] = {}
        self.refuse_tracking = ""
        self.label_not_ready = 0  # how many label requests are answered "not ready" first
        server.expect_request("/v2/posting/fbs/package-label", method="POST").respond_with_handler(
            self._label
        )
        routes = {
            "/v3/posting/fbs/get": self._get,
            "/v6/fbs/posting/product/exemplar/set": lambda body: {"result": True},
            "/v4/posting/fbs/ship": self._ship,
            "/v2/fbs/posting/tracking-number/set": self._tracking,
            "/v2/posting/fbs/act/create": lambda body: {"result": {"id": 5521}},
            "/v2/posting/fbs/act/check-status": self._act_status,
            "/v2/posting/fbs/act/get-barcode/text": lambda body: {"result": "A-5521-77"},
        }
        self.act_checks = ["in_process", "ready"]
        server.expect_request("/v2/posting/fbs/act/get-pdf", method="POST").respond_with_data(
            LABEL_PDF, content_type="application/pdf"
        )
        for path, answer in routes.items():
            server.expect_request(path, method="POST").respond_with_handler(
                self._handler(path, answer)
            )

    def _handler(self, path: str, answer: Any) -> Any:
        def handle(request: Request) -> Response:
            body = json.loads(request.get_data())
            self.bodies.setdefault(path, []).append(body)
            return Response(json.dumps(answer(body)), content_type="application/json")

        return handle

    def _label(self, request: Request) -> Response:
        self.bodies.setdefault("label", []).append(json.loads(request.get_data()))
        if self.label_not_ready > 0:
            self.label_not_ready -= 1
            answer = {"code": 3, "message": "POSTINGS_NOT_READY", "details": []}
            return Response(json.dumps(answer), status=400, content_type="application/json")
        return Response(LABEL_PDF, content_type="application/pdf")

    def _act_status(self, body: dict[str, Any]) -> dict[str, Any]:
        status = self.act_checks.pop(0) if len(self.act_checks) > 1 else self.act_checks[0]
        return {"result": {"id": body["id"], "status": status, "added_to_act": [POSTING]}}

    def _get(self, body: dict[str, Any]) -> dict[str, Any]:
        posting = {"posting_number": body["posting_number"], "status": self.status}
        return {"result": posting | {"delivery_method": {"id": 21321684811000, "name": "Ozon"}}}

    def _ship(self, body: dict[str, Any]) -> dict[str, Any]:
        self.status = "awaiting_deliver"
        return {"result": [body["posting_number"]]}

    def _tracking(self, body: dict[str, Any]) -> dict[str, Any]:
        errors = [self.refuse_tracking] if self.refuse_tracking else []
        return {
            "result": [
                {"posting_number": pair["posting_number"], "result": not errors, "error": errors}
                for pair in body["tracking_numbers"]
            ]
        }


@pytest.fixture
def fake(httpserver: HTTPServer) -> FakeOzon:
    return FakeOzon(httpserver)


def packed(db, station, settings, fake: FakeOzon, tracking: str = "") -> MarketplaceApi:  # type: ignore[no-untyped-def]
    """The posting packed at the bench: FBS (Ozon's label) without `tracking`, else rFBS
    (the shop's waybill, to Moscow, with this tracking number)."""
    settings.ozon = MarketplaceApi(
        enabled=True, shop="main", api_url=fake.server.url_for(""), timeout_s=2
    )
    settings.shipping.carriers["ozon"] = "generic"
    settings.label_printer.enabled = True
    settings.scale.enabled = False
    load_products(db)
    order = ozon(POSTING, ("PERF", 1), ("TEA", 2))
    lines = [
        replace(line, marketplace_sku=sku)
        for line, sku in zip(order.shipments[0].lines, ("1470", "2085"), strict=True)
    ]
    ship_to = MOSCOW if tracking else None
    order = replace(order, shipments=[replace(order.shipments[0], lines=lines, ship_to=ship_to)])
    Intake(db, station, settings).store_orders([order], "test")
    bench = PackingService(db, station, settings)
    scans = [POSTING, "0" + PERFUME, MARK, TEA, TEA] + ([tracking, tracking] if tracking else [])
    for at, code in enumerate(scans):
        result = bench.scan(code, at * 1000)
    assert result.level is Level.DONE
    return settings.ozon


def send(db, clock, api: MarketplaceApi, folder: Path = Path("/nonexistent")):  # type: ignore[no-untyped-def]
    records = OzonRecords(db, Station("bench-1", "aiko", clock), folder)
    return OutboxSender(db, ozon_reports.senders(api, lambda shop: KEYS, records), clock).send_due()


def test_an_fbs_posting_is_packed_in_ozon_with_its_marks_once(db, station, settings, clock, fake) -> None:  # type: ignore[no-untyped-def]
    api = packed(db, station, settings, fake)
    assert send(db, clock, api).sent == 1
    [marks] = fake.bodies["/v6/fbs/posting/product/exemplar/set"]  # the mark without "]d2"
    assert marks["posting_number"] == POSTING
    assert marks["products"] == [
        {"product_id": 1470, "exemplars": [{"gtd": "", "is_gtd_absent": True, "rnpt": "",
          "is_rnpt_absent": True, "marks": [{"mark": MARK[3:], "mark_type": "mandatory_mark"}]}]}
    ]  # fmt: skip
    [ship] = fake.bodies["/v4/posting/fbs/ship"]
    assert ship["packages"] == [
        {"products": [{"product_id": 1470, "quantity": 1}, {"product_id": 2085, "quantity": 2}]}
    ]


def test_a_posting_ozon_has_packed_already_is_not_shipped_again(db, station, settings, clock, fake) -> None:  # type: ignore[no-untyped-def]
    api = packed(db, station, settings, fake)
    fake.status = "awaiting_deliver"  # the first send went through; its answer was lost
    assert send(db, clock, api).sent == 1
    assert "/v4/posting/fbs/ship" not in fake.bodies


def test_a_posting_cancelled_in_ozon_fails_saying_take_it_back(db, station, settings, clock, fake) -> None:  # type: ignore[no-untyped-def]
    api = packed(db, station, settings, fake)
    fake.status = "cancelled"
    assert send(db, clock, api).failed == 1
    with db.engine.connect() as connection:
        [message] = outbox_store.unsent(connection)
    assert message.state == FAILED
    assert message.error() == (
        f"Ozon has cancelled the posting {POSTING} (cancelled): take the parcel back"
    )


def test_an_rfbs_posting_gets_its_tracking_number(db, station, settings, clock, fake) -> None:  # type: ignore[no-untyped-def]
    api = packed(db, station, settings, fake, "TRACK-778")
    assert send(db, clock, api).sent == 1
    [body] = fake.bodies["/v2/fbs/posting/tracking-number/set"]
    assert body == {"tracking_numbers": [{"posting_number": POSTING, "tracking_number": "TRACK-778"}]}
    assert "/v4/posting/fbs/ship" not in fake.bodies


def test_a_tracking_number_ozon_refuses_fails_with_its_reason(db, station, settings, clock, fake) -> None:  # type: ignore[no-untyped-def]
    api = packed(db, station, settings, fake, "TRACK-778")
    fake.refuse_tracking = "INVALID_TRACKING_NUMBER"
    assert send(db, clock, api).failed == 1
    with db.engine.connect() as connection:
        [message] = outbox_store.unsent(connection)
    assert message.error() == "Ozon did not take the tracking number: INVALID_TRACKING_NUMBER"


def test_a_posting_packed_in_two_parcels_ships_as_two_packages(db, station, settings, clock, fake) -> None:  # type: ignore[no-untyped-def]
    settings.ozon = MarketplaceApi(
        enabled=True, shop="main", api_url=fake.server.url_for(""), timeout_s=2
    )
    settings.label_printer.enabled = True
    settings.scale.enabled = False
    load_products(db)
    order = ozon(POSTING, ("TEA", 3))
    lines = [replace(order.shipments[0].lines[0], marketplace_sku="2085")]
    order = replace(order, shipments=[replace(order.shipments[0], lines=lines)])
    Intake(db, station, settings).store_orders([order], "test")
    bench = PackingService(db, station, settings)
    bench.scan(POSTING, 0)
    bench.scan(TEA, 1000)
    assert bench.close_parcel().level is Level.DONE
    with db.engine.connect() as connection:
        assert outbox_store.unsent(connection) == []  # the posting's second parcel is still open
    bench.scan(POSTING, 2000)
    bench.scan(TEA, 3000)
    assert bench.scan(TEA, 4000).level is Level.DONE
    assert send(db, clock, settings.ozon).sent == 1
    [ship] = fake.bodies["/v4/posting/fbs/ship"]
    assert ship["packages"] == [
        {"products": [{"product_id": 2085, "quantity": 1}]},
        {"products": [{"product_id": 2085, "quantity": 2}]},
    ]


def test_ozon_s_label_is_fetched_when_ready_and_prints_as_the_waybill(db, station, settings, clock, fake) -> None:  # type: ignore[no-untyped-def]
    api = packed(db, station, settings, fake)
    fake.label_not_ready = 1
    assert send(db, clock, api).later == 1  # packed in Ozon; the label not made yet
    with db.engine.connect() as connection:
        [waiting] = outbox_store.unsent(connection)
    assert (waiting.due_at - clock()).total_seconds() == 60
    clock.now = waiting.due_at
    assert send(db, clock, api).sent == 1
    assert len(fake.bodies["/v4/posting/fbs/ship"]) == 1  # not packed a second time
    assert fake.bodies["label"][-1] == {"posting_number": [POSTING]}
    parcel = Documents(db, settings).parcel(waiting.shipment_id)
    assert parcel.marketplace_label == LABEL_PDF
    settings.label_printer.language = "zpl"
    service = PrintService(Device.LABEL, settings.label_printer)
    job = render_job(service, parcel, WAYBILL, settings, clock().date(), 1)
    assert job.payload.startswith(b"^XA") and b"^GFA" in job.payload


def test_a_posting_ozon_took_is_shipped_and_handed_over_by_its_label(db, station, settings, clock, fake, tmp_path) -> None:  # type: ignore[no-untyped-def]
    api = packed(db, station, settings, fake)
    assert send(db, clock, api).sent == 1
    with db.engine.connect() as connection:
        state, carrier, tracking = connection.execute(
            text("SELECT state, carrier, tracking_number FROM shipments")
        ).one()
    assert (state, carrier, tracking) == ("shipped", "ozon", POSTING)
    handovers = HandoverService(db, Station("bench-1", "aiko", clock), settings, tmp_path)
    view = handovers.open("ozon", clock().astimezone().date())
    assert [parcel.label for parcel in view.parcels] == [POSTING]
    scanned = handovers.scan(view.handover_id, POSTING)
    assert scanned.level in (Level.GOOD, Level.DONE), scanned.message
    assert handovers.close(view.handover_id).handed_over == 1


def test_closing_an_ozon_handover_gets_ozon_s_act_once(db, station, settings, clock, fake, tmp_path) -> None:  # type: ignore[no-untyped-def]
    api = packed(db, station, settings, fake)
    send(db, clock, api, tmp_path)
    handovers = HandoverService(db, Station("bench-1", "aiko", clock), settings, tmp_path)
    view = handovers.open("ozon", clock().astimezone().date())
    handovers.scan(view.handover_id, POSTING)
    handovers.close(view.handover_id)
    assert send(db, clock, api, tmp_path).later == 1  # Ozon is making the act
    clock.now += timedelta(seconds=30)
    assert send(db, clock, api, tmp_path).sent == 1
    [create] = fake.bodies["/v2/posting/fbs/act/create"]
    assert create["delivery_method_id"] == 21321684811000
    assert create["departure_date"].startswith(view.day.isoformat())
    with db.engine.connect() as connection:
        act_id, barcode, name = connection.execute(
            text("SELECT act_id, act_barcode, act_name FROM handovers")
        ).one()
    assert (act_id, barcode) == (5521, "A-5521-77")
    assert (tmp_path / name).read_bytes() == LABEL_PDF


def test_an_ozon_label_barcode_unknown_here_is_looked_up_in_ozon(db, station, settings, clock, fake, tmp_path) -> None:  # type: ignore[no-untyped-def]
    api = packed(db, station, settings, fake)
    send(db, clock, api, tmp_path)
    fake.server.expect_request("/v2/posting/fbs/get-by-barcode", method="POST").respond_with_json(
        {"result": {"posting_number": POSTING, "barcode": "%101%7705228"}}
    )
    asked: list[str] = []

    def ozon_posting(barcode: str) -> str | None:
        asked.append(barcode)
        with OzonSeller(KEYS, base_url=api.api_url, timeout=2) as ozon:
            return str(ozon.posting_by_barcode(barcode)["posting_number"])

    handovers = HandoverService(
        db, Station("bench-1", "aiko", clock), settings, tmp_path, ozon_posting
    )
    view = handovers.open("ozon", clock().astimezone().date())
    scanned = handovers.scan(view.handover_id, "%101%7705228")
    assert scanned.level in (Level.GOOD, Level.DONE), scanned.message
    assert asked == ["%101%7705228"]
    assert handovers.scan(view.handover_id, POSTING).verdict.value == "already_scanned"
    assert asked == ["%101%7705228"]  # a code the parcel carries is not asked of Ozon


def test_the_station_asks_ozon_for_a_label_only_when_connected(db_url, tmp_path, fake, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    fake.server.expect_request("/v2/posting/fbs/get-by-barcode", method="POST").respond_with_json(
        {"result": {"posting_number": POSTING}}
    )
    path = tmp_path / "ozon-settings.json"
    connected = Settings(station_name="bench-1", operator="aiko")
    connected.ozon = MarketplaceApi(enabled=True, shop="main", api_url=fake.server.url_for(""))
    settings_store.save(connected, path)
    Credentials().save_ozon("main", KEYS)
    services = Services.open(db_url, path)
    try:
        assert services.handover().ozon_posting("%101%7705228") == POSTING
        services.settings.ozon.api_url = "http://127.0.0.1:9"  # Ozon cannot be reached
        assert services.handover().ozon_posting("%101%7705228") is None
        services.settings.ozon.enabled = False
        assert services.handover().ozon_posting is None
    finally:
        services.close()
