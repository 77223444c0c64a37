"""The end-of-day handover: is a scanned parcel one the carrier takes now?

A carrier's list for a day holds its shipped parcels (the label on them confirmed), shipped
on that day or since its first handover and not handed over in another one: a parcel left
behind at one pickup stays on the list of the next. A scanned code names a parcel by its
tracking number (normalised as the carrier prints it) or by any other code of it (the
barcode on an Ozon label). Everything else is stopped, and the verdict says what it is.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.states import STATE_LABELS, OrderState
from packstation.domain.tracking import carrier_name, display, normalize, validate


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    ALREADY_SCANNED = "already_scanned"
    CANCELLED = "cancelled"
    OTHER_CARRIER = "other_carrier"
    HANDED_OVER = "handed_over"  # in another handover, before
    NOT_SHIPPED = "not_shipped"
    OTHER_DAY = "other_day"
    UNKNOWN = "unknown"


ACCEPTED = QT_TRANSLATE_NOOP("Handover", "Handed over: order {number}, tracking {tracking}.")
ALREADY_SCANNED = QT_TRANSLATE_NOOP(
    "Handover",
    "SCANNED TWICE: order {number} was scanned at {time} by {operator} ({station}). "
    "It counts once; scan the next parcel.",
)
CANCELLED = QT_TRANSLATE_NOOP(
    "Handover", "STOP: order {number} is cancelled. Keep the parcel back, it does not go."
)
OTHER_CARRIER = QT_TRANSLATE_NOOP(
    "Handover",
    "STOP: order {number} goes by {other}, not {carrier}. Put it with the {other} parcels.",
)
HANDED_OVER = QT_TRANSLATE_NOOP(
    "Handover", "STOP: order {number} was handed over already, on {time}. Keep it apart."
)
NOT_SHIPPED = QT_TRANSLATE_NOOP(
    "Handover",
    "STOP: order {number} is {state}, not shipped: its label was never confirmed. "
    "Take it back to the bench.",
)
OTHER_DAY = QT_TRANSLATE_NOOP(
    "Handover", "STOP: order {number} shipped on {shipped}; it is not on the list of {day}."
)
UNKNOWN = QT_TRANSLATE_NOOP(
    "Handover",
    "STOP: {code} is no parcel of any order. Scan the tracking number on its waybill.",
)


@dataclass(frozen=True, slots=True)
class HandoverParcel:
    """A shipment as the handover sees it."""

    shipment_id: int
    label: str  # the order number, with the parcel's place when the order has several
    carrier: str
    state: OrderState
    tracking_number: str | None
    shipped_on: date | None  # the local day its label was confirmed
    handover_id: int | None  # the handover it was handed over in
    handed_over_at: datetime | None

    @property
    def tracking(self) -> str:
        """The tracking number as the carrier prints it."""
        return display(self.carrier, self.tracking_number or "")


@dataclass(frozen=True, slots=True)
class Pickup:
    """The handover a code is scanned at: whose, which day, and since when its list runs."""

    handover_id: int
    carrier: str
    day: date
    since: date  # the day of the carrier's first handover


@dataclass(frozen=True, slots=True)
class Scanned:
    """A parcel counted at a handover: when, by whom, where."""

    shipment_id: int
    at: datetime
    operator: str
    station: str


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    parcel: HandoverParcel | None
    message: Message

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED


def code_forms(code: str, carrier: str) -> tuple[str, ...]:
    """What a scanned code is looked up as: as scanned, normalised, and as the carrier's
    number (a USPS label's barcode without its ZIP routing)."""
    raw = code.strip()
    check = validate(carrier, raw)
    forms = [raw, normalize(raw)] + ([check.normalized] if check.ok else [])
    return tuple(dict.fromkeys(form for form in forms if form))


def on_list(parcel: HandoverParcel, pickup: Pickup) -> bool:
    """Whether the parcel belongs on the pickup's list."""
    return (
        parcel.carrier == pickup.carrier
        and parcel.state is OrderState.SHIPPED
        and parcel.shipped_on is not None
        and pickup.since <= parcel.shipped_on <= pickup.day
        and parcel.handover_id in (None, pickup.handover_id)
    )


def judge(
    code: str,
    candidates: Iterable[HandoverParcel],
    pickup: Pickup,
    scanned: Mapping[int, Scanned],
) -> Judgement:
    """The verdict on a scanned code, given the parcels it names (`candidates`) and what this
    handover counted so far. Of several parcels one code names, one that is taken wins."""
    judgements = [_judge_one(parcel, pickup, scanned) for parcel in candidates]
    if not judgements:
        return Judgement(Verdict.UNKNOWN, None, UNKNOWN(code=code.strip()))
    order = list(Verdict)
    return min(judgements, key=lambda judgement: order.index(judgement.verdict))


def _judge_one(
    parcel: HandoverParcel, pickup: Pickup, scanned: Mapping[int, Scanned]
) -> Judgement:
    number = parcel.label
    before = scanned.get(parcel.shipment_id)
    if before is not None:
        message = ALREADY_SCANNED(
            number=number,
            time=_time(before.at),
            operator=before.operator,
            station=before.station,
        )
        return Judgement(Verdict.ALREADY_SCANNED, parcel, message)
    if parcel.state is OrderState.CANCELLED:
        return Judgement(Verdict.CANCELLED, parcel, CANCELLED(number=number))
    if parcel.carrier != pickup.carrier:
        other = carrier_name(parcel.carrier) if parcel.carrier else carrier_name("generic")
        message = OTHER_CARRIER(number=number, other=other, carrier=carrier_name(pickup.carrier))
        return Judgement(Verdict.OTHER_CARRIER, parcel, message)
    if parcel.handover_id not in (None, pickup.handover_id):
        when = _time(parcel.handed_over_at) if parcel.handed_over_at else ""
        return Judgement(Verdict.HANDED_OVER, parcel, HANDED_OVER(number=number, time=when))
    if parcel.state is not OrderState.SHIPPED or parcel.shipped_on is None:
        state = STATE_LABELS[parcel.state]()
        return Judgement(Verdict.NOT_SHIPPED, parcel, NOT_SHIPPED(number=number, state=state))
    if not on_list(parcel, pickup):
        message = OTHER_DAY(
            number=number, shipped=parcel.shipped_on.isoformat(), day=pickup.day.isoformat()
        )
        return Judgement(Verdict.OTHER_DAY, parcel, message)
    return Judgement(
        Verdict.ACCEPTED, parcel, ACCEPTED(number=number, tracking=parcel.tracking)
    )


def missing(parcels: Iterable[HandoverParcel], scanned: Collection[int]) -> list[HandoverParcel]:
    """The listed parcels not scanned yet."""
    return [parcel for parcel in parcels if parcel.shipment_id not in scanned]


def _time(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")
