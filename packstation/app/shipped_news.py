"""Who hears that a parcel shipped: the buyer (mail) and the marketplace (its tracking number).

Both are enqueued in the outbox in the transaction that marks the parcel shipped, so they
go once it has shipped and only then, whatever happens to the bench afterwards.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from packstation.app import notify, rakuten_reports
from packstation.app.settings import Settings
from packstation.domain.bench import ShipmentView
from packstation.store import outbox as outbox_store


def enqueue(
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
