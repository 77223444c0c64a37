"""After the weight, the parcel goes by the carrier's cheapest service it fits (its box and
weight), shown with its size class and cost before the waybill prints; the packer's choice
stands."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from packstation.app.intake import Intake
from packstation.app.packing import Level, PackingService
from packstation.domain.model import CatalogueBarcode, CatalogueProduct
from packstation.domain.parcel_size import Dimensions
from packstation.store.catalogue import upsert_product
from packstation.store.schema import Shipment
from tests.builders import TEA, gtin, load_products, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"
COMPACT = gtin("200000000077")
BOX60 = gtin("200000000060")
BOXES = (
    CatalogueProduct(
        "BOX-C", "compact box", [CatalogueBarcode(COMPACT)], 60, is_box=True,
        dimensions=Dimensions(250, 200, 50),
    ),
    CatalogueProduct(
        "BOX-60", "60 size box", [CatalogueBarcode(BOX60)], 150, is_box=True,
        dimensions=Dimensions(250, 180, 150),
    ),
)


def weighed(db, station, settings, box: str, teas: int = 1):  # type: ignore[no-untyped-def]
    """Packed with `teas` teas (120 g each) in the box, weighed as expected."""
    settings.scale.enabled = True
    settings.label_printer.enabled = True
    load_products(db)
    with db.session() as session, session.begin():
        for product in BOXES:
            upsert_product(session, product)
    Intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", teas))], "test")
    service = PackingService(db, station, settings)
    service.scan(NUMBER, 0)
    service.scan(box, 500)
    for index in range(teas):
        service.scan(TEA, 1000 * (index + 1))
    tare = next(product.weight_g for product in BOXES if product.barcodes[0].code == box)
    return service, service.weigh(Decimal(120 * teas + tare), "manual")


def stored_service(db) -> str:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalar(select(Shipment.service))


def test_a_parcel_in_the_compact_box_goes_by_takkyubin_compact(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service, result = weighed(db, station, settings, COMPACT)
    assert result.level is Level.PROMPT
    assert "宅急便コンパクト · ¥680" in result.message.render()
    assert result.view is not None and result.view.service == "宅急便コンパクト"
    assert stored_service(db) == "宅急便コンパクト"


def test_a_parcel_in_a_60_box_goes_by_takkyubin_60_with_its_cost(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service, result = weighed(db, station, settings, BOX60, teas=12)
    assert "宅急便 60 · ¥940" in result.message.render()  # the compact box it is not in


def test_the_weight_class_counts_when_it_is_the_larger(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service, result = weighed(db, station, settings, BOX60, teas=34)  # 60 by sides, 80 by weight
    assert "宅急便 80 · ¥1,220" in result.message.render()


def test_the_packers_choice_of_service_stands(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service, result = weighed(db, station, settings, COMPACT)
    changed = service.choose_carrier("yamato", "宅急便")
    assert "宅急便 60 · ¥940" in changed.message.render()
    assert stored_service(db) == "宅急便"


def test_the_shops_rate_table_beside_the_settings_is_used(tmp_path, db_url) -> None:  # type: ignore[no-untyped-def]
    from packstation.app import rates as rates_store
    from packstation.app.services import Services
    from packstation.domain.rates import Cost, Rate, RateTable

    settings_path = tmp_path / "settings.json"
    table = RateTable((Rate("yamato", "ネコポス", Cost(Decimal(300), "JPY")),))
    rates_store.save(table, tmp_path / "rates.json")
    services = Services.open(db_url, settings_path)
    try:
        assert services.packing.rates == table and services.rates_problem is None
    finally:
        services.close()
    (tmp_path / "rates.json").write_text("{ not json", encoding="utf-8")
    services = Services.open(db_url, settings_path)  # a damaged table does not stop the bench
    try:
        assert services.rates_problem is not None and "rates.json" in services.rates_problem.render()
        assert services.packing.rates == rates_store.DEFAULT_RATES
    finally:
        services.close()
    assert (tmp_path / "rates.json").read_text(encoding="utf-8") == "{ not json"  # left as it is
