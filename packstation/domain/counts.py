"""Counted nouns that several messages put together ("3 orders (4 parcels)"): each one a text
with its plural forms, so a sentence with two counts is right in every language."""

from __future__ import annotations

from packstation.domain.messages import QT_TRANSLATE_NOOP

ORDERS = QT_TRANSLATE_NOOP("Counts", "%n orders", None, 1)
PARCELS = QT_TRANSLATE_NOOP("Counts", "%n parcels", None, 1)
PARCELS_ON_HOLD = QT_TRANSLATE_NOOP("Counts", "%n parcels on hold", None, 1)
PRODUCTS = QT_TRANSLATE_NOOP("Counts", "%n products", None, 1)
PRODUCTS_ADDED = QT_TRANSLATE_NOOP("Counts", "%n products added", None, 1)
ROWS_WITH_ERRORS = QT_TRANSLATE_NOOP("Counts", "%n rows with errors", None, 1)
