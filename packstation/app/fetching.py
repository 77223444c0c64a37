"""Orders fetched from a marketplace API, whole, before anything is stored.

A marketplace that fails halfway (down, refusing, answering garbage) raises ApiError before
the intake sees a single order, so the local queue stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from packstation.app import rakuten_reports
from packstation.app.context import Station
from packstation.app.device_settings import MarketplaceApi
from packstation.app.intake import ImportSummary, Intake
from packstation.app.market_clients import ozon_client, rakuten_client
from packstation.app.settings import Settings
from packstation.connectors import ozon_seller, rakuten_rms
from packstation.connectors.imports import ozon_json, rakuten_json
from packstation.connectors.imports.problems import RowError
from packstation.connectors.ozon_seller import AWAITING_PACKAGING, OzonKeys, OzonSeller
from packstation.connectors.rakuten_rms import RakutenKeys, RakutenRms
from packstation.domain.messages import QT_TRANSLATE_NOOP, Message
from packstation.domain.model import IncomingOrder
from packstation.domain.outbox import RAKUTEN_CONFIRM
from packstation.store import outbox as outbox_store
from packstation.store.database import Database

MARKETS = ("rakuten", "ozon")
FIRST_FETCH = timedelta(days=14)  # how far back each background fetch looks
FAILED = QT_TRANSLATE_NOOP("Connector", "The fetch stopped: {error}; the queue is as it was")

# How the import summary and row errors name where orders came from.
RAKUTEN_SOURCE = rakuten_rms.MARKET
OZON_SOURCE = ozon_seller.MARKET
WAITING_FOR_CONFIRMATION = str(rakuten_reports.WAITING_FOR_CONFIRMATION)
PACK_BY_AHEAD = timedelta(days=30)  # Ozon: how far ahead of now a pack-by time is looked for


def rakuten_orders(
    client: RakutenRms, since: datetime, until: datetime
) -> list[IncomingOrder | RowError]:
    """Every order placed in [since, until]: searched, then read with getOrder and parsed as
    a getOrder file is; a record that cannot be read is a RowError, as in a file."""
    numbers = client.search_orders(since, until)
    models = client.get_orders(numbers) if numbers else []
    return list(rakuten_json.parse_response(models, RAKUTEN_SOURCE))


def ozon_orders(
    client: OzonSeller, since: datetime, until: datetime
) -> list[IncomingOrder | RowError]:
    """Every posting awaiting packaging whose pack-by time (cutoff) is in [since, until],
    parsed as a postings file is; a posting that cannot be read is a RowError, as in a file."""
    found = client.unfulfilled_postings(since, until, status=AWAITING_PACKAGING)
    return list(ozon_json.parse_response(found, OZON_SOURCE))


def marketplace_orders(
    market: str, keys: RakutenKeys | OzonKeys, api: MarketplaceApi, since: datetime, now: datetime
) -> list[IncomingOrder | RowError]:
    """The orders of `market` ("rakuten" or "ozon") since `since`, through its API."""
    if market == "rakuten":
        with rakuten_client(keys, api) as rms:  # type: ignore[arg-type]
            return rakuten_orders(rms, since, now)
    with ozon_client(keys, api) as seller:  # type: ignore[arg-type]
        return ozon_orders(seller, since, now + PACK_BY_AHEAD)


def store_fetched(
    db: Database,
    station: Station,
    settings: Settings,
    market: str,
    orders: list[IncomingOrder | RowError],
) -> ImportSummary:
    """The fetched orders through the same idempotent intake as a file's; Rakuten orders still
    waiting for the shop's confirmation (orderProgress 100) are confirmed through the outbox
    when the shop wants it (`confirm_at_intake`). A confirmation lost to a crash right after
    the intake is enqueued again by the next fetch: RMS still lists the order at 100."""
    source = RAKUTEN_SOURCE if market == "rakuten" else OZON_SOURCE
    summary = Intake(db, station, settings).store_orders(orders, source)
    if market == "rakuten" and settings.rakuten.confirm_at_intake:
        waiting = [
            order.number
            for order in orders
            if isinstance(order, IncomingOrder)
            and any(s.marketplace_status == WAITING_FOR_CONFIRMATION for s in order.shipments)
        ]
        now = station.now()
        with db.engine.begin() as connection:
            for number in waiting:
                key, payload = rakuten_reports.confirm_report(number)
                outbox_store.enqueue(connection, key, RAKUTEN_CONFIRM, payload, now)
    return summary


@dataclass(frozen=True, slots=True)
class Fetched:
    """One background fetch of a marketplace: what it stored, or why it stored nothing."""

    market: str
    at: datetime
    summary: ImportSummary | None = None
    problem: Message | None = None
