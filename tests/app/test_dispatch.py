"""After the weight: the parcel's tracking number, then the label scan that ships it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from packstation.app.intake import Intake
from packstation.app.packing import Level, PackingService
from packstation.domain.audit import EventKind
from packstation.store.schema import Event, Shipment
from packstation.store.shipping import add_range
from tests.builders import TEA, load_products, rakuten

pytestmark = pytest.mark.both_databases

NUMBER = "502763-20261122-00000001"
OTHER = "502763-20261122-00000002"
YAMATO = "444413758703"  # a valid 7DR number
SHOWN = "4444-1375-8703"  # as Yamato prints it


def bench(db, station, settings, scale: bool = False):  # type: ignore[no-untyped-def]
    settings.label_printer.enabled = True
    settings.scale.enabled = scale
    load_products(db)
    Intake(db, station, settings).store_orders(
        [rakuten(NUMBER, ("TEA", 1)), rakuten(OTHER, ("TEA", 1))], "test"
    )
    return PackingService(db, station, settings)


def pack(service: PackingService):  # type: ignore[no-untyped-def]
    service.scan(NUMBER, 0)
    return service.scan(TEA, 1000)


def shipment(db, number: str = NUMBER) -> Shipment:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalars(select(Shipment).order_by(Shipment.id)).first()


def test_a_scanned_waybill_number_then_the_right_label_ships_the_parcel(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    packed = pack(service)
    assert packed.level is Level.PROMPT and "tracking number" in packed.message.render()
    assert service.awaiting_label
    given = service.scan(YAMATO, 2000)
    assert given.level is Level.PROMPT and SHOWN in given.message.render()
    assert given.view is not None and given.view.tracking_number == YAMATO
    shipped = service.scan(YAMATO, 3000)
    assert shipped.level is Level.DONE and "SHIPPED" in shipped.message.render()
    stored = shipment(db)
    assert stored.state == "shipped" and stored.tracking_number == YAMATO
    assert stored.carrier == "yamato" and stored.service == "宅急便"
    assert stored.shipped_at is not None
    assert service.scan(OTHER, 4000).view.number == OTHER  # type: ignore[union-attr]


def test_a_wrong_label_is_stopped_and_recorded(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    pack(service)
    service.scan(YAMATO, 2000)
    wrong = service.scan("444413758714", 3000)
    assert wrong.level is Level.BAD and "WRONG LABEL" in wrong.message.render()
    assert service.scan(OTHER, 4000).level is Level.BAD  # not before this label is right
    assert shipment(db).state == "packed"
    with db.session() as session:
        labels = session.scalars(
            select(Event.outcome).where(Event.kind == EventKind.LABEL.value)
        ).all()
    assert labels == ["wrong"]


def test_a_tracking_number_with_a_wrong_check_digit_is_refused(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    pack(service)
    refused = service.scan("444413758704", 2000)
    assert refused.level is Level.BAD and "check digit" in refused.message.render()
    assert shipment(db).tracking_number is None


def test_a_range_gives_the_next_number_with_its_check_digit(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    with db.engine.begin() as connection:
        add_range(connection, "yamato", "", 44441375870, 44441375899)
    packed = pack(service)
    assert SHOWN in packed.message.render()
    assert shipment(db).tracking_number == YAMATO
    assert service.scan(YAMATO, 2000).level is Level.DONE


def test_with_a_scale_the_tracking_number_comes_after_the_weight(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings, scale=True)
    packed = pack(service)
    assert "scale" in packed.message.render()
    weighed = service.weigh(Decimal(125))
    assert weighed.level is Level.PROMPT and "tracking number" in weighed.message.render()
    assert service.enter_tracking("4444-1375-8703").view.tracking_number == YAMATO  # type: ignore[union-attr]


def test_without_a_label_printer_packed_is_done(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    settings.label_printer.enabled = False
    assert pack(service).level is Level.DONE


def test_an_nw7_label_read_with_its_start_and_stop_characters_matches(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    pack(service)
    service.scan(f"a{YAMATO}a", 2000)
    assert shipment(db).tracking_number == YAMATO
    assert service.scan(f"A{YAMATO}A", 3000).level is Level.DONE


def test_the_packer_picks_another_carrier_and_gets_its_number(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = bench(db, station, settings)
    with db.engine.begin() as connection:
        add_range(connection, "yamato", "", 44441375870, 44441375899)
        add_range(connection, "sagawa", "", 51254751433, 51254751440)
    assert SHOWN in pack(service).message.render()
    changed = service.choose_carrier("sagawa", "飛脚宅配便")
    assert changed.view is not None and changed.view.tracking_number == "512547514334"
    stored = shipment(db)
    assert (stored.carrier, stored.service, stored.tracking_number) == (
        "sagawa",
        "飛脚宅配便",
        "512547514334",
    )
    assert service.scan(YAMATO, 2000).level is Level.BAD  # the old label is wrong now


def test_carrier_names_from_orders_map_to_the_benchs_carriers() -> None:
    from packstation.domain.carrier_names import carrier_from_name as carrier_code

    assert carrier_code("佐川急便") == "sagawa" and carrier_code("ヤマト運輸") == "yamato"
    assert carrier_code("Почта России") == "russianpost" and carrier_code("СДЭК") == "cdek"
    assert carrier_code("yamato") == "yamato" and carrier_code("Ozon Логистика") is None
    assert carrier_code("Japan Post") == "japanpost" and carrier_code("dhl-express") == "dhl"


def test_the_bench_and_the_history_show_the_tracking_number_as_the_carrier_prints_it(
    db, station, settings
) -> None:  # type: ignore[no-untyped-def]
    from packstation.app.services import Services

    service = bench(db, station, settings)
    pack(service)
    given = service.scan(YAMATO, 2000)
    wrong = service.scan("444413758714", 3000)
    shipped = service.scan(YAMATO, 4000)
    for result in (given, wrong, shipped):
        assert SHOWN in result.message.render(), result.message.render()
    assert "444413758714" in wrong.message.render()  # what was scanned: as it was read
    history = Services(db, settings, None, station, service).history(1)
    tracking = [e.what for e in history.events if e.kind in ("tracking", "label")]
    assert tracking == [f"{SHOWN} · scan", "444413758714 · wrong", f"{SHOWN} · right"]
    assert shipment(db).tracking_number == YAMATO  # stored as normalised
