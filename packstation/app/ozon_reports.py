"""What the bench tells the Ozon Seller API, through the outbox, about its postings.

- FBS (Ozon's label, no address of ours): when the last parcel of a posting leaves the bench
  packed, the marks captured at packing (`exemplar/set`, for postings with marked goods),
  then the posting packed with a package for each parcel (`/v4/posting/fbs/ship`). The
  posting is read first (`/v3/posting/fbs/get`): one Ozon has past `awaiting_packaging`
  already is not packed again, so a resent message does no harm. Then Ozon's label
  (`package-label`), kept for the parcel's waybill; Ozon makes it 45–60 s after packing, and
  until then the message is tried again a minute later (the posting, packed, is not packed
  again). A posting split into several packages becomes several postings, each with a label
  of its own: those are not fetched.
- rFBS (the shop's waybill and carrier): when it ships, its tracking number
  (`tracking-number/set`), which Ozon takes again unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from packstation.app.api_outbox import told_as_outbox
from packstation.app.context import Station
from packstation.app.device_settings import MarketplaceApi
from packstation.app.outbox import Refused
from packstation.connectors.ozon_seller import (
    DEFAULT_BASE_URL,
    Exemplar,
    OzonKeys,
    OzonSeller,
)
from packstation.domain.audit import EventKind
from packstation.domain.bench import ShipmentView
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.domain.outbox import OZON_SHIP, OZON_TRACKING
from packstation.domain.states import OPEN_STATES, OrderState
from packstation.store import labels as labels_store
from packstation.store import shipping as shipping_store
from packstation.store.database import Database
from packstation.store.events import add_events, event_row

AWAITING_PACKAGING = "awaiting_packaging"
CANCELLED = frozenset({"cancelled", "cancelled_from_split_pending", "not_accepted"})

NO_KEYS = QT_TRANSLATE_NOOP(
    "Connector",
    "No Ozon keys for the shop {shop}: store them with packstation keys ozon, then retry",
)
CANCELLED_IN_OZON = QT_TRANSLATE_NOOP(
    "Connector", "Ozon has cancelled the posting {posting} ({status}): take the parcel back"
)
NOT_TAKEN = QT_TRANSLATE_NOOP("Connector", "Ozon did not take the tracking number: {detail}")
MARKS_NOT_TAKEN = QT_TRANSLATE_NOOP(
    "Connector", "Ozon did not take the marks of the posting {posting}"
)

Keys = Callable[[str], OzonKeys | None]
KeepLabel = Callable[[int, bytes], None]  # a parcel's label PDF, kept for its waybill
Shipped = Callable[[list[int], str], None]  # the parcels of a posting Ozon took, and its number


def reports_shipping(settings: MarketplaceApi, view: ShipmentView) -> bool:
    return view.marketplace == "ozon" and settings.enabled and settings.report_shipping


def packing_report(
    connection: Connection, view: ShipmentView
) -> tuple[str, dict[str, Any]] | None:
    """The outbox key and payload packing an FBS posting in Ozon, with its marks: one package
    for each parcel the posting went in. None while a parcel of it is still to be packed (the
    last one packed sends them all; a backorder waits for its stock, and so does the posting)."""
    parcels = shipping_store.sibling_parcels(connection, view.shipment_id)
    if any(OrderState(state) in OPEN_STATES for _, state in parcels):
        return None
    packages: list[list[list[object]]] = []
    marks: dict[str, list[str]] = {}
    for parcel, _ in parcels:
        contents = shipping_store.parcel_contents(connection, parcel)
        packages.append([[sku, quantity] for sku, quantity, _ in contents])
        for sku, _, units in contents:
            marks.setdefault(sku, []).extend(units)
    payload = {
        "posting": view.number,
        "parcels": [parcel for parcel, _ in parcels],
        "packages": packages,
        "marks": {sku: units for sku, units in marks.items() if units},
    }
    return f"{OZON_SHIP}:{parcels[0][0]}", payload


def tracking_report(view: ShipmentView) -> tuple[str, dict[str, Any]]:
    """The outbox key and payload giving an rFBS posting its tracking number."""
    tracking = view.tracking_number or ""
    payload = {"posting": view.number, "tracking": tracking}
    return f"{OZON_TRACKING}:{view.shipment_id}:{tracking}", payload


def senders(
    settings: MarketplaceApi, keys: Keys, keep_label: KeepLabel, shipped: Shipped
) -> dict[str, Callable[[dict[str, Any]], None]]:
    def client() -> OzonSeller:
        found = keys(settings.shop)
        if found is None:
            raise Refused(NO_KEYS(shop=settings.shop))
        url = settings.api_url or DEFAULT_BASE_URL
        return OzonSeller(found, base_url=url, timeout=settings.timeout_s)

    def ship(payload: dict[str, Any]) -> None:
        posting = payload["posting"]
        with client() as ozon, told_as_outbox():
            status = str(ozon.posting(posting).get("status", ""))
            if status in CANCELLED:
                raise Refused(CANCELLED_IN_OZON(posting=posting, status=status))
            if status == AWAITING_PACKAGING:
                _pack(ozon, payload)
            shipped(payload["parcels"], posting)
            if len(payload["parcels"]) == 1:  # the label; Ozon makes it a minute after packing
                keep_label(payload["parcels"][0], ozon.package_label([posting]))

    def tracking(payload: dict[str, Any]) -> None:
        with client() as ozon, told_as_outbox():
            [result] = ozon.set_tracking_numbers([(payload["posting"], payload["tracking"])])
            if not result.accepted:
                raise Refused(NOT_TAKEN(detail="; ".join(result.errors) or payload["posting"]))

    return {OZON_SHIP: ship, OZON_TRACKING: tracking}


def _pack(ozon: OzonSeller, payload: dict[str, Any]) -> None:
    """The marks first (Ozon checks them), then the posting packed, a package a parcel."""
    posting = payload["posting"]
    if payload["marks"]:
        units = {
            int(sku): [Exemplar(marks=(mark,)) for mark in marks]
            for sku, marks in payload["marks"].items()
        }
        if not ozon.set_exemplars(posting, units):
            raise Refused(MARKS_NOT_TAKEN(posting=posting))
    packages = [
        [(int(sku), int(quantity)) for sku, quantity in package]
        for package in payload["packages"]
    ]
    ozon.ship(posting, packages)


def recorders(db: Database, station: Station) -> tuple[KeepLabel, Shipped]:
    """What the handlers record in the database: a parcel's label, and the parcels Ozon took
    (packed there: shipped, with the posting number as their tracking number, on the Ozon
    handover list)."""

    def keep_label(shipment_id: int, pdf: bytes) -> None:
        with db.engine.begin() as connection:
            labels_store.keep(connection, shipment_id, pdf, station.now())

    def shipped(parcels: list[int], posting: str) -> None:
        at = station.now()
        with db.engine.begin() as connection:
            for parcel in parcels:
                order = shipping_store.ship_with_marketplace(
                    connection, parcel, "ozon", posting, at
                )
                if order is None:
                    continue  # shipped at an earlier send of the message
                event = event_row(
                    at,
                    station.name,
                    station.operator,
                    EventKind.TRANSITION,
                    order_id=order,
                    shipment_id=parcel,
                    from_state=OrderState.PACKED.value,
                    to_state=OrderState.SHIPPED.value,
                    reason="ozon",
                )
                add_events(connection, [event])

    return keep_label, shipped
