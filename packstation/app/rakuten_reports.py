"""What the bench tells Rakuten RMS, through the outbox: orders confirmed, parcels shipped.

`updateOrderShipping` adds a row each time it is called, so sending a parcel twice would show
the buyer its tracking number twice. Each report therefore reads the order first
(`getOrder`) and sends only what RMS does not have yet; a sender killed between sending and
recording the answer does no harm when its message is sent again. `confirmOrder` is sent only
while the order still waits for confirmation (orderProgress 100).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from packstation.app.api_outbox import told_as_outbox
from packstation.app.device_settings import MarketplaceApi
from packstation.app.market_clients import rakuten_client
from packstation.app.outbox import Refused
from packstation.connectors.rakuten_rms import JST, RakutenKeys, RakutenRms, ShippingRow
from packstation.domain.bench import ShipmentView
from packstation.domain.messages import QT_TRANSLATE_NOOP
from packstation.domain.outbox import RAKUTEN_CONFIRM, RAKUTEN_SHIPPING
from packstation.store.schema import SHIPMENTS

SHIPPING_KIND, CONFIRM_KIND = RAKUTEN_SHIPPING, RAKUTEN_CONFIRM
WAITING_FOR_CONFIRMATION = 100  # orderProgress 注文確認待ち

NO_KEYS = QT_TRANSLATE_NOOP(
    "Connector",
    "No Rakuten keys for the shop {shop}: store them with packstation keys rakuten, then retry",
)
NO_SUCH_ORDER = QT_TRANSLATE_NOOP("Connector", "Rakuten RMS does not know the order {order}")

Keys = Callable[[str], RakutenKeys | None]


def shipping_report(
    connection: Connection, view: ShipmentView, carrier: str, at: datetime
) -> tuple[str, dict[str, Any]]:
    """The outbox key and payload telling RMS that this parcel left with its tracking number."""
    key, split_from = connection.execute(
        select(SHIPMENTS.c.key, SHIPMENTS.c.split_from).where(SHIPMENTS.c.id == view.shipment_id)
    ).one()
    basket = split_from or key  # a parcel split off a basket is reported in that basket
    tracking = view.tracking_number or ""
    payload = {
        "order": view.number,
        "basket": basket,
        "carrier": carrier,
        "tracking": tracking,
        "shipped_on": at.astimezone(JST).date().isoformat(),
    }
    return f"{SHIPPING_KIND}:{view.shipment_id}:{tracking}", payload


def confirm_report(order_number: str) -> tuple[str, dict[str, Any]]:
    return f"{CONFIRM_KIND}:{order_number}", {"order": order_number}


def reports_shipping(settings: MarketplaceApi, view: ShipmentView) -> bool:
    return view.marketplace == "rakuten" and settings.enabled and settings.report_shipping


def senders(settings: MarketplaceApi, keys: Keys) -> dict[str, Callable[[dict[str, Any]], None]]:
    """The outbox handlers of both kinds, for the shop `settings` names."""

    def client() -> RakutenRms:
        found = keys(settings.shop)
        if found is None:
            raise Refused(NO_KEYS(shop=settings.shop))
        return rakuten_client(found, settings)

    def ship(payload: dict[str, Any]) -> None:
        with client() as rms, told_as_outbox():
            order = _order(rms, payload["order"])
            if payload["tracking"] in _shipping_numbers(order):
                return
            row = ShippingRow(
                payload["carrier"],
                payload["tracking"],
                datetime.fromisoformat(payload["shipped_on"]).date(),
            )
            rms.update_shipping(payload["order"], int(payload["basket"]), [row])

    def confirm(payload: dict[str, Any]) -> None:
        with client() as rms, told_as_outbox():
            if _order(rms, payload["order"]).get("orderProgress") == WAITING_FOR_CONFIRMATION:
                rms.confirm_orders([payload["order"]])

    return {SHIPPING_KIND: ship, CONFIRM_KIND: confirm}


def _order(rms: RakutenRms, number: str) -> dict[str, Any]:
    for model in rms.get_orders([number]):
        if isinstance(model, dict) and model.get("orderNumber") == number:
            return model
    raise Refused(NO_SUCH_ORDER(order=number))


def _shipping_numbers(order: dict[str, Any]) -> set[str]:
    numbers: set[str] = set()
    for package in order.get("PackageModelList") or ():
        for shipping in (package or {}).get("ShippingModelList") or ():
            numbers.add(str((shipping or {}).get("shippingNumber") or ""))
    return numbers
