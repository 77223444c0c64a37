"""The handover's verdict on a scanned parcel."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from packstation.domain.handover import (
    HandoverParcel,
    Pickup,
    Scanned,
    Verdict,
    code_forms,
    judge,
    missing,
    on_list,
)
from packstation.domain.states import OrderState

DAY = date(2026, 11, 23)
PICKUP = Pickup(handover_id=7, carrier="yamato", day=DAY, since=date(2026, 11, 20))
PARCEL = HandoverParcel(
    shipment_id=1,
    label="R-100",
    carrier="yamato",
    state=OrderState.SHIPPED,
    tracking_number="444413758703",
    shipped_on=DAY,
    handover_id=None,
    handed_over_at=None,
)


def verdict(parcel: HandoverParcel, scanned: dict[int, Scanned] | None = None) -> Verdict:
    return judge("444413758703", [parcel], PICKUP, scanned or {}).verdict


def test_a_parcel_of_the_list_is_accepted_with_its_number_as_printed() -> None:
    judgement = judge("4444-1375-8703", [PARCEL], PICKUP, {})
    assert judgement.accepted
    assert judgement.parcel == PARCEL
    assert "4444-1375-8703" in judgement.message.render()


def test_a_parcel_scanned_before_says_when_and_by_whom() -> None:
    at = datetime(2026, 11, 23, 7, 5, tzinfo=UTC)
    judgement = judge("444413758703", [PARCEL], PICKUP, {1: Scanned(1, at, "aiko", "bench-2")})
    assert judgement.verdict is Verdict.ALREADY_SCANNED
    text = judgement.message.render()
    assert "aiko" in text and "bench-2" in text
    assert at.astimezone().strftime("%H:%M") in text


def test_a_cancelled_parcel_is_stopped() -> None:
    assert verdict(dataclasses.replace(PARCEL, state=OrderState.CANCELLED)) is Verdict.CANCELLED


def test_another_carriers_parcel_is_named_by_its_carrier() -> None:
    judgement = judge("444413758703", [dataclasses.replace(PARCEL, carrier="sagawa")], PICKUP, {})
    assert judgement.verdict is Verdict.OTHER_CARRIER
    assert "Sagawa Express" in judgement.message.render()


def test_a_parcel_not_shipped_yet_is_sent_back_to_the_bench() -> None:
    packed = dataclasses.replace(PARCEL, state=OrderState.PACKED, shipped_on=None)
    assert verdict(packed) is Verdict.NOT_SHIPPED


def test_a_parcel_shipped_after_the_day_or_before_the_first_handover_is_another_days() -> None:
    later = dataclasses.replace(PARCEL, shipped_on=date(2026, 11, 24))
    earlier = dataclasses.replace(PARCEL, shipped_on=date(2026, 11, 19))
    assert verdict(later) is Verdict.OTHER_DAY
    assert verdict(earlier) is Verdict.OTHER_DAY
    assert on_list(dataclasses.replace(PARCEL, shipped_on=date(2026, 11, 20)), PICKUP)


def test_a_parcel_handed_over_in_another_handover_is_stopped() -> None:
    at = datetime(2026, 11, 22, 8, tzinfo=UTC)
    gone = dataclasses.replace(PARCEL, handover_id=3, handed_over_at=at)
    assert verdict(gone) is Verdict.HANDED_OVER
    assert on_list(dataclasses.replace(PARCEL, handover_id=7), PICKUP)


def test_an_unknown_code_is_stopped_and_named() -> None:
    judgement = judge(" XYZ ", [], PICKUP, {})
    assert judgement.verdict is Verdict.UNKNOWN
    assert "XYZ" in judgement.message.render()


def test_of_several_parcels_a_code_names_the_one_on_the_list_is_taken() -> None:
    other = dataclasses.replace(PARCEL, shipment_id=2, carrier="sagawa")
    assert judge("code", [other, PARCEL], PICKUP, {}).parcel == PARCEL


def test_a_code_is_looked_up_as_scanned_normalised_and_as_the_carriers_number() -> None:
    assert code_forms(" 4444-1375-8703 ", "yamato") == ("4444-1375-8703", "444413758703")
    assert code_forms("%OZ123", "generic") == ("%OZ123",)
    routed = "42010001" + "9400111206206406260787"
    assert "9400111206206406260787" in code_forms(routed, "usps")


def test_missing_are_the_listed_parcels_not_scanned() -> None:
    second = dataclasses.replace(PARCEL, shipment_id=2)
    assert missing([PARCEL, second], {1}) == [second]
