"""After the weight: the parcel's carrier and tracking number, then the label check.

A weighed parcel gets its carrier and service (the packer's choice or the marketplace's
default) and a tracking number: the next one of the carrier's ranges, or the one scanned
from a pre-printed waybill, or typed. Once its label is printed and stuck on, the packer
scans it: the right label makes the parcel `shipped`; any other is stopped like a wrong item.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from packstation.app.settings import Settings
from packstation.domain.bench import ShipmentView
from packstation.domain.carrier_names import carrier_from_name
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.parcel_size import Dimensions
from packstation.domain.rates import DEFAULT_RATES, Offer, RateTable, suggest
from packstation.domain.tracking import validate
from packstation.store import shipping as shipping_store

CHECK_DIGIT_7DR = frozenset({"yamato", "sagawa", "japanpost"})

SCAN_TRACKING = QT_TRANSLATE_NOOP(
    "Bench",
    "Order {number} goes by {carrier} {service}: scan the tracking number of its waybill "
    "(or type it, F8).",
)
TRACKING_SET = QT_TRANSLATE_NOOP(
    "Bench", "Tracking number {tracking} ({carrier} {service}). Put the label on and scan it."
)
LABEL_OK = QT_TRANSLATE_NOOP(
    "Bench", "SHIPPED: order {number}, tracking {tracking}. Scan the next order."
)
WRONG_LABEL = QT_TRANSLATE_NOOP(
    "Bench",
    "WRONG LABEL: {code} is not the label of order {number} (tracking {tracking}). "
    "Take it off and stick on the right one.",
)
CONFIRM_LABEL_FIRST = QT_TRANSLATE_NOOP(
    "Bench", "Order {number} is waiting for its label scan: scan the label on the parcel first."
)


@dataclass(frozen=True, slots=True)
class Tracking:
    carrier: str
    service: str
    number: str | None  # None: the packer must scan or type it
    source: str  # "range", "scan", "typed", "kept"
    offer: Offer | None = None  # the service's size class and cost, where known


def carrier_of(name: str, marketplace: str, settings: Settings) -> str:
    """The carrier an order names, where it is one we know, else the marketplace's default."""
    return carrier_from_name(name) or settings.shipping.carriers.get(marketplace, "generic")


def carrier_for(view: ShipmentView, settings: Settings) -> tuple[str, str]:
    """The order's carrier where it names one we know, else the marketplace's default; the
    service chosen for the parcel, else the carrier's default one."""
    carrier = carrier_of(view.carrier, view.marketplace, settings)
    service = view.service or settings.shipping.services.get(carrier, "")
    return carrier, service


def suggested(
    view: ShipmentView, settings: Settings, box: Dimensions | None, rates: RateTable
) -> tuple[str, str, Offer | None]:
    """The carrier and the service the weighed parcel goes by: the service chosen for it if
    one was, else the carrier's cheapest service the parcel fits (by its box and weight),
    else the carrier's default; with the offer (size class, cost) where there is one."""
    carrier, service = carrier_for(view, settings)
    offers = [] if view.weight is None else suggest(view.weight, box, [carrier], rates)
    if view.service:
        return carrier, service, next((o for o in offers if o.service == service), None)
    if offers:
        return carrier, offers[0].service, offers[0]
    return carrier, service, None


def service_text(service: str, offer: Offer | None) -> str:
    """The service as the bench names it: 宅急便 60 · ¥940."""
    parts = [service]
    if offer is not None and offer.size_class is not None:
        parts[0] = f"{service} {offer.size_class}"
    if offer is not None and offer.cost is not None:
        parts.append(str(offer.cost))
    return " · ".join(part for part in parts if part)


def with_check_digit(carrier: str, body: int) -> str:
    """A range number as printed: Japanese carriers' 11 digits + the 7DR check digit."""
    if carrier in CHECK_DIGIT_7DR:
        return f"{body:011d}{body % 7}"
    return str(body)


def range_bodies(carrier: str, first: str, last: str) -> tuple[int, int]:
    """A range as the carrier printed it (check digits included for the Japanese carriers'
    12-digit numbers) as the bodies the ranges count with; `ValueError` when it is not one."""
    numbers = []
    for text in (first, last):
        digits = text.replace("-", "").replace(" ", "")
        if not (digits.isascii() and digits.isdigit()):
            raise ValueError(f"{text!r} is not a number")
        if carrier in CHECK_DIGIT_7DR:
            if len(digits) != 12 or not validate(carrier, digits).ok:
                raise ValueError(f"{text} is not a valid 12-digit {carrier} number")
            digits = digits[:11]
        numbers.append(int(digits))
    if numbers[0] > numbers[1]:
        raise ValueError("the range ends before it starts")
    return numbers[0], numbers[1]


def take_tracking(
    connection: Connection,
    view: ShipmentView,
    settings: Settings,
    box: Dimensions | None = None,
    rates: RateTable = DEFAULT_RATES,
) -> Tracking:
    """The parcel's service (`suggested`) and tracking number: kept if it has one, else the
    next from a range, else asked of the packer."""
    carrier, service, offer = suggested(view, settings, box, rates)
    if view.tracking_number:
        return Tracking(carrier, service, view.tracking_number, "kept", offer)
    body = shipping_store.allocate(connection, carrier)
    if body is None:
        shipping_store.set_shipping(connection, view.shipment_id, carrier, service, None)
        return Tracking(carrier, service, None, "scan", offer)
    number = with_check_digit(carrier, body)
    shipping_store.set_shipping(connection, view.shipment_id, carrier, service, number)
    return Tracking(carrier, service, number, "range", offer)


def checked_tracking(carrier: str, code: str) -> tuple[str | None, Message | None]:
    """A scanned or typed number, normalised; or why it cannot be this carrier's."""
    check = validate(carrier, code)
    if not check.ok:
        return None, check.message
    return check.normalized, None


def label_matches(view: ShipmentView, code: str, carrier: str) -> bool:
    tracking = view.tracking_number or ""
    if not tracking:
        return False
    check = validate(carrier, code)
    scanned = check.normalized if check.ok else code.strip()
    return scanned == tracking
