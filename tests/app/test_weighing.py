"""Weighing in the pack flow: boxes, the weight check, a supervisor's decision, learning."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from packstation.app.intake import Intake
from packstation.app.packing import Level, PackingService
from packstation.app.users import Approval
from packstation.domain.audit import EventKind
from packstation.domain.model import CatalogueBarcode, CatalogueProduct
from packstation.store.catalogue import upsert_product
from packstation.store.schema import Event, Shipment, WeightSample
from tests.builders import CUP, TEA, gtin, load_products, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"
OTHER = "502763-20261122-00000002"
BOX60 = gtin("200000000060")
D = Decimal


def bench(db, station, settings, *orders):  # type: ignore[no-untyped-def]
    settings.scale.enabled = True
    settings.set_supervisor_pin("1234")
    load_products(db)
    with db.session() as session, session.begin():
        upsert_product(
            session,
            CatalogueProduct("BOX-60", "60 size box", [CatalogueBarcode(BOX60)], 150, is_box=True),
        )
    Intake(db, station, settings).store_orders(
        list(orders or [rakuten(NUMBER, ("TEA", 2), ("CUP", 1)), rakuten(OTHER, ("TEA", 1))]),
        "test",
    )
    return PackingService(db, station, settings)


def pack(service: PackingService) -> None:
    service.scan(NUMBER, 0)
    service.scan(BOX60, 500)
    service.scan(TEA, 1000)
    service.scan(TEA, 2000)
    done = service.scan(CUP, 3000)
    assert done.level is Level.PROMPT and "scale" in done.message.render()


def test_a_box_scan_picks_the_box_and_its_tare(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    service.scan(NUMBER, 0)
    picked = service.scan(BOX60, 500)
    assert picked.level is Level.GOOD and "60 size box" in picked.message.render()
    assert "(150 g)" in picked.message.render()  # plain grams, never 1.5E+2
    assert picked.view is not None and picked.view.box_tare == D(150)
    assert picked.view.expected_weight.grams == D(120 * 2 + 240 + 150)
    with db.session() as session:
        assert session.scalar(select(Shipment.box_sku).order_by(Shipment.id).limit(1)) == "BOX-60"


def test_weight_within_tolerance_finishes_the_order(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    pack(service)
    assert service.awaiting_weight
    done = service.weigh(D("642.5"))
    assert done.level is Level.DONE and "643 g" in done.message.render()
    assert not service.awaiting_weight
    with db.session() as session:
        weights = session.scalars(select(Shipment.weight_mg).where(Shipment.weight_mg.is_not(None)))
        assert list(weights) == [642500]


def test_the_next_order_waits_until_the_parcel_is_weighed(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    pack(service)
    refused = service.scan(OTHER, 4000)
    assert refused.level is Level.BAD and "not weighed" in refused.message.render()
    service.weigh(D(630))
    assert service.scan(OTHER, 5000).view.number == OTHER  # type: ignore[union-attr]


def test_weight_outside_tolerance_stops_until_a_supervisor_accepts(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    pack(service)
    stopped = service.weigh(D(1000))
    assert stopped.level is Level.BAD and "WEIGHT CHECK" in stopped.message.render()
    assert service.scan(OTHER, 4000).level is Level.BAD
    wrong = service.accept_weight("second cup as a gift, approved", Approval(pin="0000"))
    assert wrong.level is Level.BAD
    accepted = service.accept_weight("second cup as a gift, approved", Approval(pin="1234"))
    assert accepted.level is Level.DONE and "1000 g accepted" in accepted.message.render()
    with db.session() as session:
        override = session.scalars(
            select(Event).where(Event.kind == EventKind.WEIGHT_ACCEPTED.value)
        ).one()
        assert override.reason == "second cup as a gift, approved" and override.detail == "1000 g"
        outcomes = session.scalars(
            select(Event.outcome).where(Event.kind == EventKind.WEIGHED.value)
        ).all()
        assert outcomes == ["outside"]


def test_reweighing_after_a_failed_check_can_pass(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    pack(service)
    assert service.weigh(D(900)).level is Level.BAD
    assert service.weigh(D(640)).level is Level.DONE


def test_a_packed_order_scanned_again_asks_for_its_weight(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    pack(service)
    service.close()
    reopened = service.scan(NUMBER, 9000)
    assert reopened.level is Level.PROMPT and service.awaiting_weight


def test_single_sku_parcels_teach_the_unit_weight(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    orders = [rakuten(f"502763-20261122-1000000{i}", ("TEA", 2)) for i in range(6)]
    service = bench(db, station, settings, *orders)
    settings.scale.tolerance_percent = 50.0  # the catalogue says 120 g; parcels say 131 g
    for i, order in enumerate(orders):
        service.scan(order.number, i * 10_000)
        service.scan(BOX60, i * 10_000 + 100)
        service.scan(TEA, i * 10_000 + 1000)
        service.scan(TEA, i * 10_000 + 2000)
        assert service.weigh(D(150 + 2 * 131)).level is Level.DONE
    with db.session() as session:
        assert session.scalars(select(WeightSample.unit_mg)).all() == [131000] * 6
    service.close()
    view = service.scan(orders[0].number, 99_000).view
    assert view is not None
    tea = view.unit_weight("TEA")
    assert tea is not None and tea.learned is not None
    assert tea.learned.grams == D(131) and tea.learned.samples == 6
    assert tea.disagrees is False  # 131 vs 120 is within 15 %


def test_without_a_scale_packed_is_done(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    settings.scale.enabled = False
    service.scan(NUMBER, 0)
    service.scan(TEA, 1000)
    service.scan(TEA, 2000)
    assert service.scan(CUP, 3000).level is Level.DONE
    assert service.scan(OTHER, 4000).level is Level.INFO


def test_the_weights_report_lists_what_the_catalogue_gets_wrong(
    db, station, settings, capsys, qapp
) -> None:  # type: ignore[no-untyped-def]
    """(qapp: the CLI installs its translations on the test run's one QApplication.)"""
    from packstation.app.services import Services
    from packstation.cli import main

    orders = [rakuten(f"502763-20261122-2000000{i}", ("CUP", 1)) for i in range(5)]
    service = bench(db, station, settings, *orders)
    settings.scale.tolerance_percent = 90.0  # the catalogue says 240 g; parcels say 300 g
    for i, order in enumerate(orders):
        service.scan(order.number, i * 10_000)
        service.scan(CUP, i * 10_000 + 1000)
        assert service.weigh(D(300)).level is Level.DONE
    report = Services(db, settings, None, station, service).unit_weights()
    assert [(u.sku, u.disagrees) for u in report] == [("CUP", True)]
    url = str(db.engine.url)
    assert main(["--db", url, "products", "weights"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split("\t")[:4] == ["CUP", "240", "300", "5"]


def test_only_the_latest_samples_of_a_sku_are_kept(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from packstation.store.weighing import SAMPLES_KEPT, record_sample, unit_weights

    orders = [rakuten(f"502763-20261122-3{i:07d}", ("TEA", 1)) for i in range(SAMPLES_KEPT + 5)]
    bench(db, station, settings, *orders)
    at = datetime(2026, 11, 23, tzinfo=UTC)
    with db.engine.begin() as connection:
        for shipment_id in range(1, SAMPLES_KEPT + 6):
            grams = D(200) if shipment_id <= 5 else D(131)  # the oldest five are outliers
            record_sample(connection, "TEA", grams, shipment_id, at)
        tea = unit_weights(connection, ["TEA"])["TEA"]
    with db.session() as session:
        kept = session.scalars(select(WeightSample.shipment_id).order_by(WeightSample.id)).all()
    assert kept == list(range(6, SAMPLES_KEPT + 6))
    assert tea.learned is not None and tea.learned.samples == SAMPLES_KEPT
    assert tea.learned.grams == D(131)


def test_a_box_added_to_the_catalogue_counts_from_the_next_order(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    load_products(db)
    Intake(db, station, settings).store_orders(
        [rakuten(NUMBER, ("TEA", 1)), rakuten(OTHER, ("TEA", 1))], "test"
    )
    service = PackingService(db, station, settings)
    service.scan(NUMBER, 0)
    assert service.scan(BOX60, 500).level is Level.BAD  # not a box yet: an unknown code
    with db.session() as session, session.begin():
        upsert_product(
            session,
            CatalogueProduct("BOX-60", "60 size box", [CatalogueBarcode(BOX60)], 150, is_box=True),
        )
    service.scan(OTHER, 1000)
    assert service.scan(BOX60, 2000).level is Level.GOOD
