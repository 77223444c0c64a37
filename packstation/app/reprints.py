"""A parcel's document printed again. The waybill's reprint is a supervisor's: a second label
with the same tracking number could go out on another box. The packing slip carries no
tracking number, and the packer reprints it freely."""

from __future__ import annotations

from packstation.app.context import Station
from packstation.app.doc_printing import WAYBILL
from packstation.app.settings import Settings
from packstation.app.users import Access, Approval, approval_event, approved_by
from packstation.domain.audit import Approved
from packstation.domain.messages import Message
from packstation.store.database import Database
from packstation.store.events import add_events
from packstation.store.shipping import order_of

NEEDS_SUPERVISOR = frozenset({WAYBILL})


def allow_reprint(
    db: Database,
    station: Station,
    settings: Settings,
    access: Access,
    shipment_id: int,
    kind: str,
    reason: str,
    approval: Approval,
) -> Message | None:
    """None when the reprint may go ahead (a waybill's with the supervisor who approved it in
    the audit trail); else why not."""
    if kind not in NEEDS_SUPERVISOR:
        return None
    who = approved_by(access, settings, approval)
    if isinstance(who, Message):
        return who
    if who is not None:
        with db.engine.begin() as connection:
            order_id = order_of(connection, shipment_id)
            assert order_id is not None
            event = approval_event(
                station, who, Approved.REPRINT_WAYBILL, order_id, shipment_id, reason
            )
            add_events(connection, [event])
    return None
