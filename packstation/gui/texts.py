"""Texts the GUI builds from domain values, in the packer's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from packstation.app.audit import kind_name
from packstation.domain.deadlines import countdown
from packstation.domain.messages import Message
from packstation.domain.states import STATE_LABELS, OrderState
from packstation.i18n import translate, translate_message


def message(value: Message) -> str:
    return translate_message(value)


def state(value: OrderState) -> str:
    return translate_message(STATE_LABELS[value]())


def event_kind(value: str) -> str:
    """An audit event's kind (EventKind's value) in words."""
    return kind_name(value, translate)


def marketplace(value: str) -> str:
    names = {
        "rakuten": QCoreApplication.translate("Texts", "Rakuten"),
        "ozon": QCoreApplication.translate("Texts", "Ozon"),
        "other": QCoreApplication.translate("Texts", "Other shop"),
    }
    return names.get(value, value)


def time_left(ship_by: datetime, now: datetime) -> str:
    overdue, hours, minutes = countdown(ship_by, now)
    if overdue:
        return QCoreApplication.translate("Texts", "overdue {h} h {m:02d} min").format(
            h=hours, m=minutes
        )
    return QCoreApplication.translate("Texts", "{h} h {m:02d} min left").format(h=hours, m=minutes)
