"""Why a shipment is on hold, and who put it there."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from packstation.domain.messages import QT_TRANSLATE_NOOP, Message


class HoldOrigin(StrEnum):
    CHECKS = "checks"  # a confirmation check failed; fixing the data and re-checking releases it
    MARKETPLACE = "marketplace"  # the marketplace is changing or cancelling the order
    PACKER = "packer"  # a person put it on hold; only a person releases it


@dataclass(frozen=True, slots=True)
class HoldReason:
    origin: HoldOrigin
    message: Message


MARKET_STATUS = QT_TRANSLATE_NOOP(
    "Hold", "The marketplace status is “{status}”: wait until it is settled"
)
MARKET_SAYS = QT_TRANSLATE_NOOP(
    "Hold",
    "The marketplace says “{status}” but the bench has not shipped it: check before packing",
)
CHANGED_WHILE_PACKING = QT_TRANSLATE_NOOP(
    "Hold",
    "The order changed while it was being packed: check the parcel against the new items",
)
BY_PACKER = QT_TRANSLATE_NOOP("Hold", "{reason}")
BACKORDER = QT_TRANSLATE_NOOP("Hold", "Backorder: waiting for stock")
