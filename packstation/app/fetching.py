"""Orders fetched from a marketplace API, whole, before anything is stored.

A marketplace that fails halfway (down, refusing, answering garbage) raises ApiError before
the intake sees a single order, so the local queue stays as it was.
"""

from __future__ import annotations

from datetime import datetime

from packstation.connectors.imports import rakuten_json
from packstation.connectors.imports.common import RowError
from packstation.connectors.rakuten_rms import MARKET, RakutenRms
from packstation.domain.model import IncomingOrder

RAKUTEN_SOURCE = MARKET  # how the import summary and row errors name where orders came from


def rakuten_orders(
    client: RakutenRms, since: datetime, until: datetime
) -> list[IncomingOrder | RowError]:
    """Every order placed in [since, until]: searched, then read with getOrder and parsed as
    a getOrder file is; a record that cannot be read is a RowError, as in a file."""
    numbers = client.search_orders(since, until)
    models = client.get_orders(numbers) if numbers else []
    return list(rakuten_json.parse_response(models, RAKUTEN_SOURCE))
