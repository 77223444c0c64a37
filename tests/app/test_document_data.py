"""What the documents are made of: the parcel from the database, the shop from the settings,
tracking numbers from the carrier's ranges."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from packstation.app.documents import Documents, document_language, slip_data, waybill_data
from packstation.app.intake import Intake
from packstation.app.packing import PackingService
from packstation.domain.model import CatalogueBarcode, CatalogueProduct
from packstation.domain.parcel_size import Dimensions
from packstation.store.catalogue import upsert_product
from packstation.store.shipping import add_range, allocate, load_parcel, set_shipping
from packstation.store.weighing import record_weight, set_box
from tests.builders import TEA, gtin, load_products, ozon, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"


def store(db, station, settings, *orders):  # type: ignore[no-untyped-def]
    load_products(db)
    Intake(db, station, settings).store_orders(list(orders), "test")


def test_a_parcel_carries_what_its_documents_need_and_no_cost(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    store(db, station, settings, rakuten(NUMBER, ("TEA", 2), ("CUP", 1), gift=True))
    with db.engine.connect() as connection:
        parcel = load_parcel(connection, 1)
    assert parcel is not None and parcel.number == NUMBER and parcel.gift
    assert [line.sku for line in parcel.lines] == ["TEA", "CUP"]
    assert [line.fragile for line in parcel.lines] == [False, True]
    assert not any(hasattr(line, "cost_price") for line in parcel.lines)
    settings.shop.name = "茶の店"
    slip = slip_data(parcel, settings, date(2026, 11, 23))
    assert slip.language == "ja" and slip.shop.name == "茶の店" and slip.gift
    waybill = waybill_data(parcel, settings, date(2026, 11, 23))
    assert waybill.carrier == "yamato" and waybill.fragile


def test_document_language_follows_marketplace_country_or_the_shop(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    store(db, station, settings, ozon("1000-0001-1", ("TEA", 1)))
    parcel = Documents(db, settings).parcel(1)
    assert document_language(parcel, settings.shop) == "ru"
    settings.shop.slip_language = "en"
    assert document_language(parcel, settings.shop) == "en"


def test_tracking_numbers_from_a_range_are_never_handed_out_twice(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as connection:
        add_range(connection, "yamato", "0120", 44441375870, 44441375872)
        add_range(connection, "yamato", "0120", 44441375900, 44441375900)
    taken = []
    for _ in range(5):
        with db.engine.begin() as connection:
            taken.append(allocate(connection, "yamato"))
    assert taken == [44441375870, 44441375871, 44441375872, 44441375900, None]
    with db.engine.begin() as connection:
        assert allocate(connection, "sagawa") is None


def test_a_rolled_back_allocation_gives_the_number_back(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as connection:
        add_range(connection, "sagawa", "", 100, 200)
    connection = db.engine.connect()
    transaction = connection.begin()
    assert allocate(connection, "sagawa") == 100
    transaction.rollback()
    connection.close()
    with db.engine.begin() as connection:
        assert allocate(connection, "sagawa") == 100


def test_the_manifest_lists_the_days_weighed_parcels_of_a_carrier(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    store(db, station, settings, rakuten(NUMBER, ("TEA", 1)))
    settings.scale.enabled = True
    bench = PackingService(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    bench.weigh(Decimal(130))
    with db.engine.begin() as connection:
        set_shipping(connection, 1, "yamato", "宅急便", "444413758703")
    today = station.now().astimezone().date()
    manifest = Documents(db, settings).manifest("yamato", today)
    assert [(p.order_number, p.tracking_number, p.weight_g) for p in manifest.parcels] == [
        (NUMBER, "444413758703", Decimal(130))
    ]
    assert Documents(db, settings).manifest("sagawa", today).parcels == ()


def test_the_days_manifest_as_a_pdf(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    from packstation.app.services import Services

    store(db, station, settings, rakuten(NUMBER, ("TEA", 1)))
    settings.scale.enabled = True
    bench = PackingService(db, station, settings)
    bench.scan(NUMBER, 0)
    bench.scan(TEA, 1000)
    bench.weigh(Decimal(130))
    with db.engine.begin() as connection:
        set_shipping(connection, 1, "yamato", "宅急便", "444413758703")
    services = Services(db, settings, None, station, bench)
    pdf, parcels = services.manifest_pdf("yamato", station.now().astimezone().date())
    assert parcels == 1
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    assert "4444-1375-8703" in text and NUMBER in text


def test_a_document_that_may_have_printed_counts_as_a_copy(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    from packstation.app.doc_printing import next_copy
    from packstation.store.print_ledger import record_printed

    store(db, station, settings, rakuten(NUMBER, ("TEA", 1)))

    def printed(state: str) -> None:
        with db.engine.begin() as connection:
            record_printed(
                connection,
                shipment_id=1,
                kind="waybill",
                job_id="waybill-1-1",
                copy=1,
                reprint=False,
                printer="label",
                state=state,
                detail="",
                at=datetime.now(UTC),
                station="bench-1",
                operator="aiko",
            )

    assert next_copy(db, 1, "waybill") == 1
    printed("not_sent")
    assert next_copy(db, 1, "waybill") == 1  # nothing reached the printer: printing is safe
    printed("interrupted")
    assert next_copy(db, 1, "waybill") == 2  # may be on paper: only a confirmed reprint now
    assert next_copy(db, 1, "slip") == 1


def test_two_stations_taking_numbers_at_once_never_get_the_same(db) -> None:  # type: ignore[no-untyped-def]
    import threading
    import time

    with db.engine.begin() as connection:
        add_range(connection, "yamato", "", 44441375870, 44441375899)
    taken: list[int | None] = []
    ready = threading.Barrier(2)

    def station() -> None:
        ready.wait()
        for _ in range(5):
            with db.engine.begin() as connection:
                number = allocate(connection, "yamato")
                time.sleep(0.01)  # the parcel's other writes, inside the same transaction
            taken.append(number)

    threads = [threading.Thread(target=station) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(taken) == 10 and None not in taken
    assert len(set(taken)) == 10


@pytest.mark.parametrize(
    ("dimensions", "grams", "size"),
    [
        (Dimensions(250, 180, 150), 1800, "60"),  # 58 cm, under 2 kg
        (Dimensions(250, 180, 150), 4200, "80"),  # a small box, heavy: billed by weight
        (Dimensions(420, 320, 230), 1800, "100"),  # 97 cm
        (None, 1800, ""),  # dimensions unknown: no size, never the box's SKU
    ],
)
def test_the_size_class_comes_from_the_boxs_sides_and_the_weight(  # type: ignore[no-untyped-def]
    db, station, settings, dimensions, grams, size
) -> None:
    store(db, station, settings, rakuten(NUMBER, ("TEA", 1)))
    with db.session() as session, session.begin():
        upsert_product(
            session,
            CatalogueProduct(
                "BOX-60", "60 size box", [CatalogueBarcode(gtin("200000000060"))], 150, is_box=True,
                dimensions=dimensions,
            ),
        )  # fmt: skip
    with db.engine.begin() as connection:
        set_box(connection, 1, "BOX-60")
        record_weight(connection, 1, Decimal(grams), station.now())
        set_shipping(connection, 1, "yamato", "宅急便", "444413758703")
    parcel = Documents(db, settings).parcel(1)
    assert waybill_data(parcel, settings, date(2026, 11, 23)).size_class == size
    today = station.now().astimezone().date()
    assert [p.size_class for p in Documents(db, settings).manifest("yamato", today).parcels] == [
        size
    ]
