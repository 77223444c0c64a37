"""Orders fetched from a marketplace API, whole, before anything is stored.

A marketplace that fails halfway (down, refusing, answering garbage) raises ApiError before
the intake sees a single order, so the local queue stays as it was.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from packstation.connectors import ozon_seller, rakuten_rms
from packstation.connectors.imports import ozon_json, rakuten_json
from packstation.connectors.imports.common import RowError
from packstation.connectors.ozon_seller import AWAITING_PACKAGING, OzonSeller
from packstation.connectors.rakuten_rms import RakutenRms
from packstation.domain.model import IncomingOrder

# How the import summary and row errors name where orders came from.
RAKUTEN_SOURCE = rakuten_rms.MARKET
OZON_SOURCE = ozon_seller.MARKET
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
