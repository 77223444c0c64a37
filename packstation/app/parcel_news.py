"""Who hears what became of a parcel: the buyer (mail) and the marketplace.

- Shipped from the bench with its waybill: the buyer's mail, Rakuten's tracking number, an
  Ozon rFBS posting's tracking number.
- Packed and off the bench with the marketplace's own label (Ozon FBS): the posting packed in
  Ozon, which then makes its label.

Each is enqueued in the outbox in the transaction that records the change, so it goes once
the change is made and only then, whatever happens to the bench afterwards.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from packstation.app import notify, ozon_reports, rakuten_reports
from packstation.app.settings import Settings
from packstation.domain.bench import ShipmentView
from packstation.domain.outbox import OZON_SHIP, OZON_TRACKING
from packstation.store import outbox as outbox_store


def shipped(
    connection: Connection, view: ShipmentView, carrier: str, at: datetime, settings: Settings
) -> None:
    tracking = view.tracking_number or ""
    mail = notify.buyer_mail(view, carrier, tracking, settings.shop.name, settings.notify)
    if mail is not None:
        key = notify.mail_key(view, tracking)
        outbox_store.enqueue(connection, key, notify.KIND, mail, at, view.shipment_id)
    if rakuten_reports.reports_shipping(settings.rakuten, view):
        key, report = rakuten_reports.shipping_report(connection, view, carrier, at)
        outbox_store.enqueue(
            connection, key, rakuten_reports.SHIPPING_KIND, report, at, view.shipment_id
        )
    if ozon_reports.reports_shipping(settings.ozon, view):
        key, report = ozon_reports.tracking_report(view)
        outbox_store.enqueue(connection, key, OZON_TRACKING, report, at, view.shipment_id)


def packed(connection: Connection, view: ShipmentView, at: datetime, settings: Settings) -> None:
    """A parcel that leaves the bench packed, to carry the marketplace's own label."""
    report = (
        ozon_reports.packing_report(connection, view)
        if ozon_reports.reports_shipping(settings.ozon, view)
        else None
    )
    if report is not None:
        key, payload = report
        outbox_store.enqueue(connection, key, OZON_SHIP, payload, at, view.shipment_id)
