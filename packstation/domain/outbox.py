"""A message waiting in the outbox, as the confirmations list shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from packstation.domain.messages import Translate, loads, untranslated

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"

# The kinds of message that tell a marketplace what the bench did; until the marketplace has
# taken them, a shipped parcel reads "shipped, confirmation pending".
RAKUTEN_SHIPPING, RAKUTEN_CONFIRM = "rakuten_shipping", "rakuten_confirm"
OZON_SHIP, OZON_TRACKING = "ozon_ship", "ozon_tracking"
MARKETPLACE_KINDS = frozenset({RAKUTEN_SHIPPING, RAKUTEN_CONFIRM, OZON_SHIP, OZON_TRACKING})
OZON_ACT = "ozon_act"  # the acceptance act of a closed Ozon handover


@dataclass(frozen=True, slots=True)
class Outgoing:
    id: int
    key: str
    kind: str
    shipment_id: int | None
    payload: dict[str, Any]
    state: str
    attempts: int
    due_at: datetime
    last_error: str
    order_number: str = ""  # in the confirmations list

    def error(self, translate: Translate = untranslated) -> str:
        """Why it did not go yet, in the reader's language where the app said it."""
        message = loads(self.last_error)
        return self.last_error if message is None else message.render(translate)
