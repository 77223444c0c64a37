"""What the audit trail records."""

from __future__ import annotations

from enum import StrEnum

from packstation.domain.messages import QT_TRANSLATE_NOOP


class EventKind(StrEnum):
    IMPORTED = "imported"  # created by an import, in its first state
    CHANGED = "changed"  # a re-import changed an order that was not yet packed
    TRANSITION = "transition"
    SCAN = "scan"  # every scan at the bench, counted or rejected
    QUANTITY = "quantity"  # units typed in after one was scanned
    OVERRIDE = "override"  # a supervisor verified a line without a scan
    TEACH = "teach"  # an unknown barcode linked to a product at the bench
    TAKEOVER = "takeover"  # a station took over an order another station was packing
    CLAIM_RELEASED = "claim_released"  # a supervisor freed an order a left station held
    BOX = "box"  # the packer scanned the parcel's box
    WEIGHED = "weighed"  # a weight taken for a parcel, within or outside the tolerance
    WEIGHT_ACCEPTED = "weight_accepted"  # a supervisor accepted a weight outside the tolerance
    TRACKING = "tracking"  # a carrier and tracking number given to a parcel
    LABEL = "label"  # the packer scanned the label on the parcel: right or wrong
    WRAPPED = "wrapped"  # the packer confirmed the gift wrap and noshi the order asks for
    UNDO = "undo"  # the packer took back a counted scan; `detail` is the undone event's id
    SPLIT = "split"  # a parcel split off another: `detail` is the other shipment's id
    HANDOVER = "handover"  # a carrier's handover opened, closed, or its receipt attached
    HANDOVER_SCAN = "handover_scan"  # a parcel scanned at a handover: `outcome` is the verdict
    HANDED_OVER = "handed_over"  # the parcel went to its carrier when the handover closed
    # A supervisor approved the action named in `outcome` (an `Approved` value), at a station
    # where someone else may be signed in: `detail` is the supervisor's name.
    APPROVED = "approved"


K = EventKind

# What a person reads for each kind: the audit trail's kind column, in the GUI and its CSV.
KIND_LABELS = {
    K.IMPORTED: QT_TRANSLATE_NOOP("EventKind", "imported"),
    K.CHANGED: QT_TRANSLATE_NOOP("EventKind", "changed by an import"),
    K.TRANSITION: QT_TRANSLATE_NOOP("EventKind", "state changed"),
    K.SCAN: QT_TRANSLATE_NOOP("EventKind", "scan"),
    K.QUANTITY: QT_TRANSLATE_NOOP("EventKind", "quantity typed in"),
    K.OVERRIDE: QT_TRANSLATE_NOOP("EventKind", "verified without scan"),
    K.TEACH: QT_TRANSLATE_NOOP("EventKind", "barcode taught"),
    K.TAKEOVER: QT_TRANSLATE_NOOP("EventKind", "taken over from another station"),
    K.CLAIM_RELEASED: QT_TRANSLATE_NOOP("EventKind", "released from a left station"),
    K.BOX: QT_TRANSLATE_NOOP("EventKind", "box"),
    K.WEIGHED: QT_TRANSLATE_NOOP("EventKind", "weighed"),
    K.WEIGHT_ACCEPTED: QT_TRANSLATE_NOOP("EventKind", "weight accepted"),
    K.TRACKING: QT_TRANSLATE_NOOP("EventKind", "tracking number"),
    K.LABEL: QT_TRANSLATE_NOOP("EventKind", "label check"),
    K.WRAPPED: QT_TRANSLATE_NOOP("EventKind", "gift wrap done"),
    K.UNDO: QT_TRANSLATE_NOOP("EventKind", "scan undone"),
    K.SPLIT: QT_TRANSLATE_NOOP("EventKind", "parcel split"),
    K.HANDOVER: QT_TRANSLATE_NOOP("EventKind", "handover"),
    K.HANDOVER_SCAN: QT_TRANSLATE_NOOP("EventKind", "scanned at a handover"),
    K.HANDED_OVER: QT_TRANSLATE_NOOP("EventKind", "handed over"),
    K.APPROVED: QT_TRANSLATE_NOOP("EventKind", "approved by a supervisor"),
}


class Approved(StrEnum):
    """The supervisor's actions an APPROVED event names."""

    VERIFY = "verify_without_scan"
    ACCEPT_WEIGHT = "accept_weight"
    TEACH = "teach"
    RELEASE = "release_hold"
    RELEASE_CLAIM = "release_claim"
    REPRINT_WAYBILL = "reprint_waybill"
