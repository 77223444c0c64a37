"""Signing in by badge or PIN, the lockout, and who may approve a supervisor's action."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.app import settings as settings_store
from packstation.app.intake import Intake
from packstation.app.packing import Level, PackingService
from packstation.app.services import Services
from packstation.app.user_admin import (
    UserRefused,
    add_user,
    disable_user,
    list_users,
    unlock_user,
)
from packstation.app.users import Access, Approval, Ask
from packstation.domain.audit import Approved, EventKind
from packstation.domain.users import Role
from packstation.store.schema import Event
from tests.app.test_weighing import bench as weighing_bench
from tests.app.test_weighing import pack
from tests.builders import load_products, rakuten

pytestmark = pytest.mark.both_databases

BADGE = "BADGE-0042"
NUMBER = "502763-20261122-00000001"
OTHER = "502763-20261122-00000002"


def crew(db) -> None:  # type: ignore[no-untyped-def]
    add_user(db, "Mei", Role.ADMIN, "9999")
    add_user(db, "Sato", Role.SUPERVISOR, "5555", badge="BADGE-0007")
    add_user(db, "Aiko", Role.PACKER, "1111", badge=BADGE)


def test_sign_in_by_badge_and_by_name_and_pin(db, clock) -> None:  # type: ignore[no-untyped-def]
    crew(db)
    access = Access(db, clock)
    by_badge = access.sign_in_badge(BADGE)
    assert by_badge.user is not None and by_badge.user.name == "Aiko"
    assert by_badge.message.render() == "Signed in: Aiko (packer)"
    assert access.sign_in_badge("BADGE-9999").user is None
    assert access.sign_in_pin("sato", "5555").user is not None  # the name in any case
    assert access.signed_in is not None and access.signed_in.role is Role.SUPERVISOR
    assert access.sign_in_pin("Sato", "0000").message.render() == "Wrong name or PIN"
    assert access.sign_in_pin("Nobody", "5555").message.render() == "Wrong name or PIN"


def test_five_wrong_pins_lock_for_five_minutes(db, clock) -> None:  # type: ignore[no-untyped-def]
    crew(db)
    access = Access(db, clock)
    for _ in range(4):
        assert access.sign_in_pin("Aiko", "0000").message.render() == "Wrong name or PIN"
    locked = access.sign_in_pin("Aiko", "0000")
    assert locked.user is None and "Aiko is locked until" in locked.message.render()
    refused = access.sign_in_pin("Aiko", "1111")  # the right PIN, but locked
    assert refused.user is None and "locked until" in refused.message.render()
    assert access.sign_in_badge(BADGE).user is None
    assert list_users(db, clock())[0].locked_until == clock() + timedelta(minutes=5)
    clock.now += timedelta(minutes=5)
    assert access.sign_in_pin("Aiko", "1111").user is not None
    for _ in range(4):  # the right PIN started the count again
        access.sign_in_pin("Aiko", "0000")
    assert access.sign_in_pin("Aiko", "1111").user is not None


def test_an_admin_unlocks_a_locked_user(db, clock) -> None:  # type: ignore[no-untyped-def]
    crew(db)
    access = Access(db, clock)
    for _ in range(5):
        access.sign_in_pin("Aiko", "0000")
    unlock_user(db, "aiko")
    assert access.sign_in_pin("Aiko", "1111").user is not None


def test_a_disabled_user_cannot_sign_in_and_the_last_admin_stays(db, clock) -> None:  # type: ignore[no-untyped-def]
    crew(db)
    disable_user(db, "Aiko")
    access = Access(db, clock)
    assert access.sign_in_badge(BADGE).user is None
    assert access.sign_in_pin("Aiko", "1111").user is None
    with pytest.raises(UserRefused, match="last active admin"):
        disable_user(db, "Mei")


def test_the_first_user_is_an_admin_and_names_and_badges_are_unique(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserRefused, match="first user must be an admin"):
        add_user(db, "Aiko", Role.PACKER, "1111")
    add_user(db, "Mei", Role.ADMIN, "9999", badge=BADGE)
    with pytest.raises(UserRefused, match="called MEI already"):
        add_user(db, "MEI", Role.PACKER, "1111")
    with pytest.raises(UserRefused, match="badge belongs"):
        add_user(db, "Aiko", Role.PACKER, "1111", badge=BADGE)
    with pytest.raises(UserRefused, match="at least 4"):
        add_user(db, "Aiko", Role.PACKER, "11")


def approvals(db) -> list[tuple[str | None, str, str]]:  # type: ignore[no-untyped-def]
    """Who approved what (the APPROVED events: the action, the reason, the supervisor)."""
    with db.session() as session:
        rows = session.execute(
            select(Event.outcome, Event.reason, Event.detail).where(
                Event.kind == EventKind.APPROVED.value
            )
        ).all()
    return [tuple(row) for row in rows]


def weight_failed(db, station, settings) -> PackingService:  # type: ignore[no-untyped-def]
    service = weighing_bench(db, station, settings)
    pack(service)
    assert service.weigh(Decimal(1000)).level is Level.BAD
    return service


def test_a_packer_may_not_accept_a_weight_a_supervisor_may(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    crew(db)
    service = weight_failed(db, station, settings)
    assert service.access.sign_in_badge(BADGE).user is not None  # Aiko, a packer
    assert service.access.ask(True) is Ask.SUPERVISOR
    refused = service.accept_weight("gift")
    assert refused.level is Level.BAD and "supervisor must approve" in refused.message.render()
    # The station's old PIN no longer approves anything once there are users.
    assert service.accept_weight("gift", Approval(pin="1234")).level is Level.BAD
    packer = service.accept_weight("gift", Approval(name="Aiko", pin="1111"))
    assert "Aiko is not a supervisor" in packer.message.render()
    wrong = service.accept_weight("gift", Approval(name="Sato", pin="0000"))
    assert wrong.message.render() == "Wrong name or PIN"
    accepted = service.accept_weight("gift", Approval(name="Sato", pin="5555"))
    assert accepted.level is Level.DONE and "accepted" in accepted.message.render()
    assert approvals(db) == [(Approved.ACCEPT_WEIGHT.value, "gift", "Sato")]


def test_a_supervisors_badge_approves_one_action(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    crew(db)
    service = weight_failed(db, station, settings)
    service.access.sign_in_badge(BADGE)
    assert service.accept_weight("gift", Approval(badge="BADGE-0007")).level is Level.DONE
    assert service.access.signed_in is not None and service.access.signed_in.name == "Aiko"


def test_a_supervisor_signed_in_needs_no_pin(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    crew(db)
    service = weight_failed(db, station, settings)
    service.access.sign_in_pin("Sato", "5555")
    assert service.access.ask(True) is Ask.NOTHING
    assert service.accept_weight("gift").level is Level.DONE
    assert approvals(db) == [(Approved.ACCEPT_WEIGHT.value, "gift", "Sato")]


def test_without_users_the_station_pin_approves_as_before(db, station, settings) -> None:  # type: ignore[no-untyped-def]
    service = weight_failed(db, station, settings)
    assert service.access.ask(True) is Ask.PIN and service.access.may_administer()
    assert service.accept_weight("gift", Approval(pin="0000")).level is Level.BAD
    assert service.accept_weight("gift", Approval(pin="1234")).level is Level.DONE
    assert approvals(db) == []  # nobody by name: the PIN is the station's


def test_events_name_who_is_signed_in(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings_store.save(settings_store.Settings(station_name="bench-1", operator="aiko-pc"), path)
    services = Services.open(db_url, path)
    try:
        load_products(services.db)
        Intake(services.db, services.station, services.settings).store_orders(
            [rakuten(NUMBER, ("TEA", 1)), rakuten(OTHER, ("TEA", 1))], "test"
        )
        assert services.station.operator == "aiko-pc"  # no users: the settings' operator
        crew(services.db)
        assert services.sign_in_badge(BADGE).user is not None
        services.use_settings(services.settings)  # new settings keep who is signed in
        assert services.packing.scan(NUMBER, 0).level is Level.INFO
        services.packing.close()
        services.sign_out()
        services.packing.scan(OTHER, 1000)
        with services.db.session() as session:
            scans = session.execute(
                select(Event.operator, Event.shipment_id)
                .where(Event.kind == EventKind.TRANSITION.value, Event.to_state == "packing")
                .order_by(Event.id)
            ).all()
        assert [operator for operator, _ in scans] == ["Aiko", "aiko-pc"]
    finally:
        services.close()


def test_an_approval_never_shows_its_pin_or_badge() -> None:
    shown = repr(Approval(name="Sato", pin="5555", badge="BADGE-0007"))
    assert "Sato" in shown and "5555" not in shown and "BADGE-0007" not in shown


def test_verify_and_release_name_the_supervisor_who_approved(  # type: ignore[no-untyped-def]
    db, station, settings
) -> None:
    load_products(db)
    Intake(db, station, settings).store_orders([rakuten(NUMBER, ("TEA", 2))], "test")
    crew(db)
    bench = PackingService(db, station, settings)
    bench.access.sign_in_badge(BADGE)  # Aiko, a packer
    opened = bench.scan(NUMBER, 0)
    assert opened.view is not None
    line = opened.view.lines[0].line_id
    refused = bench.verify_line(line, "no barcode")
    assert refused.level is Level.BAD and approvals(db) == []
    verified = bench.verify_line(line, "no barcode", Approval(name="Sato", pin="5555"))
    assert verified.level is not Level.BAD
    assert approvals(db) == [(Approved.VERIFY.value, "no barcode", "Sato")]

    other = rakuten(OTHER, ("TEA", 1))
    Intake(db, station, settings).store_orders([other], "test")
    held = bench.scan(OTHER, 1000)
    assert held.view is not None
    bench.hold("box damaged")
    bench.release(held.view.shipment_id, "new box", Approval(badge="BADGE-0007"))
    assert approvals(db)[-1] == (Approved.RELEASE.value, "new box", "Sato")
