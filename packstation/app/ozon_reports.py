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
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection

from packstation.app.api_outbox import told_as_outbox
from packstation.app.device_settings import MarketplaceApi
from packstation.app.market_clients import ozon_client
from packstation.app.outbox import Refused, TryAgain
from packstation.app.ozon_records import OzonRecords
from packstation.connectors.ozon_seller import Exemplar, OzonKeys, OzonSeller
from packstation.domain.bench import ShipmentView
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.domain.outbox import OZON_ACT, OZON_SHIP, OZON_TRACKING
from packstation.domain.states import OPEN_STATES, OrderState
from packstation.store import shipping as shipping_store

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
NO_DELIVERY_METHOD = QT_TRANSLATE_NOOP(
    "Connector", "Ozon names no delivery method for the posting {posting}: no act can be made"
)
ACT_REFUSED = QT_TRANSLATE_NOOP(
    "Connector", "Ozon did not make the act ({status}): make it in the seller cabinet"
)
ACT_IN_MAKING = QT_TRANSLATE_NOOP("Connector", "Ozon is making the act")
ACT_FAILED = frozenset({"error", "cancelled"})
ACT_WAIT = timedelta(seconds=30)
MARKS_NOT_TAKEN = QT_TRANSLATE_NOOP(
    "Connector", "Ozon did not take the marks of the posting {posting}"
)

Keys = Callable[[str], OzonKeys | None]


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
    settings: MarketplaceApi, keys: Keys, records: OzonRecords
) -> dict[str, Callable[[dict[str, Any]], None]]:
    def client() -> OzonSeller:
        found = keys(settings.shop)
        if found is None:
            raise Refused(NO_KEYS(shop=settings.shop))
        return ozon_client(found, settings)

    def ship(payload: dict[str, Any]) -> None:
        posting = payload["posting"]
        with client() as ozon, told_as_outbox():
            status = str(ozon.posting(posting).get("status", ""))
            if status in CANCELLED:
                raise Refused(CANCELLED_IN_OZON(posting=posting, status=status))
            if status == AWAITING_PACKAGING:
                _pack(ozon, payload)
            records.shipped(payload["parcels"], posting)
            if len(payload["parcels"]) == 1:  # the label; Ozon makes it a minute after packing
                records.keep_label(payload["parcels"][0], ozon.package_label([posting]))

    def tracking(payload: dict[str, Any]) -> None:
        with client() as ozon, told_as_outbox():
            [result] = ozon.set_tracking_numbers([(payload["posting"], payload["tracking"])])
            if not result.accepted:
                raise Refused(NOT_TAKEN(detail="; ".join(result.errors) or payload["posting"]))

    def act(payload: dict[str, Any]) -> None:
        handover = payload["handover"]
        with client() as ozon, told_as_outbox():
            act_id = records.act_of(handover)
            if act_id is None:
                first = payload["postings"][0]
                method = (ozon.posting(first).get("delivery_method") or {}).get("id")
                if not isinstance(method, int):
                    raise Refused(NO_DELIVERY_METHOD(posting=first))
                act_id = ozon.create_act(method, date.fromisoformat(payload["day"]))
                records.remember_act(handover, act_id)
            status = ozon.act_status(act_id)
            if status.status in ACT_FAILED:
                raise Refused(ACT_REFUSED(status=status.status))
            if not status.ready:
                raise TryAgain(ACT_IN_MAKING(), ACT_WAIT)
            records.keep_act(handover, ozon.act_pdf(act_id), ozon.act_barcode(act_id))

    return {OZON_SHIP: ship, OZON_TRACKING: tracking, OZON_ACT: act}


def act_report(handover_id: int, day: date, postings: list[str]) -> tuple[str, dict[str, Any]]:
    """The outbox key and payload asking Ozon for the act of a closed Ozon handover."""
    payload = {"handover": handover_id, "day": day.isoformat(), "postings": postings}
    return f"{OZON_ACT}:{handover_id}", payload


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
